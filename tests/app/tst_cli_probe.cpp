// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../probe/probetest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

/**
 * `gwstudio sandbox` and `gwstudio probe` as separate processes: the sandbox's mapping, access log,
 * Ctrl-C and death (no nginx left behind, checked by pid), no nginx binary, the probe's CSV and
 * JSON with its exit codes, and usage errors.
 */
class tst_CliProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sandboxUntilInterrupted();
    void sandboxDiesWithGwstudio();
    void noNginx();
    void probeSandbox();
    void probeJsonAndExitCodes();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    static Run run(const QStringList &args);
    static QString source(const char *path)
    {
        return QStringLiteral(GW_SOURCE_DIR "/") + QLatin1String(path);
    }
    /** Starts `gwstudio sandbox` and reads its pid line and the listener's port. */
    static bool startSandbox(QProcess &p, const QStringList &more, qint64 &nginxPid, int &port);
};

namespace {

bool waitGone(qint64 pid, int timeoutMs = 10000)
{
    for (int waited = 0; waited < timeoutMs; waited += 50) {
        if (processGone(pid))
            return true;
        QTest::qWait(50);
    }
    return processGone(pid);
}

} // namespace

tst_CliProbe::Run tst_CliProbe::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

bool tst_CliProbe::startSandbox(QProcess &p, const QStringList &more, qint64 &nginxPid, int &port)
{
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"),
            QStringList {QStringLiteral("sandbox"), source("resources/examples/cafe.yaml")} + more);
    QByteArray out;
    for (int waited = 0; waited < 30000 && !out.contains("Access log:"); waited += 50) {
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
        if (p.state() == QProcess::NotRunning)
            break;
    }
    const auto pid = QRegularExpression(QStringLiteral("\\(pid (\\d+), user ")).match(QString::fromUtf8(out));
    const auto listener = QRegularExpression(QStringLiteral("listener 80 -> 127\\.0\\.0\\.1:(\\d+)"))
                              .match(QString::fromUtf8(out));
    if (!pid.hasMatch() || !listener.hasMatch()) {
        qWarning() << out << p.readAllStandardError();
        return false;
    }
    nginxPid = pid.captured(1).toLongLong();
    port = listener.captured(1).toInt();
    return true;
}

