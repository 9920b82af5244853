// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/luaewma.h"

#include <QCoreApplication>

#include <cmath>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::LuaEwma)
};

constexpr double DecayTime = 10; // seconds
constexpr int PickSetSize = 2;
} // namespace

LuaEwma::LuaEwma(const LuaBackend &backend, LuaWorker &worker)
    : m_peers(backend.endpoints)
{
    Q_UNUSED(worker);
    keepShaping(backend);
}

double LuaEwma::decay(double ewma, double lastTouched, double rtt, double now)
{
    double td = now - lastTouched;
    td = td > 0 ? td : 0;
    const double weight = std::exp(-td / DecayTime);
    return ewma * weight + rtt * (1.0 - weight);
}

double LuaEwma::score(const QString &peer, double now, const LuaWorker &worker) const
{
    // get_or_update_ewma(peer, 0, false): read-only, decayed towards 0.
    const auto it = worker.ewma->stats.constFind(peer);
    const EwmaStore::Stats s = it == worker.ewma->stats.constEnd() ? EwmaStore::Stats {} : *it;
    return decay(s.ewma, s.lastTouched, 0, now);
}

QString LuaEwma::balance(LuaTry &t, LuaWorker &worker)
{
    if (m_peers.empty())
        return {};
    LuaEndpoint endpoint = m_peers.front();
    if (m_peers.size() > 1) {
        const int k = int(m_peers.size()) < PickSetSize ? int(m_peers.size()) : PickSetSize;
        std::vector<LuaEndpoint> filtered;
        for (const LuaEndpoint &p : m_peers) {
            if (!t.ewmaTried || !t.ewmaTried->contains(p.id()))
                filtered.push_back(p);
        }
        if (filtered.empty()) {
            t.explain(Tr::tr("ewma: every endpoint has been tried; all are candidates again"));
            filtered = m_peers;
        }
        if (filtered.size() > 1) {
            // shuffle_peers: a partial Fisher-Yates over the first k positions.
            for (int i = 1; i <= k; ++i) {
                const qint64 r = worker.random.random(i, qint64(filtered.size()));
                std::swap(filtered[size_t(i - 1)], filtered[size_t(r - 1)]);
            }
            int best = 0;
            double bestScore = score(filtered[0].id(), t.now, worker);
            QStringList scores {QStringLiteral("%1 %2").arg(filtered[0].id(), luaNumber(bestScore))};
            for (int i = 1; i < k; ++i) {
                const double s = score(filtered[size_t(i)].id(), t.now, worker);
                scores << QStringLiteral("%1 %2").arg(filtered[size_t(i)].id(), luaNumber(s));
                if (s < bestScore) {
                    best = i;
                    bestScore = s;
                }
            }
            endpoint = filtered[size_t(best)];
            t.explain(Tr::tr("ewma: two random candidates scored %1; the lower wins: %2")
                          .arg(scores.join(QStringLiteral(", ")), endpoint.id()));
        } else {
            endpoint = filtered.front();
            t.explain(Tr::tr("ewma: the only endpoint not yet tried, %1").arg(endpoint.id()));
        }
        if (t.ewmaTried)
            t.ewmaTried->insert(endpoint.id());
    }
    return endpoint.id();
}

void LuaEwma::afterBalance(const QString &peer, double rttSeconds, double now, LuaWorker &worker)
{
    // get_or_update_ewma(peer, rtt, true); the lock (timeout 0) never contends in a simulation that
    // handles one request at a time.
    if (peer.isEmpty())
        return;
    EwmaStore::Stats &s = worker.ewma->stats[peer];
    s.ewma = decay(s.ewma, s.lastTouched, rttSeconds, now);
    s.lastTouched = now;
}

void LuaEwma::sync(const LuaBackend &backend, LuaWorker &worker)
{
    keepShaping(backend);
    QStringList added;
    QStringList removed;
    for (const LuaEndpoint &e : backend.endpoints) {
        if (std::find(m_peers.begin(), m_peers.end(), e) == m_peers.end() && !added.contains(e.id()))
            added << e.id();
    }
    for (const LuaEndpoint &e : m_peers) {
        if (std::find(backend.endpoints.begin(), backend.endpoints.end(), e) == backend.endpoints.end() &&
            !removed.contains(e.id()))
            removed << e.id();
    }
    if (added.isEmpty() && removed.isEmpty())
        return;
    m_peers = backend.endpoints;
    for (const QString &id : removed)
        worker.ewma->stats.remove(id);
    // calculate_slow_start_ewma: the mean EWMA of the (new) peers that have one.
    double total = 0;
    int count = 0;
    for (const LuaEndpoint &e : m_peers) {
        const auto it = worker.ewma->stats.constFind(e.id());
        if (it != worker.ewma->stats.constEnd()) {
            total += it->ewma;
            ++count;
        }
    }
    if (count == 0)
        return;
    const double slowStart = total / count;
    for (const QString &id : added)
        worker.ewma->stats[id] = {slowStart, worker.now};
}

} // namespace gw::sim::ingressnginx
