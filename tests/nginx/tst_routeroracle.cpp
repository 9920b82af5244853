// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The router against a real nginx: the same configuration text runs in /usr/sbin/nginx on loopback ports
// and in the Router, and every request's outcome must agree (status, body, Location, and for proxied
// requests the backend reached, the location that sent it, the URI and Host nginx sent).
#include "nginx/router.h"
#include "nginx/splitclients.h"
#include "nginxinstance.h"
#include "routertesthelpers.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

QByteArray rawRequest(const Request &r)
{
    QByteArray out = r.method.toUtf8() + ' ' + r.target.toUtf8() + ' ' + r.httpVersion.toUtf8() + "\r\n";
    if (r.hasHost)
        out += "Host: " + r.host.toUtf8() + "\r\n";
    for (const Header &h : r.headers)
        out += h.name.toUtf8() + ": " + h.value.toUtf8() + "\r\n";
    if (!r.cookie.isEmpty())
        out += "Cookie: " + r.cookie.toUtf8() + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out;
}

const Directive *directiveAt(const std::vector<Directive> &list, const gw::SourceLocation &where)
{
    for (const Directive &d : list) {
        if (d.location == where)
            return &d;
        if (const Directive *inner = directiveAt(d.children, where))
            return inner;
    }
    return nullptr;
}

/** One nginx plus the Router over the same files. */
struct Oracle
{
    NginxInstance nginx;
    std::unique_ptr<Router> router;
    int version = 0;

    bool start(const QMap<QString, QByteArray> &confd, const QStringList &ports, QString *error,
               const QByteArray &loadModule = {}, const QMap<QString, QByteArray> &extra = {})
    {
        version = NginxInstance::version();
        for (const QString &p : ports)
            nginx.port(p);
        for (const char *b : {"B1", "B2", "B3"})
            nginx.port(QString::fromLatin1(b));
        QMap<QString, QByteArray> files;
        QByteArray main = readData(QStringLiteral("oracle/main.conf"));
        main.replace("@LOAD_MODULE@", loadModule);
        files.insert(QStringLiteral("nginx.conf"), nginx.substitute(main));
        QDir(nginx.dir()).mkpath(QStringLiteral("conf.d"));
        files.insert(QStringLiteral("conf.d/00-backends.conf"),
                     nginx.substitute(readData(QStringLiteral("oracle/backends.conf"))));
        for (auto it = confd.constBegin(); it != confd.constEnd(); ++it)
            files.insert(QStringLiteral("conf.d/") + it.key(), nginx.substitute(it.value()));
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            files.insert(it.key(), nginx.substitute(it.value()));
        FileSet set;
        for (auto it = files.constBegin(); it != files.constEnd(); ++it)
            set.insert(nginx.dir() + u'/' + it.key(), it.value());
        RouterOptions o;
        o.nginxVersion = version;
        router = std::make_unique<Router>(Config::parse(set, nginx.dir() + QStringLiteral("/nginx.conf")), o);
        const QString problems = errors(*router);
        if (!problems.isEmpty()) {
            *error = QStringLiteral("router: ") + problems;
            return false;
        }
        QStringList wait = ports;
        wait << QStringLiteral("B1");
        return nginx.start(files, wait, error);
    }

    quint16 portOf(const QString &upstream) const
    {
        const UpstreamBlock *u = router->upstream(upstream);
        if (!u || u->serverAddresses().isEmpty())
            return 0;
        return quint16(u->serverAddresses().front().section(u':', -1).toUInt());
    }

