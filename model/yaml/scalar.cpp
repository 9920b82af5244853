// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/scalar.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <string>

// Plain scalars resolve as go-yaml v2 (gopkg.in/yaml.v2 resolve.go) resolves them, because that is
// what kubectl's sigs.k8s.io/yaml reads manifests with: YAML 1.1 booleans (yes/no/on/off/y/n), integers
// through Go's strconv.ParseInt with base 0 after removing '_' (0x, 0o, 0b, and a leading 0 for octal),
// floats by the regular expression ^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$, and
// timestamps, which it hands to JSON as strings.

namespace gw::yaml {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string withoutUnderscores(std::string_view t)
{
    std::string s;
    s.reserve(t.size());
    for (char c : t) {
        if (c != '_')
            s += c;
    }
    return s;
}

/** Go's strconv.ParseUint(s, 0, 64) for the digits after an optional sign; nullopt on any error. */
std::optional<std::uint64_t> parseGoUnsigned(std::string_view s)
{
    int base = 10;
    if (s.size() >= 2 && s[0] == '0') {
        switch (s[1]) {
        case 'x':
        case 'X':
            base = 16;
            s.remove_prefix(2);
            break;
        case 'o':
        case 'O':
            base = 8;
            s.remove_prefix(2);
            break;
        case 'b':
        case 'B':
            base = 2;
            s.remove_prefix(2);
            break;
        default:
            base = 8;
            s.remove_prefix(1);
            break;
        }
    }
    if (s.empty())
        return std::nullopt;
    std::uint64_t value = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value, base);
    if (ec != std::errc() || ptr != s.data() + s.size())
        return std::nullopt;
    return value;
}

bool matchesYamlStyleFloat(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    const size_t intStart = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    const bool intDigits = i > intStart;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const size_t fracStart = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (!intDigits && i == fracStart)
            return false; // "." or "-."
    } else if (!intDigits) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t expStart = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == expStart)
            return false;
    }
    return i == s.size();
}

constexpr std::array<std::string_view, 12> specialFloats = {
    ".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF"};

} // namespace

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
    const std::string s = withoutUnderscores(t);
    std::string_view digits = s;
    bool negative = false;
    if (!digits.empty() && (digits[0] == '+' || digits[0] == '-')) {
        negative = digits[0] == '-';
        digits.remove_prefix(1);
    }
    const auto u = parseGoUnsigned(digits);
    if (!u)
        return std::nullopt;
    if (negative) {
        if (*u > std::uint64_t(INT64_MAX) + 1)
            return std::nullopt;
        return std::int64_t(0 - *u);
    }
    if (*u > std::uint64_t(INT64_MAX))
        return std::nullopt;
    return std::int64_t(*u);
}

std::optional<double> parseFloat(std::string_view t)
{
    for (size_t i = 0; i < specialFloats.size(); ++i) {
        if (t == specialFloats[i]) {
            if (i < 3)
                return std::nan("");
            return t[0] == '-' ? -HUGE_VAL : HUGE_VAL;
        }
    }
    const std::string s = withoutUnderscores(t);
    if (!matchesYamlStyleFloat(s))
        return std::nullopt;
    errno = 0;
    const double d = std::strtod(s.c_str(), nullptr);
    if (errno == ERANGE && std::isinf(d))
        return std::nullopt; // Go's ParseFloat fails on overflow; go-yaml then reads a string
    return d;
}

ScalarType resolvePlain(std::string_view t)
{
    if (t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL")
        return ScalarType::Null;
    if (parseBool(t))
        return ScalarType::Bool;
    for (std::string_view w : specialFloats) {
        if (t == w)
            return ScalarType::Float;
    }
    const char c = t.front();
    if (!isDigit(c) && c != '+' && c != '-' && c != '.')
        return ScalarType::String;
    const std::string plain = withoutUnderscores(t);
    std::string_view digits = plain;
    if (!digits.empty() && (digits[0] == '+' || digits[0] == '-'))
        digits.remove_prefix(1);
    if (parseGoUnsigned(digits)) {
        // ParseInt, or ParseUint for values above int64 ("-" with a uint64 magnitude fails both).
        if (plain[0] != '-' || parseInt(plain))
            return ScalarType::Int;
    }
    if (parseFloat(plain))
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

bool looksLikeNonString(std::string_view t)
{
    if (resolvePlain(t) != ScalarType::String)
        return true;
    if (t == "<<" || t == "=")
        return true; // merge key and YAML 1.1's value key
    const char c = t.front();
    if (!isDigit(c) && c != '+' && c != '-' && c != '.')
        return false;
    // What other readers take for numbers and dates: YAML 1.1 as PyYAML reads it (sexagesimal
    // 1:20, 0b/0x/octal with '_'), YAML 1.2's 0o and floats, timestamps. Not IP addresses or
    // versions ("10.96.0.1", "1.25.3"), which every reader keeps as strings.
    static const std::regex patterns(
        R"(^[-+]?(0b[0-1_]+|0[0-7_]+|(0|[1-9][0-9_]*)|0x[0-9a-fA-F_]+|0o[0-7]+)$)" // integers
        R"(|^[-+]?([0-9][0-9_]*)?\.[0-9_]*([eE][-+]?[0-9]+)?$)" // floats
        R"(|^[-+]?[0-9][0-9_]*([eE][-+]?[0-9]+)$)" // YAML 1.2 floats without a dot
        R"(|^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?$)" // sexagesimal
        R"(|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt \t].*)?$)", // dates and timestamps
        std::regex::optimize);
    return std::regex_search(t.begin(), t.end(), patterns);
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
