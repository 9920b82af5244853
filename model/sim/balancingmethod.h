// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/pickcontext.h"

#include <memory>

namespace gw::sim {

/**
 * One of nginx's balancing methods: the `init_peer` and `get` callbacks of its module. A method
 * keeps only what configuration fixes (a parsed key, a ketama ring); the shared runtime state
 * lives in the PeerTable and the per-request state in the RequestState.
 */
class BalancingMethod
{
public:
    virtual ~BalancingMethod() = default;

    /** Per-request set-up (nginx's `init_peer` after the round-robin part): keys, hash seeds. */
    virtual void begin(RequestState &state) const { Q_UNUSED(state); }
    /** The next peer for the request, or NoPeer when none is left ("no live upstreams"). */
    virtual PeerId select(PickContext &context) const = 0;

    /** The method \a config names, built for \a peers; null with \a error set if it cannot be. */
    static std::unique_ptr<BalancingMethod> create(const UpstreamConfig &config, const PeerTable &peers,
                                                   QString *error);
};

} // namespace gw::sim
