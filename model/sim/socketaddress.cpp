// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/socketaddress.h"

#include <cstring>

namespace gw::sim {

namespace {

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

/** Dotted-quad IPv4 as ngx_inet_addr() reads it: four decimal octets, nothing else. */
std::optional<std::array<quint8, 4>> parseIpv4(QStringView text)
{
    std::array<quint8, 4> out {};
    int part = 0;
    int value = -1;
    for (QChar c : text) {
        if (c.isDigit() && c.unicode() < 128) {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            if (value > 255)
                return std::nullopt;
        } else if (c == u'.' && value >= 0 && part < 3) {
            out[part++] = quint8(value);
            value = -1;
        } else {
            return std::nullopt;
        }
    }
    if (part != 3 || value < 0)
        return std::nullopt;
    out[3] = quint8(value);
    return out;
}

/** RFC 4291 text form: hex groups, at most one "::", optionally a trailing dotted quad. */
std::optional<std::array<quint8, 16>> parseIpv6(QStringView text)
{
    std::array<quint8, 16> out {};
    int count = 0; // bytes written
    int gap = -1; // byte index of "::"
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (n >= 2 && text[0] == u':' && text[1] == u':') {
        gap = 0;
        i = 2;
    } else if (n >= 1 && text[0] == u':') {
        return std::nullopt;
    }
    while (i < n) {
        if (count == 16)
            return std::nullopt;
        // A dotted quad may end the address.
        const qsizetype colon = text.indexOf(u':', i);
        const QStringView group = text.mid(i, colon < 0 ? n - i : colon - i);
        if (colon < 0 && group.contains(u'.')) {
            const auto v4 = parseIpv4(group);
            if (!v4 || count > 12)
                return std::nullopt;
            std::memcpy(out.data() + count, v4->data(), 4);
            count += 4;
            break;
        }
        if (group.isEmpty() || group.size() > 4)
            return std::nullopt;
        int value = 0;
        for (QChar c : group) {
            const int d = hexDigit(c);
            if (d < 0)
                return std::nullopt;
            value = value * 16 + d;
        }
        out[count++] = quint8(value >> 8);
        out[count++] = quint8(value);
        if (colon < 0)
            break;
        i = colon + 1;
        if (i < n && text[i] == u':') {
            if (gap >= 0)
                return std::nullopt;
            gap = count;
            ++i;
        } else if (i == n) {
            return std::nullopt; // a trailing single colon
        }
    }
    if (gap < 0) {
        if (count != 16)
            return std::nullopt;
        return out;
    }
    if (count == 16)
        return std::nullopt; // "::" must stand for at least one group
    const int tail = count - gap;
    std::memmove(out.data() + 16 - tail, out.data() + gap, tail);
    std::memset(out.data() + gap, 0, 16 - tail - gap);
    return out;
}

std::optional<quint16> parsePort(QStringView text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    int value = 0;
    for (QChar c : text) {
        if (!c.isDigit() || c.unicode() >= 128)
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value < 1 || value > 65535)
        return std::nullopt;
    return quint16(value);
}

char *writeDecimal(char *p, unsigned value)
{
    char digits[10];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value);
    while (n)
        *p++ = digits[--n];
    return p;
}

/** ngx_inet6_ntop(): the exact text nginx prints for an IPv6 address. */
char *writeIpv6(char *dst, const quint8 *p)
{
    static const char hex[] = "0123456789abcdef";
    int zero = -1;
    int last = -1;
    int max = 1; // a run must be longer than one group to be compressed
    int n = 0;
    for (int i = 0; i < 16; i += 2) {
        if (p[i] || p[i + 1]) {
            if (max < n) {
                zero = last;
                max = n;
            }
            n = 0;
            continue;
        }
        if (n++ == 0)
            last = i;
    }
    if (max < n) {
        zero = last;
        max = n;
    }

    int end = 16;
    if (zero == 0) {
        if ((max == 5 && p[10] == 0xff && p[11] == 0xff) || max == 6 ||
            (max == 7 && p[14] != 0 && p[15] != 1))
            end = 12;
        *dst++ = ':';
    }
    for (int i = 0; i < end; i += 2) {
        if (i == zero) {
            *dst++ = ':';
            i += (max - 1) * 2;
            continue;
        }
        const unsigned group = p[i] * 256u + p[i + 1];
        bool started = false;
        for (int shift = 12; shift >= 0; shift -= 4) {
            const unsigned d = (group >> shift) & 0xf;
            if (d || started || shift == 0) {
                *dst++ = hex[d];
                started = true;
            }
        }
        if (i < 14)
            *dst++ = ':';
    }
    if (end == 12) {
        for (int i = 12; i < 16; ++i) {
            dst = writeDecimal(dst, p[i]);
            if (i < 15)
                *dst++ = '.';
        }
    }
    return dst;
}

} // namespace

