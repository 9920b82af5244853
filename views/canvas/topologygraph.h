// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QString>
#include <vector>

namespace gw {
class Design;
}

namespace gw::views {

/**
 * The design as a layered graph, the way traffic flows: Gateway -> listeners -> routes -> rules ->
 * Services -> Pods, with policies attached to what they target: UpstreamSettingsPolicies and
 * BackendTLSPolicies to Services; ClientSettings, ProxySettings, RateLimit, Snippets and Observability
 * policies to Gateways and routes; SnippetsFilters and AuthenticationFilters to the routes whose rules
 * name them in an ExtensionRef. A ListenerSet sits under its parent Gateway with its listeners, which
 * the routes whose parentRef names the ListenerSet attach to. Built from the typed
 * resources (plain data, no widgets), so that the canvas and the tests read the same thing.
 * References that resolve to nothing become "missing" nodes, so that a dangling backendRef or
 * parentRef is visible. Resources of kinds Gateway Studio does not model (Kind::Unknown: an
 * InferencePool...) become "unmodelled" nodes, drawn dashed, joined to the listeners their
 * spec.parentRefs name, so that what the preview leaves out is seen where it would act.
 */
class TopologyGraph
{
    Q_DECLARE_TR_FUNCTIONS(gw::views::TopologyGraph)

public:
    enum Column {
        GatewayColumn,
        ListenerColumn,
        RouteColumn,
        RuleColumn,
        ServiceColumn,
        PodColumn,
        ColumnCount
    };

    struct Node
    {
        enum class Type {
            Gateway,
            Listener,
            Route,
            Rule,
            Service,
            Pod,
            Policy,
            Missing,
            Unmodelled,
            ListenerSet
        };

        Type type = Type::Gateway;
        int column = GatewayColumn;
        QString key; ///< unique in the graph: "listener:<gateway id>:http"
        QString title;
        QString subtitle;
        Kind kind = Kind::Unknown; ///< the kind of the resource (or of the missing reference)
        ResourceId resource = 0; ///< 0 for Pods and missing nodes
        yaml::Path field; ///< the part of the resource: spec.listeners[0], spec.rules[1]
        QString pod; ///< the Pod's name, for Pod nodes
        /// policies and ListenerSets: the node they sit under (a Service, route or Gateway), in their column
        int attachedTo = -1;
        QPointF position; ///< top-left, set by TopologyLayout
    };

    struct Edge
    {
        enum class Style { Flow, Policy, Missing };
        /**
         * Where TLS is on the edge (a padlock on the canvas): Terminated on listener -> route edges of an
         * HTTPS listener (nginx ends TLS at the listener), Passthrough on edges from a TLS listener in mode
         * Passthrough to a TLSRoute (nginx forwards the encrypted stream by SNI, NGF
         * internal/controller/nginx/config/stream_servers.go), Reencrypted on rule -> Service edges whose
         * Service a BackendTLSPolicy targets (NGF internal/controller/state/graph/backend_refs.go,
         * findBackendTLSPolicyForService: HTTPRoute and GRPCRoute backends only).
         */
        enum class Tls { None, Terminated, Passthrough, Reencrypted };

        int from = 0;
        int to = 0;
        Style style = Style::Flow;
        QString label; ///< "weight 1 · ip_hash" on rule -> Service edges
        ResourceId resource = 0; ///< the resource whose field made the edge (the route of a backendRef)
        yaml::Path field; ///< spec.rules[0].backendRefs[0], spec.parentRefs[0]
        Tls tls = Tls::None;
        QString tlsDetail; ///< the listener's certificate, the BackendTLSPolicy's name and hostname
    };

    static TopologyGraph build(const Design &design);

    /** The session persistence on a rule -> Service edge: "cookie <name>", the USP's method, or "default". */
    /** The padlock's tooltip: what \a tls means on the edge, with \a detail. */
    static QString tlsDescription(Edge::Tls tls, const QString &detail);

    static QString persistenceMode(const Design &design, const Resource &route, int rule,
                                   const Resource *service);

    const std::vector<Node> &nodes() const { return m_nodes; }
    std::vector<Node> &nodes() { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    int indexOf(const QString &key) const;
    /** Nodes of \a column in order. */
    std::vector<int> column(int column) const;

private:
    /** The Unmodelled nodes (see the class comment). */
    void addUnmodelled(const Design &design);
    /** BackendTLSPolicies as policy nodes under the Services they target. */
    void addBackendTlsPolicies(const Design &design, const QHash<ResourceId, int> &serviceNodes);
    /** ListenerSets under their parent Gateway, with their listeners. */
    void addListenerSets(const Design &design);
    /** The listener nodes a route's parentRef \a ref attaches to; missing nodes when there are none. */
    void attachRoute(const Design &design, const Resource &route, int routeNode, int refIndex);
    /** ClientSettings, ProxySettings, RateLimit, Snippets and Observability policies on their targets. */
    void addNgfPolicies(const Design &design);
    /** SnippetsFilters and AuthenticationFilters on the routes whose rules reference them. */
    void addExtensionFilters(const Design &design, const std::vector<const Resource *> &routes);
    /** The node of a missing reference (made once per key). */
    int missing(const QString &key, int column, Kind kind, const QString &name, const QString &why);
    int add(Node node);
    void connect(int from, int to, Edge::Style style = Edge::Style::Flow, QString label = {},
                 ResourceId resource = 0, yaml::Path field = {});

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
};

} // namespace gw::views
