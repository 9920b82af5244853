// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/gatewayconfig.h"

#include "core/design.h"
#include "core/filter.h"
#include "core/workload.h"
#include "ngf/generator.h"
#include "nginx/requeststate.h"
#include "sim/upstreamparser.h"

#include <QCoreApplication>
#include <QSet>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::GatewayConfig)
};

/** Directives whose variables only shape what is sent or logged, never where a request goes. */
bool isOutputOnly(const QByteArray &name)
{
    static const QSet<QByteArray> names {
        "proxy_set_header", "grpc_set_header", "add_header",     "add_trailer",       "access_log",
        "log_format",       "error_log",       "proxy_set_body", "proxy_hide_header", "status_zone"};
    return names.contains(name);
}

/** The variables (lowercase, without '$') an argument refers to: `$name` and `${name}`. */
QList<QByteArray> variablesIn(const QByteArray &arg)
{
    QList<QByteArray> out;
    for (qsizetype i = 0; i < arg.size(); ++i) {
        if (arg[i] != '$')
            continue;
        qsizetype start = i + 1;
        const bool braced = start < arg.size() && arg[start] == '{';
        if (braced)
            ++start;
        qsizetype end = start;
        while (end < arg.size() && (std::isalnum(static_cast<unsigned char>(arg[end])) || arg[end] == '_'))
            ++end;
        if (end > start)
            out << arg.mid(start, end - start).toLower();
        i = end - 1;
    }
    return out;
}

void classify(const QByteArray &variable, RouteDependencies &deps)
{
    static const QSet<QByteArray> client {
        "remote_addr",         "binary_remote_addr",  "remote_port",
        "realip_remote_addr",  "realip_remote_port",  "proxy_add_x_forwarded_for",
        "proxy_protocol_addr", "proxy_protocol_port", "connection"};
    if (client.contains(variable))
        deps.clientAddress = true;
    else if (variable == "request_id")
        deps.requestId = true;
    else if (variable == "http_cookie" || variable.startsWith("cookie_"))
        deps.cookies = true;
}

