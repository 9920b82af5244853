// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scenario runs: the walk-through's cafe (NGF edge, NGINX Plus) with large client populations, time
// and peak memory. Run one benchmark per process for a meaningful peak (ru_maxrss covers the whole
// process):
//   bench_scenario --benchmark_filter='BM_Scenario/1000000'
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <sys/resource.h>

using namespace gw;
using namespace gw::sim;

namespace {

/**
 * \a clients browsers behind NATs of 100, each with a cookie jar: one session of five requests to
 * one of coffee (ip_hash), tea (sticky cookie) and latte (random two least_conn), spread over a
 * minute; every Deployment scales 2 -> 4 at 30 s and rolls out a new template at 60 s.
 */
QByteArray scenarioText(qint64 clients)
{
    return "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata:\n  name: bench\nspec:\n"
           "  profile: {ngfVersion: edge, plus: true, experimental: true}\n  seed: 1\n"
           "  populations:\n  - name: browsers\n    clients: " +
        QByteArray::number(clients) +
        "\n    addresses: {plan: nat, groupSize: 100}\n    cookieJar: true\n    rampUp: 60s\n"
        "    requestsPerSession: 5\n    thinkTime: 3s\n    jitter: 0.2\n"
        "    routes:\n    - {host: cafe.example.com, path: /coffee}\n"
        "    - {host: cafe.example.com, path: /tea}\n    - {host: cafe.example.com, path: /latte}\n"
        "  events:\n"
        "  - {at: 30s, type: scale, deployment: coffee, replicas: 4}\n"
        "  - {at: 30s, type: scale, deployment: tea, replicas: 4}\n"
        "  - {at: 30s, type: scale, deployment: latte, replicas: 4}\n"
        "  - {at: 60s, type: rollingUpdate, deployment: coffee}\n"
        "  - {at: 60s, type: rollingUpdate, deployment: tea}\n"
        "  - {at: 60s, type: rollingUpdate, deployment: latte}\n";
}

void BM_Scenario(benchmark::State &state)
{
    const qint64 clients = state.range(0);
    Diagnostics diagnostics;
    const auto scenario = ScenarioParser::parse(scenarioText(clients), QStringLiteral("bench"), diagnostics);
    QFile cafe(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    if (!scenario || !cafe.open(QIODevice::ReadOnly)) {
        state.SkipWithError("no scenario or design");
        return;
    }
    SimulationInput input;
    input.files.push_back({QStringLiteral("cafe.yaml"), cafe.readAll()});
    input.profile = ScenarioRunner::profile(*scenario, {});
    qint64 requests = 0;
    for (auto _ : state) {
        const auto result = ScenarioRunner::run(input, *scenario, {}, diagnostics);
        if (!result) {
            state.SkipWithError("the scenario did not run");
            return;
        }
        requests += result->requests;
        benchmark::DoNotOptimize(result->stats.size());
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    state.counters["requests"] = benchmark::Counter(double(requests), benchmark::Counter::kAvgIterations);
    state.counters["requests_per_s"] = benchmark::Counter(double(requests), benchmark::Counter::kIsRate);
    state.counters["peak_rss_MiB"] = double(usage.ru_maxrss) / 1024.0;
}

} // namespace

BENCHMARK(BM_Scenario)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK_MAIN();
