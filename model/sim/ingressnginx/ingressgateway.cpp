// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/ingressgateway.h"

#include "core/design.h"
#include "sim/ingressnginx/luaewma.h"
#include "sim/randomsource.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw::sim::ingressnginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::IngressGateway)
};

constexpr int SyncIntervalMs = 1000; // balancer.lua BACKENDS_SYNC_INTERVAL
constexpr int MaxTries = 3; // proxy_next_upstream_tries (config.go)
const QString DefaultBackend = QStringLiteral("upstream-default-backend");

} // namespace

IngressGateway::IngressGateway(const EngineOptions &options, int replicas, quint64 seed, qint64 startEpochMs)
    : m_options(options)
    , m_seed(seed)
    , m_start(startEpochMs)
{
    m_replicas.resize(size_t(std::max(1, replicas)));
}

IngressGateway::~IngressGateway() = default;

qint64 IngressGateway::syncPhaseMs(int target) const
{
    return qint64(RandomSource::derive(m_seed, QStringLiteral("ingress-nginx worker sync %1").arg(target)) %
                  SyncIntervalMs);
}

bool IngressGateway::load(std::shared_ptr<Design> design, qint64 nowMs, bool initial, ConfigChange *change,
                          QString *error)
{
    IngressOptions options;
    options.workers = m_options.workers;
    std::shared_ptr<const IngressConfig> config = IngressConfig::build(design, options, error);
    if (!config)
        return false;
    const std::vector<Upstream> before = m_upstreams;
    m_config = std::move(config);
    if (initial || m_workers != m_config->workers() || m_replicas.front().workers.empty()) {
        // init_worker: every worker seeds its PRNG once and builds its balancers at once.
        m_workers = m_config->workers();
        for (size_t r = 0; r < m_replicas.size(); ++r) {
            Replica &replica = m_replicas[r];
            replica.ewma = {};
            replica.workers.assign(size_t(m_workers), Worker());
            for (int w = 0; w < m_workers; ++w) {
                Worker &worker = replica.workers[size_t(w)];
                const int target = int(r) * m_workers + w;
                worker.lua.index = w;
                worker.lua.pid = 1000 + target;
                // lua_ingress.lua: 4 random bytes as the seed of math.randomseed.
                worker.lua.random.seed_(double(
                    RandomSource::derive(m_seed, QStringLiteral("ingress-nginx worker %1").arg(target)) &
                    0xffffffffu));
                worker.lua.ewma = &replica.ewma;
                worker.phaseMs = syncPhaseMs(target);
            }
        }
    }
    ++m_version;
    m_versionAt = nowMs;
    m_routes.clear();
    m_decisions.clear();
    m_decisionIndex.clear();
    if (initial) {
        for (Replica &replica : m_replicas) {
            for (Worker &worker : replica.workers) {
                worker.lua.now = double(m_start + nowMs) / 1000.0;
                sync(worker);
            }
        }
    }
    m_upstreams.clear();
    for (const LuaBackend &b : m_config->backends()) {
        Upstream u;
        u.name = b.name;
        u.balancing = b.implementation();
        if (b.affinityType == u"cookie")
            u.sticky = QStringLiteral("cookie ") + b.cookie.name;
        for (const LuaEndpoint &e : b.endpoints) {
            u.pods.push_back(e.pod);
            u.servers << e.id();
        }
        m_upstreams.push_back(u);
    }
    if (change) {
        *change = ConfigChange::None;
        for (const Upstream &u : m_upstreams) {
            const auto old = std::find_if(before.begin(), before.end(),
                                          [&](const Upstream &b) { return b.name == u.name; });
            if (old == before.end() || old->servers != u.servers)
                *change = ConfigChange::ApiUpdate; // dynamic reconfiguration: the Lua side, no reload
        }
    }
    return true;
}

void IngressGateway::sync(Worker &worker)
{
    // balancer.lua sync_backends / sync_backend.
    QSet<QString> keep;
    for (const LuaBackend &b : m_config->backends()) {
        keep.insert(b.name);
        if (b.endpoints.empty()) {
            worker.balancers.remove(b.name);
            continue;
        }
        const auto it = worker.balancers.find(b.name);
        if (it == worker.balancers.end() || (*it)->name() != b.implementation()) {
            worker.balancers.insert(b.name, LuaBalancer::create(b, worker.lua));
            continue;
        }
        (*it)->sync(b, worker.lua);
    }
    for (auto it = worker.balancers.begin(); it != worker.balancers.end();) {
        if (keep.contains(it.key()))
            ++it;
        else
            it = worker.balancers.erase(it);
    }
    worker.version = m_version;
}

