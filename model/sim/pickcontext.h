// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/explanation.h"
#include "sim/randomsource.h"
#include "sim/requeststate.h"

namespace gw::sim {

/**
 * Everything a balancing method works with while it picks one peer (nginx's `get` callback):
 * the shared peer table, the request's state, the time in seconds, the sticky hint, the random
 * source, and where to explain the decision (null on the hot path). The helpers are the steps all
 * of nginx's balancers share.
 */
struct PickContext
{
    PeerTable &peers;
    RequestState &state;
    qint64 now = 0; ///< seconds, as `ngx_time()`
    QByteArrayView hint; ///< the sticky SID to honour, if any
    RandomSource &random;
    Explanation *why = nullptr;

    const PeerList &list() const { return peers.list(state.list); }

    /**
     * Considered when the peer at \a index of the current list may be given to the request,
     * otherwise why not: tried, down, failed, full (nginx's order of tests).
     */
    Explanation::Verdict check(int index, const Peer &peer) const
    {
        if (state.tried.contains(index))
            return Explanation::Verdict::Tried;
        if (peer.down)
            return Explanation::Verdict::Down;
        if (peer.isFailed(now))
            return Explanation::Verdict::Failed;
        if (peer.isFull())
            return Explanation::Verdict::Full;
        return Explanation::Verdict::Considered;
    }

    /**
     * The peer of the current list whose SID is the hint, if it may take the request
     * (`ngx_http_upstream_get_rr_peer_by_sid`); NoPeer otherwise.
     */
    PeerId stickyPeer();
    /** Marks \a id tried and, when fail_timeout has passed since `checked`, starts a probe. */
    PeerId choose(PeerId id);
    /** Gives \a id to the request: one more connection in flight. */
    PeerId commit(PeerId id);
    /** Notes that the sticky peer was chosen. */
    void honourSticky();
    /** choose() and commit() for a peer the sticky hint named. */
    PeerId commitSticky(PeerId id)
    {
        honourSticky();
        return commit(choose(id));
    }
    /** Moves the request to the backup list, if it is on the primaries and there is one. */
    bool switchToBackup();
    /** Notes why round robin decides; the first reason given is kept. */
    void noteFallback(Explanation::Fallback reason)
    {
        if (why && why->fallback == Explanation::Fallback::None)
            why->fallback = reason;
    }
    /** Adds a row for a weighted pass (when explaining). */
    void noteWeight(PeerId id, Explanation::Verdict verdict, const Peer &peer, int effectiveBefore = 0);
};

} // namespace gw::sim
