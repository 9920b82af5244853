// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/simulationrun.h"

#include <QDeadlineTimer>
#include <QThread>

#include <algorithm>
#include <limits>

namespace gw::views {

SimulationRun::SimulationRun(QObject *parent)
    : QObject(parent)
{ }

SimulationRun::~SimulationRun()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SimulationRun::postProgress(qint64 done, qint64 planned)
{
    // Called on the worker: only post when the percentage moved, so the GUI thread's queue stays short.
    // In double: done * 100 overflows qint64 for absurd scenarios.
    const int percent = planned > 0 ? int(100.0 * double(done) / double(planned)) : 0;
    if (m_lastPercent.exchange(percent) == percent && done != planned)
        return;
    QMetaObject::invokeMethod(
        this, [this, done, planned] { Q_EMIT progressed(done, planned); }, Qt::QueuedConnection);
}

bool SimulationRun::launch(Kind kind, std::function<void()> work, qint64 planned)
{
    if (m_thread)
        return false;
    m_kind = kind;
    m_cancel = false;
    m_discard = false;
    m_lastPercent = -1;
    m_pendingResult.reset();
    m_pendingComparison.reset();
    m_pendingDiagnostics.clear();
    m_thread = QThread::create(std::move(work));
    m_thread->setObjectName(QStringLiteral("gw-simulation"));
    connect(m_thread, &QThread::finished, this, &SimulationRun::done);
    Q_EMIT started(kind, planned);
    m_thread->start(QThread::LowPriority);
    return true;
}

bool SimulationRun::start(sim::SimulationInput input, sim::Scenario scenario, sim::RunOptions options)
{
    auto shared = std::make_shared<const sim::Scenario>(std::move(scenario));
    const qint64 planned = sim::ScenarioRunner::plannedRequests(*shared);
    options.cancel = &m_cancel;
    options.progress = [this](qint64 done, qint64 planned) { postProgress(done, planned); };
    const bool ok = launch(
        Kind::Scenario,
        [this, input = std::move(input), shared, options = std::move(options)] {
            m_pendingResult = sim::ScenarioRunner::run(input, *shared, options, m_pendingDiagnostics);
        },
        planned);
    if (ok)
        m_runningScenario = shared;
    return ok;
}

bool SimulationRun::startComparison(sim::SimulationInput input, sim::Scenario scenario,
                                    sim::CompareOptions compare, sim::RunOptions options)
{
    auto shared = std::make_shared<const sim::Scenario>(std::move(scenario));
    // Saturating: the parser bounds the planned requests, but a product must not overflow.
    const qint64 perMethod = sim::ScenarioRunner::plannedRequests(*shared);
    const qint64 methods = qint64(sim::MethodComparer::methods().size());
    const qint64 planned = perMethod > std::numeric_limits<qint64>::max() / std::max<qint64>(1, methods)
        ? std::numeric_limits<qint64>::max()
        : perMethod * methods;
    options.cancel = &m_cancel;
    options.progress = [this](qint64 done, qint64 planned) { postProgress(done, planned); };
    const bool ok = launch(
        Kind::Comparison,
        [this, input = std::move(input), shared, compare = std::move(compare), options = std::move(options)] {
            m_pendingComparison =
                sim::MethodComparer::run(input, *shared, compare, options, m_pendingDiagnostics);
        },
        planned);
    if (ok)
        m_runningScenario = shared;
    return ok;
}

void SimulationRun::cancel()
{
    m_cancel = true;
}

void SimulationRun::clearResults()
{
    if (m_thread) {
        m_discard = true;
        m_cancel = true;
    }
    m_result.reset();
    m_comparison.reset();
    m_scenario.reset();
    m_comparisonScenario.reset();
    Q_EMIT resultsCleared();
}

bool SimulationRun::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    const bool ended = timeoutMs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(timeoutMs));
    return ended;
}

void SimulationRun::done()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    bool ok = false;
    bool cancelled = false;
    Diagnostics diagnostics = std::move(m_pendingDiagnostics);
    if (m_discard) { // its design was replaced: nothing of it is published
        m_discard = false;
        m_pendingResult.reset();
        m_pendingComparison.reset();
        m_runningScenario.reset();
        Q_EMIT finished(false, true);
        return;
    }
    if (m_kind == Kind::Scenario && m_pendingResult) {
        cancelled = m_pendingResult->cancelled;
        diagnostics.insert(diagnostics.end(), m_pendingResult->diagnostics.begin(),
                           m_pendingResult->diagnostics.end());
        m_result = std::make_shared<const sim::SimulationResult>(std::move(*m_pendingResult));
        m_scenario = m_runningScenario;
        ok = true;
    } else if (m_kind == Kind::Comparison && m_pendingComparison) {
        cancelled = m_pendingComparison->cancelled;
        m_comparison = std::make_shared<const sim::MethodComparison>(std::move(*m_pendingComparison));
        m_comparisonScenario = m_runningScenario;
        ok = true;
    }
    m_pendingResult.reset();
    m_pendingComparison.reset();
    m_runningScenario.reset();
    Q_EMIT diagnosticsChanged(diagnostics);
    Q_EMIT finished(ok, cancelled || m_cancel);
}

} // namespace gw::views
