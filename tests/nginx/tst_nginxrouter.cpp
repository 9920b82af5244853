// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/netaddress.h"
#include "nginx/uri.h"
#include "routertesthelpers.h"

#include <QRandomGenerator>
#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace { } // namespace

class tst_NginxRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void host_data();
    void host();
    void addresses();
    void serverNames_data();
    void serverNames();
    void serverNameProblems();
    void locations_data();
    void locations();
    void rewrites_data();
    void rewrites();
    void proxyUris_data();
    void proxyUris();
    void requestErrors_data();
    void requestErrors();
    void tls_data();
    void tls();
    void locationTreeQuirks();
    void compileErrors_data();
    void compileErrors();
    void trace();
    void variables();
    void redefinedVariables();
};

void tst_NginxRouter::normalize_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("args");
    QTest::newRow("plain") << QByteArray("/a/b") << true << QByteArray("/a/b") << QByteArray();
    QTest::newRow("merge slashes") << QByteArray("//a///b") << true << QByteArray("/a/b") << QByteArray();
    QTest::newRow("dot") << QByteArray("/a/./b") << true << QByteArray("/a/b") << QByteArray();
    QTest::newRow("dot dot") << QByteArray("/a/../b") << true << QByteArray("/b") << QByteArray();
    QTest::newRow("trailing dot dot") << QByteArray("/a/b/..") << true << QByteArray("/a/") << QByteArray();
    QTest::newRow("trailing dot") << QByteArray("/a/b/.") << true << QByteArray("/a/b/") << QByteArray();
    QTest::newRow("above root") << QByteArray("/..") << false << QByteArray() << QByteArray();
    QTest::newRow("above root later") << QByteArray("/a/../../b") << false << QByteArray() << QByteArray();
    QTest::newRow("escape") << QByteArray("/%61%62") << true << QByteArray("/ab") << QByteArray();
    QTest::newRow("escaped slash") << QByteArray("/a%2Fb") << true << QByteArray("/a/b") << QByteArray();
    QTest::newRow("escaped dot dot") << QByteArray("/a%2F..%2Fb") << true << QByteArray("/b") << QByteArray();
    QTest::newRow("escaped dots above root")
        << QByteArray("/%2e%2e/x") << false << QByteArray() << QByteArray();
    QTest::newRow("escaped question mark")
        << QByteArray("/a%3Fb?c=d") << true << QByteArray("/a?b") << QByteArray("c=d");
    QTest::newRow("escaped percent") << QByteArray("/a%25b") << true << QByteArray("/a%b") << QByteArray();
    QTest::newRow("escaped nul") << QByteArray("/a%00") << false << QByteArray() << QByteArray();
    QTest::newRow("bad escape") << QByteArray("/a%zz") << false << QByteArray() << QByteArray();
    QTest::newRow("short escape") << QByteArray("/a%2") << false << QByteArray() << QByteArray();
    QTest::newRow("plus") << QByteArray("/a+b") << true << QByteArray("/a+b") << QByteArray();
    QTest::newRow("args") << QByteArray("/a?b=c&d") << true << QByteArray("/a") << QByteArray("b=c&d");
    QTest::newRow("empty args") << QByteArray("/a?") << true << QByteArray("/a") << QByteArray();
    QTest::newRow("dots in args") << QByteArray("/a?/../x") << true << QByteArray("/a")
                                  << QByteArray("/../x");
    QTest::newRow("three dots") << QByteArray("/a/.../b") << true << QByteArray("/a/.../b") << QByteArray();
    QTest::newRow("dot file") << QByteArray("/.a") << true << QByteArray("/.a") << QByteArray();
    QTest::newRow("no slash") << QByteArray("a") << false << QByteArray() << QByteArray();
    QTest::newRow("space") << QByteArray("/a b") << false << QByteArray() << QByteArray();
    QTest::newRow("utf8") << QByteArray("/caf%C3%A9") << true << QByteArray("/caf\xc3\xa9") << QByteArray();
}

