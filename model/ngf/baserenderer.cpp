// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/baserenderer.h"

namespace gw::ngf {

namespace {

constexpr int L1 = 4;

SourceRefs refs(const SourceRef &s)
{
    return s.isValid() ? SourceRefs {s} : SourceRefs {};
}

} // namespace

GeneratedFile BaseRenderer::mainInclude(const Configuration &config)
{
    const BaseSettings &b = config.base;
    FileWriter w(QStringLiteral("/etc/nginx/main-includes/main.conf"));
    if (b.telemetry)
        w.line(QStringLiteral("load_module modules/ngx_otel_module.so;"), refs(b.telemetry->source));
    if (b.waf)
        w.line(QStringLiteral("load_module modules/ngx_http_app_protect_module.so;"), refs(b.wafSource));
    w.line(QStringLiteral("error_log stderr %1;").arg(b.errorLevel), refs(b.errorLevelSource));
    // main_config.go executeMainConfig: the SnippetsFilters' includes, then the policies'.
    for (const SnippetInclude &s : config.mainSnippets) // main_config_template.go .Includes
        w.line(QStringLiteral("include %1;").arg(s.file), {s.source});
    for (const Directive &d : config.mainIncludes)
        w.line(d.text, d.sources);
    if (config.profile.version.workerProcessesInMainInclude())
        w.line(QStringLiteral("worker_processes auto;"));
    return w.take();
}

GeneratedFile BaseRenderer::eventsInclude(const Configuration &config)
{
    FileWriter w(QStringLiteral("/etc/nginx/events-includes/events.conf"));
    w.line(QStringLiteral("worker_connections %1;").arg(config.base.workerConnections),
           refs(config.base.workerConnectionsSource));
    return w.take();
}

GeneratedFile BaseRenderer::plusApiConf(const Configuration &config)
{
    const BaseSettings &b = config.base;
    FileWriter w(QStringLiteral("/etc/nginx/conf.d/plus-api.conf"));
    w.line(QStringLiteral("server {"));
    w.line(L1, QStringLiteral("listen unix:/var/run/nginx/nginx-plus-api.sock;"));
    w.line(L1, QStringLiteral("access_log off;"));
    w.line(L1, QStringLiteral("location /api {"));
    w.line(6, QStringLiteral("api write=on;"));
    w.line(L1, QStringLiteral("}"));
    w.line(QStringLiteral("}"));
    w.line(QStringLiteral("server {"));
    w.line(L1, QStringLiteral("listen 8765;"));
    w.line(L1, QStringLiteral("root /usr/share/nginx/html;"));
    w.line(L1, QStringLiteral("access_log off;"));
    for (const QString &a : b.plusAllowedAddresses)
        w.line(L1, QStringLiteral("allow %1;").arg(a), refs(b.plusAllowedAddressesSource));
    w.line(L1, QStringLiteral("deny all;"));
    w.line(L1, QStringLiteral("location = /dashboard.html {}"));
    w.line(L1, QStringLiteral("location /api {"));
    w.line(6, QStringLiteral("api write=off;"));
    w.line(L1, QStringLiteral("}"));
    w.line(QStringLiteral("}"));
    return w.take();
}

void BaseRenderer::resolver(FileWriter &w, const Configuration &config)
{
    if (!config.base.resolver)
        return;
    const ResolverSettings &r = *config.base.resolver;
    QString line = QStringLiteral("resolver");
    for (const QString &a : r.addresses)
        line += u' ' + a;
    if (!r.valid.isEmpty())
        line += QStringLiteral(" valid=") + r.valid;
    if (r.ipv6Off)
        line += QStringLiteral(" ipv6=off");
    w.line(line + u';', refs(r.source));
    if (!r.timeout.isEmpty())
        w.line(QStringLiteral("resolver_timeout %1;").arg(r.timeout), refs(r.source));
}

void BaseRenderer::waf(FileWriter &w, const Configuration &config)
{
    const BaseSettings &b = config.base;
    if (!b.waf)
        return;
    w.line(QStringLiteral("app_protect_enforcer_address 127.0.0.1:50000;"), refs(b.wafSource));
    if (!b.wafCookieSeed.isEmpty())
        w.line(QStringLiteral("app_protect_cookie_seed %1;").arg(b.wafCookieSeed), refs(b.wafSource));
}

void BaseRenderer::readinessServer(FileWriter &w, const Configuration &config)
{
    const BaseSettings &b = config.base;
    const SourceRefs r = refs(b.readinessSource);
    w.line(QStringLiteral("server {"));
    if (config.ipFamily != IpFamily::IPv6)
        w.line(L1, QStringLiteral("listen %1;").arg(b.readinessPort), r);
    if (config.ipFamily != IpFamily::IPv4)
        w.line(L1, QStringLiteral("listen [::]:%1;").arg(b.readinessPort), r);
    w.line(L1, QStringLiteral("location = %1 {").arg(b.readinessPath), r);
    w.line(8, QStringLiteral("access_log off;"));
    w.line(8, QStringLiteral("return 200;"));
    w.line(L1, QStringLiteral("}"));
    w.line(QStringLiteral("}"));
}

void BaseRenderer::afterReadiness(FileWriter &w, const Configuration &config)
{
    const BaseSettings &b = config.base;
    if (b.accessLog) {
        const AccessLogSettings &a = *b.accessLog;
        if (a.disable) {
            w.line(QStringLiteral("access_log off;"), refs(a.source));
        } else {
            const QString name = QStringLiteral("ngf_user_defined_log_format");
            w.line(QStringLiteral("log_format %1%2 '%3';")
                       .arg(name,
                            a.escape.isEmpty() ? QString() : QString(QStringLiteral(" escape=") + a.escape),
                            a.format),
                   refs(a.source));
            w.line(QStringLiteral("access_log /dev/stdout %1;").arg(name), refs(a.source));
        }
    }
    if (b.backendClientCertificate) {
        const CertificateRef &c = *b.backendClientCertificate;
        w.line(QStringLiteral("proxy_ssl_certificate %1;").arg(c.file), {c.source});
        w.line(QStringLiteral("proxy_ssl_certificate_key %1;").arg(c.file), {c.source});
    }
    // base_http_config.go executeBaseHTTPConfig: the snippet includes, then the policies', right
    // before server_tokens.
    for (const SnippetInclude &s : config.httpSnippets)
        w.line(QStringLiteral("include %1;").arg(s.file), {s.source});
    for (const Directive &d : config.httpIncludes)
        w.line(d.text, d.sources);
    w.line(QStringLiteral("server_tokens %1;").arg(b.serverTokens), refs(b.serverTokensSource));
    for (const OidcProvider &p : config.oidcProviders) {
        w.line(QStringLiteral("oidc_provider %1 {").arg(p.name), p.sources);
        for (const Directive &d : p.body)
            w.line(QStringLiteral("    ") + d.text, d.sources);
        w.line(QStringLiteral("}"), p.sources);
    }
}

void BaseRenderer::telemetry(FileWriter &w, const Configuration &config)
{
    if (!config.base.telemetry)
        return;
    const TelemetrySettings &t = *config.base.telemetry;
    const SourceRefs r = refs(t.source);
    w.line(QStringLiteral("otel_exporter {"), r);
    w.line(QStringLiteral("\tendpoint %1;").arg(t.endpoint), r);
    if (!t.interval.isEmpty())
        w.line(QStringLiteral("\tinterval %1;").arg(t.interval), r);
    if (t.batchSize != 0)
        w.line(QStringLiteral("\tbatch_size %1;").arg(t.batchSize), r);
    if (t.batchCount != 0)
        w.line(QStringLiteral("\tbatch_count %1;").arg(t.batchCount), r);
    w.line(QStringLiteral("}"), r);
    w.line(QStringLiteral("otel_service_name %1;").arg(t.serviceName), r);
    for (const TelemetryRatio &ratio : t.ratios) {
        const SourceRefs rr = refs(ratio.source);
        w.line(QStringLiteral("split_clients $otel_trace_id %1 {").arg(ratio.name), rr);
        w.line(QStringLiteral("\t%1% on;").arg(ratio.value), rr);
        w.line(QStringLiteral("\t*  off;"), rr);
        w.line(QStringLiteral("}"), rr);
    }
}

} // namespace gw::ngf