Diagnostics IngressGateway::notes() const
{
    Diagnostics out = m_config ? m_config->notes() : Diagnostics();
    return out;
}

QString IngressGateway::label() const
{
    return Tr::tr("ingress-nginx v1.15.1, %n nginx worker(s) per replica", nullptr, m_workers);
}

IngressGateway::Routed IngressGateway::route(const nginx::Request &request, bool explain, QStringList *trace)
{
    Routed out;
    nginx::RouteOptions options;
    options.trace = explain;
    const nginx::RouteResult r = m_config->router().route(request, options);
    if (trace) {
        for (const nginx::TraceStep &step : r.trace)
            *trace << step.message;
    }
    out.serverName = r.server.matchedName;
    out.nginxLocation = r.location.found()
        ? r.location.modifier.isEmpty() ? r.location.name : r.location.modifier + u' ' + r.location.name
        : QString();
    out.error = r.error;
    if (r.action.kind == nginx::Action::Kind::Proxy) {
        for (auto it = r.chain.rbegin(); it != r.chain.rend(); ++it) {
            if (const IngressLocation *loc = m_config->locationAt(it->location.line)) {
                out.location = int(loc - m_config->locations().data());
                break;
            }
        }
        if (out.location < 0 && r.location.found()) {
            if (const IngressLocation *loc = m_config->locationAt(r.location.location.line))
                out.location = int(loc - m_config->locations().data());
        }
    } else {
        out.status = r.status;
        if (const IngressLocation *loc = m_config->locationAt(r.location.location.line))
            out.location = int(loc - m_config->locations().data());
    }
    return out;
}

const RouteDecision *IngressGateway::decision(int location, int backend, int status, const Routed &routed)
{
    const QString key =
        QStringLiteral("%1/%2/%3/%4").arg(location).arg(backend).arg(status).arg(routed.serverName);
    const auto it = m_decisionIndex.constFind(key);
    if (it != m_decisionIndex.constEnd())
        return *it;
    RouteDecision d;
    d.status = status;
    d.serverName = routed.serverName;
    d.location = routed.nginxLocation;
    d.error = routed.error;
    if (location >= 0) {
        const IngressLocation &loc = m_config->locations()[size_t(location)];
        d.route = loc.ingress;
        d.routeKind = QStringLiteral("Ingress");
        d.rule = loc.ingress.isEmpty() ? -1 : loc.rule;
    }
    if (backend >= 0) {
        d.upstream = backend;
        d.upstreamName = m_config->backends()[size_t(backend)].name;
    } else if (location >= 0 && status == 404) {
        d.upstreamName = DefaultBackend;
    }
    m_decisions.push_back(d);
    m_decisionIndex.insert(key, &m_decisions.back());
    return &m_decisions.back();
}

bool IngressGateway::routeToCanary(const LuaBalancer &primary, Worker &worker, LuaTry &t, QString *why) const
{
    // balancer.lua route_to_alternative_balancer.
    if (primary.isAffinitized(t)) {
        *why = Tr::tr("canary: the request carries the primary backend's affinity cookie: primary");
        return false;
    }
    if (primary.alternativeBackends.isEmpty())
        return false;
    const QString name = primary.alternativeBackends.front();
    const auto alt = worker.balancers.constFind(name);
    if (alt == worker.balancers.constEnd()) {
        *why = Tr::tr("canary: backend %1 has no endpoints: primary").arg(name);
        return false;
    }
    if ((*alt)->isAffinitized(t)) {
        *why = Tr::tr("canary: the request carries the canary's affinity cookie: canary %1").arg(name);
        return true;
    }
    const TrafficShaping &p = (*alt)->trafficShaping;
    if (!p.header.isEmpty()) {
        QByteArray variable = p.header.toUtf8();
        variable.replace('-', '_');
        const QByteArrayView h = t.request->header(variable);
        if (!h.isNull()) {
            const QString value = QString::fromUtf8(h);
            if (!p.headerValue.isEmpty()) {
                if (value == p.headerValue) {
                    *why = Tr::tr("canary: header %1 is \"%2\": canary").arg(p.header, value);
                    return true;
                }
            } else if (!p.headerPattern.isEmpty()) {
                const QRegularExpression re(p.headerPattern);
                if (re.isValid() && re.match(value).hasMatch()) {
                    *why = Tr::tr("canary: header %1 matches %2: canary").arg(p.header, p.headerPattern);
                    return true;
                }
            } else if (value == u"always") {
                *why = Tr::tr("canary: header %1 is \"always\": canary").arg(p.header);
                return true;
            } else if (value == u"never") {
                *why = Tr::tr("canary: header %1 is \"never\": primary").arg(p.header);
                return false;
            }
        }
    }
    if (!p.cookie.isEmpty()) {
        const QByteArrayView c = t.request->cookie(p.cookie.toUtf8());
        if (c == "always") {
            *why = Tr::tr("canary: cookie %1 is \"always\": canary").arg(p.cookie);
            return true;
        }
        if (c == "never") {
            *why = Tr::tr("canary: cookie %1 is \"never\": primary").arg(p.cookie);
            return false;
        }
    }
    const int total = p.weightTotal > 100 ? p.weightTotal : 100;
    const qint64 draw = worker.lua.random.random(total);
    const bool canary = draw <= p.weight;
    *why = Tr::tr("canary: math.random(%1) = %2, weight %3: %4")
               .arg(total)
               .arg(draw)
               .arg(p.weight)
               .arg(canary ? Tr::tr("canary %1").arg(name) : Tr::tr("primary"));
    return canary;
}