SocketAddress SocketAddress::ipv4(quint32 address, quint16 port)
{
    SocketAddress a;
    a.m_family = Family::IPv4;
    a.m_bytes[0] = quint8(address >> 24);
    a.m_bytes[1] = quint8(address >> 16);
    a.m_bytes[2] = quint8(address >> 8);
    a.m_bytes[3] = quint8(address);
    a.m_port = port;
    return a;
}

SocketAddress SocketAddress::ipv6(const std::array<quint8, 16> &address, quint16 port)
{
    SocketAddress a;
    a.m_family = Family::IPv6;
    a.m_bytes = address;
    a.m_port = port;
    return a;
}

SocketAddress SocketAddress::unixSocket(const QString &path)
{
    SocketAddress a;
    a.m_family = Family::Unix;
    a.m_path = path;
    return a;
}

std::optional<SocketAddress> SocketAddress::parseIp(QStringView text)
{
    if (const auto v4 = parseIpv4(text)) {
        SocketAddress a;
        a.m_family = Family::IPv4;
        std::memcpy(a.m_bytes.data(), v4->data(), 4);
        return a;
    }
    if (const auto v6 = parseIpv6(text))
        return ipv6(*v6);
    return std::nullopt;
}

std::optional<SocketAddress> SocketAddress::parse(QStringView text, quint16 defaultPort)
{
    if (text.startsWith(u"unix:", Qt::CaseInsensitive)) {
        if (text.size() == 5)
            return std::nullopt;
        return unixSocket(text.mid(5).toString());
    }
    QStringView host = text;
    quint16 port = defaultPort;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return std::nullopt;
        host = text.mid(1, close - 1);
        const QStringView rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return std::nullopt;
            const auto p = parsePort(rest.mid(1));
            if (!p)
                return std::nullopt;
            port = *p;
        }
        auto v6 = parseIpv6(host);
        if (!v6)
            return std::nullopt;
        return ipv6(*v6, port);
    }
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon >= 0) {
        host = text.left(colon);
        const auto p = parsePort(text.mid(colon + 1));
        if (!p)
            return std::nullopt;
        port = *p;
    }
    const auto v4 = parseIpv4(host);
    if (!v4)
        return std::nullopt;
    SocketAddress a;
    a.m_family = Family::IPv4;
    std::memcpy(a.m_bytes.data(), v4->data(), 4);
    a.m_port = port;
    return a;
}

int SocketAddress::byteCount() const
{
    switch (m_family) {
    case Family::IPv4:
        return 4;
    case Family::IPv6:
        return 16;
    case Family::None:
    case Family::Unix:
        break;
    }
    return 0;
}

int SocketAddress::write(char *out, bool withPort) const
{
    char *p = out;
    switch (m_family) {
    case Family::None:
        break;
    case Family::IPv4:
        for (int i = 0; i < 4; ++i) {
            p = writeDecimal(p, m_bytes[i]);
            if (i < 3)
                *p++ = '.';
        }
        if (withPort) {
            *p++ = ':';
            p = writeDecimal(p, m_port);
        }
        break;
    case Family::IPv6:
        if (withPort)
            *p++ = '[';
        p = writeIpv6(p, m_bytes.data());
        if (withPort) {
            *p++ = ']';
            *p++ = ':';
            p = writeDecimal(p, m_port);
        }
        break;
    case Family::Unix: {
        std::memcpy(p, "unix:", 5);
        p += 5;
        const QByteArray path = m_path.toLatin1();
        const qsizetype n = std::min<qsizetype>(path.size(), MaxTextLength - 5);
        std::memcpy(p, path.constData(), size_t(n));
        p += n;
        break;
    }
    }
    return int(p - out);
}

QString SocketAddress::toString() const
{
    if (m_family == Family::Unix)
        return QStringLiteral("unix:") + m_path;
    char buffer[MaxTextLength];
    return QString::fromLatin1(buffer, write(buffer, true));
}

QString SocketAddress::hostText() const
{
    if (m_family == Family::Unix)
        return QStringLiteral("unix:") + m_path;
    char buffer[MaxTextLength];
    return QString::fromLatin1(buffer, write(buffer, false));
}

} // namespace gw::sim
