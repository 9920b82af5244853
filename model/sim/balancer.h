// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"
#include "sim/sticky.h"

#include <memory>

namespace gw::sim {

/** How a try on a peer ended, as nginx's `free` callback is told. */
enum class Outcome : quint8 {
    Success, ///< a response was passed on (also a 5xx that is not retried)
    Failure, ///< connect error, timeout, invalid header, or a 5xx/429 retried by proxy_next_upstream
    Next, ///< a 403/404 retried by proxy_next_upstream: neither success nor failure
};

/** The peer a selection gave the request. */
struct Selection
{
    PeerId peer = NoPeer; ///< NoPeer: "no live upstreams" (nginx answers 502)
    QByteArray setCookie; ///< sticky cookie: the Set-Cookie value naming the peer; else empty

    bool isBusy() const { return peer == NoPeer; }
};

/**
 * One upstream's load balancer, as one nginx instance runs it (a single worker, or workers
 * sharing the upstream `zone` as NGF configures): the peer table with its shared state, the
 * balancing method and the sticky directive, predicting nginx 1.22 request for request.
 *
 * A request goes through begin() once, then select() for each try and release() when the try ends,
 * mirroring nginx's `init_peer`, `get` and `free`; ProxyPass drives that loop with
 * proxy_next_upstream's rules. Times are simulated milliseconds since the Unix epoch; nginx works
 * in whole seconds (`ngx_time()`), and so does everything here except sticky-learn sessions.
 * Selections never allocate unless asked to explain or to write a sticky cookie (a RequestState
 * reused for the next request keeps its buffers). Like one nginx worker, a Balancer is driven by
 * one thread at a time.
 */
class Balancer
{
public:
    /** Builds the balancer for \a config; check isValid(). \a seed drives the random methods. */
    explicit Balancer(const UpstreamConfig &config, quint64 seed = 0);
    ~Balancer();
    Q_DISABLE_COPY_MOVE(Balancer)

    /** False if the configuration cannot run (no servers, unresolved host, bad key); see errorString(). */
    bool isValid() const { return m_method != nullptr; }
    QString errorString() const { return m_error; }

    const UpstreamConfig &config() const { return m_config; }
    const PeerTable &peers() const { return m_peers; }
    const BalancingMethod &method() const { return *m_method; }
    const Sticky &sticky() const { return m_sticky; }
    RandomSource &random() { return m_random; }
    /** The peer named \a name ("10.0.0.1:80"), or NoPeer. */
    PeerId findPeer(QStringView name) const;

    /**
     * Starts balancing \a request (which must outlive \a state): evaluates the hash key, reads the
     * sticky id, and allows every non-down peer one try, at most \a maxTries (proxy_next_upstream_tries).
     */
    void begin(RequestState &state, const Request &request, int maxTries = 0) const;
    /** Picks the peer for the request's next try; \a why, if given, is filled with the reasons. */
    Selection select(RequestState &state, qint64 nowMs, Explanation *why = nullptr);
    /** `sticky learn … header`: the response header of the current try has arrived. */
    void headerReceived(RequestState &state, const Response &response, qint64 nowMs);
    /** Ends the current try: the connection count drops and failures are counted. */
    void release(RequestState &state, Outcome outcome, qint64 nowMs, const Response *response = nullptr);

    /**
     * The NGINX Plus API changes the upstream's servers in its zone, without a reload: the peer
     * table is rebuilt for \a servers, and every peer whose name stays keeps its runtime state
     * (connections in flight, failures, smooth round-robin weights); new peers start fresh. The
     * sticky sessions and the random source are kept. \a remap, if given, receives for each old
     * PeerId the new one (NoPeer for a removed peer), so that requests in flight can be released on
     * the right peer (remapRequest()). With no servers left the balancer becomes invalid (every
     * request: "no live upstreams").
     */
    void updateServers(const std::vector<ServerConfig> &servers, std::vector<PeerId> *remap = nullptr);
    /** Moves a request in flight over an updateServers() with its \a remap. */
    static void remapRequest(RequestState &state, const std::vector<PeerId> &remap);

    /**
     * `$upstream_addr` for \a state: the tried peers, ", "-separated, and the upstream's name for a
     * try that found no live peer.
     */
    QString upstreamAddr(const RequestState &state) const;

    /** nginx's clock: whole seconds (rounded down) of a time in milliseconds. */
    static qint64 seconds(qint64 ms) { return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000); }

private:
    UpstreamConfig m_config;
    PeerTable m_peers;
    std::unique_ptr<BalancingMethod> m_method;
    Sticky m_sticky;
    RandomSource m_random;
    QString m_error;
};

} // namespace gw::sim
