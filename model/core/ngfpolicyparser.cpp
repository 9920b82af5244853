// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ngfpolicyparser.h"

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
    Q_DECLARE_TR_FUNCTIONS(gw::NgfPolicyParser)
};

const QString gatewayApiGroup = QStringLiteral("gateway.networking.k8s.io");

/** The CRD's Minimum/Maximum, which the API server enforces before NGF sees the object. */
std::optional<int> bounded(ObjectReader &r, const Node *map, std::string_view key, const Path &path, int min,
                           int max, bool required = false)
{
    const auto v = r.integer(map, key, path, required);
    if (v && (*v < min || *v > max)) {
        r.error(r.get(map, key), path, Tr::tr("must be between %1 and %2").arg(min).arg(max));
        return std::nullopt;
    }
    return v;
}

PolicyTargetReference targetRef(ObjectReader &r, const Node *item, const Path &tp)
{
    PolicyTargetReference t;
    t.group = r.string(item, "group", tp / "group", true).value_or(QString());
    t.kind = r.string(item, "kind", tp / "kind", true).value_or(QString());
    t.name = r.string(item, "name", tp / "name", true).value_or(QString());
    return t;
}

bool routeKind(const QString &kind)
{
    return kind == u"HTTPRoute" || kind == u"GRPCRoute";
}

} // namespace

std::vector<PolicyTargetReference> NgfPolicyParser::targetRefs(ObjectReader &r, const Node *spec,
                                                               bool gatewayOnly, bool routesOnly)
{
    const Path p = Path::of("spec") / "targetRefs";
    std::vector<PolicyTargetReference> out;
    r.forEach(spec, "targetRefs", p, [&](const Node *item, const Path &tp) {
        PolicyTargetReference t = targetRef(r, item, tp);
        // The CRD's CEL rules on each item (proxysettingspolicy_types.go, ratelimitpolicy_types.go,
        // snippetspolicy_types.go: Gateways only, names unique).
        if (gatewayOnly && r.has(item, "kind") && t.kind != u"Gateway")
            r.error(r.get(item, "kind"), tp / "kind", Tr::tr("TargetRef Kind must be: Gateway"));
        else if (!routesOnly && r.has(item, "kind") && t.kind != u"Gateway" && !routeKind(t.kind))
            r.error(r.get(item, "kind"), tp / "kind",
                    Tr::tr("TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute"));
        if (r.has(item, "group") && t.group != gatewayApiGroup)
            r.error(r.get(item, "group"), tp / "group",
                    Tr::tr("TargetRef Group must be gateway.networking.k8s.io"));
        for (const PolicyTargetReference &o : out) {
            if (gatewayOnly && o.name == t.name)
                r.error(item, tp, Tr::tr("TargetRef Name must be unique"));
            else if (!gatewayOnly && o.kind == t.kind && o.name == t.name)
                r.error(item, tp, Tr::tr("TargetRef Kind and Name combination must be unique"));
        }
        out.push_back(std::move(t));
    });
    const Node *list = r.get(spec, "targetRefs");
    if (!list)
        r.error(spec, p, Tr::tr("required value is missing"));
    else if (out.empty())
        r.error(list, p, Tr::tr("should have at least 1 items"));
    else if (out.size() > 16)
        r.error(list, p, Tr::tr("must have at most 16 items"));
    bool gateway = false;
    bool route = false;
    for (const PolicyTargetReference &t : out) {
        gateway = gateway || t.kind == u"Gateway";
        route = route || routeKind(t.kind);
    }
    // observabilitypolicy_types.go: some target must be an HTTPRoute or a GRPCRoute.
    if (routesOnly && !route && !out.empty())
        r.error(list, p, Tr::tr("TargetRef Kind must be: HTTPRoute or GRPCRoute"));
    if (!gatewayOnly && !routesOnly && gateway && route)
        r.error(list, p, Tr::tr("Cannot mix Gateway kind with HTTPRoute or GRPCRoute kinds in targetRefs"));
    return out;
}

