// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/keyedmethod.h"

namespace gw::sim {

/**
 * `hash $key` without `consistent` (`ngx_http_upstream_hash_module.c`), compatible with
 * Cache::Memcached: `acc += (crc32([rehash] key) >> 16) & 0x7fff`, the weight slot `acc % total`.
 * A slot whose peer cannot take the request is rehashed with the decimal prefix "1", "2", …;
 * after 20 misses, an empty key or with a single peer, round robin decides (and advances its state).
 */
class GenericHash : public KeyedMethod
{
public:
    explicit GenericHash(KeyExpression key)
        : KeyedMethod(std::move(key))
    { }

    void begin(RequestState &state) const override;
    PeerId select(PickContext &context) const override;
};

} // namespace gw::sim
