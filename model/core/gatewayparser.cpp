// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gatewayparser.h"

#include "core/objectreader.h"

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {
const QString gatewayGroup = QStringLiteral("gateway.networking.k8s.io");
}

ObjectReference GatewayParser::objectReference(ObjectReader &r, const Node *node, const Path &path)
{
    ObjectReference ref;
    ref.group = r.string(node, "group", path / "group").value_or(QString());
    ref.kind = r.string(node, "kind", path / "kind").value_or(QString());
    ref.name = r.string(node, "name", path / "name", true).value_or(QString());
    ref.ns = r.string(node, "namespace", path / "namespace");
    return ref;
}

void GatewayParser::parseGatewayClass(ObjectReader &r, const Node *spec, GatewayClass &out)
{
    const Path p = Path::of("spec");
    out.controllerName = r.string(spec, "controllerName", p / "controllerName", true).value_or(QString());
    out.description = r.string(spec, "description", p / "description").value_or(QString());
    if (const Node *ref = r.mapping(spec, "parametersRef", p / "parametersRef"))
        out.parametersRef = objectReference(r, ref, p / "parametersRef");
}

Listener GatewayParser::listener(ObjectReader &r, const Node *item, const Path &lp)
{
    Listener l;
    l.name = r.string(item, "name", lp / "name", true).value_or(QString());
    l.hostname = r.string(item, "hostname", lp / "hostname");
    l.port = r.integer(item, "port", lp / "port", true).value_or(0);
    l.protocol = r.string(item, "protocol", lp / "protocol", true).value_or(QString());
    if (const Node *tls = r.mapping(item, "tls", lp / "tls")) {
        GatewayTLSConfig t;
        t.mode = r.string(tls, "mode", lp / "tls" / "mode").value_or(QStringLiteral("Terminate"));
        r.forEach(tls, "certificateRefs", lp / "tls" / "certificateRefs", [&](const Node *c, const Path &cp) {
            SecretObjectReference ref;
            ref.group = r.string(c, "group", cp / "group").value_or(QString());
            ref.kind = r.string(c, "kind", cp / "kind").value_or(QStringLiteral("Secret"));
            ref.name = r.string(c, "name", cp / "name", true).value_or(QString());
            ref.ns = r.string(c, "namespace", cp / "namespace");
            t.certificateRefs.push_back(std::move(ref));
        });
        t.options = r.stringMap(tls, "options", lp / "tls" / "options");
        l.tls = std::move(t);
    }
    // CRD default: allowedRoutes: {namespaces: {from: Same}}
    AllowedRoutes ar;
    ar.namespacesFrom = QStringLiteral("Same");
    if (const Node *a = r.mapping(item, "allowedRoutes", lp / "allowedRoutes")) {
        const Path ap = lp / "allowedRoutes";
        if (const Node *ns = r.mapping(a, "namespaces", ap / "namespaces")) {
            ar.namespacesFrom =
                r.string(ns, "from", ap / "namespaces" / "from").value_or(QStringLiteral("Same"));
            ar.namespaceSelector = r.labelSelector(ns, "selector", ap / "namespaces" / "selector");
        }
        r.forEach(a, "kinds", ap / "kinds", [&](const Node *k, const Path &kp) {
            RouteGroupKind gk;
            gk.group = r.string(k, "group", kp / "group").value_or(gatewayGroup);
            gk.kind = r.string(k, "kind", kp / "kind", true).value_or(QString());
            ar.kinds.push_back(std::move(gk));
        });
    }
    l.allowedRoutes = std::move(ar);
    return l;
}

