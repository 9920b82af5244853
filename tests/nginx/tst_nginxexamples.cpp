// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The worked examples of the golden cases spec-ex1/2/4/8 (NGF's templates), typed in as NGF renders them,
// with requests and the
// server, location and upstream nginx picks for each.
#include "routertesthelpers.h"
#include "sim/upstreamparser.h"

#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

QString where(const LocationMatch &l)
{
    if (!l.found())
        return QStringLiteral("-");
    return (l.modifier.isEmpty() ? QString() : l.modifier + u' ') + l.name;
}

QString chainText(const RouteResult &r)
{
    QStringList parts;
    for (const LocationMatch &l : r.chain)
        parts << where(l);
    return parts.join(QStringLiteral(" > "));
}

struct Row
{
    const char *name;
    int port;
    const char *host;
    const char *target;
    const char *header; ///< "Name: value" or empty
    const char *expected;
    const char *chain;
};

void addRows(std::initializer_list<Row> rows)
{
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("chain");
    for (const Row &r : rows) {
        QTest::newRow(r.name) << r.port << QString::fromUtf8(r.host) << QString::fromUtf8(r.target)
                              << QString::fromUtf8(r.header) << QString::fromUtf8(r.expected)
                              << QString::fromUtf8(r.chain);
    }
}

RouteResult run(const Router &router, RouteOptions options = {})
{
    QFETCH(int, port);
    QFETCH(QString, host);
    QFETCH(QString, target);
    QFETCH(QString, header);
    Request r = get(host, target);
    r.port = port;
    if (!header.isEmpty())
        r.headers.append({header.section(u':', 0, 0).trimmed(), header.section(u':', 1).trimmed()});
    return router.route(r, options);
}

} // namespace

class tst_NginxExamples : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void example1_data();
    void example1();
    void example1Details();
    void example2_data();
    void example2();
    void example2Details();
    void example4_data();
    void example4();
    void example8_data();
    void example8();
    void example8Details();
    void upstreamsForTheBalancer();
};

void tst_NginxExamples::example1_data()
{
    addRows({
        {"exact coffee", 80, "cafe.example.com", "/coffee", "", "proxy default_coffee_80 /coffee",
         "= /coffee"},
        {"coffee prefix", 80, "cafe.example.com", "/coffee/", "", "proxy default_coffee_80 /coffee/",
         "/coffee/"},
        {"coffee deeper", 80, "cafe.example.com", "/coffee/latte?size=L", "",
         "proxy default_coffee_80 /coffee/latte?size=L", "/coffee/"},
        {"coffee exact with query", 80, "cafe.example.com", "/coffee?x=1", "",
         "proxy default_coffee_80 /coffee?x=1", "= /coffee"},
        {"not a path segment", 80, "cafe.example.com", "/coffeeshop", "", "static 404", "-"},
        {"case matters", 80, "cafe.example.com", "/COFFEE", "", "static 404", "-"},
        {"tea exact", 80, "cafe.example.com", "/tea", "", "proxy default_tea_80 /tea", "= /tea"},
        {"tea exact with query", 80, "cafe.example.com", "/tea?x", "", "proxy default_tea_80 /tea?x",
         "= /tea"},
        {"tea is exact only", 80, "cafe.example.com", "/tea/", "", "static 404", "-"},
        {"root", 80, "cafe.example.com", "/", "", "404", "= /"},
        {"normalised, sent as written", 80, "cafe.example.com", "/coffee/../tea", "",
         "proxy default_tea_80 /coffee/../tea", "= /tea"},
        {"merged slashes", 80, "cafe.example.com", "//coffee//x", "", "proxy default_coffee_80 //coffee//x",
         "/coffee/"},
        {"host with port", 80, "cafe.example.com:80", "/coffee", "", "proxy default_coffee_80 /coffee",
         "= /coffee"},
        {"host case", 80, "Cafe.Example.COM", "/tea", "", "proxy default_tea_80 /tea", "= /tea"},
        {"unknown host", 80, "tea.example.com", "/coffee", "", "404", ""},
        {"ip host", 80, "10.0.0.1", "/tea", "", "404", ""},
        {"readiness", 8081, "anything", "/readyz", "", "200", "= /readyz"},
        {"readiness other path", 8081, "anything", "/ready", "", "static 404", "-"},
        {"closed port", 443, "cafe.example.com", "/", "",
         "rejected: connection refused: nothing listens on any address port 443", ""},
    });
}

