// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw {
struct WafBundleSource;
struct WafSecurityLog;
} // namespace gw

namespace gw::ngf {

/**
 * WAFPolicy as NGF v2.6.7 handles it: policies/waf/validator.go (the target's group and kind;
 * ValidateGlobalSettings: WAF enabled in the Gateway's NginxProxy; no two WAFPolicies conflict) and
 * generator.go (GenerateForServer and GenerateForLocation write WAFPolicy_<ns>_<name>.conf with
 * app_protect_enable, app_protect_policy_file and the security logs; main, http and internal
 * locations get nothing). The bundles themselves are fetched by NGF at runtime: the include names
 * the path NGF writes them to (/etc/app_protect/bundles/<key>.tgz).
 */
class WafPolicyHandler : public PolicyHandler
{
public:
    Kind kind() const override { return Kind::WAFPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &, const Resource &) const override { return false; }
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
    Conditions validateGlobalSettings(const Resource &policy, const GlobalSettings &settings) const override;

    /** generator.go appProtectBundleFolder + graph.PolicyBundleKey: the policy bundle's path. */
    static QString policyBundlePath(const Resource &policy);
    /** graph.LogBundleKey: the path of a security log's profile bundle (fetched sources only). */
    static QString logBundlePath(const Resource &policy, const WafBundleSource &logSource);
    /** formatSecurityLogDestination: stderr, the file path, or syslog:server=<host:port>. */
    static QString destination(const WafSecurityLog &log);
};

} // namespace gw::ngf
