// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/peertable.h"

#include <QStringList>

#include <vector>

namespace gw::sim {

/**
 * Why a balancer chose a peer, step by step, for the request inspector. Filled only when asked
 * for (a pointer passed to Balancer::select()), so the hot path pays nothing. One Explanation
 * covers one selection; a request with retries has one per try.
 */
struct Explanation
{
    /** What happened to a candidate peer. */
    enum class Verdict : quint8 {
        Chosen,
        Considered, ///< took part in a weighted pass and lost
        Tried, ///< already given to this request
        Down, ///< marked `down`
        Failed, ///< max_fails reached within fail_timeout
        Full, ///< at max_conns
        NotLeast, ///< least_conn: more connections per weight than the best
        OtherServer, ///< consistent hash: not the point's server
        SameAsFirst, ///< random two: the second draw repeated the first
        Unknown, ///< sticky: no peer has that SID (in the current list)
    };
    /** Why round robin decided for another method. */
    enum class Fallback : quint8 { None, SinglePeer, FewPeers, EmptyKey, TooManyTries };

    /** A peer in a weighted pass (round robin, least_conn, a consistent hash point's peers). */
    struct WeightRow
    {
        PeerId peer = NoPeer;
        Verdict verdict = Verdict::Considered;
        int conns = 0;
        int weight = 0;
        int effectiveWeight = 0; ///< before its recovery step
        int currentWeight = 0; ///< after adding the effective weight
    };
    /** One round of ip_hash or hash. */
    struct HashStep
    {
        quint32 round = 0; ///< hash: the rehash prefix (0: none); ip_hash: 0, 1, …
        quint32 crc = 0; ///< hash: CRC32 of the (prefixed) key
        quint32 value = 0; ///< ip_hash: the hash; hash: the accumulated value
        quint32 target = 0; ///< value % total weight
        PeerId peer = NoPeer;
        Verdict verdict = Verdict::Chosen;
    };
    /** A consistent-hash ring point visited. */
    struct RingStep
    {
        quint32 index = 0; ///< as counted (taken modulo the ring size)
        quint32 pointHash = 0;
        QString server;
        PeerId peer = NoPeer; ///< the peer chosen among the server's, or NoPeer
        Verdict verdict = Verdict::Chosen;
    };
    /** A random draw. */
    struct Draw
    {
        quint32 value = 0; ///< the generator's output
        quint32 target = 0; ///< value % total weight
        PeerId peer = NoPeer;
        Verdict verdict = Verdict::Chosen;
    };
    /** random two: the two candidates. */
    struct Comparison
    {
        PeerId first = NoPeer;
        PeerId second = NoPeer;
        int connsFirst = 0;
        int connsSecond = 0;
        int weightFirst = 0;
        int weightSecond = 0;
    };
    /** The sticky directive's part. */
    struct Sticky
    {
        QByteArray id; ///< cookie value, route or learned session id; empty if none
        QByteArray sid; ///< the SID looked for (a learned session's SID, else the id)
        PeerId peer = NoPeer; ///< the peer with that SID
        bool honoured = false;
        Verdict verdict = Verdict::Unknown; ///< why not honoured
        bool weightsKept = false; ///< round robin: chosen without a weighted pass (the low limit)
    };

    Method method = Method::RoundRobin;
    Fallback fallback = Fallback::None;
    bool switchedToBackup = false;
    PeerId chosen = NoPeer; ///< NoPeer: "no live upstreams"
    QByteArray key; ///< hash methods: the evaluated key; ip_hash: the key bytes
    quint32 keyCrc = 0; ///< consistent hash: CRC32 of the key
    quint32 ringStart = 0; ///< consistent hash: the first point >= keyCrc
    int total = 0; ///< Σ effective weight of the last weighted pass
    std::vector<WeightRow> weights;
    std::vector<HashStep> hashSteps;
    std::vector<RingStep> ringSteps;
    std::vector<Draw> draws;
    Comparison comparison;
    Sticky sticky;
    QByteArray setCookie;

    /** The explanation as readable lines ("ip_hash key 10.0.1 → 2566 → 2566 % 3 = 1 → 10.0.0.2:80 chosen").
     */
    QStringList describe(const PeerTable &peers) const;
    static QString verdictName(Verdict verdict);

private:
    QString describeSticky(const PeerTable &peers) const;
};

} // namespace gw::sim
