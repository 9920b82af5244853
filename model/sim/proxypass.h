// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancer.h"

#include <functional>
#include <optional>
#include <vector>

namespace gw::sim {

/** How one try on a peer went, from the gateway's side. */
enum class TryResult : quint8 {
    Ok, ///< a response nginx passes on
    Refused, ///< connect error: the request was not sent
    Error, ///< the connection broke after the request was sent
    Timeout, ///< no answer in time after the request was sent
    Http500,
    Http502,
    Http503,
    Http504,
    Http403,
    Http404,
    Http429,
};

/** `proxy_next_upstream` and `proxy_next_upstream_tries`. */
struct NextUpstream
{
    enum Condition : quint16 {
        Error = 0x1,
        Timeout = 0x2,
        InvalidHeader = 0x4,
        Http500 = 0x8,
        Http502 = 0x10,
        Http503 = 0x20,
        Http504 = 0x40,
        Http403 = 0x80,
        Http404 = 0x100,
        Http429 = 0x200,
        NonIdempotent = 0x400,
        Off = 0x8000,
    };

    quint16 conditions = Error | Timeout; ///< nginx's default
    int tries = 0; ///< 0: unlimited

    /** The arguments of `proxy_next_upstream` ("error timeout http_502", "off"); nullopt if invalid. */
    static std::optional<NextUpstream> parse(QStringView arguments);
};

/** What one request through proxy_pass came to. */
struct ProxyResult
{
    int status = 502; ///< the status the client gets
    PeerId peer = NoPeer; ///< the peer whose response was passed on; NoPeer if nginx answered itself
    QString upstreamAddr; ///< `$upstream_addr`
    QByteArray setCookie; ///< the sticky cookie of the last selection
    std::vector<PeerId> attempts;
};

/**
 * `proxy_pass http://upstream` with proxy_next_upstream: tries peers until one answers, following
 * `ngx_http_upstream_next()`. Each try's peer is freed before the next is chosen; connect errors
 * and timeouts count as failures even when they are not retried; a listed 5xx/429 is retried only
 * while another try is left, and passed on (as a success) on the last one. Non-idempotent requests
 * (POST, LOCK, PATCH) are not retried once sent unless `non_idempotent` is listed.
 */
class ProxyPass
{
public:
    /** Tells how a try on a peer goes: a dead backend refuses, a live one answers Ok. */
    using Serve = std::function<TryResult(PeerId)>;

    explicit ProxyPass(Balancer &balancer, NextUpstream policy = {})
        : m_balancer(balancer)
        , m_policy(policy)
    { }

    /** Runs \a request at \a nowMs; \a why, if given, gets one Explanation per selection. */
    ProxyResult run(const Request &request, qint64 nowMs, const Serve &serve,
                    std::vector<Explanation> *why = nullptr);

private:
    Balancer &m_balancer;
    NextUpstream m_policy;
};

} // namespace gw::sim
