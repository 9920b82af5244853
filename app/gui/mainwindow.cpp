// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/mainwindow.h"

#include "core/design.h"
#include "core/labelcarrier.h"
#include "gui/autosaver.h"
#include "gui/documentactionhandler.h"
#include "gui/editactionhandler.h"
#include "gui/helpactionhandler.h"
#include "gui/migrationactionhandler.h"
#include "gui/ngfpreviewprovider.h"
#include "gui/prompts.h"
#include "gui/settings.h"
#include "gui/simulationactionhandler.h"
#include "gui/textactionhandler.h"
#include "gui/viewactionhandler.h"
#include "views/canvas/conditionstatusprovider.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/common/focusframe.h"
#include "views/common/icons.h"
#include "views/forms/propertiesview.h"
#include "views/migrate/migrationview.h"
#include "views/preview/codeview.h"
#include "views/preview/previewsession.h"
#include "views/preview/previewwidget.h"
#include "views/preview/yamlview.h"
#include "views/problems/problemsmodel.h"
#include "views/problems/problemsview.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/simulationworkspace.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetreemodel.h"
#include "views/tree/resourcetreeview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

namespace gw {

using views::Icons;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::make_unique<Settings>())
    , m_defaultPrompts(std::make_unique<Prompts>())
    , m_prompts(m_defaultPrompts.get())
    , m_design(new Design(this))
    , m_selection(new views::DesignSelection(m_design, this))
    , m_preview(new views::PreviewSession(m_design, this))
    , m_status(std::make_unique<views::ConditionStatusProvider>(m_preview))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks |
                   QMainWindow::AllowNestedDocks);
    m_preview->setProfile(m_settings->previewProfile());

    m_resourceActions = new views::ResourceActions(m_selection, this);
    createViews();
    m_documents = new DocumentActionHandler(m_selection, m_settings.get(), m_prompts, this);
    m_edits = new EditActionHandler(m_selection, m_documents, m_resourceActions, this);
    m_viewActions = new ViewActionHandler(m_topology, m_settings.get(), m_prompts, this);
    m_autoSaver = new AutoSaver(m_design, this);
    m_autoSaver->setInterval(m_settings->autosaveInterval());
    m_simulation = new SimulationActionHandler(m_workspace, m_documents, m_prompts, this);
    m_text = new TextActionHandler(m_previewWidget, m_yaml, m_previewTabs, this);
    m_help = new HelpActionHandler(m_settings.get(), m_prompts, menuBar(), this);
    m_migration = new MigrationActionHandler(m_migrationView, m_migrationDock, m_documents, m_prompts, this);
    connect(m_migration, &MigrationActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_migrationView, &views::MigrationView::statusMessage, this, &MainWindow::showStatusMessage);
    m_migrationView->setCutOverSeconds(m_settings->migrationCutOver());
    connect(m_migrationView, &views::MigrationView::cutOverChanged, this,
            [this](int seconds) { m_settings->setMigrationCutOver(seconds); });
    m_edits->undoGroup()->addStack(m_workspace->store()->undoStack());
    // One source of Pods: the scenario chosen in the workspace pins the design's Pods, so the canvas,
    // the preview and the simulator show the same names and addresses.
    connect(m_workspace->store(), &views::ScenarioStore::currentChanged, m_design,
            &Design::setCurrentScenario);
    m_design->setCurrentScenario(m_workspace->store()->current());
    createMenus();
    createToolBar();
    createStatusBar();

    // The canvas takes the resource shortcuts too (the tree has them already); both import the
    // clipboard's manifests on Ctrl+V.
    m_topology->addAction(m_resourceActions->duplicateAction());
    m_topology->addAction(m_resourceActions->deleteAction());
    m_topology->addAction(m_resourceActions->renameAction());
    m_topology->addAction(m_resourceActions->copyAction());
    m_topology->addAction(m_edits->pasteAction());
    m_tree->addAction(m_edits->pasteAction());
    connect(m_tree->resourceModel(), &views::ResourceTreeModel::filesDropped, this,
            [this](const QList<QUrl> &urls) {
                QStringList paths;
                for (const QUrl &u : urls) {
                    if (u.isLocalFile())
                        paths << u.toLocalFile();
                }
                if (!paths.isEmpty())
                    m_documents->importFiles(paths);
            });
    connect(m_tree->resourceModel(), &views::ResourceTreeModel::editFailed, this,
            &MainWindow::showStatusMessage);
    // A Deployment or Service renamed: offer to rename the labels that link them.
    connect(m_tree->resourceModel(), &views::ResourceTreeModel::renamed, this,
            [this](ResourceId id, const QString &oldName) {
                const Resource *r = m_design->resource(id);
                if (!r)
                    return;
                const std::vector<LabelCarrier::Edit> edits = LabelCarrier::find(*m_design, *r, oldName);
                if (edits.empty())
                    return;
                const QString newName = r->meta.name;
                if (m_prompts->carryLabels(this, LabelCarrier::describe(*m_design, edits, oldName), newName))
                    LabelCarrier::apply(m_design, edits, oldName, newName);
            });
    connect(m_documents, &DocumentActionHandler::loadDiagnostics, m_problems->problemsModel(),
            &views::ProblemsModel::setLoadDiagnostics);
    connect(m_documents, &DocumentActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_edits, &EditActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_text, &TextActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_text, &TextActionHandler::previewNeeded, this, [this] {
        m_previewDock->show();
        m_previewDock->raise();
    });
    connect(m_help, &HelpActionHandler::restartRequested, this, &MainWindow::restart);
    // Enter on a canvas node: on to its form. A new form changes what Tab visits.
    connect(m_topology, &views::TopologyView::nodeActivated, this, [this] {
        m_propertiesDock->show();
        m_propertiesDock->raise();
        m_properties->focusForm();
    });
    connect(m_selection, &views::DesignSelection::currentChanged, this, &MainWindow::updateTabOrder);
    m_topology->setResourceActions(m_resourceActions);
    for (QWidget *w : std::initializer_list<QWidget *> {m_tree, m_topology, m_previewWidget->codeView(),
                                                        m_yaml->codeView(), m_problems})
        views::FocusFrame::install(w);
    connect(m_viewActions, &ViewActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_design, &Design::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_design, &Design::changed, this, &MainWindow::updateTitle);
    connect(m_preview, &views::PreviewSession::updated, m_topology->topologyScene(),
            &views::TopologyScene::refreshStatus);
    connect(m_preview, &views::PreviewSession::profileChanged, this,
            [this](const views::PreviewProfile &p) { m_settings->setPreviewProfile(p); });
    connect(m_topology->topologyScene(), &views::TopologyScene::editFailed, this,
            &MainWindow::showStatusMessage);
    m_topology->topologyScene()->setStatusProvider(m_status.get());
    connect(m_simulation, &SimulationActionHandler::simulationShown, this,
            [this] { setMode(Mode::Simulation); });
    connect(m_simulation, &SimulationActionHandler::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_workspace, &views::SimulationWorkspace::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_preview, &views::PreviewSession::profileChanged, this, &MainWindow::updateSimulationProfile);
    updateSimulationProfile();

    resetLayout();
    readSettings();
    if (!m_migrationView->hasSession())
        m_migrationDock->hide();
    updateTitle();
    updateTabOrder();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPreviewProvider(std::unique_ptr<views::PreviewProvider> provider)
{
    m_preview->setProvider(std::move(provider));
}

