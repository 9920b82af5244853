// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox on a real nginx on loopback and the probe against it: every balancing method NGF
// writes, predicted request for request (random ones in distribution), a cookie-jar run, TLS, and
// the failures (a port in use, an unreachable target, an answer without a Pod, a cancel), each
// leaving no process behind (checked by pid).
#include "core/design.h"
#include "probe/accesslog.h"
#include "probe/loopback.h"
#include "probe/probereport.h"
#include "probe/probesession.h"
#define GW_PROBETEST_DESIGN
#include "probetest.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <set>

#include <unistd.h>

using namespace gw;
using namespace gw::probe;

namespace {

/** Reads \a csv. */
std::vector<sim::TraceRequest> parseCsv(const QByteArray &csv)
{
    Diagnostics diagnostics;
    auto requests = sim::RequestsCsv::parse(csv, QStringLiteral("requests.csv"), diagnostics);
    if (hasErrors(diagnostics))
        qWarning() << diagnostics[0].toString();
    return requests;
}

/** Runs \a setup in \a session to its report; \a during sees the runner before the first answer. */
std::shared_ptr<const ProbeReport> runProbe(ProbeSession &session, ProbeSetup setup, QString *error,
                                            const std::function<void(const ProbeRunner &)> &during = {})
{
    QSignalSpy finished(&session, &ProbeSession::finished);
    if (!session.start(std::move(setup), error))
        return nullptr;
    if (during)
        during(*session.runner());
    if (!finished.wait(120000)) {
        *error = QStringLiteral("the probe run did not finish");
        return nullptr;
    }
    return session.report();
}

ProbeSetup sandboxSetup(std::shared_ptr<const Design> design, const QByteArray &csv)
{
    ProbeSetup setup;
    setup.design = std::move(design);
    setup.requests = parseCsv(csv);
    return setup;
}

ProbeSetup urlSetup(std::shared_ptr<const Design> design, const QByteArray &csv, const QString &url)
{
    ProbeSetup setup = sandboxSetup(std::move(design), csv);
    setup.sandbox = false;
    setup.url = url;
    return setup;
}

const RouteSummary *routeSummary(const ProbeReport &report, const QString &route)
{
    for (const RouteSummary &s : report.routes) {
        if (s.route == route)
            return &s;
    }
    return nullptr;
}

QString disagreements(const ProbeReport &report)
{
    QStringList rows;
    for (const ProbeRow &r : report.rows) {
        if (r.agree == Agreement::No || !r.error.isEmpty())
            rows << QStringLiteral("#%1 %2 %3 predicted %4 %5 observed %6 %7 %8 %9")
                        .arg(r.request)
                        .arg(r.source, r.path, r.predictedEndpoint)
                        .arg(r.predictedStatus)
                        .arg(r.observedEndpoint)
                        .arg(r.observedStatus)
                        .arg(r.error, r.why);
    }
    return rows.mid(0, 10).join(u'\n');
}

} // namespace

class tst_Sandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cafe();
    void methods();
    void cookieJar();
    void tls();
    void keepAlive();
    void portInUse();
    void unreachableTarget();
    void answerWithoutPod();
    void cancelMidRun();
};

void tst_Sandbox::initTestCase()
{
    const NginxInstallation nginx = NginxInstallation::find();
    if (!nginx.isValid())
        QFAIL(qPrintable(QStringLiteral("these tests need nginx: ") + nginx.errorString()));
    qInfo() << "nginx" << nginx.version() << "njs" << nginx.njsModule() << "stream" << nginx.hasStream();
}

