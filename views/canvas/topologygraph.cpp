// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/topologygraph.h"

#include "core/design.h"
#include "views/canvas/policysummary.h"
#include "yaml/node.h"

#include <QCoreApplication>
#include <QHash>
#include <tuple>

namespace gw::views {

namespace {

QString id(ResourceId r)
{
    return QString::number(r);
}

QString listenerSummary(const Listener &l)
{
    QString s = l.protocol + QStringLiteral(" :") + QString::number(l.port);
    if (l.hostname && !l.hostname->isEmpty())
        s += QStringLiteral(" · ") + *l.hostname;
    return s;
}

QString matchSummary(const RouteRule &rule, Kind kind)
{
    if (kind == Kind::TLSRoute || kind == Kind::TCPRoute || kind == Kind::UDPRoute)
        return TopologyGraph::tr("any connection"); // L4 rules have no matches
    if (kind == Kind::GRPCRoute) {
        if (rule.grpcMatches.empty() || !rule.grpcMatches.front().method)
            return TopologyGraph::tr("any method");
        const GRPCMethodMatch &m = *rule.grpcMatches.front().method;
        return m.service.value_or(QStringLiteral("*")) + u'/' + m.method.value_or(QStringLiteral("*"));
    }
    if (rule.matches.empty())
        return QStringLiteral("PathPrefix /");
    const HTTPRouteMatch &m = rule.matches.front();
    QString s = m.path ? m.path->type + u' ' + m.path->value : QStringLiteral("PathPrefix /");
    if (m.method)
        s = *m.method + u' ' + s;
    const int extras = int(m.headers.size() + m.queryParams.size());
    if (extras > 0)
        s += QStringLiteral(" +") + TopologyGraph::tr("%n condition(s)", nullptr, extras);
    if (rule.matches.size() > 1)
        s += QStringLiteral(" · ") +
            TopologyGraph::tr("%n more match(es)", nullptr, int(rule.matches.size() - 1));
    return s;
}

QString portSummary(const Service &svc)
{
    QStringList ports;
    for (const ServicePort &p : svc.ports) {
        QString s = QString::number(p.port);
        if (p.targetPort && p.targetPort->toString() != s)
            s += QStringLiteral("→") + p.targetPort->toString();
        ports << s;
    }
    return ports.isEmpty() ? TopologyGraph::tr("no ports")
                           : TopologyGraph::tr("port %1").arg(ports.join(QStringLiteral(", ")));
}

bool isGatewayRef(const ParentReference &ref)
{
    return (ref.kind.isEmpty() || ref.kind == u"Gateway") &&
        (ref.group.isEmpty() || ref.group == u"gateway.networking.k8s.io");
}

bool isServiceRef(const BackendObjectReference &ref)
{
    return (ref.kind.isEmpty() || ref.kind == u"Service") && (ref.group.isEmpty() || ref.group == u"core");
}

/** The TLS of a listener -> route edge, and its detail (certificates, SNI names). */
std::pair<TopologyGraph::Edge::Tls, QString> listenerTls(const Listener &l, const Resource &route)
{
    using Tls = TopologyGraph::Edge::Tls;
    if (l.protocol == u"HTTPS") {
        QStringList certificates;
        if (l.tls) {
            for (const SecretObjectReference &ref : l.tls->certificateRefs)
                certificates << ref.name;
        }
        return {Tls::Terminated, certificates.join(QStringLiteral(", "))};
    }
    if (l.protocol == u"TLS" && l.tls && l.tls->mode == u"Passthrough" && route.kind == Kind::TLSRoute) {
        QStringList hosts;
        for (const QString &h : route.as<Route>()->hostnames)
            hosts << h;
        if (hosts.isEmpty() && l.hostname)
            hosts << *l.hostname;
        return {Tls::Passthrough, hosts.join(QStringLiteral(", "))};
    }
    return {Tls::None, QString()};
}

/**
 * The BackendTLSPolicy that re-encrypts the traffic of a backendRef to \a svc, as NGF
 * internal/controller/state/graph/backend_refs.go findBackendTLSPolicyForService finds it: a targetRef
 * naming the Service in the policy's namespace, with no sectionName or the name of the port used; the
 * oldest policy (then the first by namespace/name) wins a conflict.
 */
const Resource *backendTlsPolicy(const Design &design, const Resource &svc, const BackendRef &backend)
{
    QString portName;
    for (const ServicePort &p : svc.as<Service>()->ports) {
        if (backend.ref.port && p.port == *backend.ref.port)
            portName = p.name;
    }
    const Resource *winner = nullptr;
    const auto older = [](const Resource *a, const Resource *b) {
        const QDateTime ta = a->meta.creationTimestamp.value_or(QDateTime());
        const QDateTime tb = b->meta.creationTimestamp.value_or(QDateTime());
        if (ta != tb)
            return ta < tb;
        return std::pair(a->meta.ns, a->meta.name) < std::pair(b->meta.ns, b->meta.name);
    };
    for (const Resource *p : design.resources(Kind::BackendTLSPolicy)) {
        if (p->meta.ns != svc.meta.ns)
            continue;
        for (const PolicyTargetReferenceWithSectionName &t : p->as<BackendTLSPolicy>()->targetRefs) {
            if (t.name != svc.meta.name || (t.kind != u"Service" && !t.kind.isEmpty()))
                continue;
            if (t.sectionName && *t.sectionName != portName)
                continue;
            if (!winner || older(p, winner))
                winner = p;
        }
    }
    return winner;
}

bool isListenerSetRef(const ParentReference &ref)
{
    // NGF state/graph/route_common.go findListenerSetForParentRef: kind ListenerSet in the Gateway API
    // group (NGF v2.6.7 watches the standard gateway.networking.k8s.io/v1 ListenerSet).
    return ref.kind == u"ListenerSet" && (ref.group.isEmpty() || ref.group == u"gateway.networking.k8s.io");
}

/** The targets of an NGF policy, each with the field that names it. */
std::vector<std::pair<PolicyTargetReference, yaml::Path>> policyTargets(const Resource &r)
{
    std::vector<std::pair<PolicyTargetReference, yaml::Path>> out;
    const auto list = [&out](const std::vector<PolicyTargetReference> &refs) {
        for (size_t i = 0; i < refs.size(); ++i)
            out.emplace_back(refs[i], yaml::Path::of("spec.targetRefs").index(int(i)));
    };
    if (const auto *p = r.as<ClientSettingsPolicy>())
        out.emplace_back(p->targetRef, yaml::Path::of("spec.targetRef"));
    else if (const auto *p = r.as<ProxySettingsPolicy>())
        list(p->targetRefs);
    else if (const auto *p = r.as<RateLimitPolicy>())
        list(p->targetRefs);
    else if (const auto *p = r.as<SnippetsPolicy>())
        list(p->targetRefs);
    else if (const auto *p = r.as<ObservabilityPolicy>())
        list(p->targetRefs);
    else if (const auto *p = r.as<WAFPolicy>())
        list(p->targetRefs);
    return out;
}

} // namespace

QString TopologyGraph::tlsDescription(Edge::Tls tls, const QString &detail)
{
    QString text;
    switch (tls) {
    case Edge::Tls::Terminated:
        text = tr("TLS terminated at the listener: nginx decrypts and routes the HTTP requests");
        if (!detail.isEmpty())
            text += u'\n' + tr("Certificate: %1").arg(detail);
        break;
    case Edge::Tls::Passthrough:
        text = tr("TLS passthrough: nginx routes the encrypted connection by its SNI name; the backend "
                  "terminates TLS");
        if (!detail.isEmpty())
            text += u'\n' + tr("SNI: %1").arg(detail);
        break;
    case Edge::Tls::Reencrypted:
        text = tr("Re-encrypted to the backend: nginx opens TLS to the Service (BackendTLSPolicy)");
        if (!detail.isEmpty())
            text += u'\n' + tr("Policy: %1").arg(detail);
        break;
    case Edge::Tls::None:
        break;
    }
    return text;
}

int TopologyGraph::missing(const QString &key, int column, Kind kind, const QString &name, const QString &why)
{
    int index = indexOf(key);
    if (index < 0)
        index = add({Node::Type::Missing, column, key, name, why, kind});
    return index;
}

int TopologyGraph::add(Node node)
{
    m_nodes.push_back(std::move(node));
    return int(m_nodes.size()) - 1;
}

void TopologyGraph::connect(int from, int to, Edge::Style style, QString label, ResourceId resource,
                            yaml::Path field)
{
    m_edges.push_back({from, to, style, std::move(label), resource, std::move(field)});
}

int TopologyGraph::indexOf(const QString &key) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].key == key)
            return int(i);
    }
    return -1;
}

