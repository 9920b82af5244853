// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/ketamaring.h"
#include "sim/keyedmethod.h"

namespace gw::sim {

/**
 * `hash $key consistent`: the key's full CRC32 finds the first ring point at or after it; that
 * point's server takes the request (smooth weighted round robin among its peers when a name has
 * several addresses). A point whose server cannot take it passes the request clockwise to the next
 * point, 20 times at most, then round robin decides. A retry starts again at the same point.
 */
class ConsistentHash : public KeyedMethod
{
public:
    ConsistentHash(KeyExpression key, const PeerTable &peers);

    void begin(RequestState &state) const override;
    PeerId select(PickContext &context) const override;

    const KetamaRing &ring() const { return m_ring; }

private:
    KetamaRing m_ring;
};

} // namespace gw::sim
