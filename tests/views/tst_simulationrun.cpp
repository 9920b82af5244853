// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// SimulationRun: scenarios and comparisons on a worker thread, progress through the GUI thread's
// event loop, cancel.
#include "core/design.h"
#include "sim/resultwriter.h"
#include "sim/scenarioparser.h"
#include "testutil.h"
#include "views/sim/simulationrun.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

sim::Scenario scenario(const char *name)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("example missing");
    Diagnostics d;
    auto s = sim::ScenarioParser::parse(f.readAll(), QLatin1String(name), d);
    if (!s)
        qFatal("example does not parse");
    return *s;
}

sim::SimulationInput cafeInput(const sim::Scenario &s)
{
    Design design;
    if (!test::loadCafe(design))
        qFatal("cafe.yaml does not load");
    return sim::SimulationInput::fromDesign(design, sim::ScenarioRunner::profile(s, {}));
}

} // namespace

class TestSimulationRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsToTheEnd();
    void comparison();
    void cancelsAMillionClients();
    void clearResultsDiscardsTheRun();
    void resultKeepsItsScenario();
};

void TestSimulationRun::runsToTheEnd()
{
    SimulationRun run;
    QSignalSpy started(&run, &SimulationRun::started);
    QSignalSpy finished(&run, &SimulationRun::finished);
    const sim::Scenario s = scenario("cafe-walkthrough.scenario.yaml");
    QVERIFY(run.start(cafeInput(s), s));
    QVERIFY(run.isRunning());
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.constFirst().at(1).toLongLong(), 16);
    QVERIFY(!run.start(cafeInput(s), s)); // one at a time
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);
    QVERIFY(!run.isRunning());
    QVERIFY(run.result());
    QCOMPARE(run.result()->requests, 16);
    QVERIFY(sim::ResultWriter::transcript(*run.result(), *run.scenario())
                .contains("Server name: coffee-5b9c74f9d9-7gfwn"));
}

void TestSimulationRun::comparison()
{
    SimulationRun run;
    QSignalSpy finished(&run, &SimulationRun::finished);
    QSignalSpy progress(&run, &SimulationRun::progressed);
    const sim::Scenario s = scenario("cafe-walkthrough.scenario.yaml");
    QVERIFY(run.startComparison(cafeInput(s), s));
    QCOMPARE(run.kind(), SimulationRun::Kind::Comparison);
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QVERIFY(run.comparison());
    QCOMPARE(run.comparison()->methods.size(), sim::MethodComparer::methods().size());
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), progress.last().at(1).toLongLong());
}

void TestSimulationRun::cancelsAMillionClients()
{
    SimulationRun run;
    sim::Scenario s = scenario("cafe-at-scale.scenario.yaml");
    s.populations.front().clients = 1000000;
    QSignalSpy progress(&run, &SimulationRun::progressed);
    QSignalSpy finished(&run, &SimulationRun::finished);
    QVERIFY(run.start(cafeInput(s), s));
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(5);
    // Progress arrives through this thread's event loop while the worker runs.
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 120000);
    QVERIFY(ticks > 0);
    QVERIFY(run.isRunning());
    const qint64 planned = progress.last().at(1).toLongLong();
    QCOMPARE(planned, qint64(1000000) * 4 * 10);
    run.cancel();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(run.result()->cancelled);
    QVERIFY(run.result()->requests < planned);
    // At most one queued progress event per percent.
    QVERIFY(progress.count() <= 101);
}

void TestSimulationRun::clearResultsDiscardsTheRun()
{
    SimulationRun run;
    const sim::Scenario walkthrough = scenario("cafe-walkthrough.scenario.yaml");
    QSignalSpy finished(&run, &SimulationRun::finished);
    QVERIFY(run.start(cafeInput(walkthrough), walkthrough));
    QVERIFY(finished.wait(60000));
    QVERIFY(run.result());
    QVERIFY(run.scenario());

    // The design was replaced: the results go, and a run still going publishes nothing.
    sim::Scenario s = scenario("cafe-at-scale.scenario.yaml");
    s.populations.front().clients = 1000000;
    QSignalSpy progress(&run, &SimulationRun::progressed);
    QSignalSpy cleared(&run, &SimulationRun::resultsCleared);
    finished.clear();
    QVERIFY(run.start(cafeInput(s), s));
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 1, 120000);
    run.clearResults();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(!run.result());
    QVERIFY(!run.scenario());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false);
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(!run.result());
    QVERIFY(!run.scenario());
    QVERIFY(!run.comparison());

    // The next run publishes again.
    finished.clear();
    QVERIFY(run.start(cafeInput(walkthrough), walkthrough));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(run.result()->requests, 16);
}

void TestSimulationRun::resultKeepsItsScenario()
{
    // A comparison of another scenario does not change the scenario of the last plain run.
    SimulationRun run;
    QSignalSpy finished(&run, &SimulationRun::finished);
    const sim::Scenario walkthrough = scenario("cafe-walkthrough.scenario.yaml");
    QVERIFY(run.start(cafeInput(walkthrough), walkthrough));
    QVERIFY(finished.wait(60000));
    sim::Scenario other = walkthrough;
    other.name = u"other"_s;
    QVERIFY(run.startComparison(cafeInput(other), other));
    QVERIFY(finished.wait(60000));
    QCOMPARE(run.scenario()->name, walkthrough.name);
    QCOMPARE(run.comparisonScenario()->name, u"other"_s);
    QVERIFY(sim::ResultWriter::transcript(*run.result(), *run.scenario())
                .contains("Server name: coffee-5b9c74f9d9-7gfwn"));
}

QTEST_MAIN(TestSimulationRun)
#include "tst_simulationrun.moc"
