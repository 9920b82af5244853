// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/scenariorunner.h"

#include "core/design.h"
#include "sim/clusterstate.h"
#include "sim/cookiejar.h"
#include "sim/routecache.h"
#include "sim/simulatedgateway.h"
#include "sim/timequeue.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cmath>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ScenarioRunner)
};

constexpr qint64 Never = std::numeric_limits<qint64>::max();
constexpr quint32 NoSession = 0xffffffffu;

EngineOptions engineOptions(const SimulationInput &input, const RunOptions &options)
{
    EngineOptions e;
    e.kind = options.engine;
    e.profile = input.profile;
    e.workers = options.workers;
    return e;
}

/** A request template made ready to send many times. */
struct Template
{
    const RequestTemplate *source = nullptr;
    nginx::Request routing;
    QByteArray routeKey;
    Request balancing;
    qsizetype baseHeaders = 0;
    QByteArray host; ///< without port, for the cookie jar
    QByteArray path; ///< without query
    bool https = false;
};

/** One population while it runs. */
struct PopulationState
{
    const Population *p = nullptr;
    qint64 firstClient = 0;
    int firstTemplate = 0;
    int entries = 0;
    /// Entries that send the same request share a pair slot (a script's `curl -c` and its loop).
    std::vector<int> slotOfEntry;
    int pairSlots = 0;
    std::vector<double> cumulative; ///< route mix
    std::vector<int> stepOfRequest; ///< script: request position in a session -> step
    qint64 firstPair = 0;
    // Addresses
    qint64 addressSlots = 0;
    quint32 base4 = 0;
    std::array<quint8, 16> base6 {};
    std::vector<quint16> generation; ///< per address slot, when addresses churn
    qint64 nextChurn = Never;
    std::optional<SocketAddress> proxy;
    RandomSource random;
};

/** One client's state; its cookie jar lives here too, so that a request touches one place in memory. */
struct Client
{
    quint32 session = 0;
    quint32 position = 0; ///< requests done in the current session
    qint16 entry = 0;
    qint16 replica = 0; ///< the connection target: a replica (NGF), a replica's worker (ingress-nginx)
    quint16 population = 0;
    CookieJar jar; ///< used when the population has a cookie jar
};

/** One client and one route-mix entry or script step. */
struct Pair
{
    qint32 lastPod = -1;
    qint32 before = -1; ///< Pod before the current marker
    quint64 seen = 0; ///< Pods seen, one bit per Pod of the group (bit 63: any beyond 63)
    quint32 transitions = 0;
    quint32 stays = 0;
    quint32 lastSession = NoSession;
    quint16 marker = 0; ///< marker index + 1 that `before` belongs to
    qint8 broken = 0;
    qint8 pad = 0;
    qint32 group = -1;
};

class Engine
{
public:
    Engine(const SimulationInput &input, const Scenario &scenario, const RunOptions &options,
           Diagnostics &diagnostics)
        : m_input(input)
        , m_scenario(scenario)
        , m_options(options)
        , m_diagnostics(diagnostics)
        , m_seed(options.seed.value_or(scenario.seed.value_or(0)))
        , m_gateway(
              makeGateway(engineOptions(input, options), scenario.replicas, m_seed, scenario.startEpochMs))
        , m_replicaRandom(RandomSource::derive(m_seed, u"replicas"))
    { }

    std::optional<SimulationResult> run();

private:
    bool prepare();
    void preparePopulation(int index);
    void prepareTemplate(const RequestTemplate &t);
    SocketAddress addressOf(PopulationState &ps, qint64 client) const;
    void advanceTo(qint64 now);
    bool reconfigure(qint64 now, bool force);
    void startMarker(qint64 now);
    void checkMarkers();
    void churn(PopulationState &ps);
    void request(const TimeQueue::Entry &e);
    int groupOf(const RouteDecision &d);
    int podBit(int group, int pod);
    void account(int group, int upstream, int server, int status, bool rejected, qint64 client, int entry,
                 const Client &cl, qint64 now, const RouteDecision &d);
    void finish();

    const SimulationInput &m_input;
    const Scenario &m_scenario;
    const RunOptions &m_options;
    Diagnostics &m_diagnostics;
    quint64 m_seed;

    std::shared_ptr<Design> m_baseDesign;
    ClusterState m_cluster;
    std::unique_ptr<SimulatedGateway> m_gateway;
    QByteArray m_slices;
    QSet<QString> m_refusing;
    RandomSource m_replicaRandom;
    CookiePool m_cookies;
    std::vector<std::vector<int>>
        m_peerPod; ///< per upstream of the current config: server index -> Pod index
    QHash<QString, int> m_podIndex; ///< Pod name -> index
    std::vector<std::pair<int, int>>
        m_epochOf; ///< per upstream of the current config: (upstream stats, epoch)
    std::map<QString, int> m_upstreamIndex; ///< name -> index into result.upstreams

