// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ingressnginx/luabalancer.h"
#include "sim/ingressnginx/restychash.h"

namespace gw::sim::ingressnginx {

/**
 * Cookie affinity (balancer/sticky.lua) in its two modes: `sticky_balanced` (the cookie holds a
 * random key hashed on the resty.chash ring at every request) and `sticky_persistent` (the cookie
 * holds md5(backend name .. "ip:port"), util/nodemap.lua, looked up exactly). The cookie value is
 * `<key>|<md5(md5(backend)..backend)>`; it is set only when a new upstream is picked and only on the
 * hosts and paths of Ingresses with `affinity: cookie`.
 */
class LuaSticky : public LuaBalancer
{
public:
    enum class Mode { Balanced, Persistent };

    LuaSticky(Mode mode, const LuaBackend &backend, LuaWorker &worker);
    QString name() const override
    {
        return m_mode == Mode::Balanced ? QStringLiteral("sticky_balanced")
                                        : QStringLiteral("sticky_persistent");
    }
    void sync(const LuaBackend &backend, LuaWorker &worker) override;
    QString balance(LuaTry &t, LuaWorker &worker) override;
    bool isAffinitized(const LuaTry &t) const override;

    /** md5(md5(name) .. name): the second field of the cookie value. */
    static QByteArray backendKey(const QString &backendName);
    /** nodemap.lua: md5(salt .. "ip:port"). */
    static QByteArray nodeKey(const QString &salt, const QString &node);
    /** The cookie's `upstream_key|backend_key` fields (util/split.lua split_string, empty fields skipped). */
    static std::pair<QByteArray, QByteArray> parseCookie(QByteArrayView value);
    /** lua-resty-cookie's bake() of the cookie sticky.lua sets. */
    QByteArray bake(const QByteArray &key, const LuaTry &t) const;

private:
    QByteArray cookieValue(const Request &request) const;
    bool shouldSetCookie(const LuaTry &t) const;
    QString find(const QByteArray &key) const;
    QString pickNew(const QSet<QString> &failed, LuaTry &t, LuaWorker &worker, QByteArray *key);

    Mode m_mode;
    CookieAffinity m_cookie;
    QByteArray m_backendKey;
    QString m_salt; ///< persistent: the backend name
    std::vector<QString> m_nodes;
    RestyChash m_ring; ///< balanced
    std::vector<std::pair<QByteArray, QString>> m_map; ///< persistent: key -> node, in table order
};

} // namespace gw::sim::ingressnginx
