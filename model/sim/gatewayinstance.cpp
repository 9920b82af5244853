// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/gatewayinstance.h"

namespace gw::sim {

GatewayInstance::GatewayInstance(int replica, quint64 seed)
    : m_replica(replica)
    , m_seed(seed)
{ }

std::shared_ptr<Balancer> GatewayInstance::makeBalancer(const UpstreamSnapshot &upstream) const
{
    // Each replica, upstream and nginx generation draws from its own stream, so that adding an
    // upstream or a replica does not shift the draws of the others.
    const quint64 seed = RandomSource::derive(m_seed,
                                              QStringLiteral("replica %1 upstream %2 generation %3")
                                                  .arg(m_replica)
                                                  .arg(upstream.name)
                                                  .arg(m_generation));
    return std::make_shared<Balancer>(upstream.config, seed);
}

ConfigChange GatewayInstance::apply(std::shared_ptr<const GatewayConfig> config,
                                    std::vector<ServerUpdate> *updates)
{
    const std::shared_ptr<const GatewayConfig> old = std::move(m_config);
    m_config = std::move(config);
    const bool reload = !old || old->text() != m_config->text();
    if (reload) {
        ++m_generation;
        m_balancers.clear();
        for (const UpstreamSnapshot &u : m_config->upstreams())
            m_balancers.push_back(makeBalancer(u));
        return old ? ConfigChange::Reload : ConfigChange::None;
    }
    // Same text: on OSS the servers are in the text, so nothing changed; on Plus the API may have
    // changed servers behind `state` files.
    ConfigChange change = ConfigChange::None;
    for (size_t i = 0; i < m_config->upstreams().size(); ++i) {
        const UpstreamSnapshot &now = m_config->upstreams()[i];
        const UpstreamSnapshot &before = old->upstreams()[i];
        if (!now.fromState || now.serverAddresses() == before.serverAddresses())
            continue;
        ServerUpdate update;
        update.upstream = int(i);
        update.balancer = m_balancers[i];
        update.balancer->updateServers(now.config.servers, &update.remap);
        if (updates)
            updates->push_back(std::move(update));
        change = ConfigChange::ApiUpdate;
    }
    return change;
}

} // namespace gw::sim