    std::vector<Template> m_templates;
    std::vector<PopulationState> m_populations;
    std::vector<Client> m_clients;
    std::vector<Pair> m_pairs;
    TimeQueue m_queue;
    qint64 m_totalClients = 0;
    size_t m_nextEvent = 0;

    QHash<QString, int> m_groupIndex;
    std::vector<QHash<int, int>> m_podBits; ///< per group: Pod index -> bit
    std::vector<std::vector<qint64>> m_impactCompared; ///< per marker, per group
    std::vector<std::vector<qint64>> m_impactRemapped;
    std::vector<bool> m_markerEnded;
    qint64 m_bucketMs = 1000;
    int m_buckets = 1;
    int m_stripSample = 0;
    std::vector<int> m_stripFirstRow; ///< per sampled client k: its first strip row
    qint64 m_recordLimit = 200;
    qint64 m_done = 0;
    qint64 m_planned = 0;
    qint64 m_lastRequestMs = 0;
    SimulationResult m_result;
};

bool Engine::prepare()
{
    m_baseDesign = m_input.makeDesign({}, &m_diagnostics);
    if (!m_baseDesign)
        return false;
    if (!m_cluster.init(*m_baseDesign, m_scenario.pods, m_diagnostics))
        return false;
    m_recordLimit = m_options.record.value_or(m_scenario.record);
    if (m_recordLimit < 0)
        m_recordLimit = std::numeric_limits<qint64>::max();
    if (!reconfigure(0, true))
        return false;
    for (int i = 0; i < int(m_scenario.populations.size()); ++i)
        preparePopulation(i);
    m_planned = ScenarioRunner::plannedRequests(m_scenario);

    const qint64 end = m_scenario.planEndMs();
    m_bucketMs = m_scenario.chartBucketMs();
    m_buckets = int(std::min<qint64>(end / m_bucketMs + 1, 100000));
    m_result.bucketMs = m_bucketMs;
    m_result.strip.bucketMs = m_bucketMs;
    m_result.strip.buckets = m_buckets;

    // The assignment strip samples clients evenly over all populations.
    m_stripSample = int(std::min<qint64>(m_scenario.stripClients, m_totalClients));
    for (int k = 0; k < m_stripSample; ++k) {
        m_stripFirstRow.push_back(int(m_result.strip.rows.size()));
        const qint64 c = qint64(k) * m_totalClients / m_stripSample;
        const Client &cl = m_clients[size_t(c)];
        const PopulationState &ps = m_populations[cl.population];
        for (int e = 0; e < ps.entries; ++e) {
            const int slot = ps.slotOfEntry[size_t(e)];
            if (std::find(ps.slotOfEntry.begin(), ps.slotOfEntry.begin() + e, slot) !=
                ps.slotOfEntry.begin() + e)
                continue; // an earlier entry has this slot's row
            AssignmentStrip::Row row;
            row.population = cl.population;
            row.client = c - ps.firstClient;
            row.entry = e;
            const RequestTemplate &t = *m_templates[size_t(ps.firstTemplate + e)].source;
            row.label = QStringLiteral("%1 #%2 %3").arg(ps.p->name).arg(row.client).arg(t.path);
            m_result.strip.rows.push_back(row);
        }
    }
    m_result.strip.cells.assign(m_result.strip.rows.size() * size_t(m_buckets), AssignmentStrip::NoRequest);
    return true;
}

void Engine::prepareTemplate(const RequestTemplate &t)
{
    Template tp;
    tp.source = &t;
    tp.https = t.scheme == u"https";
    const qsizetype colon = t.host.lastIndexOf(u':');
    const bool hostHasPort = colon > 0 && !t.host.endsWith(u']');
    tp.host = (hostHasPort ? t.host.left(colon) : t.host).toUtf8();
    tp.path = t.path.section(u'?', 0, 0).toUtf8();
    nginx::Request &r = tp.routing;
    r.scheme = t.scheme;
    r.port = t.port
        ? t.port
        : (hostHasPort ? t.host.mid(colon + 1).toInt() : (tp.https ? 443 : m_gateway->defaultPort()));
    if (tp.https)
        r.sni = QString::fromUtf8(tp.host);
    r.method = t.method;
    r.target = t.path;
    r.host = t.host;
    for (const auto &[name, value] : t.headers)
        r.headers.append({name, value});
    tp.routeKey = RouteCache::baseKey(r);
    Request &b = tp.balancing;
    b.method = t.method.toUtf8();
    b.target = t.path.toUtf8();
    b.headers.push_back({"Host", t.host.toUtf8()});
    for (const auto &[name, value] : t.headers)
        b.headers.push_back({name.toUtf8(), value.toUtf8()});
    tp.baseHeaders = qsizetype(b.headers.size());
    b.headers.reserve(b.headers.size() + 2);
    m_templates.push_back(std::move(tp));
}

