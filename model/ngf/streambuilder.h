// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"
#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * The stream part of a Gateway's configuration: NGF's TLS passthrough, TCP and UDP servers and
 * the stream upstreams (NGF internal/controller/state/dataplane/configuration.go
 * buildPassthroughServers, buildL4Servers, buildStreamUpstreams) turned into stream.conf's
 * servers, split_clients, upstreams and SNI maps (NGF internal/controller/nginx/config/stream_servers.go
 * createStreamServers, createStreamSplitClients, upstreams.go createStreamUpstreams, maps.go
 * createStreamMaps). HTTPS servers on a passthrough port move to a unix socket (servers.go
 * createServers). Runs after the http servers are built.
 */
class StreamBuilder
{
public:
    static void build(const Design &design, const Graph &graph, int gatewayIndex, Configuration &config);

    /** A Layer4VirtualServer: an SNI hostname or a TCP/UDP port and its weighted upstreams. */
    struct Layer4Server
    {
        QString hostname;
        int port = 0;
        bool isDefault = false;
        std::vector<std::pair<QString, int>> upstreams; ///< name, weight
        SourceRefs sources;
    };

private:
    StreamBuilder(const Design &design, const Graph &graph, int gatewayIndex, Configuration &config);

    void passthroughServers();
    std::vector<Layer4Server> l4Servers(const QString &protocol) const;
    void upstreams();
    void servers();
    void splitClients(const std::vector<Layer4Server> &servers);
    void maps();
    bool hasEndpoints(const QString &upstream) const;

    const Design &m_design;
    const Graph &m_graph;
    const GraphGateway &m_gateway;
    Configuration &m_config;
    std::vector<Layer4Server> m_passthrough;
    std::vector<Layer4Server> m_tcp;
    std::vector<Layer4Server> m_udp;
    std::map<QString, bool> m_upstreamEndpoints; ///< every stream upstream -> whether it has endpoints
};

} // namespace gw::ngf
