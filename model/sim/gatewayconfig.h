// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/profile.h"
#include "nginx/router.h"
#include "nginx/splitclients.h"
#include "nginx/streamrouter.h"
#include "sim/socketaddress.h"
#include "sim/upstreamconfig.h"

#include <QHash>

#include <memory>
#include <vector>

namespace gw {
class Design;
}
namespace gw::ngf {
struct Result;
}

namespace gw::sim {

/** One `upstream {}` block of a GatewayConfig, ready to become Balancers. */
struct UpstreamSnapshot
{
    QString name;
    /// The block as the balancers read it: parsed from the rendered body with UpstreamParser. On
    /// NGINX Plus NGF writes a `state` file instead of `server` lines; the servers are then the
    /// dataplane's endpoints in zone order (see GatewayConfig).
    UpstreamConfig config;
    std::vector<QString> pods; ///< per server of config: the Pod's name ("" when unknown)
    bool fromState = false; ///< Plus: the servers came through the API (state file)
    Diagnostics diagnostics; ///< what UpstreamParser said
    SourceLocation location; ///< the `upstream` directive in the rendered files
    bool stream = false; ///< an upstream of the stream context (stream.conf), not of http

    /** The servers as "address" strings, in order (to compare snapshots). */
    QStringList serverAddresses() const;
};

/** Where the configuration sends a request, before any balancing. */
struct RouteDecision
{
    /// 0: proxied to `upstream`, a balancer decides; otherwise the status nginx answers itself (404,
    /// 500 of invalid-backend-ref, 503 of an upstream without endpoints, a redirect's 3xx, 444).
    /// A request nginx refuses before HTTP (no listener, TLS failure) has status 0 and upstream -1.
    int status = 0;
    int upstream = -1; ///< index into GatewayConfig::upstreams(); -1 when not proxied to an upstream block
    QString upstreamName;
    QString route; ///< "ns/name" of the route whose rule the location serves; empty when none
    QString routeKind; ///< "HTTPRoute" or "GRPCRoute"
    int rule = -1; ///< the rule's index in the route
    QString serverName; ///< the server_name that matched ("" for the default server)
    QString location; ///< the last location entered, as "= /tea"
    SourceLocation locationSource; ///< where that location is in the rendered files
    QString error; ///< nginx's reason when it refused or could not route
    std::vector<nginx::TraceStep> trace; ///< the router's explanation, when asked for
    /// The limit_req the request meets (keys evaluated); the replica's buckets decide at its time.
    std::optional<nginx::LimitReqCheck> limitReq;
    /// What add_header adds to the answer (name, value), e.g. a CORS filter's Access-Control-* headers
    std::vector<std::pair<QString, QString>> responseHeaders;
    /// The `mirror` subrequests nginx sends besides (URIs of NGF's internal mirror locations); the
    /// simulation does not balance or count them (notes())
    QStringList mirrors;
    int group = -1; ///< free for the caller (the scenario runner numbers route groups here)
    // Connections routed by the stream module (TLS passthrough, TCP, UDP)
    bool stream = false; ///< the connection went through a stream server first
    /// The stream servers entered, each as its listen and handler with the value it took:
    /// "0.0.0.0:443 pass unix:/var/run/nginx/app.example.com-443.sock"
    QStringList streamServers;
    QString sni; ///< $ssl_preread_server_name
    /// Stream::Http: the http listener the stream module handed the connection to (NGF's
    /// unix:/var/run/nginx/https<port>.sock); the HTTP request is routed there.
    QString httpSocket;
    bool passed = false; ///< handed over by `pass` (same connection, client address kept)
    int connectionsUsed = 0; ///< $connection numbers the stream routing took
};

/**
 * What makes routing depend on more than the request line and headers: which parts of a request
 * a RouteCache must key on, derived from the configuration's directives (see docs/simulator.md).
 */
struct RouteDependencies
{
    bool clientAddress = false; ///< a routing directive reads $remote_addr, $binary_remote_addr, …
    bool cookies = false; ///< a routing directive reads $cookie_*/$http_cookie, or matches.json names Cookie
    bool requestId = false; ///< $request_id is read outside split_clients keys: no caching
    bool cacheable() const { return !requestId; }
};

/**
 * The nginx configuration one Gateway runs at one moment, read the way the simulator needs it:
 * Design + Profile -> gw_ngf render -> gw_nginx parse and router -> upstream blocks for the
 * balancers, parsed from the rendered text. So the simulator balances exactly what the preview
 * shows.
 *
 * On NGINX Plus NGF writes `state /var/lib/nginx/state/<key>.conf;` instead of `server` lines and
 * the agent adds the endpoints through the Plus API. The servers are then the dataplane's
 * endpoints of that upstream: in NGF's order (address, then port; docs/ngf.md "Choices where NGF is
 * nondeterministic") for a new upstream,
 * and for an update the order of the previous snapshot with removed servers dropped and new ones
 * appended (as nginx adds servers to a zone), with weight 1, max_fails 1, fail_timeout 10s.
 *
 * Immutable once built, shared between Gateway replicas and route caches.
 */
class GatewayConfig
{
public:
    /**
     * Renders \a design under \a profile and reads the result. \a previous (the snapshot this one
     * replaces, if any) decides the order of Plus servers. Null with \a error set when the design
     * has no Gateway to render.
     */
    static std::shared_ptr<const GatewayConfig> build(std::shared_ptr<const Design> design,
                                                      const ngf::Profile &profile,
                                                      const GatewayConfig *previous = nullptr,
                                                      QString *error = nullptr);
    /**
     * Reads \a files (the rendered files of \a result, possibly edited, as an `nginx -T` listing
     * would hold them) instead of \a result's own. The dataplane still names the Pods, and the
     * design's Secrets fill the htpasswd files of Basic AuthenticationFilters that \a files lack.
     */
    static std::shared_ptr<const GatewayConfig>
    fromFiles(std::shared_ptr<const Design> design, std::shared_ptr<const ngf::Result> result,
              const nginx::FileSet &files, const GatewayConfig *previous = nullptr, QString *error = nullptr);
    ~GatewayConfig();

