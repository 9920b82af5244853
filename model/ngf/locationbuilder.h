// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

#include <QSet>

namespace gw::ngf {

/**
 * Turns a server's PathRules into `location` blocks and matches.json entries, as NGF's
 * `createLocations` does (internal/controller/nginx/config/servers.go): location modifiers per version, the
 * two prefix
 * locations, njs redirect and internal match locations, the `location = /` 404, filters, proxy
 * headers and proxy_pass.
 */
class LocationBuilder
{
public:
    explicit LocationBuilder(Configuration &config);

    void build(VirtualServer &server);

private:
    struct PathLocation
    {
        QString modifier;
        QString path;
    };
    std::vector<PathLocation> externalPaths(const VirtualServer &server, const PathRule &rule) const;
    bool needsRoot404(const VirtualServer &server) const;
    void fillProxy(Location &loc, const PathRule &rule, const MatchRule &mr, bool internal) const;
    void fillProxyBody(Location &loc, const PathRule &rule, const MatchRule &mr, bool internal) const;
    QString returnUrl(const RequestRedirect &redirect, int listenerPort) const;
    static QString prefixRewrite(const QString &prefix, const QString &replacement, bool withBreak);

    Configuration &m_config;
    QSet<QString> m_exactPaths; ///< of the server being built
    QSet<QString> m_prefixPaths;
};

/** `${http_<name>}`-style variable part for a header name: lower case, '-' -> '_'. */
QString headerVariablePart(const QString &name);

} // namespace gw::ngf