void MainWindow::setPrompts(Prompts *prompts)
{
    m_prompts = prompts ? prompts : m_defaultPrompts.get();
    m_documents->setPrompts(m_prompts);
    m_simulation->setPrompts(m_prompts);
    m_help->setPrompts(m_prompts);
    m_migration->setPrompts(m_prompts);
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createViews()
{
    // Design and Simulation modes share the middle of the window.
    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("modeStack"));
    m_topology = new views::TopologyView(m_selection, m_central);
    m_workspace = new views::SimulationWorkspace(m_design, m_central);
    m_central->addWidget(m_topology);
    m_central->addWidget(m_workspace);
    m_workspace->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setCentralWidget(m_central);

    m_tree = new views::ResourceTreeView(m_selection, m_resourceActions, this);
    m_treeDock = addDock(QStringLiteral("resourcesDock"), tr("Resources"), m_tree, Qt::LeftDockWidgetArea);

    m_properties = new views::PropertiesView(m_selection, this);
    m_propertiesDock =
        addDock(QStringLiteral("propertiesDock"), tr("Properties"), m_properties, Qt::RightDockWidgetArea);

    m_previewTabs = new QTabWidget(this);
    m_previewTabs->setDocumentMode(true);
    m_previewWidget = new views::PreviewWidget(m_preview, m_selection, m_previewTabs);
    m_yaml = new views::YamlView(m_selection, m_previewTabs);
    m_previewTabs->addTab(m_previewWidget, tr("nginx -T"));
    m_previewTabs->addTab(m_yaml, tr("YAML"));
    m_previewTabs->setTabToolTip(0, tr("The configuration NGINX Gateway Fabric would generate"));
    m_previewTabs->setTabToolTip(1, tr("The selected resource as it will be exported"));
    m_previewDock =
        addDock(QStringLiteral("previewDock"), tr("Preview"), m_previewTabs, Qt::BottomDockWidgetArea);

    m_problems = new views::ProblemsView(m_preview, m_selection, this);
    m_problemsDock =
        addDock(QStringLiteral("problemsDock"), tr("Problems"), m_problems, Qt::BottomDockWidgetArea);
    connect(m_problems->problemsModel(), &views::ProblemsModel::countsChanged, this,
            &MainWindow::updateProblemCount);
    // The form shows NGF's messages under the fields they name (the Problems panel's rows).
    m_properties->setProblemsProvider([model = m_problems->problemsModel()](ResourceId resource) {
        std::vector<views::FieldProblem> problems;
        for (int row = 0; row < model->rowCount(); ++row) {
            const views::ProblemsModel::Problem &p = model->problem(row);
            if (p.resource == resource)
                problems.push_back({p.field, p.detail, p.health != views::Health::Error});
        }
        return problems;
    });
    connect(m_problems->problemsModel(), &QAbstractItemModel::modelReset, m_properties,
            &views::PropertiesView::refreshProblems);

    m_migrationView = new views::MigrationView(m_selection, this);
    m_migrationDock =
        addDock(QStringLiteral("migrationDock"), tr("Migration"), m_migrationView, Qt::BottomDockWidgetArea);

    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
}

