// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/leastconn.h"

#include "sim/roundrobin.h"

namespace gw::sim {

using Verdict = Explanation::Verdict;

namespace {

/** conns/weight compared without division, as nginx does: negative, zero or positive. */
qint64 compareLoad(const Peer &a, const Peer &b)
{
    return qint64(a.conns) * b.weight - qint64(b.conns) * a.weight;
}

} // namespace

PeerId LeastConn::select(PickContext &context) const
{
    const PeerList &list = context.list();
    if (list.single)
        return RoundRobin::selectPeer(context);

    const PeerId sticky = context.stickyPeer();
    if (sticky != NoPeer)
        return context.commitSticky(sticky);

    PeerTable &peers = context.peers;
    // No request in flight on the list: every usable peer ties at zero connections, and the ties
    // are broken by smooth weighted round robin over all of them, which the schedule does in O(1).
    if (peers.inFlight(context.state.list) == 0) {
        if (const PeerId id = RoundRobin::scheduled(context); id != NoPeer)
            return context.commit(context.choose(id));
    }
    peers.settle(context.state.list);
    PeerId best = NoPeer;
    bool many = false;
    const size_t rowsBefore = context.why ? context.why->weights.size() : 0;
    for (int i = 0; i < list.number; ++i) {
        const PeerId id = list.first + i;
        const Peer &peer = peers.peer(id);
        const Verdict verdict = context.check(i, peer);
        context.noteWeight(id, verdict, peer, peer.effectiveWeight);
        if (verdict != Verdict::Considered)
            continue;
        if (best == NoPeer || compareLoad(peer, peers.peer(best)) < 0) {
            best = id;
            many = false;
        } else if (compareLoad(peer, peers.peer(best)) == 0) {
            many = true;
        }
    }
    if (best == NoPeer) {
        if (context.switchToBackup())
            return select(context);
        return NoPeer;
    }

    int total = 0;
    if (many) {
        // Smooth weighted round robin among the peers tied with the first best one.
        const Peer reference = peers.peer(best);
        for (PeerId id = best; id < list.first + list.number; ++id) {
            Peer &peer = peers.peer(id);
            if (context.check(id - list.first, peer) != Verdict::Considered ||
                compareLoad(peer, reference) != 0)
                continue;
            total += peer.advance();
            if (peer.currentWeight > peers.peer(best).currentWeight)
                best = id;
            if (context.why)
                context.why->weights[rowsBefore + size_t(id - list.first)].currentWeight = peer.currentWeight;
        }
    }
    peers.peer(best).currentWeight -= total;

    if (context.why) {
        context.why->total = total;
        const Peer &b = peers.peer(best);
        for (size_t r = rowsBefore; r < context.why->weights.size(); ++r) {
            Explanation::WeightRow &row = context.why->weights[r];
            if (row.peer == best)
                row.verdict = Verdict::Chosen;
            else if (row.verdict == Verdict::Considered && compareLoad(peers.peer(row.peer), b) != 0)
                row.verdict = Verdict::NotLeast;
        }
    }
    return context.commit(context.choose(best));
}

} // namespace gw::sim
