// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtest.h"

using namespace gw;
using namespace gw::sim;

/** Reading generated `upstream {}` bodies. */
class tst_UpstreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ngfBlocks();
    void serverParameters();
    void methods_data();
    void methods();
    void sticky();
    void stickyRouteAndLearn();
    void syntax();
    void errors_data();
    void errors();
    void redefinedMethodWarns();
};

void tst_UpstreamParser::ngfBlocks()
{
    // The seed walk-through's blocks, as NGF writes them (with servers for the simulator).
    Diagnostics d;
    UpstreamConfig coffee = UpstreamParser::parse(u"ip_hash;\n"
                                                  u"zone default_coffee_80 512k;\n"
                                                  u"server 10.244.0.95:8080;\n"
                                                  u"server 10.244.0.94:8080;\n"
                                                  u"keepalive 16;\n",
                                                  QStringLiteral("default_coffee_80"), d);
    QVERIFY(d.empty());
    QCOMPARE(coffee.name, QStringLiteral("default_coffee_80"));
    QCOMPARE(coffee.method, Method::IpHash);
    QCOMPARE(coffee.zoneName, QStringLiteral("default_coffee_80"));
    QCOMPARE(coffee.zoneSize, 512 * 1024);
    QCOMPARE(coffee.keepalive, 16);
    QCOMPARE(coffee.servers.size(), size_t(2));
    QCOMPARE(coffee.servers[1].address, QStringLiteral("10.244.0.94:8080"));
    QCOMPARE(coffee.servers[1].line, 4);

    UpstreamConfig tea = UpstreamParser::parse(u"random two least_conn;\n"
                                               u"zone default_tea_80_tea_default_0 1m;\n"
                                               u"sticky cookie cookie-tea expires=24h path=/tea;\n"
                                               u"state /var/lib/nginx/state/default_tea_80.conf;\n",
                                               QStringLiteral("default_tea_80_tea_default_0"), d);
    QVERIFY(d.empty());
    QCOMPARE(tea.method, Method::RandomTwoLeastConn);
    QCOMPARE(tea.stateFile, QStringLiteral("/var/lib/nginx/state/default_tea_80.conf"));
    QCOMPARE(tea.sticky.mode, StickyConfig::Mode::Cookie);
    QCOMPARE(tea.sticky.cookieName, QStringLiteral("cookie-tea"));
    QCOMPARE(tea.sticky.expires.value_or(0), 24 * 3600);
    QCOMPARE(tea.sticky.path, QStringLiteral("/tea"));
    QVERIFY(tea.servers.empty()); // Plus: the state file holds them

    UpstreamConfig empty = UpstreamParser::parse(u"random two least_conn;\nzone default_latte_80 512k;\n"
                                                 u"server unix:/var/run/nginx/nginx-503-server.sock;\n",
                                                 QStringLiteral("default_latte_80"), d);
    QVERIFY(d.empty());
    Balancer b(empty);
    QVERIFY(b.isValid());
    QCOMPARE(b.peers().info(0).name, QStringLiteral("unix:/var/run/nginx/nginx-503-server.sock"));
}

void tst_UpstreamParser::serverParameters()
{
    const UpstreamConfig c = simtest::upstream(
        QStringLiteral("server 10.0.0.1:80 weight=5 max_fails=3 fail_timeout=30s max_conns=100;\n"
                       "server [::1]:8080 down route=a;\n"
                       "server backend.example.com resolve;\n"
                       "server 10.0.0.9 backup;"));
    QCOMPARE(c.servers.size(), size_t(4));
    const ServerConfig &a = c.servers[0];
    QCOMPARE(a.weight, 5);
    QCOMPARE(a.maxFails, 3);
    QCOMPARE(a.failTimeout, 30);
    QCOMPARE(a.maxConns, 100);
    QVERIFY(!a.backup && !a.down);
    QVERIFY(c.servers[1].down);
    QCOMPARE(c.servers[1].route, QStringLiteral("a"));
    QVERIFY(c.servers[2].resolve);
    QVERIFY(c.servers[3].backup);
    // Defaults.
    QCOMPARE(c.servers[3].weight, 1);
    QCOMPARE(c.servers[3].maxFails, 1);
    QCOMPARE(c.servers[3].failTimeout, 10);
    QCOMPARE(c.servers[3].maxConns, 0);

    // A host name needs addresses from the caller; then each becomes a peer.
    Balancer unresolved(c);
    QVERIFY(!unresolved.isValid());
    QCOMPARE(unresolved.errorString(), QStringLiteral("host not found in upstream \"backend.example.com\""));
    UpstreamConfig resolved = c;
    resolved.servers[2].addresses = {*SocketAddress::parseIp(u"192.0.2.1"),
                                     *SocketAddress::parseIp(u"192.0.2.2")};
    Balancer b(resolved);
    QVERIFY(b.isValid());
    QCOMPARE(b.peers().list(PeerTable::Primary).number, 4);
    QCOMPARE(b.peers().info(2).name, QStringLiteral("192.0.2.1:80"));
    QCOMPARE(b.peers().info(3).server, QStringLiteral("backend.example.com"));
    QCOMPARE(b.peers().list(PeerTable::Primary).tries, 3); // the down one does not count
    QCOMPARE(b.peers().list(PeerTable::Primary).totalWeight, 8);
    QCOMPARE(b.peers().list(PeerTable::Backup).number, 1);
}

