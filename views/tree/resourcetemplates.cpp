// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tree/resourcetemplates.h"

#include "core/design.h"

#include <algorithm>

namespace gw::views {

namespace {

using yaml::Value;

/** A policy's targetRef to \a gateway (the first of the design), as NGF's CRDs want it. */
Value gatewayTarget(const Resource *gateway)
{
    return Value::mapping()
        .set("group", "gateway.networking.k8s.io")
        .set("kind", "Gateway")
        .set("name", gateway ? gateway->meta.name : QStringLiteral("gateway"));
}

const Resource *first(const Design &design, Kind kind, const QString &ns)
{
    const auto list = design.resources(kind);
    for (const Resource *r : list) {
        if (r->meta.ns == ns)
            return r;
    }
    return list.empty() ? nullptr : list.front();
}

Value labels(const QString &app)
{
    return Value::mapping().set("app", app);
}

Value labels(const Labels &map)
{
    Value v = Value::mapping();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        v.set(it.key().toStdString(), it.value());
    return v;
}

/** Whether \a service selects the Pods of \a deployment. */
bool selects(const Resource &service, const Resource &deployment)
{
    const auto *svc = service.as<Service>();
    const auto *dep = deployment.as<Deployment>();
    if (!svc || !dep || svc->selector.isEmpty() || service.meta.ns != deployment.meta.ns)
        return false;
    LabelSelector selector;
    selector.matchLabels = svc->selector;
    return selector.matches(dep->templateLabels);
}

/** The Pods' labels a Service should select for \a deployment: its selector, else its template's. */
Labels podLabels(const Deployment &d)
{
    return d.selector.matchLabels.isEmpty() ? d.templateLabels : d.selector.matchLabels;
}

} // namespace

QList<Kind> ResourceTemplates::addableKinds()
{
    return {Kind::Gateway,
            Kind::ListenerSet,
            Kind::HTTPRoute,
            Kind::GRPCRoute,
            Kind::TLSRoute,
            Kind::TCPRoute,
            Kind::UDPRoute,
            Kind::Service,
            Kind::Deployment,
            Kind::UpstreamSettingsPolicy,
            Kind::ReferenceGrant,
            Kind::EndpointSlice,
            Kind::Secret,
            Kind::GatewayClass,
            Kind::NginxProxy,
            Kind::ClientSettingsPolicy,
            Kind::ProxySettingsPolicy,
            Kind::RateLimitPolicy,
            Kind::SnippetsPolicy,
            Kind::ObservabilityPolicy,
            Kind::SnippetsFilter,
            Kind::AuthenticationFilter,
            Kind::WAFPolicy};
}

QString ResourceTemplates::baseName(Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return QStringLiteral("gateway");
    case Kind::ListenerSet:
        return QStringLiteral("listeners");
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
        return QStringLiteral("route");
    case Kind::TLSRoute:
        return QStringLiteral("tls-route");
    case Kind::TCPRoute:
        return QStringLiteral("tcp-route");
    case Kind::UDPRoute:
        return QStringLiteral("udp-route");
    case Kind::Service:
        return QStringLiteral("service");
    case Kind::Deployment:
        return QStringLiteral("app");
    case Kind::UpstreamSettingsPolicy:
        return QStringLiteral("upstream-settings");
    case Kind::ReferenceGrant:
        return QStringLiteral("grant");
    case Kind::EndpointSlice:
        return QStringLiteral("endpoints");
    case Kind::Secret:
        return QStringLiteral("tls-secret");
    case Kind::GatewayClass:
        return QStringLiteral("nginx");
    case Kind::NginxProxy:
        return QStringLiteral("proxy-config");
    case Kind::SnippetsPolicy:
        return QStringLiteral("snippets");
    case Kind::ObservabilityPolicy:
        return QStringLiteral("tracing");
    case Kind::ClientSettingsPolicy:
        return QStringLiteral("client-settings");
    case Kind::ProxySettingsPolicy:
        return QStringLiteral("proxy-settings");
    case Kind::RateLimitPolicy:
        return QStringLiteral("rate-limit");
    case Kind::SnippetsFilter:
        return QStringLiteral("snippets-filter");
    case Kind::AuthenticationFilter:
        return QStringLiteral("basic-auth");
    case Kind::WAFPolicy:
        return QStringLiteral("waf");
    default:
        break;
    }
    return QStringLiteral("resource");
}

