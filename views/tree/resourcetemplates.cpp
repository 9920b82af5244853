// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tree/resourcetemplates.h"

#include "core/design.h"

namespace gw::views {

namespace {

using yaml::Value;

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

} // namespace

QList<Kind> ResourceTemplates::addableKinds()
{
    return {Kind::Gateway,        Kind::HTTPRoute,     Kind::GRPCRoute,
            Kind::Service,        Kind::Deployment,    Kind::UpstreamSettingsPolicy,
            Kind::ReferenceGrant, Kind::EndpointSlice, Kind::Secret,
            Kind::GatewayClass,   Kind::NginxProxy};
}

QString ResourceTemplates::baseName(Kind kind)
{
    switch (kind) {
    case Kind::Gateway:
        return QStringLiteral("gateway");
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
        return QStringLiteral("route");
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

Value ResourceTemplates::create(Kind kind, const QString &name, const QString &ns, const Design &design)
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
    case Kind::Service:
        spec.set("selector", labels(name));
        spec.set("ports",
                 Value::sequence().append(Value::mapping()
                                              .set("name", "http")
                                              .set("port", 80)
                                              .set("targetPort", 8080)
                                              .set("protocol", "TCP")));
        break;
    case Kind::Deployment: {
        spec.set("replicas", 2);
        spec.set("selector", Value::mapping().set("matchLabels", labels(name)));
        Value container =
            Value::mapping()
                .set("name", name)
                .set("image", "nginxdemos/nginx-hello:plain-text")
                .set("ports", Value::sequence().append(Value::mapping().set("containerPort", 8080)));
        spec.set("template",
                 Value::mapping()
                     .set("metadata", Value::mapping().set("labels", labels(name)))
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
    default:
        break;
    }
    object.set("spec", spec);
    return object;
}

} // namespace gw::views
