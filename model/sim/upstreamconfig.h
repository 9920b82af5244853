// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/socketaddress.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace gw::sim {

/** The load-balancing methods of nginx's OSS upstream modules. */
enum class Method : quint8 {
    RoundRobin, ///< no method line: smooth weighted round robin
    LeastConn, ///< `least_conn;`
    IpHash, ///< `ip_hash;`
    Hash, ///< `hash $key;`
    ConsistentHash, ///< `hash $key consistent;`
    Random, ///< `random;`
    RandomTwo, ///< `random two;` (least_conn is its only and default criterion)
    RandomTwoLeastConn, ///< `random two least_conn;`
};

/** One `server` line of an upstream block. */
struct ServerConfig
{
    QString address; ///< as written: "10.0.0.1:8080", "[::1]:80", "unix:/run/app.sock", "app.example.com"
    int weight = 1;
    int maxFails = 1;
    int failTimeout = 10; ///< seconds
    int maxConns = 0; ///< 0: unlimited
    bool backup = false;
    bool down = false;
    bool resolve = false;
    QString route; ///< `route=`: the sticky SID instead of the MD5 of the address
    /**
     * What a host name resolves to, in resolver order; each address becomes one peer with this
     * line's parameters. IP literals and UNIX sockets need nothing here. Filled by the caller,
     * because a simulation must not depend on DNS.
     */
    std::vector<SocketAddress> addresses;
    int line = 0; ///< 1-based line in the parsed text; 0 when built in code
};

/** The `sticky` directive. */
struct StickyConfig
{
    enum class Mode : quint8 { None, Cookie, Route, Learn };

    /** `expires=max`: nginx's NGX_HTTP_STICKY_COOKIE_MAX_EXPIRES. */
    static constexpr qint64 MaxExpires = 2145916555;

    Mode mode = Mode::None;
    // sticky cookie
    QString cookieName;
    std::optional<qint64> expires; ///< seconds, MaxExpires for "max"; none: a session cookie
    QString domain; ///< a complex value; empty: no domain attribute
    bool httpOnly = false;
    bool secure = false;
    QString sameSite; ///< strict, lax, none, or a complex value; empty: no attribute
    QString path; ///< empty: no path attribute
    // sticky route / sticky learn
    QStringList lookup; ///< route: the variables in order; learn: the lookup= variables
    QStringList create; ///< learn: the create= variables
    QString zoneName;
    qint64 zoneSize = 0; ///< bytes
    qint64 timeoutMs = 600000; ///< learn: session lifetime after last use (timeout=, default 10m)
    bool learnOnHeader = false; ///< learn: `header`

    bool isEnabled() const { return mode != Mode::None; }
};

/**
 * An `upstream {}` block as the simulator needs it: the name, the balancing method, the servers in
 * configuration order and the sticky directive. Filled by UpstreamParser from generated
 * configuration, or in code.
 */
struct UpstreamConfig
{
    QString name;
    Method method = Method::RoundRobin;
    QString hashKey; ///< hash and consistent hash: the key as written ("$request_uri")
    std::vector<ServerConfig> servers;
    StickyConfig sticky;
    QString zoneName;
    qint64 zoneSize = 0;
    int keepalive = 0;
    QString stateFile; ///< Plus `state`: servers come from there (the caller adds them)

    /** The method as nginx spells it: "round robin" for the default, else the directive ("random two
     * least_conn"). */
    static QString methodName(Method method);
    /** The method line without ';' ("hash $remote_addr consistent"); empty for round robin. */
    QString methodDirective() const;
    /** least_conn and round robin accept `backup` servers; ip_hash, hash and random do not. */
    static bool methodAllowsBackup(Method method);
};

} // namespace gw::sim
