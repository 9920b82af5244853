// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabalancer.h"

namespace gw::sim::ingressnginx {

/**
 * `ewma` (balancer/ewma.lua): peak EWMA with two random choices. Scores decay with a 10 s time
 * constant; the two candidates are a partial Fisher–Yates shuffle of the peers not yet tried by the
 * request; after_balance records the response time in the nginx-wide store.
 */
class LuaEwma : public LuaBalancer
{
public:
    LuaEwma(const LuaBackend &backend, LuaWorker &worker);
    QString name() const override { return QStringLiteral("ewma"); }
    void sync(const LuaBackend &backend, LuaWorker &worker) override;
    QString balance(LuaTry &t, LuaWorker &worker) override;
    void afterBalance(const QString &peer, double rttSeconds, double now, LuaWorker &worker) override;

    /** decay_ewma. */
    static double decay(double ewma, double lastTouched, double rtt, double now);

private:
    double score(const QString &peer, double now, const LuaWorker &worker) const;

    std::vector<LuaEndpoint> m_peers;
};

} // namespace gw::sim::ingressnginx