    /** Runs \a r in both; an empty string when they agree, else what differs. */
    QString check(const Request &r, const QString &connectTo)
    {
        RouteOptions keep;
        keep.keepState = true;
        const RouteResult p = router->route(r, keep);
        const HttpResponse a = r.scheme == u"https"
            ? NginxInstance::exchangeTls(quint16(r.port), r.sni, rawRequest(r))
            : NginxInstance::exchange(connectTo, quint16(r.port), rawRequest(r));
        const QString what = QStringLiteral("%1 %2 Host \"%3\": predicted [%4], nginx ")
                                 .arg(r.method, r.target, r.host, summary(p));
        auto differs = [&](const QString &detail) -> QString {
            return what +
                QStringLiteral("%1 \"%2\" (%3)")
                    .arg(a.status)
                    .arg(QString::fromUtf8(a.body.left(200)), detail);
        };
        if (p.action.kind == Action::Kind::Rejected)
            return a.connected ? differs(QStringLiteral("expected no connection")) : QString();
        if (p.action.kind == Action::Kind::Closed)
            return a.complete ? differs(QStringLiteral("expected the connection to close")) : QString();
        if (!a.complete)
            return what + QStringLiteral("sent no response");
        const int status = p.status ? p.status : 200;
        if (a.status != status)
            return differs(QStringLiteral("status"));
        switch (p.action.kind) {
        case Action::Kind::Return:
            if (!p.action.body.isEmpty() && a.body != p.action.body.toUtf8())
                return differs(QStringLiteral("body"));
            break;
        case Action::Kind::Redirect:
            if (a.headers.value("location") != p.action.redirect.toUtf8())
                return differs(
                    QStringLiteral("Location %1").arg(QString::fromUtf8(a.headers.value("location"))));
            break;
        case Action::Kind::Proxy: {
            if (p.status)
                break; // answered by one of the configuration's socket servers
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("^backend=(\\d+) loc=(.*) uri=(.*) host=(.*)$"))
                    .match(QString::fromUtf8(a.body));
            if (!m.hasMatch())
                return differs(QStringLiteral("not a backend answer"));
            const uint port = p.action.upstream.isEmpty() ? p.action.host.section(u':', -1).toUInt()
                                                          : portOf(p.action.upstream);
            if (m.captured(1).toUInt() != port)
                return differs(QStringLiteral("backend port, predicted upstream %1").arg(p.action.upstream));
            if (m.captured(3) != p.action.uri)
                return differs(QStringLiteral("upstream URI"));
            if (m.captured(4) != p.action.hostHeader)
                return differs(QStringLiteral("Host header"));
            QString xloc; // the location's X-Loc header, evaluated with the request's variables
            if (const Directive *loc = directiveAt(router->config().directives(), p.location.location)) {
                for (const Directive &c : loc->children) {
                    if (c.name == "proxy_set_header" && c.arg(0) == u"X-Loc")
                        xloc = p.evaluate(c.arg(1));
                }
            }
            if (m.captured(2) != xloc)
                return differs(QStringLiteral("location, predicted X-Loc \"%1\"").arg(xloc));
            break;
        }
        default:
            break;
        }
        return {};
    }
};

void expectAgreement(Oracle &o, const std::vector<std::pair<Request, QString>> &requests, int minimum)
{
    QStringList mismatches;
    QMap<QString, int> outcomes; // how many requests ended how: shows what the comparison covered
    for (const auto &[request, address] : requests) {
        const QString m = o.check(request, address);
        if (!m.isEmpty())
            mismatches << m;
        const RouteResult r = o.router->route(request);
        if (r.action.kind == Action::Kind::Rejected || r.action.kind == Action::Kind::Closed) {
            ++outcomes[r.action.kind == Action::Kind::Rejected ? QStringLiteral("no connection")
                                                               : QStringLiteral("closed")];
            continue;
        }
        const QString kind =
            r.action.kind == Action::Kind::Proxy ? QStringLiteral("proxy") : QStringLiteral("answer");
        ++outcomes[kind + u' ' + QString::number(r.status ? r.status : 200)];
    }
    QStringList counts;
    for (auto it = outcomes.constBegin(); it != outcomes.constEnd(); ++it)
        counts << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    qInfo("outcomes: %s", qPrintable(counts.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < std::min<qsizetype>(mismatches.size(), 25); ++i)
        qWarning().noquote() << mismatches[i];
    qInfo("%d requests, %d mismatches", int(requests.size()), int(mismatches.size()));
    QVERIFY(int(requests.size()) >= minimum);
    QCOMPARE(mismatches.size(), 0);
}

Request at(quint16 port, const QString &host, const QString &target)
{
    Request r = get(host, target);
    r.port = port;
    r.serverAddress = QStringLiteral("127.0.0.1");
    return r;
}

} // namespace

class tst_RouterOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routing();
    void uriNormalization();
    void routerTestConfigs_data();
    void routerTestConfigs();
    void splitClients();
    void tls();
    void parserErrors_data();
    void parserErrors();
    void njsMatches();
};

void tst_RouterOracle::initTestCase()
{
    QVERIFY2(QFileInfo(NginxInstance::binary()).isExecutable(),
             qPrintable(QStringLiteral("no nginx at %1 (set GW_NGINX)").arg(NginxInstance::binary())));
    qInfo("oracle: %s, nginx_version %d", qPrintable(NginxInstance::binary()), NginxInstance::version());
}