void Engine::preparePopulation(int index)
{
    const Population &p = m_scenario.populations[size_t(index)];
    PopulationState ps;
    ps.p = &p;
    ps.firstClient = m_totalClients;
    ps.firstTemplate = int(m_templates.size());
    ps.random.reseed(RandomSource::derive(m_seed, QStringLiteral("population %1").arg(p.name)));
    const std::vector<RequestTemplate> &entries = p.scripted() ? p.script : p.routes;
    for (const RequestTemplate &t : entries)
        prepareTemplate(t);
    ps.entries = int(entries.size());
    for (int e = 0; e < ps.entries; ++e) {
        const RequestTemplate &t = entries[size_t(e)];
        int slot = ps.pairSlots;
        for (int o = 0; o < e; ++o) {
            const RequestTemplate &u = entries[size_t(o)];
            if (u.host == t.host && u.path == t.path && u.method == t.method && u.headers == t.headers &&
                u.scheme == t.scheme && u.port == t.port) {
                slot = ps.slotOfEntry[size_t(o)];
                break;
            }
        }
        if (slot == ps.pairSlots)
            ++ps.pairSlots;
        ps.slotOfEntry.push_back(slot);
    }
    double sum = 0;
    for (const RequestTemplate &t : p.routes) {
        sum += t.weight;
        ps.cumulative.push_back(sum);
    }
    for (int s = 0; s < int(p.script.size()); ++s) {
        for (int k = 0; k < p.script[size_t(s)].repeat; ++k)
            ps.stepOfRequest.push_back(s);
    }
    ps.firstPair = qint64(m_pairs.size());
    m_pairs.resize(m_pairs.size() + size_t(p.clients * ps.pairSlots));

    const AddressPlan &plan = p.addresses;
    const bool v6 = plan.kind == AddressPlan::Kind::IPv6;
    QString base = plan.base;
    if (base.isEmpty())
        base = v6 ? QStringLiteral("2001:db8:%1::1").arg(index + 1, 0, 16)
                  : QStringLiteral("10.%1.0.1").arg(1 + index % 250);
    const SocketAddress baseAddress = *SocketAddress::parseIp(base);
    if (v6) {
        std::copy(baseAddress.bytes(), baseAddress.bytes() + 16, ps.base6.begin());
    } else {
        const quint8 *b = baseAddress.bytes();
        ps.base4 = quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | b[3];
    }
    ps.addressSlots = p.clients;
    if (plan.kind == AddressPlan::Kind::Nat)
        ps.addressSlots = plan.groups > 0 ? std::min<qint64>(plan.groups, p.clients)
                                          : (p.clients + plan.groupSize - 1) / plan.groupSize;
    if (plan.churnEveryMs > 0) {
        ps.generation.assign(size_t(ps.addressSlots), 0);
        ps.nextChurn = p.startMs + plan.churnEveryMs;
    }
    if (!plan.proxy.isEmpty())
        ps.proxy = SocketAddress::parseIp(plan.proxy);

    for (qint64 c = 0; c < p.clients; ++c) {
        Client cl;
        cl.population = quint16(index);
        m_clients.push_back(cl);
        const qint64 start = p.startMs +
            (p.rampUpMs > 0 ? qint64(double(ps.random.next()) / 2147483648.0 * double(p.rampUpMs)) : 0);
        if (!m_scenario.durationMs || start <= *m_scenario.durationMs)
            m_queue.push(start, quint32(m_totalClients + c));
    }
    m_totalClients += p.clients;
    m_populations.push_back(std::move(ps));
}

SocketAddress Engine::addressOf(PopulationState &ps, qint64 client) const
{
    const AddressPlan &plan = ps.p->addresses;
    qint64 slot = client;
    if (plan.kind == AddressPlan::Kind::Nat)
        slot = plan.groups > 0 ? client * ps.addressSlots / ps.p->clients : client / plan.groupSize;
    const qint64 generation = ps.generation.empty() ? 0 : ps.generation[size_t(slot)];
    const quint64 n = quint64(slot + generation * ps.addressSlots);
    switch (plan.kind) {
    case AddressPlan::Kind::Distinct:
    case AddressPlan::Kind::Nat:
        return SocketAddress::ipv4(ps.base4 + quint32(n << 8));
    case AddressPlan::Kind::Shared24: {
        const quint32 subnet = quint32(n / quint64(plan.perSubnet));
        const quint32 first = std::max<quint32>(1, ps.base4 & 0xff);
        const quint32 host = 1 + (first - 1 + quint32(n % quint64(plan.perSubnet))) % 254;
        return SocketAddress::ipv4((ps.base4 & 0xffffff00u) + (subnet << 8) + host);
    }
    case AddressPlan::Kind::IPv6: {
        std::array<quint8, 16> a = ps.base6;
        quint64 carry = n;
        for (int i = 15; i >= 0 && carry; --i) {
            const quint64 sum = quint64(a[size_t(i)]) + (carry & 0xff);
            a[size_t(i)] = quint8(sum);
            carry = (carry >> 8) + (sum >> 8);
        }
        return SocketAddress::ipv6(a);
    }
    }
    return {};
}

