// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/netaddress.h"

#include <QList>

namespace gw::nginx {

namespace {

std::optional<std::array<uint8_t, 4>> parseV4(QByteArrayView text)
{
    std::array<uint8_t, 4> out {};
    int part = 0;
    int value = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : '.';
        if (c == '.') {
            if (value < 0 || part > 3)
                return std::nullopt;
            out[size_t(part++)] = uint8_t(value);
            value = -1;
        } else if (c >= '0' && c <= '9') {
            value = value < 0 ? c - '0' : value * 10 + (c - '0');
            if (value > 255)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (part != 4)
        return std::nullopt;
    return out;
}

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

std::optional<NetAddress> NetAddress::parse(QByteArrayView text)
{
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']')
        text = text.sliced(1, text.size() - 2);
    NetAddress a;
    if (!text.contains(':')) {
        const auto v4 = parseV4(text);
        if (!v4)
            return std::nullopt;
        std::copy(v4->begin(), v4->end(), a.bytes.begin());
        return a;
    }
    a.v6 = true;
    if (text.size() > 45)
        return std::nullopt;
    // Split around "::" and parse both halves as 16-bit groups (the last may be dotted IPv4).
    const qsizetype gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0)
        return std::nullopt;
    auto parseGroups = [](QByteArrayView part, std::array<uint8_t, 16> &out, int &count) -> bool {
        count = 0;
        if (part.isEmpty())
            return true;
        const QList<QByteArray> groups = part.toByteArray().split(':');
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QByteArray &g = groups[i];
            if (i == groups.size() - 1 && g.contains('.')) {
                const auto v4 = parseV4(g);
                if (!v4 || count > 6)
                    return false;
                for (size_t k = 0; k < 4; ++k)
                    out[size_t(count * 2) + k] = (*v4)[k];
                count += 2;
                continue;
            }
            if (g.isEmpty() || g.size() > 4 || count >= 8)
                return false;
            int v = 0;
            for (char c : g) {
                const int d = hexDigit(c);
                if (d < 0)
                    return false;
                v = v * 16 + d;
            }
            out[size_t(count * 2)] = uint8_t(v >> 8);
            out[size_t(count * 2 + 1)] = uint8_t(v & 0xff);
            ++count;
        }
        return true;
    };
    std::array<uint8_t, 16> head {}, tail {};
    int headCount = 0, tailCount = 0;
    if (gap < 0) {
        if (!parseGroups(text, head, headCount) || headCount != 8)
            return std::nullopt;
        a.bytes = head;
        return a;
    }
    if (!parseGroups(text.first(gap), head, headCount) || !parseGroups(text.sliced(gap + 2), tail, tailCount))
        return std::nullopt;
    if (headCount + tailCount > 7)
        return std::nullopt;
    std::copy(head.begin(), head.begin() + headCount * 2, a.bytes.begin());
    std::copy(tail.begin(), tail.begin() + tailCount * 2, a.bytes.end() - tailCount * 2);
    return a;
}

bool NetAddress::isAny() const
{
    const int n = v6 ? 16 : 4;
    for (int i = 0; i < n; ++i) {
        if (bytes[size_t(i)])
            return false;
    }
    return true;
}

QByteArray NetAddress::toText() const
{
    if (!v6) {
        return QByteArray::number(bytes[0]) + '.' + QByteArray::number(bytes[1]) + '.' +
            QByteArray::number(bytes[2]) + '.' + QByteArray::number(bytes[3]);
    }
    uint16_t g[8];
    for (int i = 0; i < 8; ++i)
        g[i] = uint16_t(bytes[size_t(2 * i)] << 8 | bytes[size_t(2 * i + 1)]);
    // Longest run of zero groups (length >= 2) becomes "::".
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (g[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[j] == 0)
            ++j;
        if (j - i > bestLen && j - i >= 2) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    QByteArray out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLen - 1;
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(':'))
            out += ':';
        out += QByteArray::number(g[i], 16);
    }
    return out;
}

QByteArray NetAddress::binary() const
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), v6 ? 16 : 4);
}

} // namespace gw::nginx
