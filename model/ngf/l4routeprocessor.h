// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <QSet>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * TLSRoutes, TCPRoutes and UDPRoutes as NGF v2.6.7 builds and binds them
 * (NGF internal/controller/state/graph/tlsroute.go buildTLSRoute, tcproute.go, udproute.go,
 * route_common.go buildGenericL4Route, buildSectionNameRefs, bindL4RouteToListeners,
 * tryToAttachL4RouteToListeners, bindToListenerL4, isolateL4RouteListeners): parentRefs to NGF's
 * Gateways, hostnames, the backendRefs, then attachment to the listeners in age order, with
 * hostname conflicts per port and one TCP/UDP route per listener. TCPRoutes and UDPRoutes need the
 * profile's experimental flag (NGF watches them only with experimental features).
 */
class L4RouteProcessor
{
public:
    L4RouteProcessor(const Design &design, Graph &graph);

    void process();

private:
    bool build(const Resource &resource, GraphL4Route &route) const;
    void buildTls(GraphL4Route &route) const;
    void buildTcpUdp(GraphL4Route &route) const;
    /** validateBackendRef, getPortFromRef and, for TLSRoutes, the appProtocol check. */
    std::optional<Condition> resolveBackendRef(const GraphL4Route &route, const BackendRef &spec,
                                               const QString &path, GraphBackendRef &ref) const;
    void bind(GraphL4Route &route, int routeIndex, int gateway, QSet<QString> &portHostnames);
    /** bindToListenerL4; the flags are allowed, attached, hostnames unique, multiple routes. */
    void bindToListener(GraphL4Route &route, int routeIndex, GraphListener &listener,
                        ParentAttachment &parent, QSet<QString> &portHostnames, bool flags[4]) const;
    bool namespaceAllowed(const GraphL4Route &route, const QString &parentNs,
                          const GraphListener &listener) const;
    void isolate(GraphL4Route &route, int gateway) const;

    const Design &m_design;
    Graph &m_graph;
};

/**
 * A route's parents as NGF's status shows them (NGF internal/controller/status/prepare_requests.go
 * removeDuplicateIndexParentRefs): the expanded parents of one parentRef merged into one without
 * sectionName, carrying an attached parent's outcome (one without failures preferred), sorted by
 * parentRef index.
 */
std::vector<ParentAttachment> statusParents(const std::vector<ParentAttachment> &parents);

} // namespace gw::ngf
