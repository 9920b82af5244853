// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/consistenthash.h"

#include "sim/crc32.h"
#include "sim/roundrobin.h"

namespace gw::sim {

using Verdict = Explanation::Verdict;

ConsistentHash::ConsistentHash(KeyExpression key, const PeerTable &peers)
    : m_key(std::move(key))
{
    m_ring.build(peers);
}

void ConsistentHash::begin(RequestState &state) const
{
    state.key.clear();
    m_key.evaluate(*state.request, state.key);
    state.point = m_ring.find(Crc32::of(QByteArrayView(state.key.constData(), state.key.size())));
}

PeerId ConsistentHash::select(PickContext &context) const
{
    RequestState &state = context.state;
    const PeerList &list = context.list();
    if (state.methodTries > 20 || list.single || state.key.isEmpty()) {
        context.noteFallback(state.key.isEmpty() ? Explanation::Fallback::EmptyKey
                                 : list.single   ? Explanation::Fallback::SinglePeer
                                                 : Explanation::Fallback::TooManyTries);
        return RoundRobin::selectPeer(context);
    }

    const PeerId sticky = context.stickyPeer();
    if (sticky != NoPeer)
        return context.commitSticky(sticky);

    PeerTable &peers = context.peers;
    if (context.why) {
        context.why->key = QByteArray(state.key.constData(), state.key.size());
        context.why->keyCrc = Crc32::of(context.why->key);
        context.why->ringStart = state.point;
    }
    for (;;) {
        const KetamaRing::Point &point = m_ring.point(state.point);
        PeerId best = NoPeer;
        int total = 0;
        Verdict verdict = Verdict::Down;
        for (PeerId id : m_ring.peersOf(point.server)) {
            Peer &peer = peers.peer(id);
            verdict = context.check(id - list.first, peer);
            if (verdict != Verdict::Considered)
                continue;
            const int effective = peer.effectiveWeight;
            peer.currentWeight += effective;
            total += effective;
            if (effective < peer.weight)
                ++peer.effectiveWeight;
            if (best == NoPeer || peer.currentWeight > peers.peer(best).currentWeight)
                best = id;
        }
        if (context.why) {
            context.why->ringSteps.push_back({state.point, point.hash, m_ring.serverName(point.server), best,
                                              best != NoPeer ? Verdict::Chosen : verdict});
        }
        if (best != NoPeer) {
            peers.peer(best).currentWeight -= total;
            return context.commit(context.choose(best));
        }
        ++state.point;
        if (++state.methodTries > 20) {
            context.noteFallback(Explanation::Fallback::TooManyTries);
            return RoundRobin::selectPeer(context);
        }
    }
}

} // namespace gw::sim
