// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation workspace in the main window: the walk-through preset plays the guide's curl
// loops and shows the guide's transcript; a million-client run stays responsive and cancels; Undo
// follows the mode; scenario edits make the design modified; results export.
#include "core/design.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/editactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/ngfpreviewprovider.h"
#include "gui/simulationactionhandler.h"
#include "i18n/languagemanager.h"
#include "sim/methodcomparison.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/preview/previewsession.h"
#include "views/sim/results/methodcomparisonview.h"
#include "views/sim/results/simulationresultsview.h"
#include "views/sim/scenario/scenarioeditor.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/scenario/timelinewidget.h"
#include "views/sim/simulationrun.h"
#include "views/sim/simulationworkspace.h"
#include "views/tree/resourcetreeview.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

/** The guide's output blocks (tests/app/data/walkthrough-guide.txt), in order. */
QStringList guideBlocks()
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/walkthrough-guide.txt"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("walkthrough-guide.txt missing");
    QStringList blocks;
    bool inBlocks = false;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u"=== "_s)) {
            blocks << QString();
            inBlocks = true;
        } else if (inBlocks) {
            blocks.last() += line + u'\n';
        }
    }
    for (QString &b : blocks)
        b = b.trimmed();
    return blocks;
}

bool waitForRun(SimulationWorkspace *workspace, int timeoutMs = 120000)
{
    QSignalSpy finished(workspace, &SimulationWorkspace::runFinished);
    if (!workspace->run()->isRunning())
        return false;
    return finished.wait(timeoutMs);
}

/** Shows \a window with the cafe example and its at-scale scenario, in the simulation mode. */
void openAtScale(MainWindow &window, test::FakePrompts &prompts)
{
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openExamples({u"cafe.yaml"_s, u"cafe-at-scale.scenario.yaml"_s}));
    window.setMode(MainWindow::Mode::Simulation);
}

} // namespace

class tst_GuiSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkthroughPresetShowsTheGuidesTranscript();
    void compareMethods();
    void millionClientsStayResponsiveAndCancel();
    void undoFollowsTheMode();
    void windowShortcutsAreUnambiguous();
    void replacingTheDesignCancelsTheRun();
    void progressOfHugeRuns();

private:
    LanguageManager m_languages;
};

void tst_GuiSimulation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages.install(QLocale(QLocale::English));
}