int ruleIndexOf(const QString &field)
{
    static const QString prefix = QStringLiteral("spec.rules[");
    if (!field.startsWith(prefix))
        return -1;
    const qsizetype end = field.indexOf(u']', prefix.size());
    bool ok = false;
    const int n = QStringView(field).mid(prefix.size(), end - prefix.size()).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

QStringList UpstreamSnapshot::serverAddresses() const
{
    QStringList out;
    for (const ServerConfig &s : config.servers)
        out << s.address;
    return out;
}

GatewayConfig::~GatewayConfig() = default;

bool GatewayConfig::isPlus() const
{
    return m_result->config && m_result->config->profile.plus;
}

std::shared_ptr<const GatewayConfig> GatewayConfig::build(std::shared_ptr<const Design> design,
                                                          const ngf::Profile &profile,
                                                          const GatewayConfig *previous, QString *error)
{
    std::shared_ptr<const ngf::Result> result = ngf::Generator::run(*design, profile);
    if (!result->config) {
        if (error)
            *error = result->gatewayError;
        return nullptr;
    }
    nginx::FileSet files;
    for (const ngf::GeneratedFile &f : result->files)
        files.insert(f.path, f.content.toUtf8());
    return fromFiles(std::move(design), std::move(result), files, previous, error);
}

std::shared_ptr<const GatewayConfig> GatewayConfig::fromFiles(std::shared_ptr<const Design> design,
                                                              std::shared_ptr<const ngf::Result> result,
                                                              const nginx::FileSet &files,
                                                              const GatewayConfig *previous, QString *error)
{
    std::shared_ptr<GatewayConfig> config(new GatewayConfig);
    config->m_design = std::move(design);
    config->m_result = std::move(result);
    if (!config->m_result->config) {
        if (error)
            *error = config->m_result->gatewayError;
        return nullptr;
    }
    if (!config->read(files, previous, error))
        return nullptr;
    return config;
}

void GatewayConfig::addAuthFiles(nginx::FileSet &files) const
{
    // NGF writes one htpasswd file per AuthenticationFilter of type Basic whose Secret exists and has the
    // key "auth", with that data (NGF dataplane/configuration.go buildAuthSecrets, getAuthFileIDAndData;
    // config/generator.go generateAuthFile). nginx reads it on every request; `nginx -T` does not list it.
    for (const ngf::GraphAuthenticationFilter &f : m_result->graph.authenticationFilters) {
        const AuthenticationFilter *spec = f.resource ? f.resource->as<AuthenticationFilter>() : nullptr;
        if (!spec || spec->type != u"Basic" || !spec->basic)
            continue;
        const QString ns = f.resource->meta.ns;
        const QString path = ngf::GraphAuthenticationFilter::basicAuthFile(ns, spec->basic->secretName);
        const Resource *secret = m_design->find(Kind::Secret, ns, spec->basic->secretName);
        if (files.contains(path) || !secret || !secret->as<Secret>())
            continue;
        const QMap<QString, QByteArray> &data = secret->as<Secret>()->data;
        if (data.contains(QStringLiteral("auth")))
            files.insert(path, data.value(QStringLiteral("auth")));
    }
}

bool GatewayConfig::read(const nginx::FileSet &rendered, const GatewayConfig *previous, QString *error)
{
    m_text = rendered.toListing();
    nginx::FileSet files = rendered;
    addAuthFiles(files);
    m_nginx = nginx::Config::parse(files);
    m_router = nginx::Router(m_nginx);
    m_stream = nginx::StreamRouter(m_nginx);
    if (!m_router.isValid()) {
        if (error) {
            QStringList problems;
            for (const Diagnostic &d : m_router.diagnostics()) {
                if (d.severity == Diagnostic::Severity::Error)
                    problems << d.toString();
            }
            *error = Tr::tr("the rendered configuration has no http block: %1").arg(problems.join(u'\n'));
        }
        return false;
    }
    const ngf::Configuration &dataplane = *m_result->config;
    for (const ngf::VirtualServer &s : dataplane.httpServers) {
        m_defaultPort = s.port;
        break;
    }
    readUpstreams(previous);
    analyse();
    m_realIpFromXff = dataplane.realIpHeader.compare(u"X-Forwarded-For", Qt::CaseInsensitive) == 0;
    m_realIpRecursive = dataplane.realIpRecursive;
    for (const QString &from : dataplane.realIpFrom) {
        const qsizetype slash = from.indexOf(u'/');
        const auto address = SocketAddress::parseIp(slash < 0 ? from : from.left(slash));
        if (!address)
            continue;
        const int bits = address->byteCount() * 8;
        bool ok = true;
        const int prefix = slash < 0 ? bits : from.mid(slash + 1).toInt(&ok);
        if (ok && prefix >= 0 && prefix <= bits)
            m_trusted.emplace_back(*address, prefix);
    }
    return true;
}

namespace {

bool inNetwork(const SocketAddress &a, const SocketAddress &network, int prefix)
{
    if (a.family() != network.family())
        return false;
    const quint8 *x = a.bytes();
    const quint8 *y = network.bytes();
    for (int bit = 0; bit < prefix; bit += 8) {
        const int n = std::min(8, prefix - bit);
        const quint8 mask = quint8(0xff << (8 - n));
        if ((x[bit / 8] & mask) != (y[bit / 8] & mask))
            return false;
    }
    return true;
}

} // namespace

SocketAddress GatewayConfig::realClient(const SocketAddress &peer, QByteArrayView forwardedFor) const
{
    if (!rewritesClientIp() || forwardedFor.isEmpty())
        return peer;
    const auto trusted = [&](const SocketAddress &a) {
        return std::any_of(m_trusted.begin(), m_trusted.end(),
                           [&](const auto &t) { return inNetwork(a, t.first, t.second); });
    };
    if (!trusted(peer))
        return peer;
    // ngx_http_get_forwarded_addr(): from the right; recursive skips trusted addresses.
    const QList<QByteArray> items = forwardedFor.toByteArray().split(',');
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const auto a = SocketAddress::parseIp(QString::fromLatin1(items[i].trimmed()));
        if (!a)
            return peer;
        if (!m_realIpRecursive || !trusted(*a))
            return *a;
    }
    return peer; // every address is trusted: nginx keeps the connection's
}

