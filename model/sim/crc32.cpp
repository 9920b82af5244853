// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/crc32.h"

#include <array>

namespace gw::sim {

namespace {

// Slicing-by-4 tables: table[0] is the classic byte table, table[k][b] advances it k more bytes.
constexpr std::array<std::array<quint32, 256>, 4> makeTables()
{
    std::array<std::array<quint32, 256>, 4> t {};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? (c >> 1) ^ 0xedb88320u : c >> 1;
        t[0][i] = c;
    }
    for (quint32 i = 0; i < 256; ++i) {
        for (int k = 1; k < 4; ++k)
            t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xff];
    }
    return t;
}

constexpr auto tables = makeTables();

} // namespace

Crc32 &Crc32::update(const void *data, qsizetype size)
{
    const auto *p = static_cast<const unsigned char *>(data);
    quint32 c = m_state;
    while (size >= 4) {
        c ^= quint32(p[0]) | quint32(p[1]) << 8 | quint32(p[2]) << 16 | quint32(p[3]) << 24;
        c = tables[3][c & 0xff] ^ tables[2][(c >> 8) & 0xff] ^ tables[1][(c >> 16) & 0xff] ^
            tables[0][c >> 24];
        p += 4;
        size -= 4;
    }
    while (size-- > 0)
        c = tables[0][(c ^ *p++) & 0xff] ^ (c >> 8);
    m_state = c;
    return *this;
}

} // namespace gw::sim
