// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace gw {

class DocumentActionHandler;
class Prompts;

namespace views {
class SimulationWorkspace;
}

/**
 * The Simulation menu: Run, Compare Methods and Cancel (the workspace's actions), New Scenario,
 * the Walk-through preset (the guide's cafe design and its curl loops, played with the transcript
 * next to the charts), export of the shown chart as PNG or SVG, of the results as CSV, and Print.
 * Asks for file names through Prompts so that tests can answer.
 */
class SimulationActionHandler : public QObject
{
    Q_OBJECT

public:
    SimulationActionHandler(views::SimulationWorkspace *workspace, DocumentActionHandler *documents,
                            Prompts *prompts, QWidget *window);

    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    QMenu *menu() const { return m_menu; }
    QAction *newScenarioAction() const { return m_newScenario; }
    QAction *walkthroughAction() const { return m_walkthrough; }
    /** The walk-through's curl loops sent to the cafe running in a private local nginx (Probe tab). */
    QAction *walkthroughLocalAction() const { return m_walkthroughLocal; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportSvgAction() const { return m_exportSvg; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *printAction() const { return m_print; }

    /**
     * Opens the walk-through: the bundled cafe design with its walk-through scenario (one unsaved
     * file, after asking about unsaved changes), and runs it. Emits walkthroughOpened() first so that
     * the window can show the simulation.
     */
    bool openWalkthrough();
    /** Opens the walk-through (as openWalkthrough()) and runs its requests in the local nginx. */
    bool openWalkthroughInLocalNginx();
    /** Copies the sandbox's logs and configuration into the folder \a path (created). */
    bool keepSandboxLogs(const QString &path);
    bool newScenario();
    /** Saves what is shown (the current chart, or the comparison) as PNG or SVG, by \a path's suffix. */
    bool exportImage(const QString &path);
    /** Saves the shown results (or the comparison) as CSV. */
    bool exportCsv(const QString &path);

    void retranslate();

Q_SIGNALS:
    void walkthroughOpened();
    void simulationShown();
    void statusMessage(const QString &message);

private:
    bool loadWalkthrough();
    QWidget *shownView() const;
    void updateActions();

    views::SimulationWorkspace *m_workspace;
    DocumentActionHandler *m_documents;
    Prompts *m_prompts;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_newScenario;
    QAction *m_walkthrough;
    QAction *m_walkthroughLocal;
    QAction *m_exportPng;
    QAction *m_exportSvg;
    QAction *m_exportCsv;
    QAction *m_print;
};

} // namespace gw
