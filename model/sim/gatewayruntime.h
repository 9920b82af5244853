// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayinstance.h"
#include "sim/randomsource.h"
#include "sim/requestrecord.h"
#include "sim/routecache.h"

#include <QSet>

#include <memory>
#include <queue>
#include <vector>

namespace gw::sim {

/**
 * The Gateway as a simulation drives it: the current configuration, its route cache, the
 * replicas (each a GatewayInstance with its own balancers), the requests in flight, and the
 * backends that refuse connections. Both the trace runner and the scenario runner send their
 * requests through serve().
 *
 * Times are milliseconds since the start of the simulation; the balancers and sticky cookies see
 * them as wall-clock time from \a startEpochMs. A request in flight holds its peer (least_conn and
 * random two count it) until releaseUntil() passes its end; one that ends at the same millisecond
 * as another arrives is released first.
 */
class GatewayRuntime
{
public:
    GatewayRuntime(int replicas, quint64 seed, qint64 startEpochMs);
    ~GatewayRuntime();
    Q_DISABLE_COPY_MOVE(GatewayRuntime)

    /**
     * Gives every replica \a config, as NGF pushes one configuration to all of them (a reload, or Plus
     * API updates; requests in flight are moved over API updates). Starts a new route cache.
     */
    ConfigChange load(std::shared_ptr<const GatewayConfig> config);
    const GatewayConfig &config() const { return *m_config; }
    std::shared_ptr<const GatewayConfig> configPointer() const { return m_config; }
    RouteCache &routes() { return *m_routes; }
    int replicaCount() const { return int(m_replicas.size()); }
    const GatewayInstance &replica(int i) const { return *m_replicas[size_t(i)]; }
    qint64 startEpochMs() const { return m_start; }

    /** The Pod addresses ("10.244.0.94", no port) that refuse connections: crashed Pods still listed. */
    void setRefusing(const QSet<QString> &addresses);

    struct Served
    {
        const RouteDecision *decision = nullptr; ///< valid until the next serve()
        int upstream = -1;
        PeerId peer = NoPeer; ///< the peer that answered
        int status = 0; ///< the HTTP status the client gets (0: no HTTP answer)
        QByteArray setCookie;
        int tries = 0;
        QString limitReq; ///< limit_req's verdict ($limit_req_status), empty when none applied
        qint64 delayMs = 0; ///< limit_req's delay
    };
    /**
     * Routes \a routing (cached, see RouteCache; \a routeKey is its precomputed RouteCache::baseKey or
     * null) and balances \a balancing on replica \a replica at \a nowMs, in flight for \a durationMs.
     * When \a record is given it is filled with the request's story; with \a explain also with the
     * router's and the balancer's explanations (routing then bypasses the cache). The splits on
     * $request_id read \a routing's requestId when it is set, else one drawn from the seed.
     */
    Served serve(const nginx::Request &routing, const QByteArray *routeKey, const Request &balancing,
                 int replica, qint64 nowMs, qint64 durationMs, RequestRecord *record = nullptr,
                 bool explain = false);

    /**
     * A connection that reaches the stream module first (a TLS passthrough, TCP or UDP listener's port):
     * routed by the stream servers (with the replica's $connection number), then balanced on the stream
     * upstream; or, when a stream server hands it to the http context (NGF's https<port>.sock), \a http
     * is routed and balanced there as serve() does. \a record also gets the stream servers and the SNI.
     * Each replica counts connections as nginx's connection counter does: the client's connection, one
     * for every upstream connection the stream module opens (each try), two for a proxy_pass to a unix
     * socket of the configuration; connections of the http context are not counted.
     */
    Served serveConnection(const nginx::StreamConnection &connection, const nginx::Request &http,
                           const Request &balancing, int replica, qint64 nowMs, qint64 durationMs,
                           RequestRecord *record = nullptr, bool explain = false);
    /** The next $connection number of \a replica (1 at the start, as nginx's counter). */
    quint64 nextConnection(int replica) const { return m_connections[size_t(replica)]; }
    /** Sets it (a test that knows a real nginx's counter). */
    void setNextConnection(int replica, quint64 number) { m_connections[size_t(replica)] = number; }

    /** Releases the requests in flight that end at or before \a nowMs. */
    void releaseUntil(qint64 nowMs);
    int inFlight() const { return int(m_pending.size()); }
    /** Routing decisions computed (cache misses and explained requests) and reused (cache hits). */
    qint64 routesComputed() const
    {
        return m_previousComputed + m_explained + (m_routes ? m_routes->misses() : 0);
    }
    qint64 routesReused() const { return m_previousReused + (m_routes ? m_routes->hits() : 0); }

private:
    struct InFlight
    {
        std::shared_ptr<Balancer> balancer;
        Request request;
        RequestState state;
        bool used = false;
    };
    struct Release
    {
        qint64 at;
        qint64 seq;
        int slot;
        bool operator>(const Release &o) const { return at != o.at ? at > o.at : seq > o.seq; }
    };
    void finish(Served &served, const Request &balancing, int replica, qint64 nowMs, qint64 durationMs,
                RequestRecord *record, bool explain);
    void updateRefusing();
    int takeSlot();
    QByteArray nextRequestId();

    qint64 m_start;
    std::shared_ptr<const GatewayConfig> m_config;
    std::unique_ptr<RouteCache> m_routes;
    std::vector<std::unique_ptr<GatewayInstance>> m_replicas;
    QSet<QString> m_refusingEndpoints;
    std::vector<std::vector<char>> m_refusing; ///< per upstream, per PeerId
    std::vector<bool> m_unbalanceable; ///< per upstream: UpstreamParser reported errors
    std::vector<std::unique_ptr<InFlight>> m_slots;
    std::vector<int> m_free;
    std::priority_queue<Release, std::vector<Release>, std::greater<>> m_pending;
    qint64 m_seq = 0;
    RequestState m_scratch;
    RouteDecision m_traced; ///< the decision of the last explained request
    RouteDecision m_streamDecision; ///< the decision of the last stream connection
    std::vector<quint64> m_connections; ///< per replica: nginx's connection counter
    qint64 m_explained = 0;
    qint64 m_previousComputed = 0; ///< by the route caches of earlier configurations
    qint64 m_previousReused = 0;
    RandomSource m_requestIds;
};

} // namespace gw::sim