void GatewayParser::parseGateway(ObjectReader &r, const Node *spec, Gateway &out)
{
    const Path p = Path::of("spec");
    out.gatewayClassName =
        r.string(spec, "gatewayClassName", p / "gatewayClassName", true).value_or(QString());
    r.forEach(spec, "listeners", p / "listeners",
              [&](const Node *item, const Path &lp) { out.listeners.push_back(listener(r, item, lp)); });
    if (const Node *al = r.mapping(spec, "allowedListeners", p / "allowedListeners")) {
        // CRD default: namespaces {from: None}
        AllowedListeners allowed;
        allowed.namespacesFrom = QStringLiteral("None");
        const Path np = p / "allowedListeners" / "namespaces";
        if (const Node *ns = r.mapping(al, "namespaces", np)) {
            allowed.hasNamespaces = true;
            allowed.namespacesFrom = r.string(ns, "from", np / "from").value_or(QStringLiteral("None"));
            allowed.namespaceSelector = r.labelSelector(ns, "selector", np / "selector");
        }
        out.allowedListeners = std::move(allowed);
    }
    r.forEach(spec, "addresses", p / "addresses", [&](const Node *item, const Path &ap) {
        GatewayAddress a;
        a.type = r.string(item, "type", ap / "type").value_or(QStringLiteral("IPAddress"));
        a.value = r.string(item, "value", ap / "value", true).value_or(QString());
        out.addresses.push_back(std::move(a));
    });
    if (const Node *infra = r.mapping(spec, "infrastructure", p / "infrastructure")) {
        const Path ip = p / "infrastructure";
        out.infrastructureLabels = r.stringMap(infra, "labels", ip / "labels");
        out.infrastructureAnnotations = r.stringMap(infra, "annotations", ip / "annotations");
        if (const Node *ref = r.mapping(infra, "parametersRef", ip / "parametersRef"))
            out.infrastructureParametersRef = objectReference(r, ref, ip / "parametersRef");
    }
    if (const Node *tls = r.mapping(spec, "tls", p / "tls")) {
        const Path bp = p / "tls" / "backend";
        if (const Node *backend = r.mapping(tls, "backend", bp)) {
            if (const Node *ref = r.mapping(backend, "clientCertificateRef", bp / "clientCertificateRef")) {
                const Path cp = bp / "clientCertificateRef";
                SecretObjectReference c;
                c.group = r.string(ref, "group", cp / "group").value_or(QString());
                c.kind = r.string(ref, "kind", cp / "kind").value_or(QStringLiteral("Secret"));
                c.name = r.string(ref, "name", cp / "name", true).value_or(QString());
                c.ns = r.string(ref, "namespace", cp / "namespace");
                out.backendClientCertificateRef = c;
            }
        }
        const Path fp = p / "tls" / "frontend";
        if (const Node *frontend = r.mapping(tls, "frontend", fp)) {
            const auto validation = [&](const Node *tlsConfig, const Path &tp) {
                std::optional<FrontendTLSValidation> result;
                if (const Node *v = r.mapping(tlsConfig, "validation", tp / "validation")) {
                    FrontendTLSValidation val;
                    r.forEach(v, "caCertificateRefs", tp / "validation" / "caCertificateRefs",
                              [&](const Node *c, const Path &cp) {
                                  val.caCertificateRefs.push_back(objectReference(r, c, cp));
                              });
                    val.mode = r.string(v, "mode", tp / "validation" / "mode")
                                   .value_or(QStringLiteral("AllowValidOnly"));
                    result = std::move(val);
                }
                return result;
            };
            FrontendTLSConfig f;
            if (const Node *d = r.mapping(frontend, "default", fp / "default"))
                f.defaultValidation = validation(d, fp / "default");
            r.forEach(frontend, "perPort", fp / "perPort", [&](const Node *item, const Path &pp) {
                FrontendTLSPortConfig port;
                port.port = r.integer(item, "port", pp / "port", true).value_or(0);
                if (const Node *t = r.mapping(item, "tls", pp / "tls"))
                    port.validation = validation(t, pp / "tls");
                f.perPort.push_back(std::move(port));
            });
            out.frontendTls = std::move(f);
        }
    }
}

void GatewayParser::parseListenerSet(ObjectReader &r, const Node *spec, ListenerSet &out)
{
    const Path p = Path::of("spec");
    const Path rp = p / "parentRef";
    if (!r.has(spec, "parentRef"))
        r.string(spec, "parentRef", rp, true); // "required value is missing"
    if (const Node *ref = r.mapping(spec, "parentRef", rp)) {
        out.parentRef.group = r.string(ref, "group", rp / "group").value_or(gatewayGroup);
        out.parentRef.kind = r.string(ref, "kind", rp / "kind").value_or(QStringLiteral("Gateway"));
        out.parentRef.name = r.string(ref, "name", rp / "name", true).value_or(QString());
        out.parentRef.ns = r.string(ref, "namespace", rp / "namespace");
    }
    if (!r.has(spec, "listeners"))
        r.string(spec, "listeners", p / "listeners", true); // the CRD requires at least one
    r.forEach(spec, "listeners", p / "listeners",
              [&](const Node *item, const Path &lp) { out.listeners.push_back(listener(r, item, lp)); });
}