void GatewayConfig::readUpstreams(const GatewayConfig *previous)
{
    const ngf::Configuration &dataplane = *m_result->config;
    std::vector<std::pair<const nginx::UpstreamBlock *, bool>> blocks;
    for (const nginx::UpstreamBlock &block : m_router.upstreams())
        blocks.emplace_back(&block, false);
    for (const nginx::UpstreamBlock &block : m_stream.upstreams())
        blocks.emplace_back(&block, true);
    for (const auto &[blockPointer, stream] : blocks) {
        const nginx::UpstreamBlock &block = *blockPointer;
        UpstreamSnapshot u;
        u.name = block.name;
        u.stream = stream;
        u.location = block.location;
        u.config =
            UpstreamParser::parse(block.body, block.name, u.diagnostics, block.location.file, block.bodyLine);
        // The dataplane's endpoints of this upstream (the Pods behind its servers).
        const std::vector<ngf::UpstreamServer> *dp = nullptr;
        if (!stream) {
            if (const ngf::Upstream *up = dataplane.upstream(block.name))
                dp = &up->servers;
        } else {
            for (const ngf::StreamUpstream &up : dataplane.streamUpstreams) {
                if (up.name == block.name)
                    dp = &up.servers;
            }
        }
        if (dp && u.config.servers.empty() && !u.config.stateFile.isEmpty()) {
            // NGINX Plus: the agent adds the endpoints through the API.
            u.fromState = true;
            std::vector<const ngf::UpstreamServer *> order;
            const UpstreamSnapshot *before = nullptr;
            if (previous) {
                const int i =
                    stream ? previous->streamUpstreamIndex(block.name) : previous->upstreamIndex(block.name);
                before = i >= 0 ? &previous->upstreams()[size_t(i)] : nullptr;
            }
            if (before && before->fromState) {
                // Servers that stay keep their place in the zone; new ones are appended.
                for (const ServerConfig &s : before->config.servers) {
                    for (const ngf::UpstreamServer &e : *dp) {
                        if (e.hostPort() == s.address)
                            order.push_back(&e);
                    }
                }
            }
            for (const ngf::UpstreamServer &e : *dp) {
                if (std::find(order.begin(), order.end(), &e) == order.end())
                    order.push_back(&e);
            }
            for (const ngf::UpstreamServer *e : order) {
                ServerConfig s;
                s.address = e->hostPort();
                u.config.servers.push_back(s);
            }
        }
        for (const ServerConfig &s : u.config.servers) {
            if (s.addresses.empty() && !SocketAddress::parse(s.address)) {
                // NGF's ExternalName upstreams (`server NAME:PORT resolve;`): nginx asks the
                // NginxProxy's resolver at run time; a simulation must not depend on DNS.
                Diagnostic d;
                d.severity = Diagnostic::Severity::Error;
                d.location = {block.location.file, s.line, 0};
                d.resource = QStringLiteral("upstream ") + block.name;
                d.message = Tr::tr("server %1: a host name nginx resolves through DNS at run time (an "
                                   "ExternalName Service); the simulator does not resolve names")
                                .arg(s.address);
                u.diagnostics.push_back(std::move(d));
            }
            QString pod;
            if (dp) {
                for (const ngf::UpstreamServer &e : *dp) {
                    if (e.hostPort() == s.address) {
                        pod = e.pod;
                        break;
                    }
                }
            }
            u.pods.push_back(pod);
        }
        (stream ? m_streamUpstreamIndex : m_upstreamIndex).insert(u.name, int(m_upstreams.size()));
        m_upstreams.push_back(std::move(u));
    }
}

void GatewayConfig::analyse()
{
    RouteDependencies &deps = m_dependencies;
    const std::function<void(const nginx::Directive &)> scan = [&](const nginx::Directive &d) {
        if (d.name == "upstream" || d.name == "stream")
            return; // the balancers' business (hash keys), or connections (never cached), not routing
        if (d.name == "split_clients" && d.args.size() == 2 && d.args[0] == "$request_id") {
            nginx::SplitClients split;
            split.variable = d.args[1].mid(1).toLower();
            for (const nginx::Directive &line : d.children) {
                if (line.args.size() == 1)
                    split.addPart(line.name, line.args[0], line.location, nullptr);
            }
            split.finish(nullptr);
            m_splits.insert(split.variable, split);
            return;
        }
        if (d.name == "js_preload_object" && !d.args.empty()) {
            // NGF's matches.json: a header match on Cookie makes routing read cookies.
            const QByteArray path = d.args.back();
            if (const nginx::FileSet::File *f =
                    m_nginx.files().file(m_nginx.fullName(QString::fromUtf8(path)))) {
                if (f->content.toLower().contains("\"cookie:"))
                    deps.cookies = true;
            }
        }
        if (!isOutputOnly(d.name)) {
            for (const QByteArray &arg : d.args) {
                for (const QByteArray &v : variablesIn(arg))
                    classify(v, deps);
            }
        }
        for (const nginx::Directive &child : d.children)
            scan(child);
    };
    for (const nginx::Directive &d : m_nginx.directives())
        scan(d);
}

RouteDecision GatewayConfig::route(const nginx::Request &request, bool trace) const
{
    return route(request, trace, nullptr);
}

