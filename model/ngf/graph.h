// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "ngf/conditions.h"
#include "ngf/effectivenginxproxy.h"
#include "ngf/profile.h"
#include "ngf/sourceref.h"
#include "yaml/diagnostic.h"

#include <QStringList>
#include <algorithm>
#include <map>
#include <optional>
#include <vector>

namespace gw::ngf {

/// The controller name NGF writes into statuses and expects in its GatewayClass.
inline QString controllerName()
{
    return QStringLiteral("gateway.nginx.org/nginx-gateway-controller");
}

/** A certificate of an HTTPS listener, as NGF writes it to /etc/nginx/secrets. */
struct CertificateRef
{
    QString ns;
    QString name;
    QString file; ///< /etc/nginx/secrets/ssl_keypair_<ns>_<name>.pem
    SourceRef source;
};

/**
 * The ssl_* settings an HTTPS listener gives its servers: its `tls.options` (NGF
 * state/dataplane/configuration.go buildSSL) and the Gateway's frontend client-certificate validation
 * for its port (addClientSettingsToSSLServers); printed by nginx/config/servers_template.go.
 */
struct ListenerSsl
{
    QString protocols; ///< nginx.org/ssl-protocols: `ssl_protocols`
    SourceRef protocolsSource;
    QString ciphers; ///< nginx.org/ssl-ciphers: `ssl_ciphers`
    SourceRef ciphersSource;
    bool preferServerCiphers = false; ///< nginx.org/ssl-prefer-server-ciphers "on"
    SourceRef preferServerCiphersSource;
    /// `ssl_client_certificate`: /etc/nginx/secrets/cert_bundle_<gwNs>_<gw>_<port>.crt; empty for none
    QString clientCertificate;
    QString verifyClient; ///< `ssl_verify_client`: "on", "optional_no_ca" or empty
    bool requireVerifiedCert = false; ///< ssl_verify_depth 4 and the 444 error page (AllowValidOnly)
    SourceRef frontendSource; ///< spec.tls.frontend.default.validation or perPort[i].tls.validation
};

/** A listener after NGF's validation (state/graph/gateway_listener.go). */
struct GraphListener
{
    int index = 0; ///< position in spec.listeners
    QString name;
    int port = 0;
    QString protocol;
    std::optional<QString> hostname;
    bool valid = true;
    Conditions conditions; ///< specific ones; the defaults are added when the status is written
    /// Routes may attach (NGF Listener.Attachable: no route-kind, selector, hostname, protocol or
    /// TLS mode error); a conflicted or otherwise invalid listener can still be attachable.
    bool attachable = true;
    std::vector<RouteGroupKind> supportedKinds;
    std::vector<CertificateRef> certificates;
    ListenerSsl ssl; ///< tls.options (and, per port, frontend validation)
    /// spec.tls.frontend caCertificateRefs NGF resolved for this listener (its port's or the default)
    int frontendCaRefs = 0;
    QString frontendValidationMode; ///< AllowValidOnly (default) or AllowInsecureFallback
    AllowedRoutes allowedRoutes;
    int attachedRoutes = 0;
    /// TLSRoutes, TCPRoutes and UDPRoutes bound here (indexes into Graph::l4Routes, NGF Listener.L4Routes)
    std::vector<int> l4Routes;
    SourceRef source;
    /// The ListenerSet this listener comes from (index into Graph::listenerSets), -1 for the Gateway's
    /// own (NGF Listener.ListenerSetName); then `index` is its position in the ListenerSet's listeners.
    int listenerSet = -1;

    bool isHttp() const { return protocol == u"HTTP" || protocol == u"HTTPS"; }
    bool isHttps() const { return protocol == u"HTTPS"; }
    bool isL4() const { return protocol == u"TCP" || protocol == u"UDP"; }
};

/** A Gateway of an NGF GatewayClass, with its listeners and data-plane settings. */
struct GraphGateway
{
    const Resource *resource = nullptr;
    QString ns;
    QString name;
    bool valid = true;
    Conditions conditions;
    std::vector<GraphListener> listeners;
    IpFamily ipFamily = IpFamily::Dual;
    bool http2 = true;
    bool proxyProtocol = false; ///< NginxProxy rewriteClientIP mode ProxyProtocol
    /// NginxProxy rewriteClientIP: `set_real_ip_from` addresses, `real_ip_header`, recursion
    QStringList realIpFrom;
    QString realIpHeader;
    bool realIpRecursive = false;
    SourceRef realIpSource;
    QString address; ///< status.addresses[0].value (written or synthesized, see docs/ngf.md)
    std::optional<QString> zoneSize; ///< edge: NginxProxy zoneSize, the default for upstreams
    SourceRef zoneSizeSource;
    /// The NginxProxy settings in effect (GatewayClass's merged with the Gateway's), when any is valid
    std::optional<EffectiveNginxProxy> nginxProxy;
    /// The port NginxProxy metrics reserve (listeners may not use it); none when metrics are disabled
    std::optional<int> metricsPort = 9113;
    /// spec.tls.backend.clientCertificateRef, when valid: `proxy_ssl_certificate` in http.conf
    std::optional<CertificateRef> backendClientCertificate;

