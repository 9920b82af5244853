// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/cookiejar.h"

#include <algorithm>
#include <limits>

namespace gw::sim {

namespace {

bool isDelimiter(unsigned char c)
{
    return c == 0x09 || (c >= 0x20 && c <= 0x2f) || (c >= 0x3b && c <= 0x40) || (c >= 0x5b && c <= 0x60) ||
        (c >= 0x7b && c <= 0x7e);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** The latest expiry time the jar keeps (ms): far beyond any simulation, and safe to add to. */
constexpr qint64 kNeverMs = std::numeric_limits<qint64>::max() / 4;

/** \a seconds as milliseconds, saturated at kNeverMs. */
qint64 secondsToMs(qint64 seconds)
{
    return seconds > kNeverMs / 1000 ? kNeverMs : seconds * 1000;
}

/** Leading digits of \a token: between \a min and \a max of them, then a non-digit or the end. */
std::optional<int> leadingNumber(QByteArrayView token, int min, int max, int *consumed = nullptr)
{
    int n = 0;
    int value = 0;
    while (n < token.size() && isDigit(token[n])) {
        if (n == max)
            return std::nullopt;
        value = value * 10 + (token[n] - '0');
        ++n;
    }
    if (n < min)
        return std::nullopt;
    if (consumed)
        *consumed = n;
    return value;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

} // namespace

quint32 CookiePool::intern(QByteArrayView text)
{
    const QByteArray key = text.toByteArray();
    const auto it = m_index.constFind(key);
    if (it != m_index.constEnd())
        return *it;
    const quint32 id = quint32(m_strings.size());
    m_strings.push_back(key);
    m_index.insert(key, id);
    return id;
}

std::optional<qint64> CookieJar::parseDate(QByteArrayView text)
{
    std::optional<int> hour, minute, second, day, month, year;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && isDelimiter(uchar(text[i])))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !isDelimiter(uchar(text[i])))
            ++i;
        const QByteArrayView token = text.sliced(start, i - start);
        if (token.isEmpty())
            continue;
        if (!hour) {
            // time = 1*2DIGIT ":" 1*2DIGIT ":" 1*2DIGIT ( non-digit *OCTET )
            int a = 0, b = 0, c = 0;
            const auto h = leadingNumber(token, 1, 2, &a);
            if (h && a < token.size() && token[a] == ':') {
                const auto m = leadingNumber(token.sliced(a + 1), 1, 2, &b);
                if (m && a + 1 + b < token.size() && token[a + 1 + b] == ':') {
                    const auto s = leadingNumber(token.sliced(a + 2 + b), 1, 2, &c);
                    if (s) {
                        hour = h;
                        minute = m;
                        second = s;
                        continue;
                    }
                }
            }
        }
        if (!day) {
            if (const auto d = leadingNumber(token, 1, 2)) {
                day = d;
                continue;
            }
        }
        if (!month && token.size() >= 3) {
            static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
            bool found = false;
            for (int m = 0; m < 12 && !found; ++m) {
                if (token.first(3).compare(QByteArrayView(months[m]), Qt::CaseInsensitive) == 0) {
                    month = m + 1;
                    found = true;
                }
            }
            if (found)
                continue;
        }
        if (!year) {
            if (const auto y = leadingNumber(token, 2, 4)) {
                year = y;
                continue;
            }
        }
    }
    if (!hour || !day || !month || !year)
        return std::nullopt;
    int y = *year;
    if (y >= 70 && y <= 99)
        y += 1900;
    else if (y >= 0 && y <= 69)
        y += 2000;
    if (*day < 1 || *day > 31 || y < 1601 || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    return daysFromCivil(y, *month, *day) * 86400 + qint64(*hour) * 3600 + *minute * 60 + *second;
}

QByteArray CookieJar::defaultPath(QByteArrayView requestPath)
{
    if (requestPath.isEmpty() || requestPath.front() != '/')
        return QByteArrayLiteral("/");
    const qsizetype last = requestPath.lastIndexOf('/');
    if (last <= 0)
        return QByteArrayLiteral("/");
    return requestPath.first(last).toByteArray();
}

bool CookieJar::pathMatches(QByteArrayView requestPath, QByteArrayView cookiePath)
{
    if (requestPath == cookiePath)
        return true;
    if (!requestPath.startsWith(cookiePath))
        return false;
    return cookiePath.endsWith('/') || requestPath[cookiePath.size()] == '/';
}

bool CookieJar::domainMatches(QByteArrayView host, QByteArrayView domain)
{
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    // RFC 6265 5.1.3: the host ends with the domain (compared without case) after a '.'.
    return host.size() > domain.size() &&
        host.last(domain.size()).compare(domain, Qt::CaseInsensitive) == 0 &&
        host[host.size() - domain.size() - 1] == '.';
}

bool CookieJar::store(CookiePool &pool, QByteArrayView setCookie, QByteArrayView host,
                      QByteArrayView requestPath, qint64 nowMs)
{
    // name=value, then attributes separated by ';'.
    const qsizetype semicolon = setCookie.indexOf(';');
    const QByteArrayView pair = trimmed(semicolon < 0 ? setCookie : setCookie.first(semicolon));
    const qsizetype eq = pair.indexOf('=');
    if (eq <= 0)
        return false;
    const QByteArrayView name = trimmed(pair.first(eq));
    const QByteArrayView value = trimmed(pair.sliced(eq + 1));
    if (name.isEmpty())
        return false;

    std::optional<qint64> expires; // ms
    std::optional<qint64> maxAge; // ms, from now
    QByteArray domain;
    QByteArray path;
    bool secure = false;
    bool httpOnly = false;
    qsizetype pos = semicolon < 0 ? setCookie.size() : semicolon + 1;
    while (pos < setCookie.size()) {
        qsizetype end = setCookie.indexOf(';', pos);
        if (end < 0)
            end = setCookie.size();
        const QByteArrayView attribute = trimmed(setCookie.sliced(pos, end - pos));
        pos = end + 1;
        const qsizetype aeq = attribute.indexOf('=');
        const QByteArrayView key = trimmed(aeq < 0 ? attribute : attribute.first(aeq));
        const QByteArrayView v = aeq < 0 ? QByteArrayView() : trimmed(attribute.sliced(aeq + 1));
        if (key.compare("expires", Qt::CaseInsensitive) == 0) {
            if (const auto t = parseDate(v))
                expires = secondsToMs(*t);
        } else if (key.compare("max-age", Qt::CaseInsensitive) == 0) {
            // RFC 6265 5.2.2: a leading '-' or a digit, then only digits; a value too large for
            // the clock saturates (the cookie outlives any simulation) instead of overflowing.
            const bool negative = v.startsWith('-');
            const QByteArrayView digits = negative ? v.sliced(1) : v;
            if (!digits.isEmpty() && std::all_of(digits.begin(), digits.end(), isDigit)) {
                bool ok = false;
                const qint64 seconds = v.toByteArray().toLongLong(&ok);
                if (negative || (ok && seconds == 0))
                    maxAge = std::numeric_limits<qint64>::min();
                else
                    maxAge = ok ? secondsToMs(seconds) : kNeverMs;
            }
        } else if (key.compare("domain", Qt::CaseInsensitive) == 0) {
            QByteArrayView d = v;
            if (d.startsWith('.'))
                d = d.sliced(1);
            domain = d.toByteArray().toLower();
        } else if (key.compare("path", Qt::CaseInsensitive) == 0) {
            path = v.toByteArray();
        } else if (key.compare("secure", Qt::CaseInsensitive) == 0) {
            secure = true;
        } else if (key.compare("httponly", Qt::CaseInsensitive) == 0) {
            httpOnly = true;
        }
    }

    Cookie c;
    const QByteArray lowerHost = host.toByteArray().toLower();
    if (!domain.isEmpty()) {
        if (!domainMatches(lowerHost, domain))
            return false;
        c.hostOnly = false;
    } else {
        domain = lowerHost;
    }
    if (path.isEmpty() || !path.startsWith('/'))
        path = defaultPath(requestPath);
    c.name = pool.intern(name);
    c.value = pool.intern(value);
    c.domain = pool.intern(domain);
    c.path = pool.intern(path);
    c.secure = secure;
    c.httpOnly = httpOnly;
    if (maxAge)
        c.expiresMs = *maxAge == std::numeric_limits<qint64>::min() ? nowMs - 1
            : *maxAge > kNeverMs - nowMs                            ? kNeverMs
                                                                    : nowMs + *maxAge;
    else if (expires)
        c.expiresMs = *expires;
    const bool expired = c.expiresMs >= 0 && c.expiresMs <= nowMs;

    for (qsizetype i = 0; i < m_cookies.size(); ++i) {
        Cookie &old = m_cookies[i];
        if (old.name == c.name && old.domain == c.domain && old.path == c.path &&
            old.hostOnly == c.hostOnly) {
            if (expired) {
                m_cookies.remove(i);
            } else {
                c.created = old.created; // RFC 6265: the creation time of the old cookie is kept
                old = c;
            }
            return true;
        }
    }
    if (expired)
        return true;
    c.created = ++m_created;
    m_cookies.append(c);
    return true;
}

QByteArray CookieJar::header(const CookiePool &pool, QByteArrayView host, QByteArrayView path, bool secure,
                             qint64 nowMs) const
{
    QVarLengthArray<const Cookie *, 4> matching;
    for (const Cookie &c : m_cookies) {
        if (c.expiresMs >= 0 && c.expiresMs <= nowMs)
            continue;
        if (c.secure && !secure)
            continue;
        const QByteArray &domain = pool.text(c.domain);
        const bool hostMatches =
            c.hostOnly ? host.compare(domain, Qt::CaseInsensitive) == 0 : domainMatches(host, domain);
        if (!hostMatches || !pathMatches(path, pool.text(c.path)))
            continue;
        matching.append(&c);
    }
    if (matching.isEmpty())
        return {};
    // curl's cookie_sort: longer path, longer domain, longer name, then the newer cookie first.
    std::sort(matching.begin(), matching.end(), [&](const Cookie *a, const Cookie *b) {
        const auto pa = pool.text(a->path).size(), pb = pool.text(b->path).size();
        if (pa != pb)
            return pa > pb;
        const auto da = pool.text(a->domain).size(), db = pool.text(b->domain).size();
        if (da != db)
            return da > db;
        const auto na = pool.text(a->name).size(), nb = pool.text(b->name).size();
        if (na != nb)
            return na > nb;
        return a->created > b->created;
    });
    QByteArray out;
    for (const Cookie *c : matching) {
        if (!out.isEmpty())
            out += "; ";
        out += pool.text(c->name);
        out += '=';
        out += pool.text(c->value);
    }
    return out;
}

} // namespace gw::sim
