// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace gw::yaml {

/**
 * Bounds on hostile or accidental input. Exceeding any of them is a clear error, never a hang or
 * an out-of-memory: the checks run before the expensive work.
 */
struct Limits
{
    std::size_t maxFileBytes = std::size_t(64) << 20; ///< 64 MiB per file
    std::size_t maxDocuments = 200000;
    int maxDepth = 128; ///< nesting of mappings and sequences
    std::size_t maxAliasExpansion = 100000; ///< nodes produced by resolving aliases in one document
};

} // namespace gw::yaml
