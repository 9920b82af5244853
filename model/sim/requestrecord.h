// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gw::sim {

/**
 * Everything the simulation knows about one request, for the output CSV and the GUI's request
 * inspector: what was sent, how the configuration routed it, which peer the balancer chose and
 * why. The explanations are filled only when asked for (trace mode with explanations, or the
 * requests a scenario records).
 */
struct RequestRecord
{
    qint64 index = 0; ///< 1-based request number
    qint64 atMs = 0; ///< arrival, milliseconds since the start of the simulation
    qint64 durationMs = 0; ///< time in flight
    // What was sent
    QString client; ///< the address nginx saw ($remote_addr, after realip)
    QString connection; ///< the TCP peer when it differs from client (a proxy in front), else empty
    QString host;
    QString target; ///< path with query
    QString method;
    QString cookie; ///< the Cookie header sent, empty if none
    int replica = 0; ///< the Gateway replica (nginx Pod) that took the connection
    QString scheme; ///< http, https, tls, tcp, udp (trace mode); empty: http
    QString sni; ///< the TLS server name sent (https, tls)
    int port = 0; ///< the port the connection went to (trace mode)
    /// The stream servers the connection went through first (TLS passthrough, TCP, UDP listeners), each
    /// as "listen handler value": "0.0.0.0:443 pass unix:/var/run/nginx/app.example.com-443.sock"
    QStringList streamServers;
    // Routing
    QString route; ///< "ns/name", empty when no route rule served it
    QString routeKind; ///< HTTPRoute or GRPCRoute
    int rule = -1;
    QString server; ///< the server_name that matched; empty for the default server
    QString location; ///< the location that handled it, "= /tea"
    QString upstream; ///< the upstream block name, empty if none
    QString
        balancing; ///< the upstream's method as written ("ip_hash", "random two least_conn", "round robin")
    // Outcome
    QString endpoint; ///< the answering peer "ip:port", empty if none
    QString pod; ///< its Pod's name, empty if unknown
    int status = 0; ///< HTTP status; 0 when nginx refused the connection or the request is not simulated
    QByteArray setCookie; ///< the Set-Cookie value of the response, empty if none
    QStringList upstreamAddr; ///< every peer tried, in order ($upstream_addr); the upstream's name for "no
                              ///< live upstreams"
    QString error; ///< why there is no answer from a Pod, in nginx's words when nginx said it
    /// limit_req's verdict ($limit_req_status: PASSED, DELAYED, REJECTED, DELAYED_DRY_RUN,
    /// REJECTED_DRY_RUN); empty when no limit_req applied
    QString limitReq;
    qint64 delayMs = 0; ///< how long limit_req held the request before it went on (DELAYED)
    // Explanations (when recorded in full)
    QStringList routeTrace; ///< the router's steps: server, location, rewrites, njs, proxy
    QStringList balancerTrace; ///< the balancer's steps, one block per try
    // Scenario context (-1 in trace mode)
    int population = -1;
    qint64 clientIndex = -1; ///< within the population
    int session = -1; ///< the client's session, from 0
    int step = -1; ///< script step (or route-mix entry) index
};

} // namespace gw::sim
