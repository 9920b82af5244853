// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/**
 * `gwstudio simulate --engine ingress-nginx` as a separate process: the design's Ingresses through
 * ingress-nginx's locations and Lua balancers, in trace and scenario mode, what it does not simulate
 * on stderr, and its usage errors.
 */
class tst_CliIngressNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void traceCsv();
    void traceJsonExplains();
    void notSimulatedOnStderr();
    void scenarioText();
    void scenarioJsonSameSeedSameBytes();
    void usageErrors_data();
    void usageErrors();
    void noIngress();

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
    QStringList trace(const QStringList &more = {}) const
    {
        return QStringList {QStringLiteral("simulate"),      QStringLiteral("--engine"),
                            QStringLiteral("ingress-nginx"), source("resources/examples/shop-ingress.yaml"),
                            QStringLiteral("--requests"),    m_requests} +
            more;
    }
    static QStringList scenario(const QStringList &more = {})
    {
        return QStringList {
                   QStringLiteral("simulate"),      QStringLiteral("--engine"),
                   QStringLiteral("ingress-nginx"), source("resources/examples/shop-ingress.yaml"),
                   QStringLiteral("--scenario"),    source("resources/examples/shop-ingress.scenario.yaml")} +
            more;
    }

    QTemporaryDir m_dir;
    QString m_requests;
};

tst_CliIngressNginx::Run tst_CliIngressNginx::run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_CliIngressNginx::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_requests = m_dir.filePath(QStringLiteral("requests.csv"));
    QFile f(m_requests);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("client,host,path,method\n"
            "10.0.0.1,shop.example.com,/cart,GET\n"
            "10.0.0.1,shop.example.com,/cart,GET\n"
            "10.0.0.2,shop.example.com,/api/orders,GET\n"
            "10.0.0.2,shop.example.com,/api/orders,GET\n"
            "10.0.0.3,other.example.com,/,GET\n");
}

void tst_CliIngressNginx::traceCsv()
{
    const Run r = run(trace({QStringLiteral("--cookie-jar")}));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 6);
    QCOMPARE(lines[0],
             QByteArray("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie"));
    const QList<QByteArray> first = lines[1].split(',');
    QCOMPARE(first[4], QByteArray("default/shop"));
    QCOMPARE(first[6], QByteArray("default-shop-80"));
    QCOMPARE(first[9], QByteArray("200"));
    QVERIFY(first[10].startsWith("shop_route="));
    // The cookie jar sends the cookie back: the same Pod, no new cookie.
    const QList<QByteArray> second = lines[2].split(',');
    QCOMPARE(second[8], first[8]);
    QCOMPARE(second[10], QByteArray());
    // chash on $remote_addr: the same address, the same Pod.
    QCOMPARE(lines[3].split(',')[6], QByteArray("default-api-80"));
    QCOMPARE(lines[4].split(',')[8], lines[3].split(',')[8]);
    // No server for the host: ingress-nginx's default backend.
    QCOMPARE(lines[5].split(',')[6], QByteArray("upstream-default-backend"));
    QCOMPARE(lines[5].split(',')[9], QByteArray("404"));
}

