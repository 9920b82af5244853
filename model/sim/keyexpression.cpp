// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/keyexpression.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace gw::sim {

namespace {

struct Known
{
    const char *name;
    KeyExpression::Variable variable;
    bool prefix;
};

// Longer prefixes first: "upstream_http_" must win over a plain name lookup.
constexpr Known knownVariables[] = {
    {"remote_addr", KeyExpression::Variable::RemoteAddr, false},
    {"binary_remote_addr", KeyExpression::Variable::BinaryRemoteAddr, false},
    {"remote_port", KeyExpression::Variable::RemotePort, false},
    {"request_uri", KeyExpression::Variable::RequestUri, false},
    {"uri", KeyExpression::Variable::Uri, false},
    {"document_uri", KeyExpression::Variable::Uri, false},
    {"args", KeyExpression::Variable::Args, false},
    {"query_string", KeyExpression::Variable::Args, false},
    {"host", KeyExpression::Variable::Host, false},
    {"request_method", KeyExpression::Variable::RequestMethod, false},
    {"upstream_http_", KeyExpression::Variable::UpstreamHttp, true},
    {"upstream_cookie_", KeyExpression::Variable::UpstreamCookie, true},
    {"arg_", KeyExpression::Variable::Arg, true},
    {"cookie_", KeyExpression::Variable::Cookie, true},
    {"http_", KeyExpression::Variable::Http, true},
};

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
}

void append(KeyBuffer &out, QByteArrayView v)
{
    out.append(v.data(), v.size());
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = char(c | 0x20);
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/**
 * `$uri`: the path nginx works with after ngx_http_parse_complex_uri(): %XX decoded, slashes
 * merged, "." and ".." segments resolved (never above the root).
 */
void appendNormalizedPath(KeyBuffer &out, QByteArrayView path)
{
    const qsizetype base = out.size();
    for (qsizetype i = 0; i < path.size(); ++i) {
        char c = path[i];
        if (c == '%' && i + 2 < path.size() && hexValue(path[i + 1]) >= 0 && hexValue(path[i + 2]) >= 0) {
            c = char(hexValue(path[i + 1]) * 16 + hexValue(path[i + 2]));
            i += 2;
        }
        if (c == '/' && out.size() > base && out.back() == '/')
            continue; // merge_slashes
        out.append(c);
        // Resolve "/./" and "/../" as soon as a segment ends.
        const qsizetype n = out.size() - base;
        const char *d = out.data() + base;
        if (c == '/' && n >= 3 && d[n - 2] == '.' && d[n - 3] == '/') {
            out.resize(out.size() - 2);
        } else if (c == '/' && n >= 4 && d[n - 2] == '.' && d[n - 3] == '.' && d[n - 4] == '/') {
            qsizetype cut = n - 4; // the slash before ".."
            while (cut > 0 && d[cut - 1] != '/')
                --cut;
            out.resize(base + std::max<qsizetype>(cut, 1));
        }
    }
    // A trailing "/." or "/.." is a directory reference too.
    const qsizetype n = out.size() - base;
    const char *d = out.data() + base;
    if (n >= 2 && d[n - 1] == '.' && d[n - 2] == '/') {
        out.resize(out.size() - 1);
    } else if (n >= 3 && d[n - 1] == '.' && d[n - 2] == '.' && d[n - 3] == '/') {
        qsizetype cut = n - 3;
        while (cut > 0 && d[cut - 1] != '/')
            --cut;
        out.resize(base + std::max<qsizetype>(cut, 1));
    }
}

/** `$host`: the Host header lowercased, without port and trailing dot (ngx_http_validate_host). */
void appendHost(KeyBuffer &out, QByteArrayView host)
{
    qsizetype end = host.size();
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close >= 0)
            end = close + 1;
    } else {
        const qsizetype colon = host.indexOf(':');
        if (colon >= 0)
            end = colon;
    }
    if (end > 0 && host[end - 1] == '.')
        --end;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = host[i];
        out.append((c >= 'A' && c <= 'Z') ? char(c | 0x20) : c);
    }
}

} // namespace

