// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"
#include "ngf/generatedfile.h"
#include "ngf/graph.h"

#include <memory>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * Everything NGF would produce for a design under a profile: the graph (validation and status),
 * the chosen Gateway's Configuration, the generated files with their source map. The
 * Configuration points into the graph, so a Result is handed out as one immutable block.
 */
struct Result
{
    Result() = default;
    Result(const Result &) = delete; // the source map and the Configuration point into it
    Result &operator=(const Result &) = delete;

    Graph graph;
    int gatewayIndex = -1; ///< the rendered Gateway, -1 when none could be chosen
    std::optional<Configuration> config;
    std::vector<GeneratedFile> files;
    SourceMap sourceMap;
    QString gatewayError; ///< why no Gateway was rendered (none, several, unknown)

    const GeneratedFile *file(const QString &path) const;
    /** The `nginx -T` style listing of files. */
    QString nginxT() const;
};

/**
 * The pipeline NGF runs, as one pure function: Design + Profile -> Graph -> Configuration ->
 * files. The editor calls it on every change (it takes well under a frame for hundreds of routes,
 * see docs/performance.md); `gwstudio render` and `gwstudio status` call it once.
 */
class Generator
{
public:
    static std::shared_ptr<const Result> run(const Design &design, const Profile &profile);

    /** Chooses the Gateway to render: \a wanted ("ns/name"), or the only one. */
    static int chooseGateway(const Graph &graph, const QString &wanted, QString *error);
};

} // namespace gw::ngf
