// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/streambuilder.h"

#include "core/design.h"
#include "ngf/endpointresolver.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace gw::ngf {

namespace {

const QString connectionClosedSocket = QStringLiteral("unix:/var/run/nginx/connection-closed-server.sock");

/** sockets.go getSocketNameTLS */
QString tlsSocket(int port, const QString &hostname)
{
    return QStringLiteral("unix:/var/run/nginx/%1-%2.sock").arg(hostname).arg(port);
}

/** sockets.go getSocketNameHTTPS */
QString httpsSocket(int port)
{
    return QStringLiteral("unix:/var/run/nginx/https%1.sock").arg(port);
}

/** split_clients.go percentOf: floored to two decimals. */
double percentOf(qint64 weight, qint64 total)
{
    const double p = double(weight) * 100 / double(total);
    return std::floor(p * 100) / 100;
}

} // namespace

StreamBuilder::StreamBuilder(const Design &design, const Graph &graph, int gatewayIndex,
                             Configuration &config)
    : m_design(design)
    , m_graph(graph)
    , m_gateway(graph.gateways[size_t(gatewayIndex)])
    , m_config(config)
{ }

void StreamBuilder::build(const Design &design, const Graph &graph, int gatewayIndex, Configuration &config)
{
    StreamBuilder b(design, graph, gatewayIndex, config);
    b.passthroughServers();
    b.m_tcp = b.l4Servers(QStringLiteral("TCP"));
    b.m_udp = b.l4Servers(QStringLiteral("UDP"));
    b.upstreams();
    b.servers();
    b.splitClients(b.m_tcp);
    b.splitClients(b.m_udp);
    b.maps();
}

void StreamBuilder::passthroughServers()
{
    // buildPassthroughServers: NGF collects the routes' servers in a Go map; here routes in age
    // order, each with its servers in listener order, then the listeners' own servers.
    std::map<int, std::vector<Layer4Server>> byRoute;
    std::vector<Layer4Server> listenerServers;
    for (const GraphListener &l : m_gateway.listeners) {
        if (!l.valid || l.protocol != u"TLS")
            continue;
        bool matchesListenerHostname = false;
        for (int r : l.l4Routes) {
            const GraphL4Route &route = m_graph.l4Routes[size_t(r)];
            if (!route.valid)
                continue;
            QStringList hostnames;
            for (const ParentAttachment &p : route.parents) {
                const auto it = p.acceptedHostnames.find(l.index);
                if (&m_graph.gateways[size_t(p.gateway)] == &m_gateway && it != p.acceptedHostnames.end()) {
                    hostnames = it->second;
                    break;
                }
            }
            const GraphBackendRef &ref = route.backendRefs.front();
            for (const QString &h : hostnames) {
                if (l.hostname && h == *l.hostname)
                    matchesListenerHostname = true;
                Layer4Server s;
                s.hostname = h;
                s.port = l.port;
                s.upstreams.push_back({ref.valid ? ref.upstreamName : QString(), 0});
                s.sources = {l.source, sourceOf(*route.resource, QStringLiteral("spec.hostnames")),
                             ref.source};
                byRoute[r].push_back(s);
            }
        }
        if (!matchesListenerHostname) {
            Layer4Server s;
            s.hostname = l.hostname.value_or(QString());
            s.isDefault = l.hostname.has_value();
            s.port = l.port;
            s.sources = {l.source};
            listenerServers.push_back(s);
        }
    }
    for (auto &[route, servers] : byRoute)
        m_passthrough.insert(m_passthrough.end(), servers.begin(), servers.end());
    m_passthrough.insert(m_passthrough.end(), listenerServers.begin(), listenerServers.end());
}

std::vector<StreamBuilder::Layer4Server> StreamBuilder::l4Servers(const QString &protocol) const
{
    // buildL4Servers
    std::vector<Layer4Server> out;
    for (const GraphListener &l : m_gateway.listeners) {
        if (!l.valid || l.protocol != protocol)
            continue;
        for (int r : l.l4Routes) {
            const GraphL4Route &route = m_graph.l4Routes[size_t(r)];
            if (!route.valid)
                continue;
            Layer4Server s;
            s.port = l.port;
            s.sources = {l.source};
            for (const GraphBackendRef &ref : route.backendRefs) {
                if (!ref.valid)
                    continue;
                s.upstreams.push_back({ref.upstreamName, ref.weight});
                s.sources.push_back(ref.source);
            }
            if (!s.upstreams.empty())
                out.push_back(s);
        }
    }
    const auto key = [](const Layer4Server &s) {
        QStringList names;
        for (const auto &u : s.upstreams)
            names << u.first;
        return names.join(u',');
    };
    std::stable_sort(out.begin(), out.end(), [&](const Layer4Server &a, const Layer4Server &b) {
        if (a.port != b.port)
            return a.port < b.port;
        if (a.hostname != b.hostname)
            return a.hostname < b.hostname;
        return key(a) < key(b);
    });
    return out;
}

