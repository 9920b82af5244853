// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/graphbuilder.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/backendrefresolver.h"
#include "ngf/backendtlsprocessor.h"
#include "ngf/fielderror.h"
#include "ngf/filterprocessor.h"
#include "ngf/l4routeprocessor.h"
#include "ngf/listenerconflicts.h"
#include "ngf/listenersetprocessor.h"
#include "ngf/listenertls.h"
#include "ngf/ngfpolicyprocessor.h"
#include "ngf/nginxproxyprocessor.h"
#include "ngf/oidcfiltercheck.h"
#include "ngf/policyprocessor.h"
#include "ngf/refresolver.h"
#include "ngf/routeprocessor.h"
#include "ngf/unmodelled.h"
#include "ngf/validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace gw::ngf {

namespace {

const QString gatewayGroup = QStringLiteral("gateway.networking.k8s.io");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::GraphBuilder)
};

/** A stable ClusterIP-like address for a Gateway's nginx Service (docs/ngf.md). */
QString synthesizedAddress(const QString &ns, const QString &name)
{
    const QByteArray h = QCryptographicHash::hash((ns + u'/' + name).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("10.96.%1.%2").arg(quint8(h[0])).arg(1 + quint8(h[1]) % 254);
}

int labelCount(const QString &h)
{
    return int(h.count(u'.')) + 1;
}

/** Does wildcard \a w ("*.example.com") match \a h (a hostname or a narrower wildcard)? */
bool wildcardMatches(const QString &w, const QString &h)
{
    const QString suffix = w.mid(1); // ".example.com"
    return h.endsWith(suffix) && h.size() > suffix.size();
}

} // namespace

QStringList acceptedHostnames(const std::optional<QString> &listenerHostname,
                              const std::vector<QString> &routeHostnames)
{
    const QString l = listenerHostname.value_or(QString());
    if (routeHostnames.empty())
        return {l.isEmpty() ? QStringLiteral("~^") : l};
    QStringList out;
    const auto add = [&](const QString &h) {
        if (!out.contains(h))
            out << h;
    };
    for (const QString &r : routeHostnames) {
        if (l.isEmpty() || l == r) {
            add(r);
            continue;
        }
        const bool lw = l.startsWith(u"*.");
        const bool rw = r.startsWith(u"*.");
        if (lw && !rw) {
            if (wildcardMatches(l, r))
                add(r);
        } else if (!lw && rw) {
            if (wildcardMatches(r, l))
                add(l);
        } else if (lw && rw) {
            if (wildcardMatches(l, r) || wildcardMatches(r, l))
                add(labelCount(l) >= labelCount(r) ? l : r);
        }
    }
    return out;
}

int Graph::listenerSetIndex(const QString &ns, const QString &name) const
{
    for (int i = 0; i < int(listenerSets.size()); ++i) {
        if (listenerSets[size_t(i)].ns() == ns && listenerSets[size_t(i)].name() == name)
            return i;
    }
    return -1;
}

int Graph::gatewayIndex(const QString &ns, const QString &name) const
{
    for (int i = 0; i < int(gateways.size()); ++i) {
        if (gateways[size_t(i)].ns == ns && gateways[size_t(i)].name == name)
            return i;
    }
    return -1;
}

const UpstreamSettings *Graph::upstreamSettingsFor(int gateway, const QString &service) const
{
    if (const auto it = gatewayUpstreamSettings.find({gateway, service}); it != gatewayUpstreamSettings.end())
        return &it->second;
    const auto it = upstreamSettings.find(service);
    return it == upstreamSettings.end() ? nullptr : &it->second;
}

