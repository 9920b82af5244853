// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/path.h"

#include <cassert>

namespace gw::yaml {

namespace {

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
        c == '-' || c == '/' || c == '$';
}

bool needsBrackets(const std::string &key)
{
    if (key.empty())
        return true;
    for (char c : key) {
        if (!isIdentifierChar(c))
            return true;
    }
    return false;
}

} // namespace

std::optional<Path> Path::parse(std::string_view text)
{
    Path path;
    size_t i = 0;
    const size_t n = text.size();
    bool expectSegment = true; // at the start or after a '.'
    while (i < n) {
        const char c = text[i];
        if (c == '[') {
            ++i;
            if (i < n && text[i] == '"') {
                ++i;
                std::string key;
                while (i < n && text[i] != '"') {
                    if (text[i] == '\\' && i + 1 < n)
                        ++i;
                    key += text[i++];
                }
                if (i + 1 >= n || text[i] != '"' || text[i + 1] != ']')
                    return std::nullopt;
                i += 2;
                path.m_segments.push_back({std::move(key), -1});
            } else {
                size_t start = i;
                while (i < n && text[i] >= '0' && text[i] <= '9')
                    ++i;
                if (i == start || i >= n || text[i] != ']' || i - start > 9)
                    return std::nullopt;
                path.m_segments.push_back({{}, std::stoi(std::string(text.substr(start, i - start)))});
                ++i;
            }
            expectSegment = false;
        } else if (c == '.') {
            if (expectSegment)
                return std::nullopt;
            ++i;
            expectSegment = true;
            if (i >= n)
                return std::nullopt;
        } else {
            if (!expectSegment)
                return std::nullopt;
            size_t start = i;
            while (i < n && text[i] != '.' && text[i] != '[')
                ++i;
            path.m_segments.push_back({std::string(text.substr(start, i - start)), -1});
            expectSegment = false;
        }
    }
    if (expectSegment && !path.isEmpty())
        return std::nullopt;
    return path;
}

Path Path::of(std::string_view text)
{
    auto p = parse(text);
    assert(p && "malformed path literal");
    return p ? *p : Path();
}

Path Path::key(std::string_view k) const
{
    Path p = *this;
    p.m_segments.push_back({std::string(k), -1});
    return p;
}

Path Path::index(int i) const
{
    Path p = *this;
    p.m_segments.push_back({{}, i});
    return p;
}

Path Path::operator+(const Path &tail) const
{
    Path p = *this;
    p.m_segments.insert(p.m_segments.end(), tail.m_segments.begin(), tail.m_segments.end());
    return p;
}

Path Path::parent() const
{
    return left(size() - 1);
}

Path Path::left(int n) const
{
    Path p;
    if (n > 0)
        p.m_segments.assign(m_segments.begin(), m_segments.begin() + std::min(n, size()));
    return p;
}

Path Path::mid(int n) const
{
    Path p;
    if (n < size())
        p.m_segments.assign(m_segments.begin() + std::max(n, 0), m_segments.end());
    return p;
}

bool Path::startsWith(const Path &prefix) const
{
    if (prefix.size() > size())
        return false;
    for (int i = 0; i < prefix.size(); ++i) {
        if (!(at(i) == prefix.at(i)))
            return false;
    }
    return true;
}

std::string Path::toString() const
{
    std::string s;
    for (const Segment &seg : m_segments) {
        if (seg.isIndex()) {
            s += '[' + std::to_string(seg.index) + ']';
        } else if (needsBrackets(seg.key)) {
            s += "[\"";
            for (char c : seg.key) {
                if (c == '"' || c == '\\')
                    s += '\\';
                s += c;
            }
            s += "\"]";
        } else {
            if (!s.empty())
                s += '.';
            s += seg.key;
        }
    }
    return s;
}

} // namespace gw::yaml