void MainWindow::resetLayout()
{
    // The canvas in the middle; the tree left, the form right; the preview and the problems
    // below the canvas, where their long lines have room.
    for (QDockWidget *dock : {m_treeDock, m_propertiesDock, m_previewDock, m_problemsDock}) {
        dock->setFloating(false);
        dock->show();
    }
    addDockWidget(Qt::LeftDockWidgetArea, m_treeDock);
    addDockWidget(Qt::RightDockWidgetArea, m_propertiesDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    tabifyDockWidget(m_previewDock, m_problemsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_migrationDock);
    tabifyDockWidget(m_problemsDock, m_migrationDock);
    // The Migration panel is there once something was migrated.
    m_migrationDock->setFloating(false);
    m_migrationDock->setVisible(m_migrationView->hasSession());
    m_previewDock->raise();
    resizeDocks({m_treeDock, m_propertiesDock}, {250, 430}, Qt::Horizontal);
    resizeDocks({m_previewDock}, {340}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_documents->newAction());
    file->addAction(m_documents->openAction());
    file->addMenu(m_documents->recentMenu());
    file->addAction(m_documents->openExampleAction());
    file->addAction(m_documents->openTlsExampleAction());
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    import->addAction(m_documents->importFileAction());
    import->addAction(m_documents->importTextAction());
    import->addSeparator();
    import->addAction(m_migration->migrateAction());
    file->addSeparator();
    file->addAction(m_documents->saveAction());
    file->addAction(m_documents->saveAsAction());
    file->addAction(m_documents->exportAction());
    file->addAction(m_documents->reloadAction());
    file->addSeparator();
    file->addAction(m_documents->quitAction());

    views::ResourceActions *actions = m_resourceActions;
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_edits->undoAction());
    edit->addAction(m_edits->redoAction());
    edit->addSeparator();
    edit->addAction(m_edits->pasteAction());
    edit->addSeparator();
    edit->addAction(m_text->findAction());
    edit->addAction(m_text->findNextAction());
    edit->addAction(m_text->findPreviousAction());
    edit->addSeparator();
    edit->addMenu(actions->addMenu());
    edit->addAction(actions->duplicateAction());
    edit->addAction(actions->renameAction());
    edit->addAction(actions->copyAction());
    edit->addSeparator();
    edit->addAction(actions->deleteAction());

    m_modes = new QActionGroup(this);
    m_designMode = m_modes->addAction(Icons::icon(QStringLiteral("mode-design")), tr("&Design"));
    m_simulationMode = m_modes->addAction(Icons::icon(QStringLiteral("mode-simulation")), tr("&Simulation"));
    m_designMode->setObjectName(QStringLiteral("designMode"));
    m_simulationMode->setObjectName(QStringLiteral("simulationMode"));
    m_designMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_simulationMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_designMode->setToolTip(tr("Edit the design: canvas, resources, properties, preview (Ctrl+1)"));
    m_simulationMode->setToolTip(tr("Simulate clients, events and session persistence (Ctrl+2)"));
    for (QAction *a : {m_designMode, m_simulationMode})
        a->setCheckable(true);
    m_designMode->setChecked(true);
    connect(m_designMode, &QAction::triggered, this, [this] { setMode(Mode::Design); });
    connect(m_simulationMode, &QAction::triggered, this, [this] { setMode(Mode::Simulation); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_viewActions->zoomInAction());
    view->addAction(m_viewActions->zoomOutAction());
    view->addAction(m_viewActions->zoomResetAction());
    view->addAction(m_viewActions->fitAction());
    view->addAction(m_viewActions->exportAction());
    view->addSeparator();
    view->addAction(m_text->nextChangeAction());
    view->addAction(m_text->previousChangeAction());
    view->addSeparator();
    QMenu *panels = view->addMenu(tr("&Panels"));
    for (QDockWidget *dock : {m_treeDock, m_propertiesDock, m_previewDock, m_problemsDock, m_migrationDock})
        panels->addAction(dock->toggleViewAction());
    panels->addSeparator();
    connect(panels->addAction(tr("&Reset Layout")), &QAction::triggered, this, &MainWindow::resetLayout);
    view->addMenu(m_viewActions->schemeMenu());
    view->addMenu(m_help->languageMenu());
    view->addSeparator();
    view->addAction(m_designMode);
    view->addAction(m_simulationMode);

    menuBar()->addMenu(m_simulation->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_help->userGuideAction());
    help->addAction(m_help->shortcutsAction());
    help->addSeparator();
    help->addAction(m_help->aboutAction());
    help->addAction(m_help->aboutQtAction());
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_documents->newAction());
    bar->addAction(m_documents->openAction());
    bar->addAction(m_documents->saveAction());
    bar->addSeparator();
    bar->addAction(m_edits->undoAction());
    bar->addAction(m_edits->redoAction());
    bar->addSeparator();
    views::ResourceActions *actions = m_resourceActions;
    auto *add = new QToolButton(bar);
    add->setMenu(actions->addMenu());
    add->setPopupMode(QToolButton::InstantPopup);
    add->setIcon(Icons::icon(QStringLiteral("list-add")));
    add->setToolTip(tr("Add a resource"));
    add->setAccessibleName(tr("Add Resource"));
    bar->addWidget(add);
    bar->addAction(actions->duplicateAction());
    bar->addAction(actions->deleteAction());
    bar->addSeparator();
    bar->addAction(m_documents->importTextAction());
    bar->addSeparator();
    bar->addAction(m_viewActions->fitAction());
    bar->addAction(m_viewActions->zoomInAction());
    bar->addAction(m_viewActions->zoomOutAction());

    // The modes, at the right end: Design | Simulation.
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    for (QAction *mode : {m_designMode, m_simulationMode}) {
        auto *b = new QToolButton(bar);
        b->setDefaultAction(mode);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
}

void MainWindow::setMode(Mode mode)
{
    (mode == Mode::Design ? m_designMode : m_simulationMode)->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    const bool simulation = mode == Mode::Simulation;
    m_central->setCurrentWidget(simulation ? static_cast<QWidget *>(m_workspace) : m_topology);
    // The hidden mode's page does not count for the window's minimum size (QStackedLayout skips
    // pages whose size policy is Ignored).
    m_workspace->setSizePolicy(simulation ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                               simulation ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_topology->setSizePolicy(simulation ? QSizePolicy::Ignored : QSizePolicy::Expanding,
                              simulation ? QSizePolicy::Ignored : QSizePolicy::Expanding);
    // The design's panels make room for the workspace and come back as they were.
    if (simulation) {
        m_hiddenDocks.clear();
        for (QDockWidget *dock :
             {m_treeDock, m_propertiesDock, m_previewDock, m_problemsDock, m_migrationDock}) {
            if (dock->isVisible()) {
                m_hiddenDocks.push_back(dock);
                dock->hide();
            }
        }
    } else {
        for (QDockWidget *dock : m_hiddenDocks)
            dock->show();
        m_hiddenDocks.clear();
    }
    m_edits->undoGroup()->setActiveStack(simulation ? m_workspace->store()->undoStack()
                                                    : m_design->undoStack());
    // Find and the changes act on the preview, which the simulation hides.
    for (QAction *a : {m_text->findAction(), m_text->findNextAction(), m_text->findPreviousAction(),
                       m_text->nextChangeAction(), m_text->previousChangeAction()})
        a->setEnabled(!simulation);
}

void MainWindow::updateSimulationProfile()
{
    m_workspace->setBaseProfile(NgfPreviewProvider::profile(m_preview->profile()));
}

void MainWindow::createStatusBar()
{
    m_problemCount = new QLabel(this);
    m_problemCount->setContentsMargins(6, 0, 6, 0);
    statusBar()->addPermanentWidget(m_problemCount);
    updateProblemCount(0, 0);
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 6000);
}

void MainWindow::updateProblemCount(int errors, int warnings)
{
    m_problemCount->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") +
                            tr("%n warning(s)", nullptr, warnings));
    m_problemsDock->setWindowTitle(errors + warnings > 0 ? tr("Problems (%1)").arg(errors + warnings)
                                                         : tr("Problems"));
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_documents->displayName() + QStringLiteral("[*]"));
    setWindowModified(m_design->isModified());
}

