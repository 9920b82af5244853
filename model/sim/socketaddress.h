// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>
#include <optional>

namespace gw::sim {

/**
 * A socket address the way nginx keeps one: an IPv4 or IPv6 address with a port, or a UNIX-domain
 * socket path. Used for upstream peers (whose printable form names them in `$upstream_addr` and
 * feeds the sticky cookie's MD5) and for clients (`$remote_addr`, `$binary_remote_addr`, ip_hash).
 *
 * Parsing and printing follow nginx, not the C library: IPv6 text is printed by the rules of
 * `ngx_inet6_ntop()` (lowercase hex, the longest run of two or more zero groups compressed, the
 * first of equal runs, embedded IPv4 for `::ffff:a.b.c.d` and `::a.b.c.d`).
 */
class SocketAddress
{
public:
    enum class Family : quint8 { None, IPv4, IPv6, Unix };

    /** Room for the longest printable form with port: "[ffff:…:255.255.255.255]:65535". */
    static constexpr int MaxTextLength = 56;

    SocketAddress() = default;

    /** \a address in host byte order (0x0a000001 is 10.0.0.1). */
    static SocketAddress ipv4(quint32 address, quint16 port = 0);
    static SocketAddress ipv6(const std::array<quint8, 16> &address, quint16 port = 0);
    static SocketAddress unixSocket(const QString &path);

    /** An IP address without port: "10.0.1.7", "::1", "::ffff:10.0.0.1". */
    static std::optional<SocketAddress> parseIp(QStringView text);
    /**
     * A socket address as written in a `server` line: "10.0.0.1" (\a defaultPort), "10.0.0.1:8080",
     * "[::1]:8080", "[::1]", "unix:/var/run/app.sock". Host names are not addresses: nullopt.
     */
    static std::optional<SocketAddress> parse(QStringView text, quint16 defaultPort = 80);

    Family family() const { return m_family; }
    bool isNull() const { return m_family == Family::None; }
    bool isIp() const { return m_family == Family::IPv4 || m_family == Family::IPv6; }
    quint16 port() const { return m_port; }
    void setPort(quint16 port) { m_port = port; }
    /** The address bytes in network order: 4 for IPv4, 16 for IPv6, none otherwise. */
    const quint8 *bytes() const { return m_bytes.data(); }
    int byteCount() const;
    QString unixPath() const { return m_path; }

    /** nginx's printable form with port: "10.0.0.1:80", "[::1]:8080", "unix:/path". */
    QString toString() const;
    /** The address as `$remote_addr` prints it: "10.0.0.1", "::1", "unix:". */
    QString hostText() const;
    /**
     * Writes hostText() (or toString() when \a withPort) as Latin-1 into \a out, which must hold
     * MaxTextLength bytes (UNIX paths are cut there), and returns the length. IP addresses never
     * allocate.
     */
    int write(char *out, bool withPort) const;

    friend bool operator==(const SocketAddress &, const SocketAddress &) = default;

private:
    std::array<quint8, 16> m_bytes {};
    quint16 m_port = 0;
    Family m_family = Family::None;
    QString m_path;
};

} // namespace gw::sim