void tst_RouterOracle::routing()
{
    Oracle o;
    QString error;
    QVERIFY2(o.start({{QStringLiteral("routing.conf"), readData(QStringLiteral("oracle/routing.conf"))}},
                     {QStringLiteral("P1"), QStringLiteral("P2")}, &error),
             qPrintable(error));
    const quint16 p1 = o.nginx.port(QStringLiteral("P1"));
    const quint16 p2 = o.nginx.port(QStringLiteral("P2"));
    const QStringList hosts = {
        QStringLiteral("cafe.example.com"),  QStringLiteral("CAFE.Example.com:8080"),
        QStringLiteral("cafe.example.com."), QStringLiteral("a.example.com"),
        QStringLiteral("x.b.example.com"),   QStringLiteral("b.example.com"),
        QStringLiteral("www.foo"),           QStringLiteral("abc.regex.test"),
        QStringLiteral("ab1.regex.test"),    QStringLiteral("q1.upper.test"),
        QStringLiteral("unknown.test"),      QStringLiteral("127.0.0.1"),
        QStringLiteral("example.com"),       QStringLiteral("a..b"),
    };
    QStringList targets = {
        QStringLiteral("/coffee"),
        QStringLiteral("/coffee/"),
        QStringLiteral("/coffee/x?y=1"),
        QStringLiteral("/coffee?a=b"),
        QStringLiteral("/COFFEE"),
        QStringLiteral("/tea"),
        QStringLiteral("/tea?x"),
        QStringLiteral("/tea/"),
        QStringLiteral("/tea/green"),
        QStringLiteral("/tea/green/"),
        QStringLiteral("/tea/green/x?q=%20a"),
        QStringLiteral("/tea/black"),
        QStringLiteral("/tea/black/x"),
        QStringLiteral("/tea/Black"),
        QStringLiteral("/static/a.png"),
        QStringLiteral("/x/a.PNG"),
        QStringLiteral("/broken/"),
        QStringLiteral("/empty/x"),
        QStringLiteral("/old/a?b=c"),
        QStringLiteral("/old"),
        QStringLiteral("/rewrite/x?y=1"),
        QStringLiteral("/rewrite/"),
        QStringLiteral("/rewrite/a%20b?c=%41"),
        QStringLiteral("/internal-only/"),
        QStringLiteral("/"),
        QStringLiteral("/?a=1"),
        QStringLiteral("/dirslash"),
        QStringLiteral("/dirslash?q=1"),
        QStringLiteral("/dirslash/x"),
        QStringLiteral("/nested/a"),
        QStringLiteral("/nested/deep/x"),
        QStringLiteral("/nested/deep/x.txt"),
        QStringLiteral("/nested"),
        QStringLiteral("/coffee/%2e%2e/tea"),
        QStringLiteral("/a%2Fb"),
        QStringLiteral("//coffee//x"),
        QStringLiteral("/coffee/./x"),
        QStringLiteral("/coffee/../tea"),
        QStringLiteral("/coffee/a%3Fb?c"),
        QStringLiteral("/coffee/caf%C3%A9"),
        QStringLiteral("/coffee/+plus"),
        QStringLiteral("/.."),
    };
    for (int k = 0; k < 20; ++k)
        targets << QStringLiteral("/split/a?k=") + QString::number(k * 7919);
    std::vector<std::pair<Request, QString>> requests;
    for (const QString &h : hosts) {
        for (const QString &t : std::as_const(targets))
            requests.emplace_back(at(p1, h, t), QStringLiteral("127.0.0.1"));
    }
    for (const QString &h :
         {QStringLiteral("other.test"), QStringLiteral("x.test"), QStringLiteral("OTHER.test")})
        requests.emplace_back(at(p2, h, QStringLiteral("/p?x=1")), QStringLiteral("127.0.0.1"));
    Request noHost = at(p2, {}, QStringLiteral("/"));
    noHost.hasHost = false;
    noHost.httpVersion = QStringLiteral("HTTP/1.0");
    requests.emplace_back(noHost, QStringLiteral("127.0.0.1"));
    Request noHost11 = noHost;
    noHost11.httpVersion = QStringLiteral("HTTP/1.1");
    requests.emplace_back(noHost11, QStringLiteral("127.0.0.1"));
    Request post = at(p1, QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/x"));
    post.method = QStringLiteral("POST");
    requests.emplace_back(post, QStringLiteral("127.0.0.1"));
    Request underscore = at(p1, QStringLiteral("cafe.example.com"), QStringLiteral("/tea/x"));
    underscore.headers.append({QStringLiteral("X_Under"), QStringLiteral("1")});
    requests.emplace_back(underscore, QStringLiteral("127.0.0.1"));
    expectAgreement(o, requests, 800);
}

void tst_RouterOracle::uriNormalization()
{
    Oracle o;
    QString error;
    QVERIFY2(o.start({{QStringLiteral("uri.conf"), readData(QStringLiteral("oracle/uri.conf"))}},
                     {QStringLiteral("PURI")}, &error),
             qPrintable(error));
    const quint16 port = o.nginx.port(QStringLiteral("PURI"));
    const char *targets[] = {
        "/a/b",        "//a///b",    "/a/./b",   "/a/../b",     "/a/b/..",     "/a/b/.",
        "/..",         "/a/../../b", "/%61%62",  "/a%2Fb",      "/a%2F..%2Fb", "/%2e%2e/x",
        "/a%3Fb?c=d",  "/a%25b",     "/a%00",    "/a%zz",       "/a%2",        "/a+b",
        "/a?b=c&d",    "/a?",        "/a?/../x", "/a/.../b",    "/.a",         "/caf%C3%A9",
        "/a#frag",     "/a?b#frag",  "/a%23b",   "/%2F%2F",     "/a/%2e/b",    "/a/%2E%2E/b",
        "/a/.%2e/b",   "/./",        "/.",       "/a/..?x",     "/a/.?x",      "/a//..//b",
        "/a%2",        "/%",         "/a%G1",    "/~user/%7Ea", "/a?x=%zz",    "/a/b/../../..",
        "/a/b/../../", "/%2e",       "/a;b",     "/a%3bb",      "/a?b?c",
    };
    std::vector<std::pair<Request, QString>> requests;
    for (const char *t : targets)
        requests.emplace_back(at(port, QStringLiteral("u.test"), QString::fromLatin1(t)),
                              QStringLiteral("127.0.0.1"));
    expectAgreement(o, requests, 40);
}

void tst_RouterOracle::routerTestConfigs_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("locations") << QStringLiteral("locations.conf");
    QTest::newRow("rewrites") << QStringLiteral("rewrites.conf");
    QTest::newRow("proxy") << QStringLiteral("proxy.conf");
    QTest::newRow("servernames") << QStringLiteral("servernames.conf");
    QTest::newRow("variables") << QStringLiteral("variables.conf");
}

