// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/routeengine.h"

#include "nginx/authbasic.h"
#include "nginx/authjwt.h"
#include "nginx/uri.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::RouteEngine)
};

QString str(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString listLocation(const Location *l)
{
    if (!l)
        return Tr::tr("(none)");
    const QString mod = l->modifierText();
    return mod.isEmpty() || mod == u"@" ? str(l->name) : mod + u' ' + str(l->name);
}

} // namespace

RouteEngine::RouteEngine(const HttpContext &context, const RouteOptions &options, int depth)
    : m_context(context)
    , m_options(options)
    , m_depth(depth)
{ }

void RouteEngine::note(TraceStep::Kind kind, const QString &message, const SourceLocation &where)
{
    if (m_options.trace)
        m_result.trace.push_back({kind, message, where});
}

void RouteEngine::flushNotes()
{
    for (const QString &n : std::as_const(m_notes))
        note(TraceStep::Kind::Variable, n);
    m_notes.clear();
}

RouteResult RouteEngine::run(const Request &request)
{
    m_state = std::make_shared<RequestState>(m_context);
    RequestState &st = *m_state;
    if (m_options.trace)
        st.notes = &m_notes;

    const QByteArray clientText = request.clientAddress.toUtf8();
    const auto client = NetAddress::parse(clientText);
    st.client = client;
    st.clientText = clientText;
    st.remotePort = request.clientPort > 0 ? QByteArray::number(request.clientPort) : QByteArray();
    st.https = request.scheme.compare(u"https", Qt::CaseInsensitive) == 0;
    st.requestId = request.requestId.toUtf8().toLower();
    if (st.requestId.isEmpty())
        st.requestId = QByteArray(32, '0');
    m_result.requestId = str(st.requestId);

    m_socket = selectSocket(request, client);
    if (!m_socket) {
        m_result.action.kind = Action::Kind::Rejected;
        m_result.error =
            Tr::tr("connection refused: nothing listens on %1 port %2")
                .arg(request.serverAddress.isEmpty() ? Tr::tr("any address") : request.serverAddress)
                .arg(request.port);
        note(TraceStep::Kind::Connection, m_result.error);
        return m_result;
    }
    st.serverPort = m_socket->port;
    st.serverAddr =
        m_socket->family == ListenSocket::Family::Unix ? QByteArray("unix:") : m_socket->address.toText();
    if (!request.serverAddress.isEmpty() && m_socket->family != ListenSocket::Family::Unix) {
        if (const auto a = NetAddress::parse(request.serverAddress.toUtf8()))
            st.serverAddr = a->toText();
    }
    if (m_socket->family == ListenSocket::Family::Unix && !request.passedConnection) {
        st.client.reset();
        st.clientText = "unix:";
    }
    note(TraceStep::Kind::Connection,
         Tr::tr("connection to %1, listened on by %n server(s)", nullptr, int(m_socket->servers.size()))
             .arg(str(m_socket->text())),
         m_socket->directive ? m_socket->directive->location : SourceLocation());

    const Server *sniServer = nullptr;
    if (m_socket->ssl) {
        if (!st.https) {
            selectServer(*m_socket, nullptr);
            fail(400, Tr::tr("The plain HTTP request was sent to HTTPS port"));
            return m_result;
        }
        const auto sni = Uri::validateHost(request.sni.toUtf8());
        st.sni = request.sni.toUtf8();
        const ServerNames::Match m = sni ? m_socket->names.find(*sni) : ServerNames::Match();
        sniServer = m_context.servers[size_t(m.server >= 0 ? m.server : m_socket->defaultServer)].get();
        note(TraceStep::Kind::Connection,
             request.sni.isEmpty() ? Tr::tr("TLS without SNI: the default server's certificate")
                                   : Tr::tr("TLS with SNI \"%1\": server %2 (%3)")
                                         .arg(request.sni)
                                         .arg(sniServer->index)
                                         .arg(m.server >= 0 ? str(m.name) : Tr::tr("default server")),
             sniServer->directive->location);
        if (sniServer->rejectHandshake) {
            m_result.server = describe(*sniServer, *m_socket);
            m_result.action.kind = Action::Kind::Rejected;
            m_result.error = Tr::tr("TLS handshake rejected (ssl_reject_handshake on)");
            note(TraceStep::Kind::Connection, m_result.error, sniServer->directive->location);
            return m_result;
        }
    } else if (st.https) {
        m_result.action.kind = Action::Kind::Rejected;
        m_result.error = Tr::tr("TLS handshake failed: %1 is not an ssl listener").arg(str(m_socket->text()));
        note(TraceStep::Kind::Connection, m_result.error);
        return m_result;
    }

    if (!parseRequest(request)) {
        if (m_result.server.index < 0)
            selectServer(*m_socket, sniServer);
        return m_result;
    }
    selectServer(*m_socket, sniServer);
    // ngx_http_set_virtual_server(): a Host other than the SNI name may pick another server, unless that
    // server verifies client certificates: then 421.
    if (sniServer && !st.sni.isEmpty() && st.server != sniServer && st.server->verifyClient) {
        fail(421,
             Tr::tr("client attempted to request the server name different from the one that was negotiated"),
             st.server->directive->location);
        return m_result;
    }
    process();
    addResponseHeaders();
    flushNotes();
    if (m_options.keepState) {
        m_state->notes = nullptr; // the notes list belongs to this engine
        m_result.state = m_state;
    }
    return m_result;
}

