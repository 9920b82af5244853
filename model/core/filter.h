// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

/**
 * NGF's AuthenticationFilter (gateway.nginx.org/v1alpha1). Basic is modelled; of JWT and OIDC
 * (NGINX Plus) only which one is set and the Secrets a JWT file key names.
 */
struct AuthenticationFilter
{
    QString type; ///< "Basic", "JWT" or "OIDC"
    std::optional<BasicAuth> basic;
    bool hasJwt = false;
    bool hasOidc = false;
};

} // namespace gw
