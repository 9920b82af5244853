// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/config.h"
#include "nginx/routeresult.h"
#include "nginx/upstreamblock.h"

#include <memory>

namespace gw::nginx {

class StreamContext;

/** A simulated connection as it reaches nginx's stream module. */
struct StreamConnection
{
    QString clientAddress = QStringLiteral("127.0.0.1"); ///< IPv4 or IPv6 ($remote_addr)
    int clientPort = 0; ///< $remote_port; 0: unknown
    QString serverAddress; ///< the local address; empty: any address of the client's family
    int port = 0;
    bool udp = false;
    bool tls = false; ///< the client starts with a TLS ClientHello
    QString sni; ///< its server_name extension; empty: none sent
    quint64 number = 1; ///< $connection: nginx's connection counter for this connection
};

/** A stream server the connection entered. */
struct StreamHop
{
    int server = -1; ///< 0-based index among the stream context's `server` blocks
    QString listen; ///< the listen it arrived on: "0.0.0.0:443", "unix:/var/run/nginx/app.sock"
    SourceLocation location; ///< the `server` directive
    QString handler; ///< "pass $dest443", "proxy_pass default_app_443", "return \"\"", as written
    SourceLocation handlerLocation; ///< the handler directive
    QString value; ///< the handler's argument with variables evaluated
};

/** What the stream module does with a connection. */
struct StreamResult
{
    enum class Kind {
        Refused, ///< nothing listens (TCP refused; a UDP datagram is dropped)
        Proxy, ///< proxy_pass to an upstream block or an address
        Http, ///< handed to the http context's listener httpSocket (`pass`, or proxy_pass to it)
        Return, ///< `return` sends a value and closes
        Error, ///< the session ends with an error ($status 500 or 502)
    };
    Kind kind = Kind::Refused;
    /** The stream module's $status when the session ends in this configuration: 200 (return, proxied
        by an upstream), 500 (pass or proxy_pass could not be evaluated), 502 (no upstream); 0: refused,
        or proxied (the upstream's connection decides). */
    int status = 0;
    QString error; ///< why the connection was refused or failed
    std::vector<StreamHop> hops; ///< servers entered, in order (pass and local proxy_pass follow)
    QString target; ///< proxy_pass: the evaluated argument
    QString upstream; ///< the stream `upstream` block it names; empty for an address
    QString httpSocket; ///< Http: the http listener ("unix:/var/run/nginx/https443.sock")
    bool passed = false; ///< Http: reached by `pass` (the client address is kept), not a new connection
    QByteArray returned; ///< Return: the value sent
    QString sslPrereadServerName; ///< $ssl_preread_server_name of the first server with ssl_preread
    int connectionsUsed = 1; ///< $connection numbers this routing took (a local proxy_pass takes more)
    std::vector<TraceStep> trace;
};

/**
 * Decides, for a simulated TCP or UDP connection (optionally TLS with SNI), what nginx's stream module
 * does with it, from the configuration text: the listening server (ngx_stream_core_module), the
 * preread phase (`ssl_preread on` reads the ClientHello's server_name into $ssl_preread_server_name),
 * maps (with `hostnames`) and split_clients evaluated over the stream variables ($remote_addr,
 * $remote_port, $server_addr, $server_port, $protocol, $connection, $ssl_preread_server_name), and the
 * content phase: `pass` (to another stream server or an http listener on this configuration),
 * `proxy_pass` (an upstream block, an address, or a unix socket of this configuration, which is
 * followed), `return`. Immutable; route() is const and thread-safe.
 */
class StreamRouter
{
public:
    StreamRouter();
    explicit StreamRouter(const Config &config);
    ~StreamRouter();
    StreamRouter(const StreamRouter &) = default;
    StreamRouter &operator=(const StreamRouter &) = default;

    /** What nginx would report for the stream context when loading the configuration. */
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /** True when the configuration has a stream block. */
    bool isPresent() const;
    /** True when a stream server listens on \a port (TCP, or UDP when \a udp). */
    bool listens(int port, bool udp) const;

    StreamResult route(const StreamConnection &connection, bool trace = true) const;

    /** The `upstream` blocks of the stream context, in order. */
    const std::vector<UpstreamBlock> &upstreams() const;
    /** The stream context's compiled form. */
    const StreamContext &context() const { return *m_context; }

private:
    std::shared_ptr<const StreamContext> m_context;
    Diagnostics m_diagnostics;
};

} // namespace gw::nginx
