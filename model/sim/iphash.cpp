// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/iphash.h"

#include "sim/roundrobin.h"

#include <array>
#include <cstring>

namespace gw::sim {

using Verdict = Explanation::Verdict;

namespace {

constexpr quint32 Modulus = 6271;

/** 113^k mod 6271 for k = 0..16. */
constexpr std::array<quint32, 17> powers()
{
    std::array<quint32, 17> p {};
    p[0] = 1;
    for (size_t k = 1; k < p.size(); ++k)
        p[k] = p[k - 1] * 113 % Modulus;
    return p;
}
constexpr std::array<quint32, 17> Powers = powers();

/**
 * nginx's `for (i = 0; i < len; i++) hash = (hash * 113 + key[i]) % 6271;` in one remainder:
 * taking the remainder after every step or once at the end gives the same value (the steps are a
 * polynomial in 113), and the products no longer wait for each other.
 */
quint32 ipHashRound(quint32 hash, const quint8 *key, int length)
{
    quint64 sum = quint64(hash) * Powers[size_t(length)];
    for (int i = 0; i < length; ++i)
        sum += quint64(key[i]) * Powers[size_t(length - 1 - i)];
    return quint32(sum % Modulus);
}

} // namespace

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
        hash = ipHashRound(hash, key, length);
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
