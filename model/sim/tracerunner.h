// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/gatewayconfig.h"
#include "sim/requestrecord.h"
#include "sim/requestscsv.h"
#include "sim/simulatedgateway.h"

#include <memory>
#include <vector>

namespace gw::sim {

/** How a trace runs. */
struct TraceOptions
{
    bool cookieJar =
        false; ///< every client keeps the cookies responses set and sends them later (curl -c/-b)
    quint64 seed = 0; ///< the random methods' and $request_id's draws
    /// Wall-clock time of at_ms 0, in milliseconds since the epoch (cookie expiry dates, fail_timeout
    /// seconds). The default, 2026-01-01T00:00:00Z, keeps output reproducible.
    qint64 startEpochMs = 1767225600000;
    bool explain = false; ///< fill the records' routing and balancing explanations
};

/**
 * Trace mode of `gwstudio simulate --requests`: the requests of a CSV, in arrival order, through one
 * Gateway replica of \a config. A request arriving while others are in flight sees them
 * (least_conn, random two); a client with a cookie jar (keyed by its address) sends the cookies
 * earlier responses set, after any Cookie the CSV gives. Records come back in the CSV's order.
 */
class TraceRunner
{
public:
    static std::vector<RequestRecord> run(std::shared_ptr<const GatewayConfig> config,
                                          const std::vector<TraceRequest> &requests,
                                          const TraceOptions &options);
    /** The same through any engine (ingress-nginx's too), loaded with its configuration already. */
    static std::vector<RequestRecord>
    run(SimulatedGateway &gateway, const std::vector<TraceRequest> &requests, const TraceOptions &options);

    /** The output CSV of the command-line contract:
     * `request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie`, `limit_req,delay_ms`
     * when a request met a limit_req, and `scheme,sni,port,stream_servers` when a row is not plain HTTP or
     * went through the stream module. */
    static QByteArray toCsv(const std::vector<RequestRecord> &records);
    /** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). */
    static QByteArray csvField(const QString &text);
    /** The CSV header; \a limitReq adds the columns limit_req,delay_ms (when a limit_req applies),
        \a connections scheme,sni,port,stream_servers (stream servers joined with " -> "). */
    static QByteArray csvHeader(bool limitReq = false, bool connections = false);
    static QByteArray csvRow(const RequestRecord &record, bool limitReq = false, bool connections = false);
    /** True when a record is not plain HTTP or went through the stream module. */
    static bool hasConnections(const std::vector<RequestRecord> &records);
};

} // namespace gw::sim
