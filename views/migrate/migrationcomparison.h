// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QString>
#include <vector>

namespace gw::views {

/**
 * Before and after a migration: one scenario's figures under ingress-nginx (the original Ingresses)
 * and under NGF (the converted design), per Deployment, from the simulator's own counts
 * (sim::RouteStats, sim::EventMarker, sim::AssignmentStrip; docs/simulator.md defines them):
 *
 * - Pods per client: distinct Pods that answered one client's requests to one route, on average.
 * - Stickiness: the share of a client's consecutive requests answered by the same Pod.
 * - Sessions kept: the share of sessions whose requests all reached one Pod.
 * - Kept across the cut-over: of the sampled clients (the assignment strip) with a request in the
 *   bucket before the cut-over under ingress-nginx and one in the bucket after it under NGF, the
 *   share answered by the same Pod (by name) on both sides: what a client notices when traffic
 *   moves from ingress-nginx to NGF at that moment.
 * - Clients moved by each event (scale, restart): EventImpact's remapped share.
 *
 * Requests are grouped by the Deployment of the Pods that served them, which both engines share.
 */
class MigrationComparison
{
public:
    enum class Figure { PodsPerClient, Stickiness, SessionsKept, CutOver, EventMoved };
    struct Row
    {
        QString deployment;
        Figure figure = Figure::PodsPerClient;
        QString event; ///< EventMoved: the marker's time ("60 s")
        QString eventLabel; ///< EventMoved: what happened then ("scale shop to 5; ...")
        double before = 0; ///< ingress-nginx; NaN when not measured
        double after = 0; ///< NGF; NaN when not measured
    };

    /** \a cutOverMs: when traffic moves (-1: the middle of the time before the first event). */
    static MigrationComparison compute(const sim::SimulationResult &before,
                                       const sim::SimulationResult &after, qint64 cutOverMs = -1);
    /** The default cut-over of compute(): half the first event's time, else half the run. */
    static qint64 defaultCutOver(const sim::SimulationResult &result);

    const std::vector<Row> &rows() const { return m_rows; }
    qint64 cutOverMs() const { return m_cutOverMs; }
    QStringList deployments() const;
    /** The value of \a figure for \a deployment (before: ingress-nginx), NaN when not there. */
    double value(const QString &deployment, Figure figure, bool before) const;

private:
    std::vector<Row> m_rows;
    qint64 m_cutOverMs = 0;
};

} // namespace gw::views
