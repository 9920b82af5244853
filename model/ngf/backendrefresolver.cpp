// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/backendrefresolver.h"

#include "core/design.h"
#include "ngf/backendtlsprocessor.h"
#include "ngf/fielderror.h"
#include "ngf/note.h"
#include "ngf/refresolver.h"

#include <QCoreApplication>

namespace gw::ngf {

namespace {

const QString inferenceGroup = QStringLiteral("inference.networking.k8s.io");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::BackendRefResolver)
};

QString child(const QString &path, const char16_t *key)
{
    return path + u'.' + QString::fromUtf16(key);
}

} // namespace

BackendRefResolver::BackendRefResolver(const Design &design, Graph &graph, BackendTlsProcessor &tls)
    : m_design(design)
    , m_graph(graph)
    , m_tls(tls)
{ }

void BackendRefResolver::resolve(GraphRoute &route) const
{
    const Route &spec = *route.resource->as<Route>();
    for (GraphRule &rule : route.rules) {
        if (!rule.validMatches || !rule.filters.valid)
            continue;
        const RouteRule &specRule = spec.rules[size_t(rule.index)];
        for (GraphBackendRef &ref : rule.backendRefs) {
            QString path = QStringLiteral("spec.rules[%1].backendRefs[%2]").arg(rule.index).arg(ref.index);
            BackendRef mirror;
            const BackendRef *refSpec = nullptr;
            QString field = path;
            if (ref.mirrorFilter >= 0) {
                // backend_refs.go addBackendRefsToRules: a RequestMirror's backendRef is reported at
                // spec.rules[i].filters[k].backendRef (no weight, no filters).
                path = QStringLiteral("spec.rules[%1].filters[%2].backendRef")
                           .arg(rule.index)
                           .arg(ref.mirrorFilter);
                field = QStringLiteral("spec.rules[%1].filters[%2].requestMirror.backendRef")
                            .arg(rule.index)
                            .arg(ref.mirrorFilter);
                mirror.ref = specRule.filters[size_t(ref.mirrorFilter)].requestMirror->backendRef;
                refSpec = &mirror;
            } else {
                refSpec = &specRule.backendRefs[size_t(ref.index)];
            }
            if (auto cond = resolveOne(route, *refSpec, path, ref)) {
                cond->field = field; // the problems panel points at the backendRef, not the parentRef
                route.conditions.push_back(*cond);
            }
        }
        if (rule.backendRefs.size() > 1) {
            if (const auto cond = m_tls.mismatch(rule.backendRefs)) {
                route.conditions.push_back(*cond);
                for (GraphBackendRef &ref : rule.backendRefs)
                    ref.valid = false;
            }
        }
        for (GraphBackendRef &ref : rule.backendRefs) {
            // A valid sessionPersistence gives the rule its own upstream (NGF state/graph/route_common.go
            // getSessionPersistenceKey).
            if (ref.valid && rule.sessionPersistence && ref.mirrorFilter < 0)
                ref.upstreamName += u'_' + rule.sessionPersistence->key;
        }
    }
}