ParentReference GatewayParser::parentRef(ObjectReader &r, const Node *node, const Path &path)
{
    ParentReference ref;
    ref.group = r.string(node, "group", path / "group").value_or(gatewayGroup);
    ref.kind = r.string(node, "kind", path / "kind").value_or(QStringLiteral("Gateway"));
    ref.ns = r.string(node, "namespace", path / "namespace");
    ref.name = r.string(node, "name", path / "name", true).value_or(QString());
    ref.sectionName = r.string(node, "sectionName", path / "sectionName");
    ref.port = r.integer(node, "port", path / "port");
    return ref;
}

void GatewayParser::parseRoute(ObjectReader &r, const Node *spec, bool grpc, Route &out)
{
    const Path p = Path::of("spec");
    r.forEach(spec, "parentRefs", p / "parentRefs",
              [&](const Node *item, const Path &pp) { out.parentRefs.push_back(parentRef(r, item, pp)); });
    out.hostnames = r.stringList(spec, "hostnames", p / "hostnames");
    r.forEach(spec, "rules", p / "rules",
              [&](const Node *item, const Path &rp) { out.rules.push_back(rule(r, item, rp, grpc)); });
    // CRD default for HTTPRoute: rules: [{matches: [{path: {type: PathPrefix, value: /}}]}]
    if (!grpc && !r.has(spec, "rules")) {
        RouteRule def;
        def.matches.push_back(
            HTTPRouteMatch {HTTPPathMatch {QStringLiteral("PathPrefix"), QStringLiteral("/")}, {}, {}, {}});
        out.rules.push_back(std::move(def));
    }
}

void GatewayParser::parseL4Route(ObjectReader &r, const Node *spec, bool hostnames, Route &out)
{
    const Path p = Path::of("spec");
    r.forEach(spec, "parentRefs", p / "parentRefs",
              [&](const Node *item, const Path &pp) { out.parentRefs.push_back(parentRef(r, item, pp)); });
    if (hostnames)
        out.hostnames = r.stringList(spec, "hostnames", p / "hostnames");
    r.forEach(spec, "rules", p / "rules", [&](const Node *item, const Path &rp) {
        RouteRule rule;
        rule.name = r.string(item, "name", rp / "name");
        r.forEach(item, "backendRefs", rp / "backendRefs", [&](const Node *b, const Path &bp) {
            BackendRef ref;
            ref.ref = backendObjectRef(r, b, bp);
            ref.weight = r.integer(b, "weight", bp / "weight").value_or(1);
            rule.backendRefs.push_back(std::move(ref));
        });
        out.rules.push_back(std::move(rule));
    });
}

RouteRule GatewayParser::rule(ObjectReader &r, const Node *node, const Path &path, bool grpc)
{
    RouteRule rule;
    rule.name = r.string(node, "name", path / "name");
    if (grpc) {
        r.forEach(node, "matches", path / "matches",
                  [&](const Node *m, const Path &mp) { rule.grpcMatches.push_back(grpcMatch(r, m, mp)); });
    } else {
        r.forEach(node, "matches", path / "matches",
                  [&](const Node *m, const Path &mp) { rule.matches.push_back(httpMatch(r, m, mp)); });
        if (!r.has(node, "matches")) // CRD default
            rule.matches.push_back(HTTPRouteMatch {
                HTTPPathMatch {QStringLiteral("PathPrefix"), QStringLiteral("/")}, {}, {}, {}});
    }
    r.forEach(node, "filters", path / "filters",
              [&](const Node *f, const Path &fp) { rule.filters.push_back(filter(r, f, fp)); });
    r.forEach(node, "backendRefs", path / "backendRefs", [&](const Node *b, const Path &bp) {
        BackendRef ref;
        ref.ref = backendObjectRef(r, b, bp);
        ref.weight = r.integer(b, "weight", bp / "weight").value_or(1);
        r.forEach(b, "filters", bp / "filters",
                  [&](const Node *f, const Path &fp) { ref.filters.push_back(filter(r, f, fp)); });
        rule.backendRefs.push_back(std::move(ref));
    });
    if (const Node *t = r.mapping(node, "timeouts", path / "timeouts")) {
        RouteTimeouts timeouts;
        timeouts.request = r.string(t, "request", path / "timeouts" / "request");
        timeouts.backendRequest = r.string(t, "backendRequest", path / "timeouts" / "backendRequest");
        rule.timeouts = timeouts;
    }
    rule.hasRetry = r.has(node, "retry");
    if (const Node *sp = r.mapping(node, "sessionPersistence", path / "sessionPersistence"))
        rule.sessionPersistence = sessionPersistence(r, sp, path / "sessionPersistence");
    return rule;
}