void tst_Sandbox::cafe()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QString error;
    qint64 pid = 0;
    {
        ProbeSession session;
        // The guide's coffee loop: five requests from one client, ip_hash keeps them on one Pod.
        QByteArray csv = "client,host,path\n";
        for (int i = 0; i < 5; ++i)
            csv += "127.0.0.1,cafe.example.com,/coffee\n";
        csv += "127.0.0.1,cafe.example.com,/nothing\n";
        const auto report = runProbe(session, sandboxSetup(design, csv), &error);
        QVERIFY2(report, qPrintable(error));
        pid = session.sandbox().pid();
        QVERIFY(pid > 0 && !processGone(pid)); // still running after the run: its log stays readable
        // Never as root: as root, nginx runs as nobody.
        QFile status(QStringLiteral("/proc/%1/status").arg(pid));
        QVERIFY(status.open(QIODevice::ReadOnly));
        QByteArray uid;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Uid:"))
                uid = line.simplified();
        }
        QVERIFY2(!uid.isEmpty() && !uid.startsWith("Uid: 0 "), uid.constData());
        QCOMPARE(session.sandbox().user() == u"nobody", ::geteuid() == 0);
        QCOMPARE(report->errors, 0);
        QCOMPARE(report->disagreements, 0);
        const ProbeRow &first = report->rows[0];
        QVERIFY2(first.observedPod.startsWith(QStringLiteral("coffee-")), qPrintable(first.observedPod));
        QVERIFY(first.observedEndpoint.startsWith(QStringLiteral("127.0.1.")));
        QCOMPARE(first.observedPod, session.sandbox().plan().podAt(first.observedEndpoint));
        QCOMPARE(first.agree, Agreement::Yes);
        QCOMPARE(first.upstreamAddr, first.observedEndpoint); // nginx's own $upstream_addr
        for (int i = 1; i < 5; ++i)
            QCOMPARE(report->rows[size_t(i)].observedPod, first.observedPod);
        QCOMPARE(report->rows[5].observedStatus, 404);
        QCOMPARE(report->rows[5].agree, Agreement::Yes);
        // The answer has the demo app's lines.
        const QByteArray body = session.runner()->observations()[0].response.body;
        QVERIFY2(body.contains(QByteArray("Server address: " + first.observedEndpoint.toLatin1() +
                                          "\nServer name: ")) &&
                     body.contains("\nURI: /coffee\n") && body.contains("\nRequest ID: "),
                 body.constData());
        QVERIFY(session.mapping().join(u'\n').contains(QStringLiteral("listener 80 -> 127.0.0.1:")));
        // The logs can be kept.
        QTemporaryDir keep;
        QVERIFY2(session.sandbox().keepLogs(keep.path(), &error), qPrintable(error));
        QFile access(keep.filePath(QStringLiteral("access.log")));
        QVERIFY(access.open(QIODevice::ReadOnly));
        QCOMPARE(access.readAll().count("upstream_addr=\"127.0.1."), 5);
    } // the session's end stops nginx
    QVERIFY(processGone(pid));
}

