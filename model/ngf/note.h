// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/diagnostic.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * A warning for Graph::notes about \a field of \a resource (what the preview leaves out, or what
 * NGF ignores), located at the field in its file (file:line:column) when the field is written,
 * else at the resource.
 */
Diagnostic note(const Design &design, const Resource &resource, const QString &field, const QString &message);

} // namespace gw::ngf