bool Engine::reconfigure(qint64 now, bool force)
{
    const QSet<QString> refusing = m_cluster.refusing(now);
    QByteArray slices = m_cluster.endpointSlices(now);
    if (!force && slices == m_slices) {
        if (refusing != m_refusing) {
            m_refusing = refusing;
            m_gateway->setRefusing(refusing);
        }
        return true;
    }
    m_slices = std::move(slices);
    Diagnostics diagnostics;
    std::shared_ptr<Design> design = m_input.makeDesign(m_slices, &diagnostics);
    QString error;
    const std::vector<SimulatedGateway::Upstream> before =
        force ? std::vector<SimulatedGateway::Upstream>() : m_gateway->upstreams();
    ConfigChange change = ConfigChange::None;
    if (!design || !m_gateway->load(design, now, force, &change, &error)) {
        m_diagnostics.insert(m_diagnostics.end(), diagnostics.begin(), diagnostics.end());
        if (!error.isEmpty()) {
            Diagnostic d;
            d.message = error;
            m_diagnostics.push_back(d);
        }
        return false;
    }
    m_refusing = refusing;
    m_gateway->setRefusing(refusing);

    for (int i = int(m_podIndex.size()); i < int(m_cluster.pods().size()); ++i)
        m_podIndex.insert(m_cluster.pods()[size_t(i)].pod.name, i);
    const std::vector<SimulatedGateway::Upstream> &ups = m_gateway->upstreams();
    m_peerPod.assign(ups.size(), {});
    m_epochOf.assign(ups.size(), {-1, -1});
    ConfigChangeRecord record;
    record.atMs = now;
    record.change = change;
    for (size_t u = 0; u < ups.size(); ++u) {
        const SimulatedGateway::Upstream &up = ups[u];
        std::vector<int> &pods = m_peerPod[u];
        for (const QString &name : up.pods)
            pods.push_back(name.isEmpty() ? -1 : m_podIndex.value(name, -1));
        const auto [it, inserted] = m_upstreamIndex.try_emplace(up.name, int(m_result.upstreams.size()));
        if (inserted) {
            UpstreamStats s;
            s.name = up.name;
            s.balancing = up.balancing;
            s.sticky = up.sticky;
            m_result.upstreams.push_back(s);
        }
        UpstreamStats &stats = m_result.upstreams[size_t(it->second)];
        const bool serversChanged =
            stats.epochs.empty() || stats.epochs.back().pods != pods || (change == ConfigChange::Reload);
        if (serversChanged) {
            if (!stats.epochs.empty())
                stats.epochs.back().endMs = now;
            BalanceEpoch e;
            e.startMs = now;
            e.startedBy = stats.epochs.empty() ? ConfigChange::None : change;
            e.pods = pods;
            e.load.assign(pods.size(), 0);
            stats.epochs.push_back(e);
        }
        m_epochOf[u] = {it->second, int(stats.epochs.size()) - 1};
        if (!force) {
            const auto old =
                std::find_if(before.begin(), before.end(),
                             [&](const SimulatedGateway::Upstream &b) { return b.name == up.name; });
            if (old == before.end() || old->servers != up.servers)
                record.upstreams << up.name;
        }
    }
    if (!force)
        m_result.changes.push_back(record);
    return true;
}

void Engine::startMarker(qint64 now)
{
    // Events at the same time form one marker.
    EventMarker marker;
    marker.atMs = now;
    QStringList labels;
    const int markerIndex = int(m_result.markers.size());
    const size_t podsBefore = m_cluster.pods().size();
    std::vector<bool> aliveBefore;
    for (const SimulatedPod &p : m_cluster.pods())
        aliveBefore.push_back(p.isEndpoint(now));
    while (m_nextEvent < m_scenario.events.size() && m_scenario.events[m_nextEvent].atMs == now) {
        const ScenarioEvent &e = m_scenario.events[m_nextEvent];
        marker.events.push_back(int(m_nextEvent));
        labels << e.describe();
        m_cluster.start(e, int(m_nextEvent), m_result.diagnostics);
        ++m_nextEvent;
    }
    marker.label = labels.join(QStringLiteral("; "));
    for (size_t i = podsBefore; i < m_cluster.pods().size(); ++i)
        marker.podsAdded.push_back(int(i));
    for (size_t i = 0; i < podsBefore; ++i) {
        if (aliveBefore[i] && (!m_cluster.pods()[i].isAlive() || m_cluster.pods()[i].crashed))
            marker.podsRemoved.push_back(int(i));
    }
    m_result.markers.push_back(marker);
    m_impactCompared.emplace_back();
    m_impactRemapped.emplace_back();
    m_markerEnded.push_back(false);
    // Where every pair stands right before the events.
    for (Pair &pair : m_pairs) {
        pair.before = pair.lastPod;
        pair.marker = quint16(markerIndex + 1);
    }
}

