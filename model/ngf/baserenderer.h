// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"
#include "ngf/generatedfile.h"

namespace gw::ngf {

/**
 * Prints the parts of NGF's configuration that come from the Gateway's NginxProxy and spec.tls
 * rather than from routes (Configuration::base): main-includes/main.conf
 * (main_config_template.go), events-includes/events.conf, the top of http.conf
 * (base_http_config_template.go: resolver, WAF, the readiness server, the access log, the Gateway's
 * client certificate, server_tokens), the telemetry block after the maps (telemetry_template.go),
 * conf.d/plus-api.conf (plus_api_template.go) and the resolver of stream.conf.
 */
class BaseRenderer
{
public:
    static GeneratedFile mainInclude(const Configuration &config);
    static GeneratedFile eventsInclude(const Configuration &config);
    static GeneratedFile plusApiConf(const Configuration &config);

    /** `resolver ...;` and `resolver_timeout ...;` when NginxProxy has a dnsResolver. */
    static void resolver(FileWriter &w, const Configuration &config);
    /** The WAF lines after the resolver (NginxProxy waf.enable). */
    static void waf(FileWriter &w, const Configuration &config);
    /** The readiness-probe server (`listen 8081;`, `location = /readyz`). */
    static void readinessServer(FileWriter &w, const Configuration &config);
    /** Access log, the Gateway's client certificate for backends, server_tokens. */
    static void afterReadiness(FileWriter &w, const Configuration &config);
    /** otel_exporter, otel_service_name and the trace-ratio split_clients, after the maps. */
    static void telemetry(FileWriter &w, const Configuration &config);
};

} // namespace gw::ngf
