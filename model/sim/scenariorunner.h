// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/scenario.h"
#include "sim/simulatedgateway.h"
#include "sim/simulationinput.h"
#include "sim/simulationresult.h"

#include <atomic>
#include <functional>
#include <optional>

namespace gw::sim {

/** What a run needs besides the scenario. */
struct RunOptions
{
    std::optional<quint64> seed; ///< overrides the scenario's seed (default 0)
    std::optional<int> record; ///< overrides spec.record; -1 records every request
    /**
     * Called from the running thread about every 1 % of the planned requests (and at the end) with
     * the requests done and planned. Keep it cheap; post to the GUI thread from there.
     */
    std::function<void(qint64 done, qint64 planned)> progress;
    /** Checked every few thousand requests; when it becomes true the run stops and returns what it has. */
    const std::atomic<bool> *cancel = nullptr;
    /** Every request, as it is simulated (without explanations); for streaming output. Slows the run. */
    std::function<void(const RequestRecord &record)> onRequest;
    /** The data plane: NGF (the default) or ingress-nginx (the design's Ingresses, docs/migration.md). */
    EngineKind engine = EngineKind::Ngf;
    /** ingress-nginx: nginx workers per replica (default: the ConfigMap's worker-processes, else 1). */
    std::optional<int> workers;
};

/**
 * Runs a SimulationScenario against a design: the scenario engine. The pipeline is Design + Profile
 * -> gw_ngf render -> gw_nginx routing -> balancers built from the rendered upstream blocks
 * (GatewayConfig), so the upstream servers, their order and the Pod names always equal the
 * preview's. Events change the cluster's Pods (ClusterState); every change of endpoints renders the
 * design again with the Pods as EndpointSlices (what NGF itself reads) and hands the configuration
 * to every Gateway replica: an nginx reload on OSS (balancer state starts afresh), the Plus API on
 * NGINX Plus when only servers changed (state kept).
 *
 * Clients are simulated one request at a time in time order (ties: by client index): each client
 * runs its sessions, waiting requestDuration + thinkTime (± jitter) between requests and
 * sessionGap between sessions; it connects to a replica chosen at random per request or per
 * session (kube-proxy); with a cookie jar it keeps the cookies responses set. Routing decisions
 * are cached (RouteCache); balancing decisions are made per request. Every random draw comes from
 * generators derived from the seed, so the same seed gives the same result, bit for bit.
 *
 * run() is re-entrant: several runs may go on in parallel threads on different inputs. It takes
 * the input as a snapshot (SimulationInput) and never touches a live Design.
 */
class ScenarioRunner
{
public:
    /**
     * Runs \a scenario on \a input (whose profile the caller has already merged with the scenario's,
     * see profile()). Nothing, with \a diagnostics, when the design cannot be simulated (no Gateway,
     * unreadable files); warnings (an event that finds no Pod) go into the result's diagnostics.
     */
    static std::optional<SimulationResult> run(const SimulationInput &input, const Scenario &scenario,
                                               const RunOptions &options, Diagnostics &diagnostics);

    /** \a base with the fields the scenario's `profile` sets replaced. */
    static ngf::Profile profile(const Scenario &scenario, const ngf::Profile &base);
    /** The requests the scenario plans (its clients' sessions; before any duration cut). */
    static qint64 plannedRequests(const Scenario &scenario);
};

} // namespace gw::sim
