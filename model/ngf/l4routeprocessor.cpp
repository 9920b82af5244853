// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/l4routeprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/fielderror.h"
#include "ngf/graphbuilder.h"
#include "ngf/note.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace gw::ngf {

namespace {

const QString gatewayGroup = QStringLiteral("gateway.networking.k8s.io");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::L4RouteProcessor)
};

QString child(const QString &path, const char16_t *key)
{
    return path + u'.' + QString::fromUtf16(key);
}

/** GetMoreSpecificHostname(h1, h2) == h1, for sortListenersByHostname. */
bool moreSpecific(const QString &h1, const QString &h2)
{
    if (h1 == h2 || h2.isEmpty())
        return true;
    if (h1.isEmpty())
        return false;
    if (h1.startsWith(u"*.")) {
        if (h2.startsWith(u"*."))
            return h1.count(u'.') > h2.count(u'.');
        return false;
    }
    return true;
}

} // namespace

std::vector<ParentAttachment> statusParents(const std::vector<ParentAttachment> &parents)
{
    std::map<int, std::vector<const ParentAttachment *>> byRef;
    for (const ParentAttachment &p : parents)
        byRef[p.refIndex].push_back(&p);
    std::vector<ParentAttachment> out;
    for (const auto &[index, refs] : byRef) {
        if (refs.size() == 1) {
            ParentAttachment p = *refs.front();
            p.statusSectionName = p.sectionName.value_or(QString());
            out.push_back(p);
            continue;
        }
        const ParentAttachment *winner = refs.front();
        for (const ParentAttachment *p : refs) {
            if (p->attached && p->failed.empty())
                winner = p;
        }
        ParentAttachment merged = *winner;
        merged.sectionName.reset();
        merged.statusSectionName.clear();
        out.push_back(merged);
    }
    return out;
}

L4RouteProcessor::L4RouteProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

void L4RouteProcessor::process()
{
    std::vector<const Resource *> resources;
    for (const Resource *r : m_design.resources()) {
        if (!r->isL4Route())
            continue;
        if (r->kind != Kind::TLSRoute && !m_graph.profile.experimental) {
            m_graph.notes.push_back(note(m_design, *r, QStringLiteral("kind"),
                                         Tr::tr("NGF watches %1s only with experimental features "
                                                "(--experimental): it leaves this route out")
                                             .arg(r->kindName)));
            continue;
        }
        resources.push_back(r);
    }
    if (m_graph.gateways.empty())
        return;
    // bindRoutesToListeners: routes in age order.
    std::stable_sort(resources.begin(), resources.end(), AgeOrder(m_design));
    for (const Resource *r : resources) {
        GraphL4Route route;
        route.resource = r;
        if (build(*r, route))
            m_graph.l4Routes.push_back(std::move(route));
    }
    for (int g = 0; g < int(m_graph.gateways.size()); ++g) {
        QSet<QString> portHostnames;
        for (int i = 0; i < int(m_graph.l4Routes.size()); ++i)
            bind(m_graph.l4Routes[size_t(i)], i, g, portHostnames);
        for (GraphL4Route &route : m_graph.l4Routes)
            isolate(route, g);
    }
}

bool L4RouteProcessor::build(const Resource &r, GraphL4Route &route) const
{
    // buildSectionNameRefs
    const Route &spec = *r.as<Route>();
    QSet<QString> sections;
    bool duplicate = false;
    for (int i = 0; i < int(spec.parentRefs.size()); ++i) {
        const ParentReference &ref = spec.parentRefs[size_t(i)];
        if (ref.group != gatewayGroup)
            continue;
        // resolveParentRef: a Gateway of NGF's, or a ListenerSet whose parent Gateway is NGF's
        int g = -1;
        int listenerSet = -1;
        QString gwKey;
        if (ref.kind == u"Gateway") {
            g = m_graph.gatewayIndex(ref.ns.value_or(r.meta.ns), ref.name);
            if (g >= 0)
                gwKey = m_graph.gateways[size_t(g)].key();
        } else if (ref.kind == u"ListenerSet") {
            listenerSet = m_graph.listenerSetIndex(ref.ns.value_or(r.meta.ns), ref.name);
            if (listenerSet >= 0) {
                const GraphListenerSet &ls = m_graph.listenerSets[size_t(listenerSet)];
                g = ls.gateway;
                gwKey = ls.ns() + u'/' + ls.name();
            }
        }
        if (g < 0)
            continue;
        ParentAttachment p;
        p.refIndex = i;
        p.gateway = g;
        p.listenerSet = listenerSet;
        if (!ref.sectionName) {
            if (ref.port) {
                p.port = ref.port;
                route.parents.push_back(p);
                continue;
            }
            // one parentRef per listener: a ListenerSet's own, or the Gateway's (with the valid
            // ones merged from its ListenerSets)
            for (const GraphListener &l : m_graph.gateways[size_t(g)].listeners) {
                if (l.listenerSet != listenerSet && (listenerSet >= 0 || !l.valid))
                    continue;
                if (sections.contains(gwKey + u'/' + l.name))
                    duplicate = true;
                sections.insert(gwKey + u'/' + l.name);
                p.sectionName = l.name;
                route.parents.push_back(p);
            }
            continue;
        }
        if (sections.contains(gwKey + u'/' + *ref.sectionName))
            duplicate = true;
        sections.insert(gwKey + u'/' + *ref.sectionName);
        p.sectionName = ref.sectionName;
        p.port = ref.port;
        route.parents.push_back(p);
    }
    if (duplicate) {
        // NGF returns the route invalid and without parents: its status lists none.
        route.parents.clear();
        route.valid = false;
        m_graph.notes.push_back(
            note(m_design, r, QStringLiteral("spec.parentRefs"),
                 Tr::tr("two parentRefs name the same listener: NGF drops every parent of "
                        "this route and writes an empty status")));
        return true;
    }
    if (route.parents.empty())
        return false; // not NGF's: no status, no configuration
    if (r.kind == Kind::TLSRoute)
        buildTls(route);
    else
        buildTcpUdp(route);
    return true;
}

