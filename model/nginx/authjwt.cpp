// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/authjwt.h"

#include "nginx/requeststate.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::AuthJwt)
};

} // namespace

AuthJwt::Outcome AuthJwt::check(const AuthJwtSetting &setting, RequestState &state)
{
    Outcome out;
    if (!setting.jwtDirective)
        return out;
    out.realm = state.evaluate(setting.realm);
    if (out.realm == "off") {
        out.log = Tr::tr("auth_jwt is off");
        return out;
    }
    // The default token source: the Authorization header's "Bearer" credentials.
    const std::vector<QByteArray> authorization = state.headerValues("Authorization");
    QByteArray token;
    if (!authorization.empty()) {
        const QByteArray v = authorization.front();
        if (v.size() > 7 && v.first(7).compare("Bearer ", Qt::CaseInsensitive) == 0)
            token = v.mid(7).trimmed();
    }
    if (token.isEmpty()) {
        out.kind = Outcome::Kind::Unauthorized;
        out.log = Tr::tr("no Bearer token in the Authorization header");
        return out;
    }
    out.kind = Outcome::Kind::Unverified;
    out.log = Tr::tr("a Bearer token is present; its signature, expiry and claims are not verified by the "
                     "simulator (NGINX Plus checks them against the JWKS): the request goes on");
    return out;
}

AuthJwtSetting AuthJwt::compile(CompileLog &log, const std::vector<Directive> &children,
                                const AuthJwtSetting &inherited)
{
    AuthJwtSetting own;
    for (const Directive &d : children) {
        const bool jwt = d.name == "auth_jwt" && d.argCount() >= 1;
        const bool oidc = d.name == "auth_oidc" && d.argCount() == 1;
        if (!jwt && !oidc)
            continue;
        if (jwt ? own.jwtDirective != nullptr : own.oidcDirective != nullptr) {
            log.error(d, Tr::tr("\"%1\" directive is duplicate").arg(d.nameText()));
            continue;
        }
        if (jwt) {
            if (log.compileValue(d, 0, &own.realm))
                own.jwtDirective = &d;
        } else {
            own.oidcDirective = &d;
            own.oidcProvider = d.args[0];
        }
    }
    if (!own.jwtDirective) {
        own.jwtDirective = inherited.jwtDirective;
        own.realm = inherited.realm;
    }
    if (!own.oidcDirective) {
        own.oidcDirective = inherited.oidcDirective;
        own.oidcProvider = inherited.oidcProvider;
    }
    return own;
}

} // namespace gw::nginx