QString ResourceTemplates::uniqueName(const Design &design, Kind kind, const QString &ns, const QString &base)
{
    const QString space = ns.isEmpty() ? QStringLiteral("default") : ns;
    if (!design.find(kind, space, base))
        return base;
    for (int i = 2;; ++i) {
        const QString name = base + u'-' + QString::number(i);
        if (!design.find(kind, space, name))
            return name;
    }
}

const Resource *ResourceTemplates::partnerFor(const Design &design, Kind kind, const QString &ns,
                                              const Resource *selected, bool explicitly)
{
    const QString space = ns.isEmpty() ? QStringLiteral("default") : ns;
    const auto services = design.resources(Kind::Service);
    const auto deployments = design.resources(Kind::Deployment);
    // Pods no Service selects; a Service that selects no Pods.
    const auto alone = [&](const Resource *r) {
        if (r->kind == Kind::Deployment)
            return std::none_of(services.begin(), services.end(),
                                [r](const Resource *s) { return selects(*s, *r); });
        return !r->as<Service>()->selector.isEmpty() &&
            std::none_of(deployments.begin(), deployments.end(),
                         [r](const Resource *d) { return selects(*r, *d); });
    };
    const Kind other = kind == Kind::Service ? Kind::Deployment
        : kind == Kind::Deployment           ? Kind::Service
                                             : kind;
    if (other == kind)
        return nullptr;
    if (selected && selected->kind == other && (explicitly || alone(selected)))
        return selected;
    if (explicitly)
        return nullptr;
    for (const Resource *r : other == Kind::Deployment ? deployments : services) {
        if (r->meta.ns == space && alone(r))
            return r;
    }
    return nullptr;
}

