// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/iphash.h"

#include "sim/roundrobin.h"

#include <cstring>

namespace gw::sim {

using Verdict = Explanation::Verdict;

int IpHash::keyBytes(const SocketAddress &client, quint8 out[16])
{
    switch (client.family()) {
    case SocketAddress::Family::IPv4:
        std::memcpy(out, client.bytes(), 3);
        return 3;
    case SocketAddress::Family::IPv6:
        std::memcpy(out, client.bytes(), 16);
        return 16;
    case SocketAddress::Family::None:
    case SocketAddress::Family::Unix:
        break;
    }
    std::memset(out, 0, 3);
    return 3;
}

PeerId IpHash::select(PickContext &context) const
{
    RequestState &state = context.state;
    const PeerList &list = context.list();
    if (state.methodTries > 20 || list.number < 2) {
        context.noteFallback(list.number < 2 ? Explanation::Fallback::FewPeers
                                             : Explanation::Fallback::TooManyTries);
        return RoundRobin::selectPeer(context);
    }

    const PeerId sticky = context.stickyPeer();
    if (sticky != NoPeer)
        return context.commitSticky(sticky);

    quint8 key[16];
    const int length = keyBytes(state.request->client, key);
    if (context.why)
        context.why->key = QByteArray(reinterpret_cast<const char *>(key), length);

    quint32 hash = state.hash;
    for (quint32 round = 0;; ++round) {
        for (int i = 0; i < length; ++i)
            hash = (hash * 113 + key[i]) % 6271;
        const quint32 target = hash % quint32(list.totalWeight);
        const int index = context.peers.indexAtWeight(state.list, target);
        const PeerId id = list.first + index;
        const Verdict verdict = context.check(index, context.peers.peer(id));
        if (context.why) {
            context.why->hashSteps.push_back(
                {round, 0, hash, target, id, verdict == Verdict::Considered ? Verdict::Chosen : verdict});
        }
        if (verdict == Verdict::Considered) {
            state.hash = hash;
            return context.commit(context.choose(id));
        }
        if (++state.methodTries > 20) {
            context.noteFallback(Explanation::Fallback::TooManyTries);
            return RoundRobin::selectPeer(context);
        }
    }
}

} // namespace gw::sim
