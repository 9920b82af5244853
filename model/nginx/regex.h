// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QRegularExpression>

#include <utility>
#include <vector>

namespace gw::nginx {

/** The groups of the last successful regex match: `$1`…`$9` and named captures. */
struct Captures
{
    std::vector<QByteArray> groups; ///< [0] is the whole match
    std::vector<std::pair<QByteArray, QByteArray>> named;

    QByteArray group(int i) const
    {
        return i >= 0 && i < int(groups.size()) ? groups[size_t(i)] : QByteArray();
    }
    bool isEmpty() const { return groups.empty(); }
};

/**
 * A PCRE regular expression applied to bytes, as nginx applies its (non-UTF) PCRE patterns to URIs and
 * header values: QRegularExpression (PCRE2) on the Latin-1 view of the bytes, so that one byte is one
 * character. Matching is a search (unanchored) like pcre_exec() without options; `~*` compiles caseless.
 */
class Regex
{
public:
    Regex() = default;
    /** Compiles \a pattern; on failure returns false and sets \a error (PCRE's message). */
    bool compile(QByteArrayView pattern, bool caseless, QString *error = nullptr);
    bool isValid() const { return m_valid; }
    QByteArray pattern() const { return m_pattern; }
    bool caseless() const { return m_caseless; }
    int captureCount() const { return m_regex.captureCount(); }

    /** Searches \a subject; on success fills \a captures (when not null). */
    bool match(QByteArrayView subject, Captures *captures = nullptr) const;

private:
    QRegularExpression m_regex;
    QByteArray m_pattern;
    bool m_caseless = false;
    bool m_valid = false;
    bool m_hasNames = false;
};

} // namespace gw::nginx
