// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/uri.h"

#include <cstdint>

namespace gw::nginx {

namespace {

int hexValue(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    const char c = char(ch | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

bool equalsNoCase(const char *a, QByteArrayView b)
{
    for (qsizetype i = 0; i < b.size(); ++i) {
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

// ngx_escape_uri() tables: a set bit means "escape this byte".
constexpr uint32_t kUriTable[] = {
    0xffffffff, 0x80000029, 0x00000000, 0x80000000, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff,
};
constexpr uint32_t kArgsTable[] = {
    0xffffffff, 0x88000869, 0x00000000, 0x80000000, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff,
};
// encodeURIComponent / njs querystring.escape.
constexpr uint32_t kComponentTable[] = {
    0xffffffff, 0xfc00987d, 0x78000001, 0xb8000001, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff,
};

} // namespace

std::optional<Uri::Target> Uri::parseTarget(QByteArrayView target)
{
    if (target.isEmpty() || target[0] != '/')
        return std::nullopt;
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return std::nullopt;
    }

    enum State { Usual, Slash, Dot, DotDot, Quoted, QuotedSecond };
    State state = Usual;
    State quotedState = Usual;
    Target out;
    QByteArray &u = out.uri;
    u.reserve(target.size());
    int decoded = 0;
    qsizetype p = 0;
    const qsizetype end = target.size();
    // As in nginx, a decoded byte is processed again in the state the escape appeared in, so %2F acts as
    // a slash and %2E as a dot; decoded '%', '#' and '?' are kept as ordinary bytes.
    auto goUp = [&]() -> bool {
        // u ends with "/..": drop it and the segment before it.
        qsizetype i = u.size() - 4;
        for (;;) {
            if (i < 0)
                return false;
            if (u[i] == '/') {
                u.truncate(i + 1);
                return true;
            }
            --i;
        }
    };
    auto args = [&](qsizetype from) {
        out.hasArgs = true;
        qsizetype e = from;
        while (e < end && target[e] != '#')
            ++e;
        out.args = target.sliced(from, e - from).toByteArray();
    };

    char ch = target[p++];
    for (;;) {
        bool consumed = true;
        if (ch == '+' && state != Quoted && state != QuotedSecond)
            out.plus = true;
        switch (state) {
        case Usual:
            switch (ch) {
            case '/':
                state = Slash;
                u += ch;
                break;
            case '%':
                quotedState = state;
                state = Quoted;
                break;
            case '?':
                args(p);
                return out;
            case '#':
                return out;
            default:
                u += ch;
                break;
            }
            break;
        case Slash:
            switch (ch) {
            case '/':
                break; // merge_slashes
            case '.':
                state = Dot;
                u += ch;
                break;
            case '%':
                quotedState = state;
                state = Quoted;
                break;
            case '?':
                args(p);
                return out;
            case '#':
                return out;
            default:
                state = Usual;
                u += ch;
                break;
            }
            break;
        case Dot:
            switch (ch) {
            case '/':
                state = Slash;
                u.chop(1);
                break;
            case '.':
                state = DotDot;
                u += ch;
                break;
            case '%':
                quotedState = state;
                state = Quoted;
                break;
            case '?':
                u.chop(1);
                args(p);
                return out;
            case '#':
                u.chop(1);
                return out;
            default:
                state = Usual;
                u += ch;
                break;
            }
            break;
        case DotDot:
            switch (ch) {
            case '/':
            case '?':
            case '#':
                if (!goUp())
                    return std::nullopt;
                if (ch == '?') {
                    args(p);
                    return out;
                }
                if (ch == '#')
                    return out;
                state = Slash;
                break;
            case '%':
                quotedState = state;
                state = Quoted;
                break;
            default:
                state = Usual;
                u += ch;
                break;
            }
            break;
        case Quoted: {
            out.quoted = true;
            const int v = hexValue(ch);
            if (v < 0)
                return std::nullopt;
            decoded = v;
            state = QuotedSecond;
            break;
        }
        case QuotedSecond: {
            const int v = hexValue(ch);
            if (v < 0)
                return std::nullopt;
            const char c = char((decoded << 4) + v);
            if (c == '+')
                out.plus = true;
            if (c == '\0')
                return std::nullopt;
            if (c == '%' || c == '#' || c == '?') {
                state = Usual;
                u += c;
                break;
            }
            state = quotedState;
            ch = c;
            consumed = false; // process the decoded byte again
            break;
        }
        }
        if (consumed) {
            if (p >= end)
                break;
            ch = target[p++];
        }
    }

    if (state == Quoted || state == QuotedSecond)
        return std::nullopt;
    if (state == Dot) {
        u.chop(1);
    } else if (state == DotDot) {
        if (!goUp())
            return std::nullopt;
    }
    return out;
}

std::optional<QByteArray> Uri::validateHost(QByteArrayView host)
{
    enum { Usual, Literal, Rest } state = Usual;
    qsizetype dotPos = host.size();
    qsizetype hostLen = host.size();
    for (qsizetype i = 0; i < host.size(); ++i) {
        const char ch = host[i];
        switch (ch) {
        case '.':
            if (dotPos == i - 1)
                return std::nullopt;
            dotPos = i;
            break;
        case ':':
            if (state == Usual) {
                hostLen = i;
                state = Rest;
            }
            break;
        case '[':
            if (i == 0)
                state = Literal;
            break;
        case ']':
            if (state == Literal) {
                hostLen = i + 1;
                state = Rest;
            }
            break;
        default:
            if (ch == '/')
                return std::nullopt;
            if (static_cast<unsigned char>(ch) <= 0x20 || ch == 0x7f)
                return std::nullopt;
            break;
        }
    }
    if (dotPos == hostLen - 1)
        --hostLen;
    if (hostLen <= 0)
        return std::nullopt;
    return host.first(hostLen).toByteArray().toLower();
}

QByteArray Uri::escape(QByteArrayView text, Escape type)
{
    const uint32_t *table = type == Escape::Uri ? kUriTable
        : type == Escape::Args                  ? kArgsTable
                                                : kComponentTable;
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(text.size());
    for (char c : text) {
        const auto b = static_cast<unsigned char>(c);
        if (table[b >> 5] & (1U << (b & 0x1f))) {
            out += '%';
            out += hex[b >> 4];
            out += hex[b & 0xf];
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray Uri::unescape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
            hexValue(text[i + 2]) >= 0) {
            out += char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::optional<QByteArray> Uri::argument(QByteArrayView args, QByteArrayView name)
{
    if (args.isEmpty() || name.isEmpty())
        return std::nullopt;
    const qsizetype n = name.size();
    for (qsizetype p = 0; p + n < args.size(); ++p) {
        if (!equalsNoCase(args.data() + p, name))
            continue;
        if ((p == 0 || args[p - 1] == '&') && args[p + n] == '=') {
            const qsizetype valueStart = p + n + 1;
            qsizetype e = valueStart;
            while (e < args.size() && args[e] != '&')
                ++e;
            return args.sliced(valueStart, e - valueStart).toByteArray();
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> Uri::cookie(QByteArrayView header, QByteArrayView name)
{
    if (name.size() > header.size())
        return std::nullopt;
    qsizetype start = 0;
    const qsizetype end = header.size();
    while (start < end) {
        bool ok = end - start >= name.size() && equalsNoCase(header.data() + start, name);
        if (ok) {
            qsizetype s = start + name.size();
            while (s < end && header[s] == ' ')
                ++s;
            if (s < end && header[s] == '=') {
                ++s;
                while (s < end && header[s] == ' ')
                    ++s;
                qsizetype last = s;
                while (last < end && header[last] != ';')
                    ++last;
                return header.sliced(s, last - s).toByteArray();
            }
            start = s;
        }
        while (start < end) {
            const char ch = header[start++];
            if (ch == ';' || ch == ',')
                break;
        }
        while (start < end && header[start] == ' ')
            ++start;
    }
    return std::nullopt;
}

} // namespace gw::nginx