void tst_Sandbox::methods()
{
    auto design = loadDesign(QStringLiteral(GW_TEST_DATA_DIR "/methods.yaml"));
    // 300 requests from 60 clients: 20 /24 networks of three clients each (ip_hash keys on the
    // /24, hash on the whole address), over every method.
    QStringList clients;
    for (int i = 0; i < 60; ++i)
        clients << QStringLiteral("10.%1.%2.%3").arg(i % 5).arg(i / 3).arg(10 + i);
    const QStringList paths {
        QStringLiteral("/iphash"),    QStringLiteral("/hash"),  QStringLiteral("/chash"),
        QStringLiteral("/leastconn"), QStringLiteral("/split"), QStringLiteral("/random"),
        QStringLiteral("/default"),   QStringLiteral("/beta"),  QStringLiteral("/iphash/x")};
    QByteArray csv = "client,host,path,header:X-Version\n";
    for (int k = 0; k < 300; ++k) {
        const QString path = paths[(k + k / 60) % paths.size()];
        csv += clients[k % 60].toLatin1() + ",app.example.com," + path.toLatin1() + ',' +
            (path == u"/beta" ? "2" : "") + '\n';
    }
    ProbeSession session;
    QString error;
    const auto report = runProbe(session, sandboxSetup(design, csv), &error);
    QVERIFY2(report, qPrintable(error));
    const qint64 pid = session.sandbox().pid();
    QCOMPARE(report->rows.size(), size_t(300));
    QVERIFY2(report->errors == 0 && report->disagreements == 0, qPrintable(disagreements(*report)));
    QCOMPARE(report->exitCode(), 0);
    const RouteSummary *s = routeSummary(*report, QStringLiteral("default/methods"));
    QVERIFY(s);
    QCOMPARE(s->requests, 300);
    // Deterministic methods: every prediction held, request for request.
    int deterministic = 0, random = 0;
    std::set<QString> splitPods;
    for (const ProbeRow &r : report->rows) {
        QVERIFY2(!r.observedPod.isEmpty(), qPrintable(r.path));
        const bool drawn = r.path == u"/random" || r.path == u"/default";
        QVERIFY2(r.agree == (drawn ? Agreement::Random : Agreement::Yes),
                 qPrintable(QStringLiteral("#%1 %2 %3: %4 (%5)")
                                .arg(r.request)
                                .arg(r.path, r.balancing, ProbeReporter::agreementText(r.agree), r.why)));
        (drawn ? random : deterministic) += 1;
        if (r.path == u"/split") {
            QVERIFY(!r.requestId.isEmpty()); // nginx's own draw, from its access log
            splitPods.insert(r.observedPod.section(u'-', 0, 0));
        }
        if (r.path == u"/beta") // the header match ran in njs
            QVERIFY2(r.observedPod.startsWith(QStringLiteral("iphash-")), qPrintable(r.observedPod));
    }
    QVERIFY(deterministic >= 220);
    QCOMPARE(splitPods, (std::set<QString> {QStringLiteral("rra"), QStringLiteral("rrb")}));
    // Random methods: the Pods that answered against the Pods the simulator drew. nginx seeds its
    // generator itself, so this is statistics: at 1e-4 a test fails falsely once in 10,000 runs.
    std::map<QString, std::map<QString, std::pair<int, int>>> counts;
    for (const ProbeRow &r : report->rows) {
        if (r.agree == Agreement::Random) {
            ++counts[r.path][r.predictedPod].first;
            ++counts[r.path][r.observedPod].second;
        }
    }
    QCOMPARE(counts.size(), size_t(2));
    for (const auto &[path, pods] : counts) {
        std::vector<double> a, b;
        for (const auto &[pod, n] : pods) {
            a.push_back(n.first);
            b.push_back(n.second);
        }
        QCOMPARE(pods.size(), size_t(3));
        const ChiSquare test = ChiSquare::homogeneity(a, b);
        QVERIFY2(
            test.pValue > 1e-4,
            qPrintable(
                QStringLiteral("%1: chi-square %2, p %3").arg(path).arg(test.statistic).arg(test.pValue)));
    }
    QVERIFY(s->randomTest.degreesOfFreedom > 0);
    session.stopSandbox();
    QVERIFY(processGone(pid));
}

