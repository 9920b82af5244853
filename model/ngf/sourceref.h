// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/path.h"

#include <vector>

namespace gw::ngf {

/**
 * Which manifest field produced something: a resource of the Design and a resource-relative field
 * path (`spec.rules[0].backendRefs[1]`). An empty path means the resource as a whole. The editor
 * maps the path to a YAML range with yaml::Document.
 */
struct SourceRef
{
    ResourceId resource = 0;
    yaml::Path field;

    bool isValid() const { return resource != 0; }
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

using SourceRefs = std::vector<SourceRef>;

inline SourceRef sourceOf(const Resource &resource, const yaml::Path &field = {})
{
    return SourceRef {resource.id, field};
}

} // namespace gw::ngf