const ListenSocket *RouteEngine::selectSocket(const Request &request, const std::optional<NetAddress> &client)
{
    const QByteArray wanted = request.serverAddress.toUtf8();
    if (wanted.startsWith("unix:")) {
        return m_context.unixSocket(wanted.mid(5));
    }
    std::optional<NetAddress> local;
    if (!wanted.isEmpty()) {
        local = NetAddress::parse(wanted);
        if (!local)
            return nullptr;
    }
    const bool v6 = local ? local->v6 : (client && client->v6);
    const ListenSocket *wildcard = nullptr;
    const ListenSocket *first = nullptr;
    for (const ListenSocket &s : m_context.sockets) {
        if (s.family == ListenSocket::Family::Unix || s.port != request.port ||
            (s.family == ListenSocket::Family::Inet6) != v6)
            continue;
        if (local && s.address == *local)
            return &s;
        if (s.address.isAny() && !wildcard)
            wildcard = &s;
        if (!first)
            first = &s;
    }
    if (wildcard)
        return wildcard;
    return local ? nullptr : first;
}

bool RouteEngine::parseRequest(const Request &request)
{
    RequestState &st = *m_state;
    st.method = request.method.toUtf8();
    bool methodOk = !st.method.isEmpty();
    for (char c : st.method)
        methodOk = methodOk && ((c >= 'A' && c <= 'Z') || c == '_' || c == '-');
    if (!methodOk) {
        fail(400, Tr::tr("client sent invalid method"));
        return false;
    }
    st.protocol = request.httpVersion.toUtf8();
    if (st.protocol != "HTTP/1.1" && st.protocol != "HTTP/1.0" && st.protocol != "HTTP/2.0") {
        fail(400, Tr::tr("client sent invalid request"));
        return false;
    }
    st.requestUri = request.target.toUtf8();
    const auto target = Uri::parseTarget(st.requestUri);
    if (!target) {
        fail(
            400,
            Tr::tr("client sent invalid request (the target \"%1\" is not a valid URI)").arg(request.target));
        return false;
    }
    st.uri = target->uri;
    st.args = target->args;
    st.quotedUri = target->quoted;
    st.plusInUri = target->plus;
    note(TraceStep::Kind::Request,
         Tr::tr("%1 %2: $uri \"%3\", $args \"%4\"")
             .arg(str(st.method), request.target, str(st.uri), str(st.args)));

    std::vector<std::pair<QByteArray, QByteArray>> raw;
    if (request.hasHost)
        raw.emplace_back("Host", request.host.toUtf8());
    for (const Header &h : request.headers)
        raw.emplace_back(h.name.toUtf8(), h.value.toUtf8());
    if (!request.cookie.isEmpty())
        raw.emplace_back("Cookie", request.cookie.toUtf8());

    int hostCount = 0;
    QByteArray hostValue;
    for (auto &[name, value] : raw) {
        bool fatal = name.isEmpty();
        bool invalid = false;
        for (char c : name) {
            const auto u = static_cast<unsigned char>(c);
            if (u <= 0x20 || u == 0x7f || c == ':')
                fatal = true;
            else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       c == '-'))
                invalid = true;
        }
        if (value.contains('\0') || value.contains('\r') || value.contains('\n'))
            fatal = true;
        if (fatal) {
            fail(400, Tr::tr("client sent invalid header line: \"%1\"").arg(str(name)));
            return false;
        }
        if (invalid) {
            note(TraceStep::Kind::Request,
                 Tr::tr("header \"%1\" ignored: nginx drops header names with characters other than letters, "
                        "digits "
                        "and '-' (ignore_invalid_headers on, underscores_in_headers off)")
                     .arg(str(name)));
            continue;
        }
        value = value.trimmed();
        if (name.compare("Host", Qt::CaseInsensitive) == 0) {
            ++hostCount;
            hostValue = value;
        }
        st.headers.emplace_back(name, value);
    }
    if (hostCount > 1) {
        fail(400, Tr::tr("client sent duplicate host header"));
        return false;
    }
    // Headers nginx accepts only once: "client sent duplicate header line" (Host is checked above).
    static const char *const unique[] = {"Content-Length",
                                         "Transfer-Encoding",
                                         "If-Modified-Since",
                                         "If-Unmodified-Since",
                                         "Content-Range",
                                         "If-Range",
                                         "Expect",
                                         "Authorization"};
    for (size_t i = 0; i < st.headers.size(); ++i) {
        for (size_t j = i + 1; j < st.headers.size(); ++j) {
            const QByteArray &name = st.headers[i].first;
            if (name.size() != st.headers[j].first.size() ||
                name.compare(st.headers[j].first, Qt::CaseInsensitive))
                continue;
            for (const char *u : unique) {
                // Authorization is unique before 1.23 too (tst_authbasicoracle, nginx 1.22).
                const bool always = qstrcmp(u, "Content-Length") == 0 ||
                    qstrcmp(u, "Transfer-Encoding") == 0 || qstrcmp(u, "Authorization") == 0;
                if ((always || m_context.nginxVersion >= 1023000) &&
                    name.compare(u, Qt::CaseInsensitive) == 0) {
                    fail(400, Tr::tr("client sent duplicate header line: \"%1\"").arg(QLatin1String(u)));
                    return false;
                }
            }
        }
    }
    if (hostCount == 1) {
        const auto host = Uri::validateHost(hostValue);
        if (!host) {
            fail(400, Tr::tr("client sent invalid host header \"%1\"").arg(str(hostValue)));
            return false;
        }
        st.host = *host;
    } else if (st.protocol != "HTTP/1.0") {
        fail(400, Tr::tr("client sent HTTP/1.1 request without \"Host\" header"));
        return false;
    }
    if (request.requestId.isEmpty())
        note(TraceStep::Kind::Request, Tr::tr("no $request_id given: using 32 zeros"));
    return true;
}