void tst_RouterOracle::routerTestConfigs()
{
    // The configurations of tst_nginxrouter, moved onto loopback ports, with their requests.
    QFETCH(QString, file);
    QByteArray text = readData(QStringLiteral("router/") + file);
    text.replace("listen 80;", "listen 127.0.0.1:@P80@;")
        .replace("listen 80 ", "listen 127.0.0.1:@P80@ ")
        .replace("listen 81", "listen 127.0.0.1:@P81@")
        .replace("listen 127.0.0.1:82", "listen 127.0.0.1:@P82@")
        .replace("listen 82", "listen @P82@")
        .replace("listen [::]:80", "listen [::1]:@P80@")
        .replace("server 127.0.0.1:9;", "server 127.0.0.1:@B1@;")
        .replace("10.0.0.1:8080", "127.0.0.1:@B2@")
        .replace("unix:/var/run/nginx/", "unix:@DIR@/");
    Oracle o;
    QString error;
    QStringList ports;
    for (const char *p : {"P80", "P81", "P82"}) {
        o.nginx.port(QString::fromLatin1(p));
        if (text.contains(QByteArray('@' + QByteArray(p) + '@')))
            ports << QString::fromLatin1(p);
    }
    QVERIFY2(o.start({{file, text}}, ports, &error), qPrintable(error));
    const quint16 p80 = o.nginx.port(QStringLiteral("P80"));
    std::vector<std::pair<Request, QString>> requests;
    auto add = [&](const QString &host, const QString &target, const QList<Header> &headers = {}) {
        Request r = at(p80, host, target);
        r.headers = headers;
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
    };
    if (file == u"locations.conf") {
        for (const char *t : {"/",
                              "/x",
                              "/images/a",
                              "/images/a.GIF",
                              "/images/a.png",
                              "/static/a.gif",
                              "/other/a.jpg",
                              "/exact",
                              "/exact/",
                              "/exactly",
                              "/a/b/c",
                              "/a/x.txt",
                              "/a/b/x.txt",
                              "/a/x",
                              "/dir",
                              "/dir?x=1",
                              "/dir2",
                              "/dir/x",
                              "/case/",
                              "/internal/x",
                              "/@named",
                              "/Case/x",
                              "/a/b"})
            add(QStringLiteral("loc.test"), QString::fromLatin1(t));
    } else if (file == u"rewrites.conf") {
        for (const char *t :
             {"/old/x?y=1",     "/new/z?block=1", "/brk/p?q=1",   "/lst/k",       "/noflag/k",
              "/noflag2/k",     "/args/?o=2",     "/args2/?o=2",  "/args3/?o=2",  "/redir/p?q=1",
              "/redir2/p?q=1",  "/ret/",          "/ret2/a?b",    "/ret3/",       "/ret4/",
              "/ret5/",         "/loop/",         "/ifs/?p=v42",  "/ifs/?p=x",    "/ifs/?p=w1",
              "/ifproxy/a?x=1", "/redir2/a%20b",  "/brk/a%20b?x", "/new/?block=0"})
            add(QStringLiteral("rw.test"), QString::fromLatin1(t));
        for (const char *v : {"alpha", "ALPHA", "bravo", "Charlie", "", "yes", "maybe"}) {
            const QList<Header> h {{QStringLiteral("X-Kind"), QString::fromLatin1(v)},
                                   {QStringLiteral("X-A"), QString::fromLatin1(v)}};
            add(QStringLiteral("rw.test"), QStringLiteral("/map/"), h);
            add(QStringLiteral("rw.test"), QStringLiteral("/ifs/"), h);
        }
        for (int k = 0; k < 30; ++k)
            add(QStringLiteral("rw.test"), QStringLiteral("/splitv/?k=") + QString::number(k * 104729));
    } else if (file == u"proxy.conf") {
        for (const char *t :
             {"/p1/a%20b?x", "/p1/../p1/y", "/p2/a?x=1", "/p2/a%20b", "/p2//a", "/p3?z", "/p4/q?x", "/p5/a",
              "/p6/a", "/p7/a", "/p8/a", "/p10/x", "/p11/x", "/p2/%7Ea", "/p1/a+b", "/p2/a%3Fb?c=d"})
            add(QStringLiteral("px.test"), QString::fromLatin1(t));
    } else if (file == u"servernames.conf") {
        const quint16 p81 = o.nginx.port(QStringLiteral("P81"));
        const quint16 p82 = o.nginx.port(QStringLiteral("P82"));
        for (const char *h :
             {"example.com", "EXAMPLE.com:80", "www.example.com", "a.example.com", "a.b.example.com",
              "b.example.com", "www.other.org", "www.example.net", "www.example", "abc.regex.test",
              "a1.regex.test", "xyz", "dot.test", "a.dot.test", "upper.test", "unknown.test"})
            add(QString::fromLatin1(h), QStringLiteral("/"));
        Request r = at(p81, QStringLiteral("a.test"), QStringLiteral("/"));
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        r.host = QStringLiteral("zzz");
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        r = at(p82, QStringLiteral("any.test"), QStringLiteral("/"));
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        r.serverAddress = QStringLiteral("127.0.0.2");
        requests.emplace_back(r, QStringLiteral("127.0.0.2"));
        r = at(p80, QStringLiteral("whatever"), QStringLiteral("/"));
        r.serverAddress = QStringLiteral("::1");
        requests.emplace_back(r, QStringLiteral("::1"));
        r = at(p80, {}, QStringLiteral("/"));
        r.hasHost = false;
        r.httpVersion = QStringLiteral("HTTP/1.0");
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
    } else if (file == u"variables.conf") {
        Request r = at(p80, QStringLiteral("V.test:8080"), QStringLiteral("/x?a=1&b=2"));
        r.cookie = QStringLiteral("other=1; sid=abc; x=2");
        r.headers.append({QStringLiteral("X-Multi"), QStringLiteral("one")});
        r.headers.append({QStringLiteral("X-Multi"), QStringLiteral("two")});
        r.headers.append({QStringLiteral("X_Under"), QStringLiteral("ignored")});
        // $request_id is random in nginx: ask nginx for everything but it.
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
    }
    if (file == u"variables.conf") {
        // Compare without the request id: replace it in the prediction with what nginx drew.
        const auto &[r, address] = requests.front();
        const HttpResponse a = NginxInstance::exchange(address, quint16(r.port), rawRequest(r));
        const QList<QByteArray> fields = a.body.split('|');
        QCOMPARE(fields.size(), 11);
        Request withId = r;
        withId.requestId = QString::fromUtf8(fields[7]);
        withId.clientAddress = QStringLiteral("127.0.0.1");
        QCOMPARE(QString::fromUtf8(a.body), o.router->route(withId).action.body);
        return;
    }
    expectAgreement(o, requests, 5);
}

