// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <optional>

namespace gw::nginx {

/** An IPv4 or IPv6 address in binary form (Qt Core only; the model layer does not use QtNetwork). */
struct NetAddress
{
    bool v6 = false;
    std::array<uint8_t, 16> bytes {}; ///< IPv4 uses the first 4 bytes

    /** Parses "10.0.0.1", "::1", "[::1]", "2001:db8::1", "::ffff:10.0.0.1"; nullopt when malformed. */
    static std::optional<NetAddress> parse(QByteArrayView text);
    bool isAny() const;
    /** Canonical text: dotted quad, or RFC 5952 IPv6 (as nginx prints $remote_addr / $server_addr). */
    QByteArray toText() const;
    /** 4 or 16 bytes ($binary_remote_addr). */
    QByteArray binary() const;

    friend bool operator==(const NetAddress &a, const NetAddress &b)
    {
        return a.v6 == b.v6 && a.bytes == b.bytes;
    }
};

} // namespace gw::nginx