ServerMatch RouteEngine::describe(const Server &server, const ListenSocket &socket) const
{
    ServerMatch m;
    m.index = server.index;
    for (const QByteArray &n : server.names)
        m.names.append(str(n));
    m.location = server.directive->location;
    m.listen = str(socket.text());
    return m;
}

LocationMatch RouteEngine::describe(const Location *location) const
{
    LocationMatch m;
    m.uri = str(m_state->uri);
    m.args = str(m_state->args);
    if (!location)
        return m;
    m.name = str(location->name);
    m.modifier = location->modifierText();
    m.location = location->directive->location;
    m.internal = location->internal;
    return m;
}

void RouteEngine::selectServer(const ListenSocket &socket, const Server *sniServer)
{
    RequestState &st = *m_state;
    const Server *server = nullptr;
    ServerMatch::How how = ServerMatch::How::Default;
    QByteArray matched;
    const bool lookup = !st.host.isEmpty() || !sniServer;
    if (lookup) {
        const ServerNames::Match m = socket.names.find(st.host);
        if (m.server >= 0) {
            server = m_context.servers[size_t(m.server)].get();
            matched = m.name;
            how = m.kind == ServerNames::Kind::Exact            ? ServerMatch::How::Exact
                : m.kind == ServerNames::Kind::LeadingWildcard  ? ServerMatch::How::LeadingWildcard
                : m.kind == ServerNames::Kind::TrailingWildcard ? ServerMatch::How::TrailingWildcard
                                                                : ServerMatch::How::Regex;
            if (m.kind == ServerNames::Kind::Regex && !m.captures.isEmpty() && m.captures.groups.size() > 1) {
                st.captures = m.captures;
                for (const auto &named : m.captures.named)
                    st.setValues.insert(named.first, named.second);
            }
        }
    } else {
        server = sniServer;
        how = ServerMatch::How::Default;
    }
    if (!server)
        server = m_context.servers[size_t(socket.defaultServer)].get();
    st.server = server;
    m_result.server = describe(*server, socket);
    m_result.server.how = how;
    m_result.server.matchedName = str(matched);

    if (m_options.trace) {
        const ServerNames::Stats s = socket.names.stats();
        QStringList list = socket.names.names();
        if (list.size() > 24) {
            const qsizetype more = list.size() - 20;
            list = list.mid(0, 20);
            list << Tr::tr("and %1 more").arg(more);
        }
        const QString names =
            Tr::tr("%1 exact, %2 leading-wildcard, %3 trailing-wildcard and %4 regex names (%5)")
                .arg(s.exact)
                .arg(s.leading)
                .arg(s.trailing)
                .arg(s.regex)
                .arg(list.join(QStringLiteral(", ")));
        QString why;
        switch (how) {
        case ServerMatch::How::Exact:
            why = Tr::tr("exact name \"%1\"").arg(str(matched));
            break;
        case ServerMatch::How::LeadingWildcard:
            why = Tr::tr("longest leading wildcard \"%1\"").arg(str(matched));
            break;
        case ServerMatch::How::TrailingWildcard:
            why = Tr::tr("longest trailing wildcard \"%1\"").arg(str(matched));
            break;
        case ServerMatch::How::Regex:
            why = Tr::tr("first matching regex \"%1\"").arg(str(matched));
            break;
        default:
            why = sniServer && st.host.isEmpty() ? Tr::tr("the server chosen by SNI (no Host header)")
                : socket.defaultMarked           ? Tr::tr("no name matched: the default_server")
                                       : Tr::tr("no name matched: the first server on this address");
            break;
        }
        note(TraceStep::Kind::Server,
             Tr::tr("Host \"%1\" compared with %2 on %3: server %4 (%5)")
                 .arg(str(st.host), names, str(socket.text()))
                 .arg(server->index)
                 .arg(why),
             server->directive->location);
    }
}

void RouteEngine::fail(int status, const QString &message, const SourceLocation &where)
{
    m_result.error = message;
    m_result.status = status;
    m_result.action.kind = Action::Kind::Return;
    m_result.action.status = status;
    m_result.action.directive = where;
    note(TraceStep::Kind::Response, Tr::tr("%1: %2").arg(status).arg(message), where);
}

QByteArray RouteEngine::absoluteLocation(const QByteArray &location) const
{
    if (!location.startsWith('/'))
        return location;
    const RequestState &st = *m_state;
    QByteArray host = st.host;
    if (host.isEmpty())
        host = st.serverAddr;
    int port = st.serverPort;
    if ((st.https && port == 443) || (!st.https && port == 80))
        port = 0;
    return (st.https ? "https://" : "http://") + host +
        (port ? ':' + QByteArray::number(port) : QByteArray()) + location;
}

void RouteEngine::respond(int status, const QByteArray *text, const SourceLocation &where)
{
    Action &a = m_result.action;
    a.directive = where;
    a.status = status;
    m_result.status = status;
    if (status == 444) {
        a.kind = Action::Kind::Closed;
        note(TraceStep::Kind::Response, Tr::tr("444: the connection is closed without a response"), where);
        return;
    }
    if (isRedirectStatus(status) && text) {
        a.kind = Action::Kind::Redirect;
        a.redirect = str(absoluteLocation(*text));
        note(TraceStep::Kind::Response, Tr::tr("%1 redirect to %2").arg(status).arg(a.redirect), where);
        return;
    }
    a.kind = Action::Kind::Return;
    if (text)
        a.body = str(*text);
    note(TraceStep::Kind::Response,
         text ? Tr::tr("%1 with body \"%2\"").arg(status).arg(a.body)
              : Tr::tr("%1 (nginx's own page)").arg(status),
         where);
}

