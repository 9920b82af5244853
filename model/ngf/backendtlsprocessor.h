// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * BackendTLSPolicies as NGF v2.6.7 processes them (graph/backend_tls_policy.go and the policy
 * look-up in backend_refs.go): validation with its conditions, the policy a backendRef's Service
 * port gets (older policies win; the others are Conflicted), the rule that all backends of a rule
 * share one policy, and the ancestors (the Gateways whose routes use a target Service).
 */
class BackendTlsProcessor
{
public:
    BackendTlsProcessor(const Design &design, Graph &graph);

    /** processBackendTLSPolicies: validates every policy (none when there is no NGF Gateway). */
    void validatePolicies();

    /**
     * findBackendTLSPolicyForService for a backendRef to \a port of Service \a ns/\a name: the
     * index of the winning policy or -1. Marks the policies referenced, adds Conflicted to the
     * losers and Accepted to a valid winner; sets \a error when the winner is invalid.
     */
    int find(const QString &ns, const QString &name, const ServicePort &port, QString *error);

    /**
     * validateBackendTLSPolicyMatchingAllBackends for a rule with several backendRefs: a
     * condition when they do not share one policy (NGF then invalidates every backend of the rule).
     */
    std::optional<Condition> mismatch(const std::vector<GraphBackendRef> &refs) const;

    /** addGatewaysForBackendTLSPolicies: the Gateways each policy applies to. */
    void resolveAncestors();

    /** The file proxy_ssl_trusted_certificate names for a valid policy. */
    static QString trustedCertificate(const GraphBackendTlsPolicy &policy);

private:
    void validate(GraphBackendTlsPolicy &policy) const;
    std::optional<Conditions> validateCaRef(const Resource &policy) const;
    void noteIgnoredFields(const GraphBackendTlsPolicy &policy);

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
