// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luaroundrobin.h"

#include <QCoreApplication>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::LuaRoundRobin)
};
} // namespace

LuaRoundRobin::LuaRoundRobin(const LuaBackend &backend, LuaWorker &worker)
{
    keepShaping(backend);
    reinit(nodeIds(backend.endpoints), worker);
}

void LuaRoundRobin::reinit(const std::vector<QString> &nodes, LuaWorker &worker)
{
    // roundrobin.lua new/reinit: last_id = the math.random(count)-th key in next() order (one draw,
    // also for a single node).
    m_nodes = nodes;
    m_last = m_nodes.empty() ? -1 : int(worker.random.random(qint64(m_nodes.size()))) - 1;
}

void LuaRoundRobin::sync(const LuaBackend &backend, LuaWorker &worker)
{
    keepShaping(backend);
    // balancer/resty.lua sync: deep_compare of the {id = 1} tables, so only the set counts.
    std::vector<QString> nodes = nodeIds(backend.endpoints);
    std::vector<QString> a = nodes;
    std::vector<QString> b = m_nodes;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a != b)
        reinit(nodes, worker);
}

QString LuaRoundRobin::balance(LuaTry &t, LuaWorker &worker)
{
    Q_UNUSED(worker);
    if (m_nodes.empty())
        return {};
    if (m_nodes.size() == 1) {
        t.explain(Tr::tr("round_robin: the only endpoint %1").arg(m_nodes.front()));
        return m_nodes.front(); // only_key
    }
    // With every weight 1, find() is next(nodes, last_id), wrapping at the end of the table.
    m_last = (m_last + 1) % int(m_nodes.size());
    t.explain(Tr::tr("round_robin: this worker's cycle gives %1 (position %2 of %3)")
                  .arg(m_nodes[size_t(m_last)])
                  .arg(m_last + 1)
                  .arg(m_nodes.size()));
    return m_nodes[size_t(m_last)];
}

} // namespace gw::sim::ingressnginx
