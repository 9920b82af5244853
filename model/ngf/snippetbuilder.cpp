// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/snippetbuilder.h"

#include <algorithm>

namespace gw::ngf {

namespace {

void sortUnique(std::vector<SnippetInclude> &list)
{
    std::stable_sort(list.begin(), list.end(),
                     [](const SnippetInclude &a, const SnippetInclude &b) { return a.file < b.file; });
    list.erase(std::unique(list.begin(), list.end(),
                           [](const SnippetInclude &a, const SnippetInclude &b) { return a.file == b.file; }),
               list.end());
}

} // namespace

void SnippetBuilder::build(const Graph &graph, int gatewayIndex, Configuration &config)
{
    // GetReferencedSnippetsFilters: valid routes with a parentRef to the Gateway (attached or
    // not), rules whose filters are valid, SnippetsFilters that are valid.
    for (const GraphRoute &route : graph.routes) {
        if (!route.valid)
            continue;
        const bool toGateway =
            std::any_of(route.parents.begin(), route.parents.end(),
                        [&](const ParentAttachment &p) { return p.gateway == gatewayIndex; });
        if (!toGateway)
            continue;
        for (const GraphRule &rule : route.rules) {
            if (!rule.filters.valid)
                continue;
            for (int index : rule.filters.snippetsFilters) {
                const GraphSnippetsFilter &sf = graph.snippetsFilters[size_t(index)];
                if (!sf.valid)
                    continue;
                for (const auto &[context, list] :
                     {std::pair {QStringLiteral("main"), &config.mainSnippets},
                      std::pair {QStringLiteral("http"), &config.httpSnippets}}) {
                    const auto it = sf.snippets.find(context);
                    if (it == sf.snippets.end())
                        continue;
                    const QString field =
                        QStringLiteral("spec.snippets[%1].value").arg(sf.snippetIndex.at(context));
                    list->push_back(
                        {sf.includeFile(context), it->second.value, sourceOf(*sf.resource, field)});
                }
            }
        }
    }
    sortUnique(config.mainSnippets);
    sortUnique(config.httpSnippets);
    for (const SnippetInclude &s : config.mainSnippets)
        config.snippetFiles.emplace(s.file, s);
    for (const SnippetInclude &s : config.httpSnippets)
        config.snippetFiles.emplace(s.file, s);

    for (auto *servers : {&config.httpServers, &config.sslServers}) {
        for (VirtualServer &server : *servers) {
            std::vector<SnippetInclude> serverSnippets;
            for (const PathRule &pr : server.pathRules) {
                for (const MatchRule &mr : pr.matchRules) {
                    if (!mr.filtersValid)
                        continue;
                    const RouteFilters &f = mr.rule->filters;
                    serverSnippets.insert(serverSnippets.end(), f.serverSnippets.begin(),
                                          f.serverSnippets.end());
                }
            }
            sortUnique(serverSnippets);
            for (const SnippetInclude &s : serverSnippets) {
                server.snippetIncludes.push_back({QStringLiteral("include %1;").arg(s.file), {s.source}});
                config.snippetFiles.emplace(s.file, s);
            }
            // The location includes LocationBuilder printed.
            for (const Location &loc : server.locations) {
                if (loc.matchRuleIndex < 0 || loc.pathRuleIndex < 0 || loc.type == Location::Type::Redirect)
                    continue;
                const PathRule &pr = server.pathRules[size_t(loc.pathRuleIndex)];
                const MatchRule &mr = pr.matchRules[size_t(loc.matchRuleIndex)];
                if (!mr.filtersValid)
                    continue;
                for (const SnippetInclude &s : mr.rule->filters.locationSnippets)
                    config.snippetFiles.emplace(s.file, s);
            }
        }
    }
}

} // namespace gw::ngf
