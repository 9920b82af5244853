// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/balancingmethod.h"

#include "sim/consistenthash.h"
#include "sim/generichash.h"
#include "sim/iphash.h"
#include "sim/leastconn.h"
#include "sim/randomchoice.h"
#include "sim/roundrobin.h"

namespace gw::sim {

std::unique_ptr<BalancingMethod> BalancingMethod::create(const UpstreamConfig &config, const PeerTable &peers,
                                                         QString *error)
{
    const auto key = [&]() -> std::optional<KeyExpression> {
        QString message;
        auto e = KeyExpression::parse(config.hashKey, &message);
        if (!e && error)
            *error = message;
        return e;
    };
    switch (config.method) {
    case Method::RoundRobin:
        return std::make_unique<RoundRobin>();
    case Method::LeastConn:
        return std::make_unique<LeastConn>();
    case Method::IpHash:
        return std::make_unique<IpHash>();
    case Method::Hash:
        if (auto k = key())
            return std::make_unique<GenericHash>(std::move(*k));
        return nullptr;
    case Method::ConsistentHash:
        if (auto k = key())
            return std::make_unique<ConsistentHash>(std::move(*k), peers);
        return nullptr;
    case Method::Random:
        return std::make_unique<RandomChoice>(false);
    case Method::RandomTwo:
    case Method::RandomTwoLeastConn:
        return std::make_unique<RandomChoice>(true);
    }
    return nullptr;
}

} // namespace gw::sim
