// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

namespace gw::ngf {

/**
 * The SnippetsFilter parts of one Gateway's configuration: the main and http snippets of the
 * routes attached to it (graph Gateway.GetReferencedSnippetsFilters, dataplane
 * buildSnippetsForContext), the `include` lines of http.server snippets in each server
 * (config createIncludesFromServerSnippetsFilters) and the set of include files NGF writes
 * (createIncludeExecuteResultsFromServers, createIncludeExecuteResults). The location includes are
 * printed by LocationBuilder; this collects their files from the built locations.
 *
 * NGF deduplicates includes through Go maps, so where several snippets share a context their
 * order is not fixed in NGF; the preview sorts them by file name (docs/ngf.md).
 */
class SnippetBuilder
{
public:
    /** Run after the locations are built. */
    static void build(const Graph &graph, int gatewayIndex, Configuration &config);
};

} // namespace gw::ngf
