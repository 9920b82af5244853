// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/fielderror.h"
#include "ngf/graph.h"
#include "ngf/referencedservices.h"

#include <QSet>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * UpstreamSettingsPolicies as NGF processes them (state/graph/policies.go,
 * policies/upstreamsettings/validator.go): validation against the profile
 * (Plus-only balancing methods per version), targets (local Services a route of an NGF Gateway
 * references, ReferencedServices), ancestors (in creation order, at most MaxAncestors), conflicts
 * between overlapping policies, and the merged settings per Service (and per Gateway where a policy
 * reached the ancestor limit).
 */
class PolicyProcessor
{
public:
    PolicyProcessor(const Design &design, Graph &graph);

    void process();

    /** The balancing methods NGF allows for this profile, sorted as its messages list them. */
    static QStringList allowedMethods(const Profile &profile);

private:
    FieldErrors validate(const UpstreamSettingsPolicy &policy) const;
    /** The fields \a policy sets, each with its path in the policy (for the source map). */
    std::vector<std::pair<QString, QString>> fields(const UpstreamSettingsPolicy &policy) const;
    /** Merges the fields \a policy sets into \a settings (a later policy's field wins). */
    void merge(UpstreamSettings &settings, const Resource &policy) const;
    /** The policy's ancestors: the Gateways that reach a target Service (ReferencedServices). */
    void attach(GraphPolicy &policy, const ReferencedServices::Map &referenced) const;

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
