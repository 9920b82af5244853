// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/ngfpolicyprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/conditions.h"
#include "ngf/fielderror.h"
#include "ngf/note.h"
#include "ngf/policyhandler.h"
#include "ngf/wafpolicyprocessor.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::NgfPolicyProcessor)
};

const QString gatewayApiGroup = QStringLiteral("gateway.networking.k8s.io");

bool isRouteKind(const QString &kind)
{
    return kind == u"HTTPRoute" || kind == u"GRPCRoute";
}

/**
 * conditions.New<Kind>Affected: "The <Kind> is applied to the resource"; NewWAFPolicyAffected has
 * its own type and message.
 */
Condition affected(const QString &kind)
{
    if (kind == u"WAFPolicy")
        return {QStringLiteral("gateway.nginx.org/WAFPolicyAffected"), true, QStringLiteral("PolicyAffected"),
                QStringLiteral("WAFPolicy is applied to the resource")};
    return {kind + QStringLiteral("Affected"), true, QStringLiteral("PolicyAffected"),
            QStringLiteral("The %1 is applied to the resource").arg(kind)};
}

/** policies.GlobalSettings of a Gateway: both off without an (effective) NginxProxy. */
PolicyHandler::GlobalSettings globalSettings(const GraphGateway &gw)
{
    PolicyHandler::GlobalSettings s;
    if (gw.nginxProxy) {
        s.telemetryEnabled = gw.nginxProxy->telemetryEnabled();
        s.wafEnabled = gw.nginxProxy->wafEnabled();
    }
    return s;
}

/** buildGatewayHostPortPaths: "<gw ns>/<gw name>:<hostname>:<port><path>" for each match path. */
QStringList hostPortPaths(const Graph &graph, const GraphRoute &route)
{
    QStringList keys;
    for (const ParentAttachment &p : route.parents) {
        if (p.acceptedHostnames.empty())
            continue;
        const GraphGateway &gw = graph.gateways[size_t(p.gateway)];
        // Attachment.ListenerPort: the port of the last listener the route attached to.
        const int port = gw.listeners[size_t(p.acceptedHostnames.rbegin()->first)].port;
        for (const auto &[listener, hostnames] : p.acceptedHostnames) {
            for (const QString &host : hostnames) {
                for (const GraphRule &rule : route.rules) {
                    for (const HTTPRouteMatch &m : rule.matches) {
                        const QString path = m.path ? m.path->value : QStringLiteral("/");
                        keys << QStringLiteral("%1:%2:%3%4").arg(gw.key(), host).arg(port).arg(path);
                    }
                }
            }
        }
    }
    return keys;
}

} // namespace

NgfPolicyProcessor::NgfPolicyProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

int NgfPolicyProcessor::routeIndex(const QString &kind, const QString &ns, const QString &name) const
{
    for (int i = 0; i < int(m_graph.routes.size()); ++i) {
        const GraphRoute &r = m_graph.routes[size_t(i)];
        if (r.grpc == (kind == u"GRPCRoute") && r.ns() == ns && r.name() == name)
            return i;
    }
    return -1;
}

Conditions NgfPolicyProcessor::routeOverlap(const GraphNgfPolicy &policy) const
{
    // checkTargetRoutesForOverlap: another (untargeted) route with the same Gateway, hostname, port
    // and path makes the policy not accepted.
    Conditions out;
    std::vector<int> targeted;
    for (const GraphNgfPolicy::Target &t : policy.targets) {
        if (!t.gateway)
            targeted.push_back(t.index);
    }
    for (int ti : targeted) {
        const GraphRoute &target = m_graph.routes[size_t(ti)];
        const QStringList keys = hostPortPaths(m_graph, target);
        const QString targetName = target.ns() + u'/' + target.name();
        for (int ri = 0; ri < int(m_graph.routes.size()); ++ri) {
            if (std::find(targeted.begin(), targeted.end(), ri) != targeted.end())
                continue;
            const GraphRoute &other = m_graph.routes[size_t(ri)];
            const QStringList otherKeys = hostPortPaths(m_graph, other);
            for (const QString &k : otherKeys) {
                if (!keys.contains(k))
                    continue;
                out.push_back(
                    {QStringLiteral("Accepted"), false, QStringLiteral("TargetConflict"),
                     QStringLiteral("Policy cannot be applied to target %1 since another Route %2 "
                                    "shares a namespace/gateway-name:hostname:port/path combination "
                                    "with this target")
                         .arg(goQuote(targetName), goQuote(other.ns() + u'/' + other.name()))});
                break;
            }
        }
    }
    return out;
}

