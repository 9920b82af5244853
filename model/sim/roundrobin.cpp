// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/roundrobin.h"

namespace gw::sim {

using Verdict = Explanation::Verdict;

PeerId RoundRobin::scheduled(PickContext &context)
{
    if (context.why || !context.hint.isEmpty() || !context.state.attempts.isEmpty() ||
        context.state.list != PeerTable::Primary)
        return NoPeer;
    return context.peers.scheduled(context.state.list);
}

PeerId RoundRobin::select(PickContext &context) const
{
    if (const PeerId id = scheduled(context); id != NoPeer)
        return context.commit(context.choose(id));
    return selectPeer(context);
}

PeerId RoundRobin::selectPeer(PickContext &context)
{
    const PeerList &list = context.list();
    if (list.single) {
        // One server and no backup: max_fails does not apply, only down and max_conns.
        context.noteFallback(Explanation::Fallback::SinglePeer);
        const Peer &peer = context.peers.peer(list.first);
        if (!peer.down && !peer.isFull())
            return context.commit(list.first);
    } else {
        const PeerId id = weightedPass(context);
        if (id != NoPeer)
            return context.commit(id);
    }
    if (context.switchToBackup())
        return selectPeer(context);
    return NoPeer;
}

PeerId RoundRobin::weightedPass(PickContext &context)
{
    const PeerList &list = context.list();
    PeerTable &peers = context.peers;
    peers.settle(context.state.list);

    const PeerId sticky = context.stickyPeer();
    if (sticky != NoPeer) {
        // Sticky traffic is accounted for, but a peer already far behind is not pushed further.
        const Peer &s = peers.peer(sticky);
        if (s.currentWeight <= -(list.totalWeight - s.weight)) {
            if (context.why)
                context.why->sticky.weightsKept = true;
            context.honourSticky();
            return context.choose(sticky);
        }
    }

    PeerId best = NoPeer;
    int total = 0;
    for (int i = 0; i < list.number; ++i) {
        const PeerId id = list.first + i;
        Peer &peer = peers.peer(id);
        const Verdict verdict = context.check(i, peer);
        if (verdict != Verdict::Considered) {
            context.noteWeight(id, verdict, peer);
            continue;
        }
        const int effective = peer.advance();
        total += effective;
        if (best == NoPeer || peer.currentWeight > peers.peer(best).currentWeight)
            best = id;
        context.noteWeight(id, verdict, peer, effective);
    }
    if (sticky != NoPeer)
        best = sticky;
    if (best == NoPeer)
        return NoPeer;
    peers.peer(best).currentWeight -= total;
    if (sticky != NoPeer)
        context.honourSticky();
    if (context.why) {
        context.why->total = total;
        for (Explanation::WeightRow &row : context.why->weights) {
            if (row.peer == best && row.verdict == Verdict::Considered)
                row.verdict = Verdict::Chosen;
        }
    }
    return context.choose(best);
}

} // namespace gw::sim
