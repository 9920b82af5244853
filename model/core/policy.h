// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/nginxproxy.h"
#include "core/objectmeta.h"

#include <optional>
#include <vector>

namespace gw {

struct ReferenceGrantFrom
{
    QString group;
    QString kind;
    QString ns;
};

struct ReferenceGrantTo
{
    QString group;
    QString kind;
    std::optional<QString> name;
};

struct ReferenceGrant
{
    std::vector<ReferenceGrantFrom> from;
    std::vector<ReferenceGrantTo> to;
};

/** A policy's target (LocalPolicyTargetReference). */
struct PolicyTargetReference
{
    QString group;
    QString kind;
    QString name;
};

struct UpstreamKeepAlive
{
    std::optional<int> connections;
    std::optional<int> requests;
    std::optional<QString> time;
    std::optional<QString> timeout;
};

/** NGF's UpstreamSettingsPolicy (gateway.nginx.org/v1alpha1). */
struct UpstreamSettingsPolicy
{
    std::vector<PolicyTargetReference> targetRefs;
    std::optional<QString> zoneSize;
    std::optional<UpstreamKeepAlive> keepAlive;
    std::optional<QString> loadBalancingMethod;
    std::optional<QString> hashMethodKey;
    std::optional<bool> useClusterIP;
};

} // namespace gw