void NgfPolicyProcessor::process()
{
    std::vector<const Resource *> resources;
    for (const PolicyHandler *h : PolicyHandler::all()) {
        for (const Resource *r : m_design.resources(h->kind()))
            resources.push_back(r);
    }
    if (resources.empty())
        return;
    std::stable_sort(resources.begin(), resources.end(), AgeOrder(m_design));
    for (const Resource *r : resources) {
        const PolicyHandler *h = PolicyHandler::of(r->kind);
        if (r->kind == Kind::SnippetsPolicy && !m_graph.profile.snippets) {
            // change_processor.go: NGF registers SnippetsPolicy only with snippets enabled.
            m_graph.notes.push_back(
                note(m_design, *r, QStringLiteral("kind"),
                     Tr::tr("NGF watches SnippetsPolicies only when its control plane runs with snippets "
                            "enabled (--snippets): it ignores this policy and writes it no status")));
            continue;
        }
        if (m_graph.gateways.empty()) {
            // processPolicies returns nothing without Gateways.
            m_graph.notes.push_back(
                note(m_design, *r, QStringLiteral("spec"),
                     Tr::tr("There is no NGF Gateway: NGF ignores %1 %2 and writes no status")
                         .arg(r->kindName, r->meta.name)));
            continue;
        }
        GraphNgfPolicy policy;
        policy.resource = r;
        const std::vector<PolicyTargetReference> refs = h->targetRefs(*r);
        const bool single = r->kind == Kind::ClientSettingsPolicy;
        for (int i = 0; i < int(refs.size()); ++i) {
            const PolicyTargetReference &t = refs[size_t(i)];
            const QString field =
                single ? QStringLiteral("spec.targetRef") : QStringLiteral("spec.targetRefs[%1]").arg(i);
            int index = -1;
            if (t.group == gatewayApiGroup && t.kind == u"Gateway")
                index = m_graph.gatewayIndex(r->meta.ns, t.name);
            else if (t.group == gatewayApiGroup && isRouteKind(t.kind))
                index = routeIndex(t.kind, r->meta.ns, t.name);
            if (index < 0) {
                m_graph.notes.push_back(
                    note(m_design, *r, field,
                         Tr::tr("NGF knows no %1 %2/%3 (of NGF's Gateways and their routes): "
                                "this target is ignored")
                             .arg(t.kind, r->meta.ns, t.name)));
                continue;
            }
            policy.targets.push_back({t.kind == u"Gateway", index});
        }
        if (policy.targets.empty()) {
            m_graph.notes.push_back(note(
                m_design, *r, single ? QStringLiteral("spec.targetRef") : QStringLiteral("spec.targetRefs"),
                Tr::tr("None of the targets exists: NGF ignores %1 %2 and writes no status")
                    .arg(r->kindName, r->meta.name)));
            continue;
        }
        policy.conditions = routeOverlap(policy);
        conditions::append(policy.conditions, h->validate(*r));
        policy.valid = policy.conditions.empty();
        m_graph.ngfPolicies.push_back(std::move(policy));
    }
    markConflicted();
    WafPolicyProcessor waf(m_design, m_graph);
    waf.resolve();
    addAffectedConditions();
    for (int i = 0; i < int(m_graph.ngfPolicies.size()); ++i)
        attach(i);
    waf.noteAttachments();
}

