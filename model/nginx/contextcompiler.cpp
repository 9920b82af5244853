// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/contextcompiler.h"

#include "nginx/authbasic.h"
#include "nginx/limitreq.h"
#include "nginx/scriptcompiler.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::ContextCompiler)
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

ContextCompiler::ContextCompiler(HttpContext &context, Diagnostics *diagnostics)
    : m_context(context)
    , m_log(diagnostics)
{ }

void ContextCompiler::declareVariables(const std::vector<Directive> &directives)
{
    for (const Directive &d : directives) {
        if ((d.name == "set" || d.name == "js_set" || d.name == "perl_set" || d.name == "js_var") &&
            d.argCount() >= 1 && d.args[0].startsWith('$')) {
            m_context.setVariables.insert(d.args[0].mid(1).toLower());
        }
        if ((d.name == "geo" || d.name == "geoip2") && d.argCount() >= 1)
            m_context.setVariables.insert(d.args.back().mid(1).toLower());
        if (d.block && d.name != "map" && d.name != "split_clients" && d.name != "types")
            declareVariables(d.children);
    }
}

void ContextCompiler::compile(const Config &config)
{
    const Directive *http = config.http();
    if (!http)
        return;
    declareVariables(http->children);
    for (const Directive &d : http->children) {
        if (d.name == "map" && d.block)
            compileMap(d);
        else if (d.name == "split_clients" && d.block)
            compileSplitClients(d);
        else if (d.name == "js_import" || d.name == "js_preload_object")
            compileJs(d, config);
        else if (d.name == "proxy_set_header" && d.argCount() == 2) {
            HeaderSetting h;
            h.name = d.args[0];
            m_log.compileValue(d, 1, &h.value);
            m_httpHeaders.push_back(h);
        }
    }

    m_context.upstreams = config.upstreams();
    for (size_t i = 0; i < m_context.upstreams.size(); ++i) {
        const QByteArray key = m_context.upstreams[i].name.toUtf8().toLower();
        if (m_context.upstreamIndex.contains(key)) {
            const Directive *dup = nullptr;
            for (const Directive &d : http->children) {
                if (d.name == "upstream" && d.location == m_context.upstreams[i].location)
                    dup = &d;
            }
            if (dup)
                m_log.error(*dup, Tr::tr("duplicate upstream \"%1\"").arg(m_context.upstreams[i].name));
            continue;
        }
        m_context.upstreamIndex.insert(key, int(i));
    }

    const AuthBasicSetting httpAuth = AuthBasic::compile(m_log, config, http->children, {});
    for (const Directive &d : http->children) {
        if (d.name == "limit_req_zone")
            LimitReq::compileZone(m_log, d, m_context);
    }
    const LimitReqSetting httpLimitReq = LimitReq::compile(m_log, m_context, http->children, {});
    ScriptCompiler scripts(m_log, config, m_httpHeaders, httpAuth, &m_context, &httpLimitReq);
    int index = 0;
    for (const Directive &d : http->children) {
        if (d.name != "server" || !d.block)
            continue;
        std::unique_ptr<Server> server = scripts.compileServer(d, index);
        bool hasListen = false;
        for (const Directive &c : d.children) {
            if (c.name == "listen") {
                hasListen = true;
                compileListen(c, index);
            }
        }
        if (!hasListen) {
            ListenEntry e; // "listen *:80" when a server has none
            e.server = index;
            e.directive = &d;
            m_listens.push_back(e);
        }
        m_context.servers.push_back(std::move(server));
        ++index;
    }
    for (const auto &server : m_context.servers) {
        for (const QByteArray &name : server->names) {
            if (name.startsWith('~'))
                m_log.declareCaptures(QByteArrayView(name).sliced(1));
        }
    }
    finishSockets();
    checkVariables();
}

