// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The stream engine (StreamContext, StreamRouter): listens, ssl_preread, maps with `hostnames`,
// split_clients on $connection, pass/proxy_pass/return, NGF's stream.conf shapes, and the startup errors.
#include "nginx/splitclients.h"
#include "nginx/streamcontext.h"
#include "nginx/streamrouter.h"

#include <QTest>

using namespace gw::nginx;

namespace {

// NGF's stream.conf for a TLS passthrough listener on 443 shared with an HTTPS listener, a second
// passthrough port, TCP routes (one weighted), a UDP route and the connection-closed server (the shapes of
// golden cases tls-passthrough and tcp-route).
const QByteArray ngfStream = R"(
http {
    server {
        listen unix:/var/run/nginx/https443.sock ssl;
        server_name cafe.example.com;
    }
}
stream {
    split_clients $connection $backend_83 {
        80.00% default_coffee_8081;
        20.00% default_tea_8082;
    }
    server {
        listen unix:/var/run/nginx/app.example.com-443.sock;
        proxy_pass default_secure-app_8443;
    }
    server {
        listen 443;
        listen [::]:443;
        pass $dest443;
        ssl_preread on;
    }
    server {
        listen unix:/var/run/nginx/secure.example.com-8443.sock;
        proxy_pass default_secure-app_8443;
    }
    server {
        listen 8443;
        listen [::]:8443;
        pass $dest8443;
        ssl_preread on;
    }
    server {
        listen 83;
        proxy_pass $backend_83;
    }
    server {
        listen 81;
        proxy_pass default_coffee_8081;
    }
    server {
        listen 53 udp;
        proxy_pass 10.0.0.53:53;
    }
    server {
        listen unix:/var/run/nginx/connection-closed-server.sock;
        return "";
    }
    upstream default_secure-app_8443 {
        random two least_conn;
        server 10.12.0.30:8443;
    }
    upstream default_coffee_8081 { server 10.0.0.1:8080; }
    upstream default_tea_8082 { server 10.0.0.2:8080; }
    map $ssl_preread_server_name $dest443 {
        hostnames;
        app.example.com unix:/var/run/nginx/app.example.com-443.sock;
        *.wild.example.com unix:/var/run/nginx/app.example.com-443.sock;
        default unix:/var/run/nginx/https443.sock;
        cafe.example.com unix:/var/run/nginx/https443.sock;
    }
    map $ssl_preread_server_name $dest8443 {
        hostnames;
        secure.example.com unix:/var/run/nginx/secure.example.com-8443.sock;
        other.example.com "";
        default unix:/var/run/nginx/connection-closed-server.sock;
    }
}
)";

QString messages(const gw::Diagnostics &diagnostics)
{
    QStringList out;
    for (const auto &d : diagnostics)
        out << d.toString();
    return out.join(u'|');
}

StreamConnection tls(int port, const QString &sni)
{
    StreamConnection c;
    c.port = port;
    c.tls = true;
    c.sni = sni;
    return c;
}

} // namespace

class TestStreamRouter : public QObject
{
    Q_OBJECT

private slots:
    void ngfConfigurationIsClean()
    {
        const StreamRouter router(Config::parseText(ngfStream));
        QVERIFY(router.isPresent());
        QVERIFY2(router.diagnostics().empty(), qPrintable(messages(router.diagnostics())));
        QCOMPARE(router.upstreams().size(), size_t(3));
        QVERIFY(router.listens(443, false));
        QVERIFY(router.listens(53, true));
        QVERIFY(!router.listens(53, false));
        QVERIFY(!router.listens(80, false));
    }

