// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/routeresult.h"

#include <QHash>

namespace gw::nginx {

/**
 * The shared memory zones of ngx_http_limit_req_module on one nginx instance: one leaky bucket per zone
 * and key, decided request by request as ngx_http_limit_req_handler(), ngx_http_limit_req_lookup() and
 * ngx_http_limit_req_account() do (src/http/modules/ngx_http_limit_req_module.c, nginx 1.17.6+):
 *
 * - a bucket holds `excess` in milli-requests and the time `last` it was charged; a request at `now`
 *   sees `excess' = max(0, excess - rate * ms / 1000 + 1000)` with `ms = now - last` (rate in
 *   milli-requests per second, integer arithmetic; ms < -60000 counts as 1, other negative ms as 0);
 *   a key seen for the first time has excess 0;
 * - the limits are looked up in order; the first whose excess' exceeds its burst rejects the request
 *   (limit_req_status, or passes it in a dry run) and no bucket is charged;
 * - otherwise every bucket is charged (excess = excess', last = now unless ms is 0) and the request waits
 *   `max((excess' - delay) * 1000 / rate)` milliseconds over the limits whose excess' exceeds their
 *   `delay` (nodelay: never; default delay 0) — unless it is a dry run, which never waits.
 *
 * Nodes are never evicted: nginx removes only nodes idle for a minute whose excess has drained (the
 * same answer as a new node) unless the zone runs out of memory, which is not modelled.
 */
class LimitReqZones
{
public:
    struct Outcome
    {
        enum class Kind { Passed, Delayed, Rejected };
        Kind kind = Kind::Passed;
        bool dryRun = false;
        qint64 excess = 0; ///< milli-requests, in the zone that decided (rejected or longest delay)
        QByteArray zone; ///< that zone
        qint64 delayMs = 0; ///< how long the request waits (0 in a dry run)
        int status = 0; ///< the status limit_req answers with (rejected, not a dry run), else 0
        QString log; ///< nginx's error log line ("limiting requests, excess: 1.000 by zone \"z\"")
        /** $limit_req_status: PASSED, DELAYED, REJECTED, DELAYED_DRY_RUN, REJECTED_DRY_RUN. */
        QString variable() const;
    };

    /** Decides the request that met \a check at \a nowMs (milliseconds; nginx's ngx_current_msec). */
    Outcome apply(const LimitReqCheck &check, qint64 nowMs);

    /** Forgets every bucket. */
    void clear() { m_zones.clear(); }
    /** The buckets kept (keys seen) in zone \a zone. */
    int keys(const QByteArray &zone) const;

private:
    struct Node
    {
        qint64 excess = 0;
        qint64 last = 0;
    };
    static qint64 elapsed(qint64 now, qint64 last);
    static QByteArray zoneId(const LimitReqCheck::Limit &limit);

    QHash<QByteArray, QHash<QByteArray, Node>> m_zones; ///< "name:size" -> key -> node
};

} // namespace gw::nginx
