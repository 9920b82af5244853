// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayruntime.h"
#include "sim/simulatedgateway.h"

namespace gw::sim {

/**
 * NGINX Gateway Fabric as a SimulatedGateway: every cluster state is rendered by gw_ngf under the
 * profile (GatewayConfig::build) and loaded on the replicas of a GatewayRuntime (a reload, or Plus
 * API updates).
 */
class NgfGateway : public SimulatedGateway
{
public:
    NgfGateway(const ngf::Profile &profile, int replicas, quint64 seed, qint64 startEpochMs);

    /** Loads an already built configuration (trace mode builds it itself). */
    ConfigChange load(std::shared_ptr<const GatewayConfig> config);

    bool load(std::shared_ptr<Design> design, qint64 nowMs, bool initial, ConfigChange *change,
              QString *error) override;
    const std::vector<Upstream> &upstreams() const override { return m_upstreams; }
    Diagnostics notes() const override { return m_loaded ? m_runtime.config().notes() : Diagnostics(); }
    QString label() const override;
    int defaultPort() const override { return m_runtime.config().defaultPort(); }
    const RouteDependencies &dependencies() const override { return m_runtime.config().dependencies(); }
    SocketAddress realClient(const SocketAddress &peer, QByteArrayView forwardedFor) const override
    {
        return m_runtime.config().realClient(peer, forwardedFor);
    }
    void setRefusing(const QSet<QString> &addresses) override { m_runtime.setRefusing(addresses); }
    int connectionTargets() const override { return m_runtime.replicaCount(); }
    Served serve(const nginx::Request &routing, const QByteArray *routeKey, const Request &balancing,
                 int target, qint64 nowMs, qint64 durationMs, RequestRecord *record = nullptr,
                 bool explain = false) override;
    bool streamListens(int port, bool udp) const override
    {
        return m_runtime.config().streamRouter().listens(port, udp);
    }
    Served serveConnection(const nginx::StreamConnection &connection, const nginx::Request &http,
                           const Request &balancing, int target, qint64 nowMs, qint64 durationMs,
                           RequestRecord *record = nullptr, bool explain = false) override;
    void releaseUntil(qint64 nowMs) override { m_runtime.releaseUntil(nowMs); }
    qint64 routesComputed() const override { return m_runtime.routesComputed(); }
    qint64 routesReused() const override { return m_runtime.routesReused(); }

    GatewayRuntime &runtime() { return m_runtime; }

private:
    Served convert(const GatewayRuntime::Served &served, int target) const;

    ngf::Profile m_profile;
    GatewayRuntime m_runtime;
    bool m_loaded = false;
    std::vector<Upstream> m_upstreams;
};

} // namespace gw::sim
