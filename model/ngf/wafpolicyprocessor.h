// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
struct WafBundleSource;
} // namespace gw

namespace gw::ngf {

/**
 * The WAFPolicy part of NGF v2.6.7's processPolicies (state/graph/policies.go processWAFPolicies,
 * fetchPolicyBundle, fetchSecurityLogBundles): for every valid WAFPolicy the auth and TLS CA Secrets
 * of its policy bundle and of each security log bundle are resolved with NGF's ResolvedRefs
 * conditions (a failure makes the policy invalid). The bundles themselves NGF fetches at runtime,
 * which a preview cannot: each bundle gets a warning that names its source and the path the
 * include uses, and that Programmed assumes the fetch succeeds. Also warns where NGF's output
 * leads to an nginx configuration that cannot load: several WAFPolicies in one server block or
 * location, and a route policy on a Gateway that has no NginxProxy (no App Protect module).
 */
class WafPolicyProcessor
{
public:
    WafPolicyProcessor(const Design &design, Graph &graph);

    /** After markConflictedPolicies, before the policies attach. */
    void resolve();
    /** After attachPolicies: the notes about what applies where. */
    void noteAttachments();

private:
    std::optional<Condition> resolveSecrets(const Resource &policy, const WafBundleSource &source) const;
    void noteBundles(const Resource &policy);

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
