// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/filter.h"
#include "ngf/conditions.h"

namespace gw {
class Design;
class Resource;
} // namespace gw

namespace gw::ngf {

/**
 * NGF's validation of one AuthenticationFilter (graph/authentication_filter.go
 * validateAuthenticationFilter): the Secrets of Basic and JWT file keys (resolveAuthenticationFilterSecret,
 * resolveHtPasswdSecret), the CA Secrets of a remote JWKS (validateRemoteJWT), the OIDC fields and
 * references (validateOIDC), and the NGINX Plus gate of JWT and OIDC. The checks that need the routes
 * (an OIDC filter on a non-HTTPS listener, OIDC URI conflicts) are OidcFilterCheck's.
 */
class AuthFilterValidator
{
public:
    AuthFilterValidator(const Design &design, bool plus);

    /** The filter's conditions (added to the default Accepted); \a valid is set to false when invalid. */
    Conditions validate(const Resource &filter, bool *valid) const;

private:
    Conditions secret(const QString &ns, const QString &name, const QString &path, bool *valid) const;
    Conditions remoteJwt(const QString &ns, const JwtRemote &remote, bool *valid) const;
    Conditions oidc(const QString &ns, const OidcAuth &oidc, bool *valid) const;

    const Design &m_design;
    bool m_plus;
};

} // namespace gw::ngf