void tst_UpstreamParser::methods_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("directive");
    QTest::newRow("default") << "" << int(Method::RoundRobin) << "";
    QTest::newRow("least_conn") << "least_conn;" << int(Method::LeastConn) << "least_conn";
    QTest::newRow("ip_hash") << "ip_hash;" << int(Method::IpHash) << "ip_hash";
    QTest::newRow("hash") << "hash $request_uri;" << int(Method::Hash) << "hash $request_uri";
    QTest::newRow("consistent") << "hash $remote_addr consistent;" << int(Method::ConsistentHash)
                                << "hash $remote_addr consistent";
    QTest::newRow("random") << "random;" << int(Method::Random) << "random";
    QTest::newRow("random two") << "random two;" << int(Method::RandomTwo) << "random two";
    QTest::newRow("random two least_conn")
        << "random two least_conn;" << int(Method::RandomTwoLeastConn) << "random two least_conn";
}

void tst_UpstreamParser::methods()
{
    QFETCH(QString, line);
    QFETCH(int, method);
    QFETCH(QString, directive);
    const UpstreamConfig c = simtest::upstream(line + QStringLiteral("\nserver 10.0.0.1;"));
    QCOMPARE(int(c.method), method);
    QCOMPARE(c.methodDirective(), directive);
}

void tst_UpstreamParser::sticky()
{
    const UpstreamConfig c = simtest::upstream(QStringLiteral(
        "server 10.0.0.1;\n"
        "sticky cookie srv_id expires=1h domain=.example.com httponly secure samesite=Lax path=/;"));
    const StickyConfig &s = c.sticky;
    QCOMPARE(s.mode, StickyConfig::Mode::Cookie);
    QCOMPARE(s.cookieName, QStringLiteral("srv_id"));
    QCOMPARE(s.expires.value_or(0), 3600);
    QCOMPARE(s.domain, QStringLiteral(".example.com"));
    QVERIFY(s.httpOnly);
    QVERIFY(s.secure);
    QCOMPARE(s.sameSite, QStringLiteral("Lax"));
    QCOMPARE(s.path, QStringLiteral("/"));

    const UpstreamConfig max =
        simtest::upstream(QStringLiteral("server 10.0.0.1; sticky cookie c expires=max;"));
    QCOMPARE(max.sticky.expires.value_or(0), StickyConfig::MaxExpires);
    const UpstreamConfig session = simtest::upstream(QStringLiteral("server 10.0.0.1; sticky cookie c;"));
    QVERIFY(!session.sticky.expires);
}

void tst_UpstreamParser::stickyRouteAndLearn()
{
    const UpstreamConfig route = simtest::upstream(QStringLiteral(
        "server 10.0.0.1 route=a; server 10.0.0.2 route=b;\nsticky route $cookie_route $arg_route;"));
    QCOMPARE(route.sticky.mode, StickyConfig::Mode::Route);
    QCOMPARE(route.sticky.lookup,
             QStringList({QStringLiteral("$cookie_route"), QStringLiteral("$arg_route")}));

    const UpstreamConfig learn = simtest::upstream(
        QStringLiteral("server 10.0.0.1;\nsticky learn create=$upstream_cookie_examplecookie "
                       "lookup=$cookie_examplecookie zone=client_sessions:1m timeout=1h header;"));
    const StickyConfig &s = learn.sticky;
    QCOMPARE(s.mode, StickyConfig::Mode::Learn);
    QCOMPARE(s.create, QStringList(QStringLiteral("$upstream_cookie_examplecookie")));
    QCOMPARE(s.lookup, QStringList(QStringLiteral("$cookie_examplecookie")));
    QCOMPARE(s.zoneName, QStringLiteral("client_sessions"));
    QCOMPARE(s.zoneSize, 1024 * 1024);
    QCOMPARE(s.timeoutMs, 3600 * 1000);
    QVERIFY(s.learnOnHeader);
}

void tst_UpstreamParser::syntax()
{
    // Comments, quotes and escapes as nginx reads them; lines and columns point into the text.
    Diagnostics d;
    const UpstreamConfig c = UpstreamParser::parse(u"# generated\n"
                                                   u"hash \"$arg_user\" consistent; # by the key\n"
                                                   u"server '10.0.0.1:80'   weight=2;\n"
                                                   u"  server 10.0.0.2:80 bogus;\n",
                                                   QStringLiteral("up"), d, QStringLiteral("http.conf"), 10);
    QCOMPARE(c.hashKey, QStringLiteral("$arg_user"));
    QCOMPARE(c.servers.size(), size_t(1));
    QCOMPARE(c.servers[0].weight, 2);
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].toString(), QStringLiteral("http.conf:13:22: upstream up: invalid parameter \"bogus\""));
}

