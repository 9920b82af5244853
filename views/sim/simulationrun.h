// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/methodcomparison.h"
#include "sim/scenario.h"
#include "sim/scenariorunner.h"
#include "sim/simulationinput.h"
#include "sim/simulationresult.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace gw::views {

/**
 * Runs a scenario, or a comparison of methods, on a worker thread: the GUI thread takes a snapshot
 * of the design (sim::SimulationInput) and the parsed scenario, the worker runs
 * sim::ScenarioRunner or sim::MethodComparer on them and never touches a live object. Progress is
 * posted back to the GUI thread (at most every 1 % of the planned requests); cancel() raises the
 * runner's atomic flag, and the run stops within a few thousand requests. One run at a time.
 */
class SimulationRun : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Scenario, Comparison };

    explicit SimulationRun(QObject *parent = nullptr);
    /** Cancels a run still going and waits for its thread. */
    ~SimulationRun() override;

    /** Starts a run; false when one is going on. */
    bool start(sim::SimulationInput input, sim::Scenario scenario, sim::RunOptions options = {});
    bool startComparison(sim::SimulationInput input, sim::Scenario scenario, sim::CompareOptions compare = {},
                         sim::RunOptions options = {});
    /** Asks the running simulation to stop; it reports what it has (cancelled) through finished(). */
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    Kind kind() const { return m_kind; }
    /** Blocks until the worker thread has ended (tests, shutdown); true when it has. */
    bool wait(int timeoutMs = -1);

    /** The last results (null before the first run of that kind, and after clearResults()). */
    std::shared_ptr<const sim::SimulationResult> result() const { return m_result; }
    std::shared_ptr<const sim::MethodComparison> comparison() const { return m_comparison; }
    /** The scenario of result(). */
    std::shared_ptr<const sim::Scenario> scenario() const { return m_scenario; }
    /** The scenario of comparison(). */
    std::shared_ptr<const sim::Scenario> comparisonScenario() const { return m_comparisonScenario; }
    /**
     * Forgets the results (they describe a design that was replaced). A run still going is
     * cancelled and discarded: it ends with finished(false, true) and publishes nothing.
     */
    void clearResults();

Q_SIGNALS:
    void started(gw::views::SimulationRun::Kind kind, qint64 planned);
    void progressed(qint64 done, qint64 planned);
    /** A run ended (also when cancelled: the result says so). \a ok is false when nothing came out. */
    void finished(bool ok, bool cancelled);
    /** Why the last run produced nothing, or its warnings. */
    void diagnosticsChanged(const gw::Diagnostics &diagnostics);
    /** clearResults() forgot the results. */
    void resultsCleared();

private:
    bool launch(Kind kind, std::function<void()> work, qint64 planned);
    void done();
    void postProgress(qint64 done, qint64 planned);

    Kind m_kind = Kind::Scenario;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    std::atomic<int> m_lastPercent {-1};
    bool m_discard = false; ///< the running run's results are not wanted (clearResults())
    std::shared_ptr<const sim::Scenario> m_runningScenario;
    std::shared_ptr<const sim::Scenario> m_scenario;
    std::shared_ptr<const sim::Scenario> m_comparisonScenario;
    std::shared_ptr<const sim::SimulationResult> m_result;
    std::shared_ptr<const sim::MethodComparison> m_comparison;
    // Written by the worker, read in the GUI thread after it ended.
    std::optional<sim::SimulationResult> m_pendingResult;
    std::optional<sim::MethodComparison> m_pendingComparison;
    Diagnostics m_pendingDiagnostics;
};

} // namespace gw::views
