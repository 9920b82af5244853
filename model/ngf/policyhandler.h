// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/conditions.h"
#include "ngf/dataplane.h"

#include <optional>

namespace gw::ngf {

/**
 * What NGF knows about one kind of Gateway/route-level policy: its validator
 * (internal/controller/nginx/config/policies/<name>/validator.go: Validate, Conflicts) and its
 * generator (policies/<name>/generator.go: the include file per nginx context). The
 * NgfPolicyProcessor and the PolicyIncludeBuilder call these for every policy kind alike.
 */
class PolicyHandler
{
public:
    /** The contexts of NGF's policies.Generator; HttpShadow is a route RateLimitPolicy's http copy. */
    enum class Context { Main, Http, HttpShadow, Server, Location, InternalLocation };

    virtual ~PolicyHandler() = default;

    virtual Kind kind() const = 0;
    virtual std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const = 0;
    /** Validator.Validate: empty when valid, else NGF's condition(s). */
    virtual Conditions validate(const Resource &policy) const = 0;
    /** Validator.Conflicts: both policies set one of the same fields. */
    virtual bool conflicts(const Resource &a, const Resource &b) const = 0;
    /** The file the generator writes for \a context; nothing where NGF generates none. */
    virtual std::optional<IncludeFile> generate(const Resource &policy, Context context) const = 0;

    /** What some generators read besides the policy: the Configuration, the kind of location. */
    struct Input
    {
        const Configuration *config = nullptr;
        bool redirectLocation =
            false; ///< Location context: an external location that redirects to internal ones
    };
    virtual std::optional<IncludeFile> generate(const Resource &policy, Context context, const Input &) const
    {
        return generate(policy, context);
    }
    /** The generator writes the file of the first policy of its kind in the list only. */
    virtual bool firstOnly() const { return false; }
    /** policies.GlobalSettings: what the Gateway's effective NginxProxy enables (none: nothing). */
    struct GlobalSettings
    {
        bool telemetryEnabled = false; ///< telemetryEnabledForNginxProxy
        bool wafEnabled = false; ///< WAFEnabledForNginxProxy
    };
    /** Validator.ValidateGlobalSettings against the NginxProxy settings in effect for a Gateway. */
    virtual Conditions validateGlobalSettings(const Resource &, const GlobalSettings &) const { return {}; }

    /** The handlers in NGF's CompositeGenerator order (config/generator.go). */
    static const std::vector<const PolicyHandler *> &all();
    static const PolicyHandler *of(Kind kind);

protected:
    static QString includePath(const QString &fileName);
    static SourceRefs refs(const Resource &policy, const QString &field);
};

} // namespace gw::ngf
