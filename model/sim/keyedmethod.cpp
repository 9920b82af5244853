// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/keyedmethod.h"

#include "sim/roundrobin.h"

namespace gw::sim {

void KeyedMethod::evaluateKey(RequestState &state) const
{
    state.key.clear();
    m_key.evaluate(*state.request, state.key);
}

std::optional<PeerId> KeyedMethod::decideWithoutHashing(PickContext &context) const
{
    const RequestState &state = context.state;
    const PeerList &list = context.list();
    if (state.methodTries > 20 || list.single || state.key.isEmpty()) {
        context.noteFallback(state.key.isEmpty() ? Explanation::Fallback::EmptyKey
                                 : list.single   ? Explanation::Fallback::SinglePeer
                                                 : Explanation::Fallback::TooManyTries);
        return RoundRobin::selectPeer(context);
    }
    if (const PeerId sticky = context.stickyPeer(); sticky != NoPeer)
        return context.commitSticky(sticky);
    if (context.why)
        context.why->key = QByteArray(state.key.constData(), state.key.size());
    return std::nullopt;
}

} // namespace gw::sim
