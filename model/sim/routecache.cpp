// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/routecache.h"

namespace gw::sim {

namespace {

void appendField(QByteArray &key, const QString &value)
{
    key += value.toUtf8();
    key += '\0';
}

} // namespace

RouteCache::RouteCache(std::shared_ptr<const GatewayConfig> config)
    : m_config(std::move(config))
{ }

QByteArray RouteCache::baseKey(const nginx::Request &request)
{
    QByteArray key;
    key.reserve(128);
    appendField(key, request.serverAddress);
    key += QByteArray::number(request.port) + '\0';
    appendField(key, request.scheme);
    appendField(key, request.sni);
    appendField(key, request.method);
    appendField(key, request.target);
    key += request.hasHost ? '1' : '0';
    appendField(key, request.host);
    appendField(key, request.httpVersion);
    for (const nginx::Header &h : request.headers) {
        if (h.name.compare(u"cookie", Qt::CaseInsensitive) == 0)
            continue; // keyed separately, only when routing reads cookies
        appendField(key, h.name);
        appendField(key, h.value);
    }
    return key;
}

QByteArray RouteCache::splitKey(const Entry &entry, const QByteArray &requestId) const
{
    QByteArray key;
    const QByteArray id = requestId.isEmpty() ? QByteArray(32, '0') : requestId.toLower();
    for (const QByteArray &variable : entry.splits) {
        const nginx::SplitClients &split = m_config->requestIdSplits()[variable];
        key += char(split.choose(id).part + 1);
    }
    return key;
}

RouteDecision *RouteCache::decide(const nginx::Request &request, const QByteArray &requestId,
                                  const QByteArray *key)
{
    const RouteDependencies &deps = m_config->dependencies();
    if (!deps.cacheable()) {
        ++m_misses;
        nginx::Request r = request;
        r.requestId = QString::fromLatin1(requestId);
        m_scratch = m_config->route(r);
        return &m_scratch;
    }
    QByteArray fullKey = key ? *key : baseKey(request);
    if (deps.clientAddress) {
        fullKey += "\x01";
        fullKey += request.clientAddress.toUtf8();
    }
    if (deps.cookies) {
        fullKey += "\x02";
        fullKey += request.cookie.toUtf8();
        for (const nginx::Header &h : request.headers) {
            if (h.name.compare(u"cookie", Qt::CaseInsensitive) == 0) {
                fullKey += h.value.toUtf8();
                fullKey += '\0';
            }
        }
    }
    std::shared_ptr<Entry> &slot = m_entries[fullKey];
    if (!slot) {
        slot = std::make_shared<Entry>();
        return miss(*slot, request, requestId);
    }
    Entry &entry = *slot;
    if (entry.splits.isEmpty()) {
        ++m_hits;
        return entry.decision.get();
    }
    const auto it = entry.bySplit.constFind(splitKey(entry, requestId));
    if (it != entry.bySplit.constEnd()) {
        ++m_hits;
        return it->get();
    }
    return miss(entry, request, requestId);
}

RouteDecision *RouteCache::miss(Entry &entry, const nginx::Request &request, const QByteArray &requestId)
{
    ++m_misses;
    nginx::Request r = request;
    r.requestId = QString::fromLatin1(requestId);
    QList<QByteArray> read;
    auto decision = std::make_shared<RouteDecision>(m_config->route(r, false, &read));
    if (read.isEmpty() && entry.splits.isEmpty() && entry.bySplit.isEmpty()) {
        entry.decision = std::make_unique<RouteDecision>(std::move(*decision));
        return entry.decision.get();
    }
    // The decision depends on the parts drawn for these variables. If this request read one that earlier
    // ones did not, the earlier keys are too coarse: start again with the union.
    bool grew = false;
    for (const QByteArray &v : read) {
        if (!entry.splits.contains(v)) {
            entry.splits.append(v);
            grew = true;
        }
    }
    if (entry.decision) {
        entry.decision.reset();
        grew = true;
    }
    if (grew) {
        std::sort(entry.splits.begin(), entry.splits.end());
        entry.bySplit.clear();
    }
    const QByteArray key = splitKey(entry, requestId);
    entry.bySplit.insert(key, decision);
    return decision.get();
}

} // namespace gw::sim
