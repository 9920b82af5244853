// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

namespace gw::ngf {

/**
 * Computes the body of an `upstream {}` block in NGF's template order (NGF
 * nginx/config/upstreams_template.go):
 * balancing method, zone, sticky (Plus), state file (Plus) or server lines, keepalive lines per
 * version. Fills Upstream::lbMethod, zoneSize, keepAlive and body.
 */
class UpstreamBuilder
{
public:
    explicit UpstreamBuilder(const Profile &profile);

    /** \a defaultZone: edge's NginxProxy zoneSize, used when no policy sets one. */
    void build(Upstream &upstream, const UpstreamSettings *settings,
               const std::optional<QString> &defaultZone = {}, const SourceRef &defaultZoneSource = {}) const;
    /** The `invalid-backend-ref` upstream every configuration ends with. */
    static Upstream invalidBackendRef();

private:
    const Profile &m_profile;
};

} // namespace gw::ngf
