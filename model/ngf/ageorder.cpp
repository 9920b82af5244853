// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/ageorder.h"

namespace gw::ngf {

bool AgeOrder::older(const Resource &a, const Resource &b) const
{
    const auto &ta = a.meta.creationTimestamp;
    const auto &tb = b.meta.creationTimestamp;
    if (ta && tb && *ta != *tb)
        return *ta < *tb;
    if (ta.has_value() != tb.has_value())
        return ta.has_value();
    if (!ta) {
        const int ra = m_design.rank(a.id);
        const int rb = m_design.rank(b.id);
        if (ra != rb)
            return ra < rb;
    }
    const QString ka = a.meta.ns + u'/' + a.meta.name;
    const QString kb = b.meta.ns + u'/' + b.meta.name;
    return ka < kb;
}

} // namespace gw::ngf