QByteArray RouteEngine::unescapeRedirect(const QByteArray &url)
{
    // ngx_unescape_uri(..., NGX_UNESCAPE_REDIRECT) on a rewrite redirect, as ngx_http_script_regex_end_code.
    QByteArray out;
    enum { Usual, Quoted, QuotedSecond } state = Usual;
    int decoded = 0;
    auto hex = [](char ch) {
        if (ch >= '0' && ch <= '9')
            return ch - '0';
        const char c = char(ch | 0x20);
        return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    };
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char ch = url[i];
        switch (state) {
        case Usual:
            if (ch == '?') {
                out += url.mid(i);
                return out;
            }
            if (ch == '%')
                state = Quoted;
            else
                out += ch;
            break;
        case Quoted:
            if (hex(ch) >= 0) {
                decoded = hex(ch);
                state = QuotedSecond;
            } else {
                state = Usual;
                out += ch;
            }
            break;
        case QuotedSecond: {
            state = Usual;
            if (hex(ch) < 0)
                break; // the invalid quoted character: both are dropped
            const auto c = static_cast<unsigned char>((decoded << 4) + hex(ch));
            if (c == '?' && (ch | 0x20) >= 'a') {
                out += '?';
                out += url.mid(i + 1);
                return out;
            }
            if (c > '%' && c < 0x7f)
                out += char(c);
            else
                out += '%' + url.mid(i - 1, 2);
            break;
        }
        }
    }
    return out;
}

void RouteEngine::process()
{
    RequestState &st = *m_state;
    const Server &server = *st.server;
    Phase phase = Phase::ServerRewrite;
    const Location *location = nullptr;
    const Location *active = nullptr;
    while (phase != Phase::Done) {
        flushNotes();
        switch (phase) {
        case Phase::ServerRewrite: {
            const ScriptOutcome out = runScript(server.script, nullptr);
            phase = out.responded ? Phase::Done : Phase::FindConfig;
            break;
        }
        case Phase::FindConfig: {
            st.validLocation = true;
            location = nullptr;
            QStringList tested;
            const LocationTree::Result rc = findLocation(server.tree, server.regexes, location, &tested);
            active = location;
            m_answering = location;
            m_result.location = describe(location);
            m_result.chain.push_back(m_result.location);
            if (m_options.trace) {
                QString how;
                switch (rc) {
                case LocationTree::Result::Exact:
                    how = location && location->isRegex() ? Tr::tr("first matching regex")
                                                          : Tr::tr("exact match");
                    break;
                case LocationTree::Result::Prefix:
                    how = Tr::tr("longest prefix");
                    break;
                case LocationTree::Result::Redirect:
                    how = Tr::tr("the URI is the location without its trailing '/'");
                    break;
                case LocationTree::Result::NotFound:
                    how = Tr::tr("no location matches; the server level handles the request");
                    break;
                }
                if (location && location->modifier == Location::Modifier::NoRegex &&
                    rc == LocationTree::Result::Prefix)
                    how += Tr::tr(" (^~: regexes are not tried)");
                if (!tested.isEmpty())
                    how += Tr::tr("; regexes tried: %1").arg(tested.join(QStringLiteral(", ")));
                note(TraceStep::Kind::Location,
                     location ? Tr::tr("$uri \"%1\": location %2 (%3)")
                                    .arg(str(st.uri), listLocation(location), how)
                              : Tr::tr("$uri \"%1\": %2").arg(str(st.uri), how),
                     location ? location->directive->location : SourceLocation());
            }
            if (rc == LocationTree::Result::Redirect) {
                QByteArray target = location->name;
                if (!st.args.isEmpty())
                    target += '?' + st.args;
                respond(301, &target, location->directive->location);
                return;
            }
            if (location && location->internal && !st.internal) {
                respond(404, nullptr, location->directive->location);
                note(TraceStep::Kind::Location,
                     Tr::tr("the location is internal: an external request gets 404"),
                     location->directive->location);
                return;
            }
            phase = Phase::Rewrite;
            break;
        }
        case Phase::Rewrite: {
            if (!location) {
                phase = Phase::Access;
                break;
            }
            const ScriptOutcome out = runScript(location->script, location);
            if (out.responded)
                return;
            if (out.active)
                active = out.active;
            if (out.uriChanged) {
                if (--m_uriChanges == 0) {
                    fail(500,
                         Tr::tr("rewrite or internal redirection cycle while processing \"%1\"")
                             .arg(str(st.uri)));
                    return;
                }
                phase = Phase::FindConfig;
                break;
            }
            phase = Phase::Access;
            break;
        }
        case Phase::Access:
            m_answering = active;
            // NGX_HTTP_PREACCESS_PHASE (limit_req), then ngx_http_core_access_phase(): after the
            // rewrites, with the configuration of the location (or `if` block) the request ended in;
            // also after every internal redirect.
            preaccess(active);
            if (!access(active))
                return;
            phase = Phase::Content;
            break;
        case Phase::Content: {
            // NGX_HTTP_PRECONTENT_PHASE: ngx_http_mirror_handler() (the main request only).
            const std::vector<QByteArray> &mirrors = active ? active->mirrors : server.mirrors;
            for (const QByteArray &m : mirrors) {
                m_result.mirrors << str(m);
                note(TraceStep::Kind::Proxy,
                     Tr::tr("mirror %1: a subrequest nginx sends besides").arg(str(m)));
            }
            const Handler none;
            const Handler &h = active ? active->handler : none;
            switch (h.kind) {
            case Handler::Kind::Proxy:
            case Handler::Kind::Grpc:
                proxy(h, active);
                return;
            case Handler::Kind::Js:
                if (!njsRedirect(h, &phase, &location))
                    return;
                active = location;
                break;
            case Handler::Kind::Other:
                m_result.action.kind = Action::Kind::Unsupported;
                m_result.action.directive = h.directive->location;
                note(TraceStep::Kind::Response,
                     Tr::tr("content handler \"%1\" is not simulated").arg(h.directive->toString()),
                     h.directive->location);
                return;
            case Handler::Kind::None: {
                // ngx_http_static_handler() refuses other methods than GET, HEAD and POST before it
                // looks for a file: 405 (found by tests/sim/tst_corsoracle, OPTIONS without a route).
                const QByteArray &method = m_state->method;
                const bool allowed = method == "GET" || method == "HEAD" || method == "POST";
                const int status = allowed ? 404 : 405;
                m_result.status = status;
                m_result.action.kind = Action::Kind::Static;
                m_result.action.status = status;
                note(TraceStep::Kind::Response,
                     allowed ? Tr::tr("no content handler: nginx serves files from the document root; the "
                                      "simulation has none: 404")
                             : Tr::tr("no content handler: nginx's static module answers %1 with 405 (only "
                                      "GET, HEAD and POST)")
                                   .arg(str(method)),
                     location ? location->directive->location : server.directive->location);
                return;
            }
            }
            break;
        }
        case Phase::Done:
            break;
        }
    }
}