void tst_RouterOracle::splitClients()
{
    // 10000 parts of 0.01%: nginx's answer brackets MurmurHash2(key) to 1/10000 of 2^32.
    QByteArray conf = "split_clients $arg_k $bucket {\n";
    for (int i = 0; i < 10000; ++i)
        conf += "    0.01% b" + QByteArray::number(i) + ";\n";
    conf += "}\nserver {\n    listen 127.0.0.1:@PS@;\n    location / {\n        return 200 \"$bucket\";\n    "
            "}\n}\n";
    Oracle o;
    QString error;
    QVERIFY2(o.start({{QStringLiteral("split.conf"), conf}}, {QStringLiteral("PS")}, &error),
             qPrintable(error));
    const quint16 port = o.nginx.port(QStringLiteral("PS"));
    QRandomGenerator g(20240611);
    QStringList keys = {QString(),
                        QStringLiteral("a"),
                        QStringLiteral("ab"),
                        QStringLiteral("abc"),
                        QStringLiteral("abcd"),
                        QStringLiteral("hello%20world"),
                        QStringLiteral("0")};
    for (int i = 0; i < 150; ++i)
        keys << Request::makeRequestId(g);
    std::vector<std::pair<Request, QString>> requests;
    int checked = 0;
    for (const QString &k : std::as_const(keys)) {
        const Request r = at(port, QStringLiteral("s.test"), QStringLiteral("/?k=") + k);
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        // The bucket nginx picked must be the one the hash falls in.
        const HttpResponse a = NginxInstance::exchange(QStringLiteral("127.0.0.1"), port, rawRequest(r));
        const uint32_t hash = murmurHash2(k.toUtf8());
        const uint64_t perPart = uint64_t(0xffffffff) / 10000;
        const QByteArray expected =
            hash / perPart < 10000 ? "b" + QByteArray::number(hash / perPart) : QByteArray();
        QCOMPARE(a.body, expected);
        ++checked;
    }
    QCOMPARE(checked, int(keys.size()));
    expectAgreement(o, requests, 150);
}