    /// Gateway-level NGF policies attached to it (indexes into Graph::ngfPolicies, age order)
    std::vector<int> ngfPolicies;
    /// ListenerSets attached with at least one valid listener (NGF Gateway.AttachedListenerSets)
    std::vector<int> attachedListenerSets;

    QString key() const { return ns + u'/' + name; }
    /** Its own listeners (\a listenerSet -1) or those of one of its ListenerSets, in order. */
    std::vector<GraphListener *> listenersOf(int listenerSet)
    {
        std::vector<GraphListener *> out;
        for (GraphListener &l : listeners) {
            if (l.listenerSet == listenerSet)
                out.push_back(&l);
        }
        return out;
    }
};

/**
 * A ListenerSet whose parentRef names a Gateway of NGF's class (NGF state/graph/listenerset.go).
 * Its listeners stay in the Gateway's listener list (GraphListener::listenerSet); only the valid ones
 * count for the Gateway's servers, all are reported in the ListenerSet's status.
 */
struct GraphListenerSet
{
    const Resource *resource = nullptr;
    int gateway = -1; ///< index into Graph::gateways
    bool valid = false;
    Conditions conditions;

    QString ns() const { return resource->meta.ns; }
    QString name() const { return resource->meta.name; }
};

/** A backendRef after resolution (NGF state/graph/backend_refs.go). */
struct GraphBackendRef
{
    int index = 0;
    SourceRef source; ///< spec.rules[i].backendRefs[j]
    QString serviceNs;
    QString serviceName;
    int port = 0; ///< the Service port named by the backendRef
    int weight = 1;
    bool valid = false;
    const Resource *service = nullptr;
    int servicePortIndex = -1;
    QString upstreamName; ///< empty when invalid
    QString stateKey; ///< <svcNs>_<svcName>_<port> (the unsuffixed key)
    bool referencesService = false; ///< passed NGF's reference checks: serviceNs/serviceName count as used
    int tlsPolicy = -1; ///< the BackendTLSPolicy for the Service port (index into Graph::backendTlsPolicies)
    QString externalName; ///< the Service's externalName when it is an ExternalName Service
    /// Gateway index -> why the backend is invalid there (an ExternalName Service without resolver)
    std::map<int, Condition> invalidForGateways;
    /// A RequestMirror filter's backendRef (filters[mirrorFilter].backendRef): resolved and reported like
    /// the rule's backendRefs, never part of the rule's backend group (NGF route_common.go MirrorBackendIdx)
    int mirrorFilter = -1;