void RouteEngine::addResponseHeaders()
{
    // ngx_http_headers_filter(): the answering level's add_header list.
    if (m_result.action.kind == Action::Kind::Rejected || m_result.action.kind == Action::Kind::Closed ||
        !m_state || !m_state->server)
        return;
    const std::vector<AddHeaderSetting> &list =
        m_answering ? m_answering->addHeaders : m_state->server->addHeaders;
    if (list.empty())
        return;
    const int status = m_result.status;
    static const int safe[] = {200, 201, 204, 206, 301, 302, 303, 304, 307, 308};
    const bool safeStatus =
        status == 0 || std::find(std::begin(safe), std::end(safe), status) != std::end(safe);
    for (const AddHeaderSetting &h : list) {
        if (!safeStatus && !h.always)
            continue;
        const QByteArray value = m_state->evaluate(h.value);
        if (value.isEmpty())
            continue; // ngx_http_add_header(): an empty value adds nothing
        m_result.responseHeaders.emplace_back(str(h.name), str(value));
    }
    flushNotes();
}

void RouteEngine::preaccess(const Location *location)
{
    // ngx_http_limit_req_handler(): once per main request (r->main->limit_req_status); the keys are
    // evaluated here, the buckets are the simulator's (LimitReqZones) because they depend on time.
    if (m_limitReqDone)
        return;
    const LimitReqSetting &setting = location ? location->limitReq : m_state->server->limitReq;
    if (setting.limits.empty())
        return;
    LimitReqCheck check;
    check.status = setting.status;
    check.dryRun = setting.dryRun;
    check.logLevel = str(setting.logLevel);
    QStringList keys;
    for (const LimitReqLimit &limit : setting.limits) {
        const LimitReqZone &zone = m_context.limitReqZones[size_t(limit.zone)];
        const QByteArray key = m_state->evaluate(zone.key);
        flushNotes();
        if (key.isEmpty()) {
            note(TraceStep::Kind::Access,
                 Tr::tr("limit_req zone=%1: the key %2 is empty: not limited")
                     .arg(str(zone.name), str(zone.keyText)),
                 limit.directive->location);
            continue;
        }
        if (key.size() > 65535) {
            note(
                TraceStep::Kind::Access,
                Tr::tr("limit_req zone=%1: the value of the \"%2\" key is more than 65535 bytes: not limited")
                    .arg(str(zone.name), str(zone.keyText)),
                limit.directive->location);
            continue;
        }
        LimitReqCheck::Limit l;
        l.zone = zone.name;
        l.zoneSize = zone.size;
        l.key = key;
        l.rate = zone.rate;
        l.burst = limit.burst;
        l.delay = limit.delay;
        l.directive = limit.directive->location;
        check.limits.push_back(l);
        const bool printable =
            std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
        keys << Tr::tr("zone=%1 key %2")
                    .arg(str(zone.name),
                         printable ? QString(u'"' + str(key) + u'"')
                                   : QString(QStringLiteral("0x") + str(key.toHex())));
    }
    if (check.limits.empty())
        return;
    m_limitReqDone = true;
    note(TraceStep::Kind::Access,
         Tr::tr("limit_req: %1; whether the request passes, waits or gets %2 depends on the requests before "
                "it (the simulator's buckets)%3")
             .arg(keys.join(QStringLiteral(", ")))
             .arg(check.status)
             .arg(check.dryRun ? Tr::tr(" (dry run: never rejected)") : QString()),
         check.limits.front().directive);
    m_result.limitReq = std::move(check);
}

bool RouteEngine::access(const Location *location)
{
    return accessBasic(location) && accessJwt(location);
}

bool RouteEngine::accessJwt(const Location *location)
{
    const AuthJwtSetting &s = location ? location->jwt : m_state->server->jwt;
    if (s.oidcDirective) {
        flushNotes();
        note(TraceStep::Kind::Access,
             Tr::tr("auth_oidc %1: the OpenID Connect login (the redirect to the identity provider, the "
                    "callback, the session cookie) is not simulated: the request goes on as if it carried a "
                    "valid session")
                 .arg(str(s.oidcProvider)),
             s.oidcDirective->location);
    }
    if (!s.jwtDirective)
        return true;
    const AuthJwt::Outcome o = AuthJwt::check(s, *m_state);
    flushNotes();
    const SourceLocation where = s.jwtDirective->location;
    note(TraceStep::Kind::Access, Tr::tr("auth_jwt: %1").arg(o.log), where);
    if (o.kind != AuthJwt::Outcome::Kind::Unauthorized)
        return true;
    m_result.error = o.log;
    respond(401, nullptr, where);
    m_result.action.wwwAuthenticate = QStringLiteral("Bearer realm=\"%1\"").arg(str(o.realm));
    return false;
}

