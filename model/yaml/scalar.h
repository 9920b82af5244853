// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/node.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace gw::yaml {

/**
 * What a scalar means once resolved, as kubectl's YAML reader (go-yaml v2, YAML 1.1 rules) sees it.
 * Timestamps are strings: go-yaml hands them to JSON as the text written.
 */
enum class ScalarType : std::uint8_t { Null, Bool, Int, Float, String };

/** Resolves a plain (unquoted, untagged) scalar: "80" is Int, "yes" is Bool, "~" is Null... */
ScalarType resolvePlain(std::string_view text);
/** Resolves a node: quoted and block scalars and `!!str` are strings; plain scalars as resolvePlain(). */
ScalarType resolve(const Node &node);

std::optional<bool> parseBool(std::string_view text);
/** An integer as go-yaml reads it (Go's ParseInt, base 0, '_' removed); nothing if it does not fit int64. */
std::optional<std::int64_t> parseInt(std::string_view text);
/** A float as go-yaml reads it, including .inf and .nan; nothing for other text. */
std::optional<double> parseFloat(std::string_view text);
/**
 * True when a plain scalar with this text could be read as something other than a string by
 * kubectl or by other common YAML readers (PyYAML, YAML 1.2): numbers, booleans, null, dates,
 * sexagesimal numbers, `<<`. The Emitter quotes such strings.
 */
bool looksLikeNonString(std::string_view text);

const char *scalarTypeName(ScalarType type);

} // namespace gw::yaml
