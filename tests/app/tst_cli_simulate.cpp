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
 * `gwstudio simulate` as the command-line contract describes it, run as a separate process: trace
 * mode with the requests CSV, scenario mode with its formats, seeds and errors.
 */
class tst_CliSimulate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void traceCsv();
    void traceJsonExplains();
    void badRequestsCsv();
    void usageErrors_data();
    void usageErrors();
    void walkthroughTranscript();
    void scenarioFormats();
    void seedMakesOutputReproducible();
    void badScenario();
    void outputFile();
    void compareMethods();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    static QString source(const char *path)
    {
        return QStringLiteral(GW_SOURCE_DIR "/") + QLatin1String(path);
    }
    static QStringList walkthrough(const QStringList &more = {})
    {
        return QStringList {QStringLiteral("simulate"), source("resources/examples/cafe.yaml"),
                            QStringLiteral("--scenario"),
                            source("resources/examples/cafe-walkthrough.scenario.yaml")} +
            more;
    }
    static QStringList atScale(const QStringList &more = {})
    {
        return QStringList {QStringLiteral("simulate"), source("resources/examples/cafe.yaml"),
                            QStringLiteral("--scenario"),
                            source("resources/examples/cafe-at-scale.scenario.yaml")} +
            more;
    }
};

tst_CliSimulate::Run tst_CliSimulate::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

void tst_CliSimulate::traceCsv()
{
    const Run r = run({QStringLiteral("simulate"), QStringLiteral("--ngf-version"), QStringLiteral("edge"),
                       QStringLiteral("--plus"), QStringLiteral("--experimental"),
                       source("resources/examples/cafe.yaml"), QStringLiteral("--requests"),
                       source("tests/app/data/cafe-requests.csv"), QStringLiteral("--cookie-jar")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 10); // header, 8 rows, final newline
    QCOMPARE(lines[0],
             QByteArray("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie"));
    QVERIFY(lines[1].startsWith(
        "1,127.0.0.1,cafe.example.com,/coffee,default/coffee,0,default_coffee_80,10.244."));
    QVERIFY(lines[1].endsWith(",200,"));
    // The first tea response sets the cookie; the jar sends it back, so all three reach one Pod.
    const QByteArray teaEndpoint = lines[3].split(',')[7];
    QVERIFY(lines[3].contains(",200,\"cookie-tea="));
    QVERIFY(lines[3].contains("; expires=Fri, 02-Jan-26 00:00:00 GMT; max-age=86400; path=/tea\""));
    QCOMPARE(lines[4].split(',')[7], teaEndpoint);
    QCOMPARE(lines[5].split(',')[7], teaEndpoint);
    QCOMPARE(lines[7], QByteArray("7,10.0.0.7,cafe.example.com,/tea/x,,,,,,404,"));
    QCOMPARE(lines[8], QByteArray("8,10.0.0.7,tea.example.com,/tea,,,,,,404,"));
}

void tst_CliSimulate::traceJsonExplains()
{
    const Run r =
        run({QStringLiteral("simulate"), source("resources/examples/cafe.yaml"), QStringLiteral("--requests"),
             source("tests/app/data/cafe-requests.csv"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(a.size(), 8);
    const QJsonObject first = a[0].toObject();
    QCOMPARE(first[QStringLiteral("balancing")].toString(), QStringLiteral("ip_hash"));
    QVERIFY(first[QStringLiteral("balancer_trace")].toArray().first().toString().startsWith(
        QStringLiteral("ip_hash key")));
    QVERIFY(!first[QStringLiteral("route_trace")].toArray().isEmpty());
    QCOMPARE(first[QStringLiteral("location")].toString(), QStringLiteral("= /coffee"));
}

void tst_CliSimulate::badRequestsCsv()
{
    const Run r =
        run({QStringLiteral("simulate"), source("resources/examples/cafe.yaml"), QStringLiteral("--requests"),
             QStringLiteral("-")},
            "client,host,path\n10.0.0.1,cafe.example.com,/coffee\nlocalhost,cafe.example.com,/tea\n");
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(),
             QStringLiteral("<stdin>:3:1: client \"localhost\" is not an IPv4 or IPv6 address"));
    QVERIFY(r.out.isEmpty());
}

void tst_CliSimulate::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString cafe = source("resources/examples/cafe.yaml");
    const QString scenario = source("resources/examples/cafe-walkthrough.scenario.yaml");
    QTest::newRow("no mode")
        << QStringList {QStringLiteral("simulate"), cafe}
        << "gwstudio simulate: give either --requests REQUESTS.csv (trace mode) or --scenario SCENARIO.yaml";
    QTest::newRow("both modes")
        << QStringList {QStringLiteral("simulate"),   cafe,
                        QStringLiteral("--requests"), QStringLiteral("x.csv"),
                        QStringLiteral("--scenario"), scenario}
        << "gwstudio simulate: give either --requests REQUESTS.csv (trace mode) or --scenario SCENARIO.yaml";
    QTest::newRow("bad seed") << QStringList {QStringLiteral("simulate"),   cafe,
                                              QStringLiteral("--scenario"), scenario,
                                              QStringLiteral("--seed"),     QStringLiteral("x")}
                              << "gwstudio simulate: --seed expects a whole number, got \"x\"";
    QTest::newRow("bad format")
        << QStringList {QStringLiteral("simulate"),   cafe,
                        QStringLiteral("--scenario"), scenario,
                        QStringLiteral("--format"),   QStringLiteral("xml")}
        << "gwstudio simulate: scenario mode writes text, csv, json, transcript, requests, not \"xml\"";
    QTest::newRow("trace format") << QStringList {QStringLiteral("simulate"),
                                                  cafe,
                                                  QStringLiteral("--requests"),
                                                  source("tests/app/data/cafe-requests.csv"),
                                                  QStringLiteral("--format"),
                                                  QStringLiteral("text")}
                                  << "gwstudio simulate: trace mode writes csv or json, not \"text\"";
    QTest::newRow("missing csv")
        << QStringList {QStringLiteral("simulate"), cafe, QStringLiteral("--requests"),
                        QStringLiteral("/nonexistent.csv")}
        << "gwstudio simulate: cannot read /nonexistent.csv: No such file or directory";
    QTest::newRow("compare format")
        << QStringList {QStringLiteral("simulate"),   cafe,
                        QStringLiteral("--scenario"), scenario,
                        QStringLiteral("--compare"),  QStringLiteral("--format"),
                        QStringLiteral("transcript")}
        << "gwstudio simulate: --compare writes text, csv or json, not \"transcript\"";
    QTest::newRow("hash key without compare")
        << QStringList {QStringLiteral("simulate"),   cafe,
                        QStringLiteral("--scenario"), scenario,
                        QStringLiteral("--hash-key"), QStringLiteral("$arg_x")}
        << "gwstudio simulate: --hash-key goes with --compare";
    QTest::newRow("compare in trace mode")
        << QStringList {QStringLiteral("simulate"), cafe, QStringLiteral("--requests"),
                        source("tests/app/data/cafe-requests.csv"), QStringLiteral("--compare")}
        << "gwstudio simulate: --compare belongs to scenario mode";
    QTest::newRow("no gateway") << QStringList {QStringLiteral("simulate"),
                                                source("tests/app/data/cafe-requests.csv"),
                                                QStringLiteral("--scenario"), scenario}
                                << "";
}

void tst_CliSimulate::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.code, 2);
    if (!message.isEmpty())
        QCOMPARE(r.err.trimmed(), message);
    else
        QVERIFY(!r.err.isEmpty());
}

