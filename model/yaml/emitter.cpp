// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/emitter.h"

#include "yaml/scalar.h"

#include <cstdio>

namespace gw::yaml {

namespace {

/** The next code point of UTF-8 text at \a i (advancing \a i), or -1 for an invalid byte (i advances 1). */
long nextCodePoint(const std::string &s, size_t &i)
{
    const auto c = static_cast<unsigned char>(s[i]);
    int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + size_t(len) > s.size()) {
        ++i;
        return -1;
    }
    long cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < len; ++k) {
        const auto b = static_cast<unsigned char>(s[i + size_t(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += size_t(len);
    return cp;
}

/** Characters that can only be written as an escape in a double-quoted scalar. */
bool needsEscape(long cp)
{
    return cp < 0 || (cp < 0x20 && cp != '\t') || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 ||
        cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF);
}

bool isFlowIndicator(char c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

bool plainSafe(const std::string &s, bool flow)
{
    if (s.empty() || s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t')
        return false;
    static const std::string indicators = "-?:,[]{}#&*!|>'\"%@`";
    if (indicators.find(s.front()) != std::string::npos) {
        // "-x" is a fine plain scalar ("-Xmx512m"); the other indicators are quoted.
        if (!(s.front() == '-' && s.size() > 1 && s[1] != ' ' && s[1] != '\t' && s[1] != '-' &&
              !(flow && isFlowIndicator(s[1]))))
            return false;
    }
    if (s.compare(0, 3, "---") == 0 || s.compare(0, 3, "...") == 0)
        return false;
    for (size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == ':' &&
            (i + 1 == s.size() || s[i + 1] == ' ' || s[i + 1] == '\t' || (flow && isFlowIndicator(s[i + 1]))))
            return false;
        if (c == '#' && (s[i - 1] == ' ' || s[i - 1] == '\t'))
            return false;
        if (flow && isFlowIndicator(c))
            return false;
        const long cp = nextCodePoint(s, i);
        if (cp == '\t' || needsEscape(cp))
            return false;
    }
    return true;
}

} // namespace

bool Emitter::isPrintable(const std::string &text)
{
    for (size_t i = 0; i < text.size();) {
        const long cp = nextCodePoint(text, i);
        if (cp != '\n' && needsEscape(cp))
            return false;
    }
    return true;
}

std::string Emitter::doubleQuoted(const std::string &text)
{
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const long cp = nextCodePoint(text, i);
        char buf[16];
        switch (cp) {
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
        case 0x2028:
            out += "\\L";
            break;
        case 0x2029:
            out += "\\P";
            break;
        default:
            if (cp < 0) {
                // Not UTF-8: there is no escape for a raw byte; write the replacement character.
                out += "\\uFFFD";
            } else if (needsEscape(cp)) {
                std::snprintf(buf, sizeof buf, cp < 0x100 ? "\\x%02X" : "\\u%04X", unsigned(cp));
                out += buf;
            } else {
                out.append(text, start, i - start);
            }
        }
    }
    out += '"';
    return out;
}

std::optional<std::string> Emitter::singleQuoted(const std::string &text)
{
    std::string out = "'";
    for (size_t i = 0; i < text.size();) {
        const size_t start = i;
        const long cp = nextCodePoint(text, i);
        if (cp == '\n' || cp == '\r' || needsEscape(cp))
            return std::nullopt;
        if (cp == '\'')
            out += '\'';
        out.append(text, start, i - start);
    }
    out += '\'';
    return out;
}

std::string Emitter::scalar(const Value &value, bool flow)
{
    if (value.isRaw()) {
        const std::string &t = value.toString();
        if (value.type() != Value::Type::String)
            return t.empty() ? std::string("null") : t;
        return plainSafe(t, flow) ? t : doubleQuoted(t);
    }
    switch (value.type()) {
    case Value::Type::Null:
        return "null";
    case Value::Type::String: {
        const std::string &s = value.toString();
        if (plainSafe(s, flow) && !looksLikeNonString(s))
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
