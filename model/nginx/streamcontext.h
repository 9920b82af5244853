// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/complexvalue.h"
#include "nginx/config.h"
#include "nginx/mapblock.h"
#include "nginx/netaddress.h"
#include "nginx/splitclients.h"
#include "nginx/upstreamblock.h"

#include <QHash>
#include <QSet>

#include <memory>
#include <vector>

namespace gw::nginx {

/** One `listen` of a stream server (ngx_stream_core_listen()). */
struct StreamListen
{
    enum class Family { Inet, Inet6, Unix };
    Family family = Family::Inet;
    NetAddress address; ///< the wildcard when only a port is given
    QByteArray unixPath;
    int port = 0;
    bool udp = false;
    const Directive *directive = nullptr;
    QByteArray text() const; ///< "0.0.0.0:443", "[::]:53 udp", "unix:/path"
};

/** A compiled `server` block of the stream context. */
struct StreamServer
{
    enum class Handler { None, Pass, ProxyPass, Return };
    int index = -1;
    const Directive *directive = nullptr;
    std::vector<StreamListen> listens;
    bool sslPreread = false; ///< ssl_preread on
    Handler handler = Handler::None;
    const Directive *handlerDirective = nullptr;
    ComplexValue value; ///< the pass / proxy_pass / return argument
};

/**
 * The stream context of a Config compiled for routing connections as nginx's stream module does:
 * servers with their listens, `ssl_preread`, content handler (`pass`, ngx_stream_pass_module of nginx
 * 1.25.5 and later; `proxy_pass`; `return`), the maps and split_clients of the context, and its
 * upstream blocks. Built once; immutable afterwards. Reports what nginx would report at startup for
 * what it reads (unknown variables, a server without a handler, invalid listens).
 */
class StreamContext
{
public:
    static std::shared_ptr<const StreamContext> compile(const Config &config, Diagnostics *diagnostics);

    std::shared_ptr<const Config> config; ///< the configuration the servers and maps point into
    std::vector<StreamServer> servers;
    std::vector<MapBlock> maps;
    std::vector<SplitClients> splits;
    QHash<QByteArray, int> mapIndex; ///< variable (lowercased, no '$') -> maps index
    QHash<QByteArray, int> splitIndex; ///< variable -> splits index
    std::vector<UpstreamBlock> upstreams;
    QHash<QByteArray, int> upstreamIndex; ///< lowercased name -> upstreams index

    /** The unix sockets the http context listens on (`pass` and proxy_pass may hand connections there). */
    QSet<QByteArray> httpSockets;
    /** True when the configuration has a stream block. */
    bool present = false;

    /** The server listening on \a port (TCP, or UDP when \a udp) for \a local of the family of \a v6;
        -1 when none. A specific address wins over the wildcard, as nginx binds; without \a local the
        wildcard, else the first listen of that port. */
    int serverFor(int port, bool udp, bool v6, const std::optional<NetAddress> &local) const;
    /** The server listening on unix socket \a path; -1 when none. */
    int serverForUnix(const QByteArray &path) const;
    const UpstreamBlock *upstream(const QByteArray &name) const;
    /** True when nginx's stream module knows a variable of this (lowercased) name. */
    bool knowsVariable(const QByteArray &name) const;
};

} // namespace gw::nginx
