// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/policyhandler.h"

namespace gw::ngf {

/**
 * SnippetsPolicy as NGF v2.6.7 handles it: policies/snippetspolicy/validator.go (Gateway targets,
 * unique target names, one snippet per context; never Conflicts) and generator.go (one file per
 * context: SnippetsPolicy_<main|http|server|location>_<ns>-<name>.conf holding
 * "# SnippetsPolicy <ns>/<name> <context> context" and the snippet). The location file serves
 * external and internal locations alike.
 */
class SnippetsPolicyHandler : public PolicyHandler
{
public:
    Kind kind() const override { return Kind::SnippetsPolicy; }
    std::vector<PolicyTargetReference> targetRefs(const Resource &policy) const override;
    Conditions validate(const Resource &policy) const override;
    bool conflicts(const Resource &, const Resource &) const override { return false; }
    std::optional<IncludeFile> generate(const Resource &policy, Context context) const override;
};

} // namespace gw::ngf
