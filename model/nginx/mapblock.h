// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/complexvalue.h"
#include "nginx/directive.h"
#include "nginx/regex.h"

#include <QHash>
#include <QString>

#include <vector>

namespace gw::nginx {

class CompileLog;

/**
 * A compiled `map SOURCE $VARIABLE { … }` block, of the http or the stream context (ngx_http_map_module
 * and ngx_stream_map_module read their entries alike): exact keys (case-insensitive), with `hostnames`
 * leading (`*.example.com`, `.example.com`) and trailing (`mail.*`) wildcards, regexes in order, and
 * `default`.
 */
struct MapBlock
{
    ComplexValue source;
    QByteArray variable;
    bool hostnames = false;
    QHash<QByteArray, ComplexValue> exact; ///< lowercased keys
    struct Wild
    {
        QByteArray key;
        bool alsoBare = false;
        ComplexValue value;
    };
    std::vector<Wild> leading, trailing;
    struct RegexEntry
    {
        Regex regex;
        ComplexValue value;
    };
    std::vector<RegexEntry> regexes;
    bool hasDefault = false;
    ComplexValue defaultValue;
    const Directive *directive = nullptr;

    /** Reads the entries of \a d (source and variable are the caller's), reporting with nginx's words. */
    void compileEntries(CompileLog &log, const Directive &d);

    /**
     * The entry \a source selects, as ngx_hash_find_combined() and the regexes then `default` decide
     * (a trailing dot is dropped with `hostnames`); nullptr when none. \a how says which entry matched;
     * \a captures receives the groups of a matching regex that has any.
     */
    const ComplexValue *find(QByteArray source, QString *how = nullptr, Captures *captures = nullptr) const;
};

} // namespace gw::nginx
