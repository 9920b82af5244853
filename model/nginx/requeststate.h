// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/httpcontext.h"
#include "nginx/regex.h"

#include <QHash>
#include <QStringList>

namespace gw::nginx {

/**
 * The state of one request while it is routed, and nginx's variables over it: the request as parsed
 * ($request_uri, headers, …), the current $uri and $args (rewrites and internal redirects change them),
 * the last regex captures, `set` values, and map / split_clients values, which nginx computes on first
 * use and then keeps for the rest of the request (also across internal redirects).
 */
class RequestState
{
public:
    explicit RequestState(const HttpContext &context);

    const HttpContext &context;

    // the connection
    std::optional<NetAddress> client; ///< the client address, when it parses
    QByteArray clientText; ///< as given (used when it does not parse, and for unix sockets)
    QByteArray remotePort;
    QByteArray serverAddr;
    int serverPort = 0;
    bool https = false;
    QByteArray sni;
    // the request
    QByteArray method;
    QByteArray protocol;
    QByteArray requestUri; ///< the raw target
    std::vector<std::pair<QByteArray, QByteArray>> headers; ///< accepted headers, in order
    QByteArray host; ///< validated Host, lowercased, no port; empty: none
    QByteArray requestId;
    // as routing goes on
    const Server *server = nullptr;
    QByteArray uri;
    QByteArray args;
    bool quotedUri = false; ///< the target had %XX escapes (r->quoted_uri)
    bool plusInUri = false; ///< the target's path had a '+' (r->plus_in_uri)
    /** While a rewrite replacement is evaluated: captures are copied %XX-escaped (NGX_ESCAPE_ARGS), as nginx
        does in the arguments part, and in redirects, when the request URI was escaped or had a '+'. */
    bool escapeCaptures = false;
    bool internal = false; ///< r->internal
    bool validUnparsedUri = true; ///< r->valid_unparsed_uri
    bool validLocation = true; ///< r->valid_location
    QByteArray proxyHost; ///< $proxy_host while a proxy target is evaluated
    Captures captures;
    QHash<QByteArray, QByteArray> setValues;
    QHash<QByteArray, QByteArray> cached; ///< map and split_clients results
    QStringList *notes = nullptr; ///< receives one line per map / split_clients decision when set

    /** The value of variable \a name (lowercased, without '$'); unknown or unset variables are empty. */
    QByteArray variable(const QByteArray &name);
    /** $remote_addr */
    QByteArray remoteAddr() const { return client ? client->toText() : clientText; }
    QByteArray capture(int n) const;
    QByteArray evaluate(const ComplexValue &value) { return value.evaluate(*this); }
    /** Runs \a regex on \a subject; on a match the captures replace the previous ones (when it has groups).
     */
    bool match(const Regex &regex, QByteArrayView subject);

    /** All values of header \a name (compared case-insensitively), in order. */
    std::vector<QByteArray> headerValues(QByteArrayView name) const;
    /** $http_NAME: NAME with '_' for '-'; repeated headers joined as the configured nginx version does. */
    QByteArray httpVariable(QByteArrayView suffix) const;

private:
    QByteArray mapValue(int index);
    QByteArray splitValue(int index);
};

} // namespace gw::nginx