Value ResourceTemplates::create(Kind kind, const QString &name, const QString &ns, const Design &design,
                                const Resource *partner)
{
    const QString space = ns.isEmpty() ? QStringLiteral("default") : ns;
    Value meta = Value::mapping().set("name", name);
    if (!ns.isEmpty() && isNamespaced(kind))
        meta.set("namespace", ns);
    Value object = Value::mapping();
    object.set("apiVersion", kindApiVersion(kind));
    object.set("kind", kindName(kind));
    object.set("metadata", meta);

    const Resource *gateway = first(design, Kind::Gateway, space);
    const Resource *service = first(design, Kind::Service, space);
    int servicePort = 80;
    if (service && !service->as<Service>()->ports.empty())
        servicePort = service->as<Service>()->ports.front().port;

    Value spec = Value::mapping();
    switch (kind) {
    case Kind::Gateway:
        spec.set("gatewayClassName", "nginx");
        spec.set("listeners",
                 Value::sequence().append(
                     Value::mapping().set("name", "http").set("port", 80).set("protocol", "HTTP")));
        break;
    case Kind::ListenerSet: {
        // Gateway API v1.5.1 apis/v1/listenerset_types.go: a parentRef to a Gateway (which must allow
        // it in spec.allowedListeners) and at least one listener.
        Value parent = Value::mapping().set("name", gateway ? gateway->meta.name : QStringLiteral("gateway"));
        if (gateway && gateway->meta.ns != space)
            parent.set("namespace", gateway->meta.ns);
        spec.set("parentRef", parent);
        spec.set("listeners",
                 Value::sequence().append(
                     Value::mapping().set("name", "http-8080").set("port", 8080).set("protocol", "HTTP")));
        break;
    }
    case Kind::HTTPRoute:
    case Kind::GRPCRoute: {
        Value parent = Value::mapping().set("name", gateway ? gateway->meta.name : QStringLiteral("gateway"));
        if (gateway && gateway->meta.ns != space)
            parent.set("namespace", gateway->meta.ns);
        spec.set("parentRefs", Value::sequence().append(parent));
        Value rule = Value::mapping();
        if (kind == Kind::HTTPRoute) {
            rule.set("matches",
                     Value::sequence().append(Value::mapping().set(
                         "path", Value::mapping().set("type", "PathPrefix").set("value", "/"))));
        }
        if (service) {
            rule.set("backendRefs",
                     Value::sequence().append(
                         Value::mapping().set("name", service->meta.name).set("port", servicePort)));
        }
        spec.set("rules", Value::sequence().append(rule));
        break;
    }
    case Kind::TLSRoute:
    case Kind::TCPRoute:
    case Kind::UDPRoute: {
        // Gateway API v1.5.1: one rule with backendRefs; a TLSRoute also routes by SNI hostname.
        // It attaches to a listener of the matching protocol (TLS Passthrough, TCP or UDP).
        Value parent = Value::mapping().set("name", gateway ? gateway->meta.name : QStringLiteral("gateway"));
        if (gateway && gateway->meta.ns != space)
            parent.set("namespace", gateway->meta.ns);
        spec.set("parentRefs", Value::sequence().append(parent));
        if (kind == Kind::TLSRoute)
            spec.set("hostnames", Value::sequence().append("app.example.com"));
        Value ref = Value::mapping()
                        .set("name", service ? service->meta.name : QStringLiteral("service"))
                        .set("port", servicePort);
        spec.set(
            "rules",
            Value::sequence().append(Value::mapping().set("backendRefs", Value::sequence().append(ref))));
        break;
    }
    case Kind::Service: {
        // For a Deployment: its Pods' labels and the port its container listens on.
        const Deployment *d = partner ? partner->as<Deployment>() : nullptr;
        int targetPort = 8080;
        if (d && !d->containers.empty() && !d->containers.front().ports.empty())
            targetPort = d->containers.front().ports.front().containerPort;
        spec.set("selector", d && !podLabels(*d).isEmpty() ? labels(podLabels(*d)) : labels(name));
        spec.set("ports",
                 Value::sequence().append(Value::mapping()
                                              .set("name", "http")
                                              .set("port", 80)
                                              .set("targetPort", targetPort)
                                              .set("protocol", "TCP")));
        break;
    }
    case Kind::Deployment: {
        // For a Service: Pods with the labels it selects, listening on its target port.
        const Service *svc = partner ? partner->as<Service>() : nullptr;
        const Value podLabels = svc && !svc->selector.isEmpty() ? labels(svc->selector) : labels(name);
        int containerPort = 8080;
        if (svc && !svc->ports.empty()) {
            const ServicePort &p = svc->ports.front();
            containerPort =
                p.targetPort ? (p.targetPort->isInt ? p.targetPort->intValue : containerPort) : p.port;
        }
        spec.set("replicas", 2);
        spec.set("selector", Value::mapping().set("matchLabels", podLabels));
        Value container =
            Value::mapping()
                .set("name", name)
                .set("image", "nginxdemos/nginx-hello:plain-text")
                .set("ports", Value::sequence().append(Value::mapping().set("containerPort", containerPort)));
        spec.set("template",
                 Value::mapping()
                     .set("metadata", Value::mapping().set("labels", podLabels))
                     .set("spec", Value::mapping().set("containers", Value::sequence().append(container))));
        break;
    }
    case Kind::UpstreamSettingsPolicy:
        spec.set("targetRefs",
                 Value::sequence().append(
                     Value::mapping()
                         .set("group", "core")
                         .set("kind", "Service")
                         .set("name", service ? service->meta.name : QStringLiteral("service"))));
        spec.set("loadBalancingMethod", "ip_hash");
        break;
    case Kind::ReferenceGrant:
        spec.set("from",
                 Value::sequence().append(Value::mapping()
                                              .set("group", "gateway.networking.k8s.io")
                                              .set("kind", "HTTPRoute")
                                              .set("namespace", "default")));
        spec.set("to", Value::sequence().append(Value::mapping().set("group", "").set("kind", "Service")));
        break;
    case Kind::EndpointSlice:
        meta.set("labels",
                 Value::mapping().set("kubernetes.io/service-name",
                                      service ? service->meta.name : QStringLiteral("service")));
        object.set("metadata", meta);
        object.set("addressType", "IPv4");
        object.set("endpoints",
                   Value::sequence().append(
                       Value::mapping().set("addresses", Value::sequence().append("10.0.0.1"))));
        object.set("ports", Value::sequence().append(Value::mapping().set("port", 8080)));
        return object;
    case Kind::Secret:
        object.set("type", "kubernetes.io/tls");
        object.set("data", Value::mapping().set("tls.crt", "").set("tls.key", ""));
        return object;
    case Kind::GatewayClass:
        spec.set("controllerName", "gateway.nginx.org/nginx-gateway-controller");
        break;
    case Kind::NginxProxy:
        spec.set("ipFamily", "dual");
        break;
    case Kind::SnippetsPolicy:
        // NGF apis/v1alpha1/snippetspolicy_types.go: Gateway targets, one snippet per context.
        spec.set("targetRefs",
                 Value::sequence().append(
                     Value::mapping()
                         .set("group", "gateway.networking.k8s.io")
                         .set("kind", "Gateway")
                         .set("name", gateway ? gateway->meta.name : QStringLiteral("gateway"))));
        spec.set("snippets",
                 Value::sequence().append(Value::mapping()
                                              .set("context", "http.server.location")
                                              .set("value", "add_header X-Snippet on;")));
        break;
    case Kind::ObservabilityPolicy: {
        // NGF apis/v1alpha2/observabilitypolicy_types.go: HTTPRoute/GRPCRoute targets.
        const Resource *route = first(design, Kind::HTTPRoute, space);
        spec.set(
            "targetRefs",
            Value::sequence().append(Value::mapping()
                                         .set("group", "gateway.networking.k8s.io")
                                         .set("kind", "HTTPRoute")
                                         .set("name", route ? route->meta.name : QStringLiteral("route"))));
        spec.set("tracing", Value::mapping().set("strategy", "ratio").set("ratio", 10));
        break;
    }
    case Kind::ClientSettingsPolicy:
        // NGF apis/v1alpha1/clientsettingspolicy_types.go: one targetRef (Gateway, HTTPRoute or GRPCRoute).
        spec.set("targetRef", gatewayTarget(gateway));
        spec.set("body", Value::mapping().set("maxSize", "10m"));
        break;
    case Kind::ProxySettingsPolicy:
        // NGF apis/v1alpha1/proxysettingspolicy_types.go: targetRefs, buffering and timeouts.
        spec.set("targetRefs", Value::sequence().append(gatewayTarget(gateway)));
        spec.set("buffering", Value::mapping().set("bufferSize", "8k"));
        break;
    case Kind::RateLimitPolicy:
        // NGF apis/v1alpha1/ratelimitpolicy_types.go: targetRefs and local rules (key and rate required).
        spec.set("targetRefs", Value::sequence().append(gatewayTarget(gateway)));
        spec.set("rateLimit",
                 Value::mapping().set(
                     "local",
                     Value::mapping().set("rules",
                                          Value::sequence().append(Value::mapping()
                                                                       .set("zoneSize", "10m")
                                                                       .set("key", "$binary_remote_addr")
                                                                       .set("rate", "10r/s")))));
        break;
    case Kind::WAFPolicy:
        // NGF apis/v1alpha1/wafpolicy_types.go: targetRefs, the bundle source of its type, and a
        // security log with a default profile (NGF's examples/waf-policy). Needs NGINX Plus and an
        // NginxProxy with waf.enable; the preview says so when either is missing.
        spec.set("targetRefs", Value::sequence().append(gatewayTarget(gateway)));
        spec.set("type", "HTTP");
        spec.set("policySource",
                 Value::mapping().set("httpSource",
                                      Value::mapping().set("url", "http://bundle-server/policy.tgz")));
        spec.set("securityLogs",
                 Value::sequence().append(
                     Value::mapping()
                         .set("destination", Value::mapping().set("type", "stderr"))
                         .set("logSource", Value::mapping().set("defaultProfile", "log_blocked"))));
        break;
    case Kind::SnippetsFilter:
        // NGF apis/v1alpha1/snippetsfilter_types.go: at least one snippet, one per context. Routes use it
        // through an ExtensionRef filter.
        spec.set("snippets",
                 Value::sequence().append(Value::mapping()
                                              .set("context", "http.server.location")
                                              .set("value", "add_header X-Snippet on;")));
        break;
    case Kind::AuthenticationFilter: {
        // NGF apis/v1alpha1/authenticationfilter_types.go: type Basic with an htpasswd Secret and a realm.
        const Resource *secret = first(design, Kind::Secret, space);
        spec.set("type", "Basic");
        spec.set(
            "basic",
            Value::mapping()
                .set("secretRef",
                     Value::mapping().set("name", secret ? secret->meta.name : QStringLiteral("basic-auth")))
                .set("realm", "Restricted"));
        break;
    }
    default:
        break;
    }
    object.set("spec", spec);
    return object;
}

} // namespace gw::views
