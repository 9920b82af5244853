// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw::ngf {

/**
 * RateLimitPolicy as NGF v2.6.7 handles it: policies/ratelimit/validator.go (zone sizes, rates, keys;
 * Conflicts on dryRun, logLevel, rejectCode) and generator.go (limit_req_zone in http:
 * RateLimitPolicy_<ns>_<name>_gateway.conf, or _internal_http.conf for a route policy's copy; limit_req and
 * its settings in _gateway_server.conf and _route.conf).
 */
class RateLimitHandler : public PolicyHandler
{
public:
    Kind kind() const override { return Kind::RateLimitPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &a, const Resource &b) const override;
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
};

} // namespace gw::ngf
