// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/basesettings.h"
#include "ngf/graph.h"

#include <QMap>
#include <QStringList>
#include <optional>
#include <vector>

namespace gw::ngf {

/**
 * The nginx configuration of one Gateway as plain data (NGF's `state/dataplane` model plus the
 * locations its generator derives). The renderers print exactly this; the simulator routes and
 * balances from exactly this, so the two can never disagree:
 *
 * - request routing: Configuration::httpServers / sslServers (per port; nginx's server_name
 *   rules) -> VirtualServer::locations (nginx's location rules on Location::modifier and path) ->
 *   for Location::Type::Redirect, the ordered MatchEntry list of Configuration::matches under
 *   Location::matchKey (httpmatches.js semantics: first entry that fits wins, none -> 404) ->
 *   the internal Location with that path;
 * - a location's target: Location::proxyPass names an Upstream directly, or `$<variable>` of a
 *   SplitClients block (nginx split_clients on $request_id), or invalid-backend-ref (500); a
 *   Location::returnCode answers without proxying;
 * - balancing: Upstream::lbMethod/hashKey/sticky and Upstream::servers in order.
 *
 * Every printed line is a Directive that knows the manifest fields it came from.
 */

/** One printed line (without indentation) and the fields that produced it. */
struct Directive
{
    QString text;
    SourceRefs sources;
};

/** A file NGF writes under /etc/nginx/includes/ for a policy (policies.File), line by line. */
struct IncludeFile
{
    QString path; ///< /etc/nginx/includes/<Kind>_<ns>_<name>[_suffix].conf
    std::vector<Directive> lines;
};

/** An upstream server: one ready endpoint of the Service, and the Pod behind it. */
struct UpstreamServer
{
    QString address; ///< "10.244.0.94", or "[fd00::1]" for IPv6
    int port = 0; ///< the endpoint (target) port
    QString pod; ///< the Pod's name when known (Deployment Pods, EndpointSlice targetRef)
    bool ipv6 = false;
    bool resolve = false; ///< a DNS name nginx resolves (ExternalName Service): `server NAME:PORT resolve;`
    SourceRefs sources;

    QString hostPort() const { return address + u':' + QString::number(port); }
};

/** `sticky cookie NAME [expires=E] [path=P];` (NGINX Plus). */
struct StickyCookie
{
    QString name;
    QString expires;
    QString path;
    SourceRef source;
};

/** An `upstream {}` block. */
struct Upstream
{
    QString name;
    QString serviceNs;
    QString serviceName;
    int servicePort = 0;
    QString stateFileKey; ///< unsuffixed <ns>_<name>_<port>
    bool invalidBackend = false; ///< the `invalid-backend-ref` upstream
    bool h2c = false; ///< the Service port's appProtocol is kubernetes.io/h2c
    /// The balancing method as NGF writes it without the final ';' ("random two least_conn",
    /// "ip_hash", "hash $request_uri consistent"); empty for round robin (no line).
    QString lbMethod;
    QString hashKey; ///< for hash methods
    bool hashConsistent = false;
    QString zoneSize;
    std::optional<StickyCookie> sticky; ///< printed on Plus only, and only with servers
    std::vector<UpstreamServer> servers; ///< sorted (docs/ngf.md); empty: 503 socket (OSS), state file (Plus)
    std::optional<int> keepAlive; ///< connections, when a keepalive line applies
    SourceRefs sources; ///< the Service and the backendRefs that use it
    /// The body exactly as printed, line by line (what HttpRenderer writes between the braces).
    std::vector<Directive> body;
};

/** How nginx verifies a backend's certificate (a BackendTLSPolicy; dataplane.VerifyTLS). */
struct VerifyTls
{
    QString trustedCertificate; ///< the CA bundle file
    QString hostname; ///< SNI and the name the certificate must carry
    SourceRef source;
};

/** One backend of a rule (a backendRef) inside a BackendGroup. */
struct Backend
{
    QString upstreamName; ///< empty when invalid
    int weight = 1;
    bool valid = false;
    SourceRef source;
    std::optional<VerifyTls> verifyTls; ///< TLS to the backend (its BackendTLSPolicy, for this Gateway)
    QString externalHostname; ///< the externalName of an ExternalName Service (the Host header)
};

/** The backends of one route rule, as a location proxies to them. */
struct BackendGroup
{
    QString routeNs;
    QString routeName;
    int ruleIndex = 0;
    int pathRuleIndex = 0;
    std::vector<Backend> backends;

