// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace gw {

/** A typed address of NginxProxy lists (rewriteClientIP, nginxPlus, dnsResolver). */
struct NginxProxyAddress
{
    QString type; ///< CIDR, IPAddress or Hostname (as written)
    QString value;
};

struct RewriteClientIP
{
    std::optional<QString> mode; ///< ProxyProtocol or XForwardedFor
    std::optional<bool> setIPRecursively;
    std::vector<NginxProxyAddress> trustedAddresses;
    bool trustedAddressesWritten = false; ///< written, possibly as an empty list
};

struct SpanAttribute
{
    QString key;
    QString value;
};

struct TelemetryExporter
{
    std::optional<QString> interval;
    std::optional<int> batchSize;
    std::optional<int> batchCount;
    std::optional<QString> endpoint;
};

struct NginxProxyTelemetry
{
    std::vector<QString> disabledFeatures; ///< DisableTracing
    bool disabledFeaturesWritten = false;
    std::optional<TelemetryExporter> exporter;
    std::optional<QString> serviceName;
    std::vector<SpanAttribute> spanAttributes;
    bool spanAttributesWritten = false;
};

struct NginxProxyMetrics
{
    std::optional<int> port;
    std::optional<bool> disable;
};

struct NginxAccessLog
{
    std::optional<bool> disable;
    std::optional<QString> format;
    std::optional<QString> escape; ///< default, json, none
};

struct NginxProxyLogging
{
    std::optional<QString> errorLevel; ///< CRD default info
    std::optional<QString> agentLevel; ///< CRD default info
    std::optional<NginxAccessLog> accessLog;
};

struct DnsResolver
{
    std::optional<QString> timeout;
    std::optional<QString> cacheTTL;
    std::optional<bool> disableIPv6;
    std::vector<NginxProxyAddress> addresses;
};

/** The part of a Deployment's or DaemonSet's container that reaches the configuration. */
struct ReadinessProbe
{
    std::optional<int> port;
    std::optional<QString> path;
};

/** spec.kubernetes: only the fields NGF reads back into the configuration are typed. */
struct NginxProxyKubernetes
{
    bool deployment = false; ///< spec.kubernetes.deployment is written
    bool daemonSet = false; ///< spec.kubernetes.daemonSet is written
    std::optional<ReadinessProbe> deploymentProbe; ///< deployment.container.readinessProbe
    std::optional<ReadinessProbe> daemonSetProbe; ///< daemonSet.container.readinessProbe
};

struct NginxProxyWaf
{
    std::optional<bool> enable;
    std::optional<bool> disableCookieSeed;
    std::optional<bool> bundleFailOpen;
};

/**
 * NGF's NginxProxy (gateway.nginx.org/v1alpha2): data-plane settings of a Gateway or of its
 * GatewayClass. Every field of v2.6.7's NginxProxySpec that NGF validates or renders; absent
 * fields stay empty (CRD defaults are applied where NGF reads them, see ngf::EffectiveNginxProxy).
 */
struct NginxProxy
{
    std::optional<QString> ipFamily; ///< dual (CRD default), ipv4, ipv6
    std::optional<NginxProxyTelemetry> telemetry;
    std::optional<NginxProxyMetrics> metrics;
    std::optional<RewriteClientIP> rewriteClientIP;
    std::optional<NginxProxyLogging> logging;
    std::optional<std::vector<NginxProxyAddress>> nginxPlusAllowedAddresses; ///< nginxPlus.allowedAddresses
    bool nginxPlusWritten = false; ///< spec.nginxPlus is written
    std::optional<bool> disableHTTP2;
    std::optional<bool> disableSNIHostValidation;
    std::optional<NginxProxyKubernetes> kubernetes;
    std::optional<int> workerConnections;
    std::optional<DnsResolver> dnsResolver;
    std::optional<QString> serverTokens;
    std::optional<NginxProxyWaf> waf;
    std::optional<QString> zoneSize; ///< edge only
    std::optional<bool> disableBaseHeaders; ///< edge only
};

} // namespace gw