void NgfPolicyProcessor::markConflicted()
{
    // markConflictedPolicies: policies of one kind with a common target, in age order (ngfsort);
    // a valid policy that conflicts with an older valid one is marked Conflicted.
    std::map<QString, std::vector<int>> possibles;
    for (int i = 0; i < int(m_graph.ngfPolicies.size()); ++i) {
        const GraphNgfPolicy &p = m_graph.ngfPolicies[size_t(i)];
        if (!p.valid)
            continue;
        for (const GraphNgfPolicy::Target &t : p.targets)
            possibles[QStringLiteral("%1|%2|%3").arg(p.resource->kindName).arg(t.gateway).arg(t.index)]
                .push_back(i);
    }
    for (const auto &[key, list] : possibles) {
        for (size_t i = 0; i < list.size(); ++i) {
            GraphNgfPolicy &winner = m_graph.ngfPolicies[size_t(list[i])];
            if (!winner.valid)
                continue;
            const PolicyHandler *h = PolicyHandler::of(winner.resource->kind);
            for (size_t j = i + 1; j < list.size(); ++j) {
                GraphNgfPolicy &other = m_graph.ngfPolicies[size_t(list[j])];
                if (!other.valid || !h->conflicts(*winner.resource, *other.resource))
                    continue;
                other.valid = false;
                other.conflicted = true;
                other.conditions.push_back(conditions::policyConflicted(
                    QStringLiteral("Conflicts with another ") + other.resource->kindName));
            }
        }
    }
}

void NgfPolicyProcessor::addAffectedConditions()
{
    // addPolicyAffectedStatusToTargetRefs: for every processed policy, valid or not.
    for (const GraphNgfPolicy &p : m_graph.ngfPolicies) {
        const Condition c = affected(p.resource->kindName);
        for (const GraphNgfPolicy::Target &t : p.targets) {
            Conditions &list = t.gateway ? m_graph.gateways[size_t(t.index)].conditions
                                         : m_graph.routes[size_t(t.index)].conditions;
            if (std::find(list.begin(), list.end(), c) == list.end())
                list.push_back(c);
        }
    }
}

void NgfPolicyProcessor::propagateToRoutes(int policyIndex, int gateway)
{
    // propagateSnippetsPolicyToRoutes: a SnippetsPolicy on a Gateway joins the policies of every
    // route with a parentRef to it (attached or not, valid or not), once.
    if (m_graph.ngfPolicies[size_t(policyIndex)].resource->kind != Kind::SnippetsPolicy)
        return;
    for (GraphRoute &route : m_graph.routes) {
        const bool toGateway = std::any_of(route.parents.begin(), route.parents.end(),
                                           [&](const ParentAttachment &p) { return p.gateway == gateway; });
        if (toGateway &&
            std::find(route.ngfPolicies.begin(), route.ngfPolicies.end(), policyIndex) ==
                route.ngfPolicies.end())
            route.ngfPolicies.push_back(policyIndex);
    }
}

