// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"
#include "nginxcheck.h"

#include "ngf/generator.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * Real nginx: the OSS output of every golden case passes `nginx -t` under a test-local prefix
 * (NginxCheck describes the normalisation). In the Debian 13 root (nginx 1.26 with njs) the check
 * is complete; elsewhere the reductions are printed at the start of the run.
 */
class tst_Nginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nginxTest_data();
    void nginxTest();

private:
    std::unique_ptr<NginxCheck> m_check;
};

void tst_Nginx::initTestCase()
{
    m_check = std::make_unique<NginxCheck>();
    QVERIFY2(!m_check->nginx().isEmpty(), "no nginx binary (install nginx-light, or set GW_NGINX)");
    QVERIFY2(
        m_check->hasStream(),
        "no nginx stream module (install libnginx-mod-stream): stream.conf holds TLS, TCP and UDP servers");
    if (m_check->reductions().isEmpty())
        qInfo("FULL nginx -t check (njs module, http2 directive and stream module present)");
    for (const QString &r : m_check->reductions())
        qWarning("REDUCED nginx -t check: %s", qPrintable(r));
}

void tst_Nginx::nginxTest_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : GoldenCase::all()) {
        GoldenCase c = GoldenCase::load(name);
        c.profile.plus = false;
        if (Generator::run(*c.design, c.profile)->gatewayIndex >= 0)
            QTest::newRow(qPrintable(name)) << name;
    }
}

void tst_Nginx::nginxTest()
{
    QFETCH(QString, name);
    GoldenCase c = GoldenCase::load(name);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    c.profile.plus = false; // Plus-only directives (state, sticky, status_zone, api) need NGINX Plus
    const auto result = Generator::run(*c.design, c.profile);
    QVERIFY(result->gatewayIndex >= 0);
    QString output;
    const bool ok = m_check->test(result->files, &output);
    // A few outputs are faithful to NGF and still rejected by OSS nginx (edge writes `keepalive 0;`
    // and allows least_time on OSS); their folder names the error nginx must give.
    const QString expectedFailure = c.read(QStringLiteral("nginx-t-failure")).trimmed();
    if (!expectedFailure.isEmpty()) {
        QVERIFY2(!ok, "nginx -t passed, but the case expects it to fail");
        QVERIFY2(output.contains(expectedFailure), qPrintable(output));
        return;
    }
    QVERIFY2(ok, qPrintable(output));
}

QTEST_GUILESS_MAIN(tst_Nginx)
#include "tst_nginx.moc"
