// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabalancer.h"
#include "sim/ingressnginx/restychash.h"

namespace gw::sim::ingressnginx {

/**
 * `chashsubset` (balancer/chashsubset.lua): the endpoints cut into subsets of `subset-size` (the last
 * one padded from the start), a ring over the subset ids "set1"…, then a uniform member per request.
 */
class LuaChashSubset : public LuaBalancer
{
public:
    LuaChashSubset(const LuaBackend &backend, LuaWorker &worker);
    QString name() const override { return QStringLiteral("chashsubset"); }
    void sync(const LuaBackend &backend, LuaWorker &worker) override;
    QString balance(LuaTry &t, LuaWorker &worker) override;

    /** build_subset_map: subset k (1-based) -> its members. */
    static std::vector<std::vector<LuaEndpoint>> subsets(const std::vector<LuaEndpoint> &endpoints, int size);

private:
    void build(const LuaBackend &backend);

    QString m_hashBy;
    int m_size = 3;
    std::vector<LuaEndpoint> m_current;
    std::vector<std::vector<LuaEndpoint>> m_subsets;
    RestyChash m_ring;
};

} // namespace gw::sim::ingressnginx