void tst_Sandbox::cookieJar()
{
    auto design = loadDesign(QStringLiteral(GW_TEST_DATA_DIR "/methods.yaml"));
    // Three clients, four requests each: the first answer sets user=alice, the jar sends it, and
    // `hash $cookie_user` then keeps every later request on one Pod (the first, without a key,
    // went round robin, as nginx does).
    QByteArray csv = "client,host,path\n";
    for (int round = 0; round < 4; ++round) {
        for (const char *client : {"192.0.2.1", "192.0.2.2", "198.51.100.3"})
            csv += QByteArray(client) + ",app.example.com,/cookie\n";
    }
    ProbeSession session;
    QString error;
    ProbeSetup setup = sandboxSetup(design, csv);
    setup.settings.cookieJar = true;
    const auto report = runProbe(session, setup, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY2(report->errors == 0 && report->disagreements == 0, qPrintable(disagreements(*report)));
    const auto &obs = session.runner()->observations();
    std::set<QString> laterPods;
    for (size_t i = 0; i < obs.size(); ++i) {
        QCOMPARE(report->rows[i].observedSetCookie, QByteArray("user=alice"));
        QCOMPARE(report->rows[i].agree, Agreement::Yes);
        if (i < 3) {
            QVERIFY(obs[i].cookie.isEmpty());
        } else {
            QCOMPARE(obs[i].cookie, QByteArray("user=alice"));
            laterPods.insert(report->rows[i].observedPod);
        }
    }
    QCOMPARE(laterPods.size(), size_t(1));
    // Without the jar no cookie is ever sent.
    const auto plain = runProbe(session, sandboxSetup(design, csv), &error);
    QVERIFY2(plain, qPrintable(error));
    for (const ProbeObservation &o : session.runner()->observations())
        QVERIFY(o.cookie.isEmpty());
    QCOMPARE(plain->disagreements, 0);
}

void tst_Sandbox::tls()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/tests/ngf/data/https-basic/input.yaml"));
    ProbeSession session;
    QString error;
    const QByteArray csv =
        "client,host,path\n127.0.0.1,cafe.example.com:443,/coffee\n127.0.0.1,cafe.example.com,/coffee\n";
    const auto report = runProbe(session, sandboxSetup(design, csv), &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY(session.sandbox().plan().isTls(443));
    QVERIFY(session.notes().join(u'\n').contains(QStringLiteral("self-signed certificate")));
    QVERIFY(session.sandbox().certificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY2(report->errors == 0 && report->disagreements == 0, qPrintable(disagreements(*report)));
    for (const ProbeRow &r : report->rows) {
        QCOMPARE(r.observedStatus, 200);
        QCOMPARE(r.observedPod, QStringLiteral("10.12.0.10")); // an EndpointSlice without targetRef
        QCOMPARE(r.observedEndpoint, QStringLiteral("127.0.1.1:8080"));
    }
    // The same listener as a URL target: refused without the certificate, answered with it.
    const QString url = QStringLiteral("https://127.0.0.1:%1").arg(session.sandbox().plan().localPort(443));
    ProbeSession client;
    const QByteArray one = "client,host,path\n127.0.0.1,cafe.example.com,/coffee\n";
    const auto refused = runProbe(client, urlSetup(design, one, url), &error);
    QVERIFY2(refused, qPrintable(error));
    QCOMPARE(refused->errors, 1);
    QVERIFY2(refused->rows[0].error.startsWith(QStringLiteral("TLS: ")), qPrintable(refused->rows[0].error));
    ProbeSetup trusting = urlSetup(design, one, url);
    trusting.settings.target.caCertificates << QSslCertificate::fromData(session.sandbox().certificatePem());
    const auto answered = runProbe(client, trusting, &error);
    QVERIFY2(answered && answered->errors == 0, qPrintable(answered ? disagreements(*answered) : error));
    QCOMPARE(answered->rows[0].observedStatus, 200);
    ProbeSetup insecure = urlSetup(design, one, url);
    insecure.settings.target.insecure = true;
    const auto accepted = runProbe(client, insecure, &error);
    QVERIFY2(accepted && accepted->errors == 0, qPrintable(accepted ? disagreements(*accepted) : error));
}

void tst_Sandbox::keepAlive()
{
    // One connection per client, reused: nginx counts the requests on it, and the predictions hold.
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    ProbeSession session;
    QString error;
    ProbeSetup setup = sandboxSetup(design,
                                    "client,host,path\n10.3.0.1,cafe.example.com,/coffee\n"
                                    "10.3.0.1,cafe.example.com,/coffee\n10.4.0.1,cafe.example.com,/coffee\n"
                                    "10.3.0.1,cafe.example.com,/coffee\n");
    setup.settings.keepAlive = true;
    const auto report = runProbe(session, setup, &error);
    QVERIFY2(report, qPrintable(error));
    QVERIFY2(report->errors == 0 && report->disagreements == 0, qPrintable(disagreements(*report)));
    const auto &obs = session.runner()->observations();
    QCOMPARE(obs[0].connectionRequest, 1);
    QCOMPARE(obs[1].connectionRequest, 2);
    QCOMPARE(obs[2].connectionRequest, 1); // another client, another connection
    QCOMPARE(obs[3].connectionRequest, 3);
    QCOMPARE(obs[3].sourcePort, obs[0].sourcePort);
    for (const ProbeRow &r : report->rows)
        QVERIFY(!r.requestId.isEmpty() &&
                !r.upstreamAddr.isEmpty()); // found in the log by connection and number
}

void tst_Sandbox::portInUse()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QString error;
    auto plan = SandboxPlan::make(design, {}, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    // Something takes the listener's port after planning: the sandbox chooses again and starts.
    QTcpServer thief;
    QVERIFY(thief.listen(QHostAddress(Loopback::gatewayAddress()), plan->localPort(80)));
    Sandbox sandbox;
    QVERIFY2(sandbox.start(*plan, &error), qPrintable(error));
    QVERIFY(sandbox.plan().localPort(80) != thief.serverPort());
    const qint64 first = sandbox.lastPid();
    sandbox.stop();
    QVERIFY(processGone(first));
    // A port the user asked for that is taken by the time nginx starts: an error naming it, no process.
    SandboxOptions options;
    const quint16 port = Loopback::freePort(Loopback::gatewayAddress());
    options.ports.insert(80, port);
    auto asked = SandboxPlan::make(design, {}, options, &error);
    QVERIFY2(asked, qPrintable(error));
    QTcpServer late;
    QVERIFY(late.listen(QHostAddress(Loopback::gatewayAddress()), port));
    QVERIFY(!sandbox.start(*asked, &error));
    QVERIFY2(error.contains(QStringLiteral("Address already in use")), qPrintable(error));
    QVERIFY(!sandbox.isRunning());
    QVERIFY(sandbox.lastPid() != first && processGone(sandbox.lastPid()));
}

void tst_Sandbox::unreachableTarget()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    // A port nothing listens on: every request gets an error row, and the run exits 2.
    const quint16 port = Loopback::freePort(Loopback::gatewayAddress());
    ProbeSession session;
    QString error;
    const auto report = runProbe(
        session,
        urlSetup(design,
                 "client,host,path\n10.0.0.1,cafe.example.com,/coffee\n10.0.0.2,cafe.example.com,/tea\n"
                 "10.0.0.3,cafe.example.com,/latte\n",
                 QStringLiteral("http://127.0.0.1:%1").arg(port)),
        &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->rows.size(), size_t(3));
    QCOMPARE(report->errors, 3);
    QCOMPARE(report->exitCode(), 2);
    for (const ProbeRow &r : report->rows) {
        QCOMPARE(r.observedStatus, 0);
        QCOMPARE(r.agree, Agreement::NotApplicable);
        QVERIFY2(r.error.contains(QStringLiteral("refused")), qPrintable(r.error));
        QCOMPARE(r.predictedStatus, 200); // the prediction stands beside it
    }
    QVERIFY(ProbeReporter::csv(*report).contains(",0,,n/a,Connection refused"));
}

void tst_Sandbox::answerWithoutPod()
{
    // A gateway that answers, but not as the demo apps do.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress(Loopback::gatewayAddress()), 0));
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                if (!s->readAll().contains("\r\n\r\n"))
                    return;
                s->write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\nConnection: close\r\n\r\nhello\n");
                s->disconnectFromHost();
            });
            QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    ProbeSession session;
    QString error;
    ProbeSetup setup = urlSetup(
        design, "client,host,path\n10.0.0.1,cafe.example.com,/coffee\n10.0.0.1,cafe.example.com,/coffee\n",
        QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    setup.settings.keepAlive = true;
    const auto report = runProbe(session, setup, &error);
    QVERIFY2(report, qPrintable(error));
    QCOMPARE(report->errors, 0);
    for (const ProbeRow &r : report->rows) {
        QCOMPARE(r.observedStatus, 200);
        QCOMPARE(r.agree, Agreement::NotApplicable);
        QCOMPARE(r.why, QStringLiteral("no Pod identified in the answer"));
        QCOMPARE(r.source, QStringLiteral("127.1.0.1")); // bound to the mapped client address
    }
    QCOMPARE(report->exitCode(), 0);
}

void tst_Sandbox::cancelMidRun()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QByteArray csv = "client,host,path\n";
    for (int i = 0; i < 500; ++i)
        csv += "10.1.0." + QByteArray::number(i % 200 + 1) + ",cafe.example.com,/latte\n";
    ProbeSession session;
    QString error;
    const auto report =
        runProbe(session, sandboxSetup(design, csv), &error, [&session](const ProbeRunner &runner) {
            QObject::connect(&runner, &ProbeRunner::requestFinished, &session, [&session](int index) {
                if (index == 19)
                    session.cancel();
            });
        });
    QVERIFY2(report, qPrintable(error));
    const qint64 pid = session.sandbox().pid();
    QVERIFY(report->cancelled);
    QCOMPARE(report->exitCode(), 2);
    int answered = 0, unsent = 0;
    for (const ProbeRow &r : report->rows) {
        if (r.observedStatus == 200)
            ++answered;
        if (r.error == u"cancelled before it was sent")
            ++unsent;
    }
    QCOMPARE(answered, 20);
    QCOMPARE(unsent, 480);
    session.stopSandbox();
    QVERIFY(processGone(pid));
}

QTEST_GUILESS_MAIN(tst_Sandbox)
#include "tst_sandbox.moc"
