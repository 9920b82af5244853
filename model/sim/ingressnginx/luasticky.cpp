// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luasticky.h"

#include "sim/units.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::LuaSticky)
};

constexpr int MaxUpstreamChecks = 20; // sticky_balanced.lua MAX_UPSTREAM_CHECKS_COUNT
} // namespace

QByteArray LuaSticky::backendKey(const QString &backendName)
{
    const QByteArray name = backendName.toUtf8();
    return md5Hex(QByteArray(md5Hex(name) + name));
}

QByteArray LuaSticky::nodeKey(const QString &salt, const QString &node)
{
    return md5Hex((salt + node).toUtf8());
}

std::pair<QByteArray, QByteArray> LuaSticky::parseCookie(QByteArrayView value)
{
    // split_string(raw, "|"): the runs of characters other than '|'.
    QList<QByteArray> fields;
    for (const QByteArray &f : value.toByteArray().split('|')) {
        if (!f.isEmpty())
            fields << f;
    }
    return {fields.value(0), fields.value(1)};
}

LuaSticky::LuaSticky(Mode mode, const LuaBackend &backend, LuaWorker &worker)
    : m_mode(mode)
{
    sync(backend, worker);
}

void LuaSticky::sync(const LuaBackend &backend, LuaWorker &worker)
{
    Q_UNUSED(worker);
    keepShaping(backend);
    m_cookie = backend.cookie;
    m_backendKey = backendKey(backend.name);
    m_salt = backend.name;
    std::vector<QString> nodes = nodeIds(backend.endpoints);
    std::vector<QString> a = nodes;
    std::vector<QString> b = m_nodes;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    if (a == b && !m_nodes.empty())
        return;
    m_nodes = std::move(nodes);
    if (m_mode == Mode::Balanced) {
        m_ring = RestyChash(m_nodes);
    } else {
        m_map.clear();
        for (const QString &node : m_nodes)
            m_map.emplace_back(nodeKey(m_salt, node), node);
    }
}