std::optional<Condition> BackendRefResolver::validate(const GraphRoute &route, const BackendRef &spec,
                                                      const QString &path) const
{
    const BackendObjectReference &o = spec.ref;
    if (!spec.filters.empty())
        return conditions::routeResolvedRefsUnsupportedValue(
            FieldError::tooMany(child(path, u"filters"), int(spec.filters.size()), 0).toString());
    const bool inferencePool = !route.grpc && o.kind == u"InferencePool";
    if (route.grpc) {
        // validateBackendRef
        if (!o.group.isEmpty() && o.group != u"core")
            return conditions::routeInvalidKind(FieldError::notSupported(child(path, u"group"),
                                                                         jsonQuote(o.group),
                                                                         {QStringLiteral("core"), QString()})
                                                    .toString());
        if (o.kind != u"Service")
            return conditions::routeInvalidKind(
                FieldError::notSupported(child(path, u"kind"), jsonQuote(o.kind), {QStringLiteral("Service")})
                    .toString());
    } else {
        // validateBackendRefHTTPRouteGroupKind
        if (!o.group.isEmpty() && o.group != u"core" && o.group != inferenceGroup)
            return conditions::routeInvalidKind(
                FieldError::notSupported(child(path, u"group"), jsonQuote(o.group),
                                         {QStringLiteral("core"), QString(), inferenceGroup})
                    .toString());
        if (o.group == inferenceGroup && o.kind != u"InferencePool")
            return conditions::routeInvalidKind(
                FieldError::invalid(
                    child(path, u"kind"), jsonQuote(o.kind),
                    QStringLiteral("kind must be InferencePool when group is %1").arg(inferenceGroup))
                    .toString());
        if (o.kind != u"Service" && o.kind != u"InferencePool")
            return conditions::routeInvalidKind(
                FieldError::notSupported(child(path, u"kind"), jsonQuote(o.kind),
                                         {QStringLiteral("Service"), QStringLiteral("InferencePool")})
                    .toString());
        if (inferencePool && o.group != inferenceGroup)
            return conditions::routeInvalidKind(
                FieldError::invalid(
                    child(path, u"group"), jsonQuote(o.group),
                    QStringLiteral("group must be %1 when kind is InferencePool").arg(inferenceGroup))
                    .toString());
    }
    if (o.ns && *o.ns != route.ns()) {
        const RefResolver resolver(m_design);
        const QString fromKind = route.grpc ? QStringLiteral("GRPCRoute") : QStringLiteral("HTTPRoute");
        const QString toKind = inferencePool ? QStringLiteral("InferencePool") : QStringLiteral("Service");
        // An InferencePool lives in the inference group; ReferenceGrants name it with its group.
        bool allowed = false;
        if (inferencePool) {
            for (const Resource *r : m_design.resources(Kind::ReferenceGrant)) {
                if (r->meta.ns != *o.ns)
                    continue;
                const ReferenceGrant &g = *r->as<ReferenceGrant>();
                bool fromOk = false;
                for (const auto &f : g.from)
                    fromOk = fromOk ||
                        (f.group == u"gateway.networking.k8s.io" && f.kind == fromKind && f.ns == route.ns());
                for (const auto &t : g.to)
                    allowed = allowed ||
                        (fromOk && t.group == inferenceGroup && t.kind == toKind &&
                         (!t.name || *t.name == o.name));
            }
        } else {
            allowed = resolver.referenceAllowed(fromKind, route.ns(), toKind, *o.ns, o.name);
        }
        if (!allowed)
            return conditions::routeRefNotPermitted(
                FieldError::forbidden(
                    child(path, u"namespace"),
                    QStringLiteral("Backend ref to %1 %2/%3 not permitted by any ReferenceGrant")
                        .arg(toKind, *o.ns, o.name))
                    .toString());
    }
    if (!o.port && !inferencePool)
        return conditions::routeResolvedRefsUnsupportedValue(
            FieldError::required(child(path, u"port"), QStringLiteral("port cannot be nil")).toString());
    const int weight = spec.weight.value_or(1);
    if (weight < 0 || weight > 1000000)
        return conditions::routeResolvedRefsUnsupportedValue(
            FieldError::invalid(child(path, u"weight"), QString::number(weight),
                                QStringLiteral("must be in the range [0, 1000000]"))
                .toString());
    return std::nullopt;
}

std::optional<Condition> BackendRefResolver::appProtocol(const GraphRoute &route, const QString &protocol,
                                                         bool hasPolicy) const
{
    // validateRouteBackendRefAppProtocol: the Kubernetes standard application protocols (KEP-3726).
    const QString type = route.grpc ? QStringLiteral("grpc") : QStringLiteral("http");
    const QString base =
        QStringLiteral("The Route type %1 does not support service port appProtocol %2").arg(type, protocol);
    if (protocol == u"kubernetes.io/h2c") {
        if (route.grpc || !m_graph.profile.version.rejectsH2cForHttpRoute())
            return std::nullopt;
        return conditions::routeUnsupportedProtocol(
            base + QStringLiteral("; nginx does not support proxying to upstreams with http2 or h2c"));
    }
    if (protocol == u"kubernetes.io/ws")
        return route.grpc ? std::optional(conditions::routeUnsupportedProtocol(base)) : std::nullopt;
    if (protocol == u"kubernetes.io/wss") {
        if (route.grpc)
            return conditions::routeUnsupportedProtocol(base);
        if (hasPolicy)
            return std::nullopt;
        return conditions::routeUnsupportedProtocol(
            base + QStringLiteral("; missing corresponding BackendTLSPolicy"));
    }
    return std::nullopt;
}