void tst_UpstreamParser::errors_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("no servers") << "ip_hash;"
                                << "no servers are inside upstream";
    QTest::newRow("backup with ip_hash") << "ip_hash; server 10.0.0.1; server 10.0.0.2 backup;"
                                         << "invalid parameter \"backup\"";
    QTest::newRow("backup with hash") << "server 10.0.0.2 backup; server 10.0.0.1; hash $uri;"
                                      << "invalid parameter \"backup\"";
    QTest::newRow("weight 0") << "server 10.0.0.1 weight=0;"
                              << "invalid parameter \"weight=0\"";
    QTest::newRow("bad fail_timeout") << "server 10.0.0.1 fail_timeout=10x;"
                                      << "invalid parameter \"fail_timeout=10x\"";
    QTest::newRow("drain") << "server 10.0.0.1 drain;"
                           << "invalid parameter \"drain\"";
    QTest::newRow("bad address") << "server [::1:80;"
                                 << "invalid address \"[::1:80\" in upstream \"up\"";
    QTest::newRow("least_time")
        << "least_time header; server 10.0.0.1;"
        << "\"least_time\" balances on measured response times, which the simulator does "
           "not model";
    QTest::newRow("random least_time")
        << "random two least_time=header; server 10.0.0.1;"
        << "\"least_time=header\" balances on measured response times, which the "
           "simulator does not model";
    QTest::newRow("random bad") << "random three; server 10.0.0.1;"
                                << "invalid parameter \"three\"";
    QTest::newRow("hash arity") << "hash; server 10.0.0.1;"
                                << "invalid number of arguments in \"hash\" directive";
    QTest::newRow("hash bad flag") << "hash $uri ketama; server 10.0.0.1;"
                                   << "invalid parameter \"ketama\"";
    QTest::newRow("hash bad key") << "hash $nosuch; server 10.0.0.1;"
                                  << "unknown \"nosuch\" variable";
    QTest::newRow("unknown directive") << "server 10.0.0.1; queue 100;"
                                       << "unknown directive \"queue\"";
    QTest::newRow("missing semicolon") << "server 10.0.0.1"
                                       << "unexpected end of file, expecting \";\" or \"}\"";
    QTest::newRow("block") << "server 10.0.0.1; location / {}"
                           << "unexpected \"{\"";
    QTest::newRow("sticky twice") << "server 10.0.0.1; sticky cookie a; sticky cookie b;"
                                  << "\"sticky\" directive is duplicate";
    QTest::newRow("sticky expires") << "server 10.0.0.1; sticky cookie a expires=soon;"
                                    << "invalid \"expires\" parameter value";
    QTest::newRow("sticky samesite") << "server 10.0.0.1; sticky cookie a samesite=always;"
                                     << "invalid \"samesite\" parameter value";
    QTest::newRow("sticky path twice") << "server 10.0.0.1; sticky cookie a path=/ path=/x;"
                                       << "parameter \"path\" is duplicate";
    QTest::newRow("sticky unknown") << "server 10.0.0.1; sticky cookie a maxage=1;"
                                    << "unknown parameter \"maxage=1\"";
    QTest::newRow("sticky route name") << "server 10.0.0.1; sticky route cookie_route;"
                                       << "invalid variable name \"cookie_route\"";
    QTest::newRow("learn without zone")
        << "server 10.0.0.1; sticky learn create=$upstream_cookie_a lookup=$cookie_a;"
        << "\"zone\" parameter is not specified";
    QTest::newRow("learn small zone")
        << "server 10.0.0.1; sticky learn create=$upstream_cookie_a lookup=$cookie_a "
           "zone=z:16k;"
        << "zone is too small";
    QTest::newRow("route too long") << "server 10.0.0.1 route=0123456789abcdef0123456789abcdefX;"
                                    << "invalid route \"0123456789abcdef0123456789abcdefX\"";
}

void tst_UpstreamParser::errors()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    Diagnostics d;
    UpstreamParser::parse(body, QStringLiteral("up"), d);
    QVERIFY(hasErrors(d));
    QStringList messages;
    for (const Diagnostic &x : d)
        messages << x.message;
    QVERIFY2(messages.contains(message), qPrintable(messages.join(u" | ")));
}

void tst_UpstreamParser::redefinedMethodWarns()
{
    Diagnostics d;
    const UpstreamConfig c =
        UpstreamParser::parse(u"ip_hash; least_conn; server 10.0.0.1;", QStringLiteral("up"), d);
    QCOMPARE(c.method, Method::LeastConn);
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(d[0].severity, Diagnostic::Severity::Warning);
    QCOMPARE(d[0].message, QStringLiteral("load balancing method redefined"));
}

QTEST_GUILESS_MAIN(tst_UpstreamParser)
#include "tst_upstreamparser.moc"