void tst_NginxRouter::normalize()
{
    QFETCH(QByteArray, target);
    QFETCH(bool, valid);
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, args);
    const auto t = Uri::parseTarget(target);
    QCOMPARE(t.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(t->uri, uri);
    QCOMPARE(t->args, args);
}

void tst_NginxRouter::host_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected"); // empty: invalid
    QTest::newRow("lowercase") << QByteArray("Example.COM") << QByteArray("example.com");
    QTest::newRow("port") << QByteArray("example.com:8080") << QByteArray("example.com");
    QTest::newRow("trailing dot") << QByteArray("example.com.") << QByteArray("example.com");
    QTest::newRow("ipv6") << QByteArray("[::1]:80") << QByteArray("[::1]");
    QTest::newRow("double dot") << QByteArray("a..b") << QByteArray();
    QTest::newRow("slash") << QByteArray("a/b") << QByteArray();
    QTest::newRow("empty") << QByteArray("") << QByteArray();
    QTest::newRow("port only") << QByteArray(":80") << QByteArray();
    QTest::newRow("colons") << QByteArray("a:b:c") << QByteArray("a");
    QTest::newRow("space") << QByteArray("a b") << QByteArray();
}

void tst_NginxRouter::host()
{
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);
    const auto h = Uri::validateHost(host);
    QCOMPARE(h.value_or(QByteArray()), expected);
}

void tst_NginxRouter::addresses()
{
    QCOMPARE(NetAddress::parse("10.1.2.3")->toText(), QByteArray("10.1.2.3"));
    QCOMPARE(NetAddress::parse("[::]")->toText(), QByteArray("::"));
    QCOMPARE(NetAddress::parse("2001:db8:0:0:0:0:0:1")->toText(), QByteArray("2001:db8::1"));
    QCOMPARE(NetAddress::parse("::ffff:10.0.0.1")->toText(), QByteArray("::ffff:a00:1"));
    QVERIFY(NetAddress::parse("::")->isAny());
    QVERIFY(!NetAddress::parse("1.2.3"));
    QVERIFY(!NetAddress::parse("1:2:3:4:5:6:7:8:9"));
    QVERIFY(!NetAddress::parse("1::2::3"));
    QCOMPARE(NetAddress::parse("10.0.0.1")->binary().size(), 4);
}

void tst_NginxRouter::serverNames_data()
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("serverAddress");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("how");
    using H = ServerMatch::How;
    auto row = [](const char *name, int port, const char *addr, const char *host, const char *expected,
                  H how) {
        QTest::newRow(name) << port << QString::fromLatin1(addr) << QString::fromLatin1(host)
                            << QString::fromLatin1(expected) << int(how);
    };
    row("exact", 80, "", "example.com", "200 s1", H::Exact);
    row("exact case and port", 80, "", "EXAMPLE.com:80", "200 s1", H::Exact);
    row("exact beats wildcards", 80, "", "www.example.com", "200 s1", H::Exact);
    row("leading wildcard", 80, "", "a.example.com", "200 s2", H::LeadingWildcard);
    row("longest leading wildcard", 80, "", "a.b.example.com", "200 s3", H::LeadingWildcard);
    row("wildcard needs a label", 80, "", "b.example.com", "200 s2", H::LeadingWildcard);
    row("trailing wildcard", 80, "", "www.other.org", "200 s4", H::TrailingWildcard);
    row("longest trailing wildcard", 80, "", "www.example.net", "200 s5", H::TrailingWildcard);
    row("shorter trailing wildcard", 80, "", "www.example", "200 s4", H::TrailingWildcard);
    row("regex with captures", 80, "", "abc.regex.test", "200 s6 abc abc", H::Regex);
    row("second regex", 80, "", "a1.regex.test", "200 s7", H::Regex);
    row("regex second name", 80, "", "xyz", "200 s7", H::Regex);
    row("dot form bare", 80, "", "dot.test", "200 s8", H::LeadingWildcard);
    row("dot form sub", 80, "", "a.dot.test", "200 s8", H::LeadingWildcard);
    row("uppercase regex is caseless", 80, "", "upper.test", "200 s9", H::Regex);
    row("first server is the default", 80, "", "unknown.test", "200 s0", H::Default);
    row("other port by name", 81, "", "a.test", "200 p81-a", H::Exact);
    row("default_server", 81, "", "zzz", "200 p81-b", H::Default);
    row("specific address", 82, "127.0.0.1", "any.test", "200 specific", H::Default);
    row("wildcard address", 82, "10.0.0.5", "any.test", "200 wild82", H::Exact);
    row("ipv6 socket", 80, "::1", "whatever", "200 v6", H::Default);
    row("nothing on port", 83, "", "a",
        "rejected: connection refused: nothing listens on any address port 83", H::None);
}

