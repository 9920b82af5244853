// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/balancingmethod.h"

#include <optional>

namespace gw::sim {

/** What `hash` and `hash … consistent` share: the key, and when it does not decide. */
class KeyedMethod : public BalancingMethod
{
protected:
    explicit KeyedMethod(KeyExpression key)
        : m_key(std::move(key))
    { }

    /** Evaluates the key into the request's state (nginx does it once, in init_peer). */
    void evaluateKey(RequestState &state) const;
    /**
     * The peer chosen before any hashing: by round robin when the key is empty, the list has a
     * single peer or 20 tries are used up, or by the sticky hint. nullopt: hash.
     */
    std::optional<PeerId> decideWithoutHashing(PickContext &context) const;

    KeyExpression m_key;
};

} // namespace gw::sim
