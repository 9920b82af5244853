// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayinstance.h"
#include "sim/requestrecord.h"
#include "yaml/diagnostic.h"

#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <map>
#include <vector>

namespace gw::sim {

/** A Pod that existed during the simulation. Indexes into SimulationResult::pods are "Pod indexes". */
struct PodInfo
{
    QString name;
    QString ns;
    QString deployment;
    QString ip;
    qint64 createdMs = 0; ///< 0 for the Pods there from the start
    qint64 readyMs = 0;
    qint64 removedMs = -1; ///< -1: still there at the end
    bool initial = true; ///< present at the start
};

/**
 * Requests that took the same way through the configuration: one route rule (or none) and one
 * upstream (or none). Indexes into SimulationResult::groups are "group indexes".
 */
struct RouteGroup
{
    QString route; ///< "ns/name"; empty when no route rule served the requests (default server 404, …)
    QString routeKind; ///< HTTPRoute, GRPCRoute
    int rule = -1;
    QString upstream; ///< upstream block name; empty when not proxied
    QString
        balancing; ///< the upstream's method as written ("ip_hash", "random two least_conn", "round robin")
    QString sticky; ///< "cookie cookie-tea" when the upstream has a sticky cookie, else empty
    QString label; ///< "default/tea rule 0 -> default_tea_80_tea_default_0"
};

/**
 * What one route group's requests did, for KPIs and charts.
 *
 * Definitions (docs/simulator.md): a *pair* is one client and one entry of its population's route
 * mix or script (a client asking for /coffee and /tea makes two pairs). A *transition* is a served
 * request of a pair that follows an earlier served request of the same pair; it *stays* when both
 * were answered by the same Pod (by name: a Pod restarted with a new name is another Pod).
 * *Stickiness* = stays / transitions. A *session break* is a transition inside one session of the
 * client that changes Pod; a session is *broken* when it has at least one. Requests nginx answers
 * itself (404, 500, 502, 503) are counted in `statuses` but are neither transitions nor breaks.
 */
struct RouteStats
{
    qint64 requests = 0;
    qint64 served = 0; ///< answered by a Pod
    std::map<int, qint64> statuses; ///< HTTP status -> requests (0: no HTTP answer)
    qint64 transitions = 0;
    qint64 stays = 0;
    qint64 sessions = 0; ///< (pair, session) with at least one served request
    qint64 brokenSessions = 0;
    qint64 sessionBreaks = 0;
    qint64 pairs = 0; ///< pairs with at least one served request
    /// podsSeen[k]: pairs that were answered by k distinct Pods (k >= 1; index 0 unused). Exact up to
    /// 63; the last entry, 64, counts 64 or more.
    std::vector<qint64> podsSeen;
    /// Pairs with at least one transition by their own stickiness: [0] 0–10 %, …, [9] 90–100 %
    /// (excluding 100 %), [10] exactly 100 %.
    std::vector<qint64> stickinessHistogram;
    std::map<int, qint64> podLoad; ///< Pod index -> requests it served
    qint64 remappedByEvents = 0; ///< sum of EventImpact::remapped over the markers
    qint64 rejected = 0; ///< rejected by limit_req (limit_req_status; dry runs are not rejections)
    /// [bucket of SimulationResult::bucketMs]: requests limit_req rejected; empty when none was
    std::vector<qint64> rejectedOverTime;

    /** stays / transitions; NaN when there were no transitions. */
    double stickiness() const
    {
        return transitions ? double(stays) / double(transitions) : std::numeric_limits<double>::quiet_NaN();
    }
};

/** An interval in which an upstream's servers did not change, and how evenly they were loaded. */
struct BalanceEpoch
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    ConfigChange startedBy = ConfigChange::None; ///< how it began (None: the first configuration)
    std::vector<int> pods; ///< the servers' Pod indexes (-1: not a Pod), in server order
    std::vector<qint64> load; ///< requests each served in the epoch (all replicas)
    qint64 requests() const;
    /** Busiest server's load over the mean (1 = perfect; NaN without requests). */
    double maxOverMean() const;
    /** Coefficient of variation of the loads: population standard deviation over the mean. */
    double cv() const;
};

