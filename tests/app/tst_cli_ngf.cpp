// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QProcess>
#include <QTest>

/**
 * `gwstudio render` and `gwstudio status` as the command-line contract of the product brief
 * describes them, run as a separate process like a CI script would.
 */
class tst_CliNgf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renderListsFilesAsNginxT();
    void renderOneFile();
    void renderUnknownFile();
    void renderVersions();
    void renderGatewayChoice();
    void renderIpFamilyAndHttp2();
    void statusExitCodes();
    void statusFromStandardInput();
    void badInput();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QByteArray &input = {});
    static QString data(const char *caseName)
    {
        return QStringLiteral(GW_SOURCE_DIR "/tests/ngf/data/") + QString::fromLatin1(caseName) +
            QStringLiteral("/input.yaml");
    }
};

tst_CliNgf::Run tst_CliNgf::run(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral(GW_BINARY_DIR "/app/gwstudio"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void tst_CliNgf::renderListsFilesAsNginxT()
{
    const Run r = run({QStringLiteral("render"), QStringLiteral("--ngf-version"), QStringLiteral("edge"),
                       QStringLiteral("--plus"), QStringLiteral("--experimental"), data("walkthrough")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("# configuration file /etc/nginx/nginx.conf:\nload_module ")));
    const QStringList headers = r.out.split(u'\n').filter(QStringLiteral("# configuration file "));
    QCOMPARE(headers,
             QStringList({QStringLiteral("# configuration file /etc/nginx/nginx.conf:"),
                          QStringLiteral("# configuration file /etc/nginx/main-includes/main.conf:"),
                          QStringLiteral("# configuration file /etc/nginx/events-includes/events.conf:"),
                          QStringLiteral("# configuration file /etc/nginx/conf.d/http.conf:"),
                          QStringLiteral("# configuration file /etc/nginx/conf.d/matches.json:"),
                          QStringLiteral("# configuration file /etc/nginx/conf.d/plus-api.conf:"),
                          QStringLiteral("# configuration file /etc/nginx/stream-conf.d/stream.conf:")}));
    QVERIFY(r.out.contains(QStringLiteral("    sticky cookie cookie-tea expires=24h path=/tea;\n")));
    // nginx -T ends every file with an extra newline.
    QVERIFY(r.out.contains(QStringLiteral("worker_connections 1024;\n\n# configuration file")));
}

void tst_CliNgf::renderOneFile()
{
    const Run r = run({QStringLiteral("render"), QStringLiteral("--file"),
                       QStringLiteral("/etc/nginx/conf.d/matches.json"), data("spec-ex2-njs-matches")});
    QCOMPARE(r.code, 0);
    QCOMPARE(
        r.out,
        QStringLiteral(
            "{\"1_0\":[{\"redirectPath\":\"/_ngf-internal-rule0-route0\",\"headers\":[\"version:Exact:v2\"]},"
            "{\"redirectPath\":\"/_ngf-internal-rule0-route1\",\"params\":[\"TEST=Exact=v2\"]},"
            "{\"redirectPath\":\"/_ngf-internal-rule0-route2\",\"any\":true}]}\n"));
}

void tst_CliNgf::renderUnknownFile()
{
    const Run r = run({QStringLiteral("render"), QStringLiteral("--file"),
                       QStringLiteral("/etc/nginx/nope.conf"), data("walkthrough")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("/etc/nginx/conf.d/http.conf")), qPrintable(r.err));
}

void tst_CliNgf::renderVersions()
{
    const Run bad = run({QStringLiteral("render"), QStringLiteral("--ngf-version"), QStringLiteral("9.9"),
                         data("walkthrough")});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.err.contains(QStringLiteral("2.6.7")) && bad.err.contains(QStringLiteral("edge")),
             qPrintable(bad.err));
    const Run old =
        run({QStringLiteral("render"), QStringLiteral("--ngf-version"), QStringLiteral("v2.4.2"),
             QStringLiteral("--file"), QStringLiteral("/etc/nginx/conf.d/http.conf"), data("walkthrough")});
    QCOMPARE(old.code, 0);
    QVERIFY(old.out.contains(QStringLiteral("location ^~ /coffee/ {")));
}

void tst_CliNgf::renderIpFamilyAndHttp2()
{
    const QStringList http = {QStringLiteral("render"), QStringLiteral("--file"),
                              QStringLiteral("/etc/nginx/conf.d/http.conf"), data("walkthrough")};
    const Run dual = run(http);
    QCOMPARE(dual.code, 0);
    QVERIFY(dual.out.contains(QStringLiteral("listen 80;\n")));
    QVERIFY(dual.out.contains(QStringLiteral("listen [::]:80;\n")));
    QVERIFY(dual.out.contains(QStringLiteral("http2 on;\n")));

    const Run v4 = run(http +
                       QStringList {QStringLiteral("--ip-family"), QStringLiteral("ipv4"),
                                    QStringLiteral("--http2"), QStringLiteral("off")});
    QCOMPARE(v4.code, 0);
    QVERIFY(v4.out.contains(QStringLiteral("listen 80;\n")));
    QVERIFY(!v4.out.contains(QStringLiteral("[::]")));
    QVERIFY(!v4.out.contains(QStringLiteral("http2")));

    const Run v6 = run(http + QStringList {QStringLiteral("--ip-family"), QStringLiteral("ipv6")});
    QCOMPARE(v6.code, 0);
    QVERIFY(v6.out.contains(QStringLiteral("listen [::]:80;\n")));
    QVERIFY(!v6.out.contains(QStringLiteral("listen 80;")));

    const Run badFamily = run(http + QStringList {QStringLiteral("--ip-family"), QStringLiteral("ipv5")});
    QCOMPARE(badFamily.code, 2);
    QVERIFY2(badFamily.err.contains(QStringLiteral("--ip-family expects dual, ipv4 or ipv6")),
             qPrintable(badFamily.err));
    const Run badHttp2 = run(http + QStringList {QStringLiteral("--http2"), QStringLiteral("maybe")});
    QCOMPARE(badHttp2.code, 2);
    QVERIFY2(badHttp2.err.contains(QStringLiteral("--http2 expects on or off")), qPrintable(badHttp2.err));
}

void tst_CliNgf::renderGatewayChoice()
{
    const Run several = run({QStringLiteral("render"), data("several-gateways")});
    QCOMPARE(several.code, 2);
    QVERIFY2(several.err.contains(QStringLiteral("default/gateway, default/internal")),
             qPrintable(several.err));
    const Run chosen = run({QStringLiteral("render"), QStringLiteral("--gateway"),
                            QStringLiteral("default/internal"), QStringLiteral("--file"),
                            QStringLiteral("/etc/nginx/conf.d/http.conf"), data("several-gateways")});
    QCOMPARE(chosen.code, 0);
    QVERIFY(chosen.out.contains(QStringLiteral("listen 8080 default_server;")));
    const Run unknown = run({QStringLiteral("render"), QStringLiteral("--gateway"),
                             QStringLiteral("default/nope"), data("several-gateways")});
    QCOMPARE(unknown.code, 2);
    const Run other = run({QStringLiteral("render"), data("other-gatewayclass")});
    QCOMPARE(other.code, 2);
    QVERIFY2(other.err.contains(QStringLiteral("istio")), qPrintable(other.err)); // the note says why
}

void tst_CliNgf::statusExitCodes()
{
    const Run ok = run({QStringLiteral("status"), QStringLiteral("--plus"), QStringLiteral("--experimental"),
                        data("walkthrough")});
    QCOMPARE(ok.code, 0);
    QVERIFY(
        ok.out.startsWith(QStringLiteral("---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n")));
    const Run missing = run({QStringLiteral("status"), data("status-backend-not-found")});
    QCOMPARE(missing.code, 1);
    QVERIFY(
        missing.out.contains(QStringLiteral("spec.rules[0].backendRefs[0].name: Not found: \\\"coffee\\\"")));
    // Warnings (Accepted=True/UnsupportedField) are not problems.
    const Run warned = run({QStringLiteral("status"), data("walkthrough")});
    QCOMPARE(warned.code, 0);
    QVERIFY(warned.out.contains(QStringLiteral("reason: UnsupportedField")));
    const Run filtered = run({QStringLiteral("status"), QStringLiteral("--gateway"),
                              QStringLiteral("default/internal"), data("several-gateways")});
    QCOMPARE(filtered.code, 0);
    QVERIFY(!filtered.out.contains(QStringLiteral("kind: Gateway\nmetadata:\n  name: gateway\n")));
    QVERIFY(filtered.out.contains(QStringLiteral("kind: Gateway\nmetadata:\n  name: internal\n")));
}

void tst_CliNgf::statusFromStandardInput()
{
    QFile f(data("status-backend-not-found"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Run r = run({QStringLiteral("status"), QStringLiteral("-")}, f.readAll());
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QStringLiteral("BackendNotFound")));
}

void tst_CliNgf::badInput()
{
    const Run r =
        run({QStringLiteral("render"), QStringLiteral("-")}, "kind: Gateway\napiVersion: [unclosed\n");
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("<stdin>:3:1: ")), qPrintable(r.err)); // file:line:column
    const Run none = run({QStringLiteral("status")});
    QCOMPARE(none.code, 2);
}

QTEST_GUILESS_MAIN(tst_CliNgf)
#include "tst_cli_ngf.moc"