void tst_NginxRouter::serverNames()
{
    QFETCH(int, port);
    QFETCH(QString, serverAddress);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    QFETCH(int, how);
    static const Router router = httpRouter(readData(QStringLiteral("router/servernames.conf")));
    QCOMPARE(errors(router), QString());
    Request r = get(host, QStringLiteral("/"));
    r.port = port;
    r.serverAddress = serverAddress;
    const RouteResult res = router.route(r);
    QCOMPARE(summary(res), expected);
    QCOMPARE(int(res.server.how), how);
}

void tst_NginxRouter::serverNameProblems()
{
    const Router r = httpRouter("server { listen 80; server_name a.test a.test; }\n"
                                "server { listen 80; server_name a.test *.b *.b; }\n"
                                "server { listen 80; server_name w*w.test; }\n");
    QStringList messages;
    for (const gw::Diagnostic &d : r.diagnostics())
        messages << d.toString();
    const QString f = QStringLiteral("/etc/nginx/conf.d/http.conf");
    QCOMPARE(messages,
             (QStringList {
                 f + QStringLiteral(":1:21: conflicting server name \"a.test\", ignored on 0.0.0.0:80"),
                 f + QStringLiteral(":2:21: conflicting server name \"a.test\", ignored on 0.0.0.0:80"),
                 f + QStringLiteral(":2:21: conflicting server name \"*.b\", ignored on 0.0.0.0:80"),
                 f + QStringLiteral(":3:21: invalid server name or wildcard \"w*w.test\" on 0.0.0.0:80")}));
    // No Host header (HTTP/1.0) matches server_name "".
    const Router names = httpRouter(readData(QStringLiteral("router/servernames.conf")));
    Request req = get({}, QStringLiteral("/"));
    req.hasHost = false;
    req.httpVersion = QStringLiteral("HTTP/1.0");
    QCOMPARE(summary(names.route(req)), QStringLiteral("200 s10"));
}

void tst_NginxRouter::locations_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("location");
    auto row = [](const char *target, const char *expected, const char *location) {
        QTest::newRow(target) << QString::fromLatin1(target) << QString::fromLatin1(expected)
                              << QString::fromLatin1(location);
    };
    row("/", "200 exact-root", "= /");
    row("/x", "200 root", "/");
    row("/images/a", "200 re-images", "~ ^/images/");
    row("/images/a.GIF", "200 re-img", "~* \\.(gif|jpg)$");
    row("/images/a.png", "200 re-png", "~ ^/images/.*\\.png$");
    row("/static/a.gif", "200 static", "^~ /static/");
    row("/other/a.jpg", "200 re-img", "~* \\.(gif|jpg)$");
    row("/exact", "200 exact", "= /exact");
    row("/exact/", "200 exact-prefix", "/exact");
    row("/exactly", "200 exact-prefix", "/exact");
    row("/a/b/c", "200 nested-b", "/a/b/");
    row("/a/x.txt", "200 nested-txt", "~ \\.txt$");
    row("/a/b/x.txt", "200 nested-txt", "~ \\.txt$");
    row("/a/x", "200 a", "/a/");
    row("/dir", "301 -> http://loc.test/dir/", "/dir/");
    row("/dir?x=1", "301 -> http://loc.test/dir/?x=1", "/dir/");
    row("/dir2", "200 root", "/");
    row("/dir/x", "proxy up /dir/x", "/dir/");
    row("/case/", "200 root", "/");
    row("/internal/x", "404", "/internal/");
    row("/@named", "200 root", "/");
}

