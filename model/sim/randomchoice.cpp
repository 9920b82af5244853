// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/randomchoice.h"

#include "sim/roundrobin.h"

namespace gw::sim {

using Verdict = Explanation::Verdict;

PeerId RandomChoice::select(PickContext &context) const
{
    const PeerList &list = context.list();
    // random checks `single`, random two `number < 2`: the same without backups, which random rejects.
    if (context.state.methodTries > 20 || list.number < 2) {
        context.noteFallback(list.number < 2 ? Explanation::Fallback::SinglePeer
                                             : Explanation::Fallback::TooManyTries);
        return RoundRobin::selectPeer(context);
    }
    const PeerId sticky = context.stickyPeer();
    if (sticky != NoPeer)
        return context.commitSticky(sticky);
    return m_two ? selectTwo(context) : selectOne(context);
}

int RandomChoice::draw(PickContext &context) const
{
    const quint32 value = context.random.next();
    const quint32 target = value % quint32(context.list().totalWeight);
    const int index = context.peers.indexAtWeight(context.state.list, target);
    if (context.why)
        context.why->draws.push_back({value, target, context.list().first + index, Verdict::Considered});
    return index;
}

PeerId RandomChoice::selectOne(PickContext &context) const
{
    const PeerList &list = context.list();
    for (;;) {
        const int index = draw(context);
        const Verdict verdict = context.check(index, context.peers.peer(list.first + index));
        if (context.why)
            context.why->draws.back().verdict = verdict == Verdict::Considered ? Verdict::Chosen : verdict;
        if (verdict == Verdict::Considered)
            return context.commit(context.choose(list.first + index));
        if (++context.state.methodTries > 20) {
            context.noteFallback(Explanation::Fallback::TooManyTries);
            return RoundRobin::selectPeer(context);
        }
    }
}

PeerId RandomChoice::selectTwo(PickContext &context) const
{
    const PeerList &list = context.list();
    PeerId first = NoPeer;
    PeerId second = NoPeer;
    for (;;) {
        const int index = draw(context);
        const PeerId id = list.first + index;
        const Verdict verdict =
            id == first ? Verdict::SameAsFirst : context.check(index, context.peers.peer(id));
        if (context.why)
            context.why->draws.back().verdict = verdict;
        if (verdict == Verdict::Considered) {
            if (first != NoPeer) {
                second = id;
                break;
            }
            first = id;
        }
        // Every draw counts, the first successful one too.
        if (++context.state.methodTries > 20) {
            context.noteFallback(Explanation::Fallback::TooManyTries);
            return RoundRobin::selectPeer(context);
        }
    }
    const Peer &a = context.peers.peer(first);
    const Peer &b = context.peers.peer(second);
    // The second draw wins unless it is busier per weight than the first.
    const PeerId chosen = qint64(b.conns) * a.weight > qint64(a.conns) * b.weight ? first : second;
    if (context.why) {
        context.why->comparison = {first, second, a.conns, b.conns, a.weight, b.weight};
        for (Explanation::Draw &d : context.why->draws) {
            if (d.verdict == Verdict::Considered && d.peer == chosen)
                d.verdict = Verdict::Chosen;
        }
    }
    return context.commit(context.choose(chosen));
}

} // namespace gw::sim
