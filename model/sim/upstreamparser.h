// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/upstreamconfig.h"
#include "yaml/diagnostic.h"

namespace gw::sim {

/**
 * Reads the body of an `upstream {}` block, as NGF generates it or as `nginx -T` prints it, into
 * an UpstreamConfig, so that the simulator balances exactly what was generated:
 *
 *     ip_hash;
 *     zone default_coffee_80 512k;
 *     server 10.244.0.94:8080;
 *     sticky cookie cookie-tea expires=24h path=/tea;
 *
 * nginx's syntax (quotes, escapes, comments) and its parameter checks apply; problems come back as
 * Diagnostics worded like nginx's own messages, with the line and column in \a text. Directives
 * that do not change balancing (`zone`, `keepalive*`, `state`) are kept or ignored; methods and
 * parameters the simulator does not model (`least_time`, `drain`, …) are errors, never silently
 * dropped.
 */
class UpstreamParser
{
public:
    /**
     * Parses \a body of upstream \a name. \a file and \a firstLine place the diagnostics in the
     * surrounding file (the body's first line is \a firstLine).
     */
    static UpstreamConfig parse(QStringView body, const QString &name, Diagnostics &diagnostics,
                                const QString &file = {}, int firstLine = 1);
};

} // namespace gw::sim
