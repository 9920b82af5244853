// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Probe view in the main window: Simulation ▸ Walk-through in Local nginx sends the guide's curl
// loops to the cafe in a private nginx and shows each answer beside the prediction; the sandbox's
// notes say what NGINX Plus would do; another design stops the sandbox.
#include "../probe/probetest.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/simulationactionhandler.h"
#include "i18n/languagemanager.h"
#include "views/sim/probe/probechart.h"
#include "views/sim/probe/proberowmodel.h"
#include "views/sim/probe/probeview.h"
#include "views/sim/simulationworkspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

class tst_GuiProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkthroughInLocalNginx();

private:
    LanguageManager m_languages;
};

void tst_GuiProbe::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages.install(QLocale(QLocale::English));
}

void tst_GuiProbe::walkthroughInLocalNginx()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    SimulationWorkspace *workspace = window.simulationWorkspace();
    ProbeView *view = workspace->probeView();
    QSignalSpy finished(view, &ProbeView::finished);
    window.simulationActions()->walkthroughLocalAction()->trigger();
    QCOMPARE(window.mode(), MainWindow::Mode::Simulation);
    QCOMPARE(workspace->resultTabs()->currentWidget(), view);
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    const auto report = view->model()->report();
    QVERIFY2(report, qPrintable(view->findChild<QLabel *>(u"probeStatus"_s)->text()));

    // The guide's 16 requests: coffee's five on one Pod, as predicted; latte and tea drawn at random
    // (tea's cookie is NGINX Plus's, and the sandbox runs the OSS rendering).
    QCOMPARE(report->rows.size(), size_t(16));
    QCOMPARE(report->errors, 0);
    QCOMPARE(report->disagreements, 0);
    std::set<QString> coffee, latte;
    for (const probe::ProbeRow &r : report->rows) {
        QCOMPARE(r.observedStatus, 200);
        if (r.path == u"/coffee") {
            QCOMPARE(r.agree, probe::Agreement::Yes);
            coffee.insert(r.observedPod);
        } else {
            QCOMPARE(r.agree, probe::Agreement::Random);
            QVERIFY(r.observedSetCookie.isEmpty());
        }
        if (r.path == u"/latte")
            latte.insert(r.observedPod);
    }
    QCOMPARE(coffee.size(), size_t(1));
    QVERIFY(coffee.begin()->startsWith(u"coffee-5b9c74f9d9-"_s)); // the guide's Pods, pinned by the scenario
    for (const QString &pod : latte)
        QVERIFY(pod.startsWith(u"latte-d5f64f67f-"_s));
    QCOMPARE(view->model()->rowCount(), 16);
    QVERIFY(view->chart()->podCount() > 0);
    const QString info = view->sandboxInfoView()->toPlainText();
    QVERIFY2(info.contains(u"the sticky cookie cookie-tea needs NGINX Plus"_s), qPrintable(info));
    QVERIFY(info.contains(u"listener 80 -> 127.0.0.1:"_s));
    const qint64 pid = view->session()->sandbox().pid();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(view->accessLogView()->toPlainText().count(u"upstream_addr=\"127.0.1."_s) == 16,
                             5000);
    QVERIFY(view->stopSandboxAction()->isEnabled());

    // Export acts on the probe while its tab is shown.
    QTemporaryDir dir;
    QVERIFY(window.simulationActions()->exportCsv(dir.filePath(u"probe.csv"_s)));
    QFile csv(dir.filePath(u"probe.csv"_s));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QVERIFY(csv.readLine().startsWith("request,client,host,path,route,rule,upstream,predicted_endpoint"));
    QVERIFY(window.simulationActions()->exportImage(dir.filePath(u"probe.png"_s)));
    prompts.saveAnswer = dir.filePath(u"logs"_s);
    view->keepLogsAction()->trigger();
    QVERIFY(QFile::exists(dir.filePath(u"logs/access.log"_s)));
    QVERIFY(prompts.errors.isEmpty());

    if (const QString shots = qEnvironmentVariable("GW_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        QVERIFY(window.grab().save(shots + u"/probe-view.png"_s));
    }

    // Another design: the sandbox ran the old one, so it stops.
    QVERIFY(window.documents()->openExample());
    QVERIFY(!view->session()->sandbox().isRunning());
    QVERIFY(processGone(pid));
    QCOMPARE(view->model()->rowCount(), 0);
}

QTEST_MAIN(tst_GuiProbe)
#include "tst_gui_probe.moc"
