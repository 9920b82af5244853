// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/dataplane.h"

#include <QSet>

#include <map>

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
    void addJwksLocations(VirtualServer &server) const;
    QString returnUrl(const RequestRedirect &redirect, int listenerPort) const;
    /** servers_template.go: the CORS preflight answer (before the rewrites). */
    void corsPreflight(Location &loc, const RouteFilters &filters) const;
    /** servers.go generateCORSHeaders, printed as servers_template.go does (after the return). */
    void corsHeaders(Location &loc, const RouteFilters &filters) const;
    /** The `mirror` lines of the match's RequestMirror filters (updateLocationMirrorFilters). */
    void mirrors(Location &loc, const RouteFilters &filters) const;
    static QString prefixRewrite(const QString &prefix, const QString &replacement, bool withBreak);

    Configuration &m_config;
    QSet<QString> m_exactPaths; ///< of the server being built
    QSet<QString> m_prefixPaths;
    QString m_serverId; ///< of the server being built
    /// extractMirrorTargetsWithPercentages of the server being built: mirror path -> highest percentage
    std::map<QString, double> m_mirrorPercent;
};

/** The internal mirror locations' prefix (NGF config/http/config.go InternalMirrorRoutePathPrefix). */
inline const QString internalMirrorPrefix = QStringLiteral("/_ngf-internal-mirror");

/** `$cors_allowed_origin_server<id>_path<p>_match<m>` without the '$' (NGF variable_names.go). */
QString corsOriginVariable(const QString &serverId, int pathRule, int matchRule);
/** `$cors_allow_credentials_server<id>_path<p>_match<m>` without the '$'. */
QString corsCredentialsVariable(const QString &serverId, int pathRule, int matchRule);
/** The split_clients variable of a mirror path and percentage (servers.go convertSplitClientVariableName). */
QString mirrorSplitVariable(const QString &path, double percent);
/** maps.go convertToNginxRegex: `"~^<origin with . escaped and * as .*>$"`. */
QString corsOriginRegex(const QString &origin);

/** `${http_<name>}`-style variable part for a header name: lower case, '-' -> '_'. */
QString headerVariablePart(const QString &name);

} // namespace gw::ngf
