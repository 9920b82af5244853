// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compare methods and the result views: the five runs of a comparison (gw_sim), and handing a
// result to the views (charts, strip, KPIs, inspector) and painting the assignment strip (gw_views,
// offscreen). Targets in docs/performance.md.
#include "sim/methodcomparison.h"
#include "sim/scenarioparser.h"
#include "views/sim/results/assignmentstripview.h"
#include "views/sim/results/methodcomparisonview.h"
#include "views/sim/results/simulationresultsview.h"

#include <QApplication>
#include <QFile>

#include <benchmark/benchmark.h>

using namespace gw;
using namespace gw::sim;

namespace {

QByteArray readSource(const char *path)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/") + QLatin1String(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** \a clients browsers behind NATs of 100, as in cafe-at-scale but with more of them. */
Scenario scenario(qint64 clients)
{
    QByteArray text = readSource("resources/examples/cafe-at-scale.scenario.yaml");
    const QByteArray count = "clients: " + QByteArray::number(clients);
    const QByteArray groups = "groups: " + QByteArray::number(std::max<qint64>(1, clients / 100));
    text.replace(QByteArrayLiteral("clients: 1000"), count);
    text.replace(QByteArrayLiteral("groups: 10"), groups);
    Diagnostics d;
    return *ScenarioParser::parse(text, QStringLiteral("bench"), d);
}

SimulationInput input(const Scenario &s)
{
    SimulationInput in;
    in.files.push_back({QStringLiteral("cafe.yaml"), readSource("resources/examples/cafe.yaml")});
    in.profile = ScenarioRunner::profile(s, {});
    return in;
}

std::shared_ptr<const MethodComparison> compare(qint64 clients)
{
    const Scenario s = scenario(clients);
    Diagnostics d;
    auto c = MethodComparer::run(input(s), s, {}, {}, d);
    return c ? std::make_shared<const MethodComparison>(std::move(*c)) : nullptr;
}

/** The five runs of a comparison of cafe-at-scale with range(0) clients (40 requests each). */
void BM_CompareMethods(benchmark::State &state)
{
    const Scenario s = scenario(state.range(0));
    const SimulationInput in = input(s);
    for (auto _ : state) {
        Diagnostics d;
        auto c = MethodComparer::run(in, s, {}, {}, d);
        benchmark::DoNotOptimize(c);
    }
    state.counters["requests"] = double(ScenarioRunner::plannedRequests(s) * 5);
}
BENCHMARK(BM_CompareMethods)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

/** SimulationResultsView::setResult with one method's result (every chart, KPI, strip, inspector). */
void BM_ResultsViewSetResult(benchmark::State &state)
{
    const auto c = compare(state.range(0));
    const auto result = std::shared_ptr<const SimulationResult>(c, &c->methods[0].result);
    views::SimulationResultsView view;
    view.resize(1400, 900);
    for (auto _ : state) {
        view.setResult(result);
        view.clear();
    }
}
BENCHMARK(BM_ResultsViewSetResult)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

/** MethodComparisonView::setComparison: five cards with their charts. */
void BM_ComparisonViewSetComparison(benchmark::State &state)
{
    const auto c = compare(1000);
    views::MethodComparisonView view;
    view.resize(1600, 900);
    for (auto _ : state) {
        view.setComparison(c);
        view.clear();
    }
}
BENCHMARK(BM_ComparisonViewSetComparison)->Unit(benchmark::kMillisecond);

/** Painting the assignment strip (100 sampled clients × 3 routes × the run's buckets). */
void BM_StripPaint(benchmark::State &state)
{
    const auto c = compare(1000);
    views::AssignmentStripView strip;
    strip.setResult(std::shared_ptr<const SimulationResult>(c, &c->methods[0].result));
    strip.resize(1400, strip.sizeHint().height());
    for (auto _ : state)
        benchmark::DoNotOptimize(strip.grab());
}
BENCHMARK(BM_StripPaint)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