void tst_CliSimulate::walkthroughTranscript()
{
    const Run r = run(walkthrough({QStringLiteral("--format"), QStringLiteral("transcript")}));
    QCOMPARE(r.code, 0);
    QFile golden(source("tests/sim/data/walkthrough-transcript.txt"));
    QVERIFY(golden.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(r.out), QString::fromUtf8(golden.readAll()));
    // The guide's v2.6.7 profile adds `keepalive 16;`, which does not change balancing.
    const Run release = run(walkthrough({QStringLiteral("--format"), QStringLiteral("transcript"),
                                         QStringLiteral("--ngf-version"), QStringLiteral("2.6.7")}));
    QCOMPARE(release.code, 0);
    QCOMPARE(release.out, r.out);
}

void tst_CliSimulate::scenarioFormats()
{
    const Run text = run(walkthrough());
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.startsWith(
        "Scenario cafe-walkthrough: NGF edge, NGINX Plus, experimental features; seed 9\n"));
    QVERIFY(text.out.contains("  default/tea rule 0 -> default_tea_80_tea_default_0 [random two least_conn, "
                              "sticky cookie cookie-tea]\n"));
    const Run csv = run(walkthrough({QStringLiteral("--format"), QStringLiteral("csv")}));
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("table,route,upstream,pod,event,time_ms,metric,value\n"));
    QVERIFY(csv.out.contains("\nroute,default/tea rule 0,default_tea_80_tea_default_0,,,,stickiness,1\n"));
    QVERIFY(csv.out.contains(
        "\npod_load,default/coffee rule 0,default_coffee_80,coffee-5b9c74f9d9-7gfwn,,,requests,5\n"));
    const Run json = run(walkthrough({QStringLiteral("--format"), QStringLiteral("json")}));
    QCOMPARE(json.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o[QStringLiteral("requests")].toInt(), 16);
    QCOMPARE(o[QStringLiteral("records")].toArray().size(), 16);
    QCOMPARE(o[QStringLiteral("pods")].toArray().size(), 6);
    const Run requests = run(atScale({QStringLiteral("--format"), QStringLiteral("requests")}));
    QCOMPARE(requests.code, 0);
    QCOMPARE(requests.out.count('\n'), 40001);
    QVERIFY(requests.out.startsWith(
        "request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie\n1,198.51."));
    // A design that can limit gets the limit_req columns even though the rows stream out during the
    // run; the compared methods each say how many requests the limits rejected.
    const QStringList limited {QStringLiteral("simulate"), source("tests/ngf/data/rlp-example/input.yaml"),
                               QStringLiteral("--scenario"),
                               source("tests/app/data/rate-limit.scenario.yaml")};
    const Run rows = run(limited + QStringList {QStringLiteral("--format"), QStringLiteral("requests")});
    QCOMPARE(rows.code, 0);
    QVERIFY2(
        rows.out.startsWith("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie,"
                            "limit_req,delay_ms\n"),
        rows.out.constData());
    QCOMPARE(rows.out.count('\n'), 11);
    QCOMPARE(rows.out.count(",503,,REJECTED,0\n"), 6);
    QVERIFY(rows.out.contains(",DELAYED,"));
    const Run compared = run(limited + QStringList {QStringLiteral("--compare")});
    QCOMPARE(compared.code, 0);
    QVERIFY2(compared.out.contains("Rate limits (limit_req) rejected 6 of 10 requests (60.0%), most of them "
                                   "for default/coffee"),
             compared.out.constData());
}

