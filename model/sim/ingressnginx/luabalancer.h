// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabackend.h"

#include <memory>

namespace gw::sim::ingressnginx {

/**
 * One of ingress-nginx's Lua balancers (rootfs/etc/nginx/lua/balancer/, one module per method) as one nginx
 * worker keeps it for one backend: `new`, `sync` on every endpoint change the worker picks up, `balance` on
 * every try of a request, `is_affinitized` for canary routing, and `after_balance` in the log phase (EWMA
 * only).
 *
 * Node order ("pairs() order" in Lua, an unknowable per-worker permutation in ingress-nginx because
 * LuaJIT seeds its string hash per VM) is the endpoints' order here; see docs/migration.md.
 */
class LuaBalancer
{
public:
    virtual ~LuaBalancer() = default;

    /** The implementation's name: round_robin, ewma, chash, chashsubset, sticky_balanced, sticky_persistent.
     */
    virtual QString name() const = 0;
    /** `sync(backend)`: the worker picked up a new version of the backend (same implementation). */
    virtual void sync(const LuaBackend &backend, LuaWorker &worker) = 0;
    /** `balance()`: the peer ("ip:port") for this try; empty when none (nginx then fails the try). */
    virtual QString balance(LuaTry &t, LuaWorker &worker) = 0;
    /** `is_affinitized()`: the request carries this backend's affinity cookie. */
    virtual bool isAffinitized(const LuaTry &t) const
    {
        Q_UNUSED(t);
        return false;
    }
    /** `after_balance()` (log phase): \a peer answered (or failed last) after \a rttSeconds. */
    virtual void afterBalance(const QString &peer, double rttSeconds, double now, LuaWorker &worker)
    {
        Q_UNUSED(peer);
        Q_UNUSED(rttSeconds);
        Q_UNUSED(now);
        Q_UNUSED(worker);
    }

    /** What sync() keeps from the backend for canary routing (balancer.lua reads these). */
    TrafficShaping trafficShaping;
    QStringList alternativeBackends;

    /** `implementation:new(backend)` for the backend's implementation(); draws from \a worker's PRNG. */
    static std::unique_ptr<LuaBalancer> create(const LuaBackend &backend, LuaWorker &worker);

protected:
    void keepShaping(const LuaBackend &backend)
    {
        trafficShaping = backend.trafficShaping;
        alternativeBackends = backend.alternativeBackends;
    }
    /** util.get_nodes: the node ids in table order. */
    static std::vector<QString> nodeIds(const std::vector<LuaEndpoint> &endpoints);
};

} // namespace gw::sim::ingressnginx
