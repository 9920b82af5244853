// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/proberequests.h"

#include "core/design.h"
#include "sim/clusterstate.h"
#include "sim/scenariorunner.h"

#include <QCoreApplication>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::ProbeRequests)
};

sim::TraceRequest request(const QString &client, const QString &host, const QString &path)
{
    sim::TraceRequest t;
    t.clientText = client;
    t.client = sim::SocketAddress::parseIp(client).value_or(sim::SocketAddress());
    t.host = host;
    t.target = path;
    return t;
}

} // namespace

std::optional<std::vector<sim::TraceRequest>> ProbeRequests::fromScenario(const sim::SimulationInput &input,
                                                                          const sim::Scenario &scenario,
                                                                          qint64 limit, bool *cookieJar,
                                                                          QStringList *notes, QString *error)
{
    const qint64 planned = sim::ScenarioRunner::plannedRequests(scenario);
    if (planned > limit) {
        *error = Tr::tr("the scenario sends %1 requests; a probe sends at most %2").arg(planned).arg(limit);
        return std::nullopt;
    }
    *cookieJar = false;
    for (const sim::Population &p : scenario.populations)
        *cookieJar = *cookieJar || p.cookieJar;
    if (!scenario.events.empty())
        *notes << Tr::tr(
            "the scenario's events (scaling, failures, rollouts) cannot be played on a real gateway: "
            "the requests are sent to the Pods the design has");
    std::vector<sim::TraceRequest> out;
    sim::RunOptions options;
    options.record = 0;
    options.onRequest = [&](const sim::RequestRecord &r) {
        sim::TraceRequest t = request(r.connection.isEmpty() ? r.client : r.connection, r.host, r.target);
        t.method = r.method;
        if (r.population >= 0 && size_t(r.population) < scenario.populations.size() && r.step >= 0) {
            const sim::Population &p = scenario.populations[size_t(r.population)];
            const auto &templates = p.script.empty() ? p.routes : p.script;
            if (size_t(r.step) < templates.size()) {
                t.headers = templates[size_t(r.step)].headers;
                t.scheme = templates[size_t(r.step)].scheme;
            }
        }
        out.push_back(std::move(t));
    };
    Diagnostics diagnostics;
    if (!sim::ScenarioRunner::run(input, scenario, options, diagnostics)) {
        *error =
            diagnostics.empty() ? Tr::tr("the scenario cannot be simulated") : diagnostics.front().toString();
        return std::nullopt;
    }
    int line = 1;
    for (sim::TraceRequest &t : out)
        t.line = ++line;
    return out;
}

std::shared_ptr<Design> ProbeRequests::scenarioDesign(const sim::SimulationInput &input,
                                                      const sim::Scenario &scenario, QString *error)
{
    Diagnostics diagnostics;
    const std::shared_ptr<Design> base = input.makeDesign({}, &diagnostics);
    sim::ClusterState cluster;
    if (!base || !cluster.init(*base, scenario.pods, diagnostics)) {
        *error = diagnostics.empty() ? Tr::tr("the design cannot be read") : diagnostics.front().toString();
        return nullptr;
    }
    std::shared_ptr<Design> design = input.makeDesign(cluster.endpointSlices(0), &diagnostics);
    if (!design)
        *error = diagnostics.empty() ? Tr::tr("the design cannot be read") : diagnostics.front().toString();
    return design;
}

std::vector<sim::TraceRequest> ProbeRequests::spread(const QString &host, const QString &path, int count,
                                                     int clients)
{
    std::vector<sim::TraceRequest> out;
    clients = std::max(1, std::min(clients, 65536));
    for (int i = 0; i < count; ++i) {
        const int c = i % clients;
        sim::TraceRequest t = request(QStringLiteral("10.%1.%2.1").arg(c / 256).arg(c % 256), host, path);
        t.line = i + 2;
        out.push_back(std::move(t));
    }
    return out;
}

} // namespace gw::probe
