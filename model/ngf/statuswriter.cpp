// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/statuswriter.h"

#include "ngf/filterprocessor.h"
#include "ngf/l4routeprocessor.h"
#include "ngf/listenersetprocessor.h"

#include "yaml/emitter.h"

#include <algorithm>

namespace gw::ngf {

namespace {

const QString gatewayGroup = QStringLiteral("gateway.networking.k8s.io");

yaml::Value conditionsValue(const Conditions &list, qint64 generation, bool *problem)
{
    yaml::Value seq = yaml::Value::sequence();
    for (const Condition &c : list) {
        yaml::Value v = yaml::Value::mapping();
        v.set("message", c.message);
        v.set("observedGeneration", std::int64_t(generation));
        v.set("reason", c.reason);
        v.set("status", c.status ? "True" : "False");
        v.set("type", c.type);
        seq.append(std::move(v));
        if (problem && !c.status && (c.type == u"Accepted" || c.type == u"ResolvedRefs"))
            *problem = true;
    }
    return seq;
}

/** One status.ancestors entry of a policy for Gateway \a gw. */
yaml::Value ancestor(const GraphGateway &gw, const Conditions &list, qint64 generation, bool *problem)
{
    yaml::Value av = yaml::Value::mapping();
    yaml::Value ref = yaml::Value::mapping();
    ref.set("group", gatewayGroup);
    ref.set("kind", "Gateway");
    ref.set("name", gw.name);
    ref.set("namespace", gw.ns);
    av.set("ancestorRef", std::move(ref));
    av.set("conditions", conditionsValue(list, generation, problem));
    av.set("controllerName", controllerName());
    return av;
}

/** One status.ancestors entry of a Gateway- or route-level NGF policy. */
yaml::Value ngfAncestor(const NgfPolicyAncestor &a, const Conditions &list, qint64 generation, bool *problem)
{
    yaml::Value av = yaml::Value::mapping();
    yaml::Value ref = yaml::Value::mapping();
    ref.set("group", gatewayGroup);
    ref.set("kind", a.kind);
    ref.set("name", a.name);
    ref.set("namespace", a.ns);
    av.set("ancestorRef", std::move(ref));
    av.set("conditions", conditionsValue(list, generation, problem));
    av.set("controllerName", controllerName());
    return av;
}

yaml::Value header(const Resource &r)
{
    yaml::Value doc = yaml::Value::mapping();
    doc.set("apiVersion", r.apiVersion);
    doc.set("kind", r.kindName);
    yaml::Value meta = yaml::Value::mapping();
    meta.set("name", r.meta.name);
    if (isNamespaced(r.kind))
        meta.set("namespace", r.meta.ns);
    doc.set("metadata", std::move(meta));
    return doc;
}

} // namespace

Conditions StatusWriter::gatewayConditions(const GraphGateway &gw)
{
    Conditions list = conditions::gatewayDefaults();
    conditions::append(list, gw.conditions);
    return conditions::deduplicate(list);
}

Conditions StatusWriter::listenerConditions(const GraphListener &l)
{
    // status/prepare_requests.go prepareGatewayRequest and PrepareListenerSetRequests: the defaults
    // (NewDefaultListenerConditions) only for a valid listener; an invalid one shows its own conditions.
    if (!l.valid)
        return conditions::deduplicate(l.conditions);
    Conditions defaults = conditions::listenerDefaults();
    bool hasResolved = false;
    bool hasConflict = false;
    for (const Condition &c : l.conditions) {
        hasResolved = hasResolved || c.type == u"ResolvedRefs";
        // conditions.go hasConflictConditions
        hasConflict = hasConflict || c.type == u"Conflicted" || c.type == u"OverlappingTLSConfig";
    }
    // The listener's own conditions first, then the defaults (conds = append(conds, defaults...)):
    // an OverlappingTLSConfig warning leads the list, and a default replaces a specific condition
    // of its type.
    Conditions list = l.conditions;
    for (const Condition &c : defaults) {
        if ((c.type == u"ResolvedRefs" && hasResolved) || (c.type == u"Conflicted" && hasConflict))
            continue;
        list.push_back(c);
    }
    return conditions::deduplicate(list);
}

Conditions StatusWriter::routeParentConditions(const GraphRoute &route, const ParentAttachment &parent)
{
    Conditions list = conditions::routeDefaults();
    conditions::append(list, route.conditions);
    conditions::append(list, parent.failed);
    return conditions::deduplicate(list);
}

Conditions StatusWriter::policyAncestorConditions(const Graph &graph, const GraphPolicy &policy, int gateway)
{
    Conditions list {conditions::policyAccepted()};
    if (!graph.gateways[size_t(gateway)].valid)
        list.push_back(conditions::policyTargetNotFound(QStringLiteral("The Parent Gateway is invalid")));
    conditions::append(list, policy.conditions);
    list = conditions::deduplicate(list);
    programmed(graph, policy.conflicted, list);
    return list;
}

Conditions StatusWriter::ngfPolicyAncestorConditions(const Graph &graph, const GraphNgfPolicy &policy,
                                                     const NgfPolicyAncestor &ancestor)
{
    // PrepareNGFPolicyRequests: Accepted (for a WAFPolicy also ResolvedRefs and Programmed), then
    // the ancestor's conditions, then the policy's; the last of each type wins. A WAFPolicy keeps its
    // default Programmed=True even when it is not accepted, as v2.6.7 reports it.
    const bool waf = policy.resource->kind == Kind::WAFPolicy;
    Conditions list {conditions::policyAccepted()};
    if (waf) {
        list.push_back(conditions::policyResolvedRefs());
        list.push_back(conditions::policyProgrammed());
    }
    conditions::append(list, ancestor.conditions);
    conditions::append(list, policy.conditions);
    list = conditions::deduplicate(list);
    if (!waf)
        programmed(graph, policy.conflicted, list);
    return list;
}

void StatusWriter::programmed(const Graph &graph, bool conflicted, Conditions &list)
{
    if (!graph.profile.version.policyProgrammedCondition())
        return;
    bool accepted = true;
    for (const Condition &c : list)
        accepted = accepted && !(c.type == u"Accepted" && !c.status);
    if (accepted)
        list.push_back(conditions::policyProgrammed());
    else if (conflicted)
        list.push_back(conditions::policyOverridden());
    else
        list.push_back(conditions::policyNotProgrammed());
}

Conditions StatusWriter::gatewayClassConditions(const GraphGatewayClass &gatewayClass)
{
    Conditions list = conditions::gatewayClassDefaults();
    conditions::append(list, gatewayClass.conditions);
    return conditions::deduplicate(list);
}

Conditions StatusWriter::backendTlsPolicyConditions(const GraphBackendTlsPolicy &policy)
{
    return conditions::deduplicate(policy.conditions);
}

std::vector<StatusWriter::Entry> StatusWriter::write(const Graph &graph)
{
    std::vector<Entry> out;
    for (const GraphGatewayClass &c : graph.gatewayClasses) {
        const Resource *r = c.resource;
        Entry e {r, header(*r), false};
        yaml::Value status = yaml::Value::mapping();
        status.set("conditions", conditionsValue(gatewayClassConditions(c), r->meta.generation, &e.problem));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
    for (const GraphGateway &gw : graph.gateways) {
        Entry e {gw.resource, header(*gw.resource), false};
        const qint64 gen = gw.resource->meta.generation;
        yaml::Value status = yaml::Value::mapping();
        yaml::Value addresses = yaml::Value::sequence();
        yaml::Value address = yaml::Value::mapping();
        address.set("type", "IPAddress");
        address.set("value", gw.address);
        addresses.append(std::move(address));
        status.set("addresses", std::move(addresses));
        // prepareGatewayRequest: AttachedListenerSets is always written (a pointer to the count)
        status.set("attachedListenerSets", int(gw.attachedListenerSets.size()));
        status.set("conditions", conditionsValue(gatewayConditions(gw), gen, &e.problem));
        yaml::Value listeners = yaml::Value::sequence();
        for (const GraphListener &l : gw.listeners) {
            if (l.listenerSet < 0) // the ListenerSets' listeners are in their own status
                listeners.append(listenerValue(l, gen, &e.problem));
        }
        status.set("listeners", std::move(listeners));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
    listenerSetEntries(graph, out);
    for (const GraphRoute &route : graph.routes) {
        Entry e {route.resource, header(*route.resource), false};
        yaml::Value parents = yaml::Value::sequence();
        for (const ParentAttachment &p : route.parents) {
            yaml::Value pv = yaml::Value::mapping();
            pv.set("conditions",
                   conditionsValue(routeParentConditions(route, p), route.resource->meta.generation,
                                   &e.problem));
            pv.set("controllerName", controllerName());
            yaml::Value ref = parentRefValue(graph, p);
            // prepareRouteStatus writes kind, name, namespace and sectionName: never the port.
            if (!p.statusSectionName.isEmpty())
                ref.set("sectionName", p.statusSectionName);
            pv.set("parentRef", std::move(ref));
            parents.append(std::move(pv));
        }
        yaml::Value status = yaml::Value::mapping();
        status.set("parents", std::move(parents));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
    for (const GraphL4Route &route : graph.l4Routes)
        out.push_back(l4RouteEntry(graph, route));
    for (const GraphPolicy &policy : graph.policies) {
        if (policy.ancestors.empty())
            continue; // targets no Service a route of an NGF Gateway uses: NGF writes nothing
        Entry e {policy.resource, header(*policy.resource), false};
        yaml::Value ancestors = yaml::Value::sequence();
        for (int g : policy.ancestors)
            ancestors.append(ancestor(graph.gateways[size_t(g)], policyAncestorConditions(graph, policy, g),
                                      policy.resource->meta.generation, &e.problem));
        yaml::Value status = yaml::Value::mapping();
        status.set("ancestors", std::move(ancestors));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
    for (const GraphNgfPolicy &policy : graph.ngfPolicies) {
        if (policy.ancestors.empty())
            continue; // PrepareNGFPolicyRequests: nothing without ancestors
        Entry e {policy.resource, header(*policy.resource), false};
        yaml::Value ancestors = yaml::Value::sequence();
        for (const NgfPolicyAncestor &a : policy.ancestors)
            ancestors.append(ngfAncestor(a, ngfPolicyAncestorConditions(graph, policy, a),
                                         policy.resource->meta.generation, &e.problem));
        yaml::Value status = yaml::Value::mapping();
        status.set("ancestors", std::move(ancestors));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
    for (const GraphBackendTlsPolicy &policy : graph.backendTlsPolicies) {
        if (!policy.referenced)
            continue; // PrepareBackendTLSPolicyRequests: only policies a backendRef resolved
        out.push_back(backendTlsPolicyEntry(graph, policy));
    }
    filterEntries(graph, out);
    return out;
}

void StatusWriter::filterEntries(const Graph &graph, std::vector<Entry> &out)
{
    // PrepareSnippetsFilterRequests / PrepareAuthenticationFilterRequests: every filter NGF
    // processed, referenced or not: status.controllers with NGF's controllerName.
    const auto entry = [&](const Resource &resource, const Conditions &list) {
        Entry e {&resource, header(resource), false};
        yaml::Value controller = yaml::Value::mapping();
        controller.set("conditions", conditionsValue(list, resource.meta.generation, &e.problem));
        controller.set("controllerName", controllerName());
        yaml::Value controllers = yaml::Value::sequence();
        controllers.append(std::move(controller));
        yaml::Value status = yaml::Value::mapping();
        status.set("controllers", std::move(controllers));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    };
    for (const GraphSnippetsFilter &f : graph.snippetsFilters)
        entry(*f.resource, FilterProcessor::snippetsFilterConditions(f));
    for (const GraphAuthenticationFilter &f : graph.authenticationFilters)
        entry(*f.resource, FilterProcessor::authenticationFilterConditions(f));
}

Conditions StatusWriter::l4RouteParentConditions(const GraphL4Route &route, const ParentAttachment &parent)
{
    Conditions list = conditions::routeDefaults();
    conditions::append(list, route.conditions);
    conditions::append(list, parent.failed);
    return conditions::deduplicate(list);
}

StatusWriter::Entry StatusWriter::l4RouteEntry(const Graph &graph, const GraphL4Route &route)
{
    // prepareRouteStatus: parentRef kind, name, namespace and sectionName (no port).
    Entry e {route.resource, header(*route.resource), false};
    yaml::Value parents = yaml::Value::sequence();
    for (const ParentAttachment &p : statusParents(route.parents)) {
        yaml::Value pv = yaml::Value::mapping();
        pv.set(
            "conditions",
            conditionsValue(l4RouteParentConditions(route, p), route.resource->meta.generation, &e.problem));
        pv.set("controllerName", controllerName());
        yaml::Value ref = parentRefValue(graph, p);
        if (!p.statusSectionName.isEmpty())
            ref.set("sectionName", p.statusSectionName);
        pv.set("parentRef", std::move(ref));
        parents.append(std::move(pv));
    }
    yaml::Value status = yaml::Value::mapping();
    status.set("parents", std::move(parents));
    e.document.set("status", std::move(status));
    return e;
}

yaml::Value StatusWriter::parentRefValue(const Graph &graph, const ParentAttachment &p)
{
    // prepareRouteStatus: the parentRef's kind (Gateway or ListenerSet), name and namespace
    yaml::Value ref = yaml::Value::mapping();
    if (p.listenerSet >= 0) {
        const GraphListenerSet &ls = graph.listenerSets[size_t(p.listenerSet)];
        ref.set("kind", "ListenerSet");
        ref.set("name", ls.name());
        ref.set("namespace", ls.ns());
    } else {
        const GraphGateway &gw = graph.gateways[size_t(p.gateway)];
        ref.set("kind", "Gateway");
        ref.set("name", gw.name);
        ref.set("namespace", gw.ns);
    }
    return ref;
}

yaml::Value StatusWriter::listenerValue(const GraphListener &l, qint64 generation, bool *problem)
{
    yaml::Value lv = yaml::Value::mapping();
    lv.set("attachedRoutes", l.attachedRoutes);
    lv.set("conditions", conditionsValue(listenerConditions(l), generation, problem));
    lv.set("name", l.name);
    yaml::Value kinds = yaml::Value::sequence();
    for (const RouteGroupKind &k : l.supportedKinds) {
        yaml::Value kv = yaml::Value::mapping();
        kv.set("group", k.group);
        kv.set("kind", k.kind);
        kinds.append(std::move(kv));
    }
    lv.set("supportedKinds", std::move(kinds));
    return lv;
}

void StatusWriter::listenerSetEntries(const Graph &graph, std::vector<Entry> &out)
{
    // PrepareListenerSetRequests: the ListenerSet's conditions and one entry per listener of it
    // (none when it was not merged); ordered here by namespace/name.
    std::vector<int> order;
    for (int i = 0; i < int(graph.listenerSets.size()); ++i)
        order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const GraphListenerSet &x = graph.listenerSets[size_t(a)];
        const GraphListenerSet &y = graph.listenerSets[size_t(b)];
        return std::pair(x.ns(), x.name()) < std::pair(y.ns(), y.name());
    });
    for (int i : order) {
        const GraphListenerSet &ls = graph.listenerSets[size_t(i)];
        Entry e {ls.resource, header(*ls.resource), false};
        const qint64 gen = ls.resource->meta.generation;
        yaml::Value status = yaml::Value::mapping();
        status.set("conditions",
                   conditionsValue(ListenerSetProcessor::statusConditions(ls), gen, &e.problem));
        yaml::Value listeners = yaml::Value::sequence();
        for (const GraphListener &l : graph.gateways[size_t(ls.gateway)].listeners) {
            if (l.listenerSet == i)
                listeners.append(listenerValue(l, gen, &e.problem));
        }
        if (listeners.size() > 0) // omitempty
            status.set("listeners", std::move(listeners));
        e.document.set("status", std::move(status));
        out.push_back(std::move(e));
    }
}

StatusWriter::Entry StatusWriter::backendTlsPolicyEntry(const Graph &graph,
                                                        const GraphBackendTlsPolicy &policy)
{
    Entry e {policy.resource, header(*policy.resource), false};
    const Conditions list = backendTlsPolicyConditions(policy);
    yaml::Value ancestors = yaml::Value::sequence();
    for (int g : policy.gateways)
        ancestors.append(
            ancestor(graph.gateways[size_t(g)], list, policy.resource->meta.generation, &e.problem));
    yaml::Value status = yaml::Value::mapping();
    status.set("ancestors", std::move(ancestors));
    e.document.set("status", std::move(status));
    return e;
}

QString StatusWriter::toYaml(const std::vector<Entry> &entries)
{
    std::string out;
    yaml::Emitter::Style style;
    style.indent = 2;
    style.sequenceIndent = 0;
    for (const Entry &e : entries) {
        out += "---\n";
        out += yaml::Emitter::block(e.document, 0, style);
        out += '\n';
    }
    return QString::fromStdString(out);
}

} // namespace gw::ngf