    bool validFor(int gateway) const { return valid && !invalidForGateways.count(gateway); }
};

/**
 * A valid route-rule sessionPersistence, ready for `sticky cookie` (NGF route_common.go
 * processSessionPersistenceConfig).
 */
struct SessionPersistenceConfig
{
    QString name; ///< the cookie name (sessionName or sp_<route>_<ns>_<idx>)
    QString expiry; ///< converted absoluteTimeout, empty for none
    QString path; ///< derived cookie path, empty for none
    QString key; ///< upstream suffix <route>_<ns>_<idx>
    SourceRef source;
};

/** One include file of a SnippetsFilter (`/etc/nginx/includes/SnippetsFilter_<ctx>_<ns>_<name>.conf`). */
struct SnippetInclude
{
    QString file; ///< the include path
    QString content; ///< the snippet's value
    SourceRef source; ///< the snippet in the SnippetsFilter
};

/** `auth_basic` of a rule's AuthenticationFilter (NGF servers.go updateLocationAuthenticationFilter). */
struct BasicAuthConfig
{
    QString realm;
    QString file; ///< /etc/nginx/secrets/basic_auth_<secretNs>_<secretName>
    SourceRef source; ///< the filter's spec.basic
};

/** `auth_jwt` of a rule's AuthenticationFilter (NGF servers.go updateLocationAuthenticationFilter). */
struct JwtAuthConfig
{
    QString realm;
    QString keyFile; ///< File: /etc/nginx/secrets/jwt_auth_<secretNs>_<secretName>
    QString jwksPath; ///< Remote: the internal location auth_jwt_key_request names
    QString jwksUri; ///< Remote: what that location proxies to
    QString trustedCertificate; ///< Remote: the CA bundle, or NGF's /etc/ssl/cert.pem
    std::optional<QString> keyCache;
    SourceRef source; ///< the filter's spec.jwt
};

/**
 * The filters of a rule that NGF renders (the first of each type wins, NGF dataplane/configuration.go
 * createHTTPFilters).
 */
struct RouteFilters
{
    bool valid = true;
    std::optional<RequestRedirect> redirect;
    SourceRef redirectSource;
    std::optional<URLRewrite> rewrite;
    SourceRef rewriteSource;
    std::optional<HeaderModifier> requestHeaders;
    SourceRef requestHeadersSource;
    std::optional<HeaderModifier> responseHeaders;
    SourceRef responseHeadersSource;
    /// ExtensionRef SnippetsFilters, in filter order: their http.server and http.server.location snippets
    std::vector<SnippetInclude> serverSnippets;
    std::vector<SnippetInclude> locationSnippets;
    std::vector<int> snippetsFilters; ///< indexes into Graph::snippetsFilters (for main and http snippets)
    std::optional<BasicAuthConfig> basicAuth; ///< the rule's AuthenticationFilter, when Basic
    std::optional<JwtAuthConfig> jwtAuth; ///< the rule's AuthenticationFilter, when JWT
    int oidcFilter =
        -1; ///< the rule's AuthenticationFilter when OIDC: index into Graph::authenticationFilters
    const Resource *oidcResource = nullptr; ///< that filter
    QString oidcProvider; ///< its `auth_oidc` provider name
    SourceRef oidcSource; ///< the filter's spec.oidc
    SourceRef extensionRefSource; ///< the ExtensionRef filters' route fields (for the include lines)
    /// The rule's first CORS filter (dataplane createHTTPFilters), maxAge with the CRD's default
    std::optional<CORSFilter> cors;
    SourceRef corsSource;
    /// RequestMirror filters in filter order (dataplane convertHTTPRequestMirrorFilter)
    struct Mirror
    {
        QString target; ///< the internal mirror location (NGF state/mirror/mirror.go BackendPath)
        double percent = 100; ///< percent, or fraction numerator*100/denominator; at most 100
        SourceRef source; ///< spec.rules[i].filters[k]
    };
    std::vector<Mirror> mirrors;
};

/**
 * One rule of a route after validation. gRPC matches are converted to HTTP ones (NGF grpcroute.go
 * ConvertGRPCMatches).
 */
struct GraphRule
{
    int index = 0;
    bool validMatches = true;
    std::vector<HTTPRouteMatch> matches;
    QStringList matchPaths; ///< the field each converted match came from
    RouteFilters filters;
    std::vector<GraphBackendRef> backendRefs;
    std::optional<SessionPersistenceConfig> sessionPersistence;
    SourceRef source;
};

/** One parentRef of a route to an NGF Gateway and how it attached. */
struct ParentAttachment
{
    int refIndex = 0;
    int gateway = -1; ///< index into Graph::gateways
    int listenerSet = -1; ///< a parentRef of kind ListenerSet: index into Graph::listenerSets
    std::optional<QString> sectionName;
    std::optional<int> port;
    QString statusSectionName; ///< what the status names (NGF removeDuplicateIndexParentRefs)
    bool attached = false;
    Conditions failed;
    /// listener index -> the hostnames the route serves there (after isolation)
    std::map<int, QStringList> acceptedHostnames;
};

/** An HTTPRoute or GRPCRoute with at least one parentRef to an NGF Gateway. */
struct GraphRoute
{
    const Resource *resource = nullptr;
    bool grpc = false;
    bool valid = true;
    bool attachable = true;
    Conditions conditions; ///< rule and backend conditions, in NGF's order
    std::vector<GraphRule> rules;
    std::vector<ParentAttachment> parents;
    /// NGF policies attached to the route (indexes into Graph::ngfPolicies, age order)
    std::vector<int> ngfPolicies;
    /**
     * The internal routes NGF builds for the RequestMirror filters of the rules with valid filters (NGF
     * state/graph/httproute.go buildHTTPMirrorRoutes, grpcroute.go buildGRPCMirrorRoutes): one rule each,
     * an Exact match on the mirror's internal path, the rule's filters without the mirrors, and the mirror's
     * backendRef. They attach where the route attaches (and count as attached routes); they have no status.
     */
    struct MirrorRoute
    {
        QString name; ///< _ngf-internal-mirror-<route>-<svcNs>/<svc>-<rule>
        GraphRule rule; ///< index 0
    };
    std::vector<MirrorRoute> mirrorRoutes;