void Engine::checkMarkers()
{
    for (size_t m = 0; m < m_result.markers.size(); ++m) {
        EventMarker &marker = m_result.markers[m];
        if (m_markerEnded[m])
            continue;
        qint64 end = marker.atMs;
        bool done = true;
        for (int e : marker.events) {
            const qint64 t = m_cluster.eventEnd(e);
            if (t < 0)
                done = false;
            end = std::max(end, t);
        }
        if (!done)
            continue;
        marker.endMs = end;
        m_markerEnded[m] = true;
        // Pods that later events of this marker created (a rollout's) count as added.
        for (size_t i = 0; i < m_cluster.pods().size(); ++i) {
            const SimulatedPod &p = m_cluster.pods()[i];
            if (p.createdMs > marker.atMs && p.createdMs <= end &&
                std::find(marker.podsAdded.begin(), marker.podsAdded.end(), int(i)) == marker.podsAdded.end())
                marker.podsAdded.push_back(int(i));
            if (p.removedMs > marker.atMs && p.removedMs <= end &&
                std::find(marker.podsRemoved.begin(), marker.podsRemoved.end(), int(i)) ==
                    marker.podsRemoved.end())
                marker.podsRemoved.push_back(int(i));
        }
    }
}

void Engine::churn(PopulationState &ps)
{
    const AddressPlan &plan = ps.p->addresses;
    for (quint16 &g : ps.generation) {
        if (double(ps.random.next()) / 2147483648.0 < plan.churnFraction)
            ++g;
    }
    ps.nextChurn += plan.churnEveryMs;
}

void Engine::advanceTo(qint64 now)
{
    for (;;) {
        qint64 next = m_cluster.nextAction();
        if (m_nextEvent < m_scenario.events.size())
            next = std::min(next, m_scenario.events[m_nextEvent].atMs);
        for (const PopulationState &ps : m_populations)
            next = std::min(next, ps.nextChurn);
        if (next > now)
            break;
        m_gateway->releaseUntil(next);
        bool cluster = false;
        if (m_nextEvent < m_scenario.events.size() && m_scenario.events[m_nextEvent].atMs == next) {
            startMarker(next);
            cluster = true;
        }
        if (m_cluster.nextAction() <= next) {
            m_cluster.advance(next);
            cluster = true;
        }
        for (PopulationState &ps : m_populations) {
            while (ps.nextChurn <= next)
                churn(ps);
        }
        if (cluster) {
            reconfigure(next, false);
            checkMarkers();
        }
    }
}

int Engine::groupOf(const RouteDecision &d)
{
    const QString key = d.route + u'\n' + QString::number(d.rule) + u'\n' + d.upstreamName;
    const auto it = m_groupIndex.constFind(key);
    if (it != m_groupIndex.constEnd())
        return *it;
    RouteGroup g;
    g.route = d.route;
    g.routeKind = d.routeKind;
    g.rule = d.rule;
    g.upstream = d.upstreamName;
    if (d.upstream >= 0) {
        const SimulatedGateway::Upstream &u = m_gateway->upstreams()[size_t(d.upstream)];
        g.balancing = u.balancing;
        g.sticky = u.sticky;
    }
    const QString route =
        d.route.isEmpty() ? Tr::tr("(no route)") : Tr::tr("%1 rule %2").arg(d.route).arg(d.rule);
    g.label = d.upstreamName.isEmpty() ? route : route + QStringLiteral(" -> ") + d.upstreamName;
    const int index = int(m_result.groups.size());
    m_result.groups.push_back(g);
    RouteStats stats;
    stats.podsSeen.assign(65, 0);
    stats.stickinessHistogram.assign(11, 0);
    m_result.stats.push_back(stats);
    m_podBits.emplace_back();
    m_groupIndex.insert(key, index);
    return index;
}

int Engine::podBit(int group, int pod)
{
    QHash<int, int> &bits = m_podBits[size_t(group)];
    const auto it = bits.constFind(pod);
    if (it != bits.constEnd())
        return *it;
    const int bit = std::min(int(bits.size()), 63);
    bits.insert(pod, bit);
    return bit;
}

