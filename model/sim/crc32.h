// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace gw::sim {

/**
 * The CRC-32 nginx uses for `hash` and the ketama ring (`ngx_crc32_long`, `ngx_crc32_update`):
 * the IEEE/zlib polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF. Incremental, so a
 * value can be built from pieces without joining them ("1" + key, host + NUL + port + prev).
 */
class Crc32
{
public:
    Crc32() = default;

    Crc32 &update(const void *data, qsizetype size);
    Crc32 &update(QByteArrayView data) { return update(data.data(), data.size()); }
    /** The finished CRC of everything added so far (the state itself is not changed). */
    quint32 value() const { return m_state ^ 0xffffffffu; }

    static quint32 of(QByteArrayView data) { return Crc32().update(data).value(); }

private:
    quint32 m_state = 0xffffffffu;
};

} // namespace gw::sim