bool RouteEngine::accessBasic(const Location *location)
{
    const AuthBasicSetting &auth = location ? location->auth : m_state->server->auth;
    if (!auth.configured())
        return true;
    const AuthBasic::Outcome o = AuthBasic::check(auth, *m_state, *m_context.config);
    flushNotes();
    using Kind = AuthBasic::Outcome::Kind;
    const SourceLocation where = auth.realmDirective->location;
    switch (o.kind) {
    case Kind::Declined:
        note(TraceStep::Kind::Access, Tr::tr("auth_basic: %1").arg(o.log), where);
        return true;
    case Kind::Allowed:
        note(TraceStep::Kind::Access, Tr::tr("auth_basic: %1").arg(o.log), auth.fileDirective->location);
        return true;
    case Kind::Closed:
        m_result.error = o.log;
        m_result.action.kind = Action::Kind::Closed;
        m_result.action.directive = where;
        note(TraceStep::Kind::Access,
             Tr::tr("auth_basic: %1: the connection is closed without a response").arg(o.log), where);
        return false;
    case Kind::Unauthorized:
    case Kind::Forbidden:
    case Kind::InternalError:
        break;
    }
    m_result.error = o.log;
    note(TraceStep::Kind::Access, Tr::tr("auth_basic: %1").arg(o.log),
         o.kind == Kind::Unauthorized ? where : auth.fileDirective->location);
    respond(o.status(), nullptr, o.kind == Kind::Unauthorized ? where : auth.fileDirective->location);
    if (o.kind == Kind::Unauthorized)
        m_result.action.wwwAuthenticate = QStringLiteral("Basic realm=\"%1\"").arg(str(o.realm));
    return false;
}

RouteEngine::ScriptOutcome RouteEngine::runScript(const RewriteScript &script, const Location *location)
{
    RequestState &st = *m_state;
    ScriptOutcome out;
    for (const RewriteOp &op : script) {
        const SourceLocation where = op.directive->location;
        switch (op.kind) {
        case RewriteOp::Kind::Break:
            note(TraceStep::Kind::Rewrite, Tr::tr("break: no further rewrite directives"), where);
            out.stopped = true;
            return out;
        case RewriteOp::Kind::Return: {
            const QByteArray text = op.hasText ? st.evaluate(op.text) : QByteArray();
            m_answering = location;
            flushNotes();
            respond(op.status, op.hasText ? &text : nullptr, where);
            out.responded = true;
            return out;
        }
        case RewriteOp::Kind::Set: {
            const QByteArray value = st.evaluate(op.value);
            st.setValues.insert(op.variable, value);
            flushNotes();
            note(TraceStep::Kind::Rewrite, Tr::tr("set $%1 \"%2\"").arg(str(op.variable), str(value)), where);
            break;
        }
        case RewriteOp::Kind::If: {
            const bool holds = condition(op.condition);
            flushNotes();
            note(TraceStep::Kind::Rewrite,
                 Tr::tr("%1: %2").arg(op.directive->toString(), holds ? Tr::tr("true") : Tr::tr("false")),
                 where);
            if (!holds)
                break;
            if (location)
                out.active = op.block.get();
            const ScriptOutcome inner = runScript(op.block->script, location ? op.block.get() : nullptr);
            out.uriChanged = out.uriChanged || inner.uriChanged;
            if (inner.active)
                out.active = inner.active;
            if (inner.responded || inner.stopped) {
                out.responded = inner.responded;
                out.stopped = true;
                return out;
            }
            break;
        }
        case RewriteOp::Kind::Rewrite: {
            if (!st.match(op.regex, st.uri)) {
                note(TraceStep::Kind::Rewrite,
                     Tr::tr("rewrite %1: \"%2\" does not match").arg(str(op.regex.pattern()), str(st.uri)),
                     where);
                break;
            }
            // ngx_http_script_copy_capture_code(): captures are escaped in the arguments, and everywhere in
            // a redirect, when the request URI had escapes or a '+'.
            const bool quoted = st.quotedUri || st.plusInUri;
            st.escapeCaptures = quoted && op.redirect;
            const QByteArray uriPart = st.evaluate(op.uri);
            st.escapeCaptures = quoted;
            const QByteArray argsPart = op.hasArgs ? st.evaluate(op.args) : QByteArray();
            st.escapeCaptures = false;
            flushNotes();
            if (op.redirect) {
                m_answering = location;
                QByteArray url = unescapeRedirect(uriPart + (op.hasArgs ? '?' + argsPart : QByteArray()));
                if (op.addArgs && !st.args.isEmpty())
                    url += (op.hasArgs ? '&' : '?') + st.args;
                respond(op.status, &url, where);
                out.responded = true;
                return out;
            }
            if (op.hasArgs) {
                QByteArray newArgs = argsPart;
                if (op.addArgs && !st.args.isEmpty())
                    newArgs += '&' + st.args;
                st.args = newArgs;
            } else if (!op.addArgs) {
                st.args.clear();
            }
            if (uriPart.isEmpty()) {
                fail(500, Tr::tr("the rewritten URI has a zero length"), where);
                out.responded = true;
                return out;
            }
            st.uri = uriPart;
            st.internal = true;
            st.validUnparsedUri = false;
            note(TraceStep::Kind::Rewrite,
                 Tr::tr("rewrite %1: $uri \"%2\", $args \"%3\"")
                     .arg(str(op.regex.pattern()), str(st.uri), str(st.args)),
                 where);
            if (op.flag == RewriteOp::Flag::Break) {
                st.validLocation = false;
                out.uriChanged = false;
                out.stopped = true;
                return out;
            }
            out.uriChanged = true;
            if (op.flag == RewriteOp::Flag::Last) {
                out.stopped = true;
                return out;
            }
            break;
        }
        }
    }
    return out;
}