void tst_NginxExamples::example1()
{
    static const Router router = httpRouter(readData(QStringLiteral("ngf/example1-http.conf")));
    QCOMPARE(errors(router), QString());
    QFETCH(QString, expected);
    QFETCH(QString, chain);
    const RouteResult r = run(router);
    QCOMPARE(summary(r), expected);
    QCOMPARE(chainText(r), chain);
}

void tst_NginxExamples::example1Details()
{
    const Router router = httpRouter(readData(QStringLiteral("ngf/example1-http.conf")));
    QCOMPARE(router.serverCount(), 5);
    QCOMPARE(router.upstreams().size(), size_t(3));

    Request r = get(QStringLiteral("cafe.example.com:80"), QStringLiteral("/coffee/x"));
    RouteResult res = router.route(r);
    QCOMPARE(res.server.index, 2);
    QCOMPARE(res.server.names, QStringList {QStringLiteral("cafe.example.com")});
    QCOMPARE(res.server.how, ServerMatch::How::Exact);
    QCOMPARE(res.server.listen, QStringLiteral("0.0.0.0:80"));
    QCOMPARE(res.location.location.toString(), QStringLiteral("/etc/nginx/conf.d/http.conf:37:5"));
    QCOMPARE(res.action.directive.toString(), QStringLiteral("/etc/nginx/conf.d/http.conf:47:9"));
    QCOMPARE(res.action.hostHeader,
             QStringLiteral("cafe.example.com:80")); // $gw_api_compliant_host = $http_host
    QCOMPARE(res.action.scheme, QStringLiteral("http"));
    QCOMPARE(res.action.module, QStringLiteral("proxy_pass"));
    QCOMPARE(res.status, 0);

    // The default server answers hosts NGF has no route for, also on IPv6.
    r = get(QStringLiteral("nope.example.com"), QStringLiteral("/"));
    r.clientAddress = QStringLiteral("2001:db8::7");
    res = router.route(r);
    QCOMPARE(res.server.index, 1);
    QCOMPARE(res.server.how, ServerMatch::How::Default);
    QCOMPARE(res.server.listen, QStringLiteral("[::]:80"));
    QCOMPARE(res.status, 404);
    r.host = QStringLiteral("cafe.example.com");
    r.target = QStringLiteral("/coffee/");
    QCOMPARE(summary(router.route(r)), QStringLiteral("proxy default_coffee_80 /coffee/"));
}

void tst_NginxExamples::example2_data()
{
    addRows({
        {"header match", 80, "cafe.example.com", "/coffee", "version: v2",
         "proxy default_coffee-v2_80 /coffee", "= /coffee > /_ngf-internal-rule0-route0"},
        {"header name is case-insensitive", 80, "cafe.example.com", "/coffee/x", "VERSION: v2",
         "proxy default_coffee-v2_80 /coffee/x", "/coffee/ > /_ngf-internal-rule0-route0"},
        {"header value is case-sensitive", 80, "cafe.example.com", "/coffee", "version: V2",
         "proxy default_coffee-v1_80 /coffee", "= /coffee > /_ngf-internal-rule0-route2"},
        {"one of several values", 80, "cafe.example.com", "/coffee", "version: v1,v2",
         "proxy default_coffee-v2_80 /coffee", "= /coffee > /_ngf-internal-rule0-route0"},
        {"values are not trimmed", 80, "cafe.example.com", "/coffee", "version: v1, v2",
         "proxy default_coffee-v1_80 /coffee", "= /coffee > /_ngf-internal-rule0-route2"},
        {"query match", 80, "cafe.example.com", "/coffee?TEST=v2", "",
         "proxy default_coffee-v2_80 /coffee?TEST=v2", "= /coffee > /_ngf-internal-rule0-route1"},
        {"query name is case-sensitive", 80, "cafe.example.com", "/coffee?test=v2", "",
         "proxy default_coffee-v1_80 /coffee?test=v2", "= /coffee > /_ngf-internal-rule0-route2"},
        {"first of repeated params", 80, "cafe.example.com", "/coffee?TEST=v3&TEST=v2", "",
         "proxy default_coffee-v1_80 /coffee?TEST=v3&TEST=v2", "= /coffee > /_ngf-internal-rule0-route2"},
        {"decoded params", 80, "cafe.example.com", "/coffee/a?TEST=%76%32", "",
         "proxy default_coffee-v2_80 /coffee/a?TEST=%76%32", "/coffee/ > /_ngf-internal-rule0-route1"},
        {"header wins over query", 80, "cafe.example.com", "/coffee?TEST=v2", "version: v2",
         "proxy default_coffee-v2_80 /coffee?TEST=v2", "= /coffee > /_ngf-internal-rule0-route0"},
        {"path only", 80, "cafe.example.com", "/coffee/mocha?size=S", "",
         "proxy default_coffee-v1_80 /coffee/mocha?size=S", "/coffee/ > /_ngf-internal-rule0-route2"},
        {"internal location from outside", 80, "cafe.example.com", "/_ngf-internal-rule0-route0", "", "404",
         "/_ngf-internal-rule0-route0"},
        {"root", 80, "cafe.example.com", "/", "", "404", "= /"},
        {"no route", 80, "cafe.example.com", "/tea", "", "static 404", "-"},
        {"default server", 80, "other.example.com", "/coffee", "", "404", ""},
    });
}

