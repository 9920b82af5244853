// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/tracerunner.h"

#include "sim/cookiejar.h"
#include "sim/ngfgateway.h"
#include "sim/randomsource.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace gw::sim {

std::vector<RequestRecord> TraceRunner::run(std::shared_ptr<const GatewayConfig> config,
                                            const std::vector<TraceRequest> &requests,
                                            const TraceOptions &options)
{
    NgfGateway gateway(ngf::Profile(), 1, options.seed, options.startEpochMs);
    gateway.load(config);
    return run(gateway, requests, options);
}

std::vector<RequestRecord> TraceRunner::run(SimulatedGateway &gateway,
                                            const std::vector<TraceRequest> &requests,
                                            const TraceOptions &options)
{
    // Connections land on a target (a replica's nginx worker, for ingress-nginx) drawn from the seed.
    RandomSource targets(RandomSource::derive(options.seed, u"connections"));
    const std::vector<qint64> times = RequestsCsv::arrivalTimes(requests);
    std::vector<size_t> order(requests.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return times[a] < times[b]; });

    std::vector<RequestRecord> records(requests.size());
    CookiePool pool;
    std::map<QString, CookieJar> jars;
    for (size_t i : order) {
        const TraceRequest &t = requests[i];
        const qint64 now = times[i];
        gateway.releaseUntil(now);
        const QString path = t.target.section(u'?', 0, 0);
        const QString host = RequestsCsv::hostWithoutPort(t.host);
        QString cookie = t.cookie;
        if (options.cookieJar) {
            const QByteArray fromJar = jars[t.clientText].header(pool, host.toUtf8(), path.toUtf8(), false,
                                                                 options.startEpochMs + now);
            if (!fromJar.isEmpty())
                cookie = cookie.isEmpty() ? QString::fromUtf8(fromJar)
                                          : cookie + QStringLiteral("; ") + QString::fromUtf8(fromJar);
        }

        const bool tls = t.scheme == u"https" || t.scheme == u"tls";
        const int port = t.port.value_or(RequestsCsv::portOf(t.host, tls ? 443 : gateway.defaultPort()));
        const QString sni = !t.sni.isEmpty() ? t.sni : t.scheme == u"https" ? host : QString();
        nginx::Request routing;
        routing.clientAddress = t.clientText;
        routing.scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
        routing.port = port;
        routing.sni = sni;
        routing.method = t.method;
        // A tls row that ends in the http context (NGF's https<port>.sock) sends GET / with the SNI as
        // Host when the row gives no request.
        routing.target = t.target.isEmpty() ? QStringLiteral("/") : t.target;
        routing.host = t.host.isEmpty() ? sni : t.host;
        routing.cookie = cookie;
        routing.requestId = t.requestId;
        Request balancing;
        QByteArray forwardedFor;
        for (const auto &[name, value] : t.headers) {
            if (name.compare(u"X-Forwarded-For", Qt::CaseInsensitive) == 0)
                forwardedFor +=
                    (forwardedFor.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + value.toUtf8();
        }
        balancing.client = gateway.realClient(t.client, forwardedFor);
        balancing.method = t.method.toUtf8();
        balancing.target = t.target.toUtf8();
        balancing.headers.push_back({"Host", t.host.toUtf8()});
        for (const auto &[name, value] : t.headers) {
            routing.headers.append({name, value});
            balancing.headers.push_back({name.toUtf8(), value.toUtf8()});
        }
        if (!cookie.isEmpty())
            balancing.headers.push_back({"Cookie", cookie.toUtf8()});

        RequestRecord &record = records[i];
        record.index = qint64(i) + 1;
        record.client = balancing.client.hostText();
        if (!(balancing.client == t.client))
            record.connection = t.clientText;
        record.host = t.host;
        record.target = t.target;
        record.method = t.method;
        record.cookie = cookie;
        const int target =
            gateway.connectionTargets() > 1 ? int(targets.next() % quint32(gateway.connectionTargets())) : 0;
        record.scheme = t.scheme;
        record.sni = sni;
        record.port = port;
        // A connection to a port the stream module listens on goes through its servers first (TLS
        // passthrough, TCP and UDP listeners; on NGF also every HTTPS request to a passthrough port).
        const bool udp = t.scheme == u"udp";
        const bool stream = t.isConnection() || gateway.streamListens(port, udp);
        SimulatedGateway::Served served;
        if (stream) {
            nginx::StreamConnection connection;
            connection.clientAddress = t.clientText;
            connection.port = port;
            connection.udp = udp;
            connection.tls = tls;
            connection.sni = sni;
            served = gateway.serveConnection(connection, routing, balancing, target, now, t.durationMs,
                                             &record, options.explain);
        } else {
            served = gateway.serve(routing, nullptr, balancing, target, now, t.durationMs, &record,
                                   options.explain);
        }
        if (options.cookieJar && !served.setCookie.isEmpty())
            jars[t.clientText].store(pool, served.setCookie, host.toUtf8(), path.toUtf8(),
                                     options.startEpochMs + now);
    }
    return records;
}

QByteArray TraceRunner::csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray TraceRunner::csvHeader(bool limitReq, bool connections)
{
    return QByteArrayLiteral("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie") +
        (limitReq ? QByteArrayLiteral(",limit_req,delay_ms") : QByteArray()) +
        (connections ? QByteArrayLiteral(",scheme,sni,port,stream_servers\n") : QByteArrayLiteral("\n"));
}

bool TraceRunner::hasConnections(const std::vector<RequestRecord> &records)
{
    return std::any_of(records.begin(), records.end(), [](const RequestRecord &r) {
        return !r.streamServers.isEmpty() || (!r.scheme.isEmpty() && r.scheme != u"http");
    });
}

QByteArray TraceRunner::csvRow(const RequestRecord &r, bool limitReq, bool connections)
{
    QByteArray row;
    row += QByteArray::number(r.index) + ',';
    row += csvField(r.connection.isEmpty() ? r.client : r.connection) + ',';
    row += csvField(r.host) + ',';
    row += csvField(r.target) + ',';
    row += csvField(r.route) + ',';
    row += (r.rule >= 0 ? QByteArray::number(r.rule) : QByteArray()) + ',';
    row += csvField(r.upstream) + ',';
    row += csvField(r.endpoint) + ',';
    row += csvField(r.pod) + ',';
    row += QByteArray::number(r.status) + ',';
    row += csvField(QString::fromUtf8(r.setCookie));
    if (limitReq)
        row += ',' + r.limitReq.toLatin1() + ',' +
            (r.limitReq.isEmpty() ? QByteArray() : QByteArray::number(r.delayMs));
    if (connections)
        row += ',' + csvField(r.scheme.isEmpty() ? QStringLiteral("http") : r.scheme) + ',' +
            csvField(r.sni) + ',' + (r.port > 0 ? QByteArray::number(r.port) : QByteArray()) + ',' +
            csvField(r.streamServers.join(QStringLiteral(" -> ")));
    return row + '\n';
}

QByteArray TraceRunner::toCsv(const std::vector<RequestRecord> &records)
{
    const bool limitReq = std::any_of(records.begin(), records.end(),
                                      [](const RequestRecord &r) { return !r.limitReq.isEmpty(); });
    const bool connections = hasConnections(records);
    QByteArray out = csvHeader(limitReq, connections);
    for (const RequestRecord &r : records)
        out += csvRow(r, limitReq, connections);
    return out;
}

} // namespace gw::sim
