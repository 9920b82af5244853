// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The simulation workspace's costs on the GUI thread:
//  - BM_ScenarioEdit: one scenario field edit (yaml::Editor, the Design re-reading the document,
//    the scenario parsed again), what every keystroke-merged edit of the editor costs;
//  - BM_RunSnapshot: the snapshot a run takes before it goes to the worker (the design's text and
//    the parsed scenario);
//  - BM_EventLatencyDuringRun: how long a posted event waits in the GUI thread's queue while a
//    1,000,000-client run works on the worker thread (the window's responsiveness).
#include "core/design.h"
#include "sim/scenariorunner.h"
#include "sim/simulationinput.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/simulationrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace gw;

namespace {

QByteArray example(const char *name)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool loadAtScale(Design &design)
{
    return design.addFile(example("cafe.yaml"), QStringLiteral("cafe.yaml")).ok &&
        design.addFile(example("cafe-at-scale.scenario.yaml"), QStringLiteral("cafe-at-scale.scenario.yaml"))
            .ok;
}

void BM_ScenarioEdit(benchmark::State &state)
{
    Design design;
    if (!loadAtScale(design)) {
        state.SkipWithError("examples missing");
        return;
    }
    views::ScenarioStore store(&design);
    const yaml::Path seed = yaml::Path::of("spec.seed");
    int i = 0;
    for (auto _ : state) {
        // Different paths each time, so that the edits do not merge into one command.
        store.setField(i % 2 ? seed : yaml::Path::of("spec.stripClients"), yaml::Value(i),
                       QStringLiteral("bench"));
        ++i;
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ScenarioEdit)->Unit(benchmark::kMicrosecond);

void BM_RunSnapshot(benchmark::State &state)
{
    Design design;
    if (!loadAtScale(design)) {
        state.SkipWithError("examples missing");
        return;
    }
    views::ScenarioStore store(&design);
    for (auto _ : state) {
        const sim::Scenario scenario = *store.scenario();
        const sim::SimulationInput input =
            sim::SimulationInput::fromDesign(design, sim::ScenarioRunner::profile(scenario, {}));
        benchmark::DoNotOptimize(input.files.size());
    }
}
BENCHMARK(BM_RunSnapshot)->Unit(benchmark::kMicrosecond);

void BM_EventLatencyDuringRun(benchmark::State &state)
{
    Design design;
    if (!loadAtScale(design)) {
        state.SkipWithError("examples missing");
        return;
    }
    views::ScenarioStore store(&design);
    sim::Scenario scenario = *store.scenario();
    scenario.populations.front().clients = 1000000;
    views::SimulationRun run;
    run.start(sim::SimulationInput::fromDesign(design, sim::ScenarioRunner::profile(scenario, {})), scenario);
    QObject receiver;
    for (auto _ : state) {
        if (!run.isRunning()) {
            state.SkipWithError("the run ended before the measurement did");
            break;
        }
        bool delivered = false;
        QElapsedTimer clock;
        clock.start();
        QMetaObject::invokeMethod(
            &receiver, [&delivered] { delivered = true; }, Qt::QueuedConnection);
        while (!delivered)
            QCoreApplication::processEvents();
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
    }
    run.cancel();
    run.wait();
}
BENCHMARK(BM_EventLatencyDuringRun)->UseManualTime()->Unit(benchmark::kMicrosecond)->Iterations(2000);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