void NgfPolicyParser::parseClientSettings(ObjectReader &r, const Node *spec, ClientSettingsPolicy &out)
{
    const Path p = Path::of("spec");
    if (const Node *t = r.mapping(spec, "targetRef", p / "targetRef")) {
        out.targetRef = targetRef(r, t, p / "targetRef");
        // clientsettingspolicy_types.go: the CRD's CEL rules on targetRef.
        if (r.has(t, "kind") && out.targetRef.kind != u"Gateway" && !routeKind(out.targetRef.kind))
            r.error(r.get(t, "kind"), p / "targetRef" / "kind",
                    Tr::tr("TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute"));
        if (r.has(t, "group") && out.targetRef.group != gatewayApiGroup)
            r.error(r.get(t, "group"), p / "targetRef" / "group",
                    Tr::tr("TargetRef Group must be gateway.networking.k8s.io."));
    } else if (spec && !r.has(spec, "targetRef")) {
        r.error(spec, p / "targetRef", Tr::tr("required value is missing"));
    }
    if (const Node *body = r.mapping(spec, "body", p / "body")) {
        ClientBody b;
        b.maxSize = r.string(body, "maxSize", p / "body" / "maxSize");
        b.timeout = r.string(body, "timeout", p / "body" / "timeout");
        out.body = b;
    }
    const Path kp = p / "keepAlive";
    if (const Node *ka = r.mapping(spec, "keepAlive", kp)) {
        ClientKeepAlive k;
        k.requests = bounded(r, ka, "requests", kp / "requests", 0, std::numeric_limits<qint32>::max());
        k.time = r.string(ka, "time", kp / "time");
        k.minTimeout = r.string(ka, "minTimeout", kp / "minTimeout");
        if (const Node *to = r.mapping(ka, "timeout", kp / "timeout")) {
            ClientKeepAliveTimeout t;
            t.server = r.string(to, "server", kp / "timeout" / "server");
            t.header = r.string(to, "header", kp / "timeout" / "header");
            k.timeout = t;
        }
        out.keepAlive = k;
    }
}

void NgfPolicyParser::parseProxySettings(ObjectReader &r, const Node *spec, ProxySettingsPolicy &out)
{
    const Path p = Path::of("spec");
    out.targetRefs = targetRefs(r, spec);
    const Path bp = p / "buffering";
    if (const Node *b = r.mapping(spec, "buffering", bp)) {
        ProxyBuffering buf;
        buf.disable = r.boolean(b, "disable", bp / "disable");
        buf.bufferSize = r.string(b, "bufferSize", bp / "bufferSize");
        if (const Node *bs = r.mapping(b, "buffers", bp / "buffers")) {
            ProxyBuffers x;
            x.size = r.string(bs, "size", bp / "buffers" / "size", true).value_or(QString());
            x.number = bounded(r, bs, "number", bp / "buffers" / "number", 2, 256, true).value_or(0);
            buf.buffers = x;
        }
        buf.busyBuffersSize = r.string(b, "busyBuffersSize", bp / "busyBuffersSize");
        out.buffering = buf;
    }
    const Path tp = p / "timeout";
    if (const Node *t = r.mapping(spec, "timeout", tp)) {
        ProxyTimeout x;
        x.connect = r.string(t, "connect", tp / "connect");
        x.read = r.string(t, "read", tp / "read");
        x.send = r.string(t, "send", tp / "send");
        out.timeout = x;
    }
}

void NgfPolicyParser::parseRateLimit(ObjectReader &r, const Node *spec, RateLimitPolicy &out)
{
    const Path p = Path::of("spec");
    out.targetRefs = targetRefs(r, spec);
    const Path rp = p / "rateLimit";
    const Node *rl = r.mapping(spec, "rateLimit", rp);
    if (!rl)
        return;
    RateLimitSettings s;
    s.dryRun = r.boolean(rl, "dryRun", rp / "dryRun");
    s.logLevel = r.string(rl, "logLevel", rp / "logLevel");
    if (s.logLevel &&
        !QStringList {QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warn"),
                      QStringLiteral("error")}
             .contains(*s.logLevel)) {
        r.error(
            r.get(rl, "logLevel"), rp / "logLevel",
            Tr::tr("Unsupported value: \"%1\": supported values: \"info\", \"notice\", \"warn\", \"error\"")
                .arg(*s.logLevel));
        s.logLevel.reset();
    }
    s.rejectCode = bounded(r, rl, "rejectCode", rp / "rejectCode", 400, 599);
    const Path lp = rp / "local";
    if (const Node *local = r.mapping(rl, "local", lp)) {
        std::vector<RateLimitRule> rules;
        r.forEach(local, "rules", lp / "rules", [&](const Node *item, const Path &ip) {
            RateLimitRule rule;
            rule.zoneSize = r.string(item, "zoneSize", ip / "zoneSize");
            rule.delay = r.integer(item, "delay", ip / "delay");
            rule.noDelay = r.boolean(item, "noDelay", ip / "noDelay");
            rule.burst = r.integer(item, "burst", ip / "burst");
            rule.rate = r.string(item, "rate", ip / "rate", true).value_or(QString());
            rule.key = r.string(item, "key", ip / "key", true).value_or(QString());
            if (rule.delay && rule.noDelay && *rule.noDelay)
                r.error(item, ip, Tr::tr("NoDelay cannot be true when Delay is also set"));
            rules.push_back(std::move(rule));
        });
        s.localRules = std::move(rules);
    }
    out.rateLimit = std::move(s);
}