bool RouteEngine::condition(const Condition &c)
{
    RequestState &st = *m_state;
    switch (c.kind) {
    case Condition::Kind::Variable: {
        const QByteArray v = st.evaluate(c.left);
        return !v.isEmpty() && v != "0";
    }
    case Condition::Kind::Equal:
        return st.evaluate(c.left) == st.evaluate(c.right);
    case Condition::Kind::NotEqual:
        return st.evaluate(c.left) != st.evaluate(c.right);
    case Condition::Kind::Match:
        return st.match(c.regex, st.evaluate(c.left));
    case Condition::Kind::NotMatch:
        return !st.match(c.regex, st.evaluate(c.left));
    case Condition::Kind::FileTest:
        return c.fileTest.startsWith('!');
    }
    return false;
}

LocationTree::Result RouteEngine::findLocation(const LocationTree &tree,
                                               const std::vector<const Location *> &regexes,
                                               const Location *&match, QStringList *tested)
{
    // ngx_http_core_find_location()
    RequestState &st = *m_state;
    bool noregex = false;
    LocationTree::Result rc = tree.find(st.uri, &match);
    if (rc == LocationTree::Result::Prefix) {
        noregex = match->modifier == Location::Modifier::NoRegex;
        rc = findLocation(match->tree, match->regexes, match, tested);
        if (rc == LocationTree::Result::NotFound)
            rc = LocationTree::Result::Prefix;
    }
    if (rc == LocationTree::Result::Exact || rc == LocationTree::Result::Redirect)
        return rc;
    if (!noregex) {
        for (const Location *re : regexes) {
            const bool hit = st.match(re->regex, st.uri);
            if (m_options.trace)
                tested->append(listLocation(re) + (hit ? Tr::tr(" (matches)") : Tr::tr(" (no)")));
            if (hit) {
                match = re;
                findLocation(re->tree, re->regexes, match, tested);
                return LocationTree::Result::Exact;
            }
        }
    }
    return rc;
}

void RouteEngine::proxy(const Handler &h, const Location *location)
{
    RequestState &st = *m_state;
    Action &a = m_result.action;
    a.kind = Action::Kind::Proxy;
    a.module = h.directive->nameText();
    a.directive = h.directive->location;
    QByteArray scheme = h.scheme, host = h.host, uriPart = h.uriPart;
    bool hasUri = h.hasUriPart;
    QByteArray target = h.target.isLiteral() ? h.target.source() : st.evaluate(h.target);
    flushNotes();
    a.target = str(target);
    if (!h.target.isLiteral()) {
        QByteArray rest = target;
        if (h.kind == Handler::Kind::Proxy) {
            if (rest.size() > 7 && rest.startsWith("http://")) {
                scheme = "http";
                rest = rest.mid(7);
            } else if (rest.size() > 8 && rest.startsWith("https://")) {
                scheme = "https";
                rest = rest.mid(8);
            } else {
                fail(500, Tr::tr("invalid URL prefix in \"%1\"").arg(str(target)), a.directive);
                return;
            }
        } else {
            scheme = "grpc";
            if (rest.startsWith("grpc://")) {
                rest = rest.mid(7);
            } else if (rest.startsWith("grpcs://")) {
                scheme = "grpcs";
                rest = rest.mid(8);
            }
        }
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '/' && rest[end] != '?')
            ++end;
        host = rest.left(end);
        uriPart = rest.mid(end);
        if (uriPart.startsWith('?'))
            uriPart.prepend('/');
        hasUri = !uriPart.isEmpty();
        if (host.isEmpty()) {
            fail(500, Tr::tr("no host in \"%1\" of %2").arg(str(target), a.module), a.directive);
            return;
        }
    }
    a.scheme = str(scheme);
    a.host = str(host);

    const bool hasPort = !host.startsWith('[') ? host.contains(':') : host.contains("]:");
    const UpstreamBlock *up = hasPort ? nullptr : m_context.upstream(host);
    if (up) {
        a.upstream = up->name;
    } else if (!h.target.isLiteral()) {
        const QByteArray bare = hasPort ? host.left(host.lastIndexOf(':')) : host;
        const bool resolver = m_context.config->http() && m_context.config->http()->find("resolver");
        if (!NetAddress::parse(bare) && !resolver) {
            fail(502, Tr::tr("no resolver defined to resolve %1").arg(str(bare)), a.directive);
            return;
        }
    }
    // $proxy_host: the host, without the default port.
    st.proxyHost = host;
    const QByteArray defaultPort = scheme == "https" || scheme == "grpcs" ? ":443" : ":80";
    if (st.proxyHost.endsWith(defaultPort))
        st.proxyHost.chop(defaultPort.size());

    // The request URI nginx sends (ngx_http_proxy_create_request / ngx_http_grpc_create_request).
    QByteArray uri;
    const bool escape = st.quotedUri || st.internal;
    auto escaped = [&](const QByteArray &u) { return escape ? Uri::escape(u, Uri::Escape::Uri) : u; };
    if (!h.target.isLiteral() && hasUri) {
        uri = uriPart;
    } else if (!hasUri && st.validUnparsedUri) {
        uri = st.requestUri;
    } else {
        // With a URI part, the matched location prefix is replaced by it; after `rewrite … break`
        // (r->valid_location = 0) the URI part is ignored and the whole changed URI is sent.
        qsizetype locLen = 0;
        if (hasUri && st.validLocation && location && location->modifier != Location::Modifier::If)
            locLen = std::min(location->name.size(), st.uri.size());
        uri = (hasUri && st.validLocation ? uriPart : QByteArray()) + escaped(st.uri.mid(locLen));
        if (!st.args.isEmpty())
            uri += '?' + st.args;
    }
    a.uri = str(uri);

    QByteArray hostHeader = st.proxyHost;
    const std::vector<HeaderSetting> &headers = location ? location->headers : st.server->headers;
    for (const HeaderSetting &hs : headers) {
        if (hs.name.compare("Host", Qt::CaseInsensitive) == 0 && h.kind == Handler::Kind::Proxy)
            hostHeader = st.evaluate(hs.value);
    }
    a.hostHeader = str(hostHeader);
    flushNotes();
    note(TraceStep::Kind::Proxy,
         up ? Tr::tr("%1 %2: upstream \"%3\", request URI \"%4\"").arg(a.module, a.target, a.upstream, a.uri)
            : Tr::tr("%1 %2: address %3 (no upstream block of that name), request URI \"%4\"")
                  .arg(a.module, a.target, a.host, a.uri),
         a.directive);
    if (up) {
        for (const Directive &d : up->directives) {
            if (d.name == "server") {
                followSocket(*up, location);
                break;
            }
        }
    }
}

