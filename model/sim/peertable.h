// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/roundrobinschedule.h"
#include "sim/upstreamconfig.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <vector>

namespace gw::sim {

/** A peer of a PeerTable: primaries first in configuration order, then backups. */
using PeerId = int;
constexpr PeerId NoPeer = -1;

/**
 * The state nginx keeps per peer (`ngx_http_upstream_rr_peer_t`): configuration and the shared
 * runtime counters every balancer reads and writes. Times are whole seconds, as `ngx_time()`.
 */
struct Peer
{
    int weight = 1;
    int effectiveWeight = 1; ///< lowered by failures, recovers by one per weighted pass
    int currentWeight = 0; ///< smooth weighted round robin
    int maxFails = 1;
    int fails = 0;
    int maxConns = 0;
    int conns = 0; ///< requests in flight on this peer
    bool down = false;
    qint64 failTimeout = 10;
    qint64 checked = 0; ///< last failure, or the selection that started a probe
    qint64 accessed = 0; ///< last failure

    /** Disabled by max_fails until fail_timeout has passed since `checked`. */
    bool isFailed(qint64 now) const { return maxFails && fails >= maxFails && now - checked <= failTimeout; }
    /** At max_conns. */
    bool isFull() const { return maxConns && conns >= maxConns; }
    /** The test every balancer applies before choosing a peer (not counting the request's own tries). */
    bool isUsable(qint64 now) const { return !down && !isFailed(now) && !isFull(); }

    /**
     * This peer's step in a smooth weighted round-robin pass: the current weight grows by the
     * effective weight, which recovers by one towards the weight. Returns what was added (the
     * pass's total grows by it).
     */
    int advance()
    {
        const int effective = effectiveWeight;
        currentWeight += effective;
        if (effective < weight)
            ++effectiveWeight;
        return effective;
    }
};

/** What names a peer; never changes after construction. */
struct PeerInfo
{
    SocketAddress address;
    QString name; ///< printable socket address: "10.0.0.1:80" (`$upstream_addr`, sticky MD5)
    QString server; ///< the `server` line's address as written (consistent hash ring)
    QByteArray sid; ///< sticky server id: `route=` or lowercase hex MD5 of `name`
    int serverIndex = 0; ///< the ServerConfig it came from
    bool backup = false;
};

/** The primary or the backup peers (`ngx_http_upstream_rr_peers_t`). */
struct PeerList
{
    PeerId first = 0; ///< PeerId of the list's first peer
    int number = 0;
    int totalWeight = 0; ///< Σ weight, down peers included
    int tries = 0; ///< peers not marked down
    bool single = false; ///< one peer and no backup list: balancing is bypassed
    bool weighted = false;
    std::vector<int> ranges; ///< ranges[i] = Σ weight of peers before i (random's ranges, the weight walk)
};

/**
 * The peers of one upstream and their shared state: one nginx worker's table, or the shared one
 * when the upstream has a `zone` (which NGF always writes). Each `server` line becomes one peer per
 * address; backups form their own list.
 */
class PeerTable
{
public:
    enum ListIndex { Primary = 0, Backup = 1 };

    PeerTable() = default;

    /** Builds the table; on failure returns false and sets \a error to nginx's message. */
    bool build(const UpstreamConfig &config, QString *error);

    int size() const { return int(m_peers.size()); }
    /** The balancers' access: current weights may be pending in a schedule (see settle()). */
    Peer &peer(PeerId id) { return m_peers[size_t(id)]; }
    /** Everybody else's: settled, so every field is nginx's value. */
    const Peer &peer(PeerId id) const
    {
        settleAll();
        return m_peers[size_t(id)];
    }
    const PeerInfo &info(PeerId id) const { return m_info[size_t(id)]; }
    const PeerList &list(int which) const { return m_lists[size_t(which)]; }
    bool hasBackup() const { return m_lists[Backup].number > 0; }
    /** Which list \a id belongs to. */
    int listOf(PeerId id) const { return id >= m_lists[Backup].first && hasBackup() ? Backup : Primary; }

    /**
     * The index in list \a which whose weight range holds \a w (0 <= w < totalWeight): nginx's
     * `while (w >= peer->weight) { w -= peer->weight; p++; }`, in O(log n).
     */
    int indexAtWeight(int which, quint64 w) const;
    /** The first peer of list \a which whose SID is \a sid, or NoPeer. */
    PeerId findSid(int which, QByteArrayView sid) const;

    /** A try on \a id failed at \a now (seconds): `fails`, `checked`, `accessed`, `effective_weight`. */
    void recordFailure(PeerId id, qint64 now);
    /** A try on \a id completed: a probe that follows a failure clears `fails`. */
    void recordSuccess(PeerId id);

    /** A request is given \a id / is done with it: its connection count and its list's. */
    void connect(PeerId id)
    {
        ++m_peers[size_t(id)].conns;
        ++m_inFlight[size_t(listOf(id))];
    }
    void disconnect(PeerId id)
    {
        --m_peers[size_t(id)].conns;
        --m_inFlight[size_t(listOf(id))];
    }
    /** True while list \a which is decided by its schedule (for tests and benchmarks). */
    bool isScheduled(int which) const { return m_schedules[size_t(which)].isActive(); }
    /** Requests in flight on the peers of list \a which. */
    int inFlight(int which) const { return m_inFlight[size_t(which)]; }
    /** Recounts inFlight() after the connection counts were set directly (Balancer::updateServers). */
    void recountInFlight();

    /**
     * The next winner of a smooth weighted round-robin pass over every peer of list \a which, by
     * its RoundRobinSchedule in O(1) amortised, or NoPeer when the list cannot be scheduled now
     * (a peer down, failed, below its weight or with max_conns; a single peer; a period longer
     * than RoundRobinSchedule::MaxPeriod): the caller then scans. The caller has checked that
     * the request has tried no peer and has no sticky hint, and does not explain the decision.
     */
    PeerId scheduled(int which)
    {
        RoundRobinSchedule &s = m_schedules[size_t(which)];
        if (!s.isActive() && !startSchedule(which))
            return NoPeer;
        return m_lists[size_t(which)].first + s.next();
    }
    /**
     * Writes the current weights a schedule of list \a which holds back into the peers and stops
     * it; every pass that is not scheduled, and every change of weights or failures, settles first.
     */
    void settle(int which)
    {
        RoundRobinSchedule &s = m_schedules[size_t(which)];
        if (s.isActive()) {
            s.settle(&m_peers[size_t(m_lists[size_t(which)].first)]);
        }
        s.scanned();
    }

private:
    bool startSchedule(int which);
    void settleAll() const
    {
        for (size_t which = 0; which < m_schedules.size(); ++which) {
            if (m_schedules[which].isActive())
                m_schedules[which].settle(&m_peers[size_t(m_lists[which].first)]);
        }
    }

    // Mutable: reading a peer through the const accessor settles pending current weights, which
    // changes no value nginx would show.
    mutable std::vector<Peer> m_peers;
    mutable std::array<RoundRobinSchedule, 2> m_schedules;
    std::array<int, 2> m_inFlight {};
    std::vector<PeerInfo> m_info;
    std::array<PeerList, 2> m_lists;
    std::array<QHash<QByteArray, PeerId>, 2> m_sids;
};

} // namespace gw::sim
