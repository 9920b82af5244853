// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"
#include "yaml/value.h"

namespace gw::ngf {

/**
 * The status NGF would write, per resource (NGF internal/controller/status/prepare_requests.go,
 * state/conditions/conditions.go), as Kubernetes objects: one value
 * per GatewayClass (of NGF's controller, written in the design), Gateway, ListenerSet, route (per parent) and
 * UpstreamSettingsPolicy, ClientSettingsPolicy, ProxySettingsPolicy, RateLimitPolicy and
 * BackendTLSPolicy (per ancestor). Conditions carry observedGeneration from
 * metadata.generation and no lastTransitionTime (a preview has no clock; docs/ngf.md). Keys are
 * in the order kubectl prints them (alphabetical).
 */
class StatusWriter
{
public:
    struct Entry
    {
        const Resource *resource = nullptr;
        yaml::Value document; ///< apiVersion, kind, metadata {name, namespace}, status
        bool problem = false; ///< some condition says not accepted or unresolved references
    };

    static std::vector<Entry> write(const Graph &graph);
    /** The entries as one YAML stream, `---` before each document. */
    static QString toYaml(const std::vector<Entry> &entries);

    /** The listener, route-parent and policy-ancestor conditions with NGF's defaults applied. */
    static Conditions gatewayConditions(const GraphGateway &gateway);
    static Conditions listenerConditions(const GraphListener &listener);
    static Conditions routeParentConditions(const GraphRoute &route, const ParentAttachment &parent);
    /** A TLSRoute, TCPRoute or UDPRoute parent (one of statusParents()). */
    static Conditions l4RouteParentConditions(const GraphL4Route &route, const ParentAttachment &parent);
    static Conditions policyAncestorConditions(const Graph &graph, const GraphPolicy &policy, int gateway);
    /** A ClientSettings/ProxySettings/RateLimit policy's conditions for one ancestor. */
    static Conditions ngfPolicyAncestorConditions(const Graph &graph, const GraphNgfPolicy &policy,
                                                  const NgfPolicyAncestor &ancestor);
    /** A GatewayClass: NGF's defaults (Accepted, SupportedVersion) and its parametersRef conditions. */
    static Conditions gatewayClassConditions(const GraphGatewayClass &gatewayClass);
    /** A BackendTLSPolicy's conditions, the same for each of its ancestors. */
    static Conditions backendTlsPolicyConditions(const GraphBackendTlsPolicy &policy);

private:
    /** Edge's Programmed condition after an NGF policy's Accepted (docs/ngf.md). */
    static void programmed(const Graph &graph, bool conflicted, Conditions &list);
    /** A BackendTLSPolicy: the same conditions for every ancestor Gateway (PrepareBackendTLSPolicyRequests).
     */
    static Entry backendTlsPolicyEntry(const Graph &graph, const GraphBackendTlsPolicy &policy);
    static Entry l4RouteEntry(const Graph &graph, const GraphL4Route &route);
    /** A route parent's status parentRef: the Gateway or the ListenerSet. */
    static yaml::Value parentRefValue(const Graph &graph, const ParentAttachment &parent);
    /** One status.listeners entry (a Gateway's ListenerStatus or a ListenerSet's ListenerEntryStatus). */
    static yaml::Value listenerValue(const GraphListener &listener, qint64 generation, bool *problem);
    /** ListenerSets: conditions and their listeners (PrepareListenerSetRequests). */
    static void listenerSetEntries(const Graph &graph, std::vector<Entry> &out);
    /** SnippetsFilters and AuthenticationFilters: status.controllers. */
    static void filterEntries(const Graph &graph, std::vector<Entry> &out);
};

} // namespace gw::ngf