void RouteEngine::followSocket(const UpstreamBlock &upstream, const Location *location)
{
    Q_UNUSED(location);
    const QStringList servers = upstream.serverAddresses();
    if (servers.isEmpty() || m_depth > 0)
        return;
    for (const QString &s : servers) {
        if (!s.startsWith(u"unix:") || !m_context.unixSocket(s.mid(5).toUtf8()))
            return; // a real backend: the balancer decides
    }
    Request sub;
    sub.clientAddress = QStringLiteral("unix:");
    sub.serverAddress = servers.front();
    sub.port = 0;
    sub.method = QString::fromUtf8(m_state->method);
    sub.target = m_result.action.uri;
    sub.host = m_result.action.hostHeader;
    sub.requestId = m_result.requestId;
    RouteEngine engine(m_context, m_options, m_depth + 1);
    const RouteResult r = engine.run(sub);
    m_result.socketServer = r.server;
    m_result.status = r.status;
    for (const TraceStep &t : r.trace) {
        if (t.kind == TraceStep::Kind::Request)
            continue;
        note(t.kind, Tr::tr("socket %1: %2").arg(servers.front(), t.message), t.location);
    }
}

bool RouteEngine::njsRedirect(const Handler &h, Phase *phase, const Location **location)
{
    RequestState &st = *m_state;
    const QByteArray function = h.function;
    const qsizetype dot = function.indexOf('.');
    const QByteArray module = dot > 0 ? function.left(dot) : function;
    const QByteArray file = m_context.jsModules.value(module);
    const bool ngf =
        function.endsWith(".redirect") && (module == "httpmatches" || file.endsWith("/httpmatches.js"));
    if (!ngf) {
        m_result.action.kind = Action::Kind::Unsupported;
        m_result.action.directive = h.directive->location;
        note(TraceStep::Kind::Njs,
             Tr::tr("js_content %1 is not simulated (only NGF's httpmatches.redirect is)").arg(str(function)),
             h.directive->location);
        return false;
    }
    HttpMatches::Input input;
    input.matchKey = st.variable("match_key");
    input.method = st.method;
    input.headers = st.headers;
    input.args = st.args;
    input.nginxVersion = m_context.nginxVersion;
    input.explain = m_options.trace;
    const auto object = m_context.jsObjects.find("matches");
    HttpMatches::Outcome o;
    if (object == m_context.jsObjects.end()) {
        o.error = Tr::tr("ReferenceError: \"matches\" is not defined (no js_preload_object matches)");
    } else {
        o = object->second.evaluate(input);
    }
    if (m_options.trace) {
        note(TraceStep::Kind::Njs,
             Tr::tr("js_content %1 with $match_key \"%2\"").arg(str(function), str(input.matchKey)),
             h.directive->location);
        for (const QString &line : std::as_const(o.explanation))
            note(TraceStep::Kind::Njs, line, h.directive->location);
    }
    if (o.kind != HttpMatches::Outcome::Redirect) {
        if (!o.error.isEmpty())
            note(TraceStep::Kind::Njs, Tr::tr("r.error: %1").arg(o.error), h.directive->location);
        respond(o.status, nullptr, h.directive->location);
        m_result.error = o.error;
        return false;
    }
    if (--m_uriChanges == 0) {
        fail(500,
             Tr::tr("rewrite or internal redirection cycle while internally redirecting to \"%1\"")
                 .arg(str(o.redirect)));
        return false;
    }
    note(TraceStep::Kind::Njs, Tr::tr("internal redirect to \"%1\"").arg(str(o.redirect)),
         h.directive->location);
    // ngx_http_split_args() and ngx_http_internal_redirect() / ngx_http_named_location()
    const qsizetype q = o.redirect.indexOf('?');
    const QByteArray path = q < 0 ? o.redirect : o.redirect.left(q);
    st.internal = true;
    st.validUnparsedUri = false;
    if (path.startsWith('@')) {
        const auto named = st.server->named.find(path);
        if (named == st.server->named.end()) {
            fail(500, Tr::tr("could not find named location \"%1\"").arg(str(path)));
            return false;
        }
        *location = named->second;
        m_result.location = describe(*location);
        m_result.chain.push_back(m_result.location);
        *phase = Phase::Rewrite;
        return true;
    }
    st.uri = path;
    st.args = q < 0 ? QByteArray() : o.redirect.mid(q + 1);
    *phase = Phase::ServerRewrite;
    return true;
}

} // namespace gw::nginx
