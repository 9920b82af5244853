// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabalancer.h"
#include "sim/ingressnginx/restychash.h"

namespace gw::sim::ingressnginx {

/** `chash` (balancer/chash.lua): lua-resty-balancer's ring, keyed by the `upstream-hash-by` value. */
class LuaChash : public LuaBalancer
{
public:
    LuaChash(const LuaBackend &backend, LuaWorker &worker);
    QString name() const override { return QStringLiteral("chash"); }
    void sync(const LuaBackend &backend, LuaWorker &worker) override;
    QString balance(LuaTry &t, LuaWorker &worker) override;

    /**
     * util.lua parse_complex_value + generate_var_value: literal text and `$var` / `${var}` replaced
     * by ngx.var; a variable the request does not have contributes nothing.
     */
    static QByteArray evaluateKey(const QString &hashBy, const Request &request, const QString &host);

private:
    QString m_hashBy;
    std::vector<QString> m_nodes;
    RestyChash m_ring;
};

} // namespace gw::sim::ingressnginx