std::vector<int> TopologyGraph::column(int column) const
{
    std::vector<int> list;
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].column == column)
            list.push_back(int(i));
    }
    return list;
}

QString TopologyGraph::persistenceMode(const Design &design, const Resource &route, int rule,
                                       const Resource *service)
{
    const Route *r = route.as<Route>();
    if (r && rule >= 0 && rule < int(r->rules.size()) && r->rules[size_t(rule)].sessionPersistence) {
        const SessionPersistence &sp = *r->rules[size_t(rule)].sessionPersistence;
        if (sp.type && *sp.type == u"Header")
            return tr("header %1").arg(sp.sessionName.value_or(QString()));
        // NGF's name for a cookie without sessionName: sp_<route>_<namespace>_<rule index>.
        const QString name = sp.sessionName.value_or(
            QStringLiteral("sp_%1_%2_%3").arg(route.meta.name, route.meta.ns).arg(rule));
        return QStringLiteral("cookie ") + name;
    }
    if (service) {
        // The oldest policy that sets a method wins, as NGF ranks conflicting policies.
        const Resource *winner = nullptr;
        for (const Resource *p : design.resources(Kind::UpstreamSettingsPolicy)) {
            const auto *usp = p->as<UpstreamSettingsPolicy>();
            if (!usp || !usp->loadBalancingMethod || p->meta.ns != service->meta.ns)
                continue;
            for (const PolicyTargetReference &t : usp->targetRefs) {
                if (t.kind == u"Service" && t.name == service->meta.name && !winner)
                    winner = p;
            }
        }
        if (winner) {
            const auto *usp = winner->as<UpstreamSettingsPolicy>();
            const QString method = *usp->loadBalancingMethod;
            if (method == u"hash" || method == u"hash consistent") {
                QString s = QStringLiteral("hash ") + usp->hashMethodKey.value_or(QString());
                if (method == u"hash consistent")
                    s += QStringLiteral(" consistent");
                return s;
            }
            return method;
        }
    }
    return tr("default");
}

