// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/scalar.h"

#include <array>
#include <charconv>
#include <string>

namespace gw::yaml {

std::optional<bool> parseBool(std::string_view t)
{
    static constexpr std::array<std::string_view, 11> yes = {"y",    "Y",    "yes", "Yes", "YES", "true",
                                                             "True", "TRUE", "on",  "On",  "ON"};
    static constexpr std::array<std::string_view, 11> no = {"n",     "N",     "no",  "No",  "NO", "false",
                                                            "False", "FALSE", "off", "Off", "OFF"};
    for (std::string_view w : yes) {
        if (t == w)
            return true;
    }
    for (std::string_view w : no) {
        if (t == w)
            return false;
    }
    return std::nullopt;
}

std::optional<std::int64_t> parseInt(std::string_view t)
{
    std::string s;
    for (char c : t) {
        if (c != '_')
            s += c;
    }
    if (s.empty())
        return std::nullopt;
    bool negative = false;
    size_t i = 0;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        i = 1;
    }
    int base = 10;
    if (s.size() > i + 2 && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
        base = 16;
        i += 2;
    } else if (s.size() > i + 2 && s[i] == '0' && (s[i + 1] == 'o' || s[i + 1] == 'b')) {
        base = s[i + 1] == 'o' ? 8 : 2;
        i += 2;
    } else if (s.size() > i + 1 && s[i] == '0') {
        base = 8; // YAML 1.1 octal
        i += 1;
    }
    if (i >= s.size())
        return base == 8 ? std::optional<std::int64_t>(0) : std::nullopt;
    std::int64_t value = 0;
    const char *first = s.data() + i;
    const char *last = s.data() + s.size();
    const auto [ptr, ec] = std::from_chars(first, last, value, base);
    if (ec != std::errc() || ptr != last)
        return std::nullopt;
    return negative ? -value : value;
}

namespace {

bool isFloat(std::string_view t)
{
    static constexpr std::array<std::string_view, 9> special = {".inf",  ".Inf",  ".INF", "+.inf", "-.inf",
                                                                "+.Inf", "-.Inf", ".nan", ".NaN"};
    for (std::string_view w : special) {
        if (t == w)
            return true;
    }
    // [-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?  or with an exponent
    size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-'))
        ++i;
    bool digits = false, dot = false, exp = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            digits = true;
        } else if (c == '_') {
            continue;
        } else if (c == '.' && !dot && !exp) {
            dot = true;
        } else if ((c == 'e' || c == 'E') && digits && !exp) {
            exp = true;
            if (i + 1 < t.size() && (t[i + 1] == '+' || t[i + 1] == '-'))
                ++i;
            digits = false;
        } else {
            return false;
        }
    }
    return digits && (dot || exp);
}

} // namespace

ScalarType resolvePlain(std::string_view t)
{
    if (t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL")
        return ScalarType::Null;
    if (parseBool(t))
        return ScalarType::Bool;
    if (parseInt(t))
        return ScalarType::Int;
    if (isFloat(t))
        return ScalarType::Float;
    return ScalarType::String;
}

ScalarType resolve(const Node &node)
{
    if (node.isNull())
        return ScalarType::Null;
    if (!node.tag.empty()) {
        if (node.tag == "tag:yaml.org,2002:str")
            return ScalarType::String;
        if (node.tag == "tag:yaml.org,2002:int")
            return ScalarType::Int;
        if (node.tag == "tag:yaml.org,2002:bool")
            return ScalarType::Bool;
        if (node.tag == "tag:yaml.org,2002:float")
            return ScalarType::Float;
        if (node.tag == "tag:yaml.org,2002:null")
            return ScalarType::Null;
    }
    if (node.scalarStyle != ScalarStyle::Plain)
        return ScalarType::String;
    return resolvePlain(node.value);
}

const char *scalarTypeName(ScalarType type)
{
    switch (type) {
    case ScalarType::Null:
        return "null";
    case ScalarType::Bool:
        return "boolean";
    case ScalarType::Int:
        return "integer";
    case ScalarType::Float:
        return "number";
    case ScalarType::String:
        return "string";
    }
    return "value";
}

} // namespace gw::yaml
