// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"
#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * The `oidc_provider` blocks NGF writes into http.conf for every valid, referenced OIDC
 * AuthenticationFilter (NGF dataplane/configuration.go buildOIDCProviderFromAuthenticationFilters,
 * dataplane/convert.go convertAuthenticationFilterOIDC, config/base_http_config.go
 * buildOIDCConfiguration), and the exact-match callback locations of a server
 * (config/servers.go createOIDCLocations).
 */
class OidcProviderBuilder
{
public:
    /** Fills Configuration::oidcProviders. NGF takes the filters in map order; the preview by namespace/name.
     */
    static void build(const Design &design, const Graph &graph, Configuration &config);
    /** The `location = <path>` blocks with only `auth_oidc` for the OIDC filters of \a server's rules. */
    static std::vector<Location> callbackLocations(const VirtualServer &server, bool printVersion);
};

} // namespace gw::ngf
