// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

#include <QHash>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * Builds the Configuration of one Gateway from the Graph, as NGF's `BuildConfiguration` and
 * generator do (state/dataplane/configuration.go, nginx/config templates): servers per port with their path
 * and match rules (sorted per version), backend groups, upstreams with endpoints and policy settings,
 * split_clients, maps, locations and matches.json. The Configuration points into \a graph, which must outlive
 * it.
 */
class DataplaneBuilder
{
public:
    static Configuration build(const Design &design, const Graph &graph, int gatewayIndex);

    /** NGF's path rule order for \a version (NGF state/dataplane/sort.go sortPathRules). */
    static bool pathRuleLess(const PathRule &a, const PathRule &b, const NgfVersion &version);

private:
    struct HostRules;
    DataplaneBuilder(const Design &design, const Graph &graph, int gatewayIndex, Configuration &config);

    void buildServers();
    void buildPort(int port, bool ssl, std::vector<const GraphListener *> listeners);
    void assignGroups(VirtualServer &server);
    void buildUpstreams();
    void buildSplitClients();
    void buildMaps();
    void buildCorsMaps();

    const Design &m_design;
    const Graph &m_graph;
    int m_gatewayIndex;
    const GraphGateway &m_gateway;
    Configuration &m_config;
    std::vector<const GraphBackendRef *> m_usedRefs;
    std::map<QString, const GraphRule *> m_refRules; ///< upstream name -> a rule that uses it
    QHash<QString, int> m_groupIndex; ///< split_clients variable -> index into backendGroups
};

} // namespace gw::ngf