void Engine::account(int group, int upstream, int server, int status, bool rejected, qint64 client, int entry,
                     const Client &cl, qint64 now, const RouteDecision &d)
{
    Q_UNUSED(d);
    RouteStats &stats = m_result.stats[size_t(group)];
    ++stats.requests;
    ++stats.statuses[status];
    const PopulationState &ps = m_populations[cl.population];
    const qint64 pairIndex =
        ps.firstPair + (client - ps.firstClient) * ps.pairSlots + ps.slotOfEntry[size_t(entry)];
    Pair &pair = m_pairs[size_t(pairIndex)];
    const int bucket = int(std::min<qint64>(now / m_bucketMs, m_buckets - 1));
    if (rejected) {
        ++stats.rejected;
        if (stats.rejectedOverTime.empty())
            stats.rejectedOverTime.assign(size_t(m_buckets), 0);
        ++stats.rejectedOverTime[size_t(bucket)];
    }
    // Sampled clients are floor(k * total / sample): client c is sampled when k = ceil(c * sample / total)
    // gives it back.
    int stripRow = -1;
    if (m_stripSample > 0) {
        const qint64 k = (client * m_stripSample + m_totalClients - 1) / m_totalClients;
        if (k < m_stripSample && k * m_totalClients / m_stripSample == client)
            stripRow = m_stripFirstRow[size_t(k)] + ps.slotOfEntry[size_t(entry)];
    }
    int pod = -1;
    if (server >= 0 && upstream >= 0) {
        pod = m_peerPod[size_t(upstream)][size_t(server)];
        const auto [statsIndex, epoch] = m_epochOf[size_t(upstream)];
        ++m_result.upstreams[size_t(statsIndex)].epochs[size_t(epoch)].load[size_t(server)];
    }
    if (stripRow >= 0)
        m_result.strip.cells[size_t(stripRow) * size_t(m_buckets) + size_t(bucket)] =
            pod >= 0 ? pod : AssignmentStrip::NotServed;
    if (pod < 0)
        return;
    ++stats.served;
    ++stats.podLoad[pod];
    if (size_t(pod) >= m_result.podLoadOverTime.size())
        m_result.podLoadOverTime.resize(size_t(pod) + 1);
    std::vector<qint64> &series = m_result.podLoadOverTime[size_t(pod)];
    if (series.empty())
        series.assign(size_t(m_buckets), 0);
    ++series[size_t(bucket)];

    if (pair.lastPod < 0) {
        ++stats.pairs;
        pair.group = group;
    } else {
        ++stats.transitions;
        ++pair.transitions;
        if (pair.lastPod == pod) {
            ++stats.stays;
            ++pair.stays;
        } else if (pair.lastSession == cl.session) {
            ++stats.sessionBreaks;
            if (!pair.broken) {
                pair.broken = 1;
                ++stats.brokenSessions;
            }
        }
    }
    if (pair.lastSession != cl.session) {
        pair.lastSession = cl.session;
        pair.broken = 0;
        ++stats.sessions;
    }
    pair.seen |= quint64(1) << podBit(group, pod);
    // Remapped by the latest marker: compare the Pod before it with the first one after its end.
    if (pair.marker > 0 && pair.before >= 0) {
        const size_t m = pair.marker - 1;
        if (m_markerEnded[m] && now >= m_result.markers[m].endMs + m_gateway->settleMs()) {
            if (m_impactCompared[m].size() <= size_t(group)) {
                m_impactCompared[m].resize(size_t(group) + 1, 0);
                m_impactRemapped[m].resize(size_t(group) + 1, 0);
            }
            ++m_impactCompared[m][size_t(group)];
            if (pod != pair.before)
                ++m_impactRemapped[m][size_t(group)];
            pair.before = -1;
        }
    }
    pair.lastPod = pod;
}