void TopologyGraph::addBackendTlsPolicies(const Design &design, const QHash<ResourceId, int> &serviceNodes)
{
    for (const Resource *r : design.resources(Kind::BackendTLSPolicy)) {
        const auto *btp = r->as<BackendTLSPolicy>();
        const QString summary = btp->validation.hostname.isEmpty()
            ? tr("backend TLS")
            : tr("TLS to %1").arg(btp->validation.hostname);
        const int pi = add({Node::Type::Policy, ServiceColumn, u"policy:" + id(r->id), r->meta.name, summary,
                            Kind::BackendTLSPolicy, r->id});
        for (size_t t = 0; t < btp->targetRefs.size(); ++t) {
            const PolicyTargetReferenceWithSectionName &ref = btp->targetRefs[t];
            const yaml::Path field = yaml::Path::of("spec.targetRefs").index(int(t));
            const Resource *svc = ref.kind == u"Service" || ref.kind.isEmpty()
                ? design.find(Kind::Service, r->meta.ns, ref.name)
                : nullptr;
            int target = -1;
            Edge::Style style = Edge::Style::Policy;
            if (svc) {
                target = serviceNodes.value(svc->id);
            } else {
                const QString key = u"missing-service:" + r->meta.ns + u'/' + ref.name;
                target = indexOf(key);
                if (target < 0)
                    target = add({Node::Type::Missing, ServiceColumn, key, ref.name, tr("Service not found"),
                                  Kind::Service});
                style = Edge::Style::Missing;
            }
            if (m_nodes[size_t(pi)].attachedTo < 0)
                m_nodes[size_t(pi)].attachedTo = target;
            connect(pi, target, style, {}, r->id, field);
        }
    }
}

