// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/socketaddress.h"
#include "yaml/diagnostic.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace gw::sim {

/** One request of a trace: a row of the requests CSV. */
struct TraceRequest
{
    int line = 0; ///< 1-based line of the row in the CSV
    SocketAddress client; ///< the source address nginx sees ($remote_addr)
    QString clientText; ///< as written
    QString host; ///< the Host header (may carry ":port")
    QString target; ///< path with optional ?query
    QString method = QStringLiteral("GET");
    QString cookie; ///< a Cookie header value; empty: none
    std::vector<std::pair<QString, QString>>
        headers; ///< `header:<Name>` columns with a value, in column order
    std::optional<qint64> atMs; ///< arrival time; none: when the previous request ends
    qint64 durationMs = 0; ///< time in flight
    /// nginx's $request_id when it is known (a probe of the sandbox reads it from the access log):
    /// the traffic splits then draw what nginx drew. Empty: drawn from the seed.
    QString requestId;
    /// The `scheme` column: "http" (default), "https" (a request over TLS, SNI from the `sni` column or
    /// the host without port; port 443 by default), "tls" (a TLS connection with the SNI `sni`, to a
    /// passthrough listener; port 443 by default), "tcp" or "udp" (a connection to `port`).
    QString scheme = QStringLiteral("http");
    QString sni; ///< the `sni` column: the TLS server name (https, tls); empty: the host's, for https
    std::optional<int> port; ///< the `port` column, else the host's `:port`

    bool isConnection() const { return scheme == u"tls" || scheme == u"tcp" || scheme == u"udp"; }
};

/**
 * Reads the requests CSV of `gwstudio simulate --requests` (the product's command-line contract):
 * RFC 4180 fields (quotes, doubled quotes, commas and line breaks inside quotes; CRLF or LF), a
 * header row naming the columns, then one request per row. Required columns: `client` (an IPv4 or
 * IPv6 address), `host`, `path` (starting with '/', may carry `?query`); host and path may be left out
 * (column or cell) for tls/tcp/udp rows. Optional: `scheme` (http, https, tls, tcp, udp), `sni`, `port`,
 * `method`
 * (default GET), `cookie` (the Cookie header), `header:<Name>` (one header each; an empty cell
 * sends none), `at_ms` (arrival in milliseconds from the start; default: when the previous request
 * ends), `duration_ms` (time in flight, default 0). Column names are case-insensitive. Every
 * problem is reported with file:line:column; rows with problems are left out.
 */
class RequestsCsv
{
public:
    static std::vector<TraceRequest> parse(const QByteArray &data, const QString &fileName,
                                           Diagnostics &diagnostics);

    /**
     * Reports every row of \a requests that is not an HTTP request (scheme tls, tcp or udp) as an error
     * at its line: for tools that send the rows as HTTP requests (the probe). Returns false when there was
     * one.
     */
    static bool requireHttp(const std::vector<TraceRequest> &requests, const QString &fileName,
                            Diagnostics &diagnostics);

    /** The port a Host header names ("cafe.example.com:8080" -> 8080); \a fallback when none. */
    static int portOf(const QString &host, int fallback);
    /** The Host header without its port. */
    static QString hostWithoutPort(const QString &host);

    /** The arrival times: at_ms where given, else the end of the previous request (0 for the first). */
    static std::vector<qint64> arrivalTimes(const std::vector<TraceRequest> &requests);
};

} // namespace gw::sim
