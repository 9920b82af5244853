// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// L4 connections through the simulation pipeline: the golden designs tls-passthrough and tcp-route rendered
// by gw_ngf, read by GatewayConfig (stream upstreams beside http's), and run by the trace runner with the
// requests CSV's scheme, sni and port columns.
#include "pipelinetest.h"

#include "nginx/splitclients.h"
#include "sim/ngfgateway.h"
#include "sim/requestscsv.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;

namespace {

const QString Passthrough = QStringLiteral("/tests/ngf/data/tls-passthrough/input.yaml");
const QString TcpRoute = QStringLiteral("/tests/ngf/data/tcp-route/input.yaml");
const QString HttpsBasic = QStringLiteral("/tests/ngf/data/https-basic/input.yaml");

std::vector<RequestRecord> runCsv(const std::shared_ptr<const GatewayConfig> &config, const QByteArray &csv,
                                  quint64 seed = 1)
{
    Diagnostics d;
    const std::vector<TraceRequest> requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    if (!d.empty())
        qFatal("%s", qPrintable(d.front().toString()));
    TraceOptions options;
    options.seed = seed;
    options.explain = true;
    return TraceRunner::run(config, requests, options);
}

ngf::Profile experimental()
{
    ngf::Profile p;
    p.experimental = true;
    return p;
}

} // namespace

class TestSimStream : public QObject
{
    Q_OBJECT

private slots:
    void streamUpstreamsAreRead()
    {
        const auto config = pipelinetest::config(Passthrough);
        const int i = config->streamUpstreamIndex(QStringLiteral("default_secure-app_8443"));
        QVERIFY(i >= 0);
        const UpstreamSnapshot &u = config->upstreams()[size_t(i)];
        QVERIFY(u.stream);
        QCOMPARE(u.serverAddresses(),
                 QStringList({QStringLiteral("10.12.0.30:8443"), QStringLiteral("10.12.0.31:8443")}));
        QCOMPARE(config->upstreamIndex(QStringLiteral("default_secure-app_8443")),
                 -1); // not an http upstream
        QVERIFY(config->upstreamIndex(QStringLiteral("default_coffee_80")) >= 0);
        QVERIFY(config->streamRouter().diagnostics().empty());
    }