void tst_RouterOracle::tls()
{
    // SNI picks the TLS server (or the default, which rejects the handshake); Host then picks the virtual
    // server; NGF's hostnames maps return 421 when the two disagree.
    Oracle o;
    QString error;
    QVERIFY2(o.nginx.makeCertificate(&error), qPrintable(error));
    QVERIFY2(o.start({{QStringLiteral("tls.conf"), readData(QStringLiteral("oracle/tls.conf"))}},
                     {QStringLiteral("PT")}, &error),
             qPrintable(error));
    const quint16 port = o.nginx.port(QStringLiteral("PT"));
    const std::pair<const char *, const char *> cases[] = {
        {"cafe.example.com", "cafe.example.com"},
        {"cafe.example.com", "x.example.com"},
        {"x.example.com", "x.example.com"},
        {"x.example.com", "cafe.example.com"},
        {"x.example.com", "y.example.com"},
        {"cafe.example.com", "CAFE.example.com:443"}, // (Qt sends SNI lowercased)
        {"unknown.test", "cafe.example.com"},
        {"", "cafe.example.com"},
        {"other.test", "other.test"},
        {"other.test", "cafe.example.com"},
        {"cafe.example.com", "other.test"},
        {"verify.test", "verify.test"},
        {"cafe.example.com", "verify.test"},
        {"other.test", "nothing.test"},
    };
    std::vector<std::pair<Request, QString>> requests;
    for (const auto &[sni, host] : cases) {
        for (const char *target : {"/", "/a?b=1"}) {
            Request r = at(port, QString::fromLatin1(host), QString::fromLatin1(target));
            r.scheme = QStringLiteral("https");
            r.sni = QString::fromLatin1(sni);
            requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        }
    }
    requests.emplace_back(at(port, QStringLiteral("cafe.example.com"), QStringLiteral("/")),
                          QStringLiteral("127.0.0.1"));
    expectAgreement(o, requests, 25);
}

