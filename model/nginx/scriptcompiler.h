// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/compilelog.h"
#include "nginx/httpcontext.h"

#include <optional>

namespace gw::nginx {

/**
 * Compiles one `server` block: its rewrite script, its locations (nested ones included) with their
 * scripts, `if` blocks and content handlers, and the static location trees, with nginx's checks
 * (location modifiers, "is outside location", named locations on the server level only, duplicate
 * locations and handlers, return codes, rewrite flags, if conditions, proxy_pass URI parts).
 */
class ScriptCompiler
{
public:
    ScriptCompiler(CompileLog &log, const Config &config, const std::vector<HeaderSetting> &httpHeaders,
                   const AuthBasicSetting &httpAuth, const HttpContext *context = nullptr,
                   const LimitReqSetting *httpLimitReq = nullptr);
    std::unique_ptr<Server> compileServer(const Directive &d, int index);

private:
    std::unique_ptr<Location> compileLocation(const Directive &d, Server &server, const Location *parent);
    void compileBody(const std::vector<Directive> &children, Server &server, Location *location,
                     RewriteScript &script);
    void compileRewriteOp(const Directive &d, Server &server, Location *location, RewriteScript &script);
    void compileReturn(const Directive &d, RewriteOp &op);
    void compileRewrite(const Directive &d, RewriteOp &op);
    bool compileCondition(const Directive &d, Condition *condition);
    void compileHandler(const Directive &d, Location *location);
    std::vector<HeaderSetting> ownHeaders(const std::vector<Directive> &children);
    std::optional<std::vector<AddHeaderSetting>> ownAddHeaders(const std::vector<Directive> &children);
    std::optional<std::vector<QByteArray>> ownMirrors(const std::vector<Directive> &children);
    void inheritHandler(RewriteScript &script, const Handler &handler);
    void buildTree(const std::vector<std::unique_ptr<Location>> &locations, LocationTree *tree,
                   std::vector<const Location *> *regexes);

    CompileLog &m_log;
    const Config &m_config;
    const std::vector<HeaderSetting> &m_httpHeaders;
    const AuthBasicSetting &m_httpAuth;
    const HttpContext *m_context; ///< the limit_req zones
    LimitReqSetting m_httpLimitReq;
};

} // namespace gw::nginx