void Engine::request(const TimeQueue::Entry &e)
{
    Client &cl = m_clients[e.client];
    PopulationState &ps = m_populations[cl.population];
    const Population &p = *ps.p;
    const qint64 client = qint64(e.client) - ps.firstClient;
    const qint64 now = e.at;
    if (cl.position == 0) {
        if (!p.scripted() && p.routePerSession)
            cl.entry =
                qint16(std::upper_bound(ps.cumulative.begin(), ps.cumulative.end(),
                                        double(ps.random.next()) / 2147483648.0 * ps.cumulative.back()) -
                       ps.cumulative.begin());
        if (m_scenario.connectionPerSession)
            cl.replica = qint16(m_replicaRandom.next() % quint32(m_gateway->connectionTargets()));
    }
    int entry = cl.entry;
    if (p.scripted())
        entry = ps.stepOfRequest[cl.position];
    else if (!p.routePerSession)
        entry = int(std::upper_bound(ps.cumulative.begin(), ps.cumulative.end(),
                                     double(ps.random.next()) / 2147483648.0 * ps.cumulative.back()) -
                    ps.cumulative.begin());
    entry = std::min(entry, ps.entries - 1);
    const int replica = m_scenario.connectionPerSession
        ? cl.replica
        : int(m_replicaRandom.next() % quint32(m_gateway->connectionTargets()));
    Template &t = m_templates[size_t(ps.firstTemplate + entry)];

    const SocketAddress address = addressOf(ps, client);
    const SocketAddress peer = ps.proxy ? *ps.proxy : address;
    QByteArray cookie;
    CookieJar *jar = p.cookieJar ? &cl.jar : nullptr;
    const qint64 epochNow = m_scenario.startEpochMs + now;
    if (jar)
        cookie = jar->header(m_cookies, t.host, t.path, t.https, epochNow);

    const bool record = qint64(m_result.records.size()) < m_recordLimit;
    const bool detailed = record || bool(m_options.onRequest);
    const RouteDependencies &deps = m_gateway->dependencies();
    if (deps.clientAddress || detailed)
        t.routing.clientAddress = peer.hostText();
    if (deps.cookies || detailed)
        t.routing.cookie = QString::fromUtf8(cookie);
    Request &b = t.balancing;
    b.headers.resize(size_t(t.baseHeaders));
    QByteArray forwarded;
    if (ps.proxy && p.addresses.forwardedFor) {
        forwarded = address.hostText().toUtf8();
        b.headers.push_back({"X-Forwarded-For", forwarded});
    }
    if (!cookie.isEmpty())
        b.headers.push_back({"Cookie", cookie});
    b.client = m_gateway->realClient(peer, forwarded);

    RequestRecord rec;
    if (detailed) {
        rec.index = m_done + 1;
        rec.client = b.client.hostText();
        if (!(b.client == peer))
            rec.connection = peer.hostText();
        rec.host = t.source->host;
        rec.target = t.source->path;
        rec.method = t.source->method;
        rec.cookie = QString::fromUtf8(cookie);
        rec.population = cl.population;
        rec.clientIndex = client;
        rec.session = int(cl.session);
        rec.step = entry;
    }
    const SimulatedGateway::Served served = m_gateway->serve(
        t.routing, &t.routeKey, b, replica, now, p.requestDurationMs, detailed ? &rec : nullptr, record);
    RouteDecision *decision = const_cast<RouteDecision *>(served.decision);
    int group = record ? -1 : decision->group;
    if (group < 0) {
        group = groupOf(*decision);
        if (!record)
            decision->group = group;
    }
    if (jar && !served.setCookie.isEmpty())
        jar->store(m_cookies, served.setCookie, t.host, t.path, epochNow);
    account(group, served.upstream, served.server, served.status, served.limitReq == u"REJECTED",
            qint64(e.client), entry, cl, now, *decision);
    ++m_result.requests;
    m_lastRequestMs = now;
    if (record)
        m_result.records.push_back(rec);
    if (m_options.onRequest)
        m_options.onRequest(rec);

    // The client's next request: after this one completes and the think time passes (a closed loop).
    ++cl.position;
    qint64 next = now + p.requestDurationMs;
    if (int(cl.position) < p.requestsInSession()) {
        double think = double(p.thinkTimeMs);
        if (p.jitter > 0)
            think *= 1 + p.jitter * (2 * double(ps.random.next()) / 2147483648.0 - 1);
        next += qint64(std::llround(think));
    } else {
        cl.position = 0;
        ++cl.session;
        if (int(cl.session) >= p.sessions)
            return;
        next += p.sessionGapMs;
    }
    if (m_scenario.durationMs && next > *m_scenario.durationMs)
        return;
    m_queue.push(next, e.client);
}

