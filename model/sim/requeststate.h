// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/keyexpression.h"
#include "sim/peertable.h"

#include <QVarLengthArray>

#include <algorithm>
#include <type_traits>

namespace gw::sim {

/**
 * Empties \a array without a call into QVarLengthArray's reallocation (its clear() makes one even
 * when the array is empty): on the balancers' hot path the arrays hold a few trivial elements.
 */
template<typename T, qsizetype Prealloc>
void clearFast(QVarLengthArray<T, Prealloc> &array)
{
    static_assert(std::is_trivially_destructible_v<T>);
    while (!array.isEmpty())
        array.removeLast();
}

/** nginx's `tried` bitmap: the peers of the current list a request has already been given. */
class TriedSet
{
public:
    void reset(int peers)
    {
        const qsizetype words = qsizetype((peers + 63) / 64);
        if (m_words.size() != words)
            m_words.resize(words);
        clear();
    }
    void clear() { std::fill(m_words.begin(), m_words.end(), 0); }
    bool contains(int index) const { return (m_words[index / 64] >> (index % 64)) & 1; }
    void insert(int index) { m_words[index / 64] |= quint64(1) << (index % 64); }

private:
    QVarLengthArray<quint64, 16> m_words; // 1024 peers before the heap is needed
};

/**
 * The balancer's bookkeeping for one request across its tries: nginx's per-request peer data
 * (`rrp`, `iphp`, `hp`, `rp`). Made by Balancer::begin() and passed to every select() and
 * release() of that request. Callers read it through the accessors; the fields are the balancers'
 * working state.
 */
struct RequestState
{
    const Request *request = nullptr; ///< must outlive the state
    int list = PeerTable::Primary; ///< the list the request is on (it moves to Backup for good)
    PeerId current = NoPeer; ///< the peer of the try in progress
    int tries = 0; ///< tries left (`pc->tries`)
    TriedSet tried;

    // Method state, kept across retries.
    KeyBuffer key; ///< hash and consistent hash: the evaluated key
    quint32 hash = 0; ///< ip_hash: the hash chain; hash: the accumulated value
    quint32 rehash = 0; ///< hash: the next rehash prefix
    quint32 point = 0; ///< consistent hash: the ring index
    int methodTries = 0; ///< the method's own counter; over 20 falls back to round robin

    // Sticky.
    QVarLengthArray<char, 64> stickyId; ///< the cookie value, route, or learn lookup id
    QByteArray setCookie; ///< of the latest successful selection

    /** Every peer given to this request, in order; NoPeer stands for "no live upstreams". */
    QVarLengthArray<PeerId, 8> attempts;

    bool canRetry() const { return tries > 0; }
};

} // namespace gw::sim