void tst_NginxRouter::locations()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    QFETCH(QString, location);
    static const Router router = httpRouter(readData(QStringLiteral("router/locations.conf")));
    QCOMPARE(errors(router), QString());
    const RouteResult r = router.route(get(QStringLiteral("loc.test"), target));
    QCOMPARE(summary(r), expected);
    const QString where =
        r.location.modifier.isEmpty() ? r.location.name : r.location.modifier + u' ' + r.location.name;
    QCOMPARE(where, location);
}

void tst_NginxRouter::rewrites_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *target, const char *header, const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(header)
                            << QString::fromLatin1(expected);
    };
    // `last` also ends the server-level script: the `set` after the rewrite never runs.
    row("server rewrite last", "/old/x?y=1", "", "200 new /new/x y=1 ");
    row("server if", "/new/z?block=1", "", "403 blocked");
    row("rewrite break proxies the new uri", "/brk/p?q=1", "", "proxy up /target/p?q=1");
    row("rewrite last", "/lst/k", "", "200 new /new/k  hello");
    row("return after rewrite without flag", "/noflag/k", "", "200 return wins");
    row("rewrite without flag re-searches", "/noflag2/k", "", "200 new /new/k  hello");
    row("new args come first", "/args/?o=2", "", "200 new /new/a x=1&o=2 hello");
    row("trailing ? drops old args", "/args2/?o=2", "", "200 new /new/a x=1 hello");
    row("trailing ? only", "/args3/?o=2", "", "200 new /new/b  hello");
    row("permanent", "/redir/p?q=1", "", "301 -> https://other.test/p?q=1");
    row("redirect flag", "/redir2/p?q=1", "", "302 -> http://rw.test/new/p?q=1");
    row("return relative url", "/ret/", "", "301 -> http://rw.test/new/");
    row("return url with variables", "/ret2/a?b", "", "302 -> https://rw.test/ret2/a?b");
    row("return without text", "/ret3/", "", "204");
    row("return text", "/ret4/", "", "418 teapot GET");
    row("return 444", "/ret5/", "", "closed");
    row("rewrite cycle", "/loop/", "", "500");
    row("map exact", "/map/", "alpha", "200 A");
    row("map exact is case-insensitive", "/map/", "ALPHA", "200 A");
    row("map regex with named capture", "/map/", "bravo", "200 B-ravo");
    row("map caseless regex", "/map/", "Charlie", "200 C");
    row("map default", "/map/", "", "200 dflt");
    row("if equal", "/ifs/", "yes", "200 eq");
    row("if not equal", "/ifs/", "maybe", "200 ne maybe");
    row("if regex capture", "/ifs/?p=v42", "", "200 re 42");
    row("if negated caseless regex", "/ifs/?p=x", "", "200 nre");
    row("if none", "/ifs/?p=w1", "", "200 none");
    row("if inherits proxy_pass", "/ifproxy/a?x=1", "", "proxy up /ifproxy/a?x=1");
}

void tst_NginxRouter::rewrites()
{
    QFETCH(QString, target);
    QFETCH(QString, header);
    QFETCH(QString, expected);
    static const Router router = httpRouter(readData(QStringLiteral("router/rewrites.conf")));
    QCOMPARE(errors(router), QString());
    Request r = get(QStringLiteral("rw.test"), target);
    if (!header.isEmpty()) {
        r.headers.append({QStringLiteral("X-Kind"), header});
        r.headers.append({QStringLiteral("X-A"), header});
    }
    QCOMPARE(summary(router.route(r)), expected);
}

