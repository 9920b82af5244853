// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw::ngf {

/**
 * ClientSettingsPolicy as NGF v2.6.7 handles it: policies/clientsettings/validator.go (targetRef
 * group and kind, durations and sizes, header timeout without server timeout; Conflicts per field)
 * and generator.go (one file ClientSettingsPolicy_<ns>_<name>.conf for server, location and
 * internal location contexts).
 */
class ClientSettingsHandler : public PolicyHandler
{
public:
    Kind kind() const override { return Kind::ClientSettingsPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &a, const Resource &b) const override;
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
};

} // namespace gw::ngf