RouteDecision GatewayConfig::route(const nginx::Request &request, bool trace,
                                   QList<QByteArray> *splitsRead) const
{
    nginx::RouteOptions options;
    options.trace = trace;
    options.keepState = splitsRead != nullptr && !m_splits.isEmpty();
    nginx::RouteResult r = m_router.route(request, options);
    if (options.keepState && r.state) {
        for (auto it = m_splits.cbegin(); it != m_splits.cend(); ++it) {
            if (r.state->cached.contains(it.key()))
                splitsRead->append(it.key());
        }
        std::sort(splitsRead->begin(), splitsRead->end());
    }
    RouteDecision d;
    d.status = r.status;
    d.error = r.error;
    d.serverName = r.server.matchedName;
    if (r.location.found()) {
        d.location =
            r.location.modifier.isEmpty() ? r.location.name : r.location.modifier + u' ' + r.location.name;
        d.locationSource = r.location.location;
    }
    d.trace = std::move(r.trace);
    d.limitReq = std::move(r.limitReq);
    d.responseHeaders = std::move(r.responseHeaders);
    d.mirrors = std::move(r.mirrors);
    using Kind = nginx::Action::Kind;
    switch (r.action.kind) {
    case Kind::Proxy:
        d.upstreamName = r.action.upstream;
        d.upstream = upstreamIndex(r.action.upstream);
        if (d.upstream < 0 && d.status == 0) {
            d.status = 502;
            d.error = Tr::tr("proxy_pass to %1, which is not an upstream block: not simulated")
                          .arg(r.action.target);
        }
        break;
    case Kind::Rejected:
        d.status = 0;
        break;
    case Kind::Unsupported:
        d.status = 0;
        if (d.error.isEmpty())
            d.error = Tr::tr("the location's content handler is not simulated");
        break;
    default:
        break;
    }
    describeRoute(d);
    return d;
}

namespace {

void collectMirrors(const std::vector<nginx::Directive> &directives,
                    std::vector<const nginx::Directive *> &out)
{
    for (const nginx::Directive &d : directives) {
        if (d.name == "mirror" && d.argCount() == 1 && d.args[0] != "off")
            out.push_back(&d);
        if (d.block)
            collectMirrors(d.children, out);
    }
}

} // namespace

Diagnostics GatewayConfig::notes() const
{
    Diagnostics out;
    const nginx::Directive *http = m_nginx.http();
    if (!http)
        return out;
    std::vector<const nginx::Directive *> mirrors;
    collectMirrors(http->children, mirrors);
    for (const nginx::Directive *d : mirrors) {
        Diagnostic n;
        n.severity = Diagnostic::Severity::Warning;
        n.location = d->location;
        n.message =
            Tr::tr("mirror %1: nginx sends a copy of each request to the mirror backend (a RequestMirror "
                   "filter); the simulation does not send, balance or count mirrored requests")
                .arg(d->arg(0));
        out.push_back(n);
    }
    return out;
}

void GatewayConfig::describeRoute(RouteDecision &decision) const
{
    describeFrom(decision, decision.locationSource);
}

bool GatewayConfig::describeFrom(RouteDecision &decision, const SourceLocation &where) const
{
    if (!where.isValid())
        return false;
    const ngf::GeneratedFile *file = m_result->file(where.file);
    const int line = where.line - 1;
    if (!file || line < 0 || line >= file->lineCount())
        return false;
    for (const ngf::SourceRef &ref : file->lineSources[size_t(line)]) {
        const Resource *resource = m_design->resource(ref.resource);
        if (!resource || !(resource->isRoute() || resource->isL4Route()))
            continue;
        decision.route = resource->qualifiedName();
        decision.routeKind = resource->kindName;
        decision.rule = ruleIndexOf(ref.field);
        return true;
    }
    return false;
}

RouteDecision GatewayConfig::routeStream(const nginx::StreamConnection &connection, bool trace) const
{
    const nginx::StreamResult r = m_stream.route(connection, trace);
    RouteDecision d;
    d.stream = true;
    d.status = r.status;
    d.error = r.error;
    d.sni = r.sslPrereadServerName;
    d.connectionsUsed = r.connectionsUsed;
    d.trace = r.trace;
    for (const nginx::StreamHop &hop : r.hops) {
        QString text = hop.listen;
        if (!hop.handler.isEmpty())
            text += u' ' + hop.handler.section(u' ', 0, 0) + u' ' +
                (hop.value.isEmpty() ? QStringLiteral("\"\"") : hop.value);
        d.streamServers << text;
    }
    using Kind = nginx::StreamResult::Kind;
    switch (r.kind) {
    case Kind::Proxy:
        d.upstreamName = r.upstream.isEmpty() ? r.target : r.upstream;
        d.upstream = r.upstream.isEmpty() ? -1 : streamUpstreamIndex(r.upstream);
        if (d.upstream < 0) {
            d.status = 502;
            d.error = Tr::tr("proxy_pass to %1, which is not an upstream block: not simulated").arg(r.target);
        }
        break;
    case Kind::Http:
        d.httpSocket = r.httpSocket;
        d.passed = r.passed;
        break;
    default:
        break;
    }
    // The route behind a proxied connection: NGF's lines of the server that proxies name the
    // TLSRoute/TCPRoute/UDPRoute (its backendRef or hostname). Only that last server: a port's
    // ssl_preread server carries the sources of the first route on the port, whatever the SNI.
    if (r.kind == Kind::Proxy && !r.hops.empty() && !describeFrom(d, r.hops.back().handlerLocation))
        describeFrom(d, r.hops.back().location);
    d.rule = -1;
    return d;
}

} // namespace gw::sim