void tst_NginxRouter::proxyUris_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *target, const char *expected) {
        QTest::newRow(target) << QString::fromLatin1(target) << QString::fromLatin1(expected);
    };
    row("/p1/a%20b?x", "proxy up /p1/a%20b?x");
    row("/p1/../p1/y", "proxy up /p1/../p1/y");
    row("/p2/a?x=1", "proxy up /base/a?x=1");
    row("/p2/a%20b", "proxy up /base/a%20b");
    row("/p2//a", "proxy up /base/a");
    row("/p3?z", "proxy up /exact?z");
    row("/p4/q?x", "proxy up /p4/q?x");
    row("/p5/a", "proxy 10.0.0.1:8080 /p5/a");
    row("/p6/a", "502");
    row("/p7/a", "proxy invalid-backend-ref /p7/a => 500");
    row("/p8/a", "proxy empty_up /p8/a => 503");
    row("/p9/x", "proxy up /p9/x");
    row("/p10/x", "proxy up /changed/uri");
    row("/p11/x", "proxy up /p11/x");
}

void tst_NginxRouter::proxyUris()
{
    QFETCH(QString, target);
    QFETCH(QString, expected);
    static const Router router = httpRouter(readData(QStringLiteral("router/proxy.conf")));
    QCOMPARE(errors(router), QString());
    const RouteResult r = router.route(get(QStringLiteral("px.test"), target));
    QCOMPARE(summary(r), expected);
    if (target == u"/p7/a") {
        QVERIFY(r.socketServer);
        QCOMPARE(r.socketServer->index, 2);
        QCOMPARE(r.socketServer->listen, QStringLiteral("unix:/var/run/nginx/nginx-500-server.sock"));
    }
    if (target == u"/p11/x") {
        QCOMPARE(r.action.upstream, QStringLiteral("up")); // upstream names compare case-insensitively
        QCOMPARE(r.action.hostHeader, QStringLiteral("h-px.test"));
    }
    if (target == u"/p1/a%20b?x")
        QCOMPARE(r.action.hostHeader, QStringLiteral("up")); // $proxy_host
}

void tst_NginxRouter::requestErrors_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid host") << QStringLiteral("host")
                                  << QStringLiteral("client sent invalid host header \"a..b\"");
    QTest::newRow("two hosts") << QStringLiteral("two hosts")
                               << QStringLiteral("client sent duplicate host header");
    QTest::newRow("no host") << QStringLiteral("no host")
                             << QStringLiteral("client sent HTTP/1.1 request without \"Host\" header");
    QTest::newRow("method") << QStringLiteral("method") << QStringLiteral("client sent invalid method");
    QTest::newRow("target") << QStringLiteral("target")
                            << QStringLiteral(
                                   "client sent invalid request (the target \"nope\" is not a valid URI)");
    QTest::newRow("header") << QStringLiteral("header")
                            << QStringLiteral("client sent invalid header line: \"A B\"");
}

void tst_NginxRouter::requestErrors()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    static const Router router = httpRouter(readData(QStringLiteral("router/locations.conf")));
    Request r = get(QStringLiteral("loc.test"), QStringLiteral("/"));
    if (what == u"host")
        r.host = QStringLiteral("a..b");
    else if (what == u"two hosts")
        r.headers.append({QStringLiteral("host"), QStringLiteral("x")});
    else if (what == u"no host")
        r.hasHost = false;
    else if (what == u"method")
        r.method = QStringLiteral("get");
    else if (what == u"target")
        r.target = QStringLiteral("nope");
    else if (what == u"header")
        r.headers.append({QStringLiteral("A B"), QStringLiteral("x")});
    const RouteResult res = router.route(r);
    QCOMPARE(res.status, 400);
    QCOMPARE(res.error, expected);
    QCOMPARE(res.server.index, 0);
}

