// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ngfgateway.h"

#include "sim/ingressnginx/ingressgateway.h"

#include <QCoreApplication>

namespace gw::sim {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ScenarioRunner)
};
} // namespace

std::unique_ptr<SimulatedGateway> makeGateway(const EngineOptions &options, int replicas, quint64 seed,
                                              qint64 startEpochMs)
{
    if (options.kind == EngineKind::IngressNginx)
        return std::make_unique<ingressnginx::IngressGateway>(options, replicas, seed, startEpochMs);
    return std::make_unique<NgfGateway>(options.profile, replicas, seed, startEpochMs);
}

NgfGateway::NgfGateway(const ngf::Profile &profile, int replicas, quint64 seed, qint64 startEpochMs)
    : m_profile(profile)
    , m_runtime(replicas, seed, startEpochMs)
{ }

QString NgfGateway::label() const
{
    const ngf::Profile &pr = m_profile;
    return Tr::tr("NGF %1, %2%3%4")
        .arg(pr.version.name(), pr.plus ? Tr::tr("NGINX Plus") : Tr::tr("NGINX OSS"),
             pr.experimental ? Tr::tr(", experimental features") : QString(),
             pr.snippets ? Tr::tr(", snippets enabled") : QString());
}

ConfigChange NgfGateway::load(std::shared_ptr<const GatewayConfig> config)
{
    const ConfigChange change = m_runtime.load(config);
    m_loaded = true;
    m_upstreams.clear();
    for (const UpstreamSnapshot &up : config->upstreams()) {
        Upstream u;
        u.name = up.name;
        u.balancing = up.config.methodDirective().isEmpty() ? QStringLiteral("round robin")
                                                            : up.config.methodDirective();
        if (up.config.sticky.mode == StickyConfig::Mode::Cookie)
            u.sticky = QStringLiteral("cookie ") + up.config.sticky.cookieName;
        u.pods = up.pods;
        u.servers = up.serverAddresses();
        m_upstreams.push_back(u);
    }
    return change;
}

bool NgfGateway::load(std::shared_ptr<Design> design, qint64 nowMs, bool initial, ConfigChange *change,
                      QString *error)
{
    Q_UNUSED(nowMs);
    const GatewayConfig *previous = initial || !m_loaded ? nullptr : &m_runtime.config();
    std::shared_ptr<const GatewayConfig> config = GatewayConfig::build(design, m_profile, previous, error);
    if (!config)
        return false;
    const ConfigChange c = load(config);
    if (change)
        *change = c;
    return true;
}

SimulatedGateway::Served NgfGateway::serve(const nginx::Request &routing, const QByteArray *routeKey,
                                           const Request &balancing, int target, qint64 nowMs,
                                           qint64 durationMs, RequestRecord *record, bool explain)
{
    return convert(m_runtime.serve(routing, routeKey, balancing, target, nowMs, durationMs, record, explain),
                   target);
}

SimulatedGateway::Served NgfGateway::serveConnection(const nginx::StreamConnection &connection,
                                                     const nginx::Request &http, const Request &balancing,
                                                     int target, qint64 nowMs, qint64 durationMs,
                                                     RequestRecord *record, bool explain)
{
    return convert(
        m_runtime.serveConnection(connection, http, balancing, target, nowMs, durationMs, record, explain),
        target);
}

SimulatedGateway::Served NgfGateway::convert(const GatewayRuntime::Served &s, int target) const
{
    Served out;
    out.decision = s.decision;
    out.upstream = s.upstream;
    out.status = s.status;
    out.setCookie = s.setCookie;
    out.tries = s.tries;
    out.limitReq = s.limitReq;
    out.delayMs = s.delayMs;
    if (s.peer != NoPeer && s.upstream >= 0)
        out.server = m_runtime.replica(target).balancer(s.upstream)->peers().info(s.peer).serverIndex;
    return out;
}

} // namespace gw::sim
