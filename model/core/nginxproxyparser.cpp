// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/nginxproxyparser.h"

#include "core/objectreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <limits>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::NginxProxyParser)
};

/** The CRD's Minimum/Maximum, which the API server enforces before NGF sees the object. */
std::optional<int> bounded(ObjectReader &r, const Node *map, std::string_view key, const Path &path, int min,
                           int max)
{
    const auto v = r.integer(map, key, path);
    if (v && (*v < min || *v > max)) {
        r.error(r.get(map, key), path, Tr::tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

/** The CRD's Pattern (the API server refuses other values). */
std::optional<QString> matching(ObjectReader &r, const Node *map, std::string_view key, const Path &path,
                                const QString &pattern)
{
    const auto v = r.string(map, key, path);
    if (v && !QRegularExpression(pattern).match(*v).hasMatch()) {
        r.error(r.get(map, key), path, Tr::tr("\"%1\" does not match the pattern %2").arg(*v, pattern));
        return std::nullopt;
    }
    return v;
}

/**
 * A list of {type, value}; \a types is the CRD's enum of the type as a pattern, empty where NGF's
 * validateNginxProxy checks the type itself (with its own message).
 */
std::vector<NginxProxyAddress> addresses(ObjectReader &r, const Node *map, std::string_view key,
                                         const Path &path, const QString &types)
{
    std::vector<NginxProxyAddress> out;
    r.forEach(map, key, path, [&](const Node *item, const Path &ap) {
        NginxProxyAddress a;
        a.type = r.string(item, "type", ap / "type", true).value_or(QString());
        if (!types.isEmpty() && r.has(item, "type") && !QRegularExpression(types).match(a.type).hasMatch())
            r.error(r.get(item, "type"), ap / "type",
                    Tr::tr("\"%1\" does not match the pattern %2").arg(a.type, types));
        a.value = r.string(item, "value", ap / "value", true).value_or(QString());
        out.push_back(std::move(a));
    });
    return out;
}

std::optional<ReadinessProbe> readinessProbe(ObjectReader &r, const Node *workload, const Path &path)
{
    const Node *container = r.mapping(workload, "container", path / "container");
    const Path pp = path / "container" / "readinessProbe";
    const Node *probe = r.mapping(container, "readinessProbe", pp);
    if (!probe)
        return std::nullopt;
    ReadinessProbe p;
    p.port = bounded(r, probe, "port", pp / "port", 1, 65535);
    p.path = matching(r, probe, "path", pp / "path", QStringLiteral(R"(^/[a-zA-Z0-9/_\-\.~]*$)"));
    return p;
}

} // namespace

void NginxProxyParser::parse(ObjectReader &r, const Node *spec, NginxProxy &out)
{
    const Path p = Path::of("spec");
    out.ipFamily = r.string(spec, "ipFamily", p / "ipFamily");
    out.disableHTTP2 = r.boolean(spec, "disableHTTP2", p / "disableHTTP2");
    out.disableSNIHostValidation =
        r.boolean(spec, "disableSNIHostValidation", p / "disableSNIHostValidation");
    out.workerConnections = bounded(r, spec, "workerConnections", p / "workerConnections", 1, 65535);
    out.serverTokens = r.string(spec, "serverTokens", p / "serverTokens");
    out.zoneSize = r.string(spec, "zoneSize", p / "zoneSize");
    out.disableBaseHeaders = r.boolean(spec, "disableBaseHeaders", p / "disableBaseHeaders");

    if (const Node *t = r.mapping(spec, "telemetry", p / "telemetry")) {
        const Path tp = p / "telemetry";
        NginxProxyTelemetry tel;
        tel.disabledFeatures = r.stringList(t, "disabledFeatures", tp / "disabledFeatures");
        tel.disabledFeaturesWritten = r.has(t, "disabledFeatures");
        if (const Node *e = r.mapping(t, "exporter", tp / "exporter")) {
            const Path ep = tp / "exporter";
            TelemetryExporter ex;
            ex.interval = r.string(e, "interval", ep / "interval");
            ex.batchSize = bounded(r, e, "batchSize", ep / "batchSize", 0, std::numeric_limits<int>::max());
            ex.batchCount =
                bounded(r, e, "batchCount", ep / "batchCount", 0, std::numeric_limits<int>::max());
            ex.endpoint = r.string(e, "endpoint", ep / "endpoint");
            tel.exporter = ex;
        }
        tel.serviceName = r.string(t, "serviceName", tp / "serviceName");
        r.forEach(t, "spanAttributes", tp / "spanAttributes", [&](const Node *item, const Path &sp) {
            SpanAttribute a;
            a.key = r.string(item, "key", sp / "key", true).value_or(QString());
            a.value = r.string(item, "value", sp / "value", true).value_or(QString());
            tel.spanAttributes.push_back(std::move(a));
        });
        tel.spanAttributesWritten = r.has(t, "spanAttributes");
        out.telemetry = std::move(tel);
    }
    if (const Node *m = r.mapping(spec, "metrics", p / "metrics")) {
        NginxProxyMetrics metrics;
        metrics.port = bounded(r, m, "port", p / "metrics" / "port", 1, 65535);
        metrics.disable = r.boolean(m, "disable", p / "metrics" / "disable");
        out.metrics = metrics;
    }
    if (const Node *rc = r.mapping(spec, "rewriteClientIP", p / "rewriteClientIP")) {
        const Path rp = p / "rewriteClientIP";
        RewriteClientIP rewrite;
        rewrite.mode = r.string(rc, "mode", rp / "mode");
        rewrite.setIPRecursively = r.boolean(rc, "setIPRecursively", rp / "setIPRecursively");
        rewrite.trustedAddresses = addresses(r, rc, "trustedAddresses", rp / "trustedAddresses", QString());
        rewrite.trustedAddressesWritten = r.has(rc, "trustedAddresses");
        out.rewriteClientIP = std::move(rewrite);
    }
    if (const Node *l = r.mapping(spec, "logging", p / "logging")) {
        const Path lp = p / "logging";
        NginxProxyLogging logging;
        logging.errorLevel = r.string(l, "errorLevel", lp / "errorLevel");
        logging.agentLevel = matching(r, l, "agentLevel", lp / "agentLevel",
                                      QStringLiteral("^(debug|info|error|panic|fatal)$"));
        if (const Node *a = r.mapping(l, "accessLog", lp / "accessLog")) {
            const Path ap = lp / "accessLog";
            NginxAccessLog access;
            access.disable = r.boolean(a, "disable", ap / "disable");
            access.format = r.string(a, "format", ap / "format");
            access.escape = matching(r, a, "escape", ap / "escape", QStringLiteral("^(default|json|none)$"));
            logging.accessLog = access;
        }
        out.logging = std::move(logging);
    }
    if (const Node *np = r.mapping(spec, "nginxPlus", p / "nginxPlus")) {
        out.nginxPlusWritten = true;
        if (r.has(np, "allowedAddresses"))
            out.nginxPlusAllowedAddresses =
                addresses(r, np, "allowedAddresses", p / "nginxPlus" / "allowedAddresses", QString());
    }
    if (const Node *k = r.mapping(spec, "kubernetes", p / "kubernetes")) {
        const Path kp = p / "kubernetes";
        NginxProxyKubernetes kube;
        if (const Node *d = r.mapping(k, "deployment", kp / "deployment")) {
            kube.deployment = true;
            kube.deploymentProbe = readinessProbe(r, d, kp / "deployment");
        }
        if (const Node *d = r.mapping(k, "daemonSet", kp / "daemonSet")) {
            kube.daemonSet = true;
            kube.daemonSetProbe = readinessProbe(r, d, kp / "daemonSet");
        }
        out.kubernetes = kube;
    }
    if (const Node *d = r.mapping(spec, "dnsResolver", p / "dnsResolver")) {
        const Path dp = p / "dnsResolver";
        DnsResolver dns;
        dns.timeout = r.string(d, "timeout", dp / "timeout");
        dns.cacheTTL = r.string(d, "cacheTTL", dp / "cacheTTL");
        dns.disableIPv6 = r.boolean(d, "disableIPv6", dp / "disableIPv6");
        dns.addresses =
            addresses(r, d, "addresses", dp / "addresses", QStringLiteral("^(IPAddress|Hostname)$"));
        out.dnsResolver = std::move(dns);
    }
    if (const Node *w = r.mapping(spec, "waf", p / "waf")) {
        NginxProxyWaf waf;
        waf.enable = r.boolean(w, "enable", p / "waf" / "enable");
        waf.disableCookieSeed = r.boolean(w, "disableCookieSeed", p / "waf" / "disableCookieSeed");
        waf.bundleFailOpen = r.boolean(w, "bundleFailOpen", p / "waf" / "bundleFailOpen");
        out.waf = waf;
    }
}

} // namespace gw
