// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/consistenthash.h"

#include "sim/crc32.h"
#include "sim/roundrobin.h"

namespace gw::sim {

using Verdict = Explanation::Verdict;

ConsistentHash::ConsistentHash(KeyExpression key, const PeerTable &peers)
    : KeyedMethod(std::move(key))
{
    m_ring.build(peers);
}

void ConsistentHash::begin(RequestState &state) const
{
    evaluateKey(state);
    state.point = m_ring.find(Crc32::of(QByteArrayView(state.key.constData(), state.key.size())));
}

PeerId ConsistentHash::select(PickContext &context) const
{
    if (const auto decided = decideWithoutHashing(context))
        return *decided;
    RequestState &state = context.state;
    const PeerList &list = context.list();
    PeerTable &peers = context.peers;
    if (context.why) {
        context.why->keyCrc = Crc32::of(context.why->key);
        context.why->ringStart = state.point;
    }
    peers.settle(state.list); // the weighted pass below reads current weights
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
            total += peer.advance();
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
