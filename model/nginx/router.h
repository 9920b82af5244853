// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/config.h"
#include "nginx/request.h"
#include "nginx/routeresult.h"
#include "nginx/upstreamblock.h"

#include <memory>

namespace gw::nginx {

class HttpContext;

/** How a Router interprets its configuration. */
struct RouterOptions
{
    /** nginx_version of the data plane (1.29.0 = 1029000). Before 1.23, $http_NAME gives the first of
        repeated headers and njs joins them with ","; from 1.23 on, they are joined with ", ". */
    int nginxVersion = 1029000;
};

/** Per-request options of Router::route. */
struct RouteOptions
{
    bool trace = true; ///< fill RouteResult::trace (costs time; the simulator can turn it off)
    bool keepState = false; ///< keep the request's variables for RouteResult::evaluate
};

/**
 * Decides, for a simulated request, what nginx does with it — from the configuration text, exactly as
 * nginx does: the listening socket, the virtual server (exact name, longest leading wildcard, longest
 * trailing wildcard, regexes in order, else the default server), server-level rewrites, the location
 * (exact, longest prefix, `^~`, regexes in order, nested locations, the trailing-slash 301), location
 * rewrites (return, rewrite with its flags, set, if, break), the access phase of auth_basic (with the
 * user files of the Config's FileSet), NGF's njs matcher with its internal
 * redirects, and the content handler: proxy_pass / grpc_pass with the upstream name and the request URI
 * nginx sends (split_clients evaluated with MurmurHash2), or the status the configuration returns,
 * following NGF's unix-socket 503/500 servers.
 *
 * A Router is built once per configuration and is immutable; route() is const and thread-safe.
 */
class Router
{
public:
    Router();
    explicit Router(const Config &config, const RouterOptions &options = {});
    ~Router();
    Router(const Router &) = default;
    Router &operator=(const Router &) = default;

    /** What nginx would report when loading the configuration (the Config's own diagnostics included). */
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /** True when the configuration has an http block. */
    bool isValid() const;

    RouteResult route(const Request &request, const RouteOptions &options = {}) const;

    /** The `upstream` blocks of the http context, in order. */
    const std::vector<UpstreamBlock> &upstreams() const;
    /** The upstream called \a name (case-insensitive, as nginx compares), or nullptr. */
    const UpstreamBlock *upstream(const QString &name) const;
    /** The number of `server` blocks in the http context. */
    int serverCount() const;
    /** The parsed configuration the router was built from. */
    const Config &config() const;

private:
    std::shared_ptr<const HttpContext> m_context;
    Diagnostics m_diagnostics;
};

} // namespace gw::nginx
