// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/scenario.h"
#include "sim/simulationresult.h"

#include <QByteArray>
#include <QJsonObject>

namespace gw::sim {

/**
 * Writes a SimulationResult the ways `gwstudio simulate --scenario` offers: a readable report, a
 * tidy CSV of every figure, JSON of the whole result, and the walk-through's transcript. The output
 * depends only on the result, so the same seed gives byte-identical output.
 */
class ResultWriter
{
public:
    /** A report for people: routes with their KPIs, Pods, balance per upstream, events, changes. */
    static QByteArray text(const SimulationResult &result);
    /**
     * One figure per row: `table,route,upstream,pod,event,time_ms,metric,value`, tables `route`,
     * `pod_load`, `balance`, `event`, `change` and `pod_time` (see docs/simulator.md).
     */
    static QByteArray csv(const SimulationResult &result);
    /** The whole result (records and strip included). */
    static QJsonObject json(const SimulationResult &result);
    static QByteArray jsonText(const SimulationResult &result);
    /**
     * The guide's curl output for the recorded requests, population by population and client by
     * client: "Request #i", "Server address: ip:port", "Server name: pod" for numbered steps; the
     * Set-Cookie header as `curl -v` shows it for `headers` steps. Needs every request recorded.
     */
    static QByteArray transcript(const SimulationResult &result, const Scenario &scenario);

    /** A record as JSON (for the GUI's request inspector and the writers). */
    static QJsonObject json(const RequestRecord &record);
};

} // namespace gw::sim