HTTPRouteMatch GatewayParser::httpMatch(ObjectReader &r, const Node *node, const Path &path)
{
    HTTPRouteMatch m;
    // CRD default: path {type: PathPrefix, value: /}
    HTTPPathMatch pm {QStringLiteral("PathPrefix"), QStringLiteral("/")};
    if (const Node *pn = r.mapping(node, "path", path / "path")) {
        pm.type = r.string(pn, "type", path / "path" / "type").value_or(QStringLiteral("PathPrefix"));
        pm.value = r.string(pn, "value", path / "path" / "value").value_or(QStringLiteral("/"));
    }
    m.path = pm;
    m.headers = valueMatches(r, node, "headers", path / "headers");
    m.queryParams = valueMatches(r, node, "queryParams", path / "queryParams");
    m.method = r.string(node, "method", path / "method");
    return m;
}

GRPCRouteMatch GatewayParser::grpcMatch(ObjectReader &r, const Node *node, const Path &path)
{
    GRPCRouteMatch m;
    if (const Node *mn = r.mapping(node, "method", path / "method")) {
        GRPCMethodMatch mm;
        mm.type = r.string(mn, "type", path / "method" / "type").value_or(QStringLiteral("Exact"));
        mm.service = r.string(mn, "service", path / "method" / "service");
        mm.method = r.string(mn, "method", path / "method" / "method");
        m.method = mm;
    }
    m.headers = valueMatches(r, node, "headers", path / "headers");
    return m;
}

std::vector<ValueMatch> GatewayParser::valueMatches(ObjectReader &r, const Node *map, std::string_view key,
                                                    const Path &path)
{
    std::vector<ValueMatch> list;
    r.forEach(map, key, path, [&](const Node *item, const Path &ip) {
        ValueMatch v;
        v.type = r.string(item, "type", ip / "type").value_or(QStringLiteral("Exact"));
        v.name = r.string(item, "name", ip / "name", true).value_or(QString());
        v.value = r.string(item, "value", ip / "value", true).value_or(QString());
        list.push_back(std::move(v));
    });
    return list;
}

HeaderModifier GatewayParser::headerModifier(ObjectReader &r, const Node *node, const Path &path)
{
    HeaderModifier m;
    for (const char *op : {"set", "add"}) {
        auto &target = std::string_view(op) == "set" ? m.set : m.add;
        r.forEach(node, op, path / op, [&](const Node *item, const Path &ip) {
            HeaderValue h;
            h.name = r.string(item, "name", ip / "name", true).value_or(QString());
            h.value = r.string(item, "value", ip / "value", true).value_or(QString());
            target.push_back(std::move(h));
        });
    }
    m.remove = r.stringList(node, "remove", path / "remove");
    return m;
}

std::optional<PathModifier> GatewayParser::pathModifier(ObjectReader &r, const Node *map, const Path &path)
{
    const Node *pn = r.mapping(map, "path", path);
    if (!pn)
        return std::nullopt;
    PathModifier pm;
    pm.type = r.string(pn, "type", path / "type", true).value_or(QString());
    pm.replaceFullPath = r.string(pn, "replaceFullPath", path / "replaceFullPath");
    pm.replacePrefixMatch = r.string(pn, "replacePrefixMatch", path / "replacePrefixMatch");
    return pm;
}

