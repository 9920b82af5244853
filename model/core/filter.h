// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <optional>
#include <vector>

namespace gw {

/** One snippet of a SnippetsFilter: the nginx context and the text inserted there. */
struct Snippet
{
    QString context; ///< "main", "http", "http.server" or "http.server.location"
    QString value;
};

/** NGF's SnippetsFilter (gateway.nginx.org/v1alpha1), referenced by route rules through ExtensionRef. */
struct SnippetsFilter
{
    std::vector<Snippet> snippets;
};

/** spec.basic of an AuthenticationFilter. */
struct BasicAuth
{
    QString secretName; ///< secretRef.name (a Secret in the filter's namespace)
    QString realm;
};

/** spec.jwt.remote of an AuthenticationFilter: a JWKS endpoint nginx fetches. */
struct JwtRemote
{
    QString uri;
    std::vector<QString> caCertificateRefs; ///< Secrets (key "ca.crt") in the filter's namespace
};

/** spec.jwt of an AuthenticationFilter (NGINX Plus `auth_jwt`). */
struct JwtAuth
{
    QString realm;
    QString source; ///< "File" or "Remote"
    std::optional<QString> fileSecretName; ///< file.secretRef.name (a Secret with the key "auth")
    std::optional<JwtRemote> remote;
    std::optional<QString> keyCache; ///< an NGF Duration
};

/** spec.oidc of an AuthenticationFilter (NGINX Plus `oidc_provider` and `auth_oidc`). */
struct OidcAuth
{
    QString issuer;
    QString clientId;
    QString clientSecretName; ///< clientSecretRef.name (a Secret with the key "client-secret")
    std::vector<QString> caCertificateRefs; ///< Secrets with the key "ca.crt"
    std::optional<QString> crlSecretName; ///< crlSecretRef.name (a Secret with the key "ca.crl")
    std::optional<QString> configUrl;
    std::optional<bool> pkce;
    QMap<QString, QString> extraAuthArgs; ///< sorted by key
    std::optional<QString> redirectUri;
    std::optional<QString> cookieName; ///< session.cookieName
    std::optional<QString> sessionTimeout; ///< session.timeout (an NGF Duration)
    std::optional<QString> logoutUri; ///< logout.uri
    std::optional<QString> postLogoutUri;
    std::optional<QString> frontChannelLogoutUri;
    std::optional<bool> tokenHint;
};

/** NGF's AuthenticationFilter (gateway.nginx.org/v1alpha1): Basic, JWT or OIDC (the last two NGINX Plus). */
struct AuthenticationFilter
{
    QString type; ///< "Basic", "JWT" or "OIDC"
    std::optional<BasicAuth> basic;
    std::optional<JwtAuth> jwt;
    std::optional<OidcAuth> oidc;
};

} // namespace gw
