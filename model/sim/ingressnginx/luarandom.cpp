// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luarandom.h"

#include <bit>
#include <cmath>

namespace gw::sim::ingressnginx {

namespace {

// LuaJIT lj_prng.c, TW223_GEN(rs, z, r, i, k, q, s).
inline void gen(quint64 *u, quint64 &r, int i, int k, int q, int s)
{
    quint64 z = u[i];
    z = (((z << q) ^ z) >> (k - s)) ^ ((z & (~quint64(0) << (64 - k))) << s);
    r ^= z;
    u[i] = z;
}

} // namespace

quint64 LuaRandom::step()
{
    quint64 r = 0;
    gen(m_u, r, 0, 63, 31, 18);
    gen(m_u, r, 1, 58, 19, 28);
    gen(m_u, r, 2, 55, 24, 7);
    gen(m_u, r, 3, 47, 21, 8);
    return r;
}

void LuaRandom::seed_(double d)
{
    // lib_math.c random_seed: 64 - k[i] as four 8-bit constants.
    quint32 r = 0x11090601;
    for (int i = 0; i < 4; ++i) {
        const quint64 m = quint64(1) << (r & 255);
        r >>= 8;
        d = d * 3.14159265358979323846 + 2.7182818284590452354;
        quint64 u = std::bit_cast<quint64>(d);
        if (u < m)
            u += m; // the top k bits of u[i] must not all be zero
        m_u[i] = u;
    }
    for (int i = 0; i < 10; ++i)
        step();
}

double LuaRandom::random()
{
    // lj_prng_u64d: a double bit pattern in [1, 2), minus 1.
    const quint64 bits = (step() & 0x000fffffffffffffull) | 0x3ff0000000000000ull;
    return std::bit_cast<double>(bits) - 1.0;
}

qint64 LuaRandom::random(qint64 m)
{
    return qint64(std::floor(random() * double(m))) + 1;
}

qint64 LuaRandom::random(qint64 m, qint64 n)
{
    return qint64(std::floor(random() * (double(n) - double(m) + 1.0))) + m;
}

} // namespace gw::sim::ingressnginx