void tst_NginxRouter::tls_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("sni");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *scheme, const char *sni, const char *host,
                  const char *expected) {
        QTest::newRow(name) << QString::fromLatin1(scheme) << QString::fromLatin1(sni)
                            << QString::fromLatin1(host) << QString::fromLatin1(expected);
    };
    row("sni and host", "https", "s.test", "s.test", "200 secure s.test https on");
    row("unknown sni", "https", "x.test", "s.test",
        "rejected: TLS handshake rejected (ssl_reject_handshake on)");
    row("no sni", "https", "", "s.test", "rejected: TLS handshake rejected (ssl_reject_handshake on)");
    row("host picks the server", "https", "s.test", "t.test", "200 other");
    row("plain http", "http", "", "s.test", "400");
}

void tst_NginxRouter::tls()
{
    QFETCH(QString, scheme);
    QFETCH(QString, sni);
    QFETCH(QString, host);
    QFETCH(QString, expected);
    static const Router router = httpRouter(readData(QStringLiteral("router/tls.conf")));
    QCOMPARE(errors(router), QString());
    Request r = get(host, QStringLiteral("/"));
    r.port = 443;
    r.scheme = scheme;
    r.sni = sni;
    QCOMPARE(summary(router.route(r)), expected);
    Request plain = get(QStringLiteral("a"), QStringLiteral("/"));
    plain.scheme = QStringLiteral("https");
    QCOMPARE(summary(httpRouter(readData(QStringLiteral("router/locations.conf"))).route(plain)),
             QStringLiteral("rejected: TLS handshake failed: 0.0.0.0:80 is not an ssl listener"));
}

void tst_NginxRouter::locationTreeQuirks()
{
    // The trailing-slash 301 wins over regex locations, but not over an exact location.
    const Router r = httpRouter("upstream up { server 127.0.0.1:9; }\n"
                                "server { listen 80;\n"
                                "  location /coffee/ { proxy_pass http://up; }\n"
                                "  location ~ ^/coffee$ { return 200 \"regex\"; }\n"
                                "  location /tea/ { proxy_pass http://up; }\n"
                                "  location = /tea { return 200 \"exact\"; }\n"
                                "  location /coffee-beans/ { return 200 \"beans\"; }\n"
                                "  location /x/y/ { grpc_pass grpc://up; }\n"
                                "}\n");
    QCOMPARE(errors(r), QString());
    QCOMPARE(summary(r.route(get(QStringLiteral("h"), QStringLiteral("/coffee")))),
             QStringLiteral("301 -> http://h/coffee/"));
    QCOMPARE(summary(r.route(get(QStringLiteral("h"), QStringLiteral("/tea")))), QStringLiteral("200 exact"));
    QCOMPARE(summary(r.route(get(QStringLiteral("h"), QStringLiteral("/x/y")))),
             QStringLiteral("301 -> http://h/x/y/"));
    Request other = get(QStringLiteral("h"), QStringLiteral("/coffee"));
    other.port = 80;
    other.headers.append({QStringLiteral("X-Y"), QStringLiteral("z")});
    QCOMPARE(summary(r.route(other)), QStringLiteral("301 -> http://h/coffee/"));

    // Duplicate locations are nginx errors; "=" and prefix of the same name are not duplicates.
    const Router dup =
        httpRouter("server { location /a { } location ^~ /a { } location = /b { } location /b { } }");
    QCOMPARE(errors(dup), QStringLiteral("/etc/nginx/conf.d/http.conf:1:26: duplicate location \"/a\""));
}

