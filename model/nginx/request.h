// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

class QRandomGenerator;

namespace gw::nginx {

/** One request header as the client sends it. */
struct Header
{
    QString name;
    QString value;
};

/**
 * A simulated HTTP request as it reaches nginx: the connection (client address, the address and port it
 * arrived on, http or https with SNI) and the request itself (method, target with query, Host, other
 * headers, cookies, the $request_id nginx would draw).
 */
struct Request
{
    QString clientAddress = QStringLiteral("127.0.0.1"); ///< IPv4 or IPv6 ($remote_addr)
    int clientPort = 0; ///< $remote_port; 0: unknown
    /** The local address the connection arrived on; empty: any address of the client's family. */
    QString serverAddress;
    int port = 80;
    QString scheme = QStringLiteral("http"); ///< "http" or "https"
    QString sni; ///< TLS server name (https only); empty: none sent
    /// The stream module's `pass` handed this connection to a unix-socket listener: the client address
    /// stays the connection's (a new connection to a unix socket would have $remote_addr "unix:").
    bool passedConnection = false;
    QString method = QStringLiteral("GET");
    QString target = QStringLiteral("/"); ///< path with optional ?query, as on the request line
    QString host; ///< the Host header value (may carry ":port")
    bool hasHost = true; ///< false: no Host header at all
    QList<Header> headers; ///< other headers, in order (a "Host" here is a second Host header)
    QString cookie; ///< a Cookie header, added after \a headers when not empty
    QString httpVersion = QStringLiteral("HTTP/1.1");
    /**
     * $request_id: 32 lowercase hex digits. nginx draws 16 random bytes; the simulator draws them from
     * its seeded generator (see makeRequestId). Empty: 32 zeros, and the trace says so.
     */
    QString requestId;

    /** 16 random bytes from \a generator as 32 lowercase hex digits, as nginx prints $request_id. */
    static QString makeRequestId(QRandomGenerator &generator);
};

} // namespace gw::nginx
