// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/policy.h"
#include "yaml/node.h"

namespace gw {

class ObjectReader;

/**
 * Reads the spec of NGF's ClientSettingsPolicy, ProxySettingsPolicy, RateLimitPolicy and SnippetsPolicy
 * (gateway.nginx.org/v1alpha1; NGF v2.6.7 serves no other version of them). Wrong types are
 * errors with file:line:column, as are the CRD rules the API server enforces before NGF sees the
 * object (CEL rules on targetRefs, enums, minimum/maximum). Durations, sizes, rates and keys are
 * kept as written: NGF's validators report them (policies/<name>/validator.go).
 */
class NgfPolicyParser
{
public:
    static void parseClientSettings(ObjectReader &r, const yaml::Node *spec, ClientSettingsPolicy &out);
    static void parseProxySettings(ObjectReader &r, const yaml::Node *spec, ProxySettingsPolicy &out);
    static void parseRateLimit(ObjectReader &r, const yaml::Node *spec, RateLimitPolicy &out);
    static void parseSnippetsPolicy(ObjectReader &r, const yaml::Node *spec, SnippetsPolicy &out);
    /** ObservabilityPolicy (gateway.nginx.org/v1alpha2). */
    static void parseObservability(ObjectReader &r, const yaml::Node *spec, ObservabilityPolicy &out);

private:
    static std::vector<PolicyTargetReference> targetRefs(ObjectReader &r, const yaml::Node *spec,
                                                         bool gatewayOnly = false, bool routesOnly = false);
};

} // namespace gw
