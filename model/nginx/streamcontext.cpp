// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/streamcontext.h"

#include "nginx/compilelog.h"

#include <QCoreApplication>
#include <QSet>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::StreamContext)
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

/** ngx_stream_core_listen(): the address part and the `udp` parameter; other parameters are kept aside. */
bool parseListen(CompileLog &log, const Directive &d, StreamListen *out)
{
    out->directive = &d;
    const QByteArray addr = d.args[0];
    const auto port = [](QByteArrayView p) {
        bool ok = false;
        const int n = p.toByteArray().toInt(&ok);
        return ok && n >= 1 && n <= 65535 ? n : -1;
    };
    const auto invalid = [&]() {
        log.error(d, Tr::tr("invalid port in \"%1\" of the \"listen\" directive").arg(d.arg(0)), 0);
        return false;
    };
    if (addr.startsWith("unix:")) {
        out->family = StreamListen::Family::Unix;
        out->unixPath = addr.mid(5);
    } else if (addr.startsWith('[')) {
        const qsizetype close = addr.indexOf(']');
        const auto a = close > 0 ? NetAddress::parse(addr.mid(1, close - 1)) : std::nullopt;
        if (!a || !a->v6 || close + 1 >= addr.size() || addr[close + 1] != ':') {
            log.error(
                d,
                Tr::tr("invalid IPv6 address or no port in \"%1\" of the \"listen\" directive").arg(d.arg(0)),
                0);
            return false;
        }
        out->family = StreamListen::Family::Inet6;
        out->address = *a;
        out->port = port(QByteArrayView(addr).sliced(close + 2));
    } else {
        const qsizetype colon = addr.lastIndexOf(':');
        if (colon < 0) {
            out->port = port(addr);
            out->address = *NetAddress::parse("0.0.0.0");
        } else {
            const auto a = NetAddress::parse(addr.left(colon));
            if (!a) {
                log.error(d, Tr::tr("host not found in \"%1\" of the \"listen\" directive").arg(d.arg(0)), 0);
                return false;
            }
            out->address = *a;
            out->port = port(QByteArrayView(addr).sliced(colon + 1));
        }
    }
    if (out->family != StreamListen::Family::Unix && out->port < 0)
        return invalid();
    for (int i = 1; i < d.argCount(); ++i) {
        if (d.args[size_t(i)] == "udp")
            out->udp = true;
    }
    return true;
}

} // namespace

QByteArray StreamListen::text() const
{
    QByteArray t;
    if (family == Family::Unix)
        t = "unix:" + unixPath;
    else if (family == Family::Inet6)
        t = '[' + address.toText() + "]:" + QByteArray::number(port);
    else
        t = address.toText() + ':' + QByteArray::number(port);
    return udp ? t + " udp" : t;
}