void tst_NginxRouter::compileErrors_data()
{
    QTest::addColumn<QByteArray>("http");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *name, const char *http, const char *expected) {
        QTest::newRow(name) << QByteArray(http)
                            << QStringLiteral("/etc/nginx/conf.d/http.conf:") + QString::fromLatin1(expected);
    };
    row("modifier", "server { location ~~ /a { } }", "1:19: invalid location modifier \"~~\"");
    row("outside", "server { location /a/ { location /b/ { } } }",
        "1:25: location \"/b/\" is outside location \"/a/\"");
    row("inside exact", "server { location = /a { location /a/b { } } }",
        "1:26: location \"/a/b\" cannot be inside the exact location \"/a\"");
    row("named nested", "server { location /a { location @n { } } }",
        "1:24: named location \"@n\" can be on the server level only");
    row("regex", "server { location ~ ( { } }",
        "1:21: pcre2_compile() failed: missing closing parenthesis at offset 1 in \"(\"");
    row("return code", "server { return abc; }", "1:17: invalid return code \"abc\"");
    row("rewrite flag", "server { rewrite ^ /x bogus; }", "1:23: invalid parameter \"bogus\"");
    row("if condition", "server { if (a) { } }", "1:10: invalid condition \"a\"");
    row("unknown variable", "server { return 200 $nonexistent; }", "1:21: unknown \"nonexistent\" variable");
    row("bad variable", "server { return 200 \"${abc\"; }",
        "1:21: the closing bracket in \"${abc\" variable is missing");
    row("proxy prefix", "server { location / { proxy_pass ftp://x; } }", "1:34: invalid URL prefix");
    row("proxy uri in regex", "server { location ~ a { proxy_pass http://u/x; } }",
        "1:25: \"proxy_pass\" cannot have URI part in location given by regular expression, or inside named "
        "location, "
        "or inside \"if\" statement, or inside \"limit_except\" block");
    row("split percent", "split_clients $a $b { 0% x; }", "1:23: invalid percent value \"0%\"");
    row("split total", "split_clients $a $b { 60% x; 50% y; }", "1:37: percent total is greater than 100%");
    row("listen param", "server { listen 80 foo; }", "1:20: invalid parameter \"foo\"");
    row("listen port", "server { listen 70000; }",
        "1:17: invalid port in \"70000\" of the \"listen\" directive");
    row("duplicate default", "server { listen 80 default_server; } server { listen 80 default_server; }",
        "1:47: a duplicate default server for 0.0.0.0:80");
    row("duplicate listen", "server { listen 80; listen 80; }", "1:21: a duplicate listen 0.0.0.0:80");
    row("map default", "map $a $b { default 1; default 2; }", "1:24: duplicate default map parameter");
    row("duplicate handler", "server { location / { proxy_pass http://a; proxy_pass http://b; } }",
        "1:44: \"proxy_pass\" directive is duplicate");
}

void tst_NginxRouter::compileErrors()
{
    QFETCH(QByteArray, http);
    QFETCH(QString, expected);
    const Router r = httpRouter(http);
    QCOMPARE(errors(r).section(u'\n', 0, 0), expected);
}

void tst_NginxRouter::trace()
{
    const Router router = httpRouter(readData(QStringLiteral("router/locations.conf")));
    RouteResult r = router.route(get(QStringLiteral("loc.test"), QStringLiteral("/images/a.png")));
    QVERIFY(r.trace.size() >= 4);
    bool sawRegex = false;
    for (const TraceStep &t : r.trace) {
        if (t.kind == TraceStep::Kind::Location) {
            QVERIFY2(t.message.contains(QStringLiteral("~* \\.(gif|jpg)$ (no)")), qPrintable(t.message));
            QVERIFY(t.message.contains(QStringLiteral("(matches)")));
            QCOMPARE(t.location.line, 10);
            sawRegex = true;
        }
    }
    QVERIFY(sawRegex);
    QCOMPARE(r.location.location.toString(), QStringLiteral("/etc/nginx/conf.d/http.conf:10:5"));
    QCOMPARE(r.server.location.toString(), QStringLiteral("/etc/nginx/conf.d/http.conf:2:1"));
    QCOMPARE(r.server.names, QStringList {QStringLiteral("loc.test")});
    const auto server = std::find_if(r.trace.begin(), r.trace.end(),
                                     [](const TraceStep &t) { return t.kind == TraceStep::Kind::Server; });
    QVERIFY(server != r.trace.end());
    QCOMPARE(server->message,
             QStringLiteral("Host \"loc.test\" compared with 1 exact, 0 leading-wildcard, "
                            "0 trailing-wildcard and 0 regex names (loc.test) on 0.0.0.0:80: "
                            "server 0 (exact name \"loc.test\")"));

    RouteOptions quiet;
    quiet.trace = false;
    r = router.route(get(QStringLiteral("loc.test"), QStringLiteral("/images/a.png")), quiet);
    QVERIFY(r.trace.empty());
    QCOMPARE(summary(r), QStringLiteral("200 re-png"));
}

