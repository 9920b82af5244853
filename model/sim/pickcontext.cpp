// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/pickcontext.h"

namespace gw::sim {

PeerId PickContext::stickyPeer()
{
    if (hint.isEmpty())
        return NoPeer;
    const PeerId id = peers.findSid(state.list, hint);
    Explanation::Verdict verdict = Explanation::Verdict::Unknown;
    if (id != NoPeer)
        verdict = check(id - list().first, peers.peer(id));
    if (why) {
        why->sticky.peer = id;
        why->sticky.verdict = verdict;
    }
    return verdict == Explanation::Verdict::Considered ? id : NoPeer;
}

PeerId PickContext::choose(PeerId id)
{
    state.tried.insert(id - list().first);
    Peer &p = peers.peer(id);
    if (now - p.checked > p.failTimeout)
        p.checked = now;
    return id;
}

PeerId PickContext::commit(PeerId id)
{
    peers.connect(id);
    state.current = id;
    if (why)
        why->chosen = id;
    return id;
}

void PickContext::honourSticky()
{
    if (why) {
        why->sticky.honoured = true;
        why->sticky.verdict = Explanation::Verdict::Chosen;
    }
}

bool PickContext::switchToBackup()
{
    if (state.list != PeerTable::Primary || !peers.hasBackup())
        return false;
    state.list = PeerTable::Backup;
    state.tried.clear();
    if (why)
        why->switchedToBackup = true;
    return true;
}

void PickContext::noteWeight(PeerId id, Explanation::Verdict verdict, const Peer &peer, int effectiveBefore)
{
    if (!why)
        return;
    Explanation::WeightRow row;
    row.peer = id;
    row.verdict = verdict;
    row.conns = peer.conns;
    row.weight = peer.weight;
    row.effectiveWeight =
        verdict == Explanation::Verdict::Considered ? effectiveBefore : peer.effectiveWeight;
    row.currentWeight = peer.currentWeight;
    why->weights.push_back(row);
}

} // namespace gw::sim
