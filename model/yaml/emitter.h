// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/value.h"

#include <string>

namespace gw::yaml {

/**
 * Writes Values as YAML text. Scalars are plain when they read back as the same value and type
 * ("cafe.example.com", 80, true) and double-quoted otherwise ("80" as a string, "", "a: b").
 * Block collections use `indent` spaces per level; `sequenceIndent` is how far a sequence that is
 * the value of a key is indented relative to the key (0 as kubectl prints, 2 as many people write).
 */
class Emitter
{
public:
    struct Style
    {
        int indent = 2;
        int sequenceIndent = 0;
    };

    /** A scalar in plain or double-quoted form; \a flow avoids flow indicators in plain form. */
    static std::string scalar(const Value &value, bool flow = false);
    /** A double-quoted scalar with YAML escapes. */
    static std::string doubleQuoted(const std::string &text);
    /** A single-quoted scalar, or nothing when the text cannot be single-quoted (line breaks). */
    static std::optional<std::string> singleQuoted(const std::string &text);
    /** A value on one line in flow style: `{a: 1, b: [x, y]}`. */
    static std::string flow(const Value &value);
    /**
     * A value in block style starting at column \a column. The first line has no leading spaces
     * (the caller places it, after "key: " or "- "); every following line is indented. Ends
     * without a newline. Scalars and empty collections come out as one line.
     */
    static std::string block(const Value &value, int column, const Style &style);
    /**
     * True when every character of \a text can be written without an escape: no control characters
     * other than tab and line feed, no NEL/LS/PS, valid UTF-8.
     */
    static bool isPrintable(const std::string &text);
    /** True when \a value is written on the same line as its key (a scalar or an empty collection). */
    static bool isInline(const Value &value);
};

} // namespace gw::yaml
