// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace gw::nginx {

/**
 * nginx's request-text helpers, byte for byte: normalising a request target into $uri and $args
 * (ngx_http_parse_complex_uri with merge_slashes on), validating the Host header
 * (ngx_http_validate_host), escaping a URI for proxying (ngx_escape_uri), and finding `$arg_NAME` and
 * `$cookie_NAME` values (ngx_http_arg, ngx_http_parse_multi_header_lines).
 */
class Uri
{
public:
    struct Target
    {
        QByteArray uri; ///< decoded and normalised path ($uri)
        QByteArray args; ///< the query string without '?' ($args)
        bool hasArgs = false; ///< a '?' was present
        bool quoted = false; ///< the path had %XX escapes (r->quoted_uri)
        bool plus = false; ///< the path had a '+', written or escaped (r->plus_in_uri)
    };

    /** Splits and normalises a request target such as "/a/../b%20c?x=1"; nullopt means 400 Bad Request. */
    static std::optional<Target> parseTarget(QByteArrayView target);

    /**
     * The server name of a Host header value: port removed, trailing dot removed, lowercased. nullopt
     * means nginx answers 400 ("client sent invalid host header").
     */
    static std::optional<QByteArray> validateHost(QByteArrayView host);

    enum class Escape { Uri, Args, UriComponent };
    /** ngx_escape_uri(): %XX (uppercase hex) for the bytes the given table escapes. */
    static QByteArray escape(QByteArrayView text, Escape type);
    /** Decodes %XX sequences (invalid ones are kept as written). */
    static QByteArray unescape(QByteArrayView text);

    /** ngx_http_arg(): the raw value of the first NAME=value in \a args (name compared case-insensitively).
     */
    static std::optional<QByteArray> argument(QByteArrayView args, QByteArrayView name);
    /** The value of cookie \a name in one Cookie header value (name compared case-insensitively). */
    static std::optional<QByteArray> cookie(QByteArrayView cookieHeader, QByteArrayView name);
};

} // namespace gw::nginx
