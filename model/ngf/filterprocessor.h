// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * NGF's route filters that routes reference through ExtensionRef: SnippetsFilter
 * (graph/snippets_filter.go: processSnippetsFilters, validateSnippetsFilter) and
 * AuthenticationFilter (graph/authentication_filter.go: processAuthenticationFilters,
 * validateAuthenticationFilter), their validation and status conditions, and the resolvers the
 * routes use (getSnippetsFilterResolverForNamespace, getAuthenticationFilterResolverForNamespace).
 *
 * SnippetsFilters are only processed when NGF's control plane runs with snippets enabled
 * (Profile::snippets): otherwise NGF does not watch them, writes them no status and every
 * ExtensionRef to one is not found.
 */
class FilterProcessor
{
public:
    FilterProcessor(const Design &design, Graph &graph);

    /** Fills Graph::snippetsFilters and Graph::authenticationFilters (before the routes are built). */
    void process();

    /** The filter \a name of \a ns, or -1 (the resolvers: nothing when none is known). */
    static int findSnippetsFilter(const Graph &graph, const QString &ns, const QString &name);
    static int findAuthenticationFilter(const Graph &graph, const QString &ns, const QString &name);

    /** PrepareSnippetsFilterRequests: Accepted, then the filter's conditions, deduplicated. */
    static Conditions snippetsFilterConditions(const GraphSnippetsFilter &filter);
    /** PrepareAuthenticationFilterRequests: Accepted, then the filter's conditions, deduplicated. */
    static Conditions authenticationFilterConditions(const GraphAuthenticationFilter &filter);

private:
    void processSnippetsFilter(const Resource &resource);
    void processAuthenticationFilter(const Resource &resource);

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