    /** group_<ns>__<name>_rule<r>_pathRule<p> with '-' -> '_' (split_clients variable). */
    QString variableName() const;
};

/** One `split_clients $request_id $variable { ... }` block. */
struct SplitClients
{
    struct Distribution
    {
        QString percent; ///< "50.00", "100"
        QString value; ///< an upstream name or invalid-backend-ref
        bool commentedOut = false; ///< "0.00" lines are printed as comments
        SourceRef source;
    };
    QString variable;
    std::vector<Distribution> distributions;
    SourceRefs sources;
};

/** An http-level `map` block. */
struct MapBlock
{
    QString source;
    QString variable;
    bool hostnames = false;
    std::vector<std::pair<QString, QString>> parameters;
    SourceRefs sources;
};

/** A route match inside a PathRule (NGF internal/controller/state/dataplane/types.go MatchRule). */
struct MatchRule
{
    const GraphRoute *route = nullptr;
    const GraphRule *rule = nullptr;
    int matchIndex = 0; ///< in the rule's (converted) matches
    HTTPRouteMatch match;
    bool grpc = false;
    bool filtersValid = true;
    int group = -1; ///< index into Configuration::backendGroups
    int listenerPort = 0;
    SourceRef source; ///< spec.rules[i].matches[j]
    QString mirrorRoute; ///< the internal mirror route's name when \a rule is one (GraphRoute::mirrorRoutes)
};

enum class PathType { Exact, Prefix, RegularExpression };

/** All matches of one (path, type) in one server. */
struct PathRule
{
    QString path;
    PathType type = PathType::Prefix;
    bool grpc = false;
    std::vector<MatchRule> matchRules;
    /// The route whose rule created the path rule: NGF gives the path rule that route's policies only.
    const GraphRoute *policyRoute = nullptr;
};

/** A `location {}` block. */
struct Location
{
    enum class Type { External, Redirect, Internal, Root404 };

    Type type = Type::External;
    QString modifier; ///< "=", "^~", "~" or empty
    QString path;
    int pathRuleIndex = -1;
    int matchRuleIndex = -1; ///< for External and Internal: the MatchRule it serves
    QString matchKey; ///< Redirect: the matches.json key
    QString proxyPass; ///< empty when the location returns
    std::optional<int> returnCode;
    /// Leading body lines before the policy includes: `internal;` and the mirror's split_clients check
    int headLines = 0;
    std::vector<Directive> body; ///< exactly as printed
    SourceRefs sources;