    void passthroughRows()
    {
        const auto config = pipelinetest::config(Passthrough);
        const auto records = runCsv(config,
                                    "client,scheme,sni,host,path,port\n"
                                    "10.0.0.1,tls,app.example.com,,,443\n"
                                    "10.0.0.2,tls,secure.example.com,,,8443\n"
                                    "10.0.0.3,tls,unknown.example.com,,,8443\n"
                                    "10.0.0.4,https,,cafe.example.com,/,\n"
                                    "10.0.0.5,tls,other.example.com,,,8443\n"
                                    "10.0.0.6,https,app.example.com,cafe.example.com,/,443\n"
                                    "10.0.0.7,https,nope.example.com,cafe.example.com,/,443\n"
                                    "10.0.0.8,tls,cafe.example.com,,,\n"
                                    "10.0.0.9,tcp,,,,443\n"
                                    "10.0.0.10,udp,,,,443\n");
        QCOMPARE(records.size(), size_t(10));
        // 1: SNI app.example.com on 443 -> its socket server -> the TLSRoute's upstream.
        QCOMPARE(records[0].route, QStringLiteral("default/app"));
        QCOMPARE(records[0].upstream, QStringLiteral("default_secure-app_8443"));
        QVERIFY(records[0].endpoint.startsWith(QStringLiteral("10.12.0.3")));
        QCOMPARE(records[0].status, 200);
        QCOMPARE(records[0].streamServers,
                 QStringList({QStringLiteral("0.0.0.0:443 pass unix:/var/run/nginx/app.example.com-443.sock"),
                              QStringLiteral("unix:/var/run/nginx/app.example.com-443.sock proxy_pass "
                                             "default_secure-app_8443")}));
        // 2: the second port's map.
        QCOMPARE(records[1].route, QStringLiteral("default/secure"));
        QCOMPARE(records[1].upstream, QStringLiteral("default_secure-app_8443"));
        // 3: no entry: the map's default is NGF's connection-closed server.
        QCOMPARE(records[2].upstream, QString());
        QCOMPARE(records[2].route, QString()); // not the route whose lines the port's server also has
        QCOMPARE(records[2].endpoint, QString());
        QCOMPARE(records[2].status, 200); // return "" ends the session normally
        QVERIFY(records[2].streamServers.back().startsWith(
            QStringLiteral("unix:/var/run/nginx/connection-closed-server.sock return")));
        // 4: HTTPS on the passthrough port: the map's hostname entry, then the http server on the socket.
        QCOMPARE(records[3].route, QStringLiteral("default/cafe"));
        QCOMPARE(records[3].upstream, QStringLiteral("default_coffee_80"));
        QCOMPARE(records[3].endpoint, QStringLiteral("10.12.0.18:8080"));
        QCOMPARE(records[3].status, 200);
        QCOMPARE(records[3].sni, QStringLiteral("cafe.example.com"));
        QCOMPARE(records[3].streamServers,
                 QStringList(QStringLiteral("0.0.0.0:443 pass unix:/var/run/nginx/https443.sock")));
        // 5: a route without endpoints maps to "": pass fails, 500.
        QCOMPARE(records[4].status, 500);
        QCOMPARE(records[4].route, QString());
        // 6: an HTTPS client whose SNI is a passthrough name is passed through (no HTTP at all).
        QCOMPARE(records[5].upstream, QStringLiteral("default_secure-app_8443"));
        QCOMPARE(records[5].route, QStringLiteral("default/app"));
        // 7: an unknown SNI reaches NGF's default SSL server: the handshake is rejected.
        QCOMPARE(records[6].status, 0);
        QCOMPARE(records[6].upstream, QString());
        QVERIFY2(records[6].error.contains(QStringLiteral("ssl_reject_handshake")),
                 qPrintable(records[6].error));
        // 8: a tls row that ends in the http context sends GET / with its SNI as Host.
        QCOMPARE(records[7].upstream, QStringLiteral("default_coffee_80"));
        QCOMPARE(records[7].status, 200);
        // 9: plain TCP to a preread port: no SNI, the default (https socket), where the row's request
        // arrives as plain HTTP.
        QCOMPARE(records[8].streamServers.front(),
                 QStringLiteral("0.0.0.0:443 pass unix:/var/run/nginx/https443.sock"));
        QCOMPARE(records[8].status, 400);
        QCOMPARE(records[8].error, QStringLiteral("The plain HTTP request was sent to HTTPS port"));
        // 10: nothing listens on UDP 443.
        QCOMPARE(records[9].status, 0);
        QVERIFY(records[9].error.contains(QStringLiteral("no stream server")));
        QVERIFY(records[9].streamServers.isEmpty());

        const QByteArray csv = TraceRunner::toCsv(records);
        QVERIFY(csv.startsWith(
            "request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie,scheme,"
            "sni,port,stream_servers\n"));
        QVERIFY2(csv.contains(
                     "\n4,10.0.0.4,cafe.example.com,/,default/cafe,0,default_coffee_80,10.12.0.18:8080,,200,,"
                     "https,cafe.example.com,443,0.0.0.0:443 pass unix:/var/run/nginx/https443.sock\n"),
                 csv.constData());
        // The explanation starts with the stream module's steps.
        QVERIFY(records[3].routeTrace.front().contains(QStringLiteral("stream server")));
    }