void TopologyGraph::addUnmodelled(const Design &design)
{
    const auto scalar = [](const yaml::Node *map, const char *key) {
        const yaml::Node *n = map && map->isMapping() ? map->get(key) : nullptr;
        return n && n->isScalar() ? QString::fromStdString(n->value) : QString();
    };
    for (const Resource *r : design.resources(Kind::Unknown)) {
        // Routes and listener sets where routes are; policies, filters and the rest beside the Services.
        const bool routeLike = r->kindName.endsWith(u"Route") || r->kindName == u"ListenerSet";
        const int ni =
            add({Node::Type::Unmodelled, routeLike ? RouteColumn : ServiceColumn, u"unmodelled:" + id(r->id),
                 r->meta.name, tr("%1 · not modelled").arg(r->kindName), Kind::Unknown, r->id});
        const DesignDocument *doc = design.document(r->document);
        const yaml::Node *root = doc && doc->yaml ? doc->yaml->find(r->basePath) : nullptr;
        const yaml::Node *spec = root && root->isMapping() ? root->get("spec") : nullptr;
        const yaml::Node *refs = spec && spec->isMapping() ? spec->get("parentRefs") : nullptr;
        for (int i = 0; refs && refs->isSequence() && i < refs->size(); ++i) {
            const yaml::Node *ref = refs->itemAt(i);
            const QString ns = scalar(ref, "namespace").isEmpty() ? r->meta.ns : scalar(ref, "namespace");
            const Resource *gw = design.find(Kind::Gateway, ns, scalar(ref, "name"));
            if (!gw)
                continue;
            const QString section = scalar(ref, "sectionName");
            for (const Listener &l : gw->as<Gateway>()->listeners) {
                if (section.isEmpty() || section == l.name)
                    connect(indexOf(u"listener:" + id(gw->id) + u':' + l.name), ni, Edge::Style::Missing, {},
                            r->id, yaml::Path::of("spec.parentRefs").index(i));
            }
        }
    }
}

void TopologyGraph::addListenerSets(const Design &design)
{
    for (const Resource *r : design.resources(Kind::ListenerSet)) {
        const auto *ls = r->as<ListenerSet>();
        const ParentGatewayReference &parent = ls->parentRef;
        const int si = add({Node::Type::ListenerSet, GatewayColumn, u"listenerset:" + id(r->id), r->meta.name,
                            tr("ListenerSet of %1").arg(parent.name), Kind::ListenerSet, r->id});
        const QString ns = parent.ns.value_or(r->meta.ns);
        const bool gatewayKind = (parent.kind.isEmpty() || parent.kind == u"Gateway") &&
            (parent.group.isEmpty() || parent.group == u"gateway.networking.k8s.io");
        const Resource *gw = gatewayKind ? design.find(Kind::Gateway, ns, parent.name) : nullptr;
        const yaml::Path parentField = yaml::Path::of("spec.parentRef");
        if (gw) {
            // Under its Gateway, joined like a policy to what it attaches to; whether the Gateway lets it
            // attach (allowedListeners) is its status colour, from the preview (NGF listenerset.go).
            const int gi = indexOf(u"gateway:" + id(gw->id));
            m_nodes[size_t(si)].attachedTo = gi;
            connect(si, gi, Edge::Style::Policy, {}, r->id, parentField);
        } else {
            const int mi = missing(u"missing-gateway:" + ns + u'/' + parent.name, GatewayColumn,
                                   Kind::Gateway, parent.name, tr("Gateway not found"));
            m_nodes[size_t(si)].attachedTo = mi;
            connect(si, mi, Edge::Style::Missing, {}, r->id, parentField);
        }
        for (size_t i = 0; i < ls->listeners.size(); ++i) {
            const Listener &l = ls->listeners[i];
            const int li = add({Node::Type::Listener, ListenerColumn,
                                u"listener:" + id(r->id) + u':' + l.name, l.name, listenerSummary(l),
                                Kind::ListenerSet, r->id, yaml::Path::of("spec.listeners").index(int(i))});
            connect(si, li);
        }
    }
}

