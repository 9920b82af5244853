// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/httpcontext.h"

#include "nginx/contextcompiler.h"

namespace gw::nginx {

QString Location::modifierText() const
{
    switch (modifier) {
    case Modifier::Prefix:
        return {};
    case Modifier::Exact:
        return QStringLiteral("=");
    case Modifier::NoRegex:
        return QStringLiteral("^~");
    case Modifier::Regex:
        return QStringLiteral("~");
    case Modifier::RegexCaseless:
        return QStringLiteral("~*");
    case Modifier::Named:
        return QStringLiteral("@");
    case Modifier::If:
        return QStringLiteral("if");
    }
    return {};
}

QByteArray ListenSocket::text() const
{
    switch (family) {
    case Family::Unix:
        return "unix:" + unixPath;
    case Family::Inet6:
        return '[' + address.toText() + "]:" + QByteArray::number(port);
    case Family::Inet:
        break;
    }
    return address.toText() + ':' + QByteArray::number(port);
}

std::shared_ptr<const HttpContext> HttpContext::compile(const Config &config, const Options &options,
                                                        Diagnostics *diagnostics)
{
    auto context = std::make_shared<HttpContext>();
    context->config = std::make_shared<const Config>(config);
    context->nginxVersion = options.nginxVersion;
    ContextCompiler compiler(*context, diagnostics);
    compiler.compile(*context->config);
    return context;
}

const ListenSocket *HttpContext::unixSocket(const QByteArray &path) const
{
    for (const ListenSocket &s : sockets) {
        if (s.family == ListenSocket::Family::Unix && s.unixPath == path)
            return &s;
    }
    return nullptr;
}

const UpstreamBlock *HttpContext::upstream(const QByteArray &name) const
{
    const auto it = upstreamIndex.constFind(name.toLower());
    return it == upstreamIndex.constEnd() ? nullptr : &upstreams[size_t(*it)];
}

bool HttpContext::knowsVariable(const QByteArray &name) const
{
    static const QSet<QByteArray> builtin = {
        "args",
        "arg",
        "binary_remote_addr",
        "body_bytes_sent",
        "bytes_sent",
        "connection",
        "connection_requests",
        "connection_time",
        "content_length",
        "content_type",
        "document_root",
        "document_uri",
        "host",
        "hostname",
        "https",
        "is_args",
        "limit_rate",
        "msec",
        "nginx_version",
        "pid",
        "pipe",
        "proxy_add_x_forwarded_for",
        "proxy_host",
        "proxy_port",
        "proxy_protocol_addr",
        "proxy_protocol_port",
        "proxy_protocol_server_addr",
        "proxy_protocol_server_port",
        "query_string",
        "realpath_root",
        "remote_addr",
        "remote_port",
        "remote_user",
        "request",
        "request_body",
        "request_body_file",
        "request_completion",
        "request_filename",
        "request_id",
        "request_length",
        "request_method",
        "request_time",
        "request_uri",
        "scheme",
        "server_addr",
        "server_name",
        "server_port",
        "server_protocol",
        "status",
        "time_iso8601",
        "time_local",
        "uri",
        "http2",
        "http3",
        "gzip_ratio",
        "invalid_referer",
        "secure_link",
        "secure_link_expires",
        "date_local",
        "date_gmt",
        "fastcgi_script_name",
        "fastcgi_path_info",
        "grpc_host",
        "uid_got",
        "uid_set",
        "uid_reset",
        "realip_remote_addr",
        "realip_remote_port",
        "limit_conn_status",
        "limit_req_status",
        "mirror",
        "ancient_browser",
        "modern_browser",
        "msie",
        "memcached_key",
        "embedded_variable",
        "tcpinfo_rtt",
        "tcpinfo_rttvar",
        "tcpinfo_snd_cwnd",
        "tcpinfo_rcv_space",
    };
    static const char *const prefixes[] = {
        "http_", "arg_", "cookie_", "sent_http_",          "sent_trailer_", "upstream_",
        "ssl_",  "jwt_", "geoip_",  "proxy_protocol_tlv_", "otel_",         "js_"};
    if (builtin.contains(name) || mapIndex.contains(name) || splitIndex.contains(name) ||
        setVariables.contains(name) || captureNames.contains(name))
        return true;
    for (const char *p : prefixes) {
        if (name.startsWith(p) && name.size() > qsizetype(qstrlen(p)))
            return true;
    }
    return false;
}

} // namespace gw::nginx
