// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayinstance.h"
#include "sim/requestrecord.h"

#include <QSet>

#include <memory>

namespace gw {
class Design;
}

namespace gw::sim {

/** Which controller's data plane a simulation runs. */
enum class EngineKind : quint8 {
    Ngf, ///< NGINX Gateway Fabric: the design rendered by gw_ngf, nginx's balancers
    IngressNginx, ///< ingress-nginx v1.15.1: the design's Ingresses, its Lua balancers
};

/** What a simulation engine needs besides the design (see makeGateway()). */
struct EngineOptions
{
    EngineKind kind = EngineKind::Ngf;
    ngf::Profile profile; ///< NGF: the profile to render with
    std::optional<int>
        workers; ///< ingress-nginx: nginx workers per replica (default: the ConfigMap's, else 1)
};

/**
 * The gateway a simulation drives: the trace runner and the scenario runner send every request
 * through one of these, whichever controller it models. NgfGateway renders the design with gw_ngf and
 * balances with nginx's algorithms (GatewayRuntime); ingressnginx::IngressGateway routes the design's
 * Ingresses through ingress-nginx's locations and balances with its Lua balancers. Both take the
 * same cluster states (a Design with EndpointSlices for the scenario's Pods) and answer with the
 * same records, so every output of the simulator works for both.
 */
class SimulatedGateway
{
public:
    /** An upstream (NGF's `upstream` block, or an ingress-nginx backend) as the metrics see it. */
    struct Upstream
    {
        QString name;
        QString balancing; ///< "round robin", "ip_hash", "ewma", "sticky_balanced", …
        QString sticky; ///< "cookie NAME" when a cookie keeps clients, else empty
        std::vector<QString> pods; ///< per server, its Pod ("" when unknown)
        QStringList servers; ///< per server, "ip:port"
    };

    /** The outcome of one request. */
    struct Served
    {
        const RouteDecision *decision = nullptr; ///< valid until the next serve() or load()
        int upstream = -1; ///< index into upstreams()
        int server = -1; ///< the answering server's index in that upstream; -1: none
        int status = 0; ///< the HTTP status the client gets (0: no HTTP answer)
        QByteArray setCookie;
        int tries = 0;
        QString limitReq; ///< limit_req's verdict ($limit_req_status), empty when none applied
        qint64 delayMs = 0; ///< limit_req's delay
    };

    virtual ~SimulatedGateway() = default;

    /**
     * Takes the cluster state \a design (at \a nowMs); \a initial for the first one. On failure returns
     * false with \a error (the design cannot be simulated) and keeps the previous state.
     */
    virtual bool load(std::shared_ptr<Design> design, qint64 nowMs, bool initial, ConfigChange *change,
                      QString *error) = 0;
    virtual const std::vector<Upstream> &upstreams() const = 0;
    /** What the configuration holds that the simulation does not act on (said once per run). */
    virtual Diagnostics notes() const = 0;
    /** A label for reports: "NGF 2.6.7, NGINX OSS", "ingress-nginx v1.15.1, 2 workers". */
    virtual QString label() const = 0;

    /** The port plain HTTP requests go to by default. */
    virtual int defaultPort() const = 0;
    /** What routing depends on, so the runners know what to fill in a routing request. */
    virtual const RouteDependencies &dependencies() const = 0;
    /** The address nginx uses as $remote_addr for a connection from \a peer (realip). */
    virtual SocketAddress realClient(const SocketAddress &peer, QByteArrayView forwardedFor) const = 0;
    /** The Pod addresses that refuse connections. */
    virtual void setRefusing(const QSet<QString> &addresses) = 0;
    /**
     * The connections a client can land on: Gateway replicas (NGF), or replicas × nginx workers
     * (ingress-nginx, whose workers keep their own balancers). The runners draw one per request or
     * per session and pass it to serve().
     */
    virtual int connectionTargets() const = 0;
    /** Routes and balances one request (see GatewayRuntime::serve). */
    virtual Served serve(const nginx::Request &routing, const QByteArray *routeKey, const Request &balancing,
                         int target, qint64 nowMs, qint64 durationMs, RequestRecord *record = nullptr,
                         bool explain = false) = 0;
    /** True when the stream module listens on \a port (TCP, or UDP when \a udp): connections to it
        go through serveConnection(). */
    virtual bool streamListens(int port, bool udp) const
    {
        Q_UNUSED(port);
        Q_UNUSED(udp);
        return false;
    }
    /**
     * Routes and balances one connection through the stream module (TLS passthrough, TCP, UDP; see
     * GatewayRuntime::serveConnection); \a http is the request routed when a stream server hands the
     * connection to the http context. Engines without a stream module refuse the connection.
     */
    virtual Served serveConnection(const nginx::StreamConnection &connection, const nginx::Request &http,
                                   const Request &balancing, int target, qint64 nowMs, qint64 durationMs,
                                   RequestRecord *record = nullptr, bool explain = false)
    {
        Q_UNUSED(connection);
        Q_UNUSED(http);
        Q_UNUSED(balancing);
        Q_UNUSED(target);
        Q_UNUSED(nowMs);
        Q_UNUSED(durationMs);
        Q_UNUSED(explain);
        if (record)
            record->error =
                QStringLiteral("this engine does not route TCP, UDP or TLS passthrough connections");
        return {};
    }
    /**
     * How long after an endpoint change every connection target has it: 0 for NGF (a reload or the
     * Plus API, at once), a second for ingress-nginx (each worker polls its backends every second).
     * The runners compare "before" and "after" an event only once this has passed.
     */
    virtual qint64 settleMs() const { return 0; }
    /** Ends the requests in flight that end at or before \a nowMs. */
    virtual void releaseUntil(qint64 nowMs) = 0;
    virtual qint64 routesComputed() const = 0;
    virtual qint64 routesReused() const = 0;
};

/** The engine \a options name, with \a replicas replicas, drawing from \a seed. */
std::unique_ptr<SimulatedGateway> makeGateway(const EngineOptions &options, int replicas, quint64 seed,
                                              qint64 startEpochMs);

} // namespace gw::sim