void MainWindow::readSettings()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1560, 960);
    const QByteArray state = m_settings->windowState();
    if (!state.isEmpty())
        restoreState(state);
}

void MainWindow::writeSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
}

QList<QWidget *> MainWindow::tabOrder() const
{
    // The panels in reading order; in each, the widgets that take Tab focus in their chain order.
    const QList<QWidget *> panels {m_tree, m_topology, m_properties, m_previewTabs, m_problems};
    QList<QWidget *> chain;
    // Every widget of the window once, in the current focus chain (bounded by the chain's length).
    QWidget *w = const_cast<MainWindow *>(this);
    for (int guard = 0; guard < 100000; ++guard) {
        w = w->nextInFocusChain();
        if (w == this)
            break;
        chain << w;
    }
    QList<QWidget *> order;
    for (QWidget *panel : panels) {
        // A floating panel is a window of its own: Tab stays inside it.
        if (panel->window() != this)
            continue;
        if (panel->focusPolicy() & Qt::TabFocus)
            order << panel;
        for (QWidget *c : std::as_const(chain)) {
            if (panel->isAncestorOf(c) && (c->focusPolicy() & Qt::TabFocus) && !order.contains(c))
                order << c;
        }
    }
    return order;
}

void MainWindow::updateTabOrder()
{
    const QList<QWidget *> order = tabOrder();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order[i], order[i + 1]);
}

void MainWindow::restart()
{
    if (!m_documents->maybeSave())
        return;
    // The new process opens the design's files again (unsaved text was saved or discarded above).
    QStringList arguments;
    for (int i = 0; i < m_design->fileCount(); ++i) {
        if (!m_design->file(i).path.isEmpty())
            arguments << m_design->file(i).path;
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
        showStatusMessage(tr("Cannot restart Gateway Studio: start it again yourself."));
        return;
    }
    m_restarting = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_restarting && !m_documents->maybeSave()) {
        event->ignore();
        return;
    }
    // The panels' layout is saved as the design mode shows it.
    setMode(Mode::Design);
    writeSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    // Into an empty window the files open; into a design they are imported (one undo step).
    if (m_design->resources().empty() && !m_design->isModified())
        m_documents->open(paths);
    else
        m_documents->importFiles(paths);
}

} // namespace gw