void Engine::finish()
{
    m_result.endMs = m_lastRequestMs;
    for (UpstreamStats &u : m_result.upstreams) {
        if (!u.epochs.empty())
            u.epochs.back().endMs = std::max(u.epochs.back().startMs, m_lastRequestMs);
    }
    std::sort(m_result.upstreams.begin(), m_result.upstreams.end(),
              [](const UpstreamStats &a, const UpstreamStats &b) { return a.name < b.name; });
    for (const Pair &pair : m_pairs) {
        if (pair.lastPod < 0 || pair.group < 0)
            continue;
        RouteStats &stats = m_result.stats[size_t(pair.group)];
        const int seen = (pair.seen >> 63) ? 64 : std::popcount(pair.seen);
        ++stats.podsSeen[size_t(seen)];
        if (pair.transitions > 0) {
            const int bucket =
                pair.stays == pair.transitions ? 10 : std::min(9, int(10.0 * pair.stays / pair.transitions));
            ++stats.stickinessHistogram[size_t(bucket)];
        }
    }
    for (size_t m = 0; m < m_result.markers.size(); ++m) {
        for (size_t g = 0; g < m_impactCompared[m].size(); ++g) {
            if (m_impactCompared[m][g] == 0)
                continue;
            EventImpact impact;
            impact.group = int(g);
            impact.compared = m_impactCompared[m][g];
            impact.remapped = m_impactRemapped[m][g];
            m_result.markers[m].impact.push_back(impact);
            m_result.stats[g].remappedByEvents += impact.remapped;
        }
    }
    for (const SimulatedPod &p : m_cluster.pods()) {
        PodInfo info;
        info.name = p.pod.name;
        info.ns = p.pod.ns;
        info.deployment = p.pod.deployment;
        info.ip = p.pod.ip;
        info.createdMs = p.createdMs;
        info.readyMs = p.readyMs;
        info.removedMs = p.removedMs;
        info.initial = p.createdMs == 0 && p.readyMs == 0;
        m_result.pods.push_back(info);
    }
    m_result.podLoadOverTime.resize(m_result.pods.size());
    for (std::vector<qint64> &series : m_result.podLoadOverTime) {
        if (series.empty())
            series.assign(size_t(m_buckets), 0);
    }
    // Trim the buckets after the last request.
    const int used = int(std::min<qint64>(m_lastRequestMs / m_bucketMs + 1, m_buckets));
    if (used < m_buckets) {
        for (std::vector<qint64> &series : m_result.podLoadOverTime)
            series.resize(size_t(used));
        for (RouteStats &stats : m_result.stats) {
            if (!stats.rejectedOverTime.empty())
                stats.rejectedOverTime.resize(size_t(used));
        }
        std::vector<qint32> cells;
        for (size_t r = 0; r < m_result.strip.rows.size(); ++r) {
            const auto begin = m_result.strip.cells.begin() + qsizetype(r) * m_buckets;
            cells.insert(cells.end(), begin, begin + used);
        }
        m_result.strip.cells = std::move(cells);
        m_result.strip.buckets = used;
    }
    for (size_t r = 0; r < m_result.strip.rows.size(); ++r) {
        const AssignmentStrip::Row &row = m_result.strip.rows[r];
        const PopulationState &ps = m_populations[size_t(row.population)];
        m_result.strip.rows[r].group =
            m_pairs[size_t(ps.firstPair + row.client * ps.pairSlots + ps.slotOfEntry[size_t(row.entry)])]
                .group;
    }
    m_result.routeCacheHits = m_gateway->routesReused();
    m_result.routeCacheMisses = m_gateway->routesComputed();
}

std::optional<SimulationResult> Engine::run()
{
    m_result.scenario = m_scenario.name;
    m_result.seed = m_seed;
    m_result.startEpochMs = m_scenario.startEpochMs;
    m_result.replicas = m_scenario.replicas;
    m_result.profile = m_gateway->label();
    if (!prepare())
        return std::nullopt;
    m_result.profile = m_gateway->label();
    // What the configuration holds that the simulation does not act on, said once.
    for (const Diagnostic &d : m_gateway->notes())
        m_result.diagnostics.push_back(d);
    m_result.clients = m_totalClients;
    const qint64 step = std::max<qint64>(1, m_planned / 100);
    qint64 nextProgress = step;
    while (!m_queue.isEmpty()) {
        const TimeQueue::Entry e = m_queue.pop();
        advanceTo(e.at);
        m_gateway->releaseUntil(e.at);
        request(e);
        ++m_done;
        if ((m_done & 4095) == 0 && m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_result.cancelled = true;
            break;
        }
        if (m_done >= nextProgress) {
            nextProgress += step;
            if (m_options.progress)
                m_options.progress(m_done, m_planned);
        }
    }
    if (!m_result.cancelled) {
        // Events after the last request still happen (the timeline shows them).
        advanceTo(m_scenario.durationMs.value_or(m_lastRequestMs));
    }
    finish();
    if (m_options.progress)
        m_options.progress(m_done, m_planned);
    return std::move(m_result);
}

} // namespace

ngf::Profile ScenarioRunner::profile(const Scenario &scenario, const ngf::Profile &base)
{
    ngf::Profile p = base;
    if (scenario.ngfVersion) {
        if (const auto v = ngf::NgfVersion::parse(*scenario.ngfVersion))
            p.version = *v;
    }
    if (scenario.plus)
        p.plus = *scenario.plus;
    if (scenario.experimental)
        p.experimental = *scenario.experimental;
    if (scenario.snippets)
        p.snippets = *scenario.snippets;
    if (scenario.gateway)
        p.gateway = *scenario.gateway;
    return p;
}

qint64 ScenarioRunner::plannedRequests(const Scenario &scenario)
{
    qint64 n = 0;
    for (const Population &p : scenario.populations)
        n += p.clients * p.sessions * p.requestsInSession();
    return n;
}

std::optional<SimulationResult> ScenarioRunner::run(const SimulationInput &input, const Scenario &scenario,
                                                    const RunOptions &options, Diagnostics &diagnostics)
{
    Engine engine(input, scenario, options, diagnostics);
    return engine.run();
}

} // namespace gw::sim
