// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/limitreqzones.h"
#include "sim/balancer.h"
#include "sim/gatewayconfig.h"

#include <memory>
#include <vector>

namespace gw::sim {

/** How a replica took a new configuration. */
enum class ConfigChange : quint8 {
    None, ///< nothing nginx would notice
    Reload, ///< nginx reloaded: new workers, every balancer starts from scratch
    ApiUpdate, ///< NGINX Plus API: upstream servers changed in place, their state kept
};

/** The peer a request got from a replica, after proxy_next_upstream's retries. */
struct ProxyAttempt
{
    PeerId peer = NoPeer; ///< the peer that answered, still in flight; NoPeer: nginx answers 502
    int status = 502; ///< 200 when a peer answered
    int tries = 0; ///< selections made (failed ones included)
    QByteArray setCookie; ///< the sticky cookie of the answering peer's selection
};

/**
 * One replica of the Gateway's nginx (one Pod of the NGINX data plane): a Balancer per upstream of
 * its configuration, with the state one nginx instance keeps (worker_processes share it through the
 * upstream `zone` NGF writes). Several replicas each have their own.
 *
 * New configurations come from NGF: when the rendered text changes, nginx reloads and every
 * balancer starts again (a reload copies the configuration's peers into the zone afresh: round
 * robin weights, connection counts and failures are lost; requests in flight finish on the old
 * worker). On NGINX Plus, endpoint changes that leave the text alone go through the Plus API: the
 * affected balancers keep their state (Balancer::updateServers()).
 */
class GatewayInstance
{
public:
    /** An upstream whose servers the Plus API changed, and how its PeerIds moved. */
    struct ServerUpdate
    {
        int upstream = -1;
        std::shared_ptr<Balancer> balancer;
        std::vector<PeerId> remap;
    };

    /** Replica \a replica; \a seed drives the random methods (each upstream gets its own stream). */
    GatewayInstance(int replica, quint64 seed);

    /** Loads \a config (the first one, a reload, or Plus API updates); \a updates lists the latter. */
    ConfigChange apply(std::shared_ptr<const GatewayConfig> config,
                       std::vector<ServerUpdate> *updates = nullptr);

    const GatewayConfig *config() const { return m_config.get(); }
    int replica() const { return m_replica; }
    /** Reloads so far (0 for the first configuration). */
    int generation() const { return m_generation; }
    /** The balancer of upstream \a index (shared, so a request in flight can outlive a reload). */
    const std::shared_ptr<Balancer> &balancer(int index) const { return m_balancers[size_t(index)]; }
    /**
     * The replica's limit_req zones (shared memory every worker of this nginx sees). They survive
     * reloads: nginx keeps a zone of the same name and size across configuration cycles.
     */
    nginx::LimitReqZones &limitReqZones() { return m_limitReq; }

    /**
     * `proxy_pass` to upstream \a index with NGF's settings (proxy_next_upstream error timeout,
     * unlimited tries): selects a peer; when \a refuses says the peer's backend refuses the
     * connection, the try fails (max_fails/fail_timeout accounting) and the next peer is tried. The
     * answering peer stays in flight: the caller releases it (Balancer::release with
     * Outcome::Success) when the response is complete. \a why, if given, gets one Explanation per
     * selection.
     */
    template<class Refuses>
    ProxyAttempt proxy(int index, const Request &request, RequestState &state, qint64 nowMs,
                       Refuses &&refuses, std::vector<Explanation> *why = nullptr) const
    {
        ProxyAttempt attempt;
        Balancer &b = *m_balancers[size_t(index)];
        b.begin(state, request);
        for (;;) {
            Explanation *e = why ? &why->emplace_back() : nullptr;
            const Selection s = b.select(state, nowMs, e);
            ++attempt.tries;
            if (s.isBusy())
                return attempt;
            if (refuses(s.peer)) {
                b.release(state, Outcome::Failure, nowMs);
                if (!state.canRetry())
                    return attempt;
                continue;
            }
            attempt.peer = s.peer;
            attempt.status = 200;
            attempt.setCookie = s.setCookie;
            return attempt;
        }
    }

private:
    std::shared_ptr<Balancer> makeBalancer(const UpstreamSnapshot &upstream) const;

    int m_replica = 0;
    quint64 m_seed = 0;
    int m_generation = -1;
    std::shared_ptr<const GatewayConfig> m_config;
    std::vector<std::shared_ptr<Balancer>> m_balancers;
    nginx::LimitReqZones m_limitReq;
};

} // namespace gw::sim