    const ngf::Result &result() const { return *m_result; }
    const Design &design() const { return *m_design; }
    const nginx::Config &nginxConfig() const { return m_nginx; }
    const nginx::Router &router() const { return m_router; }
    bool isPlus() const;
    /** The text of all rendered files: equal texts mean nginx would not reload. */
    const QByteArray &text() const { return m_text; }

    const std::vector<UpstreamSnapshot> &upstreams() const { return m_upstreams; }
    /** Index of upstream \a name, or -1. */
    int upstreamIndex(const QString &name) const { return m_upstreamIndex.value(name, -1); }

    /** The port plain HTTP requests go to by default: the first HTTP listener's, else 80. */
    int defaultPort() const { return m_defaultPort; }
    const RouteDependencies &dependencies() const { return m_dependencies; }
    /** The split_clients blocks keyed on $request_id, by variable (lowercase, without '$'). */
    const QHash<QByteArray, nginx::SplitClients> &requestIdSplits() const { return m_splits; }

    /**
     * The address nginx uses as $remote_addr for a connection from \a peer that carries
     * \a forwardedFor (its X-Forwarded-For headers, comma-joined): NGF's NginxProxy `rewriteClientIP`
     * in XForwardedFor mode writes `set_real_ip_from`, `real_ip_header X-Forwarded-For` and
     * `real_ip_recursive`, and the realip module then takes the rightmost address (recursive: the
     * rightmost one that is not trusted) when \a peer is trusted. Otherwise \a peer.
     */
    SocketAddress realClient(const SocketAddress &peer, QByteArrayView forwardedFor) const;
    bool rewritesClientIp() const { return !m_trusted.empty() && m_realIpFromXff; }

    /** The stream context's router (stream.conf). */
    const nginx::StreamRouter &streamRouter() const { return m_stream; }
    /** Index of the stream upstream \a name (in upstreams()), or -1. */
    int streamUpstreamIndex(const QString &name) const { return m_streamUpstreamIndex.value(name, -1); }
    /**
     * Routes one connection through the stream context: status is the stream module's $status when the
     * configuration decides (500, 502; 200 for `return`), 0 when proxied to an upstream (a balancer
     * decides) or handed to the http context (httpSocket), upstream the index of the stream upstream.
     */
    RouteDecision routeStream(const nginx::StreamConnection &connection, bool trace = false) const;
    /**
     * What the configuration holds that the simulation does not act on: the `mirror` directives (NGF's
     * RequestMirror filters) send subrequests that are neither balanced nor counted.
     */
    Diagnostics notes() const;

    /** Routes one request through the configuration (with the router's explanation when \a trace). */
    RouteDecision route(const nginx::Request &request, bool trace = false) const;
    /** As route(), and the split_clients variables the routing read (for RouteCache). */
    RouteDecision route(const nginx::Request &request, bool trace, QList<QByteArray> *splitsRead) const;

private:
    GatewayConfig() = default;
    bool read(const nginx::FileSet &rendered, const GatewayConfig *previous, QString *error);
    void addAuthFiles(nginx::FileSet &files) const;
    void readUpstreams(const GatewayConfig *previous);
    void analyse();
    void describeRoute(RouteDecision &decision) const;
    bool describeFrom(RouteDecision &decision, const SourceLocation &where) const;

    std::shared_ptr<const Design> m_design;
    std::shared_ptr<const ngf::Result> m_result;
    nginx::Config m_nginx;
    nginx::Router m_router;
    nginx::StreamRouter m_stream;
    QHash<QString, int> m_streamUpstreamIndex;
    QByteArray m_text;
    std::vector<UpstreamSnapshot> m_upstreams;
    QHash<QString, int> m_upstreamIndex;
    int m_defaultPort = 80;
    RouteDependencies m_dependencies;
    QHash<QByteArray, nginx::SplitClients> m_splits;
    std::vector<std::pair<SocketAddress, int>> m_trusted; ///< set_real_ip_from networks and prefix lengths
    bool m_realIpFromXff = false;
    bool m_realIpRecursive = false;
};

} // namespace gw::sim
