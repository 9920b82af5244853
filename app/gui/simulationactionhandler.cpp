// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/simulationactionhandler.h"

#include "core/design.h"
#include "gui/documentactionhandler.h"
#include "gui/prompts.h"
#include "views/common/icons.h"
#include "views/sim/probe/probechart.h"
#include "views/sim/probe/proberowmodel.h"
#include "views/sim/probe/probeview.h"
#include "views/sim/results/chartexport.h"
#include "views/sim/results/methodcomparisonview.h"
#include "views/sim/results/simulationresultsview.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/simulationrun.h"
#include "views/sim/simulationworkspace.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QTabWidget>

namespace gw {

using views::Icons;

SimulationActionHandler::SimulationActionHandler(views::SimulationWorkspace *workspace,
                                                 DocumentActionHandler *documents, Prompts *prompts,
                                                 QWidget *window)
    : QObject(window)
    , m_workspace(workspace)
    , m_documents(documents)
    , m_prompts(prompts)
    , m_window(window)
    , m_menu(new QMenu(window))
    , m_newScenario(new QAction(Icons::icon(QStringLiteral("document-new")), QString(), this))
    , m_walkthrough(new QAction(this))
    , m_walkthroughLocal(new QAction(this))
    , m_exportPng(new QAction(Icons::icon(QStringLiteral("document-export")), QString(), this))
    , m_exportSvg(new QAction(this))
    , m_exportCsv(new QAction(this))
    , m_print(new QAction(this))
{
    m_newScenario->setObjectName(QStringLiteral("simulationNewScenario"));
    m_walkthrough->setObjectName(QStringLiteral("simulationWalkthrough"));
    m_walkthroughLocal->setObjectName(QStringLiteral("simulationWalkthroughLocal"));
    m_print->setShortcuts(QKeySequence::Print);
    m_menu->addAction(workspace->runAction());
    m_menu->addAction(workspace->compareAction());
    m_menu->addAction(workspace->cancelAction());
    m_menu->addAction(workspace->localNginxAction());
    m_menu->addSeparator();
    m_menu->addAction(m_newScenario);
    m_menu->addAction(m_walkthrough);
    m_menu->addAction(m_walkthroughLocal);
    m_menu->addAction(workspace->showEditorsAction());
    m_menu->addSeparator();
    m_menu->addAction(m_exportPng);
    m_menu->addAction(m_exportSvg);
    m_menu->addAction(m_exportCsv);
    m_menu->addAction(m_print);

    connect(m_newScenario, &QAction::triggered, this, &SimulationActionHandler::newScenario);
    connect(m_walkthrough, &QAction::triggered, this, &SimulationActionHandler::openWalkthrough);
    connect(m_walkthroughLocal, &QAction::triggered, this,
            &SimulationActionHandler::openWalkthroughInLocalNginx);
    connect(workspace->localNginxAction(), &QAction::triggered, this,
            &SimulationActionHandler::simulationShown);
    connect(workspace->probeView(), &views::ProbeView::keepLogsRequested, this, [this] {
        const QString path = m_prompts->saveFileName(m_window, QStringLiteral("gwstudio-sandbox-logs"),
                                                     tr("A new folder (*)"));
        if (!path.isEmpty())
            keepSandboxLogs(path);
    });
    connect(m_exportPng, &QAction::triggered, this, [this] {
        const QString path =
            m_prompts->saveFileName(m_window, QStringLiteral("simulation.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    connect(m_exportSvg, &QAction::triggered, this, [this] {
        const QString path =
            m_prompts->saveFileName(m_window, QStringLiteral("simulation.svg"), tr("SVG images (*.svg)"));
        if (!path.isEmpty())
            exportImage(path);
    });
    connect(m_exportCsv, &QAction::triggered, this, [this] {
        const QString path =
            m_prompts->saveFileName(m_window, QStringLiteral("simulation.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(m_print, &QAction::triggered, this, [this] {
        if (QWidget *view = shownView())
            views::ChartExport::printWithDialog(view, m_window);
    });
    connect(workspace, &views::SimulationWorkspace::runFinished, this,
            &SimulationActionHandler::updateActions);
    connect(workspace->probeView(), &views::ProbeView::finished, this,
            &SimulationActionHandler::updateActions);
    connect(workspace->resultTabs(), &QTabWidget::currentChanged, this,
            &SimulationActionHandler::updateActions);
    connect(workspace->run(), &views::SimulationRun::resultsCleared, this,
            &SimulationActionHandler::updateActions);
    retranslate();
    updateActions();
}

void SimulationActionHandler::retranslate()
{
    m_menu->setTitle(tr("&Simulation"));
    m_newScenario->setText(tr("&New Scenario"));
    m_newScenario->setToolTip(tr("Add a simulation scenario to the design"));
    m_walkthrough->setText(tr("&Walk-through Preset"));
    m_walkthrough->setToolTip(
        tr("Open the session persistence guide's cafe design and play its curl loops, with the transcript"));
    m_walkthroughLocal->setText(tr("Walk-through in Local &nginx"));
    m_walkthroughLocal->setToolTip(
        tr("Open the guide's cafe design and send its curl loops to it running in a "
           "private local nginx, beside the predictions"));
    m_exportPng->setText(tr("Export Chart as &PNG…"));
    m_exportSvg->setText(tr("Export Chart as &SVG…"));
    m_exportCsv->setText(tr("Export Results as &CSV…"));
    m_print->setText(tr("&Print…"));
    m_workspace->retranslate();
}

QWidget *SimulationActionHandler::shownView() const
{
    // Only what shows results: an empty chart is nothing to export.
    if (m_workspace->resultTabs()->currentWidget() == m_workspace->probeView())
        return m_workspace->probeView()->model()->report() ? m_workspace->probeView()->chart() : nullptr;
    if (m_workspace->resultTabs()->currentIndex() == 1)
        return m_workspace->comparisonView()->comparison() ? m_workspace->comparisonView() : nullptr;
    return m_workspace->resultsView()->result() ? m_workspace->resultsView()->currentChart() : nullptr;
}

void SimulationActionHandler::updateActions()
{
    // What the views show, not what the last run left: a replaced design's results are gone.
    const bool comparison = m_workspace->resultTabs()->currentIndex() == 1;
    const bool have = m_workspace->resultTabs()->currentWidget() == m_workspace->probeView()
        ? m_workspace->probeView()->model()->report() != nullptr
        : comparison ? m_workspace->comparisonView()->comparison() != nullptr
                     : m_workspace->resultsView()->result() != nullptr;
    for (QAction *a : {m_exportPng, m_exportSvg, m_exportCsv, m_print})
        a->setEnabled(have);
}

bool SimulationActionHandler::newScenario()
{
    if (!m_workspace->store()->newScenario()) {
        Q_EMIT statusMessage(m_workspace->store()->lastError());
        return false;
    }
    Q_EMIT simulationShown();
    return true;
}

bool SimulationActionHandler::loadWalkthrough()
{
    if (!m_documents->openExamples(
            {QStringLiteral("cafe.yaml"), QStringLiteral("cafe-walkthrough.scenario.yaml")}))
        return false;
    views::ScenarioStore *store = m_workspace->store();
    for (DocumentId id : store->scenarios()) {
        if (store->name(id) == u"cafe-walkthrough")
            store->setCurrent(id);
    }
    Q_EMIT walkthroughOpened();
    Q_EMIT simulationShown();
    return true;
}

bool SimulationActionHandler::openWalkthrough()
{
    return loadWalkthrough() && m_workspace->runScenario();
}

bool SimulationActionHandler::openWalkthroughInLocalNginx()
{
    return loadWalkthrough() && m_workspace->runInLocalNginx();
}

bool SimulationActionHandler::keepSandboxLogs(const QString &path)
{
    QString error;
    if (!m_workspace->probeView()->session()->sandbox().keepLogs(path, &error)) {
        m_prompts->error(m_window, tr("Cannot Keep the Logs"), error);
        return false;
    }
    Q_EMIT statusMessage(tr("Saved the sandbox's logs in %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SimulationActionHandler::exportImage(const QString &path)
{
    QWidget *view = shownView();
    if (!view) {
        Q_EMIT statusMessage(tr("There is nothing to export yet; run the simulation first."));
        return false;
    }
    QString error;
    const bool svg = QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0;
    const bool ok = svg ? views::ChartExport::saveSvg(view, path, tr("Gateway Studio simulation"), &error)
                        : views::ChartExport::savePng(view, path, &error);
    if (!ok)
        m_prompts->error(m_window, tr("Cannot Export"), error);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return ok;
}

bool SimulationActionHandler::exportCsv(const QString &path)
{
    QString error;
    bool ok = false;
    const bool comparison = m_workspace->resultTabs()->currentIndex() == 1;
    const auto shownComparison = m_workspace->comparisonView()->comparison();
    const auto shownResult = m_workspace->resultsView()->result();
    const auto probeReport = m_workspace->probeView()->model()->report();
    if (m_workspace->resultTabs()->currentWidget() == m_workspace->probeView()) {
        QSaveFile file(path);
        ok = probeReport && file.open(QIODevice::WriteOnly) &&
            file.write(probe::ProbeReporter::csv(*probeReport)) >= 0 && file.commit();
        if (!ok)
            error =
                probeReport ? file.errorString() : tr("there are no probe results yet; run the probe first");
    } else if (comparison && shownComparison)
        ok = views::ChartExport::saveCsv(*shownComparison, path, &error);
    else if (!comparison && shownResult)
        ok = views::ChartExport::saveCsv(*shownResult, path, &error);
    else
        error = tr("there are no results yet; run the simulation first");
    if (!ok)
        m_prompts->error(m_window, tr("Cannot Export"), error);
    else
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return ok;
}

} // namespace gw
