// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luarandom.h"
#include "sim/request.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>
#include <vector>

namespace gw::sim::ingressnginx {

/** One endpoint of a backend, as the controller sends it to the Lua side. */
struct LuaEndpoint
{
    QString address; ///< "10.0.0.1", or "[fd00::1]" once formatted (balancer.lua format_ipv6_endpoints)
    int port = 0;
    QString pod; ///< the Pod behind it (for the simulation's output; not part of ingress-nginx's data)

    /** The node id "address:port" (util.lua get_nodes). */
    QString id() const { return address + u':' + QString::number(port); }
    friend bool operator==(const LuaEndpoint &a, const LuaEndpoint &b)
    {
        return a.address == b.address && a.port == b.port;
    }
};

/** `cookieSessionAffinity` of a backend (annotations/sessionaffinity, controller.go). */
struct CookieAffinity
{
    QString name = QStringLiteral("INGRESSCOOKIE");
    QString expires; ///< seconds as written; empty: no Expires
    QString maxAge; ///< seconds as written; empty: no Max-Age
    QString path; ///< empty: $location_path
    QString domain;
    std::optional<bool> secure; ///< only true reaches Lua (omitempty): else $https == "on"
    QString sameSite; ///< as written; lua-resty-cookie drops anything but Strict, Lax, None
    bool conditionalSameSiteNone = false;
    bool changeOnFailure = false;
    /// host ("_" for the catch-all, "*.example.com") -> the Ingress paths of affinity: cookie Ingresses
    QHash<QString, QStringList> locations;
};

/** `trafficShapingPolicy` of a canary backend (annotations/canary). */
struct TrafficShaping
{
    int weight = 0;
    int weightTotal = 100;
    QString header;
    QString headerValue;
    QString headerPattern;
    QString cookie;
};

/**
 * One backend as ingress-nginx's controller POSTs it to the Lua side (pkg/apis/ingress types.go
 * Backend, the fields balancer.lua reads): the name `<namespace>-<service>-<port>`, the endpoints in
 * EndpointSlice order, and the configuration that picks and drives the balancer.
 */
struct LuaBackend
{
    QString name;
    std::vector<LuaEndpoint> endpoints;
    QString loadBalance = QStringLiteral("round_robin"); ///< "load-balance": annotation, ConfigMap or default
    // sessionAffinityConfig
    QString affinityType; ///< "cookie" or empty
    QString affinityMode; ///< "balanced" (default) or "persistent"
    CookieAffinity cookie;
    // upstreamHashByConfig
    QString hashBy;
    bool hashBySubset = false;
    int subsetSize = 3;
    // canary
    bool noServer = false; ///< a canary backend (served only through its primary's alternativeBackends)
    TrafficShaping trafficShaping;
    QStringList alternativeBackends;

    /** balancer.lua get_implementation: the Lua module that balances this backend. */
    QString implementation() const;
};

/** The shared dictionaries `balancer_ewma` and `balancer_ewma_last_touched_at` of one nginx. */
struct EwmaStore
{
    struct Stats
    {
        double ewma = 0;
        double lastTouched = 0; ///< seconds (ngx.now())
    };
    QHash<QString, Stats> stats; ///< by "ip:port"
};

/** One nginx worker process: its own PRNG, pid, and (in the runtime) its own balancers. */
struct LuaWorker
{
    int index = 0;
    int pid = 0;
    LuaRandom random;
    EwmaStore *ewma = nullptr; ///< shared by the workers of one nginx
    double now = 0; ///< ngx.now() while the worker syncs its backends (seconds)
};

/** What a balancer sees of one try of one request (ngx.var, ngx.ctx, ngx.balancer). */
struct LuaTry
{
    const Request *request = nullptr; ///< headers, cookies, client address
    QString host; ///< $host
    QString serverName; ///< $server_name ("_" for the catch-all server)
    QString locationPath; ///< $location_path: the Ingress path as written
    bool https = false;
    double now = 0; ///< ngx.now(): seconds since the epoch, millisecond resolution
    qint64 nowSeconds = 0; ///< ngx.time()
    QStringList upstreamAddr; ///< $upstream_addr: the peers tried before this try
    bool lastFailed = false; ///< ngx.balancer.get_last_failure() ~= nil
    QSet<QString> *ewmaTried = nullptr; ///< ngx.ctx.balancer_ewma_tried_endpoints
    QByteArray setCookie; ///< out: the Set-Cookie value this try added (the last one wins)
    QStringList *why = nullptr; ///< out, optional: the balancer's reasoning

    void explain(const QString &line) const
    {
        if (why)
            why->append(line);
    }
};

/** LuaJIT's tostring() of a number: "%.14g". */
QString luaNumber(double value);
/** ngx.md5: lowercase hex MD5. */
QByteArray md5Hex(QByteArrayView data);

} // namespace gw::sim::ingressnginx