void tst_CliSimulate::seedMakesOutputReproducible()
{
    const Run a = run(atScale({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                               QStringLiteral("11")}));
    const Run b = run(atScale({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                               QStringLiteral("11")}));
    const Run c = run(atScale({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--seed"),
                               QStringLiteral("12")}));
    QCOMPARE(a.code, 0);
    QVERIFY(a.out.size() > 100000);
    QCOMPARE(a.out, b.out);
    QVERIFY(a.out != c.out);
    const Run ta =
        run({QStringLiteral("simulate"), source("resources/examples/cafe.yaml"), QStringLiteral("--requests"),
             source("tests/app/data/cafe-requests.csv"), QStringLiteral("--seed"), QStringLiteral("4")});
    const Run tb =
        run({QStringLiteral("simulate"), source("resources/examples/cafe.yaml"), QStringLiteral("--requests"),
             source("tests/app/data/cafe-requests.csv"), QStringLiteral("--seed"), QStringLiteral("4")});
    QCOMPARE(ta.out, tb.out);
}

void tst_CliSimulate::badScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.scenario.yaml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata:\n  name: bad\nspec:\n  "
            "populations:\n"
            "  - name: p\n    clients: -3\n    routes:\n    - {host: h, path: /}\n");
    f.close();
    const Run r = run({QStringLiteral("simulate"), source("resources/examples/cafe.yaml"),
                       QStringLiteral("--scenario"), path});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.trimmed(),
             path +
                 QStringLiteral(":8:14: SimulationScenario bad: spec.populations[0].clients: -3 is out of "
                                "range (1 to 10000000)"));
}

void tst_CliSimulate::outputFile()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.txt"));
    const Run r = run(
        walkthrough({QStringLiteral("--format"), QStringLiteral("transcript"), QStringLiteral("-o"), out}));
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("# for i in $(seq 5)"));
}

void tst_CliSimulate::compareMethods()
{
    const Run text = run(atScale({QStringLiteral("--compare")}));
    QCOMPARE(text.code, 0);
    QVERIFY2(text.err.isEmpty(), qPrintable(text.err));
    QVERIFY(text.out.startsWith("Scenario cafe-at-scale: the same clients and events under each method\n"));
    for (const char *label :
         {"\nip_hash\n-------\nip_hash keeps clients on their Pod ",
          "\nhash $remote_addr consistent\n----------------------------\n1,000 clients behind 10 NAT "
          "addresses put ",
          "\nsticky cookie (Plus)\n", "\nrandom two least_conn (default)\n", "\nround robin\n"})
        QVERIFY2(text.out.contains(label), label);
    QVERIFY(text.out.contains("Clients moved by events: 0% at 90 s, 100% at 180 s.\n"));

    const Run csv =
        run(atScale({QStringLiteral("--compare"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--hash-key"), QStringLiteral("$http_x_user")}));
    QCOMPARE(csv.code, 0);
    QVERIFY(csv.out.startsWith("method,table,route,upstream,pod,event,time_ms,metric,value\n"));
    QVERIFY(csv.out.contains("\nhash,method,,,,,,label,hash $http_x_user consistent\n"));
    QVERIFY(csv.out.contains("\nsticky,route,default/tea rule 0,"));

    const Run json =
        run(walkthrough({QStringLiteral("--compare"), QStringLiteral("--format"), QStringLiteral("json"),
                         QStringLiteral("--ngf-version"), QStringLiteral("2.3")}));
    QCOMPARE(json.code, 0);
    // NGF 2.3 cannot select a method: only the default runs, the others say why.
    QVERIFY(json.err.contains(u"warning: ip_hash not run: NGF 2.3."));
    const QJsonArray methods =
        QJsonDocument::fromJson(json.out).object()[QStringLiteral("methods")].toArray();
    QCOMPARE(methods.size(), 5);
    for (const QJsonValue &m : methods) {
        const bool isDefault = m[QStringLiteral("id")].toString() == u"default";
        QCOMPARE(m[QStringLiteral("available")].toBool(), isDefault);
        if (isDefault)
            QCOMPARE(m[QStringLiteral("result")][QStringLiteral("requests")].toInt(), 16);
    }
}

QTEST_GUILESS_MAIN(tst_CliSimulate)
#include "tst_cli_simulate.moc"
