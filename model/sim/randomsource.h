// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace gw::sim {

/**
 * The simulation's random numbers: xoshiro256** seeded through splitmix64, so a run is
 * reproducible from its seed on every platform.
 *
 * Real nginx draws from libc `random()`, seeded per worker with `(pid << 16) ^ sec ^ msec`: its
 * sequence cannot be reproduced, so the random methods match nginx in distribution only, never
 * draw for draw. next() keeps random()'s range [0, 2^31) so that `% total_weight` has the same
 * (tiny) bias as nginx's.
 */
class RandomSource
{
public:
    explicit RandomSource(quint64 seed = 0) { reseed(seed); }

    void reseed(quint64 seed);
    quint64 next64();
    /** A value in [0, 2^31), the range of libc `random()`. */
    quint32 next() { return quint32(next64() >> 33); }

    /** A seed for one part of a run (an upstream, a client population) from the run's seed and a name. */
    static quint64 derive(quint64 seed, QStringView name);

private:
    quint64 m_state[4] = {};
};

} // namespace gw::sim
