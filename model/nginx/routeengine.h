// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/httpcontext.h"
#include "nginx/request.h"
#include "nginx/requeststate.h"
#include "nginx/router.h"
#include "nginx/routeresult.h"

namespace gw::nginx {

/**
 * Routes one request through a compiled HttpContext, phase by phase as nginx's http core does:
 * connection (listening socket, TLS/SNI), request line and headers, virtual server, server rewrite,
 * find config (location tree, regexes, nested locations, trailing-slash 301, `internal`), location
 * rewrite (re-searching the location after a changed URI, at most 10 times), preaccess (limit_req's keys),
 * access (auth_basic), and
 * the content handler
 * (proxy_pass / grpc_pass, NGF's njs matcher with its internal redirect, or static files).
 * One engine per request; Router::route creates it.
 */
class RouteEngine
{
public:
    RouteEngine(const HttpContext &context, const RouteOptions &options, int depth = 0);
    RouteResult run(const Request &request);

private:
    struct ScriptOutcome
    {
        bool responded = false;
        bool stopped = false;
        bool uriChanged = false;
        const Location *active = nullptr; ///< the `if` block whose condition held, if any
    };
    enum class Phase { ServerRewrite, FindConfig, Rewrite, Access, Content, Done };

    void note(TraceStep::Kind kind, const QString &message, const SourceLocation &where = {});
    void flushNotes();
    bool parseRequest(const Request &request);
    const ListenSocket *selectSocket(const Request &request, const std::optional<NetAddress> &client);
    void selectServer(const ListenSocket &socket, const Server *sniServer);
    ServerMatch describe(const Server &server, const ListenSocket &socket) const;
    LocationMatch describe(const Location *location) const;

    void process();
    ScriptOutcome runScript(const RewriteScript &script, const Location *location);
    bool condition(const Condition &c);
    LocationTree::Result findLocation(const LocationTree &tree, const std::vector<const Location *> &regexes,
                                      const Location *&match, QStringList *tested);
    void preaccess(const Location *location);
    bool access(const Location *location);
    bool accessBasic(const Location *location);
    bool accessJwt(const Location *location);
    void proxy(const Handler &handler, const Location *location);
    void followSocket(const UpstreamBlock &upstream, const Location *location);
    bool njsRedirect(const Handler &handler, Phase *phase, const Location **location);

    void respond(int status, const QByteArray *text, const SourceLocation &where);
    void fail(int status, const QString &message, const SourceLocation &where = {});
    QByteArray absoluteLocation(const QByteArray &location) const;
    static QByteArray unescapeRedirect(const QByteArray &url);

    const HttpContext &m_context;
    RouteOptions m_options;
    int m_depth = 0;
    std::shared_ptr<RequestState> m_state;
    RouteResult m_result;
    QStringList m_notes;
    const ListenSocket *m_socket = nullptr;
    int m_uriChanges = 11; ///< NGX_HTTP_MAX_URI_CHANGES + 1
    bool m_limitReqDone = false; ///< r->main->limit_req_status is set
    /// the location (or `if` block) whose configuration answers; nullptr: the server's
    const Location *m_answering = nullptr;
    void addResponseHeaders();
};

} // namespace gw::nginx