void ContextCompiler::compileJs(const Directive &d, const Config &config)
{
    if (d.argCount() != 1 && !(d.argCount() == 3 && d.args[1] == "from")) {
        m_log.error(d, Tr::tr("invalid number of arguments in \"%1\" directive").arg(d.nameText()));
        return;
    }
    const QByteArray path = d.args.back();
    QByteArray name;
    if (d.argCount() == 3) {
        name = d.args[0];
    } else {
        name = path.mid(path.lastIndexOf('/') + 1);
        const qsizetype dot = name.lastIndexOf('.');
        if (dot > 0)
            name.truncate(dot);
    }
    const QString full = config.fullName(text(path));
    if (d.name == "js_import") {
        m_context.jsModules.insert(name, full.toUtf8());
        return;
    }
    const FileSet::File *file = config.files().file(full);
    HttpMatches object;
    if (!file) {
        m_log.error(d, Tr::tr("failed to open file \"%1\" of js_preload_object \"%2\"").arg(full, text(name)),
                    d.argCount() - 1);
    } else {
        QString message;
        if (!object.load(file->content, &message))
            m_log.error(d,
                        Tr::tr("failed to parse \"%1\" of js_preload_object \"%2\": %3")
                            .arg(full, text(name), message),
                        d.argCount() - 1);
    }
    m_context.jsObjects[name] = object;
}

bool ContextCompiler::declareResult(const Directive &d, ComplexValue *source, QByteArray *variable)
{
    // `map SOURCE $VAR` and `split_clients SOURCE $VAR`.
    m_log.compileValue(d, 0, source);
    if (!d.args[1].startsWith('$') || d.args[1].size() < 2) {
        m_log.error(d, Tr::tr("invalid variable name \"%1\"").arg(d.arg(1)), 1);
        return false;
    }
    *variable = d.args[1].mid(1).toLower();
    // A second map or split_clients for the same variable silently replaces the first in nginx.
    if (m_context.mapIndex.remove(*variable) + m_context.splitIndex.remove(*variable) > 0)
        m_log.warning(
            d, Tr::tr("$%1 is defined again: this definition replaces the earlier one").arg(text(*variable)),
            1);
    return true;
}

void ContextCompiler::compileMap(const Directive &d)
{
    MapBlock map;
    map.directive = &d;
    if (!declareResult(d, &map.source, &map.variable))
        return;
    map.compileEntries(m_log, d);
    m_context.mapIndex.insert(map.variable, int(m_context.maps.size()));
    m_context.maps.push_back(std::move(map));
}

void ContextCompiler::compileSplitClients(const Directive &d)
{
    SplitClients split;
    split.location = d.location;
    if (!declareResult(d, &split.key, &split.variable))
        return;
    for (const Directive &line : d.children) {
        if (line.argCount() != 1) {
            m_log.error(line, Tr::tr("invalid number of arguments in split_clients line"));
            continue;
        }
        QString message;
        if (!split.addPart(line.name, line.args[0], line.location, &message))
            m_log.error(line, message);
    }
    QString message;
    if (!split.finish(&message)) {
        Directive end = d; // nginx reports the total when the block has been read: at its '}'
        end.location = d.endLocation;
        end.argLocations.clear();
        m_log.error(end, message);
    }
    m_context.splitIndex.insert(split.variable, int(m_context.splits.size()));
    m_context.splits.push_back(std::move(split));
}