std::shared_ptr<const StreamContext> StreamContext::compile(const Config &source, Diagnostics *diagnostics)
{
    auto context = std::make_shared<StreamContext>();
    // The compiled servers point into the directive tree: the context keeps its own copy.
    context->config = std::make_shared<const Config>(source);
    const Config &config = *context->config;
    if (const Directive *http = config.http()) {
        for (const Directive &server : http->children) {
            if (server.name != "server" || !server.block)
                continue;
            for (const Directive &c : server.children) {
                if (c.name == "listen" && c.argCount() >= 1 && c.args[0].startsWith("unix:"))
                    context->httpSockets.insert(c.args[0].mid(5));
            }
        }
    }
    const Directive *stream = config.stream();
    if (!stream)
        return context;
    context->present = true;
    CompileLog log(diagnostics);
    QSet<QByteArray> declared;
    for (const Directive &d : stream->children) {
        if ((d.name == "map" || d.name == "split_clients") && d.block && d.argCount() == 2 &&
            d.args[1].startsWith('$'))
            declared.insert(d.args[1].mid(1).toLower());
        if (d.name == "server" && d.block) {
            for (const Directive &c : d.children) {
                if (c.name == "set" && c.argCount() >= 1 && c.args[0].startsWith('$'))
                    declared.insert(c.args[0].mid(1).toLower());
            }
        }
    }
    for (const Directive &d : stream->children) {
        if (!d.block || d.argCount() != 2 || (d.name != "map" && d.name != "split_clients"))
            continue;
        const QByteArray variable = d.args[1].mid(1).toLower();
        ComplexValue source;
        log.compileValue(d, 0, &source);
        // A second map or split_clients for the same variable replaces the first, as in nginx.
        context->mapIndex.remove(variable);
        context->splitIndex.remove(variable);
        if (d.name == "map") {
            MapBlock map;
            map.directive = &d;
            map.source = source;
            map.variable = variable;
            map.compileEntries(log, d);
            context->mapIndex.insert(variable, int(context->maps.size()));
            context->maps.push_back(std::move(map));
            continue;
        }
        SplitClients split;
        split.location = d.location;
        split.key = source;
        split.variable = variable;
        for (const Directive &line : d.children) {
            QString message;
            if (line.argCount() != 1)
                log.error(line, Tr::tr("invalid number of arguments in split_clients line"));
            else if (!split.addPart(line.name, line.args[0], line.location, &message))
                log.error(line, message);
        }
        QString message;
        if (!split.finish(&message))
            log.error(d, message);
        context->splitIndex.insert(variable, int(context->splits.size()));
        context->splits.push_back(std::move(split));
    }

    context->upstreams = config.streamUpstreams();
    for (size_t i = 0; i < context->upstreams.size(); ++i)
        context->upstreamIndex.insert(context->upstreams[i].name.toUtf8().toLower(), int(i));

    for (const Directive &d : stream->children) {
        if (d.name != "server" || !d.block)
            continue;
        StreamServer server;
        server.index = int(context->servers.size());
        server.directive = &d;
        for (const Directive &c : d.children) {
            if (c.name == "listen" && c.argCount() >= 1) {
                StreamListen listen;
                if (parseListen(log, c, &listen))
                    server.listens.push_back(listen);
            } else if (c.name == "ssl_preread" && c.argCount() == 1) {
                server.sslPreread = c.args[0] == "on";
            } else if ((c.name == "pass" || c.name == "proxy_pass" || c.name == "return") &&
                       c.argCount() == 1) {
                if (server.handler != StreamServer::Handler::None) {
                    log.error(c, Tr::tr("\"%1\" directive is duplicate").arg(c.nameText()));
                    continue;
                }
                server.handler = c.name == "pass" ? StreamServer::Handler::Pass
                    : c.name == "proxy_pass"      ? StreamServer::Handler::ProxyPass
                                                  : StreamServer::Handler::Return;
                server.handlerDirective = &c;
                log.compileValue(c, 0, &server.value);
            }
        }
        if (server.listens.empty())
            log.error(d, Tr::tr("no \"listen\" is defined for server"));
        if (server.handler == StreamServer::Handler::None)
            log.error(d, Tr::tr("no handler for server"));
        context->servers.push_back(std::move(server));
    }

    // nginx binds every address once: a second server on the same address is an error.
    QHash<QByteArray, int> bound;
    for (const StreamServer &s : context->servers) {
        for (const StreamListen &l : s.listens) {
            const QByteArray key = l.text();
            if (bound.contains(key))
                log.error(*l.directive, Tr::tr("duplicate \"%1\" address and port pair").arg(text(key)), 0);
            bound.insert(key, s.index);
        }
    }
    for (const CompileLog::VariableUse &use : log.uses()) {
        if (!context->knowsVariable(use.name) && !declared.contains(use.name))
            log.error(*use.directive, Tr::tr("unknown \"%1\" variable").arg(text(use.name)), use.arg);
    }
    return context;
}

int StreamContext::serverFor(int port, bool udp, bool v6, const std::optional<NetAddress> &local) const
{
    int wildcard = -1;
    int first = -1;
    for (const StreamServer &s : servers) {
        for (const StreamListen &l : s.listens) {
            if (l.family == StreamListen::Family::Unix || l.port != port || l.udp != udp ||
                (l.family == StreamListen::Family::Inet6) != v6)
                continue;
            if (local && l.address == *local)
                return s.index;
            if (l.address.isAny() && wildcard < 0)
                wildcard = s.index;
            if (first < 0)
                first = s.index;
        }
    }
    // Without a local address, a listen on a specific address of the family will do (the connection
    // is taken to have gone there).
    return wildcard >= 0 ? wildcard : local ? -1 : first;
}

int StreamContext::serverForUnix(const QByteArray &path) const
{
    for (const StreamServer &s : servers) {
        for (const StreamListen &l : s.listens) {
            if (l.family == StreamListen::Family::Unix && l.unixPath == path)
                return s.index;
        }
    }
    return -1;
}

const UpstreamBlock *StreamContext::upstream(const QByteArray &name) const
{
    const int i = upstreamIndex.value(name.toLower(), -1);
    return i >= 0 ? &upstreams[size_t(i)] : nullptr;
}

bool StreamContext::knowsVariable(const QByteArray &name) const
{
    // ngx_stream_variables.c, ngx_stream_ssl_preread_module.c, ngx_stream_realip_module.c,
    // ngx_stream_upstream.c.
    static const QSet<QByteArray> builtin = {
        "binary_remote_addr",
        "bytes_received",
        "bytes_sent",
        "connection",
        "hostname",
        "msec",
        "nginx_version",
        "pid",
        "protocol",
        "proxy_protocol_addr",
        "proxy_protocol_port",
        "proxy_protocol_server_addr",
        "proxy_protocol_server_port",
        "realip_remote_addr",
        "realip_remote_port",
        "remote_addr",
        "remote_port",
        "server_addr",
        "server_port",
        "session_time",
        "ssl_preread_alpn_protocols",
        "ssl_preread_protocol",
        "ssl_preread_server_name",
        "status",
        "time_iso8601",
        "time_local",
        "upstream_addr",
        "upstream_bytes_received",
        "upstream_bytes_sent",
        "upstream_connect_time",
        "upstream_first_byte_time",
        "upstream_session_time",
    };
    return builtin.contains(name) || mapIndex.contains(name) || splitIndex.contains(name);
}

} // namespace gw::nginx
