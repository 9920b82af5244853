// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luabalancer.h"

#include "sim/ingressnginx/luachash.h"
#include "sim/ingressnginx/luachashsubset.h"
#include "sim/ingressnginx/luaewma.h"
#include "sim/ingressnginx/luaroundrobin.h"
#include "sim/ingressnginx/luasticky.h"

#include <QCryptographicHash>

namespace gw::sim::ingressnginx {

QString luaNumber(double value)
{
    return QString::asprintf("%.14g", value);
}

QByteArray md5Hex(QByteArrayView data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QString LuaBackend::implementation() const
{
    // balancer.lua get_implementation: cookie affinity, then upstream-hash-by, then load-balance.
    if (affinityType == u"cookie")
        return affinityMode == u"persistent" ? QStringLiteral("sticky_persistent")
                                             : QStringLiteral("sticky_balanced");
    if (!hashBy.isEmpty())
        return hashBySubset ? QStringLiteral("chashsubset") : QStringLiteral("chash");
    static const QStringList known = {QStringLiteral("round_robin"),       QStringLiteral("chash"),
                                      QStringLiteral("chashsubset"),       QStringLiteral("sticky_balanced"),
                                      QStringLiteral("sticky_persistent"), QStringLiteral("ewma")};
    // An unknown name falls back to round_robin (with a warning in nginx's log).
    return known.contains(loadBalance) ? loadBalance : QStringLiteral("round_robin");
}

std::vector<QString> LuaBalancer::nodeIds(const std::vector<LuaEndpoint> &endpoints)
{
    std::vector<QString> ids;
    ids.reserve(endpoints.size());
    for (const LuaEndpoint &e : endpoints) {
        const QString id = e.id();
        // A Lua table has each key once: a repeated endpoint is one node.
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

std::unique_ptr<LuaBalancer> LuaBalancer::create(const LuaBackend &backend, LuaWorker &worker)
{
    const QString impl = backend.implementation();
    std::unique_ptr<LuaBalancer> b;
    if (impl == u"sticky_balanced")
        b = std::make_unique<LuaSticky>(LuaSticky::Mode::Balanced, backend, worker);
    else if (impl == u"sticky_persistent")
        b = std::make_unique<LuaSticky>(LuaSticky::Mode::Persistent, backend, worker);
    else if (impl == u"chash")
        b = std::make_unique<LuaChash>(backend, worker);
    else if (impl == u"chashsubset")
        b = std::make_unique<LuaChashSubset>(backend, worker);
    else if (impl == u"ewma")
        b = std::make_unique<LuaEwma>(backend, worker);
    else
        b = std::make_unique<LuaRoundRobin>(backend, worker);
    return b;
}

} // namespace gw::sim::ingressnginx
