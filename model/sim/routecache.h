// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayconfig.h"

#include <QHash>

#include <memory>

namespace gw::sim {

/**
 * Routing decisions of one GatewayConfig, computed once per distinct request and reused: a routing
 * decision depends only on what the request carries, so a million clients asking for the same
 * host and path are routed once. Exactness rests on three observations, checked against the
 * configuration (RouteDependencies) rather than assumed:
 *
 * - the key holds everything of the request the router reads — listening port, scheme, SNI,
 *   method, target, Host and every header — except the client address (added only when a routing
 *   directive reads $remote_addr & co.), the Cookie header (added only when a routing directive
 *   reads cookies, or matches.json matches on Cookie) and $request_id;
 * - $request_id (a random draw per request) reaches routing only through `split_clients
 *   $request_id` blocks: for those the key is extended with the part of each block the routing
 *   read, evaluated per request with nginx's MurmurHash2, so a traffic split is drawn per request
 *   exactly as nginx draws it; if $request_id is read anywhere else nothing is cached;
 * - the router is deterministic: same inputs, same decision.
 */
class RouteCache
{
public:
    explicit RouteCache(std::shared_ptr<const GatewayConfig> config);

    const GatewayConfig &config() const { return *m_config; }

    /**
     * The decision for \a request; \a requestId (32 hex digits, nginx's $request_id) is used only
     * when the configuration splits on it. \a key, if given, must be baseKey(request) (precomputed
     * by callers that send the same request many times). The pointer is valid until the next call;
     * the decision it points to is the one later requests with the same key get (callers may note
     * their own data in RouteDecision::group).
     */
    RouteDecision *decide(const nginx::Request &request, const QByteArray &requestId,
                          const QByteArray *key = nullptr);

    /** The part of the key fixed by the request's own fields (without client, cookie, $request_id). */
    static QByteArray baseKey(const nginx::Request &request);

    qint64 hits() const { return m_hits; }
    qint64 misses() const { return m_misses; }
    int size() const { return int(m_entries.size()); }

private:
    struct Entry
    {
        QList<QByteArray> splits; ///< split_clients variables the routing read
        std::unique_ptr<RouteDecision> decision; ///< when splits is empty
        QHash<QByteArray, std::shared_ptr<RouteDecision>> bySplit; ///< part indices -> decision
    };
    RouteDecision *miss(Entry &entry, const nginx::Request &request, const QByteArray &requestId);
    QByteArray splitKey(const Entry &entry, const QByteArray &requestId) const;

    std::shared_ptr<const GatewayConfig> m_config;
    QHash<QByteArray, std::shared_ptr<Entry>> m_entries;
    RouteDecision m_scratch; ///< when nothing can be cached
    qint64 m_hits = 0;
    qint64 m_misses = 0;
};

} // namespace gw::sim