void tst_CliIngressNginx::traceJsonExplains()
{
    const Run r = run(trace({QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(r.code, 0);
    const QJsonArray records = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(records.size(), 5);
    const QJsonObject first = records[0].toObject();
    QCOMPARE(first[u"balancing"].toString(), QStringLiteral("sticky_balanced"));
    QCOMPARE(first[u"route_kind"].toString(), QStringLiteral("Ingress"));
    const QJsonArray why = first[u"balancer_trace"].toArray();
    QVERIFY(!why.isEmpty());
    QVERIFY(why[0].toString().contains(u"nginx worker"));
    QCOMPARE(records[2].toObject()[u"balancing"].toString(), QStringLiteral("chash"));
}

void tst_CliIngressNginx::notSimulatedOnStderr()
{
    // tests/sim/data/ingress-shop.yaml has a canary Ingress with limit-rps, which the engine leaves out.
    QByteArray design;
    {
        QFile f(QStringLiteral(GW_SOURCE_DIR "/tests/sim/data/ingress-shop.yaml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        design = f.readAll().replace("affinity-mode: MODE", "affinity-mode: persistent");
    }
    const QString path = m_dir.filePath(QStringLiteral("ingress-shop.yaml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(design);
    out.close();
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--engine"),
                       QStringLiteral("ingress-nginx"), path, QStringLiteral("--requests"), m_requests});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(u"Ingress default/tea-canary") &&
                 r.err.contains(u"nginx.ingress.kubernetes.io/limit-rps") && r.err.contains(u"rate limits"),
             qPrintable(r.err));
}

void tst_CliIngressNginx::scenarioText()
{
    const Run r = run(scenario());
    QCOMPARE(r.code, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(u"ingress-nginx v1.15.1, 2 nginx worker"), qPrintable(text));
    QVERIFY(
        text.contains(u"default/shop rule 0 -> default-shop-80 [sticky_balanced, sticky cookie shop_route]"));
    QVERIFY(text.contains(u"default/api rule 0 -> default-api-80 [chash]"));
    QVERIFY(text.contains(u"scale shop to 5"));
    // --workers overrides the ConfigMap's worker-processes.
    const Run one = run(scenario({QStringLiteral("--workers"), QStringLiteral("1")}));
    QCOMPARE(one.code, 0);
    QVERIFY(QString::fromUtf8(one.out).contains(u"ingress-nginx v1.15.1, 1 nginx worker"));
}

void tst_CliIngressNginx::scenarioJsonSameSeedSameBytes()
{
    const Run a = run(scenario(
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"), QStringLiteral("9")}));
    const Run b = run(scenario(
        {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"), QStringLiteral("9")}));
    QCOMPARE(a.code, 0);
    QVERIFY(!QJsonDocument::fromJson(a.out).isNull());
    QCOMPARE(a.out, b.out);
    const Run c = run(scenario({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                                QStringLiteral("10")}));
    QVERIFY(a.out != c.out);
}

void tst_CliIngressNginx::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString design = source("resources/examples/shop-ingress.yaml");
    const QString sc = source("resources/examples/shop-ingress.scenario.yaml");
    QTest::newRow("unknown engine") << QStringList {QStringLiteral("simulate"),   QStringLiteral("--engine"),
                                                    QStringLiteral("traefik"),    design,
                                                    QStringLiteral("--scenario"), sc}
                                    << QStringLiteral("--engine is ngf or ingress-nginx");
    QTest::newRow("workers 0") << QStringList {QStringLiteral("simulate"),
                                               QStringLiteral("--engine"),
                                               QStringLiteral("ingress-nginx"),
                                               QStringLiteral("--workers"),
                                               QStringLiteral("0"),
                                               design,
                                               QStringLiteral("--scenario"),
                                               sc}
                               << QStringLiteral("--workers expects 1 to 64");
    QTest::newRow("workers without engine")
        << QStringList {QStringLiteral("simulate"),   QStringLiteral("--workers"),
                        QStringLiteral("2"),          design,
                        QStringLiteral("--scenario"), sc}
        << QStringLiteral("goes with --engine ingress-nginx");
    QTest::newRow("compare") << QStringList {QStringLiteral("simulate"),
                                             QStringLiteral("--engine"),
                                             QStringLiteral("ingress-nginx"),
                                             QStringLiteral("--compare"),
                                             design,
                                             QStringLiteral("--scenario"),
                                             sc}
                             << QStringLiteral("does not go with --engine ingress-nginx");
}

void tst_CliIngressNginx::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_CliIngressNginx::noIngress()
{
    // The NGF example has no Ingress: said, exit 2.
    const Run r =
        run({QStringLiteral("simulate"), QStringLiteral("--engine"), QStringLiteral("ingress-nginx"),
             source("resources/examples/cafe.yaml"), QStringLiteral("--requests"), m_requests});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"no Ingress"), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliIngressNginx)
#include "tst_cli_ingressnginx.moc"
