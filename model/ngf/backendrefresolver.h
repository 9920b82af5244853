// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

class BackendTlsProcessor;

/**
 * The backendRefs of an HTTPRoute or GRPCRoute as NGF v2.6.7 resolves them
 * (graph/backend_refs.go, addBackendRefsToRules and createBackendRef): group and kind (Service,
 * and for HTTPRoutes InferencePool, see docs/ngf.md), ReferenceGrants, port and weight, the
 * Service and its port, ExternalName Services (invalid for Gateways without a DNS resolver), the
 * BackendTLSPolicy of the Service port, appProtocol, and the rule-wide BackendTLSPolicy match.
 */
class BackendRefResolver
{
public:
    BackendRefResolver(const Design &design, Graph &graph, BackendTlsProcessor &tls);

    /** Resolves the backendRefs of every rule with valid matches and filters; adds conditions to \a route. */
    void resolve(GraphRoute &route) const;

private:
    std::optional<Condition> resolveOne(const GraphRoute &route, const BackendRef &spec, const QString &path,
                                        GraphBackendRef &ref) const;
    /** validateRouteBackendRef: the checks before the Service is looked up. */
    std::optional<Condition> validate(const GraphRoute &route, const BackendRef &spec,
                                      const QString &path) const;
    std::optional<Condition> appProtocol(const GraphRoute &route, const QString &protocol,
                                         bool hasPolicy) const;
    void noteInferencePool(const GraphRoute &route, const QString &path) const;

    const Design &m_design;
    Graph &m_graph;
    BackendTlsProcessor &m_tls;
};

} // namespace gw::ngf