void tst_CliProbe::sandboxUntilInterrupted()
{
    QProcess p;
    qint64 nginx = 0;
    int port = 0;
    QVERIFY(startSandbox(p, {}, nginx, port));
    QVERIFY(!processGone(nginx));
    // A request through it shows up in the followed access log.
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-s"), QStringLiteral("-H"), QStringLiteral("Host: cafe.example.com"),
                QStringLiteral("http://127.0.0.1:%1/coffee").arg(port)});
    QVERIFY(curl.waitForFinished(10000));
    const QByteArray body = curl.readAllStandardOutput();
    QVERIFY2(body.contains("Server name: coffee-"), body.constData());
    QByteArray out;
    for (int waited = 0; waited < 5000 && !out.contains("request=\"GET /coffee HTTP/1.1\""); waited += 100) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.contains("upstream_addr=\"127.0.1."), out.constData());
    ::kill(pid_t(p.processId()), SIGINT); // Ctrl-C
    QVERIFY(p.waitForFinished(15000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(
        p.readAllStandardOutput().contains(QStringLiteral("Stopped nginx (pid %1).").arg(nginx).toUtf8()));
    QVERIFY(waitGone(nginx));
}

void tst_CliProbe::sandboxDiesWithGwstudio()
{
    QProcess p;
    qint64 nginx = 0;
    int port = 0;
    QTemporaryDir keep;
    QVERIFY(startSandbox(p, {QStringLiteral("--duration"), QStringLiteral("60")}, nginx, port));
    p.kill(); // SIGKILL: gwstudio cannot stop nginx; the kernel's parent-death signal does
    QVERIFY(p.waitForFinished(10000));
    QVERIFY2(waitGone(nginx), "nginx outlived gwstudio");
    // --duration and --keep-logs: stops by itself and keeps the logs.
    QProcess timed;
    QVERIFY(startSandbox(
        timed,
        {QStringLiteral("--duration"), QStringLiteral("0.5"), QStringLiteral("--keep-logs"), keep.path()},
        nginx, port));
    QVERIFY(timed.waitForFinished(15000));
    QCOMPARE(timed.exitCode(), 0);
    QVERIFY(waitGone(nginx));
    QVERIFY(QFile::exists(keep.filePath(QStringLiteral("error.log"))));
    QVERIFY(QFile::exists(keep.filePath(QStringLiteral("http.conf"))));
}

void tst_CliProbe::noNginx()
{
    const Run r = run({QStringLiteral("sandbox"), source("resources/examples/cafe.yaml"),
                       QStringLiteral("--nginx"), QStringLiteral("/nonexistent/nginx")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err, QStringLiteral("gwstudio sandbox: /nonexistent/nginx is not an executable nginx\n"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"),
            {QStringLiteral("probe"), QStringLiteral("--sandbox"), source("resources/examples/cafe.yaml"),
             QStringLiteral("--requests"), source("tests/app/data/cafe-requests.csv")});
    QVERIFY(p.waitForFinished(60000));
    if (!QFile::exists(QStringLiteral("/usr/sbin/nginx"))) {
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("apt install nginx-light"));
    } else {
        QCOMPARE(p.exitCode(), 0); // /usr/sbin/nginx is the fallback when PATH has none
    }
}

void tst_CliProbe::probeSandbox()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("requests.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("client,host,path\n");
    for (int i = 0; i < 5; ++i)
        f.write("127.0.0.1,cafe.example.com,/coffee\n");
    for (int i = 0; i < 4; ++i)
        f.write("10.0." + QByteArray::number(i) + ".7,cafe.example.com,/latte\n");
    f.close();
    const Run r = run({QStringLiteral("probe"), QStringLiteral("--sandbox"),
                       source("resources/examples/cafe.yaml"), QStringLiteral("--requests"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 10);
    QCOMPARE(lines[0],
             QByteArray("request,client,host,path,route,rule,upstream,predicted_endpoint,predicted_pod,"
                        "predicted_status,observed_endpoint,observed_pod,observed_status,"
                        "observed_set_cookie,agree,error"));
    QVERIFY2(lines[1].startsWith(
                 "1,127.0.0.1,cafe.example.com,/coffee,default/coffee,0,default_coffee_80,127.0.1.") &&
                 lines[1].endsWith(",200,,yes,"),
             lines[1].constData());
    QVERIFY2(lines[6].endsWith(",200,,random,"), lines[6].constData());
    // The mappings and the summary on standard error.
    QVERIFY2(r.err.contains(QStringLiteral("client 10.0.0.7 -> 127.1.0.7")), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("listener 80 -> 127.0.0.1:")));
    QVERIFY2(r.err.contains(QStringLiteral(
                 "route default/coffee\n  requests: 5; deterministic predictions held: 5 of 5\n")),
             qPrintable(r.err));
    const auto pid = QRegularExpression(QStringLiteral("\\(pid (\\d+), user ")).match(r.err);
    QVERIFY(pid.hasMatch());
    QVERIFY(processGone(pid.captured(1).toLongLong()));
}

void tst_CliProbe::probeJsonAndExitCodes()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("requests.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("client,host,path\n127.0.0.1,cafe.example.com,/coffee\n127.0.0.1,cafe.example.com,/tea\n");
    f.close();
    const QString out = dir.filePath(QStringLiteral("out.json"));
    const Run r =
        run({QStringLiteral("probe"), QStringLiteral("--sandbox"), source("resources/examples/cafe.yaml"),
             QStringLiteral("--requests"), csv, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("-o"), out, QStringLiteral("--ngf-version"), QStringLiteral("edge"),
             QStringLiteral("--plus"), QStringLiteral("--experimental")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(
                 QStringLiteral("note: upstream default_tea_80_tea_default_0: the sticky cookie cookie-tea "
                                "needs NGINX Plus")),
             qPrintable(r.err));
    QFile json(out);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toObject().value(QStringLiteral("agree")).toString(), QStringLiteral("yes"));
    QCOMPARE(rows[0].toObject().value(QStringLiteral("upstreamAddr")).toString(),
             rows[0].toObject().value(QStringLiteral("observedEndpoint")).toString());
    QCOMPARE(rows[1].toObject().value(QStringLiteral("agree")).toString(), QStringLiteral("random"));
    QCOMPARE(o.value(QStringLiteral("exitCode")).toInt(), 0);
    // An unreachable target: one error row per request, exit 2.
    const Run down =
        run({QStringLiteral("probe"), QStringLiteral("--target"), QStringLiteral("http://127.0.0.1:9"),
             source("resources/examples/cafe.yaml"), QStringLiteral("--requests"), csv,
             QStringLiteral("--timeout-ms"), QStringLiteral("2000")});
    QCOMPARE(down.code, 2);
    const QList<QByteArray> lines = down.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].endsWith(",0,,n/a,Connection refused"), lines[1].constData());
}

void tst_CliProbe::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString cafe = source("resources/examples/cafe.yaml");
    const QString csv = source("tests/app/data/cafe-requests.csv");
    QTest::newRow("no target") << QStringList {QStringLiteral("probe"), cafe, QStringLiteral("--requests"),
                                               csv}
                               << QStringLiteral("give either --sandbox or --target URL");
    QTest::newRow("both targets") << QStringList {QStringLiteral("probe"),
                                                  cafe,
                                                  QStringLiteral("--sandbox"),
                                                  QStringLiteral("--target"),
                                                  QStringLiteral("http://127.0.0.1"),
                                                  QStringLiteral("--requests"),
                                                  csv}
                                  << QStringLiteral("give either --sandbox or --target URL");
    QTest::newRow("no requests") << QStringList {QStringLiteral("probe"), cafe, QStringLiteral("--sandbox")}
                                 << QStringLiteral("--requests REQUESTS.csv");
    QTest::newRow("bad url") << QStringList {QStringLiteral("probe"),      cafe,
                                             QStringLiteral("--target"),   QStringLiteral("ftp://x"),
                                             QStringLiteral("--requests"), csv}
                             << QStringLiteral("http://HOST[:PORT]");
    QTest::newRow("pod-from")
        << QStringList {QStringLiteral("probe"),      cafe, QStringLiteral("--sandbox"),
                        QStringLiteral("--requests"), csv,  QStringLiteral("--pod-from"),
                        QStringLiteral("cookie")}
        << QStringLiteral("body, header:NAME or regex:RX");
    QTest::newRow("concurrency")
        << QStringList {QStringLiteral("probe"),      cafe, QStringLiteral("--sandbox"),
                        QStringLiteral("--requests"), csv,  QStringLiteral("--concurrency"),
                        QStringLiteral("0")}
        << QStringLiteral("--concurrency expects a number from 1 to 1000");
    QTest::newRow("port") << QStringList {QStringLiteral("sandbox"), cafe, QStringLiteral("--port"),
                                          QStringLiteral("80:8080")}
                          << QStringLiteral("--port expects LISTENER=LOCAL");
    QTest::newRow("sandbox options without sandbox")
        << QStringList {QStringLiteral("probe"),      cafe,
                        QStringLiteral("--target"),   QStringLiteral("http://127.0.0.1:9"),
                        QStringLiteral("--requests"), csv,
                        QStringLiteral("--port"),     QStringLiteral("80=8080")}
        << QStringLiteral("belong to --sandbox");
    QTest::newRow("too many")
        << QStringList {QStringLiteral("probe"),      cafe, QStringLiteral("--sandbox"),
                        QStringLiteral("--requests"), csv,  QStringLiteral("--max-requests"),
                        QStringLiteral("1")}
        << QStringLiteral("raise --max-requests");
}

void tst_CliProbe::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliProbe)
#include "tst_cli_probe.moc"
