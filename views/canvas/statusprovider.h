// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "views/common/health.h"
#include "yaml/path.h"

#include <QString>

namespace gw::views {

/**
 * Tells the canvas the status colour of a node: the health of a resource, or of a part of it
 * (a listener, spec.listeners[0]; a rule, spec.rules[1]). Without a provider every node is
 * neutral. ConditionStatusProvider answers from the preview's status conditions.
 */
class StatusProvider
{
public:
    virtual ~StatusProvider() = default;

    virtual Health health(ResourceId resource, const yaml::Path &field) const = 0;
    /** A line or two for the node's tooltip ("Accepted=False: ..."); empty when healthy. */
    virtual QString summary(ResourceId resource, const yaml::Path &field) const = 0;
};

} // namespace gw::views
