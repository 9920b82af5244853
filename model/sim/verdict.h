// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/scenario.h"
#include "sim/simulationresult.h"

#include <QString>
#include <QStringList>

#include <limits>

namespace gw::sim {

/** The figures a verdict is made of, summed over the route groups that reached a Pod. */
struct VerdictFigures
{
    static constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

    qint64 served = 0; ///< requests answered by a Pod
    qint64 requests = 0; ///< requests of every route group, served or not
    qint64 rejected = 0; ///< requests limit_req rejected (RouteStats::rejected)
    int mostRejectedGroup = -1; ///< the route group limit_req rejected most requests of
    qint64 transitions = 0;
    qint64 stays = 0;
    qint64 sessions = 0;
    qint64 brokenSessions = 0;
    qint64 sessionBreaks = 0;
    qint64 compared = 0; ///< pairs compared across the event markers
    qint64 remapped = 0;
    /// The hot spot: among the balance epochs of the routes' upstreams (those with at least a tenth
    /// of their upstream's requests, on routes with at least two clients per server), the one whose
    /// busiest server is furthest above its fair share.
    int hotGroup = -1; ///< its route group
    int hotPod = -1; ///< Pod index of the busiest server
    double hotShare = NaN; ///< the busiest server's share of the epoch's requests
    int hotGroupPods = 0; ///< servers in that epoch
    double maxOverMean = NaN; ///< busiest server over the mean, averaged over upstreams (by requests)
    double cv = NaN;

    double stickiness() const { return transitions ? double(stays) / double(transitions) : NaN; }
    double brokenShare() const { return sessions ? double(brokenSessions) / double(sessions) : NaN; }
    double remappedShare() const { return compared ? double(remapped) / double(compared) : NaN; }
    double rejectedShare() const { return requests ? double(rejected) / double(requests) : NaN; }
};

/** A plain-language verdict: one sentence to show prominently, and the points behind it. */
struct VerdictText
{
    enum class Stickiness : quint8 { Unknown, None, Partial, Sticky };
    enum class Balance : quint8 { Unknown, Even, Uneven, Hot };

    QString headline;
    QStringList points;
    Stickiness stickiness = Stickiness::Unknown;
    Balance balance = Balance::Unknown;
    VerdictFigures figures;
};

/**
 * Judges a run in plain language from its numbers, for the method comparison: how sticky it was
 * (stays over transitions), how evenly the Pods were loaded (the busiest Pod's share of a route's
 * traffic and max/mean), how many sessions broke, how many clients each event moved and how many
 * requests rate limits (limit_req) rejected. For
 * example "1,000 clients behind 10 NAT addresses put 70% of ip_hash traffic for default/coffee on
 * one Pod of 4." A second sentence says how many clients each event moved ("Clients moved by
 * events: 40% at 90 s, 100% at 180 s.").
 *
 * Thresholds (documented in docs/simulator.md): sticky at 90 % stays or more (events that
 * replace Pods break some stickiness under any method), no stickiness below
 * 60 %; a route is "hot" when, in a stretch without server changes, its busiest Pod takes at least
 * 1.6 times its fair share (1/Pods) and at least 40 % of the traffic; "uneven" when max/mean
 * (averaged over the upstreams' epochs, weighted by requests) exceeds 1.25.
 */
class Verdict
{
public:
    static constexpr double StickyAt = 0.90;
    static constexpr double NotStickyBelow = 0.60;
    static constexpr double UnevenAbove = 1.25;
    static constexpr double HotFactor = 1.6;
    static constexpr double HotShareAtLeast = 0.4;

    static VerdictFigures figures(const SimulationResult &result);
    /**
     * The verdict for \a result run under the method called \a method ("ip_hash"); \a scenario
     * (may be null) tells who the clients are ("behind 10 NAT addresses").
     */
    static VerdictText judge(const SimulationResult &result, const QString &method,
                             const Scenario *scenario = nullptr);
    /** "1,000 clients behind 10 NAT addresses", "1 client", from the scenario's populations. */
    static QString clients(const SimulationResult &result, const Scenario *scenario);

    /** One marker's impact summed over the route groups (group -1). */
    static EventImpact impact(const EventMarker &marker);

    /// @name How verdicts write figures (the result views write them alike), in the default locale
    /// @{
    /** "70%" for 0.7 (with \a decimals decimals); "–" for NaN. */
    static QString percent(double share, int decimals = 0);
    /** "1.18" (two decimals); "–" for NaN. */
    static QString decimal(double value);
    /** "90 s", "12.5 s". */
    static QString seconds(qint64 ms);
    /// @}
};

} // namespace gw::sim