void tst_NginxExamples::example2()
{
    static const Router router = httpRouter(readData(QStringLiteral("ngf/example2-http.conf")),
                                            readData(QStringLiteral("ngf/example2-matches.json")));
    QCOMPARE(errors(router), QString());
    QFETCH(QString, expected);
    QFETCH(QString, chain);
    const RouteResult r = run(router);
    QCOMPARE(summary(r), expected);
    QCOMPARE(chainText(r), chain);
}

void tst_NginxExamples::example2Details()
{
    // The full file set as nginx -T lists it, NGF's nginx.conf included.
    gw::Diagnostics diags;
    const FileSet files = FileSet::fromListing(readData(QStringLiteral("ngf/example2-nginx-T.txt")), &diags);
    const Router router(Config::parse(files));
    QCOMPARE(errors(router), QString());
    Request r = get(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee?TEST=v2&x=a+b"));
    r.headers.append({QStringLiteral("version"), QStringLiteral("v1")});
    const RouteResult res = router.route(r);
    QCOMPARE(summary(res), QStringLiteral("proxy default_coffee-v2_80 /coffee?TEST=v2&x=a+b"));
    QCOMPARE(res.chain.size(), size_t(2));
    // After the redirect, $args is what njs wrote back: decoded and encoded again.
    QCOMPARE(res.location.args, QStringLiteral("TEST=v2&x=a%20b"));
    QCOMPARE(res.location.uri, QStringLiteral("/_ngf-internal-rule0-route1"));
    QStringList njs;
    for (const TraceStep &t : res.trace) {
        if (t.kind == TraceStep::Kind::Njs)
            njs << t.message;
    }
    QCOMPARE(njs.size(), 4);
    QVERIFY2(njs[1].contains(QStringLiteral("header \"version: v1\" does not fit Exact \"v2\"")),
             qPrintable(njs[1]));
    QVERIFY2(njs[2].contains(QStringLiteral("fits")), qPrintable(njs[2]));
    QCOMPARE(njs[3], QStringLiteral("internal redirect to \"/_ngf-internal-rule0-route1?TEST=v2&x=a%20b\""));

    // Without matches.json (a real nginx -T does not list it) every conditional match ends in 500.
    FileSet noJson;
    for (const FileSet::File &f : files.files()) {
        if (!f.path.endsWith(u".json"))
            noJson.insert(f.path, f.content);
    }
    const Router broken(Config::parse(noJson));
    QVERIFY(
        errors(broken).contains(QStringLiteral("failed to open file \"/etc/nginx/conf.d/matches.json\"")));
    QCOMPARE(broken.route(r).status, 500);
}

void tst_NginxExamples::example4_data()
{
    addRows({
        {"sticky rule", 80, "cafe.example.com", "/tea", "", "proxy default_tea_80_tea_default_0 /tea",
         "= /tea"},
        {"plain rule exact", 80, "cafe.example.com", "/tea/green", "", "proxy default_tea_80 /tea/green",
         "= /tea/green"},
        {"plain rule prefix", 80, "cafe.example.com", "/tea/green/sencha", "",
         "proxy default_tea_80 /tea/green/sencha", "/tea/green/"},
        {"not a segment", 80, "cafe.example.com", "/tea/greenish", "", "static 404", "-"},
        {"tea is exact", 80, "cafe.example.com", "/tea/", "", "static 404", "-"},
        {"root", 80, "cafe.example.com", "/", "", "404", "= /"},
    });
}

void tst_NginxExamples::example4()
{
    static const Router router = httpRouter(readData(QStringLiteral("ngf/example4-http.conf")));
    QCOMPARE(errors(router), QString());
    QFETCH(QString, expected);
    QFETCH(QString, chain);
    const RouteResult r = run(router);
    QCOMPARE(summary(r), expected);
    QCOMPARE(chainText(r), chain);
    // On Plus the upstreams are filled through the API: no server lines, so no local socket to follow.
    const UpstreamBlock *sticky = router.upstream(QStringLiteral("default_tea_80_tea_default_0"));
    QVERIFY(sticky);
    QCOMPARE(sticky->directives.at(2).toString(),
             QStringLiteral("sticky cookie sp_tea_default_0 expires=1h path=/tea;"));
    QVERIFY(sticky->serverAddresses().isEmpty());
}

void tst_NginxExamples::example8_data()
{
    addRows({
        {"prefix rewrite", 80, "cafe.example.com", "/coffee/x?y=1", "",
         "proxy default_coffee_80 /beans/x?y=1", "/coffee/"},
        {"exact rewrite", 80, "cafe.example.com", "/coffee", "", "proxy default_coffee_80 /beans",
         "= /coffee"},
        {"exact rewrite with args", 80, "cafe.example.com", "/coffee?a=b", "",
         "proxy default_coffee_80 /beans?a=b", "= /coffee"},
        {"trailing slash", 80, "cafe.example.com", "/coffee/", "", "proxy default_coffee_80 /beans/",
         "/coffee/"},
        {"escaped path", 80, "cafe.example.com", "/coffee/a%20b", "", "proxy default_coffee_80 /beans/a%20b",
         "/coffee/"},
        {"redirect", 80, "cafe.example.com", "/old", "", "301 -> https://cafe.example.com/old", "= /old"},
        {"redirect keeps the query", 80, "cafe.example.com", "/old?x=1", "",
         "301 -> https://cafe.example.com/old?x=1", "= /old"},
        {"redirect uses $host", 80, "CAFE.example.com:80", "/old", "", "301 -> https://cafe.example.com/old",
         "= /old"},
    });
}

void tst_NginxExamples::example8()
{
    static const Router router = httpRouter(readData(QStringLiteral("ngf/example8-http.conf")));
    QCOMPARE(errors(router), QString());
    QFETCH(QString, expected);
    QFETCH(QString, chain);
    const RouteResult r = run(router);
    QCOMPARE(summary(r), expected);
    QCOMPARE(chainText(r), chain);
    if (r.action.kind == Action::Kind::Proxy)
        QCOMPARE(r.action.hostHeader, QStringLiteral("beans.example.com"));
}

void tst_NginxExamples::example8Details()
{
    const Router router = httpRouter(readData(QStringLiteral("ngf/example8-http.conf")));
    Request r = get(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/x"));
    r.headers.append({QStringLiteral("X-Env"), QStringLiteral("prod")});
    RouteOptions keep;
    keep.keepState = true;
    RouteResult res = router.route(r, keep);
    // RequestHeaderModifier add: the header's old value, a comma, then the added one.
    QCOMPARE(res.evaluate(QStringLiteral("${x_env_header_var}canary")), QStringLiteral("prod,canary"));
    r.headers.clear();
    res = router.route(r, keep);
    QCOMPARE(res.evaluate(QStringLiteral("${x_env_header_var}canary")), QStringLiteral("canary"));
}

void tst_NginxExamples::upstreamsForTheBalancer()
{
    // The balancers read an upstream block's body; the router hands it over with its place in the file.
    const Router router = httpRouter(readData(QStringLiteral("ngf/example1-http.conf")));
    QCOMPARE(router.upstreams().size(), size_t(3));
    for (const UpstreamBlock &u : router.upstreams()) {
        gw::Diagnostics diagnostics;
        const gw::sim::UpstreamConfig c =
            gw::sim::UpstreamParser::parse(u.body, u.name, diagnostics, u.location.file, u.bodyLine);
        QStringList messages;
        for (const gw::Diagnostic &d : diagnostics)
            messages << d.toString();
        QCOMPARE(messages.join(u'\n'), QString());
        QCOMPARE(c.name, u.name);
        QCOMPARE(int(c.servers.size()), int(u.serverAddresses().size()));
    }
    gw::Diagnostics ignored;
    const gw::sim::UpstreamConfig coffee =
        gw::sim::UpstreamParser::parse(router.upstreams()[0].body, router.upstreams()[0].name, ignored);
    QCOMPARE(coffee.methodDirective(), QStringLiteral("random two least_conn"));
}

QTEST_GUILESS_MAIN(tst_NginxExamples)
#include "tst_nginxexamples.moc"