void L4RouteProcessor::buildTls(GraphL4Route &route) const
{
    const Route &spec = *route.resource->as<Route>();
    FieldErrors errors;
    for (int i = 0; i < int(spec.hostnames.size()); ++i) {
        const QString &h = spec.hostnames[size_t(i)];
        if (const QString e = validation::hostname(h); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.hostnames[%1]").arg(i), jsonQuote(h), e));
    }
    if (!errors.empty()) {
        // helpers.CapitalizeString
        QString msg = aggregate(errors);
        msg[0] = msg[0].toUpper();
        route.conditions.push_back(conditions::routeUnsupportedValue(msg));
        return;
    }
    for (const QString &h : spec.hostnames)
        route.hostnames << h;
    if (spec.rules.size() != 1 || spec.rules.front().backendRefs.size() != 1) {
        route.conditions.push_back(conditions::routeResolvedRefsUnsupportedValue(
            QStringLiteral("Must have exactly one Rule and BackendRef")));
        return;
    }
    GraphBackendRef ref;
    const QString path = QStringLiteral("spec.rules[0].backendRefs[0]");
    ref.source = sourceOf(*route.resource, path);
    const auto cond = resolveBackendRef(route, spec.rules.front().backendRefs.front(), path, ref);
    route.backendRefs.push_back(ref);
    route.valid = true;
    route.attachable = true;
    if (cond)
        route.conditions.push_back(*cond);
}

void L4RouteProcessor::buildTcpUdp(GraphL4Route &route) const
{
    const Route &spec = *route.resource->as<Route>();
    if (spec.rules.empty()) {
        route.conditions.push_back(
            conditions::routeResolvedRefsUnsupportedValue(QStringLiteral("Must have at least one Rule")));
        return;
    }
    const int n = int(spec.rules.size());
    if (n > 1)
        route.conditions.push_back(conditions::routeAcceptedUnsupportedField(
            QStringLiteral(
                "spec.rules[1..%1]: Only the first rule is processed. %2 additional rule(s) are ignored")
                .arg(n - 1)
                .arg(n - 1)));
    const RouteRule &rule = spec.rules.front();
    for (int j = 0; j < int(rule.backendRefs.size()); ++j) {
        GraphBackendRef ref;
        ref.index = j;
        const QString path = QStringLiteral("spec.rules[0].backendRefs[%1]").arg(j);
        ref.source = sourceOf(*route.resource, path);
        const auto cond = resolveBackendRef(route, rule.backendRefs[size_t(j)], path, ref);
        route.backendRefs.push_back(ref);
        if (cond)
            route.conditions.push_back(*cond);
    }
    route.valid = true;
    route.attachable = true;
}

std::optional<Condition> L4RouteProcessor::resolveBackendRef(const GraphL4Route &route,
                                                             const BackendRef &spec, const QString &path,
                                                             GraphBackendRef &ref) const
{
    const BackendObjectReference &o = spec.ref;
    ref.valid = false;
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
    if (o.ns && *o.ns != route.ns()) {
        if (!RefResolver(m_design).referenceAllowed(route.resource->kindName, route.ns(),
                                                    QStringLiteral("Service"), *o.ns, o.name))
            return conditions::routeRefNotPermitted(
                FieldError::forbidden(
                    child(path, u"namespace"),
                    QStringLiteral("Backend ref to Service %1/%2 not permitted by any ReferenceGrant")
                        .arg(*o.ns, o.name))
                    .toString());
    }
    if (!o.port)
        return conditions::routeResolvedRefsUnsupportedValue(
            FieldError::required(child(path, u"port"), QStringLiteral("port cannot be nil")).toString());
    const int weight = spec.weight.value_or(1);
    if (weight < 0 || weight > 1000000)
        return conditions::routeResolvedRefsUnsupportedValue(
            FieldError::invalid(child(path, u"weight"), QString::number(weight),
                                QStringLiteral("must be in the range [0, 1000000]"))
                .toString());
    ref.serviceNs = o.ns.value_or(route.ns());
    ref.serviceName = o.name;
    ref.port = *o.port;
    ref.weight = route.kind() == Kind::TLSRoute ? 0 : weight; // TLSRoute doesn't support weights
    ref.referencesService = true;
    // getPortFromRef
    const Resource *svc = m_design.find(Kind::Service, ref.serviceNs, ref.serviceName);
    if (!svc)
        return conditions::routeBackendNotFound(
            FieldError::notFound(child(path, u"name"), goQuote(o.name)).toString());
    const Service &service = *svc->as<Service>();
    int portIndex = -1;
    for (int i = 0; i < int(service.ports.size()) && portIndex < 0; ++i) {
        if (service.ports[size_t(i)].port == ref.port)
            portIndex = i;
    }
    if (portIndex < 0)
        return conditions::routeBackendNotFound(
            QStringLiteral("No matching port for Service %1 and port %2").arg(o.name).arg(ref.port));
    ref.service = svc;
    ref.servicePortIndex = portIndex;
    if (service.type == u"ExternalName")
        ref.externalName = service.externalName.value_or(QString());
    const ServicePort &port = service.ports[size_t(portIndex)];
    if (route.kind() == Kind::TLSRoute && port.appProtocol) {
        // validateRouteBackendRefAppProtocol for RouteTypeTLS: only kubernetes.io/wss of the standard ones.
        const QString &p = *port.appProtocol;
        if (p == u"kubernetes.io/h2c" || p == u"kubernetes.io/ws")
            return conditions::routeUnsupportedProtocol(
                QStringLiteral("The Route type tls does not support service port appProtocol %1").arg(p));
    }
    ref.valid = true;
    ref.stateKey = ref.serviceNs + u'_' + ref.serviceName + u'_' + QString::number(ref.port);
    ref.upstreamName = ref.stateKey;
    return std::nullopt;
}

void L4RouteProcessor::bind(GraphL4Route &route, int routeIndex, int g, QSet<QString> &portHostnames)
{
    if (!route.attachable)
        return;
    GraphGateway &gw = m_graph.gateways[size_t(g)];
    for (ParentAttachment &p : route.parents) {
        if (p.gateway != g)
            continue;
        // validateParentRef, findAttachableListeners: the parent's own listeners
        std::vector<GraphListener *> attachable;
        bool exists = false;
        if (p.sectionName) {
            for (GraphListener *l : gw.listenersOf(p.listenerSet)) {
                if (l->name != *p.sectionName)
                    continue;
                if (p.port && l->port != *p.port)
                    break;
                exists = true;
                if (l->attachable)
                    attachable.push_back(l);
                break;
            }
        } else if (p.port) {
            for (GraphListener *l : gw.listenersOf(p.listenerSet)) {
                if (l->port != *p.port)
                    continue;
                exists = true;
                if (l->attachable)
                    attachable.push_back(l);
            }
        }
        if (!exists) {
            p.failed.push_back(conditions::routeNoMatchingParent());
            continue;
        }
        if (p.listenerSet >= 0 && !m_graph.listenerSets[size_t(p.listenerSet)].valid) {
            p.failed.push_back(conditions::routeInvalidListenerSet());
            continue;
        }
        if (!gw.valid) {
            p.failed.push_back(conditions::routeInvalidGateway());
            continue;
        }
        // tryToAttachL4RouteToListeners
        if (attachable.empty()) {
            p.failed.push_back(conditions::routeInvalidListener());
            continue;
        }
        std::stable_sort(attachable.begin(), attachable.end(),
                         [](const GraphListener *a, const GraphListener *b) {
                             const QString ha = a->hostname.value_or(QString());
                             const QString hb = b->hostname.value_or(QString());
                             return ha != hb && moreSpecific(ha, hb);
                         });
        bool allowed = false, attached = false, unique = false, multiple = false, attachedValid = false;
        for (GraphListener *l : attachable) {
            bool flags[4] = {false, false, false, false};
            bindToListener(route, routeIndex, *l, p, portHostnames, flags);
            allowed = allowed || flags[0];
            attached = attached || flags[1];
            unique = unique || flags[2];
            multiple = multiple || flags[3];
            attachedValid = attachedValid || (flags[1] && l->valid);
        }
        if (!attached) {
            if (!allowed)
                p.failed.push_back(conditions::routeNotAllowedByListeners());
            else if (multiple)
                p.failed.push_back(conditions::routeMultipleRoutesOnListener());
            else if (!unique)
                p.failed.push_back(conditions::routeHostnameConflict());
            else
                p.failed.push_back(conditions::routeNoMatchingListenerHostname());
            continue;
        }
        if (!attachedValid)
            route.conditions.push_back(conditions::routeInvalidListener());
        p.attached = true;
    }
}

bool L4RouteProcessor::namespaceAllowed(const GraphL4Route &route, const QString &parentNs,
                                        const GraphListener &l) const
{
    // isRouteNamespaceAllowedByListener
    const QString from = l.allowedRoutes.namespacesFrom;
    if (from == u"All")
        return true;
    if (from == u"Selector") {
        if (!l.allowedRoutes.namespaceSelector)
            return false;
        Labels labels;
        if (const Resource *ns = m_design.find(Kind::Namespace, QString(), route.ns()))
            labels = ns->meta.labels;
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), route.ns());
        return l.allowedRoutes.namespaceSelector->matches(labels);
    }
    return route.ns() == parentNs; // the parentRef's namespace (a ListenerSet's for its listeners)
}

