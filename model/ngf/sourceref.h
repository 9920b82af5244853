// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/path.h"

#include <QString>
#include <vector>

namespace gw::ngf {

/**
 * Which manifest field produced something: a resource of the Design and a resource-relative field
 * path in its printed form (`spec.rules[0].backendRefs[1]`; empty for the resource as a whole).
 * The path is kept as text because every generated line carries its sources: a QString copy is a
 * reference count, a yaml::Path copy allocates. path() parses it for yaml::Document look-ups.
 */
struct SourceRef
{
    ResourceId resource = 0;
    QString field;

    bool isValid() const { return resource != 0; }
    yaml::Path path() const { return yaml::Path::parse(field.toStdString()).value_or(yaml::Path()); }
    /** True when \a field is this field or lies inside it, segment by segment ("spec.rules[1]"
     * contains "spec.rules[1].matches[0]" but not "spec.rules[10]"). */
    bool contains(const QString &other) const
    {
        return other.startsWith(field) &&
            (field.isEmpty() || other.size() == field.size() || other[field.size()] == u'.' ||
             other[field.size()] == u'[');
    }
    friend bool operator==(const SourceRef &, const SourceRef &) = default;
};

using SourceRefs = std::vector<SourceRef>;

inline SourceRef sourceOf(const Resource &resource, const QString &field = {})
{
    return SourceRef {resource.id, field};
}

} // namespace gw::ngf