void StreamBuilder::upstreams()
{
    // buildStreamUpstreams, then createStreamUpstreams (only upstreams with endpoints are written).
    const EndpointResolver resolver(m_design, IpFamily::Dual, m_graph.profile.endpointOverrides);
    std::map<QString, StreamUpstream> byName;
    for (const GraphListener &l : m_gateway.listeners) {
        if (!l.valid || (l.protocol != u"TLS" && l.protocol != u"TCP" && l.protocol != u"UDP"))
            continue;
        for (int r : l.l4Routes) {
            const GraphL4Route &route = m_graph.l4Routes[size_t(r)];
            if (!route.valid)
                continue;
            for (const GraphBackendRef &ref : route.backendRefs) {
                if (!ref.valid)
                    continue;
                auto it = byName.find(ref.upstreamName);
                if (it == byName.end()) {
                    StreamUpstream u;
                    u.name = ref.upstreamName;
                    u.sources.push_back(
                        sourceOf(*ref.service, QStringLiteral("spec.ports[%1]").arg(ref.servicePortIndex)));
                    if (!ref.externalName.isEmpty()) {
                        UpstreamServer s;
                        s.address = ref.externalName;
                        s.port = ref.port;
                        s.resolve = true;
                        s.sources.push_back(sourceOf(*ref.service, QStringLiteral("spec.externalName")));
                        u.servers.push_back(s);
                    } else {
                        u.servers = resolver.resolve(*ref.service, ref.servicePortIndex);
                    }
                    const bool resolves = std::any_of(u.servers.begin(), u.servers.end(),
                                                      [](const UpstreamServer &s) { return s.resolve; });
                    u.zoneSize = m_graph.profile.plus ? QStringLiteral("1m") : QStringLiteral("512k");
                    if (m_graph.profile.plus && !resolves)
                        u.stateFile = QStringLiteral("/var/lib/nginx/state/%1.conf").arg(u.name);
                    it = byName.emplace(u.name, std::move(u)).first;
                }
                it->second.sources.push_back(ref.source);
            }
        }
    }
    for (auto &[name, u] : byName) {
        m_upstreamEndpoints[name] = !u.servers.empty();
        if (!u.servers.empty())
            m_config.streamUpstreams.push_back(std::move(u));
    }
}

bool StreamBuilder::hasEndpoints(const QString &upstream) const
{
    const auto it = m_upstreamEndpoints.find(upstream);
    return it != m_upstreamEndpoints.end() && it->second;
}

