// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/filter.h"
#include "core/nginxproxy.h"
#include "core/objectmeta.h"

#include <optional>
#include <vector>

namespace gw {

struct ReferenceGrantFrom
{
    QString group;
    QString kind;
    QString ns;
};

struct ReferenceGrantTo
{
    QString group;
    QString kind;
    std::optional<QString> name;
};

struct ReferenceGrant
{
    std::vector<ReferenceGrantFrom> from;
    std::vector<ReferenceGrantTo> to;
};

/** A policy's target (LocalPolicyTargetReference). */
struct PolicyTargetReference
{
    QString group;
    QString kind;
    QString name;
};

struct UpstreamKeepAlive
{
    std::optional<int> connections;
    std::optional<int> requests;
    std::optional<QString> time;
    std::optional<QString> timeout;
};

/** NGF's UpstreamSettingsPolicy (gateway.nginx.org/v1alpha1). */
struct UpstreamSettingsPolicy
{
    std::vector<PolicyTargetReference> targetRefs;
    std::optional<QString> zoneSize;
    std::optional<UpstreamKeepAlive> keepAlive;
    std::optional<QString> loadBalancingMethod;
    std::optional<QString> hashMethodKey;
    std::optional<bool> useClusterIP;
};

/** keepAlive.timeout of a ClientSettingsPolicy. */
struct ClientKeepAliveTimeout
{
    std::optional<QString> server;
    std::optional<QString> header;
};

struct ClientKeepAlive
{
    std::optional<int> requests;
    std::optional<QString> time;
    std::optional<ClientKeepAliveTimeout> timeout;
    std::optional<QString> minTimeout;
};

struct ClientBody
{
    std::optional<QString> maxSize;
    std::optional<QString> timeout;
};

/** NGF's ClientSettingsPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/clientsettingspolicy_types.go). */
struct ClientSettingsPolicy
{
    PolicyTargetReference targetRef; ///< one target (spec.targetRef)
    std::optional<ClientBody> body;
    std::optional<ClientKeepAlive> keepAlive;
};

struct ProxyBuffers
{
    QString size;
    int number = 0;
};

struct ProxyBuffering
{
    std::optional<bool> disable;
    std::optional<QString> bufferSize;
    std::optional<ProxyBuffers> buffers;
    std::optional<QString> busyBuffersSize;
};

struct ProxyTimeout
{
    std::optional<QString> connect;
    std::optional<QString> read;
    std::optional<QString> send;
};

/** NGF's ProxySettingsPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/proxysettingspolicy_types.go). */
struct ProxySettingsPolicy
{
    std::vector<PolicyTargetReference> targetRefs;
    std::optional<ProxyBuffering> buffering;
    std::optional<ProxyTimeout> timeout;
};

struct RateLimitRule
{
    std::optional<QString> zoneSize;
    std::optional<int> delay;
    std::optional<bool> noDelay;
    std::optional<int> burst;
    QString rate;
    QString key;
};

struct RateLimitSettings
{
    std::optional<std::vector<RateLimitRule>> localRules; ///< rateLimit.local.rules (set when `local` is)
    std::optional<bool> dryRun;
    std::optional<QString> logLevel;
    std::optional<int> rejectCode;
};

/** NGF's RateLimitPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/ratelimitpolicy_types.go). */
struct RateLimitPolicy
{
    std::vector<PolicyTargetReference> targetRefs;
    std::optional<RateLimitSettings> rateLimit;
};

/** NGF's SnippetsPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/snippetspolicy_types.go). */
struct SnippetsPolicy
{
    std::vector<PolicyTargetReference> targetRefs; ///< Gateways only (the CRD's CEL rule)
    /// at most one per context (main, http, http.server, http.server.location)
    std::vector<Snippet> snippets;
};

/** spec.tracing of an ObservabilityPolicy. */
struct ObservabilityTracing
{
    QString strategy; ///< "ratio" or "parent"
    std::optional<int> ratio; ///< 0 to 100
    std::optional<QString> context; ///< extract, inject, propagate, ignore
    std::optional<QString> spanName;
    std::vector<SpanAttribute> spanAttributes;
};

/** NGF's ObservabilityPolicy (gateway.nginx.org/v1alpha2, apis/v1alpha2/observabilitypolicy_types.go). */
struct ObservabilityPolicy
{
    std::vector<PolicyTargetReference> targetRefs; ///< HTTPRoutes and GRPCRoutes
    std::optional<ObservabilityTracing> tracing;
};

} // namespace gw
