// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/randomsource.h"

namespace gw::sim {

namespace {

quint64 splitmix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

void RandomSource::reseed(quint64 seed)
{
    quint64 x = seed;
    for (quint64 &s : m_state)
        s = splitmix64(x);
}

quint64 RandomSource::next64()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

quint64 RandomSource::derive(quint64 seed, QStringView name)
{
    // FNV-1a over the UTF-16 code units, then mixed with the seed.
    quint64 h = 0xcbf29ce484222325ull;
    for (QChar c : name) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    quint64 x = seed ^ h;
    return splitmix64(x);
}

} // namespace gw::sim
