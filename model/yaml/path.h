// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gw::yaml {

/**
 * The address of a node inside a YAML document, as Kubernetes prints field paths:
 * `spec.rules[0].matches[1].path.value`. Keys that are not plain identifiers are written in
 * brackets and quotes: `metadata.labels["app.kubernetes.io/name"]`.
 */
class Path
{
public:
    struct Segment
    {
        std::string key;
        int index = -1; ///< >= 0 for a sequence index, -1 for a mapping key

        bool isIndex() const { return index >= 0; }
        friend bool operator==(const Segment &, const Segment &) = default;
        friend auto operator<=>(const Segment &, const Segment &) = default;
    };

    Path() = default;
    /** Parses the printed form; returns nothing when it is malformed. */
    static std::optional<Path> parse(std::string_view text);
    /** Like parse(), for literals in code: asserts that \a text is well formed. */
    static Path of(std::string_view text);

    Path key(std::string_view key) const;
    Path index(int index) const;
    Path operator/(std::string_view k) const { return key(k); }
    Path operator[](int i) const { return index(i); }
    Path operator+(const Path &tail) const;

    bool isEmpty() const { return m_segments.empty(); }
    int size() const { return int(m_segments.size()); }
    const Segment &at(int i) const { return m_segments[size_t(i)]; }
    const Segment &last() const { return m_segments.back(); }
    const std::vector<Segment> &segments() const { return m_segments; }
    Path parent() const;
    /** The first \a n segments. */
    Path left(int n) const;
    /** The segments after the first \a n. */
    Path mid(int n) const;
    bool startsWith(const Path &prefix) const;

    std::string toString() const;
    QString toQString() const { return QString::fromStdString(toString()); }

    friend bool operator==(const Path &, const Path &) = default;
    friend auto operator<=>(const Path &, const Path &) = default;

private:
    std::vector<Segment> m_segments;
};

} // namespace gw::yaml
