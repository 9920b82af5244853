// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/limitreqzones.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::LimitReqZones)
};

QString milli(qint64 excess)
{
    return QStringLiteral("%1.%2").arg(excess / 1000).arg(excess % 1000, 3, 10, QLatin1Char('0'));
}

} // namespace

QString LimitReqZones::Outcome::variable() const
{
    switch (kind) {
    case Kind::Passed:
        return QStringLiteral("PASSED");
    case Kind::Delayed:
        return dryRun ? QStringLiteral("DELAYED_DRY_RUN") : QStringLiteral("DELAYED");
    case Kind::Rejected:
        return dryRun ? QStringLiteral("REJECTED_DRY_RUN") : QStringLiteral("REJECTED");
    }
    return {};
}

qint64 LimitReqZones::elapsed(qint64 now, qint64 last)
{
    const qint64 ms = now - last;
    if (ms < -60000)
        return 1;
    return ms < 0 ? 0 : ms;
}

QByteArray LimitReqZones::zoneId(const LimitReqCheck::Limit &limit)
{
    // A reload keeps a zone of the same name and size (ngx_init_cycle() reuses the shared memory).
    return limit.zone + ':' + QByteArray::number(limit.zoneSize);
}

int LimitReqZones::keys(const QByteArray &zone) const
{
    int n = 0;
    for (auto it = m_zones.cbegin(); it != m_zones.cend(); ++it) {
        if (it.key().startsWith(QByteArray(zone + ':')))
            n += int(it->size());
    }
    return n;
}

LimitReqZones::Outcome LimitReqZones::apply(const LimitReqCheck &check, qint64 now)
{
    Outcome out;
    out.dryRun = check.dryRun;
    const QString dry = check.dryRun ? Tr::tr(", dry run") : QString();
    // ngx_http_limit_req_lookup() for each limit in order: the excess each would reach.
    std::vector<qint64> excess(check.limits.size(), 0);
    for (size_t i = 0; i < check.limits.size(); ++i) {
        const LimitReqCheck::Limit &limit = check.limits[i];
        const QHash<QByteArray, Node> &zone = m_zones[zoneId(limit)];
        const auto it = zone.constFind(limit.key);
        if (it == zone.constEnd())
            continue; // a new node: excess 0, never busy
        const qint64 e = std::max<qint64>(0, it->excess - limit.rate * elapsed(now, it->last) / 1000 + 1000);
        excess[i] = e;
        if (e > limit.burst) {
            // NGX_BUSY: nothing is charged (ngx_http_limit_req_unlock()).
            out.kind = Outcome::Kind::Rejected;
            out.excess = e;
            out.zone = limit.zone;
            out.status = check.dryRun ? 0 : check.status;
            out.log = Tr::tr("limiting requests%1, excess: %2 by zone \"%3\"")
                          .arg(dry, milli(e), QString::fromUtf8(limit.zone));
            return out;
        }
    }
    // ngx_http_limit_req_account(): charge every bucket; the longest delay wins (the last limit first,
    // then the earlier ones when strictly longer).
    qint64 maxDelay = 0;
    for (size_t n = check.limits.size(); n-- > 0;) {
        const LimitReqCheck::Limit &limit = check.limits[n];
        QHash<QByteArray, Node> &zone = m_zones[zoneId(limit)];
        const auto it = zone.find(limit.key);
        if (it == zone.end()) {
            zone.insert(limit.key, Node {0, now});
        } else {
            it->excess = excess[n];
            if (elapsed(now, it->last) != 0)
                it->last = now;
        }
        if (excess[n] <= limit.delay)
            continue;
        const qint64 delay = (excess[n] - limit.delay) * 1000 / limit.rate;
        if (delay > maxDelay) {
            maxDelay = delay;
            out.excess = excess[n];
            out.zone = limit.zone;
        }
    }
    if (maxDelay == 0)
        return out;
    out.kind = Outcome::Kind::Delayed;
    out.delayMs = check.dryRun ? 0 : maxDelay;
    out.log = Tr::tr("delaying request%1, excess: %2, by zone \"%3\"")
                  .arg(dry, milli(out.excess), QString::fromUtf8(out.zone));
    return out;
}

} // namespace gw::nginx