SimulatedGateway::Served IngressGateway::serve(const nginx::Request &routing, const QByteArray *routeKey,
                                               const Request &balancing, int target, qint64 nowMs,
                                               qint64 durationMs, RequestRecord *record, bool explain)
{
    Q_UNUSED(routeKey);
    Served served;
    // Routing depends on the port, scheme, Host and path only (the configuration reads $uri, $scheme
    // and $host): cached on those.
    QStringList routeTrace;
    Routed routed;
    if (explain) {
        routed = route(routing, true, &routeTrace);
        ++m_routesComputed;
    } else {
        const QByteArray key = QByteArray::number(routing.port) + ' ' + routing.scheme.toUtf8() + ' ' +
            routing.host.toUtf8() + ' ' + routing.target.section(u'?', 0, 0).toUtf8();
        auto it = m_routes.constFind(key);
        if (it == m_routes.constEnd()) {
            it = m_routes.insert(key, route(routing, false, nullptr));
            ++m_routesComputed;
        } else {
            ++m_routesReused;
        }
        routed = *it;
    }
    const int replicaIndex = std::clamp(target / std::max(1, m_workers), 0, int(m_replicas.size()) - 1);
    Replica &replica = m_replicas[size_t(replicaIndex)];
    Worker &worker = replica.workers[size_t(std::clamp(target % std::max(1, m_workers), 0, m_workers - 1))];
    const qint64 epochNow = m_start + nowMs;
    // The worker polls the backends every second at its phase: it has the latest ones from its first
    // tick after they changed.
    if (worker.version < m_version) {
        const qint64 sinceChange = nowMs - m_versionAt;
        const qint64 firstTick =
            (worker.phaseMs - m_versionAt % SyncIntervalMs + SyncIntervalMs) % SyncIntervalMs;
        const qint64 wait = firstTick == 0 ? SyncIntervalMs : firstTick;
        if (sinceChange >= wait) {
            worker.lua.now = double(m_start + m_versionAt + wait) / 1000.0;
            sync(worker);
        }
    }

    const IngressLocation *loc =
        routed.location >= 0 ? &m_config->locations()[size_t(routed.location)] : nullptr;
    QStringList balancerTrace;
    QString error;
    int backend = -1;
    int status = routed.status;
    QStringList upstreamAddr;
    if (status == 0 && loc && loc->backend < 0) {
        status = 404; // the default backend
        error = Tr::tr("no Ingress path matches: ingress-nginx's default backend answers 404");
    } else if (status == 0 && !loc) {
        status = routed.error.isEmpty() ? 404 : 400;
        error = routed.error;
    } else if (status == 0) {
        backend = loc->backend;
        const LuaBackend &primaryBackend = m_config->backends()[size_t(backend)];
        const auto primary = worker.balancers.constFind(primaryBackend.name);
        LuaTry t;
        t.request = &balancing;
        t.host = routing.host.section(u':', 0, 0).toLower();
        t.serverName = routed.serverName.isEmpty() ? QStringLiteral("_") : routed.serverName;
        t.locationPath = loc->ingressPath;
        t.https = routing.scheme == u"https";
        t.now = double(epochNow) / 1000.0;
        t.nowSeconds = epochNow >= 0 ? epochNow / 1000 : -((-epochNow + 999) / 1000);
        QSet<QString> tried;
        t.ewmaTried = &tried;
        if (explain)
            t.why = &balancerTrace;
        if (primary == worker.balancers.constEnd()) {
            status = 503;
            error = Tr::tr("backend %1 has no endpoints: no balancer, 503").arg(primaryBackend.name);
        } else {
            std::shared_ptr<LuaBalancer> balancer = *primary;
            QString why;
            if (routeToCanary(*balancer, worker, t, &why)) {
                const QString alt = balancer->alternativeBackends.front();
                backend = m_config->backendIndex(alt);
                balancer = worker.balancers.value(alt);
            }
            if (!why.isEmpty())
                t.explain(why);
            t.explain(Tr::tr("replica %1, nginx worker %2 (pid %3)")
                          .arg(replicaIndex)
                          .arg(worker.lua.index)
                          .arg(worker.lua.pid));
            const std::vector<LuaEndpoint> &current = m_config->backends()[size_t(backend)].endpoints;
            QByteArray cookie;
            QString answered;
            for (int attempt = 1; attempt <= MaxTries; ++attempt) {
                t.upstreamAddr = upstreamAddr;
                t.lastFailed = attempt > 1;
                t.setCookie.clear();
                if (attempt > 1)
                    t.explain(Tr::tr("try %1:").arg(attempt));
                QString peer = balancer->balance(t, worker.lua);
                if (!t.setCookie.isEmpty())
                    cookie = t.setCookie;
                if (peer.isEmpty()) {
                    // No peer: nginx uses upstream_balancer's placeholder server, which fails.
                    upstreamAddr << QStringLiteral("0.0.0.1:80");
                    continue;
                }
                upstreamAddr << peer;
                const QString address = peer.section(u':', 0, -2);
                const bool gone = std::none_of(current.begin(), current.end(),
                                               [&](const LuaEndpoint &e) { return e.id() == peer; });
                if (m_refusing.contains(QString(address).remove(u'[').remove(u']')) || gone) {
                    t.explain(gone ? Tr::tr("%1 is no longer an endpoint (this worker has not synced yet): "
                                            "the connection fails")
                                         .arg(peer)
                                   : Tr::tr("%1 refuses the connection").arg(peer));
                    continue;
                }
                answered = peer;
                break;
            }
            served.setCookie = cookie;
            served.tries = int(upstreamAddr.size());
            if (answered.isEmpty()) {
                status = 502;
                error = Tr::tr("every try failed (proxy_next_upstream_tries 3)");
            } else {
                status = 200;
                for (size_t i = 0; i < current.size(); ++i) {
                    if (current[i].id() == answered)
                        served.server = int(i);
                }
            }
            if (balancer->name() == u"ewma" && !upstreamAddr.isEmpty()) {
                // after_balance in the log phase: the last peer and its response time.
                AfterBalance after {nowMs + durationMs, replicaIndex, upstreamAddr.back(),
                                    answered.isEmpty() ? 0.0 : double(durationMs) / 1000.0};
                if (durationMs > 0) {
                    m_pending.push(after);
                } else {
                    EwmaStore::Stats &s = replica.ewma.stats[after.peer];
                    s.ewma = LuaEwma::decay(s.ewma, s.lastTouched, after.rtt, t.now);
                    s.lastTouched = t.now;
                }
            }
        }
    }
    served.status = status;
    served.upstream = backend;
    served.decision = decision(routed.location, backend,
                               routed.status != 0  ? routed.status
                                   : status == 404 ? 404
                                                   : 0,
                               routed);
    if (record) {
        const RouteDecision &d = *served.decision;
        record->atMs = nowMs;
        record->durationMs = durationMs;
        record->replica = replicaIndex;
        record->route = d.route;
        record->routeKind = d.routeKind;
        record->rule = d.rule;
        record->server = d.serverName;
        record->location = d.location;
        record->upstream = backend >= 0 ? m_config->backends()[size_t(backend)].name : d.upstreamName;
        record->balancing = backend >= 0 ? m_config->backends()[size_t(backend)].implementation() : QString();
        record->status = status;
        record->setCookie = served.setCookie;
        record->upstreamAddr = upstreamAddr;
        record->error = error;
        if (served.server >= 0) {
            const LuaEndpoint &e = m_config->backends()[size_t(backend)].endpoints[size_t(served.server)];
            record->endpoint = e.id();
            record->pod = e.pod;
        }
        if (explain) {
            record->routeTrace = routeTrace;
            record->balancerTrace = balancerTrace;
        }
    }
    return served;
}

void IngressGateway::releaseUntil(qint64 nowMs)
{
    while (!m_pending.empty() && m_pending.top().at <= nowMs) {
        const AfterBalance a = m_pending.top();
        m_pending.pop();
        const double now = double(m_start + a.at) / 1000.0;
        EwmaStore::Stats &s = m_replicas[size_t(a.replica)].ewma.stats[a.peer];
        s.ewma = LuaEwma::decay(s.ewma, s.lastTouched, a.rtt, now);
        s.lastTouched = now;
    }
}

} // namespace gw::sim::ingressnginx
