// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>

namespace gw {

/** The kinds of resource Gateway Studio understands. Everything else is kept as Kind::Unknown. */
enum class Kind : std::uint8_t {
    GatewayClass,
    Gateway,
    HTTPRoute,
    GRPCRoute,
    Service,
    Deployment,
    EndpointSlice,
    ReferenceGrant,
    Secret,
    UpstreamSettingsPolicy,
    NginxProxy,
    ConfigMap,
    Namespace,
    BackendTLSPolicy,
    ClientSettingsPolicy,
    ProxySettingsPolicy,
    RateLimitPolicy,
    SnippetsFilter,
    AuthenticationFilter,
    TLSRoute, ///< standard channel (v1)
    TCPRoute, ///< experimental channel (v1alpha2)
    UDPRoute, ///< experimental channel (v1alpha2)
    SnippetsPolicy,
    ObservabilityPolicy,
    ListenerSet, ///< standard channel (v1) since Gateway API v1.5
    WAFPolicy, ///< NGF's F5 WAF for NGINX policy (gateway.nginx.org/v1alpha1)
    /// Gateway Studio's own documents (apiVersion gwstudio.dev/...), e.g. simulation scenarios.
    /// Saved with the design, never exported to the cluster.
    ToolDocument,
    Unknown,
};

inline constexpr int KindCount = int(Kind::Unknown) + 1;

/** "HTTPRoute", "Service"... (the Kubernetes kind) */
QString kindName(Kind kind);
/** The API group: "gateway.networking.k8s.io", "" for core, "apps"... */
QString kindGroup(Kind kind);
/** The apiVersion a new resource of this kind is written with. */
QString kindApiVersion(Kind kind);
/** Kind for an apiVersion/kind pair as kubectl would read it (any served version of the group). */
Kind kindFromApiVersion(const QString &apiVersion, const QString &kind);
bool isNamespaced(Kind kind);
/** The group of Gateway Studio's own documents. */
inline QString toolGroup()
{
    return QStringLiteral("gwstudio.dev");
}

} // namespace gw
