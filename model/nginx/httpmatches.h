// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/regex.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace gw::nginx {

/**
 * NGINX Gateway Fabric's njs matcher (`js_content httpmatches.redirect`, NGF's httpmatches.js) replayed
 * in C++, including its JavaScript corner cases, so that the router can follow conditional HTTPRoute
 * matches without njs:
 *
 * - the list is `matches[$match_key]`; a missing key, a value that is not a non-empty array, an entry
 *   that makes the script throw, or a winning entry without `redirectPath` gives 500;
 * - entries are tried in order; `any` wins at once; `method` must equal the request method exactly;
 *   every `"Name:Type:value"` header entry is looked up case-insensitively in r.headersIn, whose value
 *   is split on ',' (no trimming) and must contain the value (Exact) or have a part that the regex finds
 *   (RegularExpression, unanchored); a missing or empty header fails the entry before its type is
 *   checked; every `"name=Type=value"` param entry is checked for its shape and type first, then looked
 *   up case-sensitively in r.args (percent- and '+'-decoded, duplicates: the first value);
 * - no entry fits: 404; otherwise an internal redirect to `redirectPath` plus `?` and the arguments as
 *   querystring.stringify(r.args) writes them back (decoded, re-encoded, duplicates grouped).
 *
 * Headers are presented as njs presents them: for nginx 1.23 and later, repeated headers are joined
 * with ", " (Cookie with "; "); before 1.23 with "," (Cookie with ";"); Content-Type, ETag, From,
 * Max-Forwards, Referer, Proxy-Authorization and User-Agent give their first value only.
 */
class HttpMatches
{
public:
    /** Loads the js_preload_object JSON (matches.json); returns false with a message when it is invalid. */
    bool load(const QByteArray &json, QString *error);
    bool isLoaded() const { return m_loaded; }
    const QJsonObject &object() const { return m_object; }

    struct Input
    {
        QByteArray matchKey; ///< $match_key; empty: not set
        QByteArray method;
        std::vector<std::pair<QByteArray, QByteArray>> headers; ///< as received, in order
        QByteArray args; ///< the raw query string ($args)
        int nginxVersion = 1029000; ///< nginx_version style (1.29.0)
        bool explain = true; ///< fill Outcome::explanation
    };

    struct Outcome
    {
        enum Kind { Redirect, NotFound, Error };
        Kind kind = Error;
        int status = 500; ///< 404 or 500 when not redirected
        QByteArray redirect; ///< the internal redirect target (path and '?args')
        int entry = -1; ///< the index of the winning entry
        QString error; ///< what the script logs with r.error() before returning 500
        QStringList explanation; ///< one line per entry tried, for the request inspector
    };

    Outcome evaluate(const Input &input) const;

    /** r.args as njs builds it: (decoded key, decoded values) in order of first appearance. */
    static std::vector<std::pair<QByteArray, std::vector<QByteArray>>> parseArgs(const QByteArray &args);
    /** querystring.stringify() of such arguments. */
    static QByteArray stringifyArgs(const std::vector<std::pair<QByteArray, std::vector<QByteArray>>> &args);
    /** r.headersIn[name] (undefined -> nullopt is represented by \a found = false). */
    static QByteArray headerIn(const Input &input, const QByteArray &name, bool *found);

    /** The regular expressions of the loaded entries, compiled once ("RegularExpression" header and
        param values); a pattern that does not compile keeps its message, thrown as the script's SyntaxError.
     */
    struct CompiledRegex
    {
        Regex regex;
        QString error;
    };

private:
    void compileRegexes();

    QJsonObject m_object;
    bool m_loaded = false;
    QHash<QString, CompiledRegex> m_regexes;
};

} // namespace gw::nginx
