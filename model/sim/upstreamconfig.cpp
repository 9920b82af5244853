// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/upstreamconfig.h"

namespace gw::sim {

QString UpstreamConfig::methodName(Method method)
{
    switch (method) {
    case Method::RoundRobin:
        return QStringLiteral("round robin");
    case Method::LeastConn:
        return QStringLiteral("least_conn");
    case Method::IpHash:
        return QStringLiteral("ip_hash");
    case Method::Hash:
        return QStringLiteral("hash");
    case Method::ConsistentHash:
        return QStringLiteral("hash consistent");
    case Method::Random:
        return QStringLiteral("random");
    case Method::RandomTwo:
        return QStringLiteral("random two");
    case Method::RandomTwoLeastConn:
        return QStringLiteral("random two least_conn");
    }
    return {};
}

QString UpstreamConfig::methodDirective() const
{
    switch (method) {
    case Method::RoundRobin:
        return {};
    case Method::Hash:
        return QStringLiteral("hash ") + hashKey;
    case Method::ConsistentHash:
        return QStringLiteral("hash ") + hashKey + QStringLiteral(" consistent");
    default:
        return methodName(method);
    }
}

bool UpstreamConfig::methodAllowsBackup(Method method)
{
    return method == Method::RoundRobin || method == Method::LeastConn;
}

} // namespace gw::sim