QByteArray LuaSticky::cookieValue(const Request &request) const
{
    // lua-resty-cookie: the Cookie header split into name=value pairs; a later pair of the same name
    // replaces an earlier one (its table), names compared exactly.
    QByteArray found;
    const QByteArray name = m_cookie.name.toUtf8();
    for (const Header &h : request.headers) {
        if (h.first.compare("Cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : h.second.split(';')) {
            const QByteArray pair = part.trimmed();
            const qsizetype eq = pair.indexOf('=');
            if (eq > 0 && pair.left(eq) == name)
                found = pair.mid(eq + 1);
        }
    }
    return found;
}

bool LuaSticky::isAffinitized(const LuaTry &t) const
{
    return parseCookie(cookieValue(*t.request)).second == m_backendKey;
}

QString LuaSticky::find(const QByteArray &key) const
{
    if (m_mode == Mode::Balanced)
        return m_ring.isEmpty() ? QString() : m_ring.find(key);
    for (const auto &[k, node] : m_map) {
        if (k == key)
            return node;
    }
    return {};
}

QString LuaSticky::pickNew(const QSet<QString> &failed, LuaTry &t, LuaWorker &worker, QByteArray *key)
{
    if (m_mode == Mode::Balanced) {
        // sticky_balanced.lua pick_new_upstream: a random key, hashed on the ring, up to 20 times.
        for (int i = 1; i <= MaxUpstreamChecks; ++i) {
            const QString k = luaNumber(t.now + i) + u'.' + QString::number(worker.pid) + u'.' +
                luaNumber(double(worker.random.random(999999)));
            const QString node = m_ring.isEmpty() ? QString() : m_ring.find(k.toUtf8());
            if (!node.isEmpty() && !failed.contains(node)) {
                *key = k.toUtf8();
                t.explain(Tr::tr("sticky_balanced: new session key %1 hashes to %2").arg(k, node));
                return node;
            }
        }
        return {};
    }
    // nodemap.lua random_except: math.random(1, size) over the entries not in the failed set.
    std::vector<const std::pair<QByteArray, QString> *> valid;
    for (const auto &entry : m_map) {
        if (failed.isEmpty() || !failed.contains(entry.second))
            valid.push_back(&entry);
    }
    if (valid.empty())
        return {};
    const qint64 index = worker.random.random(1, qint64(valid.size()));
    *key = valid[size_t(index - 1)]->first;
    t.explain(Tr::tr("sticky_persistent: new session, random endpoint %1 of %2: %3")
                  .arg(index)
                  .arg(valid.size())
                  .arg(valid[size_t(index - 1)]->second));
    return valid[size_t(index - 1)]->second;
}

bool LuaSticky::shouldSetCookie(const LuaTry &t) const
{
    QString host = t.host;
    if (t.serverName == u"_")
        host = t.serverName;
    auto locs = m_cookie.locations.constFind(host);
    if (locs == m_cookie.locations.constEnd()) {
        static const QRegularExpression firstLabel(QStringLiteral("^[^\\.]+\\."));
        QString wildcard = host;
        wildcard.replace(firstLabel, QStringLiteral("*."));
        locs = m_cookie.locations.constFind(wildcard);
    }
    return locs != m_cookie.locations.constEnd() && locs->contains(t.locationPath);
}

QByteArray LuaSticky::bake(const QByteArray &key, const LuaTry &t) const
{
    // sticky.lua set_cookie + lua-resty-cookie bake: k=v; Expires; Max-Age; Domain; Path; Secure;
    // HttpOnly; SameSite (only Strict, Lax or None survive bake()).
    QByteArray c = m_cookie.name.toUtf8() + '=' + key + '|' + m_backendKey;
    if (!m_cookie.expires.isEmpty())
        c += "; Expires=" + nginxCookieTime(t.nowSeconds + m_cookie.expires.toLongLong());
    if (!m_cookie.maxAge.isEmpty())
        c += "; Max-Age=" + luaNumber(m_cookie.maxAge.toDouble()).toUtf8();
    if (!m_cookie.domain.isEmpty())
        c += "; Domain=" + m_cookie.domain.toUtf8();
    c += "; Path=" + (m_cookie.path.isEmpty() ? t.locationPath : m_cookie.path).toUtf8();
    if (m_cookie.secure.value_or(false) || t.https)
        c += "; Secure";
    c += "; HttpOnly";
    if (m_cookie.sameSite == u"Strict" || m_cookie.sameSite == u"Lax" || m_cookie.sameSite == u"None")
        c += "; SameSite=" + m_cookie.sameSite.toUtf8();
    return c;
}

QString LuaSticky::balance(LuaTry &t, LuaWorker &worker)
{
    const auto [upstreamKey, backend] = parseCookie(cookieValue(*t.request));
    Q_UNUSED(backend);
    QString fromCookie;
    if (!upstreamKey.isEmpty())
        fromCookie = find(upstreamKey);
    // Lua precedence: (last_failure ~= nil and change_on_failure) or upstream_from_cookie == nil
    const bool pickNewUpstream = (t.lastFailed && m_cookie.changeOnFailure) || fromCookie.isEmpty();
    if (!pickNewUpstream) {
        t.explain(Tr::tr("%1: cookie %2 key %3 -> %4")
                      .arg(name(), m_cookie.name, QString::fromUtf8(upstreamKey), fromCookie));
        return fromCookie;
    }
    if (!upstreamKey.isEmpty() && fromCookie.isEmpty())
        t.explain(Tr::tr("%1: cookie key %2 names no current endpoint")
                      .arg(name(), QString::fromUtf8(upstreamKey)));
    QSet<QString> failed(t.upstreamAddr.cbegin(), t.upstreamAddr.cend());
    QByteArray key;
    const QString node = pickNew(failed, t, worker, &key);
    if (node.isEmpty()) {
        t.explain(Tr::tr("%1: no new upstream found").arg(name()));
        return {};
    }
    if (shouldSetCookie(t))
        t.setCookie = bake(key, t);
    else
        t.explain(
            Tr::tr("%1: no cookie set: host %2 path %3 is not a location of an Ingress with affinity: cookie")
                .arg(name(), t.host, t.locationPath));
    return node;
}

} // namespace gw::sim::ingressnginx
