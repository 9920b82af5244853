// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/gatewayruntime.h"

#include <QCoreApplication>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::GatewayRuntime)
};

} // namespace

GatewayRuntime::GatewayRuntime(int replicas, quint64 seed, qint64 startEpochMs)
    : m_start(startEpochMs)
    , m_requestIds(RandomSource::derive(seed, u"request ids"))
{
    for (int i = 0; i < std::max(1, replicas); ++i)
        m_replicas.push_back(std::make_unique<GatewayInstance>(i, seed));
    m_connections.assign(m_replicas.size(), 1);
}

GatewayRuntime::~GatewayRuntime() = default;

ConfigChange GatewayRuntime::load(std::shared_ptr<const GatewayConfig> config)
{
    m_config = std::move(config);
    if (m_routes) {
        m_previousComputed += m_routes->misses();
        m_previousReused += m_routes->hits();
    }
    m_routes = std::make_unique<RouteCache>(m_config);
    ConfigChange change = ConfigChange::None;
    for (auto &replica : m_replicas) {
        std::vector<GatewayInstance::ServerUpdate> updates;
        change = replica->apply(m_config, &updates);
        // Requests in flight on a Plus upstream whose servers changed now hold the new PeerIds.
        for (const GatewayInstance::ServerUpdate &u : updates) {
            for (auto &slot : m_slots) {
                if (slot->used && slot->balancer == u.balancer)
                    Balancer::remapRequest(slot->state, u.remap);
            }
        }
    }
    m_unbalanceable.clear();
    for (const UpstreamSnapshot &u : m_config->upstreams())
        m_unbalanceable.push_back(hasErrors(u.diagnostics));
    updateRefusing();
    return change;
}

void GatewayRuntime::setRefusing(const QSet<QString> &addresses)
{
    m_refusingEndpoints = addresses;
    updateRefusing();
}

void GatewayRuntime::updateRefusing()
{
    m_refusing.assign(m_config ? m_config->upstreams().size() : 0, {});
    if (m_refusingEndpoints.isEmpty() || !m_config)
        return;
    for (size_t u = 0; u < m_refusing.size(); ++u) {
        const Balancer &b = *m_replicas.front()->balancer(int(u));
        std::vector<char> &flags = m_refusing[u];
        flags.assign(size_t(b.peers().size()), 0);
        for (PeerId p = 0; p < b.peers().size(); ++p)
            flags[size_t(p)] = m_refusingEndpoints.contains(b.peers().info(p).address.hostText()) ? 1 : 0;
    }
}

int GatewayRuntime::takeSlot()
{
    if (m_free.empty()) {
        m_slots.push_back(std::make_unique<InFlight>());
        return int(m_slots.size()) - 1;
    }
    const int slot = m_free.back();
    m_free.pop_back();
    return slot;
}

QByteArray GatewayRuntime::nextRequestId()
{
    // nginx prints 16 random bytes as 32 lowercase hex digits.
    static const char hex[] = "0123456789abcdef";
    QByteArray id(32, Qt::Uninitialized);
    for (int half = 0; half < 2; ++half) {
        quint64 bits = m_requestIds.next64();
        for (int i = 0; i < 16; ++i) {
            id[half * 16 + i] = hex[bits & 0xf];
            bits >>= 4;
        }
    }
    return id;
}

GatewayRuntime::Served GatewayRuntime::serve(const nginx::Request &routing, const QByteArray *routeKey,
                                             const Request &balancing, int replica, qint64 nowMs,
                                             qint64 durationMs, RequestRecord *record, bool explain)
{
    Served served;
    // A $request_id the caller knows (nginx's own, read by the probe) wins over a drawn one.
    const QByteArray requestId = m_config->requestIdSplits().isEmpty() ? QByteArray()
        : routing.requestId.isEmpty()                                  ? nextRequestId()
                                                                       : routing.requestId.toLatin1();
    if (explain) {
        nginx::Request r = routing;
        r.requestId = QString::fromLatin1(requestId);
        m_traced = m_config->route(r, true);
        ++m_explained;
        served.decision = &m_traced;
    } else {
        served.decision = m_routes->decide(routing, requestId, routeKey);
    }
    finish(served, balancing, replica, nowMs, durationMs, record, explain);
    return served;
}

