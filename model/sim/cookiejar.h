// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QVarLengthArray>

#include <optional>
#include <vector>

namespace gw::sim {

/**
 * The strings of all cookie jars of a simulation, stored once: a million clients holding the same
 * sticky cookie share its name, value, domain and path. Jars refer to strings by index.
 */
class CookiePool
{
public:
    quint32 intern(QByteArrayView text);
    const QByteArray &text(quint32 id) const { return m_strings[id]; }
    int size() const { return int(m_strings.size()); }

private:
    std::vector<QByteArray> m_strings;
    QHash<QByteArray, quint32> m_index;
};

/**
 * One client's cookies, kept and sent as `curl -c FILE` / `curl -b FILE` do (RFC 6265 with curl's
 * ordering): a Set-Cookie is parsed (name=value, Expires, Max-Age — which wins over Expires —,
 * Domain, Path, Secure, HttpOnly), replaces the cookie with the same name, domain and path, and is
 * deleted when it arrives already expired. A request carries the unexpired cookies whose domain
 * and path match, longest path first, then longest domain, longest name, newest first (curl's
 * `cookie_sort`). Without a Path attribute the cookie's path is the request path up to its last
 * '/' (the RFC's default-path); without Domain the cookie is host-only.
 *
 * Times are simulated milliseconds since the Unix epoch. Strings live in a CookiePool shared by
 * the jars of a simulation.
 */
class CookieJar
{
public:
    struct Cookie
    {
        quint32 name = 0;
        quint32 value = 0;
        quint32 domain = 0; ///< lowercased, without a leading dot
        quint32 path = 0;
        qint64 expiresMs = -1; ///< -1: a session cookie
        quint32 created = 0; ///< order of creation in this jar (kept when a cookie is replaced)
        bool hostOnly = true;
        bool secure = false;
        bool httpOnly = false;
    };

    /**
     * Stores the cookie of a Set-Cookie header \a setCookie received from \a host (without port) for
     * a request to \a requestPath (the path part, without query). Returns false if the header is
     * rejected (no name=value, a Domain the host does not belong to).
     */
    bool store(CookiePool &pool, QByteArrayView setCookie, QByteArrayView host, QByteArrayView requestPath,
               qint64 nowMs);
    /** The Cookie header for a request to \a host and \a path at \a nowMs: "a=1; b=2", or empty. */
    QByteArray header(const CookiePool &pool, QByteArrayView host, QByteArrayView path, bool secure,
                      qint64 nowMs) const;

    int size() const { return int(m_cookies.size()); }
    const Cookie &cookie(int i) const { return m_cookies[i]; }
    void clear() { m_cookies.clear(); }

    /** RFC 6265 §5.1.1 cookie-date parsing ("Thu, 11-Dec-25 01:39:55 GMT"): seconds since the epoch. */
    static std::optional<qint64> parseDate(QByteArrayView text);
    /** RFC 6265 §5.1.4 default-path of a request path. */
    static QByteArray defaultPath(QByteArrayView requestPath);
    /** RFC 6265 §5.1.4 path-match. */
    static bool pathMatches(QByteArrayView requestPath, QByteArrayView cookiePath);
    /** RFC 6265 §5.1.3 domain-match. */
    static bool domainMatches(QByteArrayView host, QByteArrayView domain);

private:
    QVarLengthArray<Cookie, 1> m_cookies;
    quint32 m_created = 0;
};

} // namespace gw::sim
