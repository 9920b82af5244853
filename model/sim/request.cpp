// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/request.h"

namespace gw::sim {

namespace {

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c | 0x20) : c;
}

bool startsWithCaseless(QByteArrayView text, QByteArrayView prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (lower(text[i]) != lower(prefix[i]))
            return false;
    }
    return true;
}

/** ngx_http_variable_unknown_header(): '-' in the header name stands for '_' in the variable. */
bool headerNameMatches(QByteArrayView header, QByteArrayView variable)
{
    if (header.size() != variable.size())
        return false;
    for (qsizetype i = 0; i < header.size(); ++i) {
        char c = lower(header[i]);
        if (c == '-')
            c = '_';
        if (c != lower(variable[i]))
            return false;
    }
    return true;
}

QByteArrayView findHeader(const std::vector<Header> &headers, QByteArrayView variableName)
{
    for (const Header &h : headers) {
        if (headerNameMatches(h.first, variableName))
            return h.second;
    }
    return {};
}

/**
 * nginx 1.22's ngx_http_parse_multi_header_lines() for cookies: entries separated by ';' or ',',
 * the name compared case-insensitively, spaces allowed around '=', the value running to ';'.
 */
QByteArrayView cookieInLine(QByteArrayView line, QByteArrayView name)
{
    qsizetype p = 0;
    const qsizetype end = line.size();
    while (p < end) {
        if (startsWithCaseless(line.sliced(p), name)) {
            qsizetype q = p + name.size();
            while (q < end && line[q] == ' ')
                ++q;
            if (q < end && line[q] == '=') {
                ++q;
                while (q < end && line[q] == ' ')
                    ++q;
                qsizetype last = q;
                while (last < end && line[last] != ';')
                    ++last;
                return line.sliced(q, last - q);
            }
        }
        while (p < end) {
            const char c = line[p++];
            if (c == ';' || c == ',')
                break;
        }
        while (p < end && line[p] == ' ')
            ++p;
    }
    return {};
}

} // namespace

QByteArrayView Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArrayView(target) : QByteArrayView(target).first(q);
}

QByteArrayView Request::args() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArrayView() : QByteArrayView(target).sliced(q + 1);
}

QByteArrayView Request::header(QByteArrayView variableName) const
{
    return findHeader(headers, variableName);
}

QByteArrayView Request::cookie(QByteArrayView name) const
{
    if (name.isEmpty())
        return {};
    for (const Header &h : headers) {
        if (!headerNameMatches(h.first, "cookie"))
            continue;
        const QByteArrayView v = cookieInLine(h.second, name);
        if (!v.isNull())
            return v;
    }
    return {};
}

QByteArrayView Request::arg(QByteArrayView name) const
{
    // ngx_http_arg(): a case-insensitive search for "name=" at the start or after '&'.
    const QByteArrayView a = args();
    if (name.isEmpty())
        return {};
    for (qsizetype p = 0; p + name.size() < a.size(); ++p) {
        if ((p == 0 || a[p - 1] == '&') && a[p + name.size()] == '=' &&
            startsWithCaseless(a.sliced(p), name)) {
            const qsizetype start = p + name.size() + 1;
            qsizetype end = a.indexOf('&', start);
            if (end < 0)
                end = a.size();
            return a.sliced(start, end - start);
        }
    }
    return {};
}

QByteArrayView Response::header(QByteArrayView variableName) const
{
    return findHeader(headers, variableName);
}

QByteArrayView Response::cookie(QByteArrayView name) const
{
    // ngx_http_parse_set_cookie_lines(): "name=value" at the start of a Set-Cookie line.
    for (const Header &h : headers) {
        if (!headerNameMatches(h.first, "set_cookie"))
            continue;
        const QByteArrayView line = h.second;
        if (name.isEmpty() || line.size() <= name.size() || !startsWithCaseless(line, name))
            continue;
        qsizetype p = name.size();
        while (p < line.size() && line[p] == ' ')
            ++p;
        if (p == line.size() || line[p] != '=')
            continue;
        ++p;
        while (p < line.size() && line[p] == ' ')
            ++p;
        qsizetype last = line.indexOf(';', p);
        if (last < 0)
            last = line.size();
        return line.sliced(p, last - p);
    }
    return {};
}

} // namespace gw::sim
