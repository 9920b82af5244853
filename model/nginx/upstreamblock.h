// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/directive.h"

#include <QString>

namespace gw::nginx {

/**
 * One `upstream NAME { … }` block of the http context, for the balancers: the name, where the block
 * is, and its directives in order (`random two least_conn;`, `zone …;`, `server …;`, `keepalive …;`, …)
 * with their arguments and source locations, as written (no defaults are added).
 */
struct UpstreamBlock
{
    QString name;
    SourceLocation location; ///< the `upstream` directive
    std::vector<Directive> directives;
    /** The text between the braces, as written (comments included), and the line its first character
        is on: what gw::sim::UpstreamParser::parse reads. */
    QString body;
    int bodyLine = 0;

    /** The `server` directives' first arguments (addresses such as `10.0.0.1:8080`, `unix:/path`). */
    QStringList serverAddresses() const;
};

} // namespace gw::nginx