    QString ns() const { return resource->meta.ns; }
    QString name() const { return resource->meta.name; }
};

/**
 * A TLSRoute, TCPRoute or UDPRoute with a parentRef to an NGF Gateway (NGF graph/route_common.go
 * L4Route). Its parents are NGF's expanded ParentRefs: a parentRef without sectionName and port
 * becomes one per listener, with the same refIndex; the status merges them again.
 */
struct GraphL4Route
{
    const Resource *resource = nullptr;
    bool valid = false;
    bool attachable = false;
    Conditions conditions;
    QStringList hostnames; ///< TLSRoute spec.hostnames
    /// TLSRoute: its one backendRef; TCPRoute/UDPRoute: the first rule's backendRefs
    std::vector<GraphBackendRef> backendRefs;
    std::vector<ParentAttachment> parents;

    QString ns() const { return resource->meta.ns; }
    QString name() const { return resource->meta.name; }
    Kind kind() const { return resource->kind; }
};

/** Settings of an UpstreamSettingsPolicy that apply to an upstream (merged over policies). */
struct UpstreamSettings
{
    std::optional<QString> zoneSize;
    std::optional<int> keepAliveConnections;
    std::optional<int> keepAliveRequests;
    std::optional<QString> keepAliveTime;
    std::optional<QString> keepAliveTimeout;
    std::optional<QString> loadBalancingMethod;
    std::optional<QString> hashMethodKey;
    std::optional<bool> useClusterIP; ///< edge only
    /// which policy field set each value (for the source map)
    std::map<QString, SourceRef> sources;
};

/** An UpstreamSettingsPolicy after validation, conflict detection and ancestor resolution. */
struct GraphPolicy
{
    const Resource *resource = nullptr;
    bool valid = true;
    bool conflicted = false;
    Conditions conditions; ///< Invalid or Conflicted
    QStringList targetServices; ///< "ns/name" of the Services it targets
    std::vector<int> ancestors; ///< Gateways (indexes) that use a target Service, in NGF's order
    /// Gateways that use a target Service but could not be ancestors (MaxAncestors): the policy
    /// does not apply there (NGF Policy.InvalidForGateways)
    std::vector<int> invalidForGateways;
};

/** One status.ancestors entry of an NGF policy: a Gateway or a route, with its own conditions. */
struct NgfPolicyAncestor
{
    QString kind; ///< Gateway, HTTPRoute or GRPCRoute (group gateway.networking.k8s.io)
    QString ns;
    QString name;
    int gateway = -1; ///< for kind Gateway: index into Graph::gateways
    Conditions conditions;
};

/**
 * A ClientSettingsPolicy, ProxySettingsPolicy or RateLimitPolicy after NGF's processPolicies,
 * markConflictedPolicies and attachPolicies (state/graph/policies.go).
 */
struct GraphNgfPolicy
{
    const Resource *resource = nullptr;
    bool valid = true;
    bool conflicted = false;
    Conditions conditions; ///< the policy's own: TargetConflict, Invalid, Conflicted
    struct Target
    {
        bool gateway = false; ///< a Gateway (index into Graph::gateways), else a route (Graph::routes)
        int index = -1;
    };
    std::vector<Target> targets; ///< the targetRefs that exist, in the policy's order
    std::vector<NgfPolicyAncestor> ancestors;
    std::vector<int> invalidForGateways; ///< InvalidForGateways (Gateway indexes)

    bool appliesTo(int gateway) const
    {
        return valid &&
            std::find(invalidForGateways.begin(), invalidForGateways.end(), gateway) ==
            invalidForGateways.end();
    }
};

/** A SnippetsFilter after NGF's validation (graph/snippets_filter.go). */
struct GraphSnippetsFilter
{
    const Resource *resource = nullptr;
    bool valid = true;
    bool referenced = false; ///< an ExtensionRef of a route resolved it
    Conditions conditions; ///< Accepted=False/Invalid when invalid
    std::map<QString, Snippet> snippets; ///< context -> snippet (valid filters only)
    std::map<QString, int> snippetIndex; ///< context -> index in spec.snippets

    QString includeFile(const QString &context) const;
};

/** An AuthenticationFilter after NGF's validation (graph/authentication_filter.go). */
struct GraphAuthenticationFilter
{
    const Resource *resource = nullptr;
    bool valid = true;
    bool referenced = false;
    Conditions conditions; ///< added to the default Accepted; deduplicated when written