GraphBuilder::GraphBuilder(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

Graph GraphBuilder::build(const Design &design, const Profile &profile)
{
    Graph graph;
    graph.profile = profile;
    GraphBuilder builder(design, graph);
    builder.buildGateways();
    BackendTlsProcessor tls(design, graph);
    tls.validatePolicies();
    const BackendRefResolver backends(design, graph, tls);
    FilterProcessor(design, graph).process();
    builder.buildRoutes(backends);
    OidcFilterCheck(design, graph).process();
    L4RouteProcessor(design, graph).process();
    tls.resolveAncestors();
    PolicyProcessor(design, graph).process();
    NgfPolicyProcessor(design, graph).process();
    Unmodelled::addNotes(design, graph);
    ListenerSetProcessor::addNotes(design, graph);
    return graph;
}

void GraphBuilder::buildGateways()
{
    QStringList ngfClasses;
    bool nginxWritten = false;
    const NginxProxyProcessor proxies(m_design, m_graph.profile);
    for (const Resource *r : m_design.resources(Kind::GatewayClass)) {
        if (r->meta.name == u"nginx")
            nginxWritten = true;
        if (r->as<GatewayClass>()->controllerName == controllerName()) {
            ngfClasses << r->meta.name;
            m_graph.gatewayClasses.push_back(proxies.gatewayClass(r));
        }
    }
    // NGF's Helm chart installs GatewayClass "nginx"; a design that never writes it still means it.
    if (!nginxWritten)
        ngfClasses << QStringLiteral("nginx");

    std::vector<const Resource *> gateways = m_design.resources(Kind::Gateway);
    std::sort(gateways.begin(), gateways.end(), [](const Resource *a, const Resource *b) {
        return std::pair(a->meta.ns, a->meta.name) < std::pair(b->meta.ns, b->meta.name);
    });
    for (const Resource *r : gateways) {
        const Gateway &spec = *r->as<Gateway>();
        if (!ngfClasses.contains(spec.gatewayClassName)) {
            m_graph.ignoredGateways.push_back(r);
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.resource = r->displayName();
            d.field = QStringLiteral("spec.gatewayClassName");
            d.message = Tr::tr("GatewayClass \"%1\" is not NGINX Gateway Fabric's; NGF ignores this Gateway")
                            .arg(spec.gatewayClassName);
            m_graph.notes.push_back(d);
            continue;
        }
        GraphGateway gw;
        gw.resource = r;
        gw.ns = r->meta.ns;
        gw.name = r->meta.name;
        gw.address =
            spec.addresses.empty() ? synthesizedAddress(gw.ns, gw.name) : spec.addresses.front().value;
        const GraphGatewayClass *cls = nullptr;
        for (const GraphGatewayClass &c : m_graph.gatewayClasses) {
            if (c.resource->meta.name == spec.gatewayClassName)
                cls = &c;
        }
        proxies.gateway(gw, cls, m_graph.notes);
        if (m_graph.profile.ipFamily)
            gw.ipFamily = *m_graph.profile.ipFamily;
        if (m_graph.profile.http2)
            gw.http2 = *m_graph.profile.http2;
        buildListeners(gw);
        m_graph.gateways.push_back(std::move(gw));
    }
}

void GraphBuilder::buildListeners(GraphGateway &gw)
{
    const Gateway &spec = *gw.resource->as<Gateway>();
    ListenerConflicts conflicts;
    for (int i = 0; i < int(spec.listeners.size()); ++i)
        addListener(gw, spec.listeners[size_t(i)], *gw.resource, i, -1, conflicts);
    // NGF graph.go: the ListenerSets' listeners join the Gateway's after its own, validated in the
    // context of the Gateway's (the same conflict resolvers).
    ListenerSetProcessor(m_design, m_graph)
        .attach(int(m_graph.gateways.size()), gw,
                [&](const Listener &src, const Resource &owner, int index, int listenerSet) {
                    addListener(gw, src, owner, index, listenerSet, conflicts);
                });

    // status/prepare_requests.go prepareGatewayRequest: only the Gateway's own listeners count as
    // valid ones, the ListenerSets' valid listeners count in the total.
    int validOwn = 0;
    int own = 0;
    int total = 0;
    for (const GraphListener &l : gw.listeners) {
        if (l.listenerSet < 0) {
            ++own;
            ++total;
            validOwn += l.valid ? 1 : 0;
        } else if (l.valid) {
            ++total;
        }
    }
    if (validOwn == 0 && total > 0)
        conditions::append(gw.conditions, conditions::gatewayNoValidListeners());
    else if (validOwn < own)
        gw.conditions.push_back(conditions::gatewayAcceptedListenersNotValid());
}

void GraphBuilder::addListener(GraphGateway &gw, const Listener &src, const Resource &owner, int specIndex,
                               int listenerSet, ListenerConflicts &conflicts)
{
    m_owner = &owner;
    GraphListener l;
    l.index = int(gw.listeners.size());
    l.listenerSet = listenerSet;
    l.name = src.name;
    l.port = src.port;
    l.protocol = src.protocol;
    l.hostname = src.hostname;
    l.allowedRoutes = src.allowedRoutes.value_or(AllowedRoutes {QStringLiteral("Same"), {}, {}});
    l.source = sourceOf(owner, QStringLiteral("spec.listeners[%1]").arg(specIndex));
    const QString p = src.protocol;
    const bool http = p == u"HTTP" || p == u"HTTPS";
    const bool l4 = p == u"TCP" || p == u"UDP";
    if (!http && !l4 && p != u"TLS") {
        l.valid = false;
        l.attachable = false;
        conditions::append(l.conditions,
                           conditions::listenerUnsupportedProtocol(
                               FieldError::notSupported(QStringLiteral("protocol"), jsonQuote(p),
                                                        {QStringLiteral("HTTP"), QStringLiteral("HTTPS"),
                                                         QStringLiteral("TLS"), QStringLiteral("TCP"),
                                                         QStringLiteral("UDP")})
                                   .toString()));
        gw.listeners.push_back(std::move(l));
        return;
    }
    // validateListenerAllowedRouteKind (getAndValidateListenerSupportedKinds): the kinds the
    // protocol takes, or those of allowedRoutes.kinds that it takes.
    std::vector<RouteGroupKind> valid;
    if (http)
        valid = {{gatewayGroup, QStringLiteral("HTTPRoute")}, {gatewayGroup, QStringLiteral("GRPCRoute")}};
    else if (p == u"TLS" && src.tls && src.tls->mode == u"Passthrough")
        valid = {{gatewayGroup, QStringLiteral("TLSRoute")}};
    else if (l4)
        valid = {{gatewayGroup, p == u"TCP" ? QStringLiteral("TCPRoute") : QStringLiteral("UDPRoute")}};
    if (l.allowedRoutes.kinds.empty()) {
        l.supportedKinds = valid;
    } else {
        for (const RouteGroupKind &k : l.allowedRoutes.kinds) {
            const bool ok = k.group == gatewayGroup &&
                std::any_of(valid.begin(), valid.end(),
                            [&](const RouteGroupKind &v) { return v.kind == k.kind; });
            if (!ok) {
                // listenerConfigurator.configure: any validator condition makes the listener invalid
                l.valid = false;
                l.attachable = false;
                conditions::append(l.conditions,
                                   conditions::listenerInvalidRouteKinds(
                                       QStringLiteral("Unsupported route kind for protocol %1 \"%2/%3\"")
                                           .arg(p, k.group, k.kind)));
                continue;
            }
            const bool seen = std::any_of(l.supportedKinds.begin(), l.supportedKinds.end(),
                                          [&](const RouteGroupKind &v) { return v.kind == k.kind; });
            if (!seen)
                l.supportedKinds.push_back(k);
        }
    }
    if (http)
        validateHttpListener(gw, src, l);
    else if (p == u"TLS")
        validateTlsListener(src, l);
    else
        validateL4Listener(gw, src, l);
    if (l.allowedRoutes.namespacesFrom == u"Selector" && l.allowedRoutes.namespaceSelector) {
        // metav1.LabelSelectorAsSelector
        if (const QString e = l.allowedRoutes.namespaceSelector->error(); !e.isEmpty()) {
            l.valid = false;
            conditions::append(
                l.conditions,
                conditions::listenerUnsupportedValue(QStringLiteral("Invalid label selector: ") + e));
        }
    }
    gw.listeners.push_back(std::move(l));
    GraphListener &added = gw.listeners.back();
    // listenerConfigurator.configure: conflicts and certificates only for listeners valid so far.
    if (!added.valid)
        return;
    conflicts.resolve(gw.listeners, int(gw.listeners.size()) - 1);
    if (p == u"HTTPS" && src.tls) {
        validateCertificates(owner, added, *src.tls);
        // the frontend resolver runs after the certificate one, whatever that found
        ListenerTls(m_design).resolveFrontend(gw, added);
    }
}

void GraphBuilder::validateHttpListener(const GraphGateway &gw, const Listener &src, GraphListener &l)
{
    const QString &p = src.protocol;
    FieldErrors valueErrors;
    if (l.port < 1 || l.port > 65535)
        valueErrors.push_back(FieldError::invalid(QStringLiteral("port"), QString::number(l.port),
                                                  QStringLiteral("port must be between 1-65535")));
    else if (gw.metricsPort && l.port == *gw.metricsPort)
        valueErrors.push_back(FieldError::invalid(QStringLiteral("port"), QString::number(l.port),
                                                  QStringLiteral("port is already in use as MetricsPort")));
    if (src.hostname) {
        if (const QString e = validation::hostname(*src.hostname); !e.isEmpty()) {
            valueErrors.push_back(
                FieldError::invalid(QStringLiteral("hostname"), jsonQuote(*src.hostname), e));
            l.attachable = false; // validateListenerHostname
        }
    }
    if (p == u"HTTP" && src.tls)
        valueErrors.push_back(FieldError::forbidden(
            QStringLiteral("tls"), QStringLiteral("tls is not supported for HTTP listener")));
    if (p == u"HTTPS" && !src.tls)
        valueErrors.push_back(FieldError::required(QStringLiteral("TLS"),
                                                   QStringLiteral("tls must be defined for HTTPS listener")));
    if (p == u"HTTPS" && src.tls && src.tls->mode != u"Terminate")
        valueErrors.push_back(FieldError::notSupported(QStringLiteral("tls.mode"), jsonQuote(src.tls->mode),
                                                       {QStringLiteral("Terminate")}));
    if (!valueErrors.empty()) {
        l.valid = false;
        conditions::append(l.conditions, conditions::listenerUnsupportedValue(aggregate(valueErrors)));
    }
    if (p == u"HTTPS" && src.tls && !src.tls->options.isEmpty()) {
        // createHTTPSListenerValidator: the options come after the mode, one condition each
        const Conditions bad =
            ListenerTls::validateOptions(src.tls->options, *m_owner, l.source.field, l.ssl);
        if (!bad.empty()) {
            l.valid = false;
            conditions::append(l.conditions, bad);
        }
    }
    if (p == u"HTTPS" && src.tls) {
        const Conditions bad = ListenerTls::validateCertificateRefs(*src.tls);
        if (!bad.empty()) {
            l.valid = false;
            conditions::append(l.conditions, bad);
        }
    }
}

void GraphBuilder::validateTlsListener(const Listener &src, GraphListener &l)
{
    // validateListenerHostname, then validateTLSFieldOnTLSListener: one condition each (the status
    // keeps the last of each type). No port check: NGF checks none for TLS listeners.
    if (src.hostname && !src.hostname->isEmpty()) {
        if (const QString e = validation::hostname(*src.hostname); !e.isEmpty()) {
            l.valid = false;
            l.attachable = false;
            conditions::append(
                l.conditions,
                conditions::listenerUnsupportedValue(
                    FieldError::invalid(QStringLiteral("hostname"), jsonQuote(*src.hostname), e).toString()));
        }
    }
    QString error;
    if (!src.tls)
        error = FieldError::required(QStringLiteral("TLS"),
                                     QStringLiteral("tls must be defined for TLS listener"))
                    .toString();
    else if (src.tls->mode != u"Passthrough")
        error = FieldError::required(QStringLiteral("TLS.Mode"),
                                     QStringLiteral("Mode must be passthrough for TLS listener"))
                    .toString();
    if (!error.isEmpty()) {
        l.valid = false;
        l.attachable = false;
        conditions::append(l.conditions, conditions::listenerUnsupportedValue(error));
    }
}

void GraphBuilder::validateL4Listener(const GraphGateway &gw, const Listener &src, GraphListener &l)
{
    // createL4ListenerValidator: one condition per problem; the listener stays attachable.
    QStringList errors;
    if (l.port < 1 || l.port > 65535)
        errors << FieldError::invalid(QStringLiteral("port"), QString::number(l.port),
                                      QStringLiteral("port must be between 1-65535"))
                      .toString();
    else if (gw.metricsPort && l.port == *gw.metricsPort)
        errors << FieldError::invalid(QStringLiteral("port"), QString::number(l.port),
                                      QStringLiteral("port is already in use as MetricsPort"))
                      .toString();
    if (src.tls)
        errors << FieldError::forbidden(
                      QStringLiteral("tls"),
                      QStringLiteral("tls is not supported for %1 listener").arg(src.protocol))
                      .toString();
    if (src.hostname)
        errors << FieldError::forbidden(
                      QStringLiteral("hostname"),
                      QStringLiteral("hostname is not supported for %1 listener").arg(src.protocol))
                      .toString();
    for (const QString &e : errors) {
        l.valid = false;
        conditions::append(l.conditions, conditions::listenerUnsupportedValue(e));
    }
}

void GraphBuilder::validateCertificates(const Resource &owner, GraphListener &l, const GatewayTLSConfig &tls)
{
    // createExternalReferencesForTLSSecretsResolver: a ListenerSet's listener refers to Secrets from
    // the ListenerSet's namespace (ReferenceGrants from kind ListenerSet, fromListenerSet).
    const QString fromNs = owner.meta.ns;
    if (!l.valid)
        return; // invalidated by a conflict resolver

    const RefResolver resolver(m_design);
    QStringList errors;
    bool invalidRef = false;
    for (int j = 0; j < int(tls.certificateRefs.size()); ++j) {
        const SecretObjectReference &ref = tls.certificateRefs[size_t(j)];
        const QString path = QStringLiteral("tls.certificateRefs[%1]").arg(j);
        const QString ns = ref.ns.value_or(fromNs);
        if (ns != fromNs &&
            !resolver.referenceAllowed(owner.kindName, fromNs, QStringLiteral("Secret"), ns, ref.name)) {
            errors << QStringLiteral("Certificate ref to secret %1/%2 not permitted by any ReferenceGrant")
                          .arg(ns, ref.name);
            continue;
        }
        if (const QString e = resolver.secret(ns, ref.name); !e.isEmpty()) {
            const QString value =
                QStringLiteral("{\"Namespace\":%1,\"Name\":%2}").arg(jsonQuote(ns), jsonQuote(ref.name));
            errors << FieldError::invalid(path, value, e).toString();
            invalidRef = true;
            continue;
        }
        CertificateRef cert;
        cert.ns = ns;
        cert.name = ref.name;
        cert.file = QStringLiteral("/etc/nginx/secrets/ssl_keypair_%1_%2.pem").arg(ns, ref.name);
        cert.source = sourceOf(owner, l.source.field + u'.' + path);
        l.certificates.push_back(cert);
    }
    if (errors.isEmpty())
        return;
    // one condition with every message, the broader reason when any ref is invalid
    const QString msg = errors.join(QStringLiteral("; "));
    const QString reason =
        invalidRef ? QStringLiteral("InvalidCertificateRef") : QStringLiteral("RefNotPermitted");
    if (l.certificates.empty()) {
        l.valid = false;
        l.conditions.push_back({QStringLiteral("Accepted"), false, reason, msg});
        l.conditions.push_back({QStringLiteral("ResolvedRefs"), false, reason, msg});
        l.conditions.push_back({QStringLiteral("Programmed"), false, QStringLiteral("Invalid"), msg});
    } else {
        l.conditions.push_back({QStringLiteral("ResolvedRefs"), false, reason, msg});
    }
}

void GraphBuilder::buildRoutes(const BackendRefResolver &backends)
{
    std::vector<const Resource *> routes;
    for (const Resource *r : m_design.resources()) {
        if (r->isRoute())
            routes.push_back(r);
    }
    std::stable_sort(routes.begin(), routes.end(), AgeOrder(m_design));
    RouteProcessor processor(m_design, m_graph.profile, &backends);
    processor.setExtensionFilters(&m_graph);
    for (const Resource *r : routes) {
        GraphRoute route;
        route.resource = r;
        route.grpc = r->kind == Kind::GRPCRoute;
        const Route &spec = *r->as<Route>();
        for (int i = 0; i < int(spec.parentRefs.size()); ++i) {
            const ParentReference &ref = spec.parentRefs[size_t(i)];
            if (ref.group != gatewayGroup)
                continue;
            int gw = -1;
            int listenerSet = -1;
            if (ref.kind == u"Gateway") {
                gw = m_graph.gatewayIndex(ref.ns.value_or(r->meta.ns), ref.name);
            } else if (ref.kind == u"ListenerSet") {
                // resolveParentRef: a ListenerSet whose parent Gateway is NGF's. buildSectionNameRefs:
                // without sectionName and port, one parentRef per listener of it (none for a
                // ListenerSet that was not merged).
                listenerSet = m_graph.listenerSetIndex(ref.ns.value_or(r->meta.ns), ref.name);
                if (listenerSet < 0)
                    continue;
                gw = m_graph.listenerSets[size_t(listenerSet)].gateway;
                if (!ref.sectionName && !ref.port &&
                    m_graph.gateways[size_t(gw)].listenersOf(listenerSet).empty())
                    continue;
            }
            if (gw < 0)
                continue;
            ParentAttachment p;
            p.refIndex = i;
            p.gateway = gw;
            p.listenerSet = listenerSet;
            p.sectionName = ref.sectionName;
            p.port = ref.port;
            route.parents.push_back(p);
        }
        if (route.parents.empty())
            continue; // not NGF's: no status, no configuration
        processor.process(route, m_graph.notes);
        for (ParentAttachment &p : route.parents)
            attach(route, p);
        isolateHostnames(route);
        m_graph.routes.push_back(std::move(route));
    }
}

bool GraphBuilder::allowedByListener(const GraphRoute &route, const QString &parentNs,
                                     const GraphListener &l) const
{
    const QString kind = route.grpc ? QStringLiteral("GRPCRoute") : QStringLiteral("HTTPRoute");
    bool kindOk = false;
    for (const RouteGroupKind &k : l.supportedKinds)
        kindOk = kindOk || (k.group == gatewayGroup && k.kind == kind);
    if (!kindOk)
        return false;
    const QString from = l.allowedRoutes.namespacesFrom;
    if (from == u"All")
        return true;
    if (from == u"Selector") {
        // The labels of the route's Namespace when the design writes it; every Namespace carries
        // kubernetes.io/metadata.name (the API server sets it), also one the design does not write.
        if (!l.allowedRoutes.namespaceSelector)
            return false;
        Labels labels;
        if (const Resource *ns = m_design.find(Kind::Namespace, QString(), route.ns()))
            labels = ns->meta.labels;
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), route.ns());
        return l.allowedRoutes.namespaceSelector->matches(labels);
    }
    return route.ns() == parentNs; // isRouteNamespaceAllowedByListener: the parentRef's namespace
}

