// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>
#include <vector>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace gw {

class AutoSaver;
class Design;
class DocumentActionHandler;
class EditActionHandler;
class HelpActionHandler;
class MigrationActionHandler;
class Prompts;
class Settings;
class SimulationActionHandler;
class TextActionHandler;
class ViewActionHandler;

namespace views {
class ConditionStatusProvider;
class DesignSelection;
class MigrationView;
class PreviewProvider;
class PreviewSession;
class PreviewWidget;
class ProblemsView;
class PropertiesView;
class ResourceActions;
class ResourceTreeView;
class SimulationWorkspace;
class TopologyView;
class YamlView;
} // namespace views

/**
 * Gateway Studio's main window: the topology canvas in the middle, the resource tree and the
 * properties form on the left, the live nginx preview and the YAML of the selection on the right,
 * the problems below. It owns the Design and wires the views to it; what the menus do lives in
 * the action handlers (documents, edits, view).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Mode { Design, Simulation };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Design *design() const { return m_design; }
    views::DesignSelection *selection() const { return m_selection; }
    views::PreviewSession *previewSession() const { return m_preview; }
    /** Sets the engine of the live preview (nullptr: none). */
    void setPreviewProvider(std::unique_ptr<views::PreviewProvider> provider);
    /** Replaces the dialogs (tests answer them). Not owned. */
    void setPrompts(Prompts *prompts);

    DocumentActionHandler *documents() const { return m_documents; }
    EditActionHandler *edits() const { return m_edits; }
    ViewActionHandler *viewActions() const { return m_viewActions; }
    SimulationActionHandler *simulationActions() const { return m_simulation; }
    TextActionHandler *textActions() const { return m_text; }
    HelpActionHandler *helpActions() const { return m_help; }
    MigrationActionHandler *migrationActions() const { return m_migration; }
    AutoSaver *autoSaver() const { return m_autoSaver; }

    views::ResourceTreeView *resourceTree() const { return m_tree; }
    views::PropertiesView *properties() const { return m_properties; }
    views::TopologyView *topology() const { return m_topology; }
    views::PreviewWidget *previewWidget() const { return m_previewWidget; }
    views::YamlView *yamlView() const { return m_yaml; }
    views::ProblemsView *problems() const { return m_problems; }
    QTabWidget *previewTabs() const { return m_previewTabs; }
    views::SimulationWorkspace *simulationWorkspace() const { return m_workspace; }
    /** The Migration panel: the report and the before/after of File ▸ Import ▸ Migrate from ingress-nginx. */
    views::MigrationView *migrationView() const { return m_migrationView; }
    QDockWidget *migrationDock() const { return m_migrationDock; }

    Mode mode() const { return m_mode; }
    /** Shows the design (canvas and panels) or the simulation workspace. */
    void setMode(Mode mode);
    QAction *designModeAction() const { return m_designMode; }
    QAction *simulationModeAction() const { return m_simulationMode; }

    /** Lays the panels out as they are on a first start. */
    void resetLayout();
    /**
     * Puts the panels in reading order for Tab: the resource tree, the canvas, the form, the
     * preview, the problems (the form's fields in their own order). Called again when another
     * form is shown, since forms are made when first needed.
     */
    void updateTabOrder();
    /** The widgets Tab visits, in order (for tests). */
    QList<QWidget *> tabOrder() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *content,
                         Qt::DockWidgetArea area);
    void updateTitle();
    void updateProblemCount(int errors, int warnings);
    void showStatusMessage(const QString &message);
    void readSettings();
    void writeSettings();
    void updateSimulationProfile();
    void restart();

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Prompts> m_defaultPrompts;
    Prompts *m_prompts;
    Design *m_design;
    views::DesignSelection *m_selection;
    views::PreviewSession *m_preview;
    std::unique_ptr<views::ConditionStatusProvider> m_status;
    views::ResourceActions *m_resourceActions = nullptr;
    views::ResourceTreeView *m_tree = nullptr;
    views::PropertiesView *m_properties = nullptr;
    views::TopologyView *m_topology = nullptr;
    views::PreviewWidget *m_previewWidget = nullptr;
    views::YamlView *m_yaml = nullptr;
    views::ProblemsView *m_problems = nullptr;
    QTabWidget *m_previewTabs = nullptr;
    QDockWidget *m_treeDock = nullptr;
    QDockWidget *m_propertiesDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    views::MigrationView *m_migrationView = nullptr;
    QDockWidget *m_migrationDock = nullptr;
    MigrationActionHandler *m_migration = nullptr;
    QLabel *m_problemCount = nullptr;
    DocumentActionHandler *m_documents = nullptr;
    EditActionHandler *m_edits = nullptr;
    ViewActionHandler *m_viewActions = nullptr;
    AutoSaver *m_autoSaver = nullptr;
    SimulationActionHandler *m_simulation = nullptr;
    TextActionHandler *m_text = nullptr;
    HelpActionHandler *m_help = nullptr;
    bool m_restarting = false;
    views::SimulationWorkspace *m_workspace = nullptr;
    QStackedWidget *m_central = nullptr;
    QActionGroup *m_modes = nullptr;
    QAction *m_designMode = nullptr;
    QAction *m_simulationMode = nullptr;
    Mode m_mode = Mode::Design;
    std::vector<QDockWidget *> m_hiddenDocks; ///< design panels hidden by the simulation mode
};

} // namespace gw
