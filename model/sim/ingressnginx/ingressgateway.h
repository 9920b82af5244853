// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/ingressconfig.h"
#include "sim/ingressnginx/luabalancer.h"
#include "sim/simulatedgateway.h"

#include <deque>
#include <queue>

namespace gw::sim::ingressnginx {

/**
 * ingress-nginx v1.15.1 as a SimulatedGateway. Each replica (controller Pod) runs several nginx
 * workers; each worker has its own LuaJIT PRNG (seeded once, from the run's seed), its own pid and
 * its own balancer per backend (balancer.lua `balancers[backend.name]`), and polls the backends every
 * second (BACKENDS_SYNC_INTERVAL) at its own phase, so an endpoint change reaches the workers at
 * different moments within a second. The EWMA statistics are shared by the workers of a replica
 * (lua_shared_dict). A connection lands on one replica and one worker (connectionTargets()).
 *
 * Per request, as balancer.lua does it: the location (IngressConfig's router) names the backend; no
 * balancer (no endpoints) is a 503; the canary decision (route_to_alternative_balancer) is made once;
 * then balance() on every try, at most 3 tries (proxy_next_upstream error timeout,
 * proxy_next_upstream_tries 3), a refused connection being an error; all tries failed is a 502.
 */
class IngressGateway : public SimulatedGateway
{
public:
    IngressGateway(const EngineOptions &options, int replicas, quint64 seed, qint64 startEpochMs);
    ~IngressGateway() override;

    bool load(std::shared_ptr<Design> design, qint64 nowMs, bool initial, ConfigChange *change,
              QString *error) override;
    const std::vector<Upstream> &upstreams() const override { return m_upstreams; }
    Diagnostics notes() const override;
    QString label() const override;
    int defaultPort() const override { return 80; }
    const RouteDependencies &dependencies() const override { return m_dependencies; }
    SocketAddress realClient(const SocketAddress &peer, QByteArrayView forwardedFor) const override
    {
        Q_UNUSED(forwardedFor);
        return peer; // use-forwarded-headers is off by default
    }
    void setRefusing(const QSet<QString> &addresses) override { m_refusing = addresses; }
    int connectionTargets() const override { return int(m_replicas.size()) * m_workers; }
    Served serve(const nginx::Request &routing, const QByteArray *routeKey, const Request &balancing,
                 int target, qint64 nowMs, qint64 durationMs, RequestRecord *record = nullptr,
                 bool explain = false) override;
    qint64 settleMs() const override { return 1000; }
    void releaseUntil(qint64 nowMs) override;
    qint64 routesComputed() const override { return m_routesComputed; }
    qint64 routesReused() const override { return m_routesReused; }

    const IngressConfig &config() const { return *m_config; }
    /** The millisecond in each second at which worker \a target polls the backends. */
    qint64 syncPhaseMs(int target) const;

private:
    struct Worker
    {
        LuaWorker lua;
        QHash<QString, std::shared_ptr<LuaBalancer>> balancers;
        int version = -1; ///< the backends version it has synced
        qint64 phaseMs = 0;
    };
    struct Replica
    {
        EwmaStore ewma;
        std::vector<Worker> workers;
    };
    struct Routed
    {
        int location = -1; ///< index into IngressConfig::locations(); -1: nginx answered itself
        int status = 0;
        QString serverName;
        QString nginxLocation;
        QString error;
    };
    struct AfterBalance
    {
        qint64 at = 0;
        int replica = 0;
        QString peer;
        double rtt = 0;
        bool operator>(const AfterBalance &o) const { return at > o.at; }
    };

    Routed route(const nginx::Request &request, bool explain, QStringList *trace);
    void sync(Worker &worker);
    bool routeToCanary(const LuaBalancer &primary, Worker &worker, LuaTry &t, QString *why) const;
    const RouteDecision *decision(int location, int backend, int status, const Routed &routed);

    EngineOptions m_options;
    quint64 m_seed = 0;
    qint64 m_start = 0;
    int m_workers = 1;
    std::vector<Replica> m_replicas;
    std::shared_ptr<const IngressConfig> m_config;
    int m_version = 0;
    qint64 m_versionAt = 0;
    std::vector<Upstream> m_upstreams;
    RouteDependencies m_dependencies;
    QSet<QString> m_refusing;
    QHash<QByteArray, Routed> m_routes;
    std::deque<RouteDecision> m_decisions;
    QHash<QString, const RouteDecision *> m_decisionIndex;
    RouteDecision m_traced;
    std::priority_queue<AfterBalance, std::vector<AfterBalance>, std::greater<>> m_pending;
    qint64 m_routesComputed = 0;
    qint64 m_routesReused = 0;
};

} // namespace gw::sim::ingressnginx
