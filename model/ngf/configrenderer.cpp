// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/configrenderer.h"

#include "ngf/baserenderer.h"
#include "ngf/fielderror.h"

#include <algorithm>

namespace gw::ngf {

namespace {

constexpr int L1 = 4; // server-level indentation
constexpr int L2 = 8; // location-level indentation

QString jsonString(const QString &s)
{
    return jsonQuote(s);
}

} // namespace

std::vector<GeneratedFile> ConfigRenderer::render(const Configuration &config)
{
    std::vector<GeneratedFile> files;
    files.push_back(nginxConf(config.profile));
    files.push_back(BaseRenderer::mainInclude(config));
    includedFiles(files, config);
    files.push_back(BaseRenderer::eventsInclude(config));
    files.push_back(httpConf(config));
    includedFiles(files, config);
    files.push_back(matchesJson(config));
    if (config.profile.plus)
        files.push_back(BaseRenderer::plusApiConf(config));
    files.push_back(streamConf(config));
    return files;
}

void ConfigRenderer::includedFiles(std::vector<GeneratedFile> &files, const Configuration &config)
{
    // The include files (SnippetsFilter snippets, policies) the last file names, in the order
    // nginx -T lists them: where each is first included. A snippet file holds the snippet as
    // written.
    const GeneratedFile from = files.back(); // a copy: files grows below
    static const QString prefix = QStringLiteral("include /etc/nginx/includes/");
    QStringList seen;
    for (int i = 0; i < from.lineCount(); ++i) {
        const QString line = from.line(i).trimmed();
        if (!line.startsWith(prefix) || !line.endsWith(u';'))
            continue;
        const QString path = line.mid(8, line.size() - 9);
        if (seen.contains(path))
            continue;
        seen << path;
        FileWriter w(path);
        if (const auto it = config.snippetFiles.find(path); it != config.snippetFiles.end()) {
            w.text(it->second.content, {it->second.source});
        } else {
            const auto f = std::find_if(config.includeFiles.begin(), config.includeFiles.end(),
                                        [&](const IncludeFile &f) { return f.path == path; });
            if (f == config.includeFiles.end())
                continue;
            for (const Directive &d : f->lines)
                w.line(d.text, d.sources);
        }
        files.push_back(w.take());
    }
}

GeneratedFile ConfigRenderer::nginxConf(const Profile &profile)
{
    FileWriter w(QStringLiteral("/etc/nginx/nginx.conf"));
    w.line(QStringLiteral("load_module modules/ngx_http_js_module.so;"));
    w.line(QStringLiteral("include /etc/nginx/main-includes/*.conf;"));
    if (!profile.version.workerProcessesInMainInclude())
        w.line(QStringLiteral("worker_processes auto;"));
    w.line(QStringLiteral("pid /var/run/nginx/nginx.pid;"));
    w.line(QStringLiteral("events {"));
    w.line(2, QStringLiteral("include /etc/nginx/events-includes/*.conf;"));
    w.line(QStringLiteral("}"));
    w.line(QStringLiteral("http {"));
    w.line(2, QStringLiteral("include /etc/nginx/mime.types;"));
    w.line(2, QStringLiteral("js_import modules/njs/httpmatches.js;"));
    w.line(2, QStringLiteral("js_import modules/njs/epp.js;"));
    w.line(2, QStringLiteral("default_type application/octet-stream;"));
    for (const char *d :
         {"proxy_headers_hash_bucket_size 512;", "proxy_headers_hash_max_size 1024;",
          "server_names_hash_bucket_size 512;", "server_names_hash_max_size 1024;",
          "variables_hash_bucket_size 512;", "variables_hash_max_size 1024;", "map_hash_bucket_size 512;",
          "map_hash_max_size 2048;", "sendfile on;", "tcp_nopush on;"})
        w.line(2, QString::fromLatin1(d));
    w.line(2, QStringLiteral("include /etc/nginx/conf.d/*.conf;"));
    if (!profile.plus) {
        w.line(2, QStringLiteral("server {"));
        w.line(4, QStringLiteral("listen unix:/var/run/nginx/nginx-status.sock;"));
        w.line(4, QStringLiteral("access_log off;"));
        w.line(4, QStringLiteral("location /stub_status {"));
        w.line(8, QStringLiteral("stub_status;"));
        w.line(4, QStringLiteral("}"));
        w.line(2, QStringLiteral("}"));
    }
    w.line(QStringLiteral("}"));
    w.line(QStringLiteral("stream {"));
    w.line(2, QStringLiteral("variables_hash_bucket_size 512;"));
    w.line(2, QStringLiteral("variables_hash_max_size 1024;"));
    w.line(2, QStringLiteral("map_hash_max_size 2048;"));
    w.line(2, QStringLiteral("map_hash_bucket_size 256;"));
    w.line(2, QStringLiteral("include /etc/nginx/stream-conf.d/*.conf;"));
    w.line(QStringLiteral("}"));
    return w.take();
}

GeneratedFile ConfigRenderer::streamConf(const Configuration &config)
{
    // NGF generator.go getExecuteFuncs: executeStreamServers (stream_servers_template.go), then
    // executeStreamUpstreams (upstreams_template.go) and executeStreamMaps (maps_template.go).
    FileWriter w(QStringLiteral("/etc/nginx/stream-conf.d/stream.conf"));
    BaseRenderer::resolver(w, config);
    if (!config.streamSplitClients.empty())
        w.line(QStringLiteral("# Split clients configuration for weighted load balancing"),
               config.streamSplitClients.front().sources);
    for (const SplitClients &sc : config.streamSplitClients) {
        w.line(QStringLiteral("split_clients $connection $%1 {").arg(sc.variable), sc.sources);
        for (const SplitClients::Distribution &d : sc.distributions)
            w.line(L1, QStringLiteral("%1% %2;").arg(d.percent, d.value), sc.sources);
        w.line(QStringLiteral("}"), sc.sources);
    }
    for (const StreamServer &s : config.streamServers) {
        const QString pp = s.proxyProtocol ? QStringLiteral(" proxy_protocol") : QString();
        w.line(QStringLiteral("server {"), s.sources);
        if (config.ipFamily != IpFamily::IPv6 || s.isSocket)
            w.line(L1, QStringLiteral("listen %1%2;").arg(s.listen, pp), s.sources);
        if (config.ipFamily != IpFamily::IPv4 && !s.isSocket)
            w.line(L1, QStringLiteral("listen [::]:%1;").arg(s.listen), s.sources);
        for (const QString &a : s.realIpFrom)
            w.line(L1, QStringLiteral("set_real_ip_from %1;").arg(a), {config.realIpSource});
        if (config.profile.plus && !s.statusZone.isEmpty())
            w.line(L1, QStringLiteral("status_zone %1;").arg(s.statusZone), s.sources);
        if (!s.proxyPass.isEmpty())
            w.line(L1, QStringLiteral("proxy_pass %1;").arg(s.proxyPass), s.sources);
        if (!s.target.isEmpty())
            w.line(L1, QStringLiteral("pass %1;").arg(s.target), s.sources);
        if (s.sslPreread)
            w.line(L1, QStringLiteral("ssl_preread on;"), s.sources);
        w.line(QStringLiteral("}"), s.sources);
    }
    // The template's last server, always written: where a port without a route sends connections.
    w.line(QStringLiteral("server {"));
    w.line(L1, QStringLiteral("listen unix:/var/run/nginx/connection-closed-server.sock;"));
    w.line(L1, QStringLiteral("return \"\";"));
    w.line(QStringLiteral("}"));
    for (const StreamUpstream &u : config.streamUpstreams) {
        w.line(QStringLiteral("upstream %1 {").arg(u.name), u.sources);
        w.line(L1, QStringLiteral("random two least_conn;"), u.sources);
        w.line(L1, QStringLiteral("zone %1 %2;").arg(u.name, u.zoneSize), u.sources);
        if (!u.stateFile.isEmpty()) {
            w.line(L1, QStringLiteral("state %1;").arg(u.stateFile), u.sources);
        } else {
            for (const UpstreamServer &s : u.servers)
                w.line(L1,
                       QStringLiteral("server %1%2;")
                           .arg(s.hostPort(), s.resolve ? QStringLiteral(" resolve") : QString()),
                       s.sources);
        }
        w.line(QStringLiteral("}"), u.sources);
    }
    for (const MapBlock &m : config.streamMaps) {
        w.line(QStringLiteral("map %1 %2 {").arg(m.source, m.variable), m.sources);
        if (m.hostnames)
            w.line(QStringLiteral("\thostnames;"), m.sources);
        for (const auto &[value, result] : m.parameters)
            w.line(QStringLiteral("\t%1 %2;").arg(value, result), m.sources);
        w.line(QStringLiteral("}"), m.sources);
    }
    return w.take();
}

void ConfigRenderer::baseHttp(FileWriter &w, const Configuration &config)
{
    if (config.http2)
        w.line(QStringLiteral("http2 on;"));
    BaseRenderer::resolver(w, config);
    BaseRenderer::waf(w, config);
    w.text(QStringLiteral("map $http_host $gw_api_compliant_host {\n"
                          "    '' $host;\n"
                          "    default $http_host;\n"
                          "}\n"
                          "map $http_upgrade $connection_upgrade {\n"
                          "    default upgrade;\n"
                          "    '' close;\n"
                          "}\n"
                          "map $http_upgrade $connection_keepalive {\n"
                          "    default upgrade;\n"
                          "    '' '';\n"
                          "}\n"
                          "map $request_uri $request_uri_path {\n"
                          "  \"~^(?P<path>[^?]*)(\\?.*)?$\"  $path;\n"
                          "}\n"));
    BaseRenderer::readinessServer(w, config);
    BaseRenderer::afterReadiness(w, config);
}

void ConfigRenderer::listen(FileWriter &w, const Configuration &config, const VirtualServer &s,
                            const QString &suffix)
{
    const QString pp = config.proxyProtocol ? QStringLiteral(" proxy_protocol") : QString();
    if (!s.socket.isEmpty()) {
        // An HTTPS server behind a TLS passthrough port: one listen on its socket, whatever the IP family.
        w.line(L1, QStringLiteral("listen %1%2%3;").arg(s.socket, suffix, pp), s.sources);
        return;
    }
    if (config.ipFamily != IpFamily::IPv6)
        w.line(L1, QStringLiteral("listen %1%2%3;").arg(s.port).arg(suffix, pp), s.sources);
    if (config.ipFamily != IpFamily::IPv4)
        w.line(L1, QStringLiteral("listen [::]:%1%2%3;").arg(s.port).arg(suffix, pp), s.sources);
}

void ConfigRenderer::realIp(FileWriter &w, const Configuration &config)
{
    const SourceRefs refs {config.realIpSource};
    for (const QString &a : config.realIpFrom)
        w.line(L1, QStringLiteral("set_real_ip_from ") + a + u';', refs);
    if (!config.realIpHeader.isEmpty())
        w.line(L1, QStringLiteral("real_ip_header ") + config.realIpHeader + u';', refs);
    if (config.realIpRecursive)
        w.line(L1, QStringLiteral("real_ip_recursive on;"), refs);
}

void ConfigRenderer::sslSettings(FileWriter &w, const VirtualServer &s)
{
    // servers_template.go: after ssl_certificate_key, in this order
    const ListenerSsl &ssl = s.sslSettings;
    if (!ssl.protocols.isEmpty())
        w.line(L1, QStringLiteral("ssl_protocols %1;").arg(ssl.protocols), {ssl.protocolsSource});
    if (!ssl.ciphers.isEmpty())
        w.line(L1, QStringLiteral("ssl_ciphers %1;").arg(ssl.ciphers), {ssl.ciphersSource});
    if (ssl.preferServerCiphers)
        w.line(L1, QStringLiteral("ssl_prefer_server_ciphers on;"), {ssl.preferServerCiphersSource});
    if (!ssl.clientCertificate.isEmpty())
        w.line(L1, QStringLiteral("ssl_client_certificate %1;").arg(ssl.clientCertificate),
               {ssl.frontendSource});
    if (!ssl.verifyClient.isEmpty())
        w.line(L1, QStringLiteral("ssl_verify_client %1;").arg(ssl.verifyClient), {ssl.frontendSource});
    if (ssl.requireVerifiedCert) {
        w.line(L1, QStringLiteral("ssl_verify_depth 4;"), {ssl.frontendSource});
        w.line(L1, QStringLiteral("error_page 495 496 = @frontend_tls_verify_failed;"), {ssl.frontendSource});
        w.line(L1, QStringLiteral("location @frontend_tls_verify_failed {"), {ssl.frontendSource});
        w.line(L2, QStringLiteral("return 444;"), {ssl.frontendSource});
        w.line(L1, QStringLiteral("}"), {ssl.frontendSource});
    }
}

void ConfigRenderer::server(FileWriter &w, const Configuration &config, const VirtualServer &s, bool first)
{
    const NgfVersion &v = config.profile.version;
    // NGF's template trims the newline before a leading default SSL server.
    if (first && s.isDefault && s.ssl)
        w.appendToLast(QStringLiteral("server {"), s.sources);
    else
        w.line(QStringLiteral("server {"), s.sources);
    if (s.isDefault) {
        if (s.ssl) {
            listen(w, config, s, QStringLiteral(" ssl default_server"));
            if (s.certificates.empty()) {
                w.line(L1, QStringLiteral("ssl_reject_handshake on;"), s.sources);
            } else {
                for (const CertificateRef &c : s.certificates) {
                    w.line(L1, QStringLiteral("ssl_certificate %1;").arg(c.file), {c.source});
                    w.line(L1, QStringLiteral("ssl_certificate_key %1;").arg(c.file), {c.source});
                }
                sslSettings(w, s);
            }
            realIp(w, config);
        } else {
            listen(w, config, s, QStringLiteral(" default_server"));
            realIp(w, config);
            w.line(L1, QStringLiteral("default_type text/html;"), s.sources);
            w.line(L1, QStringLiteral("return 404;"), s.sources);
        }
        w.line(QStringLiteral("}"), s.sources);
        return;
    }
    if (s.ssl) {
        listen(w, config, s, QStringLiteral(" ssl"));
        for (const CertificateRef &c : s.certificates) {
            w.line(L1, QStringLiteral("ssl_certificate %1;").arg(c.file), {c.source});
            w.line(L1, QStringLiteral("ssl_certificate_key %1;").arg(c.file), {c.source});
        }
        if (!s.certificates.empty())
            sslSettings(w, s);
        if (config.base.disableSNIHostValidation) {
            // NginxProxy disableSNIHostValidation: no 421 check (and no listener-id maps).
        } else if (v.listenerIdMaps()) {
            w.line(L1, QStringLiteral("if ($sni_listener_id_%1 != $host_listener_id_%1) {").arg(s.port),
                   s.sources);
        } else {
            w.line(L1, QStringLiteral("if ($ssl_server_name != $host) {"), s.sources);
        }
        if (!config.base.disableSNIHostValidation) {
            w.line(L2, QStringLiteral("return 421;"), s.sources);
            w.line(L1, QStringLiteral("}"), s.sources);
        }
    } else {
        listen(w, config, s, QString());
    }
    w.line(L1, QStringLiteral("server_name %1;").arg(s.hostname), s.sources);
    if (config.profile.plus)
        w.line(L1, QStringLiteral("status_zone %1;").arg(s.hostname), s.sources);
    // servers.go createServer: the policies' includes, then the SnippetsFilters'.
    for (const Directive &d : s.includes)
        w.line(L1, d.text, d.sources);
    for (const Directive &d : s.snippetIncludes)
        w.line(L1, d.text, d.sources);
    realIp(w, config);
    for (const Location &loc : s.locations) {
        w.line(L1, loc.header() + QStringLiteral(" {"), loc.sources);
        for (const Directive &d : loc.body)
            w.line(L2, d.text, d.sources);
        w.line(L1, QStringLiteral("}"), loc.sources);
    }
    if (s.grpc)
        w.line(L2, QStringLiteral("include /etc/nginx/grpc-error-locations.conf;"), s.sources);
    w.line(QStringLiteral("}"), s.sources);
}

GeneratedFile ConfigRenderer::httpConf(const Configuration &config)
{
    FileWriter w(QStringLiteral("/etc/nginx/conf.d/http.conf"));
    baseHttp(w, config);
    w.line(QStringLiteral("js_preload_object matches from /etc/nginx/conf.d/matches.json;"));
    bool first = true;
    for (const auto *list : {&config.httpServers, &config.sslServers}) {
        for (const VirtualServer &s : *list) {
            server(w, config, s, first);
            first = false;
        }
    }
    for (const char *code : {"503", "500"}) {
        w.line(QStringLiteral("server {"));
        w.line(L1,
               QStringLiteral("listen unix:/var/run/nginx/nginx-%1-server.sock;").arg(QLatin1String(code)));
        w.line(L1, QStringLiteral("access_log off;"));
        w.line(L1, QStringLiteral("return %1;").arg(QLatin1String(code)));
        w.line(QStringLiteral("}"));
    }
    for (const Upstream &u : config.upstreams) {
        w.line(QStringLiteral("upstream %1 {").arg(u.name), u.sources);
        for (const Directive &d : u.body)
            w.line(L1, d.text, d.sources);
        w.line(QStringLiteral("}"), u.sources);
    }
    for (const SplitClients &sc : config.splitClients) {
        w.line(QStringLiteral("split_clients $request_id $%1 {").arg(sc.variable), sc.sources);
        for (const SplitClients::Distribution &d : sc.distributions) {
            const QString text = d.percent == u"*" ? QStringLiteral("* %1;").arg(d.value)
                                                   : QStringLiteral("%1% %2;").arg(d.percent, d.value);
            w.line(L1, d.commentedOut ? QStringLiteral("# ") + text : text, {d.source});
        }
        w.line(QStringLiteral("}"), sc.sources);
    }
    for (const MapBlock &m : config.maps) {
        w.line(QStringLiteral("map %1 %2 {").arg(m.source, m.variable), m.sources);
        if (m.hostnames)
            w.line(QStringLiteral("\thostnames;"), m.sources);
        for (const auto &[value, result] : m.parameters)
            w.line(QStringLiteral("\t%1 %2;").arg(value, result), m.sources);
        w.line(QStringLiteral("}"), m.sources);
    }
    BaseRenderer::telemetry(w, config);
    return w.take();
}

GeneratedFile ConfigRenderer::matchesJson(const Configuration &config)
{
    FileWriter w(QStringLiteral("/etc/nginx/conf.d/matches.json"));
    QString json = QStringLiteral("{");
    SourceRefs sources;
    bool firstKey = true;
    for (const auto &[key, entries] : config.matches) {
        if (!firstKey)
            json += u',';
        firstKey = false;
        json += jsonString(key) + QStringLiteral(":[");
        for (size_t i = 0; i < entries.size(); ++i) {
            const MatchEntry &e = entries[i];
            if (i > 0)
                json += u',';
            json += u'{';
            if (e.method)
                json += QStringLiteral("\"method\":") + jsonString(*e.method) + u',';
            json += QStringLiteral("\"redirectPath\":") + jsonString(e.redirectPath);
            const auto list = [&](const char16_t *name, const QStringList &values) {
                if (values.isEmpty())
                    return;
                json += QStringLiteral(",\"") + QString::fromUtf16(name) + QStringLiteral("\":[");
                for (int k = 0; k < values.size(); ++k)
                    json += (k > 0 ? QStringLiteral(",") : QString()) + jsonString(values[k]);
                json += u']';
            };
            list(u"headers", e.headers);
            list(u"params", e.params);
            if (e.any)
                json += QStringLiteral(",\"any\":true");
            json += u'}';
            sources.push_back(e.source);
        }
        json += u']';
    }
    json += u'}';
    w.line(json, sources);
    return w.take();
}

QString ConfigRenderer::nginxT(const std::vector<GeneratedFile> &files)
{
    QString out;
    for (const GeneratedFile &f : files) {
        out += QStringLiteral("# configuration file ") + f.path + QStringLiteral(":\n");
        out += f.content;
        out += u'\n';
    }
    return out;
}

} // namespace gw::ngf