    void sniPassthrough_data()
    {
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("sni");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("where"); // upstream, or the http socket
        QTest::addColumn<int>("hops");

        using K = StreamResult::Kind;
        QTest::newRow("exact") << 443 << "app.example.com" << int(K::Proxy) << "default_secure-app_8443" << 2;
        QTest::newRow("exact, case and trailing dot")
            << 443 << "APP.Example.com." << int(K::Proxy) << "default_secure-app_8443" << 2;
        QTest::newRow("leading wildcard")
            << 443 << "a.b.wild.example.com" << int(K::Proxy) << "default_secure-app_8443" << 2;
        QTest::newRow("wildcard needs a label")
            << 443 << "wild.example.com" << int(K::Http) << "unix:/var/run/nginx/https443.sock" << 1;
        QTest::newRow("https hostname")
            << 443 << "cafe.example.com" << int(K::Http) << "unix:/var/run/nginx/https443.sock" << 1;
        QTest::newRow("unknown: default https")
            << 443 << "nope.example.com" << int(K::Http) << "unix:/var/run/nginx/https443.sock" << 1;
        QTest::newRow("no SNI: default")
            << 443 << "" << int(K::Http) << "unix:/var/run/nginx/https443.sock" << 1;
        QTest::newRow("second port") << 8443 << "secure.example.com" << int(K::Proxy)
                                     << "default_secure-app_8443" << 2;
        QTest::newRow("closed") << 8443 << "app.example.com" << int(K::Return) << "" << 2;
        QTest::newRow("empty destination") << 8443 << "other.example.com" << int(K::Error) << "" << 1;
    }
    void sniPassthrough()
    {
        QFETCH(int, port);
        QFETCH(QString, sni);
        QFETCH(int, kind);
        QFETCH(QString, where);
        QFETCH(int, hops);
        const StreamRouter router(Config::parseText(ngfStream));
        const StreamResult r = router.route(tls(port, sni));
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(int(r.hops.size()), hops);
        if (r.kind == StreamResult::Kind::Proxy)
            QCOMPARE(r.upstream, where);
        if (r.kind == StreamResult::Kind::Http) {
            QCOMPARE(r.httpSocket, where);
            QVERIFY(r.passed); // `pass` keeps the connection and its client address
        }
        if (r.kind == StreamResult::Kind::Return) {
            QCOMPARE(r.status, 200);
            QCOMPARE(r.returned, QByteArray());
            QCOMPARE(r.hops.back().listen,
                     QStringLiteral("unix:/var/run/nginx/connection-closed-server.sock"));
        }
        if (r.kind == StreamResult::Kind::Error)
            QCOMPARE(r.status, 500);
        QCOMPARE(r.hops.front().listen, QStringLiteral("0.0.0.0:%1").arg(port));
        QCOMPARE(r.sslPrereadServerName, sni);
        QVERIFY(!r.trace.empty());
    }

    void plainTcpToPrereadPortTakesTheDefault()
    {
        const StreamRouter router(Config::parseText(ngfStream));
        StreamConnection c;
        c.port = 443;
        c.sni = QStringLiteral("app.example.com"); // not TLS: nothing is preread
        const StreamResult r = router.route(c);
        QCOMPARE(r.kind, StreamResult::Kind::Http);
        QCOMPARE(r.sslPrereadServerName, QString());
    }

    void ipv6UsesItsOwnListen()
    {
        const StreamRouter router(Config::parseText(ngfStream));
        StreamConnection c = tls(443, QStringLiteral("app.example.com"));
        c.clientAddress = QStringLiteral("fd00::1");
        const StreamResult r = router.route(c);
        QCOMPARE(r.hops.front().listen, QStringLiteral("[::]:443"));
        QCOMPARE(r.upstream, QStringLiteral("default_secure-app_8443"));
        // Port 83 has no IPv6 listen in this configuration.
        c.port = 83;
        QCOMPARE(router.route(c).kind, StreamResult::Kind::Refused);
    }

    void tcpAndUdp()
    {
        const StreamRouter router(Config::parseText(ngfStream));
        StreamConnection c;
        c.port = 81;
        StreamResult r = router.route(c);
        QCOMPARE(r.kind, StreamResult::Kind::Proxy);
        QCOMPARE(r.upstream, QStringLiteral("default_coffee_8081"));
        c.udp = true;
        QCOMPARE(router.route(c).kind, StreamResult::Kind::Refused); // 81 is TCP only
        c.port = 53;
        r = router.route(c);
        QCOMPARE(r.kind, StreamResult::Kind::Proxy);
        QCOMPARE(r.upstream, QString()); // an address, no upstream block
        QCOMPARE(r.target, QStringLiteral("10.0.0.53:53"));
        QCOMPARE(r.hops.front().listen, QStringLiteral("0.0.0.0:53 udp"));
        c.port = 9999;
        r = router.route(c);
        QCOMPARE(r.kind, StreamResult::Kind::Refused);
        QVERIFY(r.error.contains(QStringLiteral("9999")));
    }

    void splitClientsOnConnection()
    {
        // $connection is the decimal connection number; the split hashes it with MurmurHash2 and takes the
        // part whose cumulative bound (80% of 2^32-1) is above the hash.
        const StreamRouter router(Config::parseText(ngfStream));
        const uint32_t bound80 = uint32_t(quint64(8000) * 0xffffffffULL / 10000);
        int coffee = 0;
        for (quint64 n = 1; n <= 2000; ++n) {
            StreamConnection c;
            c.port = 83;
            c.number = n;
            const StreamResult r = router.route(c);
            const bool expectCoffee = murmurHash2(QByteArray::number(n)) < bound80;
            QCOMPARE(r.upstream,
                     expectCoffee ? QStringLiteral("default_coffee_8081")
                                  : QStringLiteral("default_tea_8082"));
            coffee += expectCoffee ? 1 : 0;
        }
        QVERIFY2(coffee > 1500 && coffee < 1700, qPrintable(QString::number(coffee)));
        // A hand-checked value: MurmurHash2("1") with seed 1.
        StreamConnection first;
        first.port = 83;
        first.number = 1;
        QCOMPARE(router.route(first).trace.size() > 0, true);
    }