void TopologyGraph::attachRoute(const Design &design, const Resource &route, int routeNode, int refIndex)
{
    const ParentReference &ref = route.as<Route>()->parentRefs[size_t(refIndex)];
    const yaml::Path field = yaml::Path::of("spec.parentRefs").index(refIndex);
    const QString ns = ref.ns.value_or(route.meta.ns);
    // A route on a Gateway binds to the Gateway's own listeners, a route on a ListenerSet to the
    // ListenerSet's (NGF state/graph/route_common.go, bindRouteToListeners and
    // separateGatewayAndListenerSetListeners).
    const Resource *parent = nullptr;
    QString parentKey;
    if (isGatewayRef(ref)) {
        parent = design.find(Kind::Gateway, ns, ref.name);
        if (!parent) {
            const int mi = missing(u"missing-gateway:" + ns + u'/' + ref.name, ListenerColumn, Kind::Gateway,
                                   ref.name, tr("Gateway not found"));
            connect(mi, routeNode, Edge::Style::Missing, {}, route.id, field);
            return;
        }
        parentKey = u"gateway:" + id(parent->id);
    } else if (isListenerSetRef(ref)) {
        parent = design.find(Kind::ListenerSet, ns, ref.name);
        if (!parent) {
            const int mi = missing(u"missing-listenerset:" + ns + u'/' + ref.name, ListenerColumn,
                                   Kind::ListenerSet, ref.name, tr("ListenerSet not found"));
            connect(mi, routeNode, Edge::Style::Missing, {}, route.id, field);
            return;
        }
        parentKey = u"listenerset:" + id(parent->id);
    } else {
        return;
    }
    const std::vector<Listener> &listeners = parent->kind == Kind::Gateway
        ? parent->as<Gateway>()->listeners
        : parent->as<ListenerSet>()->listeners;
    bool any = false;
    for (const Listener &l : listeners) {
        if (ref.sectionName && *ref.sectionName != l.name)
            continue;
        if (ref.port && *ref.port != l.port)
            continue;
        connect(indexOf(u"listener:" + id(parent->id) + u':' + l.name), routeNode, Edge::Style::Flow, {},
                route.id, field);
        std::tie(m_edges.back().tls, m_edges.back().tlsDetail) = listenerTls(l, route);
        any = true;
    }
    if (!any) {
        const QString section = ref.sectionName.value_or(QString::number(ref.port.value_or(0)));
        const int mi = missing(u"missing-listener:" + id(parent->id) + u':' + section, ListenerColumn,
                               parent->kind, section, tr("listener not found"));
        connect(indexOf(parentKey), mi, Edge::Style::Missing);
        connect(mi, routeNode, Edge::Style::Missing, {}, route.id, field);
    }
}

