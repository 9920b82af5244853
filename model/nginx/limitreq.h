// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/compilelog.h"
#include "nginx/httpcontext.h"

namespace gw::nginx {

/**
 * The configuration side of ngx_http_limit_req_module (src/http/modules/ngx_http_limit_req_module.c):
 * `limit_req_zone` in the http context, `limit_req`, `limit_req_status`, `limit_req_log_level` and
 * `limit_req_dry_run` in http, server and location, with the module's own checks and messages. The
 * request-time side (the leaky buckets) is LimitReqZones.
 */
class LimitReq
{
public:
    /** ngx_http_limit_req_zone(): adds the zone of \a d to \a context (errors as nginx words them). */
    static void compileZone(CompileLog &log, const Directive &d, HttpContext &context);

    /**
     * The settings of one level: the limit_req module's directives among \a children (one level) on top
     * of \a inherited, as ngx_http_limit_req_merge_conf() merges them; zones are looked up in
     * \a context (compile every zone first: nginx accepts `limit_req` before its `limit_req_zone`).
     */
    static LimitReqSetting compile(CompileLog &log, const HttpContext &context,
                                   const std::vector<Directive> &children, const LimitReqSetting &inherited);

    /** nginx's ngx_parse_size(): "10m", "512k", "32768"; -1 when invalid. */
    static qint64 parseSize(QByteArrayView text);
    /** nginx's ngx_atoi(): decimal digits only; -1 when empty, not a number or too large. */
    static qint64 atoi(QByteArrayView text);
};

} // namespace gw::nginx
