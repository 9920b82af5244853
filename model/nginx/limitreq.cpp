// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/limitreq.h"

#include <QCoreApplication>

#include <limits>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::LimitReq)
};

constexpr qint64 pageSize = 4096; // ngx_pagesize on Linux x86-64
constexpr qint64 noDelay = std::numeric_limits<qint64>::max() / 1000; // NGX_MAX_INT_T_VALUE / 1000

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

qint64 LimitReq::atoi(QByteArrayView value)
{
    if (value.isEmpty())
        return -1;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return -1;
        if (n > (std::numeric_limits<qint64>::max() - (c - '0')) / 10)
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

qint64 LimitReq::parseSize(QByteArrayView value)
{
    if (value.isEmpty())
        return -1;
    qint64 scale = 1;
    switch (value.back()) {
    case 'K':
    case 'k':
        scale = 1024;
        break;
    case 'M':
    case 'm':
        scale = 1024 * 1024;
        break;
    case 'G':
    case 'g':
        scale = 1024 * 1024 * 1024;
        break;
    default:
        break;
    }
    if (scale != 1)
        value.chop(1);
    const qint64 n = atoi(value);
    if (n < 0 || n > std::numeric_limits<qint64>::max() / scale)
        return -1;
    return n * scale;
}

void LimitReq::compileZone(CompileLog &log, const Directive &d, HttpContext &context)
{
    if (d.argCount() != 3)
        return; // the parser reported it
    LimitReqZone zone;
    zone.directive = &d;
    zone.keyText = d.args[0];
    if (!log.compileValue(d, 0, &zone.key))
        return;
    qint64 rate = 1;
    qint64 scale = 1;
    bool named = false;
    for (int i = 1; i < d.argCount(); ++i) {
        const QByteArray &a = d.args[size_t(i)];
        if (a.startsWith("zone=")) {
            const qsizetype colon = a.indexOf(':', 5);
            if (colon < 0) {
                log.error(d, Tr::tr("invalid zone size \"%1\"").arg(d.arg(i)), i);
                return;
            }
            zone.name = a.mid(5, colon - 5);
            zone.size = parseSize(QByteArrayView(a).sliced(colon + 1));
            if (zone.size < 0) {
                log.error(d, Tr::tr("invalid zone size \"%1\"").arg(d.arg(i)), i);
                return;
            }
            if (zone.size < 8 * pageSize) {
                log.error(d, Tr::tr("zone \"%1\" is too small").arg(d.arg(i)), i);
                return;
            }
            named = true;
            continue;
        }
        if (a.startsWith("rate=")) {
            QByteArrayView number = QByteArrayView(a).sliced(5);
            if (a.endsWith("r/s")) {
                number.chop(3);
            } else if (a.endsWith("r/m")) {
                scale = 60;
                number.chop(3);
            }
            rate = atoi(number);
            if (rate <= 0) {
                log.error(d, Tr::tr("invalid rate \"%1\"").arg(d.arg(i)), i);
                return;
            }
            continue;
        }
        log.error(d, Tr::tr("invalid parameter \"%1\"").arg(d.arg(i)), i);
        return;
    }
    if (!named || zone.name.isEmpty()) {
        log.error(d, Tr::tr("\"%1\" must have \"zone\" parameter").arg(d.nameText()));
        return;
    }
    zone.rate = rate * 1000 / scale;
    if (const auto it = context.limitReqZoneIndex.constFind(zone.name);
        it != context.limitReqZoneIndex.constEnd()) {
        const LimitReqZone &first = context.limitReqZones[size_t(*it)];
        if (first.size != zone.size)
            log.error(
                d,
                Tr::tr("the size %1 of shared memory zone \"%2\" conflicts with already declared size %3")
                    .arg(zone.size)
                    .arg(text(zone.name))
                    .arg(first.size));
        else
            log.error(d,
                      Tr::tr("%1 \"%2\" is already bound to key \"%3\"")
                          .arg(d.nameText(), text(zone.name), text(first.keyText)));
        return;
    }
    context.limitReqZoneIndex.insert(zone.name, int(context.limitReqZones.size()));
    context.limitReqZones.push_back(std::move(zone));
}

LimitReqSetting LimitReq::compile(CompileLog &log, const HttpContext &context,
                                  const std::vector<Directive> &children, const LimitReqSetting &inherited)
{
    LimitReqSetting own;
    bool hasLimits = false;
    for (const Directive &d : children) {
        if (d.name == "limit_req") {
            if (d.argCount() < 1 || d.argCount() > 3)
                continue; // the parser reported it
            LimitReqLimit limit;
            limit.directive = &d;
            QByteArray zoneName;
            bool named = false;
            bool valid = true;
            for (int i = 0; i < d.argCount() && valid; ++i) {
                const QByteArray &a = d.args[size_t(i)];
                if (a.startsWith("zone=")) {
                    zoneName = a.mid(5);
                    named = true;
                } else if (a.startsWith("burst=")) {
                    const qint64 burst = atoi(QByteArrayView(a).sliced(6));
                    if (burst <= 0) {
                        log.error(d, Tr::tr("invalid burst value \"%1\"").arg(d.arg(i)), i);
                        valid = false;
                    }
                    limit.burst = burst * 1000;
                } else if (a.startsWith("delay=")) {
                    const qint64 delay = atoi(QByteArrayView(a).sliced(6));
                    if (delay <= 0) {
                        log.error(d, Tr::tr("invalid delay value \"%1\"").arg(d.arg(i)), i);
                        valid = false;
                    }
                    limit.delay = delay * 1000;
                } else if (a == "nodelay") {
                    limit.delay = noDelay * 1000;
                } else {
                    log.error(d, Tr::tr("invalid parameter \"%1\"").arg(d.arg(i)), i);
                    valid = false;
                }
            }
            if (!valid)
                continue;
            if (!named) {
                log.error(d, Tr::tr("\"%1\" must have \"zone\" parameter").arg(d.nameText()));
                continue;
            }
            limit.zone = context.limitReqZoneIndex.value(zoneName, -1);
            if (limit.zone < 0) {
                // ngx_shared_memory_add() with size 0; ngx_init_cycle() then refuses the zone.
                log.error(d, Tr::tr("zero size shared memory zone \"%1\"").arg(text(zoneName)));
                continue;
            }
            hasLimits = true;
            const bool duplicate = std::any_of(own.limits.begin(), own.limits.end(),
                                               [&](const LimitReqLimit &l) { return l.zone == limit.zone; });
            if (duplicate) {
                log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
                continue;
            }
            own.limits.push_back(limit);
        } else if (d.name == "limit_req_status" && d.argCount() == 1) {
            if (own.statusDirective) {
                log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
                continue;
            }
            const qint64 code = atoi(d.args[0]);
            if (code < 0) {
                log.error(d, Tr::tr("\"%1\" directive invalid number").arg(d.nameText()), 0);
                continue;
            }
            if (code < 400 || code > 599) {
                log.error(d, Tr::tr("value must be between 400 and 599"), 0);
                continue;
            }
            own.status = int(code);
            own.statusDirective = &d;
        } else if (d.name == "limit_req_dry_run" && d.argCount() == 1) {
            if (own.dryRunDirective) {
                log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
                continue;
            }
            const QByteArray value = d.args[0].toLower();
            if (value != "on" && value != "off") {
                log.error(d,
                          Tr::tr("invalid value \"%1\" in \"%2\" directive, it must be \"on\" or \"off\"")
                              .arg(d.arg(0), d.nameText()),
                          0);
                continue;
            }
            own.dryRun = value == "on";
            own.dryRunDirective = &d;
        } else if (d.name == "limit_req_log_level" && d.argCount() == 1) {
            if (own.logLevelDirective) {
                log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
                continue;
            }
            static const QList<QByteArray> levels {"info", "notice", "warn", "error"};
            if (!levels.contains(d.args[0].toLower())) {
                log.error(d, Tr::tr("invalid value \"%1\"").arg(d.arg(0)), 0);
                continue;
            }
            own.logLevel = d.args[0].toLower();
            own.logLevelDirective = &d;
        }
    }
    // ngx_http_limit_req_merge_conf(): the array is inherited only when this level has none.
    if (!hasLimits)
        own.limits = inherited.limits;
    if (!own.statusDirective) {
        own.status = inherited.status;
        own.statusDirective = inherited.statusDirective;
    }
    if (!own.dryRunDirective) {
        own.dryRun = inherited.dryRun;
        own.dryRunDirective = inherited.dryRunDirective;
    }
    if (!own.logLevelDirective) {
        own.logLevel = inherited.logLevel;
        own.logLevelDirective = inherited.logLevelDirective;
    }
    return own;
}

} // namespace gw::nginx