    void sniDifferentFromHostIs421()
    {
        // NGF's `if ($sni_listener_id_443 != $host_listener_id_443) { return 421; }` (already modelled by the
        // router; the CSV's sni column reaches it).
        const auto config = pipelinetest::config(HttpsBasic);
        const auto records = runCsv(config,
                                    "client,scheme,sni,host,path\n"
                                    "10.0.0.1,https,cafe.example.com,cafe.example.com,/coffee\n"
                                    "10.0.0.1,https,tea.example.com,cafe.example.com,/coffee\n"
                                    "10.0.0.1,https,,cafe.example.com,/coffee\n");
        QCOMPARE(records[0].status, 200);
        QCOMPARE(records[1].status, 421);
        QCOMPARE(records[2].status, 200); // the SNI defaults to the host
        QVERIFY(records[0].streamServers.isEmpty()); // no stream server on 443 in this design
    }

    void tcpRoutesAndConnectionSplit()
    {
        const auto config = pipelinetest::config(TcpRoute, experimental());
        QByteArray csv = "client,scheme,port\n10.0.0.1,tcp,81\n10.0.0.1,tcp,82\n10.0.0.1,udp,81\n";
        for (int i = 0; i < 200; ++i)
            csv += "10.0.0.1,tcp,83\n";
        const auto records = runCsv(config, csv);
        QCOMPARE(records[0].upstream, QStringLiteral("default_coffee_8081"));
        QCOMPARE(records[0].endpoint, QStringLiteral("10.244.165.97:8080"));
        QCOMPARE(records[0].route, QStringLiteral("default/tcp-coffee"));
        QCOMPARE(records[1].upstream, QStringLiteral("default_tea_8082"));
        QCOMPARE(records[2].status, 0); // no UDP listener on 81
        // Connection numbers: rows 1 and 2 took two each (the client's and the upstream connection); row 3
        // was refused, nginx accepted nothing.
        const uint32_t bound80 = uint32_t(quint64(8000) * 0xffffffffULL / 10000);
        quint64 number = 1 + 2 + 2;
        int coffee = 0;
        for (size_t i = 3; i < records.size(); ++i) {
            const bool expectCoffee = nginx::murmurHash2(QByteArray::number(number)) < bound80;
            QCOMPARE(records[i].upstream,
                     expectCoffee ? QStringLiteral("default_coffee_8081")
                                  : QStringLiteral("default_tea_8082"));
            coffee += expectCoffee ? 1 : 0;
            number += 2; // the client's connection and the upstream connection
        }
        QVERIFY2(coffee > 130 && coffee < 190, qPrintable(QString::number(coffee)));
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad scheme")
            << QByteArray("client,scheme,port\n10.0.0.1,sctp,81\n")
            << "requests.csv:2:10: scheme \"sctp\" is not one of http, https, tls, tcp, udp";
        QTest::newRow("tcp without port")
            << QByteArray("client,scheme\n10.0.0.1,tcp\n")
            << "requests.csv:2:1: a tcp row needs a port (a port column, or host:port)";
        QTest::newRow("http without host")
            << QByteArray("client,scheme,path\n10.0.0.1,http,/\n")
            << "requests.csv:2:1: an http row needs a host (tls, tcp and udp rows do not)";
        QTest::newRow("bad port") << QByteArray("client,scheme,port\n10.0.0.1,tcp,70000\n")
                                  << "requests.csv:2:14: port \"70000\" is not a port number (1 to 65535)";
        QTest::newRow("sni on http") << QByteArray("client,host,path,sni\n10.0.0.1,h,/,h\n")
                                     << "requests.csv:2:1: an http row sends no SNI (use https or tls)";
        QTest::newRow("no host column without scheme")
            << QByteArray("client,path\n10.0.0.1,/\n")
            << "requests.csv:1:1: the header row has no \"host\" column (required: client, host, path)";
    }
    void csvErrors()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, message);
        Diagnostics d;
        const auto requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
        QVERIFY(requests.empty());
        QCOMPARE(d.size(), size_t(1));
        QCOMPARE(d.front().toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestSimStream)
#include "tst_simstream.moc"