void BackendRefResolver::noteInferencePool(const GraphRoute &route, const QString &path) const
{
    m_graph.notes.push_back(note(
        m_design, *route.resource, path,
        Tr::tr("InferencePool backends need NGINX Gateway Fabric's inference extension, which the preview "
               "models as off (NGF's default): NGF looks for a Service of that name instead")));
}

std::optional<Condition> BackendRefResolver::resolveOne(const GraphRoute &route, const BackendRef &spec,
                                                        const QString &path, GraphBackendRef &ref) const
{
    const BackendObjectReference &o = spec.ref;
    ref.serviceNs = o.ns.value_or(route.ns());
    ref.serviceName = o.name;
    ref.port = o.port.value_or(0);
    ref.weight = spec.weight.value_or(1);
    ref.valid = false;
    if (ref.weight < 0 || ref.weight > 1000000)
        ref.weight = 0; // createBackendRef: an invalid weight gets no traffic
    if (auto cond = validate(route, spec, path))
        return cond;
    if (!route.grpc && o.kind == u"InferencePool")
        noteInferencePool(route, path);
    // getPortFromRef: an InferencePool without the extension is looked up as a Service of its name.
    ref.referencesService = true;
    const Resource *svc = m_design.find(Kind::Service, ref.serviceNs, ref.serviceName);
    if (!svc)
        return conditions::routeBackendNotFound(
            FieldError::notFound(child(path, u"name"), goQuote(o.name)).toString());
    const Service &service = *svc->as<Service>();
    if (service.type == u"ExternalName")
        ref.externalName = service.externalName.value_or(QString());
    int portIndex = -1;
    for (int i = 0; i < int(service.ports.size()) && portIndex < 0; ++i) {
        if (o.port && service.ports[size_t(i)].port == *o.port)
            portIndex = i;
    }
    if (portIndex < 0)
        return conditions::routeBackendNotFound(QStringLiteral("No matching port for Service %1 and port %2")
                                                    .arg(o.name)
                                                    .arg(o.port.value_or(0)));
    ref.service = svc;
    ref.servicePortIndex = portIndex;
    const ServicePort &port = service.ports[size_t(portIndex)];
    if (service.type == u"ExternalName") {
        // checkExternalNameValidForGateways: every parent Gateway without a DNS resolver.
        for (const ParentAttachment &p : route.parents) {
            const GraphGateway &gw = m_graph.gateways[size_t(p.gateway)];
            if (!gw.nginxProxy || !gw.nginxProxy->spec.dnsResolver)
                ref.invalidForGateways[p.gateway] =
                    conditions::routeResolvedRefsUnsupportedValue(QStringLiteral(
                        "ExternalName service requires DNS resolver configuration in Gateway's NginxProxy"));
        }
        if (ref.externalName.trimmed().isEmpty())
            return conditions::routeResolvedRefsUnsupportedValue(
                QStringLiteral("ExternalName service has empty or invalid externalName field"));
    }
    QString policyError;
    const int policy = m_tls.find(ref.serviceNs, ref.serviceName, port, &policyError);
    if (!policyError.isEmpty())
        return conditions::routeResolvedRefsUnsupportedValue(policyError);
    ref.tlsPolicy = policy;
    if (port.appProtocol) {
        if (auto cond = appProtocol(route, *port.appProtocol, policy >= 0))
            return cond;
    }
    ref.valid = true;
    ref.stateKey = ref.serviceNs + u'_' + ref.serviceName + u'_' + QString::number(ref.port);
    ref.upstreamName = ref.stateKey;
    return std::nullopt;
}

} // namespace gw::ngf