void tst_GuiSimulation::walkthroughPresetShowsTheGuidesTranscript()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.setPreviewProvider(std::make_unique<NgfPreviewProvider>());
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SimulationWorkspace *workspace = window.simulationWorkspace();
    QVERIFY(window.resourceTree()->isVisible());

    QSignalSpy finished(workspace, &SimulationWorkspace::runFinished);
    window.simulationActions()->walkthroughAction()->trigger();
    QCOMPARE(window.mode(), MainWindow::Mode::Simulation);
    QVERIFY(workspace->isVisible());
    QVERIFY(!window.resourceTree()->isVisible()); // the design's panels make room
    QCOMPARE(workspace->store()->name(workspace->store()->current()), u"cafe-walkthrough"_s);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true);
    QCOMPARE(finished.constFirst().at(1).toBool(), false);

    // The transcript next to the charts shows the guide's output, block for block, in order.
    QPlainTextEdit *transcript = workspace->transcriptView();
    QVERIFY(transcript->isVisible());
    const QString text = transcript->toPlainText();
    qsizetype from = 0;
    const QStringList blocks = guideBlocks();
    QCOMPARE(blocks.size(), 4);
    for (const QString &block : blocks) {
        const qsizetype at = text.indexOf(block, from);
        QVERIFY2(at >= 0,
                 qPrintable(u"missing from the transcript:\n"_s + block + u"\n--- transcript:\n"_s + text));
        from = at + block.size();
    }
    QCOMPARE(workspace->run()->result()->requests, 16);

    // One source of Pods: the run's Pods are the scenario's pinned ones, and so are the canvas's and
    // the preview's (the guide's coffee-5b9c74f9d9-7gfwn at 10.244.0.94).
    QStringList ran;
    for (const sim::PodInfo &p : workspace->run()->result()->pods)
        ran << p.name + u' ' + p.ip;
    QStringList designed;
    for (const Pod &p : window.design()->pods())
        designed << p.name + u' ' + p.ip;
    QCOMPARE(designed, ran);
    QVERIFY(designed.contains(u"coffee-5b9c74f9d9-7gfwn 10.244.0.94"_s));
    window.previewSession()->regenerate();
    QVERIFY(window.previewSession()->listing().contains(u"10.244.0.94:8080"_s));
    window.topology()->topologyScene()->flush();
    QVERIFY(window.topology()->topologyScene()->nodeItem(u"pod:default/coffee-5b9c74f9d9-7gfwn"_s));

    // The design is the guide's, unsaved, with the scenario in it; nothing was edited.
    QVERIFY(window.design()->find(Kind::HTTPRoute, u"default"_s, u"tea"_s));
    QVERIFY(!window.design()->isModified());
    QVERIFY(!window.design()->exportText().contains("SimulationScenario"));

    // Export what is shown: the current chart as PNG and SVG, the results as CSV.
    QTemporaryDir dir;
    QVERIFY(window.simulationActions()->exportImage(dir.filePath(u"chart.png"_s)));
    QImage png(dir.filePath(u"chart.png"_s));
    QVERIFY(!png.isNull());
    QVERIFY(window.simulationActions()->exportImage(dir.filePath(u"chart.svg"_s)));
    QFile svg(dir.filePath(u"chart.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    prompts.saveAnswer = dir.filePath(u"results.csv"_s);
    window.simulationActions()->exportCsvAction()->trigger();
    QFile csv(dir.filePath(u"results.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("table,route,upstream,pod,event,time_ms,metric,value"));
    QVERIFY(prompts.errors.isEmpty());

    // Another design drops the results (they would describe the walk-through's).
    QVERIFY(window.documents()->openExample());
    QVERIFY(transcript->toPlainText().isEmpty());
    QVERIFY(!transcript->isVisible());
    QCOMPARE(workspace->store()->current(), DocumentId(0));
    // … and nothing of them is left to export.
    QVERIFY(!workspace->run()->result());
    for (QAction *a :
         {window.simulationActions()->exportPngAction(), window.simulationActions()->exportSvgAction(),
          window.simulationActions()->exportCsvAction(), window.simulationActions()->printAction()})
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    QVERIFY(!window.simulationActions()->exportImage(dir.filePath(u"stale.png"_s)));
    QVERIFY(!window.simulationActions()->exportCsv(dir.filePath(u"stale.csv"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"stale.png"_s)));
    QVERIFY(!QFileInfo::exists(dir.filePath(u"stale.csv"_s)));
    prompts.errors.clear();

    // Back to the design: its panels come back.
    window.designModeAction()->trigger();
    QCOMPARE(window.mode(), MainWindow::Mode::Design);
    QVERIFY(window.resourceTree()->isVisible());
}

void tst_GuiSimulation::compareMethods()
{
    MainWindow window;
    test::FakePrompts prompts;
    openAtScale(window, prompts);
    if (QTest::currentTestFailed())
        return;
    SimulationWorkspace *workspace = window.simulationWorkspace();
    QVERIFY(workspace->compareAction()->isEnabled());
    workspace->setHashKey(u"$cookie_session"_s);
    // "Record every request" would be five full recordings: Compare records a sample.
    QVERIFY(workspace->store()->setField(yaml::Path::of("spec.record"), yaml::Value(std::int64_t(-1)),
                                         u"Change Record"_s));
    QCOMPARE(workspace->store()->scenario()->record, -1);
    workspace->compareAction()->trigger();
    QVERIFY(workspace->run()->isRunning());
    QVERIFY(!workspace->runAction()->isEnabled());
    QVERIFY(workspace->cancelAction()->isEnabled());
    QVERIFY(waitForRun(workspace, 300000));
    const auto comparison = workspace->run()->comparison();
    QVERIFY(comparison);
    QCOMPARE(comparison->methods.size(), size_t(5));
    QCOMPARE(comparison->hashKey, u"$cookie_session"_s);
    QCOMPARE(comparison->methods[1].label, u"hash $cookie_session consistent"_s);
    for (const sim::ComparedMethod &m : comparison->methods) {
        QVERIFY2(m.available, qPrintable(m.id + u": "_s + m.unavailableReason));
        QVERIFY(!m.verdict.isEmpty());
        QCOMPARE(m.result.clients, 1000);
        QVERIFY(m.result.records.size() <= size_t(1000));
        QVERIFY(m.result.requests > 1000);
    }
    QCOMPARE(workspace->resultTabs()->currentIndex(), 1);
    QVERIFY(workspace->comparisonView()->isVisible());
    // The editors make room for the results and come back.
    const int width = workspace->comparisonView()->width();
    workspace->showEditorsAction()->trigger();
    QVERIFY(!workspace->scenarioEditor()->isVisible());
    QVERIFY(!workspace->timeline()->isVisible());
    QTRY_VERIFY(workspace->comparisonView()->width() > width);
    workspace->showEditorsAction()->trigger();
    QVERIFY(workspace->scenarioEditor()->isVisible());
    QVERIFY(workspace->timeline()->isVisible());
    QTemporaryDir dir;
    QVERIFY(window.simulationActions()->exportCsv(dir.filePath(u"comparison.csv"_s)));
    QVERIFY(QFileInfo(dir.filePath(u"comparison.csv"_s)).size() > 0);

    // Details shows that method's full results in the results tab.
    auto *details = workspace->comparisonView()->findChild<QPushButton *>(u"details-ip_hash"_s);
    QVERIFY(details);
    QVERIFY(details->isVisible());
    QTest::mouseClick(details, Qt::LeftButton);
    QCOMPARE(workspace->resultTabs()->currentIndex(), 0);
    QCOMPARE(workspace->resultsView()->result().get(), &comparison->find(u"ip_hash"_s)->result);
    QCOMPARE(workspace->resultsView()->scenario(), workspace->run()->comparisonScenario());
    QVERIFY(!workspace->transcriptView()->isVisible());
    QVERIFY(window.simulationActions()->exportCsvAction()->isEnabled());
    QVERIFY(window.simulationActions()->exportCsv(dir.filePath(u"ip_hash.csv"_s)));
    QVERIFY(QFileInfo(dir.filePath(u"ip_hash.csv"_s)).size() > 0);
}

void tst_GuiSimulation::millionClientsStayResponsiveAndCancel()
{
    MainWindow window;
    test::FakePrompts prompts;
    openAtScale(window, prompts);
    if (QTest::currentTestFailed())
        return;
    SimulationWorkspace *workspace = window.simulationWorkspace();
    ScenarioStore *store = workspace->store();
    QVERIFY(store->setField(yaml::Path::of("spec.populations[0].clients"), yaml::Value(std::int64_t(1000000)),
                            u"Change Clients"_s));
    QCOMPARE(store->scenario()->populations.front().clients, 1000000);
    // Every request in full would be tens of GB: a plain run records at most 100,000.
    QVERIFY(
        store->setField(yaml::Path::of("spec.record"), yaml::Value(std::int64_t(-1)), u"Change Record"_s));

    QSignalSpy progress(workspace->run(), &SimulationRun::progressed);
    QSignalSpy finished(workspace, &SimulationWorkspace::runFinished);
    QVERIFY(workspace->runScenario());
    QTRY_VERIFY(workspace->progressBar()->isVisible());
    // The GUI thread keeps turning while the worker simulates: progress arrives through the event
    // loop, and a timer of the GUI thread fires meanwhile.
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(10);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 120000);
    QVERIFY(ticks > 0);
    QVERIFY(workspace->run()->isRunning());
    const qint64 doneBefore = progress.last().at(0).toLongLong();
    const qint64 planned = progress.last().at(1).toLongLong();
    QCOMPARE(planned, qint64(1000000) * 4 * 10);

    workspace->cancelAction()->trigger();
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().at(0).toBool(), true); // what it had
    QCOMPARE(finished.constFirst().at(1).toBool(), true); // cancelled
    QVERIFY(!workspace->run()->isRunning());
    const auto result = workspace->run()->result();
    QVERIFY(result->cancelled);
    QVERIFY(result->requests >= doneBefore);
    QVERIFY(result->requests < planned);
    QVERIFY(result->requests > 100000);
    QCOMPARE(result->records.size(), size_t(100000));
    QTRY_VERIFY(!workspace->progressBar()->isVisible());
    QVERIFY(workspace->runAction()->isEnabled());
}

void tst_GuiSimulation::undoFollowsTheMode()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.documents()->openExample());
    SimulationWorkspace *workspace = window.simulationWorkspace();
    QCOMPARE(workspace->store()->current(), DocumentId(0));
    QVERIFY(!workspace->runAction()->isEnabled());

    // New Scenario shows the workspace and is undone with the workspace's Undo.
    window.simulationActions()->newScenarioAction()->trigger();
    QCOMPARE(window.mode(), MainWindow::Mode::Simulation);
    QVERIFY(workspace->store()->current() != 0);
    QVERIFY(workspace->runAction()->isEnabled());
    QCOMPARE(window.edits()->undoGroup()->activeStack(), workspace->store()->undoStack());
    QCOMPARE(window.edits()->undoAction()->text(), u"Undo New Scenario scenario-1"_s);
    QVERIFY(window.isWindowModified());
    QVERIFY(
        workspace->store()->setField(yaml::Path::of("spec.seed"), yaml::Value::raw("42"), u"Change Seed"_s));
    QCOMPARE(window.edits()->undoAction()->text(), u"Undo Change Seed"_s);

    // In the design mode Undo is the design's (which has nothing to undo).
    window.setMode(MainWindow::Mode::Design);
    QCOMPARE(window.edits()->undoGroup()->activeStack(), window.design()->undoStack());
    QVERIFY(!window.edits()->undoAction()->isEnabled());
    QVERIFY(window.design()->isModified());

    window.setMode(MainWindow::Mode::Simulation);
    window.edits()->undoAction()->trigger();
    window.edits()->undoAction()->trigger();
    QCOMPARE(workspace->store()->current(), DocumentId(0));
    QVERIFY(!window.design()->isModified());
    QVERIFY(!window.isWindowModified());
}

