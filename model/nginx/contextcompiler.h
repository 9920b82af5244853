// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/compilelog.h"
#include "nginx/httpcontext.h"

namespace gw::nginx {

/**
 * Compiles the http context of a Config into an HttpContext, reporting what nginx would report when
 * loading the same configuration (duplicate locations, invalid modifiers, bad regexes, unknown
 * variables, invalid listen parameters, …) with nginx's wording and the directive's file:line:column.
 * Used by HttpContext::compile.
 */
class ContextCompiler
{
public:
    ContextCompiler(HttpContext &context, Diagnostics *diagnostics);
    void compile(const Config &config);

private:
    void declareVariables(const std::vector<Directive> &directives);
    void compileListen(const Directive &d, int server);
    bool declareResult(const Directive &d, ComplexValue *source, QByteArray *variable);
    void compileMap(const Directive &d);
    void compileSplitClients(const Directive &d);
    void compileJs(const Directive &d, const Config &config);
    void finishSockets();
    void checkVariables();

    struct ListenEntry
    {
        ListenSocket::Family family = ListenSocket::Family::Inet;
        NetAddress address;
        QByteArray unixPath;
        int port = 80;
        bool ssl = false;
        bool defaultServer = false;
        int server = -1;
        const Directive *directive = nullptr;
    };

    HttpContext &m_context;
    CompileLog m_log;
    std::vector<ListenEntry> m_listens;
    std::vector<HeaderSetting> m_httpHeaders;
};

} // namespace gw::nginx
