// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/streamrouter.h"

#include "nginx/streamcontext.h"

#include <QCoreApplication>
#include <QSet>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::StreamRouter)
};

QString str(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

/** The variables of one stream session (ngx_stream_variables.c), maps and splits cached as nginx does. */
class Session
{
public:
    Session(const StreamContext &context, StreamResult &result, bool trace)
        : m_context(context)
        , m_result(result)
        , m_trace(trace)
    { }

    QByteArray remoteAddr, remotePort, serverAddr, serverPort, protocol, connection, sni;
    QByteArray binaryRemoteAddr;

    QByteArray variable(const QByteArray &name)
    {
        if (name == "remote_addr" || name == "realip_remote_addr")
            return remoteAddr;
        if (name == "binary_remote_addr")
            return binaryRemoteAddr;
        if (name == "remote_port" || name == "realip_remote_port")
            return remotePort;
        if (name == "server_addr")
            return serverAddr;
        if (name == "server_port")
            return serverPort;
        if (name == "protocol")
            return protocol;
        if (name == "connection")
            return connection;
        if (name == "ssl_preread_server_name")
            return sni;
        if (name == "nginx_version")
            return QByteArrayLiteral("1.29.0");
        if (const auto cached = m_cache.constFind(name); cached != m_cache.constEnd())
            return *cached;
        QByteArray value;
        if (const int m = m_context.mapIndex.value(name, -1); m >= 0) {
            if (m_busy.contains(name))
                return {};
            m_busy.insert(name);
            const MapBlock &map = m_context.maps[size_t(m)];
            const QByteArray source = map.source.evaluate(*this);
            QString how;
            Captures captures;
            const ComplexValue *entry = map.find(source, &how, &captures);
            m_captures = captures;
            value = entry ? entry->evaluate(*this) : QByteArray();
            m_busy.remove(name);
            note(TraceStep::Kind::Variable,
                 Tr::tr("map %1 = \"%2\" -> $%3 = \"%4\" (%5)")
                     .arg(str(map.source.source()), str(source), str(name), str(value),
                          how.isEmpty() ? Tr::tr("no match") : how),
                 map.directive ? map.directive->location : SourceLocation());
        } else if (const int s = m_context.splitIndex.value(name, -1); s >= 0) {
            const SplitClients &split = m_context.splits[size_t(s)];
            const QByteArray key = split.key.evaluate(*this);
            const SplitClients::Choice choice = split.choose(key);
            value = choice.value;
            note(TraceStep::Kind::Variable,
                 Tr::tr("split_clients %1 = \"%2\": MurmurHash2 %3 -> $%4 = \"%5\"")
                     .arg(str(split.key.source()), str(key))
                     .arg(choice.hash)
                     .arg(str(name), str(value)),
                 split.location);
        }
        m_cache.insert(name, value);
        return value;
    }
    QByteArray capture(int n) const { return m_captures.group(n); }

    void note(TraceStep::Kind kind, const QString &message, const SourceLocation &location = {})
    {
        if (m_trace)
            m_result.trace.push_back({kind, message, location});
    }

private:
    const StreamContext &m_context;
    StreamResult &m_result;
    bool m_trace;
    QHash<QByteArray, QByteArray> m_cache;
    QSet<QByteArray> m_busy;
    Captures m_captures;
};

} // namespace

StreamRouter::StreamRouter()
    : m_context(std::make_shared<StreamContext>())
{ }

StreamRouter::StreamRouter(const Config &config)
{
    m_context = StreamContext::compile(config, &m_diagnostics); // m_diagnostics exists only now
}

StreamRouter::~StreamRouter() = default;

bool StreamRouter::isPresent() const
{
    return m_context->present;
}

bool StreamRouter::listens(int port, bool udp) const
{
    return m_context->serverFor(port, udp, false, std::nullopt) >= 0 ||
        m_context->serverFor(port, udp, true, std::nullopt) >= 0;
}

const std::vector<UpstreamBlock> &StreamRouter::upstreams() const
{
    return m_context->upstreams;
}