void NgfPolicyProcessor::attach(int index)
{
    GraphNgfPolicy &policy = m_graph.ngfPolicies[size_t(index)];
    const PolicyHandler *h = PolicyHandler::of(policy.resource->kind);
    for (const GraphNgfPolicy::Target &t : policy.targets) {
        NgfPolicyAncestor ancestor;
        // ngfPolicyAncestorsFull: at MaxAncestors the target gets AncestorLimitReached instead.
        const bool full = policy.ancestors.size() >= conditions::MaxAncestors;
        const QString policyName = policy.resource->meta.ns + u'/' + policy.resource->meta.name;
        if (t.gateway) {
            // attachPolicyToGateway
            GraphGateway &gw = m_graph.gateways[size_t(t.index)];
            const auto &invalid = policy.invalidForGateways;
            if (std::find(invalid.begin(), invalid.end(), t.index) != invalid.end())
                continue;
            if (full) {
                conditions::addAncestorLimit(gw.conditions, policy.resource->kindName, policyName);
                policy.invalidForGateways.push_back(t.index);
                continue;
            }
            ancestor.kind = QStringLiteral("Gateway");
            ancestor.ns = gw.ns;
            ancestor.name = gw.name;
            ancestor.gateway = t.index;
            if (!gw.valid) {
                policy.invalidForGateways.push_back(t.index);
                ancestor.conditions.push_back(
                    conditions::policyTargetNotFound(QStringLiteral("The TargetRef is invalid")));
                policy.ancestors.push_back(std::move(ancestor));
                continue;
            }
            // ValidateGlobalSettings against the Gateway's NginxProxy (none: telemetry and WAF off).
            ancestor.conditions = h->validateGlobalSettings(*policy.resource, globalSettings(gw));
            if (!ancestor.conditions.empty()) {
                policy.ancestors.push_back(std::move(ancestor));
                continue;
            }
            policy.ancestors.push_back(std::move(ancestor));
            gw.ngfPolicies.push_back(index);
            propagateToRoutes(index, t.index);
            continue;
        }
        // attachPolicyToRoute
        GraphRoute &route = m_graph.routes[size_t(t.index)];
        if (full) {
            conditions::addAncestorLimit(route.conditions, policy.resource->kindName, policyName);
            continue;
        }
        ancestor.kind = route.grpc ? QStringLiteral("GRPCRoute") : QStringLiteral("HTTPRoute");
        ancestor.ns = route.ns();
        ancestor.name = route.name();
        if (!route.valid || !route.attachable || route.parents.empty()) {
            ancestor.conditions.push_back(
                conditions::policyTargetNotFound(QStringLiteral("The TargetRef is invalid")));
            policy.ancestors.push_back(std::move(ancestor));
            continue;
        }
        // Each parent Gateway with an NginxProxy in effect checks ValidateGlobalSettings; the route
        // takes the policy unless it is invalid for every parent.
        int effective = 0;
        for (const ParentAttachment &pa : route.parents) {
            const GraphGateway &gw = m_graph.gateways[size_t(pa.gateway)];
            if (!gw.nginxProxy) {
                if (policy.resource->kind == Kind::ObservabilityPolicy &&
                    policy.resource->as<ObservabilityPolicy>()->tracing)
                    m_graph.notes.push_back(
                        note(m_design, *policy.resource, QStringLiteral("spec.tracing"),
                             Tr::tr("Gateway %1 has no NginxProxy: NGF then skips the telemetry check and "
                                    "applies the "
                                    "policy, but main.conf loads no otel module, so nginx rejects otel_trace")
                                 .arg(gw.name)));
                if (policy.resource->kind == Kind::WAFPolicy)
                    m_graph.notes.push_back(
                        note(m_design, *policy.resource, QStringLiteral("spec.targetRefs"),
                             Tr::tr("Gateway %1 has no NginxProxy: NGF then skips the WAF check and applies "
                                    "the policy to the route, but main.conf loads no App Protect module, so "
                                    "nginx rejects app_protect_enable")
                                 .arg(gw.name)));
                continue;
            }
            const Conditions conds = h->validateGlobalSettings(*policy.resource, globalSettings(gw));
            if (conds.empty()) {
                ++effective;
                continue;
            }
            if (std::find(policy.invalidForGateways.begin(), policy.invalidForGateways.end(), pa.gateway) ==
                policy.invalidForGateways.end())
                policy.invalidForGateways.push_back(pa.gateway);
            conditions::append(ancestor.conditions, conds);
        }
        policy.ancestors.push_back(std::move(ancestor));
        if (effective > 0 || policy.invalidForGateways.size() < route.parents.size())
            route.ngfPolicies.push_back(index);
    }
}

} // namespace gw::ngf
