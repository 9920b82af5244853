// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace gw::nginx {

class RequestState;

/** One line of the explanation of a routing decision, for the GUI's request inspector. */
struct TraceStep
{
    enum class Kind {
        Request, ///< how the request was read (target, headers, Host)
        Connection, ///< which listening socket took it, TLS
        Server, ///< virtual server selection
        Location, ///< location selection
        Rewrite, ///< return / rewrite / set / if
        Access, ///< limit_req (preaccess), auth_basic
        Variable, ///< map and split_clients decisions
        Njs, ///< NGF's httpmatches.js
        Proxy, ///< proxy_pass / grpc_pass
        Response, ///< the final answer
    };
    Kind kind = Kind::Request;
    QString message;
    SourceLocation location; ///< the directive involved, when there is one
};

/** The virtual server that handled a request. */
struct ServerMatch
{
    enum class How { None, Exact, LeadingWildcard, TrailingWildcard, Regex, Default };
    int index = -1; ///< 0-based index among the http context's `server` blocks; -1: none
    QStringList names; ///< its server_name arguments, as written
    SourceLocation location; ///< the `server` directive
    How how = How::None;
    QString matchedName; ///< the server_name that matched (empty when it is the default server)
    QString listen; ///< the listening socket: "0.0.0.0:80", "[::]:80", "unix:/path"
};

/** A location a request entered. */
struct LocationMatch
{
    QString name; ///< "/coffee/", "^/tea/[a-z]+", "@fallback"; empty: no location matched (server level)
    QString modifier; ///< "", "=", "^~", "~", "~*", "@"
    SourceLocation location; ///< the `location` directive
    bool internal = false; ///< has `internal;`
    QString uri; ///< $uri when it was chosen
    QString args; ///< $args then
    bool found() const { return location.isValid(); }
};

/** What nginx does with the request in the end. */
struct Action
{
    enum class Kind {
        None,
        Proxy, ///< proxy_pass / grpc_pass to an upstream (or an address)
        Return, ///< a status (and body) from the configuration: return, 404, 500, auth_basic's 401, …
        Redirect, ///< a 3xx with a Location header (return, rewrite redirect, trailing-slash 301)
        Static, ///< no content handler: nginx would serve files (there are none in the simulation: 404)
        Unsupported, ///< a content handler this simulation does not run (njs other than NGF's, fastcgi, …)
        Closed, ///< the connection is closed without a response (return 444)
        Rejected, ///< no connection, or the TLS handshake fails
    };
    Kind kind = Kind::None;
    SourceLocation directive; ///< the directive that decided
    // Proxy
    QString module; ///< "proxy_pass" or "grpc_pass"
    QString target; ///< its argument, variables evaluated: "http://default_coffee_80/x?y"
    QString scheme; ///< http, https, grpc, grpcs
    QString upstream; ///< the `upstream` block it names; empty when the host is an address
    QString host; ///< the host part of the target
    QString uri; ///< the request URI nginx sends upstream
    QString hostHeader; ///< the Host header sent upstream
    // Return and Redirect
    int status = 0;
    QString body; ///< the return text (empty: nginx's own page for the status)
    QString redirect; ///< the Location header, made absolute as nginx does
    QString wwwAuthenticate; ///< the WWW-Authenticate header of auth_basic's 401 (`Basic realm="…"`)
};

/**
 * The limit_req settings a request met in the preaccess phase (ngx_http_limit_req_handler()), with its
 * keys evaluated: what the simulator's buckets (LimitReqZones) need to decide, at the request's time,
 * whether it passes, is delayed or is rejected. Only the limits whose key is not empty (and at most
 * 65535 bytes) are listed, in configuration order; nginx skips the others.
 */
struct LimitReqCheck
{
    struct Limit
    {
        QByteArray zone; ///< the zone's name
        qint64 zoneSize = 0; ///< its size (a zone of another size is a new zone after a reload)
        QByteArray key; ///< the evaluated key
        qint64 rate = 1000; ///< milli-requests per second
        qint64 burst = 0; ///< milli-requests
        qint64 delay = 0; ///< milli-requests (nodelay: practically infinite)
        SourceLocation directive; ///< the limit_req
    };
    std::vector<Limit> limits;
    int status = 503; ///< limit_req_status
    bool dryRun = false; ///< limit_req_dry_run on
    QString logLevel = QStringLiteral("error"); ///< limit_req_log_level
};

/**
 * The routing decision for one request, as nginx would make it from the configuration text: which
 * server and location, the chain of rewrites and internal redirects, and the final action.
 */
struct RouteResult
{
    /** The HTTP status when the configuration decides it (return, redirect, 400, 404, 500, or the 503/500
        of NGF's socket servers); 0 when the upstream answers. */
    int status = 0;
    QString error; ///< why nginx refused the request (400) or the connection, in nginx's words
    ServerMatch server;
    LocationMatch location; ///< the last location entered
    std::vector<LocationMatch> chain; ///< every location entered, in order
    Action action;
    /** When the upstream's servers are unix sockets this configuration listens on (NGF's
        nginx-503-server.sock / nginx-500-server.sock): the server that answered there. */
    std::optional<ServerMatch> socketServer;
    QString requestId; ///< the $request_id used
    /** The limit_req the request met (its buckets are the simulator's business); none when no
        limit_req applies or every key was empty. */
    std::optional<LimitReqCheck> limitReq;
    /**
     * The headers add_header adds to the answer (ngx_http_headers_filter()), from the location or `if`
     * block that answered: values evaluated, empty ones left out, and those without `always` only for 200,
     * 201, 204, 206, 301, 302, 303, 304, 307 and 308. For a proxied request the upstream's status is not
     * known here: every header is listed.
     */
    std::vector<std::pair<QString, QString>> responseHeaders;
    /** The URIs of the subrequests the `mirror` directives in effect send (ngx_http_mirror_handler()). */
    QStringList mirrors;
    std::vector<TraceStep> trace;

    /**
     * Evaluates a value with variables ("$request_uri", "$cookie_sp$remote_addr") as nginx would at the
     * end of this request (for `hash` keys and sticky cookies). Needs RouteOptions::keepState; empty
     * otherwise.
     */
    QString evaluate(const QString &value) const;

    std::shared_ptr<RequestState> state; ///< kept when RouteOptions::keepState is set
};

} // namespace gw::nginx
