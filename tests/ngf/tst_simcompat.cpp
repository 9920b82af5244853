// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "ngf/generator.h"
#include "sim/upstreamparser.h"

#include <QTest>

#include <algorithm>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * The simulator reads upstream blocks with sim::UpstreamParser: every upstream NGF generates for the
 * golden cases (OSS and Plus) must read back as the method, servers and sticky cookie the
 * dataplane structs say, so the simulator and the preview never disagree.
 */
class tst_SimCompat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void upstreams_data();
    void upstreams();
};

void tst_SimCompat::upstreams_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("plus");
    for (const QString &name : GoldenCase::all()) {
        QTest::newRow(qPrintable(name + QStringLiteral(" oss"))) << name << false;
        QTest::newRow(qPrintable(name + QStringLiteral(" plus"))) << name << true;
    }
}

void tst_SimCompat::upstreams()
{
    QFETCH(QString, name);
    QFETCH(bool, plus);
    GoldenCase c = GoldenCase::load(name);
    c.profile.plus = plus;
    const auto result = Generator::run(*c.design, c.profile);
    if (!result->config)
        return; // no Gateway to render: nothing to read (render's error is a golden of its own)
    for (const Upstream &u : result->config->upstreams) {
        QString body;
        for (const Directive &d : u.body)
            body += d.text + u'\n';
        Diagnostics diagnostics;
        const sim::UpstreamConfig config = sim::UpstreamParser::parse(body, u.name, diagnostics);
        if (u.lbMethod.contains(QStringLiteral("least_time"))) {
            QVERIFY2(hasErrors(diagnostics), "the simulator does not model least_time and must say so");
            continue;
        }
        QString problems;
        for (const Diagnostic &d : diagnostics)
            problems += d.toString() + u'\n';
        QVERIFY2(!hasErrors(diagnostics), qPrintable(u.name + u'\n' + body + problems));
        if (u.invalidBackend)
            continue;
        QCOMPARE(config.methodDirective(), u.lbMethod);
        // Servers nginx resolves itself (ExternalName) are written on Plus too, without a state file.
        const bool resolves = std::any_of(u.servers.begin(), u.servers.end(),
                                          [](const UpstreamServer &s) { return s.resolve; });
        if (plus && !resolves) {
            QCOMPARE(config.stateFile, QStringLiteral("/var/lib/nginx/state/%1.conf").arg(u.stateFileKey));
            QCOMPARE(config.sticky.isEnabled(), u.sticky.has_value() && !u.servers.empty());
            if (config.sticky.isEnabled())
                QCOMPARE(config.sticky.cookieName, u.sticky->name);
        } else {
            QVERIFY(config.stateFile.isEmpty());
            QCOMPARE(config.servers.size(), std::max<size_t>(1, u.servers.size())); // or the 503 socket
            for (size_t i = 0; i < u.servers.size(); ++i)
                QCOMPARE(config.servers[i].address, u.servers[i].hostPort());
            QVERIFY(!config.sticky.isEnabled());
        }
    }
}

QTEST_GUILESS_MAIN(tst_SimCompat)
#include "tst_simcompat.moc"
