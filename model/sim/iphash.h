// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"

namespace gw::sim {

/**
 * `ip_hash` (`ngx_http_upstream_ip_hash_module.c`): the client's address hashed as
 * `hash = (hash * 113 + byte) % 6271` from 89, over the first three octets of an IPv4 address, all
 * sixteen bytes of an IPv6 one (so an IPv4-mapped address differs from the plain one), or three
 * zero bytes for anything else. The hash picks a weight slot; a slot whose peer cannot take the
 * request is rehashed from the current value, 20 times at most, then round robin decides. A
 * retry continues the same chain.
 */
class IpHash : public BalancingMethod
{
public:
    void begin(RequestState &state) const override { state.hash = 89; }
    PeerId select(PickContext &context) const override;

    /** The key bytes of \a client; returns their number (3 or 16) and writes them to \a out. */
    static int keyBytes(const SocketAddress &client, quint8 out[16]);
};

} // namespace gw::sim