void GraphBuilder::attach(GraphRoute &route, ParentAttachment &p)
{
    GraphGateway &gw = m_graph.gateways[size_t(p.gateway)];
    // The parent's listeners: a ListenerSet's own, or the Gateway's own (validateParentRef). NGF
    // expands a parentRef without sectionName and port into one per listener of the parent (a
    // Gateway's include the valid ones merged from ListenerSets); the status names the listener
    // when there is only one (removeDuplicateIndexParentRefs).
    const std::vector<GraphListener *> parentListeners = gw.listenersOf(p.listenerSet);
    int expanded = int(parentListeners.size());
    if (p.listenerSet < 0) {
        for (const GraphListener &l : gw.listeners)
            expanded += l.listenerSet >= 0 && l.valid ? 1 : 0;
    }
    if (p.sectionName)
        p.statusSectionName = *p.sectionName;
    else if (!p.port && expanded == 1)
        p.statusSectionName = parentListeners.front()->name;
    if (!route.attachable)
        return;
    const QString parentNs = p.listenerSet < 0 ? gw.ns : m_graph.listenerSets[size_t(p.listenerSet)].ns();
    if (p.listenerSet >= 0) {
        // validateParentRef: NoMatchingParent, then InvalidListenerSet, then the Gateway's checks
        const bool exists =
            std::any_of(parentListeners.begin(), parentListeners.end(), [&](GraphListener *l) {
                return (!p.sectionName || l->name == *p.sectionName) && (!p.port || l->port == *p.port);
            });
        if (!exists) {
            p.failed.push_back(conditions::routeNoMatchingParent());
            return;
        }
        if (!m_graph.listenerSets[size_t(p.listenerSet)].valid) {
            p.failed.push_back(conditions::routeInvalidListenerSet());
            return;
        }
    }
    if (!gw.valid) {
        p.failed.push_back(conditions::routeInvalidGateway());
        return;
    }
    if (route.grpc && !gw.http2) {
        p.failed.push_back(conditions::routeUnsupportedConfiguration(
            QStringLiteral("HTTP2 is disabled - cannot configure GRPCRoutes")));
        return;
    }
    std::vector<GraphListener *> candidates;
    for (GraphListener *l : parentListeners) {
        if (p.sectionName && l->name != *p.sectionName)
            continue;
        if (p.port && l->port != *p.port)
            continue;
        candidates.push_back(l);
    }
    if (candidates.empty()) {
        p.failed.push_back(conditions::routeNoMatchingParent());
        return;
    }
    // bindL7RouteToListeners: backends that are invalid for this Gateway (an ExternalName Service
    // without a DNS resolver) fail the parent's ResolvedRefs, and the route still attaches.
    for (const GraphRule &rule : route.rules) {
        for (const GraphBackendRef &ref : rule.backendRefs) {
            const auto it = ref.invalidForGateways.find(p.gateway);
            if (it != ref.invalidForGateways.end())
                p.failed.push_back(it->second);
        }
    }
    std::vector<GraphListener *> valid;
    for (GraphListener *l : candidates) {
        if (l->valid)
            valid.push_back(l);
    }
    if (valid.empty()) {
        p.failed.push_back(conditions::routeInvalidListener());
        return;
    }
    const Route &spec = *route.resource->as<Route>();
    bool allowed = false;
    for (GraphListener *l : valid) {
        if (!allowedByListener(route, parentNs, *l))
            continue;
        allowed = true;
        const QStringList hosts = acceptedHostnames(l->hostname, spec.hostnames);
        if (hosts.isEmpty())
            continue;
        p.attached = true;
        p.acceptedHostnames[l->index] = hosts;
    }
    if (!p.attached) {
        p.failed.push_back(allowed ? conditions::routeNoMatchingListenerHostname()
                                   : conditions::routeNotAllowedByListeners());
        return;
    }
    // The internal mirror routes share the route's parentRefs and hostnames: NGF binds them as well, and
    // AttachedRoutes counts every route bound to the listener (status/prepare_requests.go).
    for (const auto &[index, hosts] : p.acceptedHostnames)
        gw.listeners[size_t(index)].attachedRoutes += 1 + int(route.mirrorRoutes.size());
}

void GraphBuilder::isolateHostnames(GraphRoute &route)
{
    // isolateHostnamesForParentRefs: a route bound to one listener by sectionName does not serve
    // the hostnames that another listener on the same port of the Gateway declares.
    for (ParentAttachment &p : route.parents) {
        if (!p.sectionName || !p.attached)
            continue;
        const GraphGateway &gw = m_graph.gateways[size_t(p.gateway)];
        for (auto &[index, hosts] : p.acceptedHostnames) {
            const GraphListener &own = gw.listeners[size_t(index)];
            for (const GraphListener &other : gw.listeners) {
                // only the listeners of the same parent (a ListenerSet's merged only when valid)
                if (other.listenerSet != own.listenerSet || (other.listenerSet >= 0 && !other.valid))
                    continue;
                if (other.index == own.index || other.port != own.port || !other.hostname)
                    continue;
                hosts.removeAll(*other.hostname);
            }
        }
    }
}

} // namespace gw::ngf
