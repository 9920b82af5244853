// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/requestscsv.h"
#include "sim/scenario.h"
#include "sim/simulationinput.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

#include <vector>

namespace gw {
class Design;
}

namespace gw::probe {

/**
 * The requests of a probe run besides a CSV: those a simulation scenario sends, and "N requests to
 * host/path from K clients" (the Probe view's choices).
 */
class ProbeRequests
{
public:
    /**
     * The requests \a scenario sends, in the order it sends them (its clients' addresses, hosts,
     * paths, methods and headers; the TCP peer when a proxy stands in front). The times are left
     * out (each request follows the one before, as a curl loop does), and so are the cookies: a
     * population with a cookie jar makes \a cookieJar true, and the probe's jar then keeps what the
     * gateway really sets. Events (scaling, failures) cannot be played on a real gateway: they
     * are left out and said in \a notes. At most \a limit requests; more is an error.
     */
    static std::optional<std::vector<sim::TraceRequest>> fromScenario(const sim::SimulationInput &input,
                                                                      const sim::Scenario &scenario,
                                                                      qint64 limit, bool *cookieJar,
                                                                      QStringList *notes, QString *error);
    /**
     * The design as \a scenario's run renders it at its start: the design's files plus the
     * EndpointSlices of the scenario's Pods (its `pods` pins with their names and IPs, the other
     * Deployments' planned Pods), as sim::ClusterState gives them. Null with \a error set when it
     * does not read.
     */
    static std::shared_ptr<Design> scenarioDesign(const sim::SimulationInput &input,
                                                  const sim::Scenario &scenario, QString *error);
    /**
     * \a count GET requests to \a host and \a path from \a clients clients, each in a /24 of its own
     * (10.A.B.1, so that ip_hash tells them apart), round after round.
     */
    static std::vector<sim::TraceRequest> spread(const QString &host, const QString &path, int count,
                                                 int clients);
};

} // namespace gw::probe