GatewayRuntime::Served GatewayRuntime::serveConnection(const nginx::StreamConnection &connection,
                                                       const nginx::Request &http, const Request &balancing,
                                                       int replica, qint64 nowMs, qint64 durationMs,
                                                       RequestRecord *record, bool explain)
{
    nginx::StreamConnection c = connection;
    c.number = m_connections[size_t(replica)];
    m_streamDecision = m_config->routeStream(c, explain);
    if (!m_streamDecision.streamServers.isEmpty()) // refused: nginx accepted nothing
        m_connections[size_t(replica)] += quint64(std::max(1, m_streamDecision.connectionsUsed));
    Served served;
    if (!m_streamDecision.httpSocket.isEmpty()) {
        // The stream server handed the connection to the http context: the request is routed there.
        nginx::Request routing = http;
        routing.serverAddress = m_streamDecision.httpSocket;
        routing.port = 0;
        routing.passedConnection = m_streamDecision.passed;
        const RouteDecision stream = m_streamDecision;
        served = serve(routing, nullptr, balancing, replica, nowMs, durationMs, record, explain);
        if (record) {
            record->streamServers = stream.streamServers;
            record->sni = stream.sni;
            if (explain) {
                QStringList steps;
                for (const nginx::TraceStep &step : stream.trace)
                    steps << step.message;
                record->routeTrace = steps + record->routeTrace;
            }
        }
        return served;
    }
    served.decision = &m_streamDecision;
    finish(served, balancing, replica, nowMs, durationMs, record, explain);
    m_connections[size_t(replica)] += quint64(served.tries);
    if (record) {
        record->streamServers = m_streamDecision.streamServers;
        record->sni = m_streamDecision.sni;
        if (m_streamDecision.status == 0 && m_streamDecision.upstream < 0 && record->error.isEmpty())
            record->error = m_streamDecision.error;
    }
    return served;
}