RouteFilter GatewayParser::filter(ObjectReader &r, const Node *node, const Path &path)
{
    RouteFilter f;
    f.type = r.string(node, "type", path / "type", true).value_or(QString());
    if (const Node *n = r.mapping(node, "requestHeaderModifier", path / "requestHeaderModifier"))
        f.requestHeaderModifier = headerModifier(r, n, path / "requestHeaderModifier");
    if (const Node *n = r.mapping(node, "responseHeaderModifier", path / "responseHeaderModifier"))
        f.responseHeaderModifier = headerModifier(r, n, path / "responseHeaderModifier");
    if (const Node *n = r.mapping(node, "requestRedirect", path / "requestRedirect")) {
        const Path rp = path / "requestRedirect";
        RequestRedirect rr;
        rr.scheme = r.string(n, "scheme", rp / "scheme");
        rr.hostname = r.string(n, "hostname", rp / "hostname");
        rr.path = pathModifier(r, n, rp / "path");
        rr.port = r.integer(n, "port", rp / "port");
        rr.statusCode = r.integer(n, "statusCode", rp / "statusCode");
        f.requestRedirect = rr;
    }
    if (const Node *n = r.mapping(node, "urlRewrite", path / "urlRewrite")) {
        URLRewrite u;
        u.hostname = r.string(n, "hostname", path / "urlRewrite" / "hostname");
        u.path = pathModifier(r, n, path / "urlRewrite" / "path");
        f.urlRewrite = u;
    }
    if (const Node *n = r.mapping(node, "requestMirror", path / "requestMirror")) {
        RequestMirror m;
        if (const Node *b = r.mapping(n, "backendRef", path / "requestMirror" / "backendRef"))
            m.backendRef = backendObjectRef(r, b, path / "requestMirror" / "backendRef");
        m.percent = r.integer(n, "percent", path / "requestMirror" / "percent");
        if (const Node *fr = r.mapping(n, "fraction", path / "requestMirror" / "fraction")) {
            const Path fp = path / "requestMirror" / "fraction";
            Fraction fraction;
            fraction.numerator = r.integer(fr, "numerator", fp / "numerator", true).value_or(0);
            fraction.denominator = r.integer(fr, "denominator", fp / "denominator");
            m.fraction = fraction;
        }
        f.requestMirror = m;
    }
    if (const Node *n = r.mapping(node, "cors", path / "cors")) {
        const Path cp = path / "cors";
        CORSFilter c;
        c.allowOrigins = r.stringList(n, "allowOrigins", cp / "allowOrigins");
        c.allowMethods = r.stringList(n, "allowMethods", cp / "allowMethods");
        c.allowHeaders = r.stringList(n, "allowHeaders", cp / "allowHeaders");
        c.exposeHeaders = r.stringList(n, "exposeHeaders", cp / "exposeHeaders");
        c.allowCredentials = r.boolean(n, "allowCredentials", cp / "allowCredentials");
        c.maxAge = r.integer(n, "maxAge", cp / "maxAge");
        f.cors = c;
    }
    if (const Node *n = r.mapping(node, "extensionRef", path / "extensionRef"))
        f.extensionRef = objectReference(r, n, path / "extensionRef");
    return f;
}

BackendObjectReference GatewayParser::backendObjectRef(ObjectReader &r, const Node *node, const Path &path)
{
    BackendObjectReference ref;
    ref.group = r.string(node, "group", path / "group").value_or(QString());
    ref.kind = r.string(node, "kind", path / "kind").value_or(QStringLiteral("Service"));
    ref.name = r.string(node, "name", path / "name", true).value_or(QString());
    ref.ns = r.string(node, "namespace", path / "namespace");
    ref.port = r.integer(node, "port", path / "port");
    return ref;
}

SessionPersistence GatewayParser::sessionPersistence(ObjectReader &r, const Node *node, const Path &path)
{
    SessionPersistence sp;
    sp.sessionName = r.string(node, "sessionName", path / "sessionName");
    sp.absoluteTimeout = r.string(node, "absoluteTimeout", path / "absoluteTimeout");
    sp.idleTimeout = r.string(node, "idleTimeout", path / "idleTimeout");
    sp.type = r.string(node, "type", path / "type").value_or(QStringLiteral("Cookie"));
    if (r.has(node, "cookieConfig")) {
        CookieConfig cc;
        const Node *c = r.mapping(node, "cookieConfig", path / "cookieConfig");
        // CRD default: cookieConfig {} means lifetimeType Session
        cc.lifetimeType = r.string(c, "lifetimeType", path / "cookieConfig" / "lifetimeType")
                              .value_or(QStringLiteral("Session"));
        sp.cookieConfig = cc;
    }
    return sp;
}

} // namespace gw