    void mapsAndVariables()
    {
        const QByteArray conf = R"(
stream {
    map $remote_addr $pool {
        10.0.0.1 a;
        ~^10\.1\.(\d+)\. b$1;
        default c;
    }
    map $server_port$protocol $byport { 7000TCP a; default c; }
    server { listen 7000; proxy_pass $pool; }
    server { listen 7001; proxy_pass $byport; }
    server { listen 7002; return "$remote_addr $protocol $server_port $connection"; }
    upstream a { server 10.9.0.1:1; }
    upstream b7 { server 10.9.0.2:1; }
    upstream c { server 10.9.0.3:1; }
}
)";
        const StreamRouter router(Config::parseText(conf));
        QVERIFY2(router.diagnostics().empty(), qPrintable(messages(router.diagnostics())));
        StreamConnection c;
        c.port = 7000;
        c.clientAddress = QStringLiteral("10.0.0.1");
        QCOMPARE(router.route(c).upstream, QStringLiteral("a"));
        c.clientAddress = QStringLiteral("10.1.7.9");
        QCOMPARE(router.route(c).upstream, QStringLiteral("b7")); // a regex capture in the value
        c.clientAddress = QStringLiteral("10.2.0.1");
        QCOMPARE(router.route(c).upstream, QStringLiteral("c"));
        c.port = 7001;
        QCOMPARE(router.route(c).upstream, QStringLiteral("c")); // "7001TCP"
        c.port = 7002;
        c.number = 42;
        QCOMPARE(router.route(c).returned, QByteArray("10.2.0.1 TCP 7002 42"));
    }

    void unresolvableName()
    {
        const StreamRouter router(Config::parseText(R"(
stream {
    map $remote_addr $to { default backend.example.com:80; }
    server { listen 7000; proxy_pass $to; }
}
)"));
        StreamConnection c;
        c.port = 7000;
        const StreamResult r = router.route(c);
        QCOMPARE(r.kind, StreamResult::Kind::Error);
        QCOMPARE(r.status, 502);
    }

    void localProxyPassIsFollowed()
    {
        // nginx before 1.25.5 has no `pass`: the same hand-over as `proxy_pass unix:…` is a new connection.
        const StreamRouter router(Config::parseText(R"(
stream {
    map $ssl_preread_server_name $d { hostnames; a.test unix:/tmp/a.sock; default unix:/tmp/b.sock; }
    server { listen 443; ssl_preread on; proxy_pass $d; }
    server { listen unix:/tmp/a.sock; proxy_pass up; }
    server { listen unix:/tmp/b.sock; return "closed"; }
    upstream up { server 10.0.0.1:443; }
}
)"));
        QVERIFY2(router.diagnostics().empty(), qPrintable(messages(router.diagnostics())));
        const StreamResult r = router.route(tls(443, QStringLiteral("a.test")));
        QCOMPARE(r.kind, StreamResult::Kind::Proxy);
        QCOMPARE(r.upstream, QStringLiteral("up"));
        QCOMPARE(r.connectionsUsed, 3);
        QCOMPARE(router.route(tls(443, QStringLiteral("b.test"))).returned, QByteArray("closed"));
    }

    void startupErrors()
    {
        const StreamRouter router(Config::parseText(R"(
stream {
    server { listen 7000; }
    server { listen 7000; return x; }
    server { listen 7001; proxy_pass $nope; }
}
)"));
        QStringList messages;
        for (const auto &d : router.diagnostics())
            messages << d.message;
        QVERIFY2(messages.contains(QStringLiteral("no handler for server")), qPrintable(messages.join(u'|')));
        QVERIFY2(messages.contains(QStringLiteral("duplicate \"0.0.0.0:7000\" address and port pair")),
                 qPrintable(messages.join(u'|')));
        QVERIFY2(messages.contains(QStringLiteral("unknown \"nope\" variable")),
                 qPrintable(messages.join(u'|')));
        QCOMPARE(router.diagnostics().front().location.line, 3);
    }

    void noStreamBlock()
    {
        const StreamRouter router(Config::parseText("http { }\n"));
        QVERIFY(!router.isPresent());
        StreamConnection c;
        c.port = 443;
        QCOMPARE(router.route(c).kind, StreamResult::Kind::Refused);
    }
};

QTEST_GUILESS_MAIN(TestStreamRouter)
#include "tst_streamrouter.moc"