void NgfPolicyParser::parseSnippetsPolicy(ObjectReader &r, const Node *spec, SnippetsPolicy &out)
{
    // snippetspolicy_types.go: 1 to 16 Gateway targetRefs; at most 4 snippets, one per context, each
    // a context of the NginxContext enum and a non-empty value (the Snippet type of SnippetsFilter).
    const Path p = Path::of("spec") / "snippets";
    out.targetRefs = targetRefs(r, spec, true);
    static const QStringList contexts {QStringLiteral("main"), QStringLiteral("http"),
                                       QStringLiteral("http.server"), QStringLiteral("http.server.location")};
    QStringList seen;
    r.forEach(spec, "snippets", p, [&](const Node *item, const Path &sp) {
        Snippet s;
        s.context = r.string(item, "context", sp / "context", true).value_or(QString());
        const auto value = r.string(item, "value", sp / "value", true);
        s.value = value.value_or(QString());
        if (r.has(item, "context") && !contexts.contains(s.context))
            r.error(
                r.get(item, "context"), sp / "context",
                Tr::tr("Unsupported value: \"%1\": supported values: \"main\", \"http\", \"http.server\", "
                       "\"http.server.location\"")
                    .arg(s.context));
        else if (seen.contains(s.context))
            r.error(item, sp, Tr::tr("Only one snippet allowed per context"));
        seen << s.context;
        if (value && value->isEmpty())
            r.error(r.get(item, "value"), sp / "value", Tr::tr("should be at least 1 chars long"));
        out.snippets.push_back(std::move(s));
    });
    if (out.snippets.size() > 4)
        r.error(r.get(spec, "snippets"), p, Tr::tr("must have at most 4 items"));
}

void NgfPolicyParser::parseObservability(ObjectReader &r, const Node *spec, ObservabilityPolicy &out)
{
    // apis/v1alpha2/observabilitypolicy_types.go: the CRD's enums, bounds, pattern and CEL rules.
    out.targetRefs = targetRefs(r, spec, false, true);
    const Path tp = Path::of("spec") / "tracing";
    const Node *t = r.mapping(spec, "tracing", tp);
    if (!t)
        return;
    ObservabilityTracing tr;
    tr.strategy = r.string(t, "strategy", tp / "strategy", true).value_or(QString());
    if (r.has(t, "strategy") && tr.strategy != u"ratio" && tr.strategy != u"parent")
        r.error(
            r.get(t, "strategy"), tp / "strategy",
            Tr::tr("Unsupported value: \"%1\": supported values: \"ratio\", \"parent\"").arg(tr.strategy));
    tr.ratio = bounded(r, t, "ratio", tp / "ratio", 0, 100);
    if (r.has(t, "ratio") && r.has(t, "strategy") && tr.strategy != u"ratio")
        r.error(t, tp, Tr::tr("ratio can only be specified if strategy is of type ratio"));
    tr.context = r.string(t, "context", tp / "context");
    if (tr.context &&
        !QStringList {QStringLiteral("extract"), QStringLiteral("inject"), QStringLiteral("propagate"),
                      QStringLiteral("ignore")}
             .contains(*tr.context))
        r.error(r.get(t, "context"), tp / "context",
                Tr::tr("Unsupported value: \"%1\": supported values: \"extract\", \"inject\", \"propagate\", "
                       "\"ignore\"")
                    .arg(*tr.context));
    tr.spanName = r.string(t, "spanName", tp / "spanName");
    static const QRegularExpression spanNameRe(QStringLiteral(R"(^([^"$\\]|\\[^$])*$)"));
    if (tr.spanName) {
        if (tr.spanName->isEmpty() || tr.spanName->size() > 255)
            r.error(r.get(t, "spanName"), tp / "spanName", Tr::tr("must be 1 to 255 characters long"));
        else if (!spanNameRe.match(*tr.spanName).hasMatch())
            r.error(r.get(t, "spanName"), tp / "spanName",
                    Tr::tr("should match '%1'").arg(spanNameRe.pattern()));
    }
    QStringList keys;
    r.forEach(t, "spanAttributes", tp / "spanAttributes", [&](const Node *item, const Path &ap) {
        SpanAttribute a;
        a.key = r.string(item, "key", ap / "key", true).value_or(QString());
        a.value = r.string(item, "value", ap / "value", true).value_or(QString());
        if (keys.contains(a.key))
            r.error(r.get(item, "key"), ap / "key", Tr::tr("Duplicate value: \"%1\"").arg(a.key));
        keys << a.key;
        tr.spanAttributes.push_back(std::move(a));
    });
    if (tr.spanAttributes.size() > 64)
        r.error(r.get(t, "spanAttributes"), tp / "spanAttributes", Tr::tr("must have at most 64 items"));
    out.tracing = std::move(tr);
}

} // namespace gw
