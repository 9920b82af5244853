// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancer.h"
#include "sim/upstreamparser.h"

#include <QTest>

/** Small builders shared by the simulator tests. */
namespace simtest {

/** A GET request from \a client for \a target with optional "Name: value" headers. */
inline gw::sim::Request request(const QString &client, const QByteArray &target = "/",
                                const std::vector<gw::sim::Header> &headers = {})
{
    gw::sim::Request r;
    const auto address = gw::sim::SocketAddress::parseIp(client);
    if (!address)
        qFatal("bad client address in a test");
    r.client = *address;
    r.target = target;
    r.headers = headers;
    r.headers.insert(r.headers.begin(), {"Host", "cafe.example.com"});
    return r;
}

/** Parses an upstream body that must be valid. */
inline gw::sim::UpstreamConfig upstream(const QString &body, const QString &name = QStringLiteral("backend"))
{
    gw::Diagnostics diagnostics;
    gw::sim::UpstreamConfig config = gw::sim::UpstreamParser::parse(body, name, diagnostics);
    for (const gw::Diagnostic &d : diagnostics) {
        if (d.severity == gw::Diagnostic::Severity::Error)
            qFatal("%s", qPrintable(d.toString()));
    }
    return config;
}

/** One request through \a balancer, released at once as a success; returns the peer's name. */
inline QString pick(gw::sim::Balancer &balancer, const gw::sim::Request &request, qint64 nowMs = 1000000,
                    gw::sim::Explanation *why = nullptr)
{
    gw::sim::RequestState state;
    balancer.begin(state, request);
    const gw::sim::Selection s = balancer.select(state, nowMs, why);
    if (s.isBusy())
        return QStringLiteral("busy");
    balancer.release(state, gw::sim::Outcome::Success, nowMs);
    return balancer.peers().info(s.peer).name;
}

/** \a n sequential requests from \a client; the peers' names in order. */
inline QStringList sequence(gw::sim::Balancer &balancer, int n,
                            const QString &client = QStringLiteral("10.0.0.100"), qint64 nowMs = 1000000)
{
    QStringList names;
    const gw::sim::Request r = request(client);
    for (int i = 0; i < n; ++i)
        names << pick(balancer, r, nowMs);
    return names;
}

/** Server names "10.0.0.<i>:80" as a list, for readable expectations. */
inline QString host(int i)
{
    return QStringLiteral("10.0.0.%1:80").arg(i);
}

} // namespace simtest
