// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

namespace gw::ngf {

/**
 * Puts the policy include files into a built Configuration as NGF's generator does: the http
 * context gets GenerateForHTTP of the Gateway's policies plus the http copies of RateLimitPolicies
 * on its routes (dataplane buildBaseHTTPConfig, buildHTTPContextRateLimitPolicies), every virtual
 * server GenerateForServer of the Gateway's policies (servers.go createServer), each external
 * location GenerateForLocation and each internal match location GenerateForInternalLocation of the
 * policies of the route whose rule created the path rule (configuration.go, servers.go
 * createLocations). Files are named and written by the PolicyHandlers; each appears once
 * (includes.go deduplicates), in the order nginx first includes it.
 */
class PolicyIncludeBuilder
{
public:
    static void apply(const Graph &graph, int gatewayIndex, Configuration &config);
};

} // namespace gw::ngf