void tst_GuiSimulation::windowShortcutsAreUnambiguous()
{
    // Two window-wide actions on one key would both stay silent (Qt reports an ambiguous shortcut).
    MainWindow window;
    QHash<QString, QString> taken;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut)
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            const QString k = key.toString();
            QVERIFY2(!taken.contains(k), qPrintable(k + u": "_s + taken.value(k) + u" and "_s + a->text()));
            taken.insert(k, a->text());
        }
    }
    QCOMPARE(window.simulationWorkspace()->runAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    QVERIFY(taken.contains(u"Ctrl+2"_s));
}

void tst_GuiSimulation::replacingTheDesignCancelsTheRun()
{
    MainWindow window;
    test::FakePrompts prompts;
    openAtScale(window, prompts);
    if (QTest::currentTestFailed())
        return;
    SimulationWorkspace *workspace = window.simulationWorkspace();
    QVERIFY(workspace->store()->setField(yaml::Path::of("spec.populations[0].clients"),
                                         yaml::Value(std::int64_t(1000000)), u"Change Clients"_s));
    QSignalSpy finished(workspace, &SimulationWorkspace::runFinished);
    QVERIFY(workspace->runScenario());
    prompts.unsavedAnswer = Prompts::Answer::Discard;
    QVERIFY(window.documents()->openExample());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().at(0).toBool(), false); // nothing shown
    QCOMPARE(finished.constFirst().at(1).toBool(), true);
    QVERIFY(!workspace->run()->isRunning());
    QVERIFY(workspace->transcriptView()->toPlainText().isEmpty());
    // The discarded run left nothing to show or export.
    QVERIFY(!workspace->run()->result());
    QVERIFY(!workspace->resultsView()->result());
    QVERIFY(!window.simulationActions()->exportCsvAction()->isEnabled());
    QVERIFY(!window.simulationActions()->exportPngAction()->isEnabled());
}

void tst_GuiSimulation::progressOfHugeRuns()
{
    // done * 1000 would overflow qint64 here.
    MainWindow window;
    SimulationWorkspace *workspace = window.simulationWorkspace();
    Q_EMIT workspace->run()->progressed(qint64(4e18), qint64(8e18));
    QCOMPARE(workspace->progressBar()->value(), 500);
    Q_EMIT workspace->run()->progressed(qint64(8e18), qint64(8e18));
    QCOMPARE(workspace->progressBar()->value(), 1000);
}

QTEST_MAIN(tst_GuiSimulation)
#include "tst_gui_simulation.moc"
