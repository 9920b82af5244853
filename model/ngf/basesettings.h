// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <QStringList>
#include <optional>

namespace gw::ngf {

/** `resolver` and `resolver_timeout` (NginxProxy dnsResolver), in http and stream. */
struct ResolverSettings
{
    QStringList addresses; ///< IP addresses only (NGF drops hostnames), IPv6 in brackets
    QString valid; ///< cacheTTL
    bool ipv6Off = false;
    QString timeout;
    SourceRef source;
};

/** One `split_clients $otel_trace_id $otel_ratio_N` of the telemetry block (ObservabilityPolicy ratios). */
struct TelemetryRatio
{
    QString name; ///< $otel_ratio_25
    int value = 0;
    SourceRef source;
};

/** The OpenTelemetry settings of NginxProxy telemetry (dataplane.Telemetry). */
struct TelemetrySettings
{
    QString endpoint;
    QString serviceName; ///< ngf:<ns>:<name>[:<serviceName>]
    QString interval;
    int batchSize = 0;
    int batchCount = 0;
    /// spanAttributes: printed by ObservabilityPolicy locations as `otel_span_attr`
    std::vector<std::pair<QString, QString>> spanAttributes;
    /// ratios of ObservabilityPolicies (filled by the policy processing that owns them)
    std::vector<TelemetryRatio> ratios;
    SourceRef source;
};

/** `log_format` and `access_log` of NginxProxy logging.accessLog. */
struct AccessLogSettings
{
    bool disable = false;
    QString format;
    QString escape;
    SourceRef source;
};

/**
 * The settings outside the servers that NGF derives from the Gateway's NginxProxy and spec.tls
 * (dataplane BaseHTTPConfig, Logging, Telemetry, NginxPlus, WorkerConnections, WAF): what
 * main.conf, events.conf, the top of http.conf, the telemetry block and plus-api.conf print.
 * Defaults are NGF's when no NginxProxy says otherwise.
 */
struct BaseSettings
{
    QString errorLevel = QStringLiteral("info");
    SourceRef errorLevelSource;
    int workerConnections = 1024;
    SourceRef workerConnectionsSource;
    int readinessPort = 8081;
    QString readinessPath = QStringLiteral("/readyz");
    SourceRef readinessSource;
    std::optional<ResolverSettings> resolver;
    std::optional<AccessLogSettings> accessLog;
    QString serverTokens = QStringLiteral("off"); ///< as printed (custom strings quoted)
    SourceRef serverTokensSource;
    std::optional<TelemetrySettings> telemetry; ///< when tracing is enabled
    bool disableSNIHostValidation = false;
    SourceRef disableSNIHostValidationSource;
    QStringList plusAllowedAddresses {QStringLiteral("127.0.0.1")};
    SourceRef plusAllowedAddressesSource;
    std::optional<CertificateRef> backendClientCertificate; ///< `proxy_ssl_certificate` in http.conf
    bool waf = false;
    QString wafCookieSeed;
    SourceRef wafSource;

    /** Builds the settings of \a gateway (its effective NginxProxy, spec.tls.backend). */
    static BaseSettings of(const GraphGateway &gateway);
};

} // namespace gw::ngf