void ContextCompiler::compileListen(const Directive &d, int server)
{
    ListenEntry e;
    e.server = server;
    e.directive = &d;
    const QByteArray addr = d.args[0];
    auto invalidPort = [&]() {
        m_log.error(d, Tr::tr("invalid port in \"%1\" of the \"listen\" directive").arg(d.arg(0)), 0);
    };
    auto parsePort = [&](QByteArrayView p) -> int {
        bool ok = false;
        const int port = p.toByteArray().toInt(&ok);
        return ok && port >= 1 && port <= 65535 ? port : -1;
    };
    if (addr.startsWith("unix:")) {
        e.family = ListenSocket::Family::Unix;
        e.unixPath = addr.mid(5);
        e.port = 0;
    } else if (addr.startsWith('[')) {
        const qsizetype close = addr.indexOf(']');
        const auto a = close > 0 ? NetAddress::parse(addr.mid(1, close - 1)) : std::nullopt;
        if (!a || !a->v6) {
            m_log.error(d, Tr::tr("invalid IPv6 address in \"%1\" of the \"listen\" directive").arg(d.arg(0)),
                        0);
            return;
        }
        e.family = ListenSocket::Family::Inet6;
        e.address = *a;
        if (close + 1 < addr.size()) {
            if (addr[close + 1] != ':' || (e.port = parsePort(addr.mid(close + 2))) < 0)
                return invalidPort();
        }
    } else {
        const qsizetype colon = addr.lastIndexOf(':');
        QByteArray host = colon >= 0 ? addr.left(colon) : addr;
        QByteArray port = colon >= 0 ? addr.mid(colon + 1) : QByteArray();
        bool digits = !addr.isEmpty();
        for (char c : addr)
            digits = digits && c >= '0' && c <= '9';
        if (digits) {
            host = "*";
            port = addr;
        }
        if (!port.isEmpty() || colon >= 0) {
            if ((e.port = parsePort(port)) < 0)
                return invalidPort();
        }
        if (host == "*" || host.isEmpty()) {
            e.address = {};
        } else if (host == "localhost") {
            e.address = *NetAddress::parse("127.0.0.1");
        } else if (const auto a = NetAddress::parse(host)) {
            e.address = *a;
        } else {
            m_log.error(d, Tr::tr("host not found in \"%1\" of the \"listen\" directive").arg(d.arg(0)), 0);
            return;
        }
    }
    for (int i = 1; i < d.argCount(); ++i) {
        const QByteArray &p = d.args[size_t(i)];
        if (p == "default_server" || p == "default")
            e.defaultServer = true;
        else if (p == "ssl")
            e.ssl = true;
        else if (p == "http2" || p == "quic" || p == "proxy_protocol" || p == "reuseport" ||
                 p == "deferred" || p == "bind" || p.startsWith("ipv6only=") ||
                 p.startsWith("so_keepalive=") || p.startsWith("backlog=") || p.startsWith("rcvbuf=") ||
                 p.startsWith("sndbuf=") || p.startsWith("setfib=") || p.startsWith("fastopen=") ||
                 p.startsWith("accept_filter="))
            continue;
        else
            m_log.error(d, Tr::tr("invalid parameter \"%1\"").arg(text(p)), i);
    }
    m_listens.push_back(e);
}

void ContextCompiler::finishSockets()
{
    for (const ListenEntry &e : m_listens) {
        ListenSocket *socket = nullptr;
        for (ListenSocket &s : m_context.sockets) {
            const bool same = s.family == e.family && s.port == e.port &&
                (e.family == ListenSocket::Family::Unix ? s.unixPath == e.unixPath : s.address == e.address);
            if (same)
                socket = &s;
        }
        if (!socket) {
            ListenSocket s;
            s.family = e.family;
            s.address = e.address;
            s.address.v6 = e.family == ListenSocket::Family::Inet6;
            s.unixPath = e.unixPath;
            s.port = e.port;
            s.directive = e.directive;
            s.defaultServer = e.server;
            m_context.sockets.push_back(s);
            socket = &m_context.sockets.back();
        }
        if (std::find(socket->servers.begin(), socket->servers.end(), e.server) != socket->servers.end()) {
            m_log.error(*e.directive, Tr::tr("a duplicate listen %1").arg(text(socket->text())));
            continue;
        }
        socket->servers.push_back(e.server);
        socket->ssl = socket->ssl || e.ssl;
        if (e.defaultServer) {
            if (socket->defaultMarked) {
                m_log.error(*e.directive,
                            Tr::tr("a duplicate default server for %1").arg(text(socket->text())));
                continue;
            }
            socket->defaultMarked = true;
            socket->defaultServer = e.server;
        }
    }
    for (ListenSocket &socket : m_context.sockets) {
        for (int s : socket.servers) {
            const Server &server = *m_context.servers[size_t(s)];
            const auto problems = socket.names.addServer(s, server.names);
            for (const ServerNames::Problem &p : problems) {
                const Directive *where = server.directive;
                for (const Directive &c : server.directive->children) {
                    if (c.name == "server_name")
                        where = &c;
                }
                const QString message = p.message + Tr::tr(" on %1").arg(text(socket.text()));
                if (p.error)
                    m_log.error(*where, message);
                else
                    m_log.warning(*where, message);
            }
        }
    }
}

void ContextCompiler::checkVariables()
{
    for (const QByteArray &name : m_log.captureNames())
        m_context.captureNames.insert(name);
    for (const CompileLog::VariableUse &use : m_log.uses()) {
        if (!m_context.knowsVariable(use.name))
            m_log.error(*use.directive, Tr::tr("unknown \"%1\" variable").arg(text(use.name)), use.arg);
    }
}

} // namespace gw::nginx
