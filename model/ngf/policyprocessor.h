// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/fielderror.h"
#include "ngf/graph.h"

#include <QSet>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * UpstreamSettingsPolicies as NGF processes them (state/graph/policies.go,
 * policies/upstreamsettings/validator.go): validation against the profile
 * (Plus-only balancing methods per version), targets (local Services used by a route of an NGF
 * Gateway), ancestors, conflicts between overlapping policies, and the merged settings per
 * Service.
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
    /** "ns/name" of Services used by valid rules of routes attached to each Gateway. */
    std::vector<QSet<QString>> servicesPerGateway() const;

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
