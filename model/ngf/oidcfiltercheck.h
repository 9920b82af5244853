// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * NGF's checks of OIDC AuthenticationFilters once routes are bound (graph/authentication_filter.go
 * validateOIDCFilters): a filter used by a route with a hostname on a non-HTTPS listener is invalid;
 * filters that share a hostname must not claim the same logout, front-channel logout or path-only
 * redirect URI (the older filter keeps it); the rules that use an invalidated filter answer 500 and
 * their route reports ResolvedRefs/InvalidFilter.
 */
class OidcFilterCheck
{
public:
    OidcFilterCheck(const Design &design, Graph &graph);
    void process();

private:
    bool nonHttpsAttachment(const GraphRoute &route) const;
    void checkConflicts(const QString &hostname, const std::vector<int> &filters);

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