void TopologyGraph::addNgfPolicies(const Design &design)
{
    // NGF state/graph/policies.go attachPolicies: a targetRef names a Gateway, an HTTPRoute or a GRPCRoute
    // in the policy's namespace. The node sits under its first target, in that target's column; a target
    // that does not exist is a missing node, as for the Service policies.
    for (Kind kind : {Kind::ClientSettingsPolicy, Kind::ProxySettingsPolicy, Kind::RateLimitPolicy,
                      Kind::SnippetsPolicy, Kind::ObservabilityPolicy, Kind::WAFPolicy}) {
        for (const Resource *r : design.resources(kind)) {
            const auto targets = policyTargets(*r);
            int pi = -1;
            for (const auto &[ref, field] : targets) {
                const bool gatewayTarget = ref.kind == u"Gateway";
                const Kind targetKind = gatewayTarget ? Kind::Gateway
                    : ref.kind == u"GRPCRoute"        ? Kind::GRPCRoute
                                                      : Kind::HTTPRoute;
                const bool known = gatewayTarget || ref.kind == u"HTTPRoute" || ref.kind == u"GRPCRoute";
                const Resource *target = known ? design.find(targetKind, r->meta.ns, ref.name) : nullptr;
                const int column = gatewayTarget ? GatewayColumn : RouteColumn;
                int ti = -1;
                Edge::Style style = Edge::Style::Policy;
                if (target) {
                    ti = indexOf((gatewayTarget ? QStringLiteral("gateway:") : QStringLiteral("route:")) +
                                 id(target->id));
                } else {
                    const QString what = ref.kind.isEmpty() ? tr("target") : ref.kind;
                    ti = missing(u"missing-target:" + ref.kind + u':' + r->meta.ns + u'/' + ref.name, column,
                                 known ? targetKind : Kind::Unknown, ref.name, tr("%1 not found").arg(what));
                    style = Edge::Style::Missing;
                }
                if (pi < 0)
                    pi = add({Node::Type::Policy, m_nodes[size_t(ti)].column, u"policy:" + id(r->id),
                              r->meta.name, PolicySummary::of(*r), kind, r->id});
                if (m_nodes[size_t(pi)].attachedTo < 0)
                    m_nodes[size_t(pi)].attachedTo = ti;
                connect(pi, ti, style, {}, r->id, field);
            }
            if (pi < 0) // no targetRef at all: beside the routes, on its own
                add({Node::Type::Policy, RouteColumn, u"policy:" + id(r->id), r->meta.name,
                     PolicySummary::of(*r), kind, r->id});
        }
    }
}

void TopologyGraph::addExtensionFilters(const Design &design, const std::vector<const Resource *> &routes)
{
    // Every filter is drawn; those a rule names through an ExtensionRef (group gateway.nginx.org, NGF
    // state/graph/extension_ref_filter.go) are joined to the route, under the first.
    QHash<ResourceId, int> filterNodes;
    for (Kind kind : {Kind::SnippetsFilter, Kind::AuthenticationFilter}) {
        for (const Resource *r : design.resources(kind))
            filterNodes.insert(r->id,
                               add({Node::Type::Policy, RouteColumn, u"policy:" + id(r->id), r->meta.name,
                                    PolicySummary::of(*r), kind, r->id}));
    }
    for (const Resource *route : routes) {
        if (route->kind != Kind::HTTPRoute && route->kind != Kind::GRPCRoute)
            continue;
        const int ri = indexOf(u"route:" + id(route->id));
        const auto &rules = route->as<Route>()->rules;
        for (size_t k = 0; k < rules.size(); ++k) {
            for (size_t f = 0; f < rules[k].filters.size(); ++f) {
                const RouteFilter &filter = rules[k].filters[f];
                if (filter.type != u"ExtensionRef" || !filter.extensionRef ||
                    filter.extensionRef->group != u"gateway.nginx.org")
                    continue;
                const ObjectReference &ref = *filter.extensionRef;
                const Kind kind = ref.kind == u"SnippetsFilter" ? Kind::SnippetsFilter
                    : ref.kind == u"AuthenticationFilter"       ? Kind::AuthenticationFilter
                                                                : Kind::Unknown;
                if (kind == Kind::Unknown)
                    continue;
                const yaml::Path field = yaml::Path::of("spec.rules").index(int(k)) / "filters";
                const Resource *target = design.find(kind, route->meta.ns, ref.name);
                int fi = target ? filterNodes.value(target->id, -1) : -1;
                Edge::Style style = Edge::Style::Policy;
                if (fi < 0) {
                    fi = missing(u"missing-filter:" + ref.kind + u':' + route->meta.ns + u'/' + ref.name,
                                 RouteColumn, kind, ref.name, tr("%1 not found").arg(ref.kind));
                    style = Edge::Style::Missing;
                }
                // Drawn already (two rules of the route name the same filter)?
                bool drawn = false;
                for (const Edge &e : m_edges)
                    drawn = drawn || (e.from == fi && e.to == ri);
                if (drawn)
                    continue;
                if (m_nodes[size_t(fi)].attachedTo < 0)
                    m_nodes[size_t(fi)].attachedTo = ri;
                connect(fi, ri, style, {}, route->id, field.index(int(f)));
            }
        }
    }
}

