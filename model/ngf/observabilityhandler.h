// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw::ngf {

/**
 * ObservabilityPolicy as NGF v2.6.7 handles it: policies/observability/validator.go (route targets,
 * strategy, context, span name and attributes; ValidateGlobalSettings wants NginxProxy telemetry with
 * an exporter; Conflicts when both trace) and generator.go (ObservabilityPolicy_<ns>_<name>_ext.conf
 * in external locations, _redirect.conf in locations that redirect to internal match locations,
 * _int.conf in those: otel_trace, otel_trace_context, otel_span_name, otel_span_attr with the
 * NginxProxy's spanAttributes after the policy's). Only the first ObservabilityPolicy of a route
 * writes a file.
 */
class ObservabilityHandler : public PolicyHandler
{
public:
    using PolicyHandler::generate;

    Kind kind() const override { return Kind::ObservabilityPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &a, const Resource &b) const override;
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
    std::optional<IncludeFile> generate(const Resource &policy, Context context,
                                        const Input &in) const override;
    bool firstOnly() const override { return true; }
    Conditions validateGlobalSettings(const Resource &policy, const GlobalSettings &settings) const override;

    /** dataplane CreateRatioVarName: "$otel_ratio_<ratio>". */
    static QString ratioVariable(int ratio);
};

} // namespace gw::ngf
