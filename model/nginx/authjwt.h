// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/compilelog.h"
#include "nginx/httpcontext.h"

namespace gw::nginx {

class RequestState;

/**
 * NGINX Plus' `auth_jwt` (ngx_http_auth_jwt_module) and `auth_oidc` (ngx_http_oidc_module), as far
 * as the simulator can take them without the keys or the identity provider:
 *
 * - `auth_jwt REALM` (realm not "off") without a token (no `Authorization: Bearer …` header, the
 *   module's default token source): 401 with `WWW-Authenticate: Bearer realm="REALM"`;
 * - with a token: the request goes on. The token's signature, expiry and claims are NOT verified
 *   (the keys come from a file or a JWKS endpoint the simulator does not have): every Bearer token
 *   passes, and the trace says so;
 * - `auth_oidc PROVIDER`: the redirect to the identity provider, the callback and the session cookie
 *   are not simulated: the request goes on as if the session were authenticated, and the trace says so.
 *
 * The settings are inherited as the modules merge them: a level without `auth_jwt` (or `auth_oidc`)
 * takes its enclosing level's.
 */
class AuthJwt
{
public:
    struct Outcome
    {
        enum class Kind { Declined, Unverified, Unauthorized };
        Kind kind = Kind::Declined;
        QByteArray realm;
        QString log;
    };

    static Outcome check(const AuthJwtSetting &setting, RequestState &state);

    /** `auth_jwt` and `auth_oidc` among \a children on top of \a inherited (nginx's "is duplicate" errors).
     */
    static AuthJwtSetting compile(CompileLog &log, const std::vector<Directive> &children,
                                  const AuthJwtSetting &inherited);
};

} // namespace gw::nginx