TopologyGraph TopologyGraph::build(const Design &design)
{
    TopologyGraph g;
    QHash<ResourceId, int> serviceNodes;

    for (const Resource *r : design.resources(Kind::Gateway)) {
        const auto *gw = r->as<Gateway>();
        const int gi = g.add({Node::Type::Gateway, GatewayColumn, u"gateway:" + id(r->id), r->meta.name,
                              gw->gatewayClassName, Kind::Gateway, r->id});
        for (size_t i = 0; i < gw->listeners.size(); ++i) {
            const Listener &l = gw->listeners[i];
            const int li = g.add({Node::Type::Listener, ListenerColumn,
                                  u"listener:" + id(r->id) + u':' + l.name, l.name, listenerSummary(l),
                                  Kind::Gateway, r->id, yaml::Path::of("spec.listeners").index(int(i))});
            g.connect(gi, li);
        }
    }
    g.addListenerSets(design);
    for (const Resource *r : design.resources(Kind::Service)) {
        serviceNodes.insert(r->id,
                            g.add({Node::Type::Service, ServiceColumn, u"service:" + id(r->id), r->meta.name,
                                   portSummary(*r->as<Service>()), Kind::Service, r->id}));
    }
    const auto missing = [&g](const QString &key, int column, Kind kind, const QString &name,
                              const QString &why) { return g.missing(key, column, kind, name, why); };

    std::vector<const Resource *> routes = design.resources(Kind::HTTPRoute);
    for (Kind kind : {Kind::GRPCRoute, Kind::TLSRoute, Kind::TCPRoute, Kind::UDPRoute}) {
        const auto more = design.resources(kind);
        routes.insert(routes.end(), more.begin(), more.end());
    }
    for (const Resource *r : routes) {
        const auto *route = r->as<Route>();
        QStringList hosts;
        for (const QString &h : route->hostnames)
            hosts << h;
        // TCP and UDP routes have no hostnames: their kind says what they carry.
        QString subtitle = hosts.isEmpty() ? tr("any host") : hosts.join(QStringLiteral(", "));
        if (r->kind == Kind::TCPRoute || r->kind == Kind::UDPRoute)
            subtitle = kindName(r->kind);
        const int ri = g.add(
            {Node::Type::Route, RouteColumn, u"route:" + id(r->id), r->meta.name, subtitle, r->kind, r->id});
        for (size_t j = 0; j < route->parentRefs.size(); ++j)
            g.attachRoute(design, *r, ri, int(j));
        for (size_t k = 0; k < route->rules.size(); ++k) {
            const RouteRule &rule = route->rules[k];
            const yaml::Path ruleField = yaml::Path::of("spec.rules").index(int(k));
            const int ki =
                g.add({Node::Type::Rule, RuleColumn, u"rule:" + id(r->id) + u':' + QString::number(k),
                       rule.name.value_or(tr("Rule %1").arg(k + 1)), matchSummary(rule, r->kind), r->kind,
                       r->id, ruleField});
            g.connect(ri, ki, Edge::Style::Flow, {}, r->id, ruleField);
            for (size_t b = 0; b < rule.backendRefs.size(); ++b) {
                const BackendRef &backend = rule.backendRefs[b];
                if (!isServiceRef(backend.ref))
                    continue;
                const QString ns = backend.ref.ns.value_or(r->meta.ns);
                const Resource *svc = design.find(Kind::Service, ns, backend.ref.name);
                const QString label = tr("weight %1").arg(backend.weight.value_or(1)) +
                    QStringLiteral(" · ") + persistenceMode(design, *r, int(k), svc);
                const yaml::Path field = ruleField / "backendRefs";
                if (svc) {
                    g.connect(ki, serviceNodes.value(svc->id), Edge::Style::Flow, label, r->id,
                              field.index(int(b)));
                    const bool l7 = r->kind == Kind::HTTPRoute || r->kind == Kind::GRPCRoute;
                    if (const Resource *policy = l7 ? backendTlsPolicy(design, *svc, backend) : nullptr) {
                        const auto *btp = policy->as<BackendTLSPolicy>();
                        g.m_edges.back().tls = Edge::Tls::Reencrypted;
                        g.m_edges.back().tlsDetail = btp->validation.hostname.isEmpty()
                            ? policy->meta.name
                            : QString(policy->meta.name + QStringLiteral(" · ") + btp->validation.hostname);
                    }
                } else {
                    const int mi = missing(u"missing-service:" + ns + u'/' + backend.ref.name, ServiceColumn,
                                           Kind::Service, backend.ref.name, tr("Service not found"));
                    g.connect(ki, mi, Edge::Style::Missing, label, r->id, field.index(int(b)));
                }
            }
        }
    }

    for (const Resource *r : design.resources(Kind::UpstreamSettingsPolicy)) {
        const auto *usp = r->as<UpstreamSettingsPolicy>();
        QString summary = usp->loadBalancingMethod.value_or(tr("upstream settings"));
        if (usp->hashMethodKey && summary.startsWith(u"hash"))
            summary += u' ' + *usp->hashMethodKey;
        const int pi = g.add({Node::Type::Policy, ServiceColumn, u"policy:" + id(r->id), r->meta.name,
                              summary, Kind::UpstreamSettingsPolicy, r->id});
        for (size_t t = 0; t < usp->targetRefs.size(); ++t) {
            const PolicyTargetReference &ref = usp->targetRefs[t];
            const yaml::Path field = yaml::Path::of("spec.targetRefs").index(int(t));
            const Resource *svc =
                ref.kind == u"Service" ? design.find(Kind::Service, r->meta.ns, ref.name) : nullptr;
            if (svc) {
                const int si = serviceNodes.value(svc->id);
                if (g.m_nodes[size_t(pi)].attachedTo < 0)
                    g.m_nodes[size_t(pi)].attachedTo = si;
                g.connect(pi, si, Edge::Style::Policy, {}, r->id, field);
            } else {
                const int mi = missing(u"missing-service:" + r->meta.ns + u'/' + ref.name, ServiceColumn,
                                       Kind::Service, ref.name, tr("Service not found"));
                if (g.m_nodes[size_t(pi)].attachedTo < 0)
                    g.m_nodes[size_t(pi)].attachedTo = mi;
                g.connect(pi, mi, Edge::Style::Missing, {}, r->id, field);
            }
        }
    }

    g.addBackendTlsPolicies(design, serviceNodes);
    g.addNgfPolicies(design);
    g.addExtensionFilters(design, routes);
    g.addUnmodelled(design);

    const std::vector<const Resource *> services = design.resources(Kind::Service);
    for (const Pod &pod : design.pods()) {
        const int pi = g.add({Node::Type::Pod, PodColumn, u"pod:" + pod.ns + u'/' + pod.name, pod.name,
                              pod.ip, Kind::Deployment, pod.owner});
        g.m_nodes[size_t(pi)].pod = pod.name;
        for (const Resource *s : services) {
            const auto *svc = s->as<Service>();
            if (s->meta.ns != pod.ns || svc->selector.isEmpty())
                continue;
            LabelSelector selector;
            selector.matchLabels = svc->selector;
            if (selector.matches(pod.labels))
                g.connect(serviceNodes.value(s->id), pi);
        }
    }
    return g;
}

} // namespace gw::views
