// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/regex.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace gw::nginx {

/**
 * The virtual-server names of one listening address:port and nginx's lookup order
 * (ngx_http_find_virtual_server with ngx_hash_find_combined): an exact name, then the longest matching
 * leading wildcard (`*.example.com`; `.example.com` also matches `example.com`), then the longest
 * trailing wildcard (`mail.*`), then the regular expressions (`~…`) in the order the servers and their
 * names were written. Names are lowercased; a regex with an uppercase letter is compiled caseless, as
 * nginx does. A name already taken on this address by an earlier server is ignored
 * ("conflicting server name").
 */
class ServerNames
{
public:
    enum class Kind { Exact, LeadingWildcard, TrailingWildcard, Regex };

    struct Match
    {
        int server = -1; ///< index of the server block in the http context; -1: none (use the default)
        Kind kind = Kind::Exact;
        QByteArray name; ///< the server_name that matched, as written
        Captures captures; ///< for regex names
    };

    /**
     * Adds the names of one server. Returns messages for names nginx would reject ("invalid server name
     * or wildcard") or warn about ("conflicting server name … ignored"), each with the index of the name.
     */
    struct Problem
    {
        int nameIndex = 0;
        bool error = false;
        QString message;
    };
    std::vector<Problem> addServer(int server, const std::vector<QByteArray> &names);

    /** Looks up a validated, lowercased host; \a tried receives the candidates for the trace. */
    Match find(const QByteArray &host) const;

    /** The names in lookup order (exact, leading wildcards longest first, trailing, regexes), as written. */
    QStringList names() const;

    struct Stats
    {
        int exact = 0, leading = 0, trailing = 0, regex = 0;
    };
    Stats stats() const;

private:
    struct Wildcard
    {
        QByteArray key; ///< "example.com." for "*.example.com"; "mail." for "mail.*"
        bool alsoBare = false; ///< ".example.com" matches "example.com" too
        int server = -1;
        QByteArray written;
    };
    struct RegexName
    {
        Regex regex;
        int server = -1;
        QByteArray written;
    };

    QHash<QByteArray, std::pair<int, QByteArray>> m_exact;
    std::vector<Wildcard> m_leading; ///< sorted longest key first
    std::vector<Wildcard> m_trailing; ///< sorted longest key first
    std::vector<RegexName> m_regex;
};

} // namespace gw::nginx
