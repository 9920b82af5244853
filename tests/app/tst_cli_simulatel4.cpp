// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/**
 * `gwstudio simulate --requests` with connections (the CSV's scheme, sni and port columns), run as a
 * separate process on the golden designs tls-passthrough and tcp-route: the stream servers, upstream and
 * Pod of each row in CSV and JSON, and the probe refusing rows it cannot send.
 */
class tst_CliSimulateL4 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tlsPassthroughCsv();
    void tlsPassthroughJson();
    void tcpRoute();
    void badColumns();
    void probeRefusesConnections();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &input);
    static QString source(const char *path)
    {
        return QStringLiteral(GW_SOURCE_DIR "/") + QLatin1String(path);
    }
};

tst_CliSimulateL4::Run tst_CliSimulateL4::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

namespace {

const QByteArray passthroughRows = "client,scheme,sni,host,path,port\n"
                                   "10.0.0.1,tls,app.example.com,,,443\n"
                                   "10.0.0.2,tls,secure.example.com,,,8443\n"
                                   "10.0.0.3,tls,unknown.example.com,,,8443\n"
                                   "10.0.0.4,https,,cafe.example.com,/,443\n";

} // namespace

void tst_CliSimulateL4::tlsPassthroughCsv()
{
    const Run r = run({QStringLiteral("simulate"), source("tests/ngf/data/tls-passthrough/input.yaml"),
                       QStringLiteral("--requests"), QStringLiteral("-")},
                      passthroughRows);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0],
             QByteArray("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie,"
                        "scheme,sni,port,stream_servers"));
    QVERIFY2(lines[1].startsWith("1,10.0.0.1,,,default/app,,default_secure-app_8443,10.12.0.3"),
             lines[1].constData());
    QVERIFY2(
        lines[1].endsWith(",200,,tls,app.example.com,443,0.0.0.0:443 pass "
                          "unix:/var/run/nginx/app.example.com-443.sock -> "
                          "unix:/var/run/nginx/app.example.com-443.sock proxy_pass default_secure-app_8443"),
        lines[1].constData());
    QVERIFY2(lines[2].startsWith("2,10.0.0.2,,,default/secure,,default_secure-app_8443,10.12.0.3"),
             lines[2].constData());
    QCOMPARE(lines[3],
             QByteArray("3,10.0.0.3,,,,,,,,200,,tls,unknown.example.com,8443,\"0.0.0.0:8443 pass "
                        "unix:/var/run/nginx/connection-closed-server.sock -> "
                        "unix:/var/run/nginx/connection-closed-server.sock return \"\"\"\"\""));
    QCOMPARE(
        lines[4],
        QByteArray("4,10.0.0.4,cafe.example.com,/,default/cafe,0,default_coffee_80,10.12.0.18:8080,,200,,"
                   "https,cafe.example.com,443,0.0.0.0:443 pass unix:/var/run/nginx/https443.sock"));
}

void tst_CliSimulateL4::tlsPassthroughJson()
{
    const Run r = run({QStringLiteral("simulate"), source("tests/ngf/data/tls-passthrough/input.yaml"),
                       QStringLiteral("--requests"), QStringLiteral("-"), QStringLiteral("--format"),
                       QStringLiteral("json")},
                      passthroughRows);
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 4);
    const QJsonObject first = a[0].toObject();
    QCOMPARE(first[QStringLiteral("scheme")].toString(), QStringLiteral("tls"));
    QCOMPARE(first[QStringLiteral("sni")].toString(), QStringLiteral("app.example.com"));
    QCOMPARE(first[QStringLiteral("port")].toInt(), 443);
    QCOMPARE(first[QStringLiteral("stream_servers")].toArray().size(), 2);
    QCOMPARE(first[QStringLiteral("balancing")].toString(), QStringLiteral("random two least_conn"));
    const QJsonArray trace = first[QStringLiteral("route_trace")].toArray();
    QVERIFY(!trace.isEmpty());
    QVERIFY2(trace.first().toString().contains(QStringLiteral("stream server")),
             qPrintable(trace.first().toString()));
    bool mapped = false;
    for (const auto &step : trace)
        mapped = mapped ||
            step.toString().startsWith(QStringLiteral("map $ssl_preread_server_name = \"app.example.com\""));
    QVERIFY(mapped);
    QVERIFY(!first[QStringLiteral("balancer_trace")].toArray().isEmpty());
}

void tst_CliSimulateL4::tcpRoute()
{
    const Run r = run(
        {QStringLiteral("simulate"), QStringLiteral("--experimental"),
         source("tests/ngf/data/tcp-route/input.yaml"), QStringLiteral("--requests"), QStringLiteral("-")},
        "client,scheme,port\n10.0.0.1,tcp,81\n10.0.0.1,tcp,82\n10.0.0.1,tcp,84\n10.0.0.1,tcp,99\n");
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(
        lines[1],
        QByteArray("1,10.0.0.1,,,default/"
                   "tcp-coffee,,default_coffee_8081,10.244.165.97:8080,coffee-5b757bf96f-jfrkd,200,,tcp,,81,"
                   "0.0.0.0:81 proxy_pass default_coffee_8081"));
    QVERIFY2(lines[2].startsWith("2,10.0.0.1,,,default/tcp-tea,,default_tea_8082,10.244.167.213:8080,"),
             lines[2].constData());
    QVERIFY2(lines[3].contains(",default_coffee_8081,10.244.165.97:8080,"), lines[3].constData());
    QCOMPARE(lines[4], QByteArray("4,10.0.0.1,,,,,,,,0,,tcp,,99,"));
}

void tst_CliSimulateL4::badColumns()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--experimental"),
                       source("tests/ngf/data/tcp-route/input.yaml"), QStringLiteral("--requests"),
                       QStringLiteral("-")},
                      "client,scheme,port\n10.0.0.1,tcp,\n10.0.0.1,quic,81\n");
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("<stdin>:2:1: a tcp row needs a port (a port column, or host:port)\n"
                            "<stdin>:3:10: scheme \"quic\" is not one of http, https, tls, tcp, udp"));
}

void tst_CliSimulateL4::probeRefusesConnections()
{
    const Run r = run({QStringLiteral("probe"), QStringLiteral("--target"),
                       QStringLiteral("http://127.0.0.1:9"), source("tests/ngf/data/tcp-route/input.yaml"),
                       QStringLiteral("--requests"), QStringLiteral("-")},
                      "client,scheme,port\n10.0.0.1,tcp,81\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(
        r.err.contains(QStringLiteral(
            "<stdin>:2:1: a tcp row is a connection, not an HTTP request: only gwstudio simulate routes it")),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliSimulateL4)
#include "tst_cli_simulatel4.moc"
