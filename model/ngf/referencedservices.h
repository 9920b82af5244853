// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <QString>

#include <map>
#include <set>

namespace gw::ngf {

/**
 * NGF's ReferencedServices (internal/controller/state/graph/service.go buildReferencedServices):
 * for each Service, the Gateways that reach it through a route. A route counts for every Gateway
 * it has a parentRef to, attached or not, as long as the route itself is valid; its backendRefs
 * count when they got as far as naming a Service (NGF's SvcNsName: past the kind, namespace and
 * ReferenceGrant checks, whether or not the Service or its port exists). HTTP and gRPC routes
 * contribute the rules whose matches and filters are valid (addBackendRefsToRules skips the
 * others); TLS, TCP and UDP routes all their backendRefs (addServiceFromL4Route).
 *
 * UpstreamSettingsPolicies and BackendTLSPolicies reach their Gateways through it.
 */
class ReferencedServices
{
public:
    /** "ns/name" of a Service -> indexes into Graph::gateways. */
    using Map = std::map<QString, std::set<int>>;

    static Map build(const Graph &graph);
};

} // namespace gw::ngf