/** One upstream over the run. */
struct UpstreamStats
{
    QString name;
    QString balancing;
    QString sticky;
    std::vector<BalanceEpoch> epochs;
    /** maxOverMean and cv averaged over the epochs with requests, weighted by their requests. */
    double maxOverMean() const;
    double cv() const;
};

/** How one event marker moved one route group's clients. */
struct EventImpact
{
    int group = -1;
    qint64 compared = 0; ///< pairs served before the marker and again after its end (before the next marker)
    qint64 remapped = 0; ///< of those, answered by another Pod after it than right before it
    double share() const
    {
        return compared ? double(remapped) / double(compared) : std::numeric_limits<double>::quiet_NaN();
    }
};

/**
 * The scenario's events that start at the same time, as one marker on the timeline. For each route
 * group: among the pairs with a served request before `atMs` and one after `endMs` (the time of the
 * events' last endpoint change) but before the next marker, how many are answered by another Pod
 * after than before (their last request before vs their first after).
 */
struct EventMarker
{
    qint64 atMs = 0;
    qint64 endMs = -1; ///< -1: still going on when the simulation ended
    QString label; ///< the events' descriptions, joined
    std::vector<int> events; ///< indexes into the scenario's events
    std::vector<EventImpact> impact; ///< per route group that had comparisons
    std::vector<int> podsAdded; ///< Pod indexes created by these events
    std::vector<int> podsRemoved; ///< Pod indexes deleted (or failed) by these events
};

/** A new configuration the Gateway replicas received. */
struct ConfigChangeRecord
{
    qint64 atMs = 0;
    ConfigChange change = ConfigChange::None; ///< Reload (OSS, or Plus text change) or ApiUpdate (Plus)
    QStringList upstreams; ///< upstreams whose servers changed
};

/**
 * Which Pod answered a sample of clients over time: one row per sampled pair (client and route-mix
 * entry), one cell per time bucket, holding the Pod index of the pair's last served request in
 * that bucket; NoRequest when it sent none, NotServed when nginx answered without a Pod. A row that
 * changes colour at an event marker is stickiness breaking.
 */
struct AssignmentStrip
{
    static constexpr qint32 NoRequest = -1;
    static constexpr qint32 NotServed = -2;

    struct Row
    {
        int population = 0;
        qint64 client = 0; ///< within the population
        int entry = 0; ///< route-mix entry or script step
        int group = -1; ///< route group of its first request
        QString label; ///< "curl #3 /coffee"
    };
    qint64 bucketMs = 1000;
    int buckets = 0;
    std::vector<Row> rows;
    std::vector<qint32> cells; ///< rows × buckets, row-major

    qint32 cell(int row, int bucket) const { return cells[size_t(row) * size_t(buckets) + size_t(bucket)]; }
};

/**
 * Everything a scenario run produced, as plain data for the GUI's charts and the writers
 * (ResultWriter): per-Pod load per route group and over time, stickiness and session KPIs, balance
 * per upstream epoch, event markers with the clients they remapped, the assignment strip, and the
 * first requests in full for the request inspector.
 */
struct SimulationResult
{
    QString scenario; ///< metadata.name
    QString profile; ///< "NGF edge, NGINX Plus, experimental features"
    quint64 seed = 0;
    qint64 startEpochMs = 0;
    qint64 endMs = 0; ///< last request's arrival
    int replicas = 1;
    bool cancelled = false; ///< stopped early: the figures cover [0, endMs]
    Diagnostics diagnostics; ///< warnings (events that found no target, …)

    qint64 requests = 0;
    qint64 clients = 0;
    std::vector<PodInfo> pods;
    std::vector<RouteGroup> groups;
    std::vector<RouteStats> stats; ///< per group
    std::vector<UpstreamStats> upstreams; ///< sorted by name
    std::vector<EventMarker> markers;
    std::vector<ConfigChangeRecord> changes;
    qint64 bucketMs = 1000;
    std::vector<std::vector<qint64>> podLoadOverTime; ///< [Pod index][bucket]: requests served
    AssignmentStrip strip;
    std::vector<RequestRecord> records; ///< the first requests, in arrival order, with explanations
    qint64 routeCacheHits = 0; ///< routing decisions reused
    qint64 routeCacheMisses = 0; ///< routing decisions computed

    /** Group index of route \a route (ns/name) rule \a rule, or -1. */
    int groupOf(const QString &route, int rule) const;
};

} // namespace gw::sim
