// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/proxypass.h"

namespace gw::sim {

namespace {

struct Failure
{
    quint16 condition; ///< NextUpstream::Condition
    int status; ///< what the client gets if it is not retried
    bool sent; ///< the request reached the peer
};

Failure describe(TryResult result)
{
    switch (result) {
    case TryResult::Ok:
        break;
    case TryResult::Refused:
        return {NextUpstream::Error, 502, false};
    case TryResult::Error:
        return {NextUpstream::Error, 502, true};
    case TryResult::Timeout:
        return {NextUpstream::Timeout, 504, true};
    case TryResult::Http500:
        return {NextUpstream::Http500, 500, true};
    case TryResult::Http502:
        return {NextUpstream::Http502, 502, true};
    case TryResult::Http503:
        return {NextUpstream::Http503, 503, true};
    case TryResult::Http504:
        return {NextUpstream::Http504, 504, true};
    case TryResult::Http403:
        return {NextUpstream::Http403, 403, true};
    case TryResult::Http404:
        return {NextUpstream::Http404, 404, true};
    case TryResult::Http429:
        return {NextUpstream::Http429, 429, true};
    }
    return {0, 200, true};
}

bool isHttpStatus(TryResult result)
{
    return result != TryResult::Ok && result != TryResult::Refused && result != TryResult::Error &&
        result != TryResult::Timeout;
}

} // namespace

std::optional<NextUpstream> NextUpstream::parse(QStringView arguments)
{
    static const struct
    {
        const char16_t *name;
        quint16 condition;
    } names[] = {
        {u"error", Error},
        {u"timeout", Timeout},
        {u"invalid_header", InvalidHeader},
        {u"http_500", Http500},
        {u"http_502", Http502},
        {u"http_503", Http503},
        {u"http_504", Http504},
        {u"http_403", Http403},
        {u"http_404", Http404},
        {u"http_429", Http429},
        {u"non_idempotent", NonIdempotent},
        {u"off", Off},
    };
    NextUpstream n;
    n.conditions = 0;
    const auto words = arguments.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return std::nullopt;
    for (QStringView w : words) {
        const auto it =
            std::find_if(std::begin(names), std::end(names), [&](const auto &e) { return w == e.name; });
        if (it == std::end(names))
            return std::nullopt;
        n.conditions |= it->condition;
    }
    if (n.conditions & Off)
        n.conditions = Off;
    return n;
}

ProxyResult ProxyPass::run(const Request &request, qint64 nowMs, const Serve &serve,
                           std::vector<Explanation> *why)
{
    ProxyResult result;
    RequestState state;
    m_balancer.begin(state, request, m_policy.tries);
    const bool nonIdempotent =
        request.method == "POST" || request.method == "LOCK" || request.method == "PATCH";
    // Every try costs one of state.tries, so the loop ends; the bound is a safeguard.
    for (int guard = 0; guard <= m_balancer.peers().size() + 1; ++guard) {
        Explanation *e = why ? &why->emplace_back() : nullptr;
        const Selection selection = m_balancer.select(state, nowMs, e);
        if (selection.isBusy()) {
            result.status = 502; // no live upstreams
            break;
        }
        if (!selection.setCookie.isEmpty())
            result.setCookie = selection.setCookie;
        const TryResult tried = serve(selection.peer);
        if (tried == TryResult::Ok) {
            m_balancer.release(state, Outcome::Success, nowMs);
            result.status = 200;
            result.peer = selection.peer;
            break;
        }
        const Failure f = describe(tried);
        const quint16 mask =
            f.condition | (f.sent && nonIdempotent ? quint16(NextUpstream::NonIdempotent) : 0);
        const bool listed = (m_policy.conditions & mask) == mask;
        if (isHttpStatus(tried) && !(listed && state.tries > 1)) {
            // ngx_http_upstream_test_next(): the response goes to the client.
            m_balancer.release(state, Outcome::Success, nowMs);
            result.status = f.status;
            result.peer = selection.peer;
            break;
        }
        const bool next = tried == TryResult::Http403 || tried == TryResult::Http404;
        m_balancer.release(state, next ? Outcome::Next : Outcome::Failure, nowMs);
        result.status = f.status;
        if (!state.canRetry() || !listed)
            break;
    }
    result.upstreamAddr = m_balancer.upstreamAddr(state);
    result.attempts.assign(state.attempts.begin(), state.attempts.end());
    return result;
}

} // namespace gw::sim
