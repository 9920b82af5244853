// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

class PolicyHandler;

/**
 * The Gateway- and route-level NGF policies (ClientSettingsPolicy, ProxySettingsPolicy,
 * RateLimitPolicy, SnippetsPolicy) as NGF v2.6.7's state/graph/policies.go processes them: processPolicies
 * (existing targets only, route overlap, the kind's validator), markConflictedPolicies (the older
 * policy wins), addPolicyAffectedStatusToTargetRefs (the <Kind>Affected condition on targeted
 * Gateways and routes) and attachPolicies (ancestors, TargetNotFound). The per-kind rules come
 * from PolicyHandler.
 */
class NgfPolicyProcessor
{
public:
    NgfPolicyProcessor(const Design &design, Graph &graph);

    void process();

private:
    int routeIndex(const QString &kind, const QString &ns, const QString &name) const;
    Conditions routeOverlap(const GraphNgfPolicy &policy) const;
    void markConflicted();
    void addAffectedConditions();
    void attach(int policyIndex);
    void propagateToRoutes(int policyIndex, int gateway);

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