KeyExpression KeyExpression::single(Variable variable, const QByteArray &name)
{
    KeyExpression e;
    for (const Known &k : knownVariables) {
        if (k.variable == variable) {
            e.m_text = u'$' + QLatin1String(k.name) + QString::fromUtf8(name);
            break;
        }
    }
    e.m_parts.push_back({variable, name.toLower()});
    return e;
}

std::optional<KeyExpression> KeyExpression::parse(QStringView text, QString *error)
{
    KeyExpression e;
    e.m_text = text.toString();
    QByteArray literal;
    const auto flush = [&] {
        if (!literal.isEmpty())
            e.m_parts.push_back({Variable::Text, std::exchange(literal, {})});
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'$') {
            literal += text.mid(i, 1).toUtf8();
            continue;
        }
        qsizetype start = i + 1;
        const bool braces = start < text.size() && text[start] == u'{';
        if (braces)
            ++start;
        qsizetype end = start;
        while (end < text.size() && isNameChar(text[end]))
            ++end;
        if (end == start || (braces && (end == text.size() || text[end] != u'}'))) {
            if (error)
                *error = QStringLiteral("invalid variable name in \"%1\"").arg(text);
            return std::nullopt;
        }
        const QByteArray name = text.mid(start, end - start).toLatin1().toLower();
        i = braces ? end : end - 1;
        const Known *known = nullptr;
        for (const Known &k : knownVariables) {
            if (k.prefix ? name.startsWith(k.name) && name.size() > qsizetype(qstrlen(k.name))
                         : name == k.name) {
                known = &k;
                break;
            }
        }
        if (!known) {
            if (error)
                *error = QStringLiteral("unknown \"%1\" variable").arg(QString::fromLatin1(name));
            return std::nullopt;
        }
        flush();
        e.m_parts.push_back({known->variable, known->prefix ? name.mid(qstrlen(known->name)) : QByteArray()});
    }
    flush();
    return e;
}

bool KeyExpression::hasVariables() const
{
    return std::any_of(m_parts.begin(), m_parts.end(),
                       [](const Part &p) { return p.variable != Variable::Text; });
}

bool KeyExpression::needsResponse() const
{
    return std::any_of(m_parts.begin(), m_parts.end(), [](const Part &p) {
        return p.variable == Variable::UpstreamHttp || p.variable == Variable::UpstreamCookie;
    });
}

void KeyExpression::evaluate(const Request &request, KeyBuffer &out, const Response *response) const
{
    for (const Part &part : m_parts) {
        switch (part.variable) {
        case Variable::Text:
            append(out, part.text);
            break;
        case Variable::RemoteAddr: {
            char buffer[SocketAddress::MaxTextLength];
            out.append(buffer, request.client.write(buffer, false));
            break;
        }
        case Variable::BinaryRemoteAddr:
            out.append(reinterpret_cast<const char *>(request.client.bytes()), request.client.byteCount());
            break;
        case Variable::RemotePort:
            if (request.client.isIp()) {
                char buffer[8];
                const int n = std::snprintf(buffer, sizeof buffer, "%u", unsigned(request.client.port()));
                out.append(buffer, n);
            }
            break;
        case Variable::RequestUri:
            append(out, request.target);
            break;
        case Variable::Uri:
            appendNormalizedPath(out, request.path());
            break;
        case Variable::Args:
            append(out, request.args());
            break;
        case Variable::Host:
            appendHost(out, request.header("host"));
            break;
        case Variable::RequestMethod:
            append(out, request.method);
            break;
        case Variable::Arg:
            append(out, request.arg(part.text));
            break;
        case Variable::Cookie:
            append(out, request.cookie(part.text));
            break;
        case Variable::Http:
            append(out, request.header(part.text));
            break;
        case Variable::UpstreamHttp:
            if (response)
                append(out, response->header(part.text));
            break;
        case Variable::UpstreamCookie:
            if (response)
                append(out, response->cookie(part.text));
            break;
        }
    }
}

QByteArray KeyExpression::value(const Request &request, const Response *response) const
{
    KeyBuffer buffer;
    evaluate(request, buffer, response);
    return QByteArray(buffer.constData(), buffer.size());
}

} // namespace gw::sim
