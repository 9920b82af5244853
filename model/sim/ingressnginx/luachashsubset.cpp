// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luachashsubset.h"

#include "sim/ingressnginx/luachash.h"

#include <QCoreApplication>

#include <cmath>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::LuaChashSubset)
};
} // namespace

std::vector<std::vector<LuaEndpoint>> LuaChashSubset::subsets(const std::vector<LuaEndpoint> &endpoints,
                                                              int size)
{
    // build_subset_map: ceil(n / size) sets of exactly size members; the missing places of the last
    // one are filled with endpoints from the start.
    std::vector<std::vector<LuaEndpoint>> out;
    if (endpoints.empty() || size <= 0)
        return out;
    const int count = int(std::ceil(double(endpoints.size()) / size));
    std::vector<LuaEndpoint> padded = endpoints;
    for (size_t j = 0; padded.size() < size_t(count) * size_t(size); ++j)
        padded.push_back(padded[j]);
    size_t k = 0;
    for (int i = 0; i < count; ++i) {
        std::vector<LuaEndpoint> subset;
        for (int m = 0; m < size; ++m)
            subset.push_back(padded[k++]);
        out.push_back(subset);
    }
    return out;
}

LuaChashSubset::LuaChashSubset(const LuaBackend &backend, LuaWorker &worker)
    : m_hashBy(backend.hashBy)
    , m_size(backend.subsetSize)
{
    Q_UNUSED(worker);
    keepShaping(backend);
    build(backend);
}

void LuaChashSubset::build(const LuaBackend &backend)
{
    m_current = backend.endpoints;
    m_subsets = subsets(m_current, m_size);
    std::vector<QString> ids;
    for (size_t i = 0; i < m_subsets.size(); ++i)
        ids.push_back(QStringLiteral("set%1").arg(i + 1));
    m_ring = RestyChash(ids);
}

void LuaChashSubset::sync(const LuaBackend &backend, LuaWorker &worker)
{
    Q_UNUSED(worker);
    keepShaping(backend);
    // deep_compare of the endpoint arrays: order counts here.
    if (backend.endpoints != m_current)
        build(backend);
}

QString LuaChashSubset::balance(LuaTry &t, LuaWorker &worker)
{
    if (m_ring.isEmpty())
        return {};
    const QByteArray key = LuaChash::evaluateKey(m_hashBy, *t.request, t.host);
    const QString subset = m_ring.find(key);
    const int index = subset.mid(3).toInt() - 1;
    const std::vector<LuaEndpoint> &members = m_subsets[size_t(index)];
    const qint64 r = worker.random.random(qint64(members.size()));
    const LuaEndpoint &e = members[size_t(r - 1)];
    QStringList ids;
    for (const LuaEndpoint &m : members)
        ids << m.id();
    t.explain(Tr::tr("chashsubset: key \"%1\" -> %2 (%3); random member %4 -> %5")
                  .arg(QString::fromUtf8(key), subset, ids.join(QStringLiteral(", ")))
                  .arg(r)
                  .arg(e.id()));
    return e.id();
}

} // namespace gw::sim::ingressnginx
