// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"

namespace gw::sim {

/**
 * nginx's default method, smooth weighted round robin (`ngx_http_upstream_round_robin.c`): every
 * usable, untried peer adds its effective weight to its current weight, the highest current weight
 * wins (the first on ties) and pays the total back. The other methods fall back to it.
 */
class RoundRobin : public BalancingMethod
{
public:
    /**
     * selectPeer(), with a request's first try on a list where every peer is usable taken from the
     * list's RoundRobinSchedule in O(1) amortised (the same peer and weights as the scan).
     */
    PeerId select(PickContext &context) const override;

    /**
     * The peer a scan over every peer of the request's list would choose, from the list's
     * schedule, if the request has tried nothing, has no sticky hint and is not explained; else
     * NoPeer. Not yet committed.
     */
    static PeerId scheduled(PickContext &context);

    /**
     * `ngx_http_upstream_get_round_robin_peer`: the single-peer shortcut, a weighted pass over the
     * request's list, and the switch to the backup list when the primaries have nobody left.
     */
    static PeerId selectPeer(PickContext &context);
    /**
     * `ngx_http_upstream_get_peer`: one weighted pass over the current list (with the sticky
     * peer's accounting); NoPeer if no peer is usable. The result is tried but not committed.
     */
    static PeerId weightedPass(PickContext &context);
};

} // namespace gw::sim
