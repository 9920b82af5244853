// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace gw::sim::ingressnginx {

/**
 * LuaJIT's `math.random` (OpenResty's LuaJIT 2.1, which ingress-nginx's image builds): the
 * Tausworthe generator TW223 of lj_prng.c (`TW223_STEP`), seeded as `math.randomseed(d)` seeds it
 * (lib_math.c `random_seed`: four doubles d = d·π + e, each with its top k bits forced non-zero,
 * then ten warm-up steps).
 *
 * ingress-nginx seeds every nginx worker once with 4 bytes of /dev/urandom (lua_ingress.lua
 * `init_worker`, later `math.randomseed` calls are ignored), so a worker's draws are exactly this
 * sequence for a seed the simulator chooses (the scenario's seed, per worker).
 */
class LuaRandom
{
public:
    explicit LuaRandom(double seed = 0) { seed_(seed); }

    /** `math.randomseed(d)`. */
    void seed_(double d);
    /** `math.random()`: a double in [0, 1). */
    double random();
    /** `math.random(m)`: an integer in [1, m], as a double floor(u·m) + 1. */
    qint64 random(qint64 m);
    /** `math.random(m, n)`: an integer in [m, n]. */
    qint64 random(qint64 m, qint64 n);

private:
    quint64 step();

    quint64 m_u[4] = {};
};

} // namespace gw::sim::ingressnginx