void L4RouteProcessor::bindToListener(GraphL4Route &route, int routeIndex, GraphListener &l,
                                      ParentAttachment &p, QSet<QString> &portHostnames, bool flags[4]) const
{
    const QString parentNs = p.listenerSet >= 0 ? m_graph.listenerSets[size_t(p.listenerSet)].ns()
                                                : m_graph.gateways[size_t(p.gateway)].ns;
    if (!namespaceAllowed(route, parentNs, l))
        return;
    const QString kind = route.resource->kindName;
    const bool kindOk = std::any_of(l.supportedKinds.begin(), l.supportedKinds.end(),
                                    [&](const RouteGroupKind &k) { return k.kind == kind; });
    if (!kindOk)
        return;
    if (route.kind() != Kind::TLSRoute) {
        // TCP/UDP have no routing discriminator: one route per listener.
        for (int other : l.l4Routes) {
            if (other != routeIndex) {
                flags[0] = flags[2] = flags[3] = true;
                return;
            }
        }
    }
    std::vector<QString> routeHostnames(route.hostnames.begin(), route.hostnames.end());
    const QStringList accepted = acceptedHostnames(l.hostname, routeHostnames);
    QStringList hostnames;
    for (const QString &h : accepted) {
        const QString key = QStringLiteral("%1:%2:%3").arg(h).arg(l.port).arg(l.protocol);
        if (!portHostnames.contains(key)) {
            portHostnames.insert(key);
            hostnames << h;
        }
    }
    flags[0] = true;
    if (hostnames.isEmpty()) {
        flags[2] = accepted.isEmpty();
        return;
    }
    p.acceptedHostnames[l.index] = hostnames;
    if (std::find(l.l4Routes.begin(), l.l4Routes.end(), routeIndex) == l.l4Routes.end()) {
        l.l4Routes.push_back(routeIndex);
        ++l.attachedRoutes;
    }
    flags[1] = flags[2] = true;
}

void L4RouteProcessor::isolate(GraphL4Route &route, int g) const
{
    // isolateHostnamesForParentRefs (isL4Route): a hostname another listener of the Gateway
    // declares is removed, whatever that listener's port.
    const GraphGateway &gw = m_graph.gateways[size_t(g)];
    for (ParentAttachment &p : route.parents) {
        if (p.gateway != g || !p.sectionName)
            continue;
        for (auto &[index, hosts] : p.acceptedHostnames) {
            QStringList kept;
            for (const QString &h : hosts) {
                bool other = false;
                for (const GraphListener &l : gw.listeners) {
                    // only the listeners of the same parent (a ListenerSet's merged only when valid)
                    if (l.listenerSet != p.listenerSet || (l.listenerSet >= 0 && !l.valid))
                        continue;
                    other = other ||
                        (l.index != index && l.hostname && !l.hostname->isEmpty() && *l.hostname == h);
                }
                if (!other)
                    kept << h;
            }
            hosts = kept;
        }
    }
}

} // namespace gw::ngf
