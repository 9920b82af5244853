// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabalancer.h"

namespace gw::sim::ingressnginx {

/**
 * `round_robin` (balancer/round_robin.lua over lua-resty-balancer's roundrobin.lua): with every
 * weight 1 the interleaved WRR is a cyclic walk over the nodes in table order, starting after the
 * `math.random(count)`-th node; a new random start whenever the node set changes.
 */
class LuaRoundRobin : public LuaBalancer
{
public:
    LuaRoundRobin(const LuaBackend &backend, LuaWorker &worker);
    QString name() const override { return QStringLiteral("round_robin"); }
    void sync(const LuaBackend &backend, LuaWorker &worker) override;
    QString balance(LuaTry &t, LuaWorker &worker) override;

private:
    void reinit(const std::vector<QString> &nodes, LuaWorker &worker);

    std::vector<QString> m_nodes;
    int m_last = -1; ///< index of last_id; -1: nil
};

} // namespace gw::sim::ingressnginx