StreamResult StreamRouter::route(const StreamConnection &c, bool trace) const
{
    StreamResult result;
    const StreamContext &ctx = *m_context;
    const auto client = NetAddress::parse(c.clientAddress.toUtf8());
    std::optional<NetAddress> local;
    if (!c.serverAddress.isEmpty())
        local = NetAddress::parse(c.serverAddress.toUtf8());
    const bool v6 = local ? local->v6 : (client && client->v6);

    Session session(ctx, result, trace);
    session.remoteAddr = client ? client->toText() : c.clientAddress.toUtf8();
    session.binaryRemoteAddr = client ? client->binary() : QByteArray();
    session.remotePort = c.clientPort > 0 ? QByteArray::number(c.clientPort) : QByteArray();
    session.protocol = c.udp ? "UDP" : "TCP";
    session.connection = QByteArray::number(c.number);

    int server = ctx.serverFor(c.port, c.udp, v6, local);
    if (server < 0) {
        result.kind = StreamResult::Kind::Refused;
        result.error = Tr::tr("no stream server listens on %1 port %2%3")
                           .arg(c.serverAddress.isEmpty() ? Tr::tr("any address") : c.serverAddress)
                           .arg(c.port)
                           .arg(c.udp ? QStringLiteral(" udp") : QString());
        session.note(TraceStep::Kind::Connection, result.error);
        return result;
    }
    QByteArray listenText;
    for (const StreamListen &l : ctx.servers[size_t(server)].listens) {
        if (l.family != StreamListen::Family::Unix && l.port == c.port && l.udp == c.udp &&
            (l.family == StreamListen::Family::Inet6) == v6 &&
            (!local || l.address == *local || l.address.isAny()) && listenText.isEmpty())
            listenText = l.text();
    }
    session.serverPort = QByteArray::number(c.port);
    session.serverAddr = local ? local->toText() : (v6 ? QByteArray("::1") : QByteArray("127.0.0.1"));
    bool prereadDone = false;

    // At most 10 hops: a configuration whose sockets pass to each other would loop forever in nginx too
    // (each hop a new accept); the simulation stops and says so.
    for (int hop = 0; hop < 10; ++hop) {
        const StreamServer &s = ctx.servers[size_t(server)];
        StreamHop h;
        h.server = server;
        h.listen = str(listenText);
        h.location = s.directive->location;
        session.note(TraceStep::Kind::Connection,
                     Tr::tr("%1 connection on %2: stream server %3")
                         .arg(c.udp ? QStringLiteral("UDP") : QStringLiteral("TCP"), h.listen)
                         .arg(server),
                     h.location);
        if (s.sslPreread && !prereadDone) {
            // ngx_stream_ssl_preread_handler(): a ClientHello's server_name; anything else is not a
            // handshake and leaves the variable empty.
            prereadDone = true;
            session.sni = c.tls ? c.sni.toUtf8() : QByteArray();
            result.sslPrereadServerName = str(session.sni);
            session.note(TraceStep::Kind::Connection,
                         !c.tls
                             ? Tr::tr("ssl_preread: not a TLS handshake, $ssl_preread_server_name is empty")
                             : c.sni.isEmpty() ? Tr::tr("ssl_preread: ClientHello without SNI")
                                               : Tr::tr("ssl_preread: SNI \"%1\"").arg(c.sni));
        }
        if (!s.handlerDirective) {
            result.kind = StreamResult::Kind::Error;
            result.status = 500;
            result.error = Tr::tr("no handler for server");
            result.hops.push_back(h);
            return result;
        }
        const QByteArray value = s.value.evaluate(session);
        h.handler = s.handlerDirective->nameText() + u' ' + s.handlerDirective->arg(0);
        h.value = str(value);
        h.handlerLocation = s.handlerDirective->location;
        result.hops.push_back(h);

        if (s.handler == StreamServer::Handler::Return) {
            result.kind = StreamResult::Kind::Return;
            result.status = 200;
            result.returned = value;
            session.note(TraceStep::Kind::Response,
                         Tr::tr("return \"%1\": sent, connection closed").arg(str(value)),
                         s.handlerDirective->location);
            return result;
        }
        const bool pass = s.handler == StreamServer::Handler::Pass;
        if (value.isEmpty()) {
            // ngx_parse_url() of an empty value fails: the session ends with 500.
            result.kind = StreamResult::Kind::Error;
            result.status = 500;
            result.error =
                Tr::tr("%1 \"\": no host, the connection is closed").arg(s.handlerDirective->nameText());
            session.note(TraceStep::Kind::Response, result.error, s.handlerDirective->location);
            return result;
        }
        if (value.startsWith("unix:")) {
            const QByteArray path = value.mid(5);
            const int next = ctx.serverForUnix(path);
            if (next >= 0 || ctx.httpSockets.contains(path)) {
                if (!pass)
                    result.connectionsUsed += 2; // nginx connects (one number) and accepts (another)
                if (next < 0) {
                    result.kind = StreamResult::Kind::Http;
                    result.httpSocket = str(value);
                    result.passed = pass;
                    session.note(
                        TraceStep::Kind::Proxy,
                        Tr::tr("%1 to the http listener %2").arg(s.handlerDirective->nameText(), str(value)),
                        s.handlerDirective->location);
                    return result;
                }
                session.note(TraceStep::Kind::Proxy,
                             Tr::tr("%1 to stream server %2 on %3")
                                 .arg(s.handlerDirective->nameText())
                                 .arg(next)
                                 .arg(str(value)),
                             s.handlerDirective->location);
                server = next;
                listenText = value;
                if (!pass) {
                    session.remoteAddr = "unix:";
                    session.binaryRemoteAddr.clear();
                    session.remotePort.clear();
                    session.connection = QByteArray::number(c.number + quint64(result.connectionsUsed) - 1);
                }
                session.serverAddr = "unix:";
                session.serverPort.clear();
                continue;
            }
            if (pass) {
                result.kind = StreamResult::Kind::Error;
                result.status = 500;
                result.error = Tr::tr("pass %1: no listen of this configuration").arg(str(value));
                session.note(TraceStep::Kind::Response, result.error, s.handlerDirective->location);
                return result;
            }
        }
        if (pass) {
            // An address of another listener of this configuration (not modelled beyond unix sockets).
            result.kind = StreamResult::Kind::Error;
            result.status = 500;
            result.error =
                Tr::tr("pass %1: only unix sockets of this configuration are followed").arg(str(value));
            session.note(TraceStep::Kind::Response, result.error, s.handlerDirective->location);
            return result;
        }
        result.kind = StreamResult::Kind::Proxy;
        result.target = str(value);
        if (const UpstreamBlock *u = ctx.upstream(value)) {
            result.upstream = u->name;
            session.note(TraceStep::Kind::Proxy, Tr::tr("proxy_pass to upstream %1").arg(u->name),
                         s.handlerDirective->location);
        } else if (!s.value.isLiteral() && !value.startsWith("unix:") &&
                   !NetAddress::parse(value.left(value.lastIndexOf(':'))) && !value.startsWith('[')) {
            // ngx_stream_proxy_eval(): a name that is no upstream needs a resolver.
            result.kind = StreamResult::Kind::Error;
            result.status = 502;
            result.error = Tr::tr("no resolver defined to resolve %1").arg(str(value));
            session.note(TraceStep::Kind::Response, result.error, s.handlerDirective->location);
        } else {
            session.note(TraceStep::Kind::Proxy, Tr::tr("proxy_pass to %1").arg(str(value)),
                         s.handlerDirective->location);
        }
        return result;
    }
    result.kind = StreamResult::Kind::Error;
    result.status = 500;
    result.error = Tr::tr("more than 10 passes between this configuration's sockets");
    session.note(TraceStep::Kind::Response, result.error);
    return result;
}

} // namespace gw::nginx