void GatewayRuntime::finish(Served &served, const Request &balancing, int replica, qint64 nowMs,
                            qint64 durationMs, RequestRecord *record, bool explain)
{
    const RouteDecision &d = *served.decision;
    served.status = d.status;
    served.upstream = d.upstream;
    const qint64 epochNow = m_start + nowMs;
    GatewayInstance &instance = *m_replicas[size_t(replica)];

    // limit_req (NGX_HTTP_PREACCESS_PHASE) decides before anything else the request meets: a rejected
    // request gets limit_req_status whatever the location would do; a delayed one goes on later.
    std::optional<nginx::LimitReqZones::Outcome> limited;
    if (d.limitReq) {
        limited = instance.limitReqZones().apply(*d.limitReq, nowMs);
        served.limitReq = limited->variable();
        served.delayMs = limited->delayMs;
    }
    const bool rejected = limited && limited->status != 0;
    const qint64 startMs = nowMs + served.delayMs;

    std::vector<Explanation> why;
    if (rejected) {
        served.status = limited->status;
        served.upstream = -1;
    } else if (d.status == 0 && d.upstream >= 0 && m_unbalanceable[size_t(d.upstream)]) {
        // An upstream the simulator cannot balance (a method it does not model, such as least_time):
        // its requests get 502 rather than a guess.
        served.status = 502;
        if (record) {
            for (const Diagnostic &diagnostic : m_config->upstreams()[size_t(d.upstream)].diagnostics) {
                if (diagnostic.severity == Diagnostic::Severity::Error)
                    record->error = diagnostic.message;
            }
        }
    } else if (d.status == 0 && d.upstream >= 0) {
        const std::shared_ptr<Balancer> &balancer = instance.balancer(d.upstream);
        const std::vector<char> &refusing = m_refusing[size_t(d.upstream)];
        const auto refuses = [&](PeerId p) { return !refusing.empty() && refusing[size_t(p)]; };
        InFlight *slot = nullptr;
        int slotIndex = -1;
        if (durationMs > 0) {
            slotIndex = takeSlot();
            slot = m_slots[size_t(slotIndex)].get();
            slot->request = balancing;
            slot->balancer = balancer;
            slot->used = true;
        }
        RequestState &state = slot ? slot->state : m_scratch;
        const ProxyAttempt attempt = instance.proxy(d.upstream, slot ? slot->request : balancing, state,
                                                    epochNow, refuses, explain ? &why : nullptr);
        served.peer = attempt.peer;
        served.status = attempt.status;
        served.setCookie = attempt.setCookie;
        served.tries = attempt.tries;
        if (record) {
            for (PeerId p : state.attempts)
                record->upstreamAddr << (p == NoPeer ? d.upstreamName : balancer->peers().info(p).name);
            if (explain) {
                for (size_t i = 0; i < why.size(); ++i) {
                    if (why.size() > 1)
                        record->balancerTrace << Tr::tr("try %1:").arg(i + 1);
                    record->balancerTrace << why[i].describe(balancer->peers());
                }
            }
            record->balancing = UpstreamConfig::methodName(balancer->config().method);
            if (attempt.peer == NoPeer)
                record->error = balancer->isValid() ? Tr::tr("no live upstreams") : balancer->errorString();
        }
        if (attempt.peer != NoPeer) {
            if (slot) {
                m_pending.push({startMs + durationMs, m_seq++, slotIndex});
            } else {
                balancer->release(state, Outcome::Success, epochNow);
            }
        } else if (slot) {
            slot->used = false;
            slot->balancer.reset();
            m_free.push_back(slotIndex);
        }
    }
    if (record) {
        const QString error = record->error;
        record->atMs = nowMs;
        record->durationMs = durationMs;
        record->replica = replica;
        record->route = d.route;
        record->routeKind = d.routeKind;
        record->rule = d.rule;
        record->server = d.serverName;
        record->location = d.location;
        record->upstream = rejected ? QString() : d.upstreamName;
        record->status = served.status;
        record->setCookie = served.setCookie;
        record->error = d.status != 0 || d.upstream < 0 ? d.error : error;
        record->limitReq = served.limitReq;
        record->delayMs = served.delayMs;
        if (rejected)
            record->error = limited->log;
        if (served.peer != NoPeer) {
            const Balancer &b = *instance.balancer(d.upstream);
            const PeerInfo &info = b.peers().info(served.peer);
            record->endpoint = info.name;
            const UpstreamSnapshot &u = m_config->upstreams()[size_t(d.upstream)];
            record->pod =
                info.serverIndex < int(u.pods.size()) ? u.pods[size_t(info.serverIndex)] : QString();
        }
        if (explain) {
            for (const nginx::TraceStep &step : d.trace)
                record->routeTrace << step.message;
            if (limited) {
                QString verdict = Tr::tr("limit_req at %1 ms: %2").arg(nowMs).arg(limited->variable());
                if (!limited->log.isEmpty())
                    verdict += QStringLiteral(" (") + limited->log + u')';
                if (rejected)
                    verdict += Tr::tr(": %1").arg(limited->status);
                else if (limited->delayMs > 0)
                    verdict += Tr::tr(": served %1 ms later").arg(limited->delayMs);
                record->routeTrace << verdict;
            }
        }
    }
}

void GatewayRuntime::releaseUntil(qint64 nowMs)
{
    while (!m_pending.empty() && m_pending.top().at <= nowMs) {
        const Release r = m_pending.top();
        m_pending.pop();
        InFlight &slot = *m_slots[size_t(r.slot)];
        slot.balancer->release(slot.state, Outcome::Success, m_start + r.at);
        slot.balancer.reset();
        slot.used = false;
        m_free.push_back(r.slot);
    }
}

} // namespace gw::sim