void tst_RouterOracle::parserErrors_data()
{
    QTest::addColumn<QByteArray>("config");
    auto row = [](const char *name, const char *config) { QTest::newRow(name) << QByteArray(config); };
    row("missing semicolon", "events {}\nhttp {\n    server_tokens off\n");
    row("unterminated quote", "events {}\nhttp {\n    server_tokens \"off;\n}\n");
    row("stray brace", "events {}\nhttp {\n}\n}\n");
    row("unclosed block", "events {}\nhttp {\n    server {\n");
    row("text after quote", "events {}\nhttp {\n    server_tokens \"off\"x;\n}\n");
    row("lone semicolon", "events {}\n;\n");
    row("server without block", "events {}\nhttp {\n    server;\n}\n");
    row("listen with block", "events {}\nhttp {\n    server {\n        listen 80 { }\n    }\n}\n");
    row("location in http", "events {}\nhttp {\n    location / {\n    }\n}\n");
    row("location arguments",
        "events {}\nhttp {\n    server {\n        location = /a /b {\n        }\n    }\n}\n");
    row("invalid modifier",
        "events {}\nhttp {\n    server {\n        location ~~ /a {\n        }\n    }\n}\n");
    row("duplicate location",
        "events {}\nhttp {\n    server {\n        location /a {\n        }\n        location /a {\n        "
        "}\n    }\n}\n");
    row("outside location",
        "events {}\nhttp {\n    server {\n        location /a/ {\n            location /b/ {\n            "
        "}\n        }\n    }\n}\n");
    row("return code", "events {}\nhttp {\n    server {\n        return abc;\n    }\n}\n");
    row("rewrite flag", "events {}\nhttp {\n    server {\n        rewrite ^ /x bogus;\n    }\n}\n");
    row("unknown variable", "events {}\nhttp {\n    server {\n        return 200 $nonexistent;\n    }\n}\n");
    row("split percent", "events {}\nhttp {\n    split_clients $a $b {\n        0% x;\n    }\n}\n");
    row("split total",
        "events {}\nhttp {\n    split_clients $a $b {\n        60% x;\n        50% y;\n    }\n}\n");
    row("duplicate default server",
        "events {}\nhttp {\n    server {\n        listen 127.0.0.1:1 default_server;\n    }\n    server {\n  "
        "      listen 127.0.0.1:1 default_server;\n    }\n}\n");
    row("invalid port", "events {}\nhttp {\n    server {\n        listen 70000;\n    }\n}\n");
    row("map duplicate default",
        "events {}\nhttp {\n    map $a $b {\n        default 1;\n        default 2;\n    }\n}\n");
    row("invalid URL prefix",
        "events {}\nhttp {\n    server {\n        location / {\n            proxy_pass ftp://x;\n        }\n "
        "   }\n}\n");
    row("named location nested",
        "events {}\nhttp {\n    server {\n        location /a {\n            location @n {\n            }\n  "
        "      }\n    }\n}\n");
}

void tst_RouterOracle::parserErrors()
{
    // nginx -t and the reader must report the same first error, at the same line.
    QFETCH(QByteArray, config);
    NginxInstance nginx;
    const QString out = nginx.test(config);
    // "… [emerg] PID#TID: MESSAGE in FILE:LINE"; a few messages (unknown variable) come without a place.
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("\\[emerg\\] \\d+#\\d+: (.*?)(?: in (\\S+):(\\d+))?$"),
                           QRegularExpression::MultilineOption)
            .match(out);
    QVERIFY2(m.hasMatch(), qPrintable(out));
    Config c = Config::parseText(config, nginx.dir() + QStringLiteral("/test.conf"));
    QString ours;
    int line = 0;
    for (const gw::Diagnostic &d : c.diagnostics()) {
        if (d.severity == gw::Diagnostic::Severity::Error && ours.isEmpty()) {
            ours = d.message;
            line = d.location.line;
        }
    }
    if (ours.isEmpty()) {
        const Router r(c);
        for (const gw::Diagnostic &d : r.diagnostics()) {
            if (d.severity == gw::Diagnostic::Severity::Error && ours.isEmpty()) {
                ours = d.message;
                line = d.location.line;
            }
        }
    }
    QCOMPARE(ours, m.captured(1));
    if (!m.captured(3).isEmpty())
        QCOMPARE(line, m.captured(3).toInt());
}

