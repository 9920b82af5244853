// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationinput.h"

#include <QString>

#include <optional>

namespace gw::sim {

/** A session persistence method the comparison puts every proxied upstream under. */
enum class ComparedMethodKind : quint8 {
    IpHash, ///< UpstreamSettingsPolicy loadBalancingMethod ip_hash
    HashConsistent, ///< loadBalancingMethod "hash consistent" with a hashMethodKey
    StickyCookie, ///< route rule sessionPersistence (NGINX Plus, experimental features)
    Default, ///< no method set: NGF's default, random two least_conn
    RoundRobin, ///< loadBalancingMethod round_robin
};

/**
 * Derives the design a method comparison runs: a copy of the input's files in which every Service
 * that a route sends traffic to is put under one balancing method, the way a user would write it.
 * Existing UpstreamSettingsPolicies lose their loadBalancingMethod and hashMethodKey, route rules
 * lose their sessionPersistence, and then: one UpstreamSettingsPolicy `gwstudio-compare` per
 * namespace targets those Services with the method (ip_hash, hash consistent, round_robin); or,
 * for the sticky cookie, every rule with backends gets `sessionPersistence: {type: Cookie}` (an
 * existing one is kept as written) and the profile turns on NGINX Plus and experimental features.
 * NGF's renderer then produces the upstream blocks, so what runs is what NGF would generate.
 *
 * The edits go through DesignEditor on a private Design, so the files stay lossless apart from
 * the changed fields.
 */
class MethodVariant
{
public:
    /**
     * The input for \a method, or nothing with \a error set when the profile cannot express it
     * (NGF before 2.4 has no loadBalancingMethod and no sessionPersistence) or the files do not
     * read. \a hashKey is the hashMethodKey of HashConsistent.
     */
    static std::optional<SimulationInput> make(const SimulationInput &input, ComparedMethodKind method,
                                               const QString &hashKey, QString *error = nullptr);

    /** The UpstreamSettingsPolicy value of \a method; empty for Default and StickyCookie. */
    static QString policyMethod(ComparedMethodKind method);
};

} // namespace gw::sim
