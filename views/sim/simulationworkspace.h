// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/profile.h"
#include "sim/scenario.h"
#include "sim/simulationinput.h"
#include "yaml/diagnostic.h"

#include <QWidget>

#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QSplitter;
class QTabWidget;

namespace gw {
class Design;
}
namespace gw::probe {
struct ProbeSetup;
}

namespace gw::views {

class EventEditor;
class MethodComparisonView;
class ProbeView;
class ScenarioEditor;
class ScenarioStore;
class SimulationResultsView;
class SimulationRun;
class TimelineWidget;

/**
 * The simulation workspace, the main window's second mode: the scenario editor on the left, the
 * results on the right (charts and KPIs, the comparison of methods, and the transcript of the
 * recorded requests in the guide's curl form next to the charts), the event timeline below.
 *
 * Runs are explicit (Run, Compare Methods), never triggered by edits: the workspace takes a
 * snapshot of the design and the parsed scenario and hands it to a SimulationRun on a worker
 * thread, shows its progress and offers Cancel. The window stays responsive for any size of
 * scenario. The workspace owns the ScenarioStore whose undo stack the main window puts into its
 * QUndoGroup.
 */
class SimulationWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationWorkspace(Design *design, QWidget *parent = nullptr);
    ~SimulationWorkspace() override;

    ScenarioStore *store() const { return m_store; }
    SimulationRun *run() const { return m_run; }
    ScenarioEditor *scenarioEditor() const { return m_editor; }
    TimelineWidget *timeline() const { return m_timeline; }
    EventEditor *eventEditor() const { return m_eventEditor; }
    SimulationResultsView *resultsView() const { return m_results; }
    MethodComparisonView *comparisonView() const { return m_comparison; }
    QPlainTextEdit *transcriptView() const { return m_transcript; }
    /** The Probe tab: the requests sent for real, to the local sandbox or a gateway (docs/probe.md). */
    ProbeView *probeView() const { return m_probe; }
    QTabWidget *resultTabs() const { return m_tabs; }
    QProgressBar *progressBar() const { return m_progress; }

    QAction *runAction() const { return m_runAction; }
    QAction *compareAction() const { return m_compareAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    /** Simulation ▸ Run in Local nginx: the scenario's requests in the sandbox, in the Probe tab. */
    QAction *localNginxAction() const { return m_localNginx; }
    /** Checkable: shows the scenario editor and the timeline (off: the results take the window). */
    QAction *showEditorsAction() const { return m_showEditors; }

    /** The profile the scenario's own `profile` fields refine (the preview's). */
    void setBaseProfile(const ngf::Profile &profile) { m_profile = profile; }
    const ngf::Profile &baseProfile() const { return m_profile; }

    /** Runs the current scenario; false (with a message) when it has errors or a run is going on. */
    bool runScenario();
    /**
     * Runs the current scenario under every session persistence method; the consistent hash uses
     * hashKey() (empty: MethodComparer's choice from the scenario's requests).
     */
    bool compareMethods();
    QString hashKey() const;
    void setHashKey(const QString &key);
    void cancel();
    /**
     * Runs the current scenario's requests on the design in a private local nginx (the Probe tab,
     * target sandbox, requests from the scenario); false (with a message) when it cannot start.
     */
    bool runInLocalNginx();

    /** The transcript of the last run ("" when it did not record every request). */
    QString transcript() const;
    /** Shows the comparison tab (true) or the results tab. */
    void showComparison(bool comparison);
    /**
     * Shows the full results of method \a id of the comparison shown (its Details button) in the
     * results tab; false when the comparison has no results for it.
     */
    bool showMethod(const QString &id);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** A run (of either kind) ended; the views hold its results. */
    void runFinished(bool ok, bool cancelled);

private:
    std::optional<std::pair<sim::SimulationInput, sim::Scenario>> snapshot();
    void runStarted(qint64 planned);
    void runProgressed(qint64 done, qint64 planned);
    void runEnded(bool ok, bool cancelled);
    void updateActions();
    void designReset();
    bool probeInput(bool scenarioRequests, probe::ProbeSetup &setup, QString *error);

    Design *m_design;
    ScenarioStore *m_store;
    SimulationRun *m_run;
    ngf::Profile m_profile;
    ScenarioEditor *m_editor = nullptr;
    TimelineWidget *m_timeline = nullptr;
    EventEditor *m_eventEditor = nullptr;
    SimulationResultsView *m_results = nullptr;
    MethodComparisonView *m_comparison = nullptr;
    QPlainTextEdit *m_transcript = nullptr;
    ProbeView *m_probe = nullptr;
    QWidget *m_transcriptPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    QProgressBar *m_progress = nullptr;
    QAction *m_progressAction = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_hashKey = nullptr;
    QAction *m_runAction;
    QAction *m_compareAction;
    QAction *m_cancelAction;
    QAction *m_localNginx;
    QAction *m_showEditors;
    QWidget *m_timelineBox = nullptr;
    Diagnostics m_lastDiagnostics;
    QString m_recordNote; ///< says that the run records fewer requests than the scenario asks
    bool m_discardRun = false; ///< the design was replaced while the run went on
};

} // namespace gw::views
