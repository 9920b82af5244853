// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/design.h"

namespace gw::ngf {

/**
 * NGF's precedence between objects (`sort.LessObjectMeta`): the older creationTimestamp first,
 * then "namespace/name". A design rarely writes creationTimestamp; where it is missing the object
 * counts as created after every object that has one, in document order (Design::rank). This is
 * the rule for route match priority and policy conflicts (docs/ngf.md).
 */
class AgeOrder
{
public:
    explicit AgeOrder(const Design &design)
        : m_design(design)
    { }

    /** True when \a a takes precedence over (is older than) \a b. */
    bool older(const Resource &a, const Resource &b) const;
    bool operator()(const Resource *a, const Resource *b) const { return older(*a, *b); }

private:
    const Design &m_design;
};

} // namespace gw::ngf