void StreamBuilder::servers()
{
    // createStreamServers
    if (m_passthrough.empty() && m_tcp.empty() && m_udp.empty())
        return;
    std::set<std::pair<int, QString>> ports;
    for (const Layer4Server &s : m_passthrough) {
        if (!s.upstreams.empty()) {
            const QString &name = s.upstreams.front().first;
            if (hasEndpoints(name) && !s.hostname.isEmpty()) {
                StreamServer socket;
                socket.listen = tlsSocket(s.port, s.hostname);
                socket.isSocket = true;
                socket.statusZone = s.hostname;
                socket.proxyPass = name;
                // getRewriteClientIPSettingsForStream: only for socket servers, only in ProxyProtocol mode
                if (m_config.proxyProtocol) {
                    socket.proxyProtocol = true;
                    socket.realIpFrom = m_config.realIpFrom;
                }
                socket.sources = s.sources;
                m_config.streamServers.push_back(socket);
            }
        }
        if (!ports.insert({s.port, QStringLiteral("TCP")}).second)
            continue;
        StreamServer server;
        server.listen = QString::number(s.port);
        server.statusZone = s.hostname;
        server.target = QStringLiteral("$dest%1").arg(s.port);
        server.sslPreread = true;
        server.sources = s.sources;
        m_config.streamServers.push_back(server);
    }
    // processLayer4Servers
    const auto layer4 = [&](const std::vector<Layer4Server> &servers, const QString &protocol) {
        for (const Layer4Server &s : servers) {
            if (ports.count({s.port, protocol}) || s.upstreams.empty())
                continue;
            QString proxyPass;
            if (s.upstreams.size() > 1) {
                const bool any = std::any_of(s.upstreams.begin(), s.upstreams.end(),
                                             [&](const auto &u) { return hasEndpoints(u.first); });
                if (!any)
                    continue;
                proxyPass = QStringLiteral("$backend_%1").arg(s.port);
            } else {
                if (!hasEndpoints(s.upstreams.front().first))
                    continue;
                proxyPass = s.upstreams.front().first;
            }
            StreamServer server;
            server.listen =
                QString::number(s.port) + (protocol == u"UDP" ? QStringLiteral(" udp") : QString());
            server.statusZone = QStringLiteral("%1_%2").arg(protocol).arg(s.port);
            server.proxyPass = proxyPass;
            server.sources = s.sources;
            m_config.streamServers.push_back(server);
            ports.insert({s.port, protocol});
        }
    };
    layer4(m_tcp, QStringLiteral("TCP"));
    layer4(m_udp, QStringLiteral("UDP"));
}

void StreamBuilder::splitClients(const std::vector<Layer4Server> &servers)
{
    // createSplitClientForL4Server: the last upstream gets what the others leave.
    for (const Layer4Server &s : servers) {
        if (s.upstreams.size() <= 1)
            continue;
        qint64 total = 0;
        for (const auto &u : s.upstreams)
            total += u.second;
        if (total == 0)
            continue;
        SplitClients sc;
        sc.variable = QStringLiteral("backend_%1").arg(s.port);
        sc.sources = s.sources;
        double available = 100;
        for (size_t i = 0; i + 1 < s.upstreams.size(); ++i) {
            const double p = percentOf(s.upstreams[i].second, total);
            available -= p;
            sc.distributions.push_back({QString::asprintf("%.2f", p), s.upstreams[i].first, false, {}});
        }
        sc.distributions.push_back(
            {QString::asprintf("%.2f", available), s.upstreams.back().first, false, {}});
        m_config.streamSplitClients.push_back(sc);
    }
}

void StreamBuilder::maps()
{
    // createStreamMaps: one `map $ssl_preread_server_name $dest<port>` per passthrough port (NGF's
    // order is a Go map's; here ports ascending).
    if (m_passthrough.empty())
        return;
    std::map<int, MapBlock> byPort;
    std::set<int> hasDefault;
    for (const Layer4Server &s : m_passthrough) {
        QString socket = QStringLiteral("\"\"");
        if (!s.upstreams.empty() && hasEndpoints(s.upstreams.front().first))
            socket = tlsSocket(s.port, s.hostname);
        if (s.isDefault)
            socket = connectionClosedSocket;
        auto it = byPort.find(s.port);
        if (it == byPort.end()) {
            MapBlock m;
            m.source = QStringLiteral("$ssl_preread_server_name");
            m.variable = QStringLiteral("$dest%1").arg(s.port);
            m.hostnames = true;
            it = byPort.emplace(s.port, m).first;
        }
        it->second.sources.insert(it->second.sources.end(), s.sources.begin(), s.sources.end());
        if (!s.hostname.isEmpty())
            it->second.parameters.push_back({s.hostname, socket});
    }
    for (VirtualServer &server : m_config.sslServers) {
        auto it = byPort.find(server.port);
        const QString hostname = server.isDefault ? QStringLiteral("default") : server.hostname;
        if (server.isDefault)
            hasDefault.insert(server.port);
        if (it != byPort.end())
            it->second.parameters.push_back({hostname, httpsSocket(server.port)});
    }
    for (auto &[port, m] : byPort) {
        if (!hasDefault.count(port))
            m.parameters.push_back({QStringLiteral("default"), connectionClosedSocket});
        m_config.streamMaps.push_back(m);
    }
    // createServers: the HTTPS servers of a passthrough port listen on its https socket.
    for (VirtualServer &server : m_config.sslServers) {
        if (byPort.count(server.port))
            server.socket = httpsSocket(server.port);
    }
}

} // namespace gw::ngf