void tst_RouterOracle::njsMatches()
{
    const QString module = NginxInstance::njsModule();
    QString js = qEnvironmentVariable("GW_NGF_HTTPMATCHES_JS");
    if (js.isEmpty())
        js = QStringLiteral(GW_TEST_DATA_DIR "/ngf/httpmatches.js");
    if (module.isEmpty() || !QFileInfo::exists(js)) {
        qWarning().noquote() << QStringLiteral("njs oracle NOT RUN: %1")
                                    .arg(module.isEmpty()
                                             ? QStringLiteral("the njs module "
                                                              "/usr/lib/nginx/modules/ngx_http_js_module.so "
                                                              "is not installed")
                                             : QStringLiteral("NGF's httpmatches.js is not at %1 "
                                                              "(set GW_NGF_HTTPMATCHES_JS)")
                                                   .arg(js));
        return;
    }
    QByteArray conf = readData(QStringLiteral("oracle/njs.conf"));
    conf.replace("@JSFILE@", js.toUtf8());
    Oracle o;
    QString error;
    QVERIFY2(o.start({{QStringLiteral("njs.conf"), conf}}, {QStringLiteral("P1")}, &error,
                     "load_module " + module.toUtf8() + ';',
                     {{QStringLiteral("matches.json"), readData(QStringLiteral("oracle/matches.json"))}}),
             qPrintable(error));
    const quint16 port = o.nginx.port(QStringLiteral("P1"));
    std::vector<std::pair<Request, QString>> requests;
    const QStringList paths = {
        QStringLiteral("/coffee"),   QStringLiteral("/coffee/x"), QStringLiteral("/m1/a"),
        QStringLiteral("/m2/"),      QStringLiteral("/m3/"),      QStringLiteral("/m4/"),
        QStringLiteral("/m5/"),      QStringLiteral("/m6/"),      QStringLiteral("/m7/"),
        QStringLiteral("/missing/"), QStringLiteral("/nokey/")};
    const QStringList queries = {QString(),
                                 QStringLiteral("?TEST=v2"),
                                 QStringLiteral("?test=v2"),
                                 QStringLiteral("?TEST=v2&TEST=v3"),
                                 QStringLiteral("?TEST=v3&TEST=v2"),
                                 QStringLiteral("?q=123&x=a+b%20c"),
                                 QStringLiteral("?q=12a"),
                                 QStringLiteral("?TEST="),
                                 QStringLiteral("?b=1&a=%7e&b=2&c"),
                                 QStringLiteral("?p=v")};
    const QList<QList<Header>> headerSets = {
        {},
        {{QStringLiteral("version"), QStringLiteral("v2")}},
        {{QStringLiteral("VERSION"), QStringLiteral("v2")}},
        {{QStringLiteral("version"), QStringLiteral("v1")},
         {QStringLiteral("version"), QStringLiteral("v2")}},
        {{QStringLiteral("version"), QStringLiteral("v2,v3")}},
        {{QStringLiteral("X-Re"), QStringLiteral("abbbc")}, {QStringLiteral("x-two"), QStringLiteral("2")}},
        {{QStringLiteral("X-Re"), QStringLiteral("abc")},
         {QStringLiteral("x-two"), QStringLiteral("1")},
         {QStringLiteral("x-two"), QStringLiteral("2")}},
        {{QStringLiteral("Referer"), QStringLiteral("https://example.com/path")}},
        {{QStringLiteral("h"), QStringLiteral("v")}},
    };
    for (const QString &path : paths) {
        for (const QString &q : queries) {
            for (const QList<Header> &h : headerSets) {
                Request r = at(port, QStringLiteral("cafe.example.com"), path + q);
                r.headers = h;
                requests.emplace_back(r, QStringLiteral("127.0.0.1"));
            }
        }
    }
    for (const char *method : {"POST", "PUT"}) {
        Request r = at(port, QStringLiteral("cafe.example.com"), QStringLiteral("/m1/p?q=1"));
        r.method = QString::fromLatin1(method);
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
        r.target = QStringLiteral("/m3/");
        requests.emplace_back(r, QStringLiteral("127.0.0.1"));
    }
    expectAgreement(o, requests, 800);
}

QTEST_GUILESS_MAIN(tst_RouterOracle)
#include "tst_routeroracle.moc"
