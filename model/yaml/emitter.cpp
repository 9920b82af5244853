// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/emitter.h"

#include "yaml/scalar.h"

#include <cstdio>

namespace gw::yaml {

namespace {

bool plainSafe(const std::string &s, bool flow)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t')
        return false;
    static const std::string badFirst = "-?:,[]{}#&*!|>'\"%@`";
    if (badFirst.find(s.front()) != std::string::npos) {
        // "-x", "?x", ":x" are fine when followed by a non-space; keep it simple and quote.
        return false;
    }
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c == 0x7f)
            return false;
        if (c == ':' &&
            (i + 1 == s.size() || s[i + 1] == ' ' ||
             (flow && (s[i + 1] == ',' || s[i + 1] == ']' || s[i + 1] == '}'))))
            return false;
        if (c == '#' && i > 0 && s[i - 1] == ' ')
            return false;
        if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
            return false;
    }
    if (s == "---" || s == "...")
        return false;
    return true;
}

} // namespace

std::string Emitter::doubleQuoted(const std::string &text)
{
    std::string out = "\"";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20 || c == 0x7f) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\x%02x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
    return out;
}

std::optional<std::string> Emitter::singleQuoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text) {
        if (c == '\n' || c == '\r' || (static_cast<unsigned char>(c) < 0x20 && c != '\t'))
            return std::nullopt;
        if (c == '\'')
            out += '\'';
        out += c;
    }
    out += '\'';
    return out;
}

std::string Emitter::scalar(const Value &value, bool flow)
{
    if (value.isRaw()) {
        const std::string &t = value.toString();
        if (value.type() != Value::Type::String || plainSafe(t, flow))
            return t.empty() ? std::string("\"\"") : t;
        return doubleQuoted(t);
    }
    switch (value.type()) {
    case Value::Type::Null:
        return "null";
    case Value::Type::String: {
        const std::string &s = value.toString();
        if (plainSafe(s, flow) && resolvePlain(s) == ScalarType::String)
            return s;
        return doubleQuoted(s);
    }
    default:
        return value.scalarText();
    }
}

std::string Emitter::flow(const Value &value)
{
    if (value.isMapping()) {
        std::string out = "{";
        bool first = true;
        for (const auto &[k, v] : value.entries()) {
            if (!first)
                out += ", ";
            first = false;
            out += scalar(Value(k), true) + ": " + flow(v);
        }
        return out + "}";
    }
    if (value.isSequence()) {
        std::string out = "[";
        bool first = true;
        for (const Value &v : value.items()) {
            if (!first)
                out += ", ";
            first = false;
            out += flow(v);
        }
        return out + "]";
    }
    return scalar(value, true);
}

bool Emitter::isInline(const Value &value)
{
    return value.isScalar() || value.size() == 0;
}

std::string Emitter::block(const Value &value, int column, const Style &style)
{
    if (isInline(value))
        return value.isScalar() ? scalar(value) : flow(value);
    std::string out;
    const std::string pad(size_t(column), ' ');
    bool first = true;
    if (value.isMapping()) {
        for (const auto &[k, v] : value.entries()) {
            if (!first)
                out += '\n' + pad;
            first = false;
            out += scalar(Value(k)) + ':';
            if (isInline(v)) {
                out += ' ' + block(v, column, style);
            } else if (v.isMapping()) {
                const int child = column + style.indent;
                out += '\n' + std::string(size_t(child), ' ') + block(v, child, style);
            } else {
                const int child = column + style.sequenceIndent;
                out += '\n' + std::string(size_t(child), ' ') + block(v, child, style);
            }
        }
    } else {
        for (const Value &v : value.items()) {
            if (!first)
                out += '\n' + pad;
            first = false;
            out += "- " + block(v, column + 2, style);
        }
    }
    return out;
}

} // namespace gw::yaml
