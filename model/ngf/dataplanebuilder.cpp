// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/dataplanebuilder.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/endpointresolver.h"
#include "ngf/listenertls.h"
#include "ngf/locationbuilder.h"
#include "ngf/oidcproviderbuilder.h"
#include "ngf/policyincludebuilder.h"
#include "ngf/snippetbuilder.h"
#include "ngf/streambuilder.h"
#include "ngf/upstreambuilder.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <set>

namespace gw::ngf {

namespace {

PathType pathTypeOf(const HTTPRouteMatch &m)
{
    const QString t = m.path ? m.path->type : QStringLiteral("PathPrefix");
    if (t == u"Exact")
        return PathType::Exact;
    if (t == u"RegularExpression")
        return PathType::RegularExpression;
    return PathType::Prefix;
}

/**
 * NGF's higherPriority for match rules (internal/controller/state/dataplane/sort.go); equal rules keep their
 * order.
 */
bool matchHigher(const MatchRule &a, const MatchRule &b, const AgeOrder &age)
{
    if (a.match.method.has_value() != b.match.method.has_value())
        return a.match.method.has_value();
    if (a.match.headers.size() != b.match.headers.size())
        return a.match.headers.size() > b.match.headers.size();
    if (a.match.queryParams.size() != b.match.queryParams.size())
        return a.match.queryParams.size() > b.match.queryParams.size();
    if (a.route != b.route)
        return age.older(*a.route->resource, *b.route->resource);
    return false;
}

/** A stable ClusterIP for a Service that does not write one (docs/ngf.md). */
QString syntheticClusterIP(const QString &ns, const QString &name)
{
    const QByteArray h =
        QCryptographicHash::hash((u"svc:" + ns + u'/' + name).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("10.96.%1.%2").arg(quint8(h[0])).arg(1 + quint8(h[1]) % 254);
}

} // namespace

struct DataplaneBuilder::HostRules
{
    std::vector<PathRule> pathRules;
    QHash<QString, int> index; ///< "<type><path>" -> position in pathRules
    std::vector<CertificateRef> certificates;
    ListenerSsl sslSettings;
    SourceRefs sources;
};

QString BackendGroup::variableName() const
{
    QString s = QStringLiteral("group_%1__%2_rule%3_pathRule%4")
                    .arg(routeNs, routeName)
                    .arg(ruleIndex)
                    .arg(pathRuleIndex);
    s.replace(u'-', u'_');
    return s;
}

QString Location::header() const
{
    if (modifier.isEmpty())
        return QStringLiteral("location ") + path;
    return QStringLiteral("location ") + modifier + u' ' + path;
}

const Upstream *Configuration::upstream(const QString &name) const
{
    const auto it = std::lower_bound(upstreams.begin(), upstreams.end(), name,
                                     [](const Upstream &u, const QString &n) { return u.name < n; });
    if (it != upstreams.end() && it->name == name)
        return &*it;
    for (const Upstream &u : upstreams) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

bool DataplaneBuilder::pathRuleLess(const PathRule &a, const PathRule &b, const NgfVersion &version)
{
    if (version.longestPathFirst() && a.path.size() != b.path.size())
        return a.path.size() > b.path.size();
    if (a.path != b.path)
        return a.path < b.path;
    return int(a.type) < int(b.type);
}

DataplaneBuilder::DataplaneBuilder(const Design &design, const Graph &graph, int gatewayIndex,
                                   Configuration &config)
    : m_design(design)
    , m_graph(graph)
    , m_gatewayIndex(gatewayIndex)
    , m_gateway(graph.gateways[size_t(gatewayIndex)])
    , m_config(config)
{ }

Configuration DataplaneBuilder::build(const Design &design, const Graph &graph, int gatewayIndex)
{
    Configuration config;
    const GraphGateway &gw = graph.gateways[size_t(gatewayIndex)];
    config.gateway = &gw;
    config.profile = graph.profile;
    config.ipFamily = gw.ipFamily;
    config.http2 = gw.http2;
    config.proxyProtocol = gw.proxyProtocol;
    config.realIpFrom = gw.realIpFrom;
    config.realIpHeader = gw.realIpHeader;
    config.realIpRecursive = gw.realIpRecursive;
    config.realIpSource = gw.realIpSource;
    config.base = BaseSettings::of(gw);
    DataplaneBuilder builder(design, graph, gatewayIndex, config);
    if (gw.valid)
        builder.buildServers();
    // Upstreams first: locations need their keepalive state for the Connection header.
    builder.buildUpstreams();
    LocationBuilder locations(config);
    for (VirtualServer &s : config.httpServers)
        locations.build(s);
    for (VirtualServer &s : config.sslServers)
        locations.build(s);
    SnippetBuilder::build(graph, gatewayIndex, config);
    builder.buildSplitClients();
    builder.buildMaps();
    PolicyIncludeBuilder::apply(graph, gatewayIndex, config);
    OidcProviderBuilder::build(design, graph, config);
    StreamBuilder::build(design, graph, gatewayIndex, config);
    return config;
}

void DataplaneBuilder::buildServers()
{
    std::map<int, std::vector<const GraphListener *>> ports;
    for (const GraphListener &l : m_gateway.listeners) {
        if (l.valid && l.isHttp())
            ports[l.port].push_back(&l);
    }
    // Across ports NGF's order is a Go map's; ports ascending (docs/ngf.md "Choices where NGF is
    // nondeterministic").
    for (const auto &[port, listeners] : ports) {
        if (!listeners.front()->isHttps())
            buildPort(port, false, listeners);
    }
    for (const auto &[port, listeners] : ports) {
        if (listeners.front()->isHttps())
            buildPort(port, true, listeners);
    }
    for (int i = 0; i < int(m_config.httpServers.size()); ++i)
        m_config.httpServers[size_t(i)].id = QString::number(i);
    for (int i = 0; i < int(m_config.sslServers.size()); ++i)
        m_config.sslServers[size_t(i)].id = QStringLiteral("SSL_") + QString::number(i);
    for (VirtualServer &s : m_config.httpServers)
        assignGroups(s);
    for (VirtualServer &s : m_config.sslServers)
        assignGroups(s);
}

void DataplaneBuilder::buildPort(int port, bool ssl, std::vector<const GraphListener *> listeners)
{
    const NgfVersion &version = m_graph.profile.version;
    std::map<QString, HostRules> hosts;
    std::set<std::tuple<const GraphRoute *, int, QString>> seen;
    const AgeOrder age(m_design);

    for (const GraphRoute &route : m_graph.routes) {
        if (!route.valid)
            continue;
        for (const ParentAttachment &p : route.parents) {
            if (p.gateway != m_gatewayIndex || !p.attached)
                continue;
            for (const auto &[listenerIndex, hostnames] : p.acceptedHostnames) {
                const GraphListener &l = m_gateway.listeners[size_t(listenerIndex)];
                if (l.port != port)
                    continue;
                for (const QString &host : hostnames) {
                    if (!seen.insert({&route, listenerIndex, host}).second)
                        continue;
                    HostRules &hr = hosts[host];
                    if (hr.certificates.empty()) {
                        hr.certificates = l.certificates;
                        hr.sslSettings = l.ssl;
                    }
                    hr.sources.push_back(l.source);
                    std::vector<std::pair<const GraphRule *, QString>> rules;
                    for (const GraphRule &rule : route.rules)
                        rules.emplace_back(&rule, QString());
                    for (const GraphRoute::MirrorRoute &m : route.mirrorRoutes)
                        rules.emplace_back(&m.rule, m.name);
                    for (const auto &[rulePtr, mirrorRoute] : rules) {
                        const GraphRule &rule = *rulePtr;
                        if (!rule.validMatches)
                            continue;
                        for (const GraphBackendRef &ref : rule.backendRefs) {
                            if (ref.validFor(m_gatewayIndex) && rule.filters.valid) {
                                m_usedRefs.push_back(&ref);
                                m_refRules.emplace(ref.upstreamName, &rule);
                            }
                        }
                        for (int j = 0; j < int(rule.matches.size()); ++j) {
                            const HTTPRouteMatch &m = rule.matches[size_t(j)];
                            const PathType type = pathTypeOf(m);
                            const QString path =
                                m.path && !m.path->value.isEmpty() ? m.path->value : QStringLiteral("/");
                            auto it = std::find_if(
                                hr.pathRules.begin(), hr.pathRules.end(),
                                [&](const PathRule &r) { return r.path == path && r.type == type; });
                            if (it == hr.pathRules.end()) {
                                PathRule pr;
                                pr.path = path;
                                pr.type = type;
                                pr.grpc = route.grpc;
                                pr.policyRoute = mirrorRoute.isEmpty() ? &route : nullptr;
                                hr.pathRules.push_back(pr);
                                it = hr.pathRules.end() - 1;
                            }
                            MatchRule mr;
                            mr.route = &route;
                            mr.rule = &rule;
                            mr.matchIndex = j;
                            mr.match = m;
                            mr.grpc = route.grpc;
                            mr.filtersValid = rule.filters.valid;
                            mr.listenerPort = port;
                            mr.source = sourceOf(*route.resource, rule.matchPaths[j]);
                            mr.mirrorRoute = mirrorRoute;
                            it->grpc = it->grpc || route.grpc;
                            it->matchRules.push_back(std::move(mr));
                        }
                    }
                }
            }
        }
    }

    std::vector<VirtualServer> servers;
    VirtualServer def;
    def.isDefault = true;
    def.ssl = ssl;
    def.port = port;
    for (const GraphListener *l : listeners) {
        def.sources.push_back(l->source);
        if (ssl && !l->hostname && !l->certificates.empty() && def.certificates.empty()) {
            def.certificates = l->certificates;
            def.sslSettings = l->ssl;
        }
    }
    for (auto &[host, hr] : hosts) {
        VirtualServer s;
        s.ssl = ssl;
        s.port = port;
        s.hostname = host;
        s.certificates = hr.certificates;
        s.sslSettings = hr.sslSettings;
        s.sources = hr.sources;
        s.pathRules = std::move(hr.pathRules);
        std::stable_sort(s.pathRules.begin(), s.pathRules.end(),
                         [&](const PathRule &a, const PathRule &b) { return pathRuleLess(a, b, version); });
        for (PathRule &pr : s.pathRules) {
            std::stable_sort(pr.matchRules.begin(), pr.matchRules.end(),
                             [&](const MatchRule &a, const MatchRule &b) { return matchHigher(a, b, age); });
            s.grpc = s.grpc || pr.grpc;
        }
        servers.push_back(std::move(s));
    }
    if (ssl) {
        // HTTPS listeners without routes or without a hostname also get an empty server (NGF
        // internal/controller/state/dataplane/configuration.go hostPathRules.buildServers).
        for (const GraphListener *l : listeners) {
            if (l->attachedRoutes > 0 && l->hostname)
                continue;
            VirtualServer s;
            s.ssl = true;
            s.port = port;
            s.hostname = l->hostname.value_or(QStringLiteral("~^"));
            s.certificates = l->certificates;
            s.sslSettings = l->ssl;
            s.sources.push_back(l->source);
            servers.push_back(std::move(s));
        }
    }
    // sort.Slice by hostname; small slices keep their order, which puts the route server before
    // the empty one when both are named "~^" (docs/ngf.md).
    std::stable_sort(servers.begin(), servers.end(),
                     [](const VirtualServer &a, const VirtualServer &b) { return a.hostname < b.hostname; });
    if (ssl) {
        // addClientSettingsToSSLServers: every server of the port with certificates (SSL != nil)
        if (const std::optional<ListenerSsl> client = ListenerTls::clientSettings(m_gateway, port)) {
            const auto apply = [&](VirtualServer &s) {
                if (s.certificates.empty())
                    return;
                s.sslSettings.clientCertificate = client->clientCertificate;
                s.sslSettings.verifyClient = client->verifyClient;
                s.sslSettings.requireVerifiedCert = client->requireVerifiedCert;
                s.sslSettings.frontendSource = client->frontendSource;
            };
            apply(def);
            for (VirtualServer &s : servers)
                apply(s);
        }
    }
    auto &target = ssl ? m_config.sslServers : m_config.httpServers;
    target.push_back(std::move(def));
    for (VirtualServer &s : servers)
        target.push_back(std::move(s));
}

void DataplaneBuilder::assignGroups(VirtualServer &server)
{
    for (int pi = 0; pi < int(server.pathRules.size()); ++pi) {
        for (MatchRule &mr : server.pathRules[size_t(pi)].matchRules) {
            BackendGroup g;
            g.routeNs = mr.route->ns();
            g.routeName = mr.mirrorRoute.isEmpty() ? mr.route->name() : mr.mirrorRoute;
            g.ruleIndex = mr.rule->index;
            g.pathRuleIndex = pi;
            for (const GraphBackendRef &ref : mr.rule->backendRefs) {
                if (ref.mirrorFilter >= 0)
                    continue; // configuration.go newBackendGroup: IsMirrorBackend
                Backend b;
                b.valid = ref.validFor(m_gatewayIndex);
                b.upstreamName = b.valid ? ref.upstreamName : QString();
                b.weight = ref.weight;
                b.source = ref.source;
                b.externalHostname = ref.externalName;
                // dataplane convertBackendTLS: a valid policy that applies to this Gateway.
                if (ref.tlsPolicy >= 0) {
                    const GraphBackendTlsPolicy &policy = m_graph.backendTlsPolicies[size_t(ref.tlsPolicy)];
                    if (policy.valid &&
                        std::find(policy.gateways.begin(), policy.gateways.end(), m_gatewayIndex) !=
                            policy.gateways.end())
                        b.verifyTls =
                            VerifyTls {policy.trustedCertificate,
                                       policy.resource->as<BackendTLSPolicy>()->validation.hostname,
                                       sourceOf(*policy.resource, QStringLiteral("spec.validation"))};
                }
                g.backends.push_back(b);
            }
            const QString name = g.variableName();
            auto it = m_groupIndex.find(name);
            if (it == m_groupIndex.end()) {
                it = m_groupIndex.insert(name, int(m_config.backendGroups.size()));
                m_config.backendGroups.push_back(std::move(g));
            }
            mr.group = *it;
        }
    }
}

void DataplaneBuilder::buildUpstreams()
{
    // resolveUpstreamEndpoints: IPv4 and IPv6 endpoints whatever the NginxProxy ipFamily, which
    // only decides the listen lines.
    const EndpointResolver resolver(m_design, IpFamily::Dual, m_graph.profile.endpointOverrides);
    const UpstreamBuilder builder(m_graph.profile);
    std::map<QString, Upstream> byName;
    for (const GraphBackendRef *ref : m_usedRefs) {
        auto it = byName.find(ref->upstreamName);
        if (it == byName.end()) {
            Upstream u;
            u.name = ref->upstreamName;
            u.serviceNs = ref->serviceNs;
            u.serviceName = ref->serviceName;
            u.servicePort = ref->port;
            u.stateFileKey = ref->stateKey;
            u.sources.push_back(
                sourceOf(*ref->service, QStringLiteral("spec.ports[%1]").arg(ref->servicePortIndex)));
            const Service &service = *ref->service->as<Service>();
            u.h2c = service.ports[size_t(ref->servicePortIndex)].appProtocol == u"kubernetes.io/h2c";
            const UpstreamSettings *settings =
                m_graph.upstreamSettingsFor(m_gatewayIndex, u.serviceNs + u'/' + u.serviceName);
            if (settings && settings->useClusterIP.value_or(false)) {
                // Edge: useClusterIP proxies to the Service's virtual IP instead of its endpoints.
                UpstreamServer s;
                s.address = service.clusterIP.value_or(syntheticClusterIP(u.serviceNs, u.serviceName));
                s.port = ref->port;
                s.sources.push_back(settings->sources.at(QStringLiteral("useClusterIP")));
                u.servers.push_back(s);
            } else if (!ref->externalName.isEmpty()) {
                // resolveUpstreamEndpoints: the external name and the Service port, resolved by nginx.
                UpstreamServer s;
                s.address = ref->externalName;
                s.port = ref->port;
                s.resolve = true;
                s.sources.push_back(sourceOf(*ref->service, QStringLiteral("spec.externalName")));
                u.servers.push_back(s);
            } else {
                u.servers = resolver.resolve(*ref->service, ref->servicePortIndex);
            }
            const GraphRule *rule = m_refRules[ref->upstreamName];
            if (rule && rule->sessionPersistence && ref->upstreamName != ref->stateKey) {
                const SessionPersistenceConfig &sp = *rule->sessionPersistence;
                u.sticky = StickyCookie {sp.name, sp.expiry, sp.path, sp.source};
            }
            it = byName.emplace(u.name, std::move(u)).first;
        }
        it->second.sources.push_back(ref->source);
    }
    for (auto &[name, u] : byName) {
        builder.build(u, m_graph.upstreamSettingsFor(m_gatewayIndex, u.serviceNs + u'/' + u.serviceName),
                      m_gateway.zoneSize, m_gateway.zoneSizeSource);
        m_config.upstreams.push_back(std::move(u));
    }
    m_config.upstreams.push_back(UpstreamBuilder::invalidBackendRef());
}

void DataplaneBuilder::buildSplitClients()
{
    for (const BackendGroup &g : m_config.backendGroups) {
        if (g.backends.size() <= 1)
            continue;
        SplitClients sc;
        sc.variable = g.variableName();
        qint64 total = 0;
        for (const Backend &b : g.backends)
            total += b.weight;
        if (total == 0) {
            sc.distributions.push_back(
                {QStringLiteral("100"), QStringLiteral("invalid-backend-ref"), false, {}});
        } else {
            // As NGF's percentOf: float64 arithmetic, floored to hundredths; the last backend gets
            // what is left of 100 (so the printed values are those of Go's %.2f).
            double available = 100;
            for (size_t i = 0; i < g.backends.size(); ++i) {
                const Backend &b = g.backends[i];
                double pct = available;
                if (i + 1 < g.backends.size()) {
                    const double p = (double(b.weight) * 100) / double(total);
                    pct = std::floor(p * 100) / 100;
                    available -= pct;
                }
                SplitClients::Distribution d;
                d.percent = QString::number(pct, 'f', 2);
                d.value = b.valid ? b.upstreamName : QStringLiteral("invalid-backend-ref");
                d.commentedOut = d.percent == u"0.00";
                d.source = b.source;
                sc.distributions.push_back(d);
            }
        }
        for (const Backend &b : g.backends)
            sc.sources.push_back(b.source);
        m_config.splitClients.push_back(std::move(sc));
    }
    std::sort(m_config.splitClients.begin(), m_config.splitClients.end(),
              [](const SplitClients &a, const SplitClients &b) { return a.variable < b.variable; });
    // split_clients.go createRequestMirrorSplitClients: after the backend groups', per server (HTTP, then
    // SSL), a mirror target below 100 percent; removeDuplicateSplitClients keeps the first of a name. NGF
    // walks a Go map per server; the preview takes the targets by path (docs/ngf.md).
    QSet<QString> names;
    for (const SplitClients &sc : m_config.splitClients)
        names.insert(sc.variable);
    for (const auto *servers : {&m_config.httpServers, &m_config.sslServers}) {
        for (const VirtualServer &s : *servers) {
            std::map<QString, std::pair<double, SourceRef>> targets;
            for (const PathRule &pr : s.pathRules) {
                for (const MatchRule &mr : pr.matchRules) {
                    if (!mr.filtersValid)
                        continue;
                    for (const RouteFilters::Mirror &m : mr.rule->filters.mirrors) {
                        const auto it = targets.find(m.target);
                        if (it == targets.end() || m.percent > it->second.first)
                            targets[m.target] = {m.percent, m.source};
                    }
                }
            }
            for (const auto &[path, entry] : targets) {
                if (entry.first == 100.0)
                    continue;
                SplitClients sc;
                sc.variable = mirrorSplitVariable(path, entry.first);
                if (names.contains(sc.variable))
                    continue;
                names.insert(sc.variable);
                sc.distributions.push_back({QString::number(entry.first, 'f', 2), path, false, entry.second});
                sc.distributions.push_back(
                    {QStringLiteral("*"), QStringLiteral("\"\""), false, entry.second});
                sc.sources.push_back(entry.second);
                m_config.splitClients.push_back(std::move(sc));
            }
        }
    }
}

void DataplaneBuilder::buildMaps()
{
    std::map<QString, SourceRefs> addNames;
    for (const auto *servers : {&m_config.httpServers, &m_config.sslServers}) {
        for (const VirtualServer &s : *servers) {
            for (const PathRule &pr : s.pathRules) {
                for (const MatchRule &mr : pr.matchRules) {
                    const auto &rh = mr.rule->filters.requestHeaders;
                    if (!rh || !mr.filtersValid)
                        continue;
                    for (const HeaderValue &h : rh->add)
                        addNames[h.name.toLower()].push_back(mr.rule->filters.requestHeadersSource);
                }
            }
        }
    }
    for (const auto &[name, sources] : addNames) {
        MapBlock m;
        const QString var = headerVariablePart(name);
        m.source = QStringLiteral("${http_%1}").arg(var);
        m.variable = QStringLiteral("$%1_header_var").arg(var);
        m.parameters = {{QStringLiteral("default"), QStringLiteral("''")},
                        {QStringLiteral("~.*"), m.source + u','}};
        m.sources = sources;
        m_config.maps.push_back(std::move(m));
    }
    buildCorsMaps();
    if (!m_graph.profile.version.listenerIdMaps() || m_config.base.disableSNIHostValidation)
        return; // maps.go: no listener-id maps when NginxProxy disables SNI/Host validation
    std::map<int, std::pair<QStringList, SourceRefs>> byPort;
    for (const GraphListener &l : m_gateway.listeners) {
        if (!l.valid || !l.isHttps())
            continue;
        auto &entry = byPort[l.port];
        if (l.hostname && !entry.first.contains(*l.hostname))
            entry.first << *l.hostname;
        entry.second.push_back(l.source);
    }
    for (auto &[port, entry] : byPort) {
        entry.first.sort();
        std::vector<std::pair<QString, QString>> params;
        int id = 1;
        for (const QString &h : std::as_const(entry.first))
            params.emplace_back(h, QString::number(id++));
        params.emplace_back(QStringLiteral("default"), QStringLiteral("0"));
        for (const char *source : {"$ssl_server_name", "$host"}) {
            MapBlock m;
            m.source = QString::fromLatin1(source);
            m.variable = QStringLiteral("$%1_listener_id_%2")
                             .arg(source[1] == 's' ? QStringLiteral("sni") : QStringLiteral("host"))
                             .arg(port);
            m.hostnames = true;
            m.parameters = params;
            m.sources = entry.second;
            m_config.maps.push_back(std::move(m));
        }
    }
}

void DataplaneBuilder::buildCorsMaps()
{
    // maps.go buildCorsMaps: per server (HTTP, then SSL, the server's index in its list), path rule and match
    // rule with a CORS filter, a map of the allowed origins and one for the credentials. No default: an
    // Origin that is not allowed makes the value empty, and nginx's add_header then writes nothing.
    for (const auto *servers : {&m_config.httpServers, &m_config.sslServers}) {
        for (const VirtualServer &s : *servers) {
            for (int pi = 0; pi < int(s.pathRules.size()); ++pi) {
                const PathRule &pr = s.pathRules[size_t(pi)];
                for (int mi = 0; mi < int(pr.matchRules.size()); ++mi) {
                    const MatchRule &mr = pr.matchRules[size_t(mi)];
                    const RouteFilters &f = mr.rule->filters;
                    if (!mr.filtersValid || !f.cors)
                        continue;
                    const auto map = [&](const QString &variable, const QString &result) {
                        MapBlock m;
                        m.source = QStringLiteral("$http_origin");
                        m.variable = u'$' + variable;
                        for (const QString &origin : f.cors->allowOrigins)
                            m.parameters.emplace_back(corsOriginRegex(origin), result);
                        m.sources.push_back(f.corsSource);
                        m_config.maps.push_back(std::move(m));
                    };
                    if (!f.cors->allowOrigins.empty())
                        map(corsOriginVariable(s.id, pi, mi), QStringLiteral("$http_origin"));
                    if (f.cors->allowCredentials.value_or(false))
                        map(corsCredentialsVariable(s.id, pi, mi), QStringLiteral("true"));
                }
            }
        }
    }
}

} // namespace gw::ngf
