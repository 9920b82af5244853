// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gateway.h"
#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

class BackendRefResolver;
class ListenerConflicts;

/**
 * Builds NGF's Graph from a Design (NGF internal/controller/state/graph/graph.go BuildGraph): decides which
 * Gateways are NGF's, validates
 * listeners, processes routes (RouteProcessor), attaches them to listeners (parentRefs,
 * sectionName, port, allowedRoutes, hostname intersection and isolation) and processes policies
 * (PolicyProcessor). A pure function of the design and the profile.
 */
class GraphBuilder
{
public:
    static Graph build(const Design &design, const Profile &profile);

private:
    GraphBuilder(const Design &design, Graph &graph);

    void buildGateways();
    void buildListeners(GraphGateway &gateway);
    /** Validates a listener of the Gateway (\a listenerSet -1) or of a ListenerSet and appends it. */
    void addListener(GraphGateway &gateway, const Listener &src, const Resource &owner, int specIndex,
                     int listenerSet, ListenerConflicts &conflicts);
    void validateHttpListener(const GraphGateway &gateway, const Listener &src, GraphListener &listener);
    /** NGF validateTLSFieldOnTLSListener: TLS listeners take Passthrough only. */
    void validateTlsListener(const Listener &src, GraphListener &listener);
    /** NGF createL4ListenerValidator: TCP and UDP listeners. */
    void validateL4Listener(const GraphGateway &gateway, const Listener &src, GraphListener &listener);
    void validateCertificates(const Resource &owner, GraphListener &listener, const GatewayTLSConfig &tls);
    void buildRoutes(const BackendRefResolver &backends);
    void attach(GraphRoute &route, ParentAttachment &parent);
    bool allowedByListener(const GraphRoute &route, const QString &parentNs,
                           const GraphListener &listener) const;
    void isolateHostnames(GraphRoute &route);

    const Design &m_design;
    Graph &m_graph;
    const Resource *m_owner = nullptr; ///< the Gateway or ListenerSet of the listener being validated
};

/**
 * The hostnames a route serves on a listener (NGF state/graph/route_common.go findAcceptedHostnames): the
 * listener's hostname (or `~^`) when
 * the route has none, else every route hostname that intersects the listener's, keeping the more
 * specific of the two.
 */
QStringList acceptedHostnames(const std::optional<QString> &listenerHostname,
                              const std::vector<QString> &routeHostnames);

} // namespace gw::ngf
