// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw::ngf {

/**
 * ProxySettingsPolicy as NGF v2.6.7 handles it: policies/proxysettings/validator.go (sizes, busyBuffersSize
 * against bufferSize and buffers, durations; Conflicts per field) and generator.go
 * (ProxySettingsPolicy_<ns>_<name>.conf for the http, location and internal location contexts: a Gateway's
 * policy applies in http).
 */
class ProxySettingsHandler : public PolicyHandler
{
public:
    Kind kind() const override { return Kind::ProxySettingsPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &a, const Resource &b) const override;
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
};

} // namespace gw::ngf
