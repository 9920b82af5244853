// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"

namespace gw::sim {

/**
 * `random`, `random two` and `random two least_conn` (`ngx_http_upstream_random_module.c`). A draw
 * `x % total_weight` picks a weight slot (down peers keep theirs). `random` redraws until a usable
 * peer comes up; `random two` draws a usable peer, then another usable one that differs, and takes
 * the second unless it has more connections per weight than the first. Every draw counts a try;
 * after 20, round robin decides. The draws come from the simulation's seeded RandomSource, so they
 * match nginx in distribution, not draw for draw.
 */
class RandomChoice : public BalancingMethod
{
public:
    explicit RandomChoice(bool two)
        : m_two(two)
    { }

    PeerId select(PickContext &context) const override;

private:
    PeerId selectOne(PickContext &context) const;
    PeerId selectTwo(PickContext &context) const;
    int draw(PickContext &context) const;

    bool m_two;
};

} // namespace gw::sim
