// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/socketaddress.h"

#include <QByteArray>

#include <utility>
#include <vector>

namespace gw::sim {

/** A header line of a simulated request or response: name as sent, value as sent. */
using Header = std::pair<QByteArray, QByteArray>;

/**
 * One HTTP request as the gateway receives it, in bytes as they travel on the wire. The lookups
 * return views into the request (no copies) and follow nginx 1.22's variable rules.
 */
struct Request
{
    SocketAddress client; ///< the connection's peer address (after realip)
    QByteArray method = "GET"; ///< `$request_method`
    QByteArray target = "/"; ///< the request target as sent: "/tea?user=42" (`$request_uri`)
    std::vector<Header> headers; ///< in order, including Host and Cookie

    /** The target before '?'. */
    QByteArrayView path() const;
    /** The query after '?' (`$args`), empty if none. */
    QByteArrayView args() const;
    /**
     * The first header whose name matches \a variableName the way `$http_<name>` does: ASCII
     * case-insensitive, '-' in the header name matching '_' in the variable. Null if absent.
     */
    QByteArrayView header(QByteArrayView variableName) const;
    /** `$cookie_<name>`: the value of the first cookie \a name (case-insensitive) in the Cookie headers. */
    QByteArrayView cookie(QByteArrayView name) const;
    /** `$arg_<name>`: the raw (not decoded) value of the first argument \a name (case-insensitive). */
    QByteArrayView arg(QByteArrayView name) const;
};

/** What an upstream answered, as far as sticky learning reads it (`$upstream_cookie_*`, `$upstream_http_*`).
 */
struct Response
{
    int status = 200;
    std::vector<Header> headers;

    /** `$upstream_http_<name>`, matched as Request::header() does. */
    QByteArrayView header(QByteArrayView variableName) const;
    /** `$upstream_cookie_<name>`: the value of cookie \a name in the first Set-Cookie header that sets it. */
    QByteArrayView cookie(QByteArrayView name) const;
};

} // namespace gw::sim
