// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/generichash.h"

#include "sim/crc32.h"
#include "sim/roundrobin.h"

#include <cstdio>

namespace gw::sim {

using Verdict = Explanation::Verdict;

void GenericHash::begin(RequestState &state) const
{
    evaluateKey(state);
    state.hash = 0;
    state.rehash = 0;
}

PeerId GenericHash::select(PickContext &context) const
{
    if (const auto decided = decideWithoutHashing(context))
        return *decided;
    RequestState &state = context.state;
    const PeerList &list = context.list();
    for (;;) {
        Crc32 crc;
        if (state.rehash > 0) {
            char prefix[12];
            const int n = std::snprintf(prefix, sizeof prefix, "%u", state.rehash);
            crc.update(prefix, n);
        }
        crc.update(state.key.constData(), state.key.size());
        const quint32 value = crc.value();
        state.hash += (value >> 16) & 0x7fff;
        const quint32 round = state.rehash++;
        const quint32 target = state.hash % quint32(list.totalWeight);
        const int index = context.peers.indexAtWeight(state.list, target);
        const PeerId id = list.first + index;
        const Verdict verdict = context.check(index, context.peers.peer(id));
        if (context.why) {
            context.why->hashSteps.push_back({round, value, state.hash, target, id,
                                              verdict == Verdict::Considered ? Verdict::Chosen : verdict});
        }
        if (verdict == Verdict::Considered)
            return context.commit(context.choose(id));
        if (++state.methodTries > 20) {
            context.noteFallback(Explanation::Fallback::TooManyTries);
            return RoundRobin::selectPeer(context);
        }
    }
}

} // namespace gw::sim