void tst_NginxRouter::variables()
{
    const Router router = httpRouter(readData(QStringLiteral("router/variables.conf")));
    QCOMPARE(errors(router), QString());
    Request r = get(QStringLiteral("V.test:8080"), QStringLiteral("/x?a=1&b=2"));
    r.clientAddress = QStringLiteral("2001:db8::0:1");
    r.cookie = QStringLiteral("other=1; sid=abc; x=2");
    r.headers.append({QStringLiteral("X-Multi"), QStringLiteral("one")});
    r.headers.append({QStringLiteral("X-Multi"), QStringLiteral("two")});
    r.headers.append({QStringLiteral("X_Under"), QStringLiteral("ignored")});
    r.serverAddress = QStringLiteral("::1");
    QRandomGenerator g(42);
    r.requestId = Request::makeRequestId(g);
    QCOMPARE(r.requestId.size(), 32);
    RouteOptions keep;
    keep.keepState = true;
    RouteResult res = router.route(r, keep);
    QCOMPARE(summary(res), QStringLiteral("rejected: connection refused: nothing listens on ::1 port 80"));
    r.serverAddress.clear();
    r.clientAddress = QStringLiteral("10.1.2.3");
    res = router.route(r, keep);
    QCOMPARE(summary(res),
             QStringLiteral("200 host:V.test:8080|v.test|10.1.2.3|a=1&b=2|1|abc|one, two|") + r.requestId +
                 QStringLiteral("|80|http|?"));
    QCOMPARE(res.evaluate(QStringLiteral("$remote_addr-$uri")), QStringLiteral("10.1.2.3-/x"));
    QCOMPARE(res.evaluate(QStringLiteral("$http_x_under")), QString());

    const Router old =
        httpRouter("server { listen 80; location / { return 200 \"$http_x_multi\"; } }", "{}", 1022001);
    r.headers.removeLast();
    QCOMPARE(summary(old.route(r)), QStringLiteral("200 one"));
}

void tst_NginxRouter::redefinedVariables()
{
    // As nginx (checked with 1.22): the last map / split_clients for a variable wins, without an error.
    const Router r = httpRouter("map $arg_a $v { default one; }\n"
                                "map $arg_b $v { default two; }\n"
                                "split_clients $arg_c $v { * three; }\n"
                                "server { listen 80; location / { return 200 \"$v\"; } }\n");
    QCOMPARE(errors(r), QString());
    QCOMPARE(r.diagnostics().size(), size_t(2));
    QCOMPARE(
        r.diagnostics().back().toString(),
        QStringLiteral("/etc/nginx/conf.d/http.conf:3:22: $v is defined again: this definition replaces the "
                       "earlier one"));
    QCOMPARE(summary(r.route(get(QStringLiteral("h"), QStringLiteral("/?c=1")))),
             QStringLiteral("200 three"));
}

QTEST_GUILESS_MAIN(tst_NginxRouter)
#include "tst_nginxrouter.moc"