    /** The htpasswd file NGF writes for a Basic filter's Secret: /etc/nginx/secrets/basic_auth_<ns>_<name>
        (NGF dataplane/configuration.go GenerateAuthBasicFileID, config/generator.go generateAuthFileName). */
    static QString basicAuthFile(const QString &secretNs, const QString &secretName);
    /** The JWKS file of a JWT file key: /etc/nginx/secrets/jwt_auth_<ns>_<name> (GenerateAuthJWTFileID). */
    static QString jwtKeyFile(const QString &secretNs, const QString &secretName);
    /** The internal location of a remote JWKS: /_ngf-internal-<ns>_<name>_jwks_uri (NGF dataplane/convert.go
        convertRemoteJWTJwtAuthFilter). */
    static QString jwksLocation(const QString &filterNs, const QString &filterName);
    /** The CA bundle of a remote JWKS: /etc/nginx/secrets/jwt_remote_tls_ca_<ns>_<secret>.crt
        (generateJWTRemoteTLSCABundleID, config/generator.go generateCertBundleFileName). */
    static QString jwtRemoteCaFile(const QString &ns, const QString &secretName);
    /** oidc_provider name: <ns>_<name> (convertAuthenticationFilterOIDC). */
    static QString oidcProviderName(const QString &filterNs, const QString &filterName);
};

/** A GatewayClass of NGF's controller and what NGF says about its parametersRef. */
struct GraphGatewayClass
{
    const Resource *resource = nullptr;
    Conditions conditions; ///< added to the defaults (Accepted, SupportedVersion)
    const Resource *nginxProxy = nullptr; ///< the referenced NginxProxy when it exists and is valid
};

/** A BackendTLSPolicy after validation, conflicts and ancestor resolution (graph/backend_tls_policy.go). */
struct GraphBackendTlsPolicy
{
    const Resource *resource = nullptr;
    bool valid = true;
    bool referenced = false; ///< a backendRef of a route resolved it: NGF writes its status
    Conditions conditions; ///< in the order NGF appends them; deduplicated when written
    QString trustedCertificate; ///< /etc/nginx/secrets/cert_bundle_<ns>_<name>.crt or /etc/ssl/cert.pem
    std::vector<int> gateways; ///< ancestors: Gateways whose routes use a target Service
};

/**
 * NGF's view of a design for one profile: the Gateways of NGF's class, the routes that reference
 * them, and the policies, with every validation result and status condition (NGF
 * internal/controller/state/graph).
 * Built by GraphBuilder; read by DataplaneBuilder and StatusWriter.
 */
struct Graph
{
    Profile profile;
    std::vector<GraphGatewayClass> gatewayClasses; ///< NGF's classes written in the design
    std::vector<GraphGateway> gateways; ///< sorted by namespace/name
    std::vector<const Resource *> ignoredGateways; ///< Gateways of other classes
    std::vector<GraphListenerSet> listenerSets; ///< those whose parent Gateway is NGF's, by namespace/name
    std::vector<GraphRoute> routes; ///< in NGF's age order
    std::vector<GraphL4Route> l4Routes; ///< TLS, TCP and UDP routes, in NGF's age order
    std::vector<GraphPolicy> policies; ///< in NGF's age order
    std::vector<GraphBackendTlsPolicy> backendTlsPolicies; ///< in NGF's age order
    /// ClientSettings, ProxySettings and RateLimit policies NGF processes (a target exists), age order
    std::vector<GraphNgfPolicy> ngfPolicies;
    /// Only with Profile::snippets (NGF watches SnippetsFilters only then); in NGF's age order
    std::vector<GraphSnippetsFilter> snippetsFilters;
    std::vector<GraphAuthenticationFilter> authenticationFilters; ///< in NGF's age order
    /// "ns/name" of a Service -> merged settings of its accepted policies
    std::map<QString, UpstreamSettings> upstreamSettings;
    /// (Gateway, "ns/name") -> the settings there when a policy of the Service is invalid for that
    /// Gateway (it reached the ancestor limit); see upstreamSettingsFor()
    std::map<std::pair<int, QString>, UpstreamSettings> gatewayUpstreamSettings;
    /// Things the preview does not model, said once per field ("RequestMirror filters are not rendered").
    std::vector<Diagnostic> notes;

    int gatewayIndex(const QString &ns, const QString &name) const;
    int listenerSetIndex(const QString &ns, const QString &name) const;
    /** The UpstreamSettingsPolicies' merged settings for Service "ns/name" on Gateway \a gateway, or null. */
    const UpstreamSettings *upstreamSettingsFor(int gateway, const QString &service) const;
};

} // namespace gw::ngf
