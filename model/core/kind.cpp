// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/kind.h"

namespace gw {

namespace {

struct KindInfo
{
    Kind kind;
    const char16_t *name;
    const char16_t *group;
    const char16_t *apiVersion;
    bool namespaced;
};

constexpr KindInfo kinds[] = {
    {Kind::GatewayClass, u"GatewayClass", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1",
     false},
    {Kind::Gateway, u"Gateway", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1", true},
    {Kind::HTTPRoute, u"HTTPRoute", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1", true},
    {Kind::GRPCRoute, u"GRPCRoute", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1", true},
    {Kind::Service, u"Service", u"", u"v1", true},
    {Kind::Deployment, u"Deployment", u"apps", u"apps/v1", true},
    {Kind::EndpointSlice, u"EndpointSlice", u"discovery.k8s.io", u"discovery.k8s.io/v1", true},
    {Kind::ReferenceGrant, u"ReferenceGrant", u"gateway.networking.k8s.io",
     u"gateway.networking.k8s.io/v1beta1", true},
    {Kind::Secret, u"Secret", u"", u"v1", true},
    {Kind::UpstreamSettingsPolicy, u"UpstreamSettingsPolicy", u"gateway.nginx.org",
     u"gateway.nginx.org/v1alpha1", true},
    {Kind::NginxProxy, u"NginxProxy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha2", true},
    {Kind::ConfigMap, u"ConfigMap", u"", u"v1", true},
    {Kind::Namespace, u"Namespace", u"", u"v1", false},
    {Kind::BackendTLSPolicy, u"BackendTLSPolicy", u"gateway.networking.k8s.io",
     u"gateway.networking.k8s.io/v1", true},
    // NGF v2.6.7 serves these three at v1alpha1 only (apis/v1alpha1, +kubebuilder:storageversion).
    {Kind::ClientSettingsPolicy, u"ClientSettingsPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1",
     true},
    {Kind::ProxySettingsPolicy, u"ProxySettingsPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1",
     true},
    {Kind::RateLimitPolicy, u"RateLimitPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1", true},
    {Kind::SnippetsFilter, u"SnippetsFilter", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1", true},
    {Kind::AuthenticationFilter, u"AuthenticationFilter", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1",
     true},
    // Gateway API v1.5.1: TLSRoute is standard (v1, also served as v1alpha2/v1alpha3), TCPRoute and
    // UDPRoute are experimental (v1alpha2).
    {Kind::TLSRoute, u"TLSRoute", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1", true},
    {Kind::TCPRoute, u"TCPRoute", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1alpha2", true},
    {Kind::UDPRoute, u"UDPRoute", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1alpha2", true},
    {Kind::SnippetsPolicy, u"SnippetsPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1", true},
    // apis/v1alpha2/observabilitypolicy_types.go: NGF v2.6.7 serves ObservabilityPolicy at v1alpha2.
    {Kind::ObservabilityPolicy, u"ObservabilityPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha2",
     true},
    // Gateway API v1.5.1 apis/v1/listenerset_types.go; NGF v2.6.7 watches v1.ListenerSet
    // (internal/controller/state/change_processor.go).
    {Kind::ListenerSet, u"ListenerSet", u"gateway.networking.k8s.io", u"gateway.networking.k8s.io/v1", true},
    // apis/v1alpha1/wafpolicy_types.go (+kubebuilder:storageversion, the only version served).
    {Kind::WAFPolicy, u"WAFPolicy", u"gateway.nginx.org", u"gateway.nginx.org/v1alpha1", true},
};

QString groupOf(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QString() : apiVersion.left(slash);
}

} // namespace

QString kindName(Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return QString::fromUtf16(info.name);
    }
    return kind == Kind::ToolDocument ? QStringLiteral("ToolDocument") : QStringLiteral("Unknown");
}

QString kindGroup(Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return QString::fromUtf16(info.group);
    }
    return kind == Kind::ToolDocument ? toolGroup() : QString();
}

QString kindApiVersion(Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return QString::fromUtf16(info.apiVersion);
    }
    return {};
}

Kind kindFromApiVersion(const QString &apiVersion, const QString &kind)
{
    const QString group = groupOf(apiVersion);
    if (group == toolGroup())
        return Kind::ToolDocument;
    for (const KindInfo &info : kinds) {
        if (kind == QStringView(info.name) && group == QStringView(info.group))
            return info.kind;
    }
    return Kind::Unknown;
}

bool isNamespaced(Kind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return info.namespaced;
    }
    return true;
}

} // namespace gw