    /** "location = /tea" without the brace. */
    QString header() const;
};

/** A `server {}` block: a default server or a virtual server (hostname). */
struct VirtualServer
{
    bool isDefault = false;
    bool ssl = false;
    int port = 0;
    QString hostname; ///< server_name; "~^" is NGF's catch-all; empty for default servers
    QString id; ///< njs server id: "1", "SSL_0"
    std::vector<CertificateRef> certificates;
    ListenerSsl sslSettings; ///< the ssl_* lines after the certificates (with certificates only)
    std::vector<PathRule> pathRules;
    std::vector<Location> locations;
    bool grpc = false; ///< any path rule is gRPC
    std::vector<Directive> includes; ///< `include /etc/nginx/includes/...;` of Gateway policies
    SourceRefs sources; ///< listeners and route hostnames
    /// `include` lines of SnippetsFilter http.server snippets (createIncludesFromServerSnippetsFilters)
    std::vector<Directive> snippetIncludes;
    /// `unix:/var/run/nginx/https<port>.sock` when a TLS passthrough listener shares the port: the
    /// stream server passes the connections it does not route by SNI here (NGF config/servers.go
    /// createServers, sockets.go getSocketNameHTTPS). Empty: the server listens on its port.
    QString socket;
};

/** A `server {}` of stream.conf (NGF internal/controller/nginx/config/stream/config.go Server). */
struct StreamServer
{
    QString listen; ///< "443", "53 udp" or a unix socket
    bool isSocket = false;
    QString statusZone; ///< printed on Plus only
    QString proxyPass;
    QString target; ///< `pass $dest<port>` of the SNI map
    bool sslPreread = false;
    bool proxyProtocol = false; ///< socket servers with NginxProxy rewriteClientIP mode ProxyProtocol
    QStringList realIpFrom;
    SourceRefs sources;
};

/** An `upstream {}` of stream.conf (NGF config/upstreams.go createStreamUpstream). */
struct StreamUpstream
{
    QString name;
    QString zoneSize; ///< 512k OSS, 1m Plus
    QString stateFile; ///< Plus, when no server resolves
    std::vector<UpstreamServer> servers;
    SourceRefs sources;
};

/** One entry of matches.json (httpmatches.js tries them in order). */
struct MatchEntry
{
    std::optional<QString> method;
    QString redirectPath;
    QStringList headers; ///< "Name:Exact|RegularExpression:value"
    QStringList params; ///< "name=Exact|RegularExpression=value"
    bool any = false;
    SourceRef source;
};

/** The whole http configuration NGF generates for one Gateway. */
/** An `oidc_provider` block of the http context (NGF base_http_config_template.go). */
struct OidcProvider
{
    QString name; ///< <filterNs>_<filterName>
    std::vector<Directive> body; ///< issuer, client_id, ... as printed
    SourceRefs sources; ///< the filter's spec.oidc
};

struct Configuration
{
    const GraphGateway *gateway = nullptr;
    Profile profile;
    IpFamily ipFamily = IpFamily::Dual;
    bool http2 = true;
    bool proxyProtocol = false;
    QStringList realIpFrom; ///< NginxProxy rewriteClientIP, printed in every server
    QString realIpHeader;
    bool realIpRecursive = false;
    SourceRef realIpSource;
    BaseSettings base; ///< main.conf, events.conf, the top of http.conf, telemetry, plus-api.conf
    std::vector<VirtualServer> httpServers; ///< by port ascending, default server first per port
    std::vector<VirtualServer> sslServers;
    std::vector<Upstream> upstreams; ///< sorted by name, invalid-backend-ref last
    std::vector<BackendGroup> backendGroups;
    std::vector<SplitClients> splitClients; ///< sorted by variable
    std::vector<MapBlock> maps; ///< add-header maps, then 421 maps
    std::map<QString, std::vector<MatchEntry>> matches; ///< matches.json, keys sorted
    std::vector<Directive> mainIncludes; ///< `include ...;` lines of main.conf (policies: SnippetsPolicy)
    std::vector<Directive> httpIncludes; ///< `include ...;` lines of the http context (policies)
    std::vector<OidcProvider> oidcProviders; ///< after server_tokens (valid, referenced OIDC filters)
    std::vector<IncludeFile> includeFiles; ///< policy files, in the order nginx first includes them
    /// SnippetsFilter main and http snippets of the routes attached to the Gateway
    /// (GetReferencedSnippetsFilters, buildSnippetsForContext), sorted by file
    std::vector<SnippetInclude> mainSnippets;
    std::vector<SnippetInclude> httpSnippets;
    /// Every SnippetsFilter include file the configuration names, by path
    std::map<QString, SnippetInclude> snippetFiles;
    /// stream.conf: servers (TLS passthrough, TCP, UDP), their split_clients, upstreams and SNI maps
    std::vector<StreamServer> streamServers;
    std::vector<SplitClients> streamSplitClients;
    std::vector<StreamUpstream> streamUpstreams;
    std::vector<MapBlock> streamMaps;

    const Upstream *upstream(const QString &name) const;
};

} // namespace gw::ngf
