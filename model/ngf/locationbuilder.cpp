// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/locationbuilder.h"

#include "ngf/oidcproviderbuilder.h"

#include <QRegularExpression>

namespace gw::ngf {

QString headerVariablePart(const QString &name)
{
    QString s = name.toLower();
    s.replace(u'-', u'_');
    return s;
}

QString corsOriginVariable(const QString &serverId, int pathRule, int matchRule)
{
    return QStringLiteral("cors_allowed_origin_server%1_path%2_match%3")
        .arg(serverId)
        .arg(pathRule)
        .arg(matchRule);
}

QString corsCredentialsVariable(const QString &serverId, int pathRule, int matchRule)
{
    return QStringLiteral("cors_allow_credentials_server%1_path%2_match%3")
        .arg(serverId)
        .arg(pathRule)
        .arg(matchRule);
}

QString mirrorSplitVariable(const QString &path, double percent)
{
    QString s = path + u'_' + QString::number(percent, 'f', 2);
    s.replace(u'-', u'_');
    s.replace(u'/', u'_');
    s.replace(u'.', u'_');
    return s;
}

QString corsOriginRegex(const QString &origin)
{
    QString s = origin;
    s.replace(u'.', QStringLiteral("\\."));
    s.replace(u'*', QStringLiteral(".*"));
    return QStringLiteral("\"~^") + s + QStringLiteral("$\"");
}

void LocationBuilder::corsPreflight(Location &loc, const RouteFilters &f) const
{
    if (!f.cors)
        return;
    const SourceRefs refs {f.corsSource};
    loc.body.push_back({QStringLiteral("if ($request_method = OPTIONS) {"), refs});
    loc.body.push_back({QStringLiteral("    return 200;"), refs});
    loc.body.push_back({QStringLiteral("}"), refs});
}

void LocationBuilder::corsHeaders(Location &loc, const RouteFilters &f) const
{
    if (!f.cors)
        return;
    const CORSFilter &c = *f.cors;
    const SourceRefs refs {f.corsSource};
    const auto add = [&](const QString &name, const QString &value) {
        loc.body.push_back({QStringLiteral("add_header %1 \"%2\" always;").arg(name, value), refs});
    };
    const auto join = [](const std::vector<QString> &v) {
        QStringList l(v.begin(), v.end());
        return l.join(QStringLiteral(", "));
    };
    if (!c.allowOrigins.empty())
        add(QStringLiteral("Access-Control-Allow-Origin"),
            u'$' + corsOriginVariable(m_serverId, loc.pathRuleIndex, loc.matchRuleIndex));
    if (!c.allowMethods.empty()) {
        const QString v = join(c.allowMethods);
        if (v == u"*")
            loc.body.push_back({QStringLiteral("add_header Access-Control-Allow-Methods "
                                               "$http_access_control_request_method always;"),
                                refs});
        else
            add(QStringLiteral("Access-Control-Allow-Methods"), v);
    }
    if (!c.allowHeaders.empty()) {
        const QString v = join(c.allowHeaders);
        if (v == u"*")
            loc.body.push_back({QStringLiteral("add_header Access-Control-Allow-Headers "
                                               "$http_access_control_request_headers always;"),
                                refs});
        else
            add(QStringLiteral("Access-Control-Allow-Headers"), v);
    }
    if (!c.exposeHeaders.empty())
        add(QStringLiteral("Access-Control-Expose-Headers"), join(c.exposeHeaders));
    if (c.allowCredentials.value_or(false))
        add(QStringLiteral("Access-Control-Allow-Credentials"),
            u'$' + corsCredentialsVariable(m_serverId, loc.pathRuleIndex, loc.matchRuleIndex));
    if (c.maxAge.value_or(0) > 0)
        add(QStringLiteral("Access-Control-Max-Age"), QString::number(*c.maxAge));
}

void LocationBuilder::mirrors(Location &loc, const RouteFilters &f) const
{
    QStringList seen;
    for (const RouteFilters::Mirror &m : f.mirrors) {
        if (seen.contains(m.target))
            continue;
        seen << m.target;
        loc.body.push_back({QStringLiteral("mirror %1;").arg(m.target), {m.source}});
    }
}

LocationBuilder::LocationBuilder(Configuration &config)
    : m_config(config)
{ }

std::vector<LocationBuilder::PathLocation> LocationBuilder::externalPaths(const VirtualServer &server,
                                                                          const PathRule &rule) const
{
    const NgfVersion &v = m_config.profile.version;
    const QString caret = v.prefixUsesCaretModifier() ? QStringLiteral("^~") : QString();
    switch (rule.type) {
    case PathType::Exact:
        return {{QStringLiteral("="), rule.path}};
    case PathType::RegularExpression:
        return {{QStringLiteral("~"), v.regexAnchored() ? u'^' + rule.path : rule.path}};
    case PathType::Prefix:
        break;
    }
    if (rule.path.endsWith(u'/'))
        return {{caret, rule.path}};
    Q_UNUSED(server);
    const bool exactExists = m_exactPaths.contains(rule.path);
    const bool slashPrefixExists = m_prefixPaths.contains(rule.path + u'/');
    std::vector<PathLocation> out;
    if (!slashPrefixExists)
        out.push_back({caret, rule.path + u'/'});
    if (!exactExists)
        out.push_back({QStringLiteral("="), rule.path});
    return out;
}

bool LocationBuilder::needsRoot404(const VirtualServer &server) const
{
    for (const PathRule &r : server.pathRules) {
        if (r.path == u"/")
            return false;
        if (r.type == PathType::RegularExpression && m_config.profile.version.regexSuppressesRoot404()) {
            const QRegularExpression re(u'^' + r.path);
            if (re.isValid() && re.match(QStringLiteral("/")).hasMatch())
                return false;
        }
    }
    return true;
}

QString LocationBuilder::prefixRewrite(const QString &prefixIn, const QString &replacementIn, bool withBreak)
{
    QString prefix = prefixIn;
    prefix.replace(u'$', QStringLiteral("\\$"));
    const QString repl = replacementIn.isEmpty() ? QStringLiteral("/") : replacementIn;
    QString regex = u'^' + prefix + QStringLiteral("([^?]*)?");
    QString replacement = repl + QStringLiteral("$1?$args?");
    if (repl.endsWith(u'/') && !prefixIn.endsWith(u'/'))
        regex = u'^' + prefix + QStringLiteral("(?:/([^?]*))?");
    if (prefixIn.endsWith(u'/') && !repl.endsWith(u'/'))
        replacement = repl + QStringLiteral("/$1?$args?");
    return regex + u' ' + replacement + (withBreak ? QStringLiteral(" break") : QString());
}

QString LocationBuilder::returnUrl(const RequestRedirect &r, int listenerPort) const
{
    const QString scheme = r.scheme.value_or(QStringLiteral("$scheme"));
    const QString host = r.hostname.value_or(QStringLiteral("$host"));
    const int port = r.port.value_or(listenerPort);
    bool dropPort = false;
    if (r.scheme && ((port == 80 && *r.scheme == u"http") || (port == 443 && *r.scheme == u"https")))
        dropPort = true;
    if (r.scheme && (*r.scheme == u"http" || *r.scheme == u"https") && !r.port)
        dropPort = true;
    QString url = scheme + QStringLiteral("://") + host;
    if (!dropPort)
        url += u':' + QString::number(port);
    url += r.path ? QStringLiteral("$uri$is_args$args") : QStringLiteral("$request_uri");
    return url;
}

void LocationBuilder::fillProxy(Location &loc, const PathRule &rule, const MatchRule &mr, bool internal) const
{
    fillProxyBody(loc, rule, mr, internal);
    // Every line without a more specific source exists because of the match it serves.
    for (Directive &d : loc.body) {
        if (d.sources.empty())
            d.sources.push_back(mr.source);
    }
}

void LocationBuilder::fillProxyBody(Location &loc, const PathRule &rule, const MatchRule &mr,
                                    bool internal) const
{
    const bool printVersion = m_config.profile.version.printsProxyHttpVersion();
    const RouteFilters &f = mr.rule->filters;
    const SourceRef matchSource = mr.source;
    auto &body = loc.body;
    loc.sources.push_back(matchSource);
    const bool mirrorLocation = rule.path.startsWith(internalMirrorPrefix);
    if (internal && (mr.filtersValid || !mirrorLocation))
        body.push_back({QStringLiteral("internal;"), {matchSource}});
    // updateLocationMirrorFilters: the internal mirror location answers 204 without proxying for the
    // requests its split_clients leaves out (updateLocation returns before it for a redirect).
    if (mirrorLocation && mr.filtersValid && !f.redirect) {
        const auto it = m_mirrorPercent.find(rule.path);
        if (it != m_mirrorPercent.end() && it->second != 100.0) {
            const QString var = mirrorSplitVariable(rule.path, it->second);
            body.push_back({QStringLiteral("if ($%1 = \"\") {").arg(var), {matchSource}});
            body.push_back({QStringLiteral("    return 204;"), {matchSource}});
            body.push_back({QStringLiteral("}"), {matchSource}});
        }
    }
    loc.headLines = int(body.size());

    if (!mr.filtersValid) {
        loc.returnCode = 500;
        body.push_back({QStringLiteral("return 500 \"\";"), {mr.rule->source}});
        if (printVersion)
            body.push_back({QStringLiteral("proxy_http_version 1.1;"), {}});
        return;
    }
    // servers.go updateLocation: the SnippetsFilter location includes (deduplicated) and the
    // AuthenticationFilter, before a redirect or the proxying.
    QStringList included;
    for (const SnippetInclude &s : f.locationSnippets) {
        if (included.contains(s.file))
            continue;
        included << s.file;
        body.push_back({QStringLiteral("include %1;").arg(s.file), {s.source, f.extensionRefSource}});
    }
    if (f.basicAuth) {
        const SourceRefs refs {f.basicAuth->source, f.extensionRefSource};
        body.push_back({QStringLiteral("auth_basic \"%1\";").arg(f.basicAuth->realm), refs});
        body.push_back({QStringLiteral("auth_basic_user_file %1;").arg(f.basicAuth->file), refs});
    }
    if (f.oidcFilter >= 0)
        body.push_back(
            {QStringLiteral("auth_oidc %1;").arg(f.oidcProvider), {f.oidcSource, f.extensionRefSource}});
    if (f.jwtAuth) {
        const JwtAuthConfig &j = *f.jwtAuth;
        const SourceRefs refs {j.source, f.extensionRefSource};
        body.push_back({QStringLiteral("auth_jwt \"%1\";").arg(j.realm), refs});
        if (!j.jwksPath.isEmpty())
            body.push_back({QStringLiteral("auth_jwt_key_request %1;").arg(j.jwksPath), refs});
        else if (!j.keyFile.isEmpty())
            body.push_back({QStringLiteral("auth_jwt_key_file %1;").arg(j.keyFile), refs});
        if (j.keyCache)
            body.push_back({QStringLiteral("auth_jwt_key_cache %1;").arg(*j.keyCache), refs});
    }
    corsPreflight(loc, f);
    if (f.redirect) {
        const RequestRedirect &r = *f.redirect;
        if (r.path) {
            if (r.path->type == u"ReplaceFullPath")
                body.push_back(
                    {QStringLiteral("rewrite ^ %1;").arg(r.path->replaceFullPath.value_or(QString())),
                     {f.redirectSource}});
            else
                body.push_back({QStringLiteral("rewrite %1;")
                                    .arg(prefixRewrite(
                                        rule.path, r.path->replacePrefixMatch.value_or(QString()), false)),
                                {f.redirectSource}});
        }
        const int code = r.statusCode.value_or(302);
        loc.returnCode = code;
        body.push_back({QStringLiteral("return %1 \"%2\";").arg(code).arg(returnUrl(r, mr.listenerPort)),
                        {f.redirectSource}});
        corsHeaders(loc, f);
        if (printVersion)
            body.push_back({QStringLiteral("proxy_http_version 1.1;"), {}});
        return;
    }

    const bool grpc = mr.grpc;
    const bool rewritesPath = f.rewrite && f.rewrite->path;
    if (internal && grpc)
        body.push_back({QStringLiteral("rewrite ^ $request_uri break;"), {matchSource}});
    else if (internal && rewritesPath)
        body.push_back({QStringLiteral("rewrite ^ $request_uri;"), {f.rewriteSource}});
    if (rewritesPath) {
        const PathModifier &pm = *f.rewrite->path;
        if (pm.type == u"ReplaceFullPath")
            body.push_back({QStringLiteral("rewrite ^ %1 break;").arg(pm.replaceFullPath.value_or(QString())),
                            {f.rewriteSource}});
        else
            body.push_back(
                {QStringLiteral("rewrite %1;")
                     .arg(prefixRewrite(rule.path, pm.replacePrefixMatch.value_or(QString()), true)),
                 {f.rewriteSource}});
    }
    mirrors(loc, f);
    corsHeaders(loc, f);
    if (grpc)
        body.push_back({QStringLiteral("include /etc/nginx/grpc-error-pages.conf;"), {}});
    const BackendGroup &group = m_config.backendGroups[size_t(mr.group)];
    // Edge: HTTP/2 to the upstream when every valid backend's Service port is h2c (NGF main's servers.go
    // updateLocationProxySettings; v2.6.7 rejects h2c in state/graph/backend_refs.go
    // validateRouteBackendRefAppProtocol).
    bool h2c = false;
    if (!grpc && m_config.profile.version.isEdge()) {
        int valid = 0, h2cCount = 0;
        for (const Backend &b : group.backends) {
            if (!b.valid)
                continue;
            ++valid;
            if (const Upstream *u = m_config.upstream(b.upstreamName); u && u->h2c)
                ++h2cCount;
        }
        h2c = valid > 0 && valid == h2cCount;
    }
    if (h2c)
        body.push_back({QStringLiteral("proxy_http_version 2;"), {}});
    else if (printVersion)
        body.push_back({QStringLiteral("proxy_http_version 1.1;"), {}});

    // proxy_pass target.
    SourceRefs passSources;
    for (const Backend &b : group.backends)
        passSources.push_back(b.source);
    if (passSources.empty())
        passSources.push_back(mr.rule->source);
    // createProxyTLSFromBackends: the first backend with a BackendTLSPolicy decides (the graph has
    // made sure that all backends of the rule share one).
    const VerifyTls *verify = nullptr;
    for (const Backend &b : group.backends) {
        if (!verify && b.verifyTls)
            verify = &*b.verifyTls;
    }
    const QString scheme = grpc ? (verify ? QStringLiteral("grpcs://") : QStringLiteral("grpc://"))
                                : (verify ? QStringLiteral("https://") : QStringLiteral("http://"));
    QString target;
    if (group.backends.size() > 1)
        target = u'$' + group.variableName();
    else if (group.backends.size() == 1 && group.backends.front().valid && group.backends.front().weight > 0)
        target = group.backends.front().upstreamName;
    else
        target = QStringLiteral("invalid-backend-ref");
    loc.proxyPass = scheme + target;
    if (internal && !grpc && !rewritesPath)
        loc.proxyPass += QStringLiteral("$request_uri");

    bool keepalive = false;
    for (const Backend &b : group.backends) {
        if (!b.valid)
            continue;
        if (const Upstream *u = m_config.upstream(b.upstreamName); u && u->keepAlive.value_or(0) > 0)
            keepalive = true;
    }

    // Headers: add, set, remove, then the base headers not already named (exact case).
    struct Header
    {
        QString name;
        QString value;
        SourceRef source;
    };
    std::vector<Header> headers;
    if (f.requestHeaders) {
        const HeaderModifier &m = *f.requestHeaders;
        for (const HeaderValue &h : m.add)
            headers.push_back({h.name,
                               QStringLiteral("${%1_header_var}").arg(headerVariablePart(h.name)) + h.value,
                               f.requestHeadersSource});
        for (const HeaderValue &h : m.set)
            headers.push_back({h.name, h.value, f.requestHeadersSource});
        for (const QString &h : m.remove)
            headers.push_back({h, QString(), f.requestHeadersSource});
    }
    // createBaseProxySetHeaders: an ExternalName backend's name is the Host (the first such
    // backend of the group); a URLRewrite hostname replaces it.
    QString host = QStringLiteral("$gw_api_compliant_host");
    SourceRef hostSource;
    for (const Backend &b : group.backends) {
        if (!b.externalHostname.isEmpty()) {
            host = b.externalHostname;
            hostSource = b.source;
            break;
        }
    }
    if (f.rewrite && f.rewrite->hostname) {
        host = *f.rewrite->hostname;
        hostSource = f.rewriteSource;
    }
    std::vector<Header> base {
        {QStringLiteral("Host"), host, hostSource},
        {QStringLiteral("X-Forwarded-For"), QStringLiteral("$proxy_add_x_forwarded_for"), {}},
        {QStringLiteral("X-Real-IP"), QStringLiteral("$remote_addr"), {}},
        {QStringLiteral("X-Forwarded-Proto"), QStringLiteral("$scheme"), {}},
        {QStringLiteral("X-Forwarded-Host"), QStringLiteral("$host"), {}},
        {QStringLiteral("X-Forwarded-Port"), QStringLiteral("$server_port"), {}},
    };
    if (grpc) {
        base.push_back({QStringLiteral("Authority"), QStringLiteral("$gw_api_compliant_host"), {}});
    } else if (!h2c) {
        base.push_back({QStringLiteral("Upgrade"), QStringLiteral("$http_upgrade"), {}});
        base.push_back(
            {QStringLiteral("Connection"),
             keepalive ? QStringLiteral("$connection_keepalive") : QStringLiteral("$connection_upgrade"),
             {}});
    }
    for (const Header &b : base) {
        bool present = false;
        for (const Header &h : headers)
            present = present || h.name == b.name;
        if (!present)
            headers.push_back(b);
    }
    const QString prefix = grpc ? QStringLiteral("grpc") : QStringLiteral("proxy");
    for (const Header &h : headers) {
        SourceRefs refs;
        if (h.source.isValid())
            refs.push_back(h.source);
        body.push_back({prefix + QStringLiteral("_set_header ") + h.name + QStringLiteral(" \"") + h.value +
                            QStringLiteral("\";"),
                        refs});
    }
    body.push_back({prefix + QStringLiteral("_pass ") + loc.proxyPass + u';', passSources});

    if (f.responseHeaders) {
        const HeaderModifier &m = *f.responseHeaders;
        const SourceRefs refs {f.responseHeadersSource};
        for (const HeaderValue &h : m.add)
            body.push_back({QStringLiteral("add_header %1 \"%2\" always;").arg(h.name, h.value), refs});
        for (const HeaderValue &h : m.set) {
            body.push_back({QStringLiteral("proxy_hide_header %1;").arg(h.name), refs});
            body.push_back({QStringLiteral("add_header %1 \"%2\" always;").arg(h.name, h.value), refs});
        }
        for (const QString &h : m.remove)
            body.push_back({QStringLiteral("proxy_hide_header %1;").arg(h), refs});
    }
    if (verify) {
        // servers_template.go: after the response headers, per location that proxies.
        const SourceRefs refs {verify->source};
        body.push_back({prefix + QStringLiteral("_ssl_server_name on;"), refs});
        body.push_back({prefix + QStringLiteral("_ssl_verify on;"), refs});
        body.push_back({prefix + QStringLiteral("_ssl_verify_depth 4;"), refs});
        if (!verify->hostname.isEmpty())
            body.push_back({prefix + QStringLiteral("_ssl_name ") + verify->hostname + u';', refs});
        if (!verify->trustedCertificate.isEmpty())
            body.push_back(
                {prefix + QStringLiteral("_ssl_trusted_certificate ") + verify->trustedCertificate + u';',
                 refs});
    }
}

void LocationBuilder::build(VirtualServer &server)
{
    const bool printVersion = m_config.profile.version.printsProxyHttpVersion();
    server.locations.clear();
    m_exactPaths.clear();
    m_prefixPaths.clear();
    m_serverId = server.id;
    m_mirrorPercent.clear();
    for (const PathRule &r : server.pathRules) {
        for (const MatchRule &mr : r.matchRules) {
            if (!mr.filtersValid)
                continue;
            for (const RouteFilters::Mirror &m : mr.rule->filters.mirrors) {
                const auto it = m_mirrorPercent.find(m.target);
                if (it == m_mirrorPercent.end() || m.percent > it->second)
                    m_mirrorPercent[m.target] = m.percent;
            }
        }
    }
    for (const PathRule &r : server.pathRules) {
        if (r.type == PathType::Exact)
            m_exactPaths.insert(r.path);
        else if (r.type == PathType::Prefix)
            m_prefixPaths.insert(r.path);
    }
    for (int pi = 0; pi < int(server.pathRules.size()); ++pi) {
        const PathRule &rule = server.pathRules[size_t(pi)];
        if (rule.matchRules.empty())
            continue;
        bool needsInternal = rule.matchRules.size() > 1;
        for (const MatchRule &mr : rule.matchRules)
            needsInternal = needsInternal || mr.match.method || !mr.match.headers.empty() ||
                !mr.match.queryParams.empty();
        const std::vector<PathLocation> paths = externalPaths(server, rule);
        if (!needsInternal) {
            for (const PathLocation &p : paths) {
                Location loc;
                loc.type = Location::Type::External;
                loc.modifier = p.modifier;
                loc.path = p.path;
                loc.pathRuleIndex = pi;
                loc.matchRuleIndex = 0;
                // updateLocationMirrorRoute: the location of an internal mirror route is internal.
                fillProxy(loc, rule, rule.matchRules.front(), rule.path.startsWith(internalMirrorPrefix));
                server.locations.push_back(std::move(loc));
            }
            continue;
        }
        const QString key = server.id + u'_' + QString::number(pi);
        for (const PathLocation &p : paths) {
            Location loc;
            loc.type = Location::Type::Redirect;
            loc.modifier = p.modifier;
            loc.path = p.path;
            loc.pathRuleIndex = pi;
            loc.matchKey = key;
            SourceRefs all;
            for (const MatchRule &mr : rule.matchRules)
                all.push_back(mr.source);
            loc.sources = all;
            loc.body.push_back({QStringLiteral("set $match_key %1;").arg(key), all});
            loc.body.push_back({QStringLiteral("js_content httpmatches.redirect;"), all});
            if (printVersion)
                loc.body.push_back({QStringLiteral("proxy_http_version 1.1;"), all});
            server.locations.push_back(std::move(loc));
        }
        // Only reached when some location exists for the rule (both prefix forms may be owned
        // by other rules, in which case NGF writes nothing for this one).
        if (paths.empty())
            continue;
        std::vector<MatchEntry> entries;
        for (int mi = 0; mi < int(rule.matchRules.size()); ++mi) {
            const MatchRule &mr = rule.matchRules[size_t(mi)];
            Location loc;
            loc.type = Location::Type::Internal;
            loc.path = QStringLiteral("/_ngf-internal-rule%1-route%2").arg(pi).arg(mi);
            loc.pathRuleIndex = pi;
            loc.matchRuleIndex = mi;
            fillProxy(loc, rule, mr, true);
            MatchEntry e;
            e.method = mr.match.method;
            e.redirectPath = loc.path;
            QStringList seen;
            for (const ValueMatch &h : mr.match.headers) {
                if (seen.contains(h.name.toLower()))
                    continue;
                seen << h.name.toLower();
                e.headers << h.name + u':' + h.type + u':' + h.value;
            }
            for (const ValueMatch &q : mr.match.queryParams)
                e.params << q.name + u'=' + q.type + u'=' + q.value;
            e.any = !e.method && e.headers.isEmpty() && e.params.isEmpty();
            e.source = mr.source;
            entries.push_back(std::move(e));
            server.locations.push_back(std::move(loc));
        }
        m_config.matches[key] = std::move(entries);
    }
    // servers.go createLocations: the OIDC callback locations, then the root 404, then the JWKS ones.
    for (Location &l : OidcProviderBuilder::callbackLocations(server, printVersion))
        server.locations.push_back(std::move(l));
    if (needsRoot404(server)) {
        Location loc;
        loc.type = Location::Type::Root404;
        loc.modifier = QStringLiteral("=");
        loc.path = QStringLiteral("/");
        loc.returnCode = 404;
        // It exists because nothing in the server covers "/": it belongs to the server's sources.
        loc.sources = server.sources;
        loc.body.push_back({QStringLiteral("return 404 \"\";"), server.sources});
        if (printVersion)
            loc.body.push_back({QStringLiteral("proxy_http_version 1.1;"), server.sources});
        server.locations.push_back(std::move(loc));
    }
    addJwksLocations(server);
}

void LocationBuilder::addJwksLocations(VirtualServer &server) const
{
    // servers.go extractUniqueJWKSLocations: one internal location per remote JWKS path, after all
    // others, proxying to the JWKS URI with NGF's TLS verification.
    const bool printVersion = m_config.profile.version.printsProxyHttpVersion();
    QStringList seen;
    std::vector<Location> jwks;
    for (const Location &l : server.locations) {
        if (l.matchRuleIndex < 0 || l.pathRuleIndex < 0 || l.type == Location::Type::Redirect)
            continue;
        const MatchRule &mr = server.pathRules[size_t(l.pathRuleIndex)].matchRules[size_t(l.matchRuleIndex)];
        if (!mr.filtersValid || !mr.rule->filters.jwtAuth || mr.rule->filters.jwtAuth->jwksPath.isEmpty())
            continue;
        const JwtAuthConfig &j = *mr.rule->filters.jwtAuth;
        if (seen.contains(j.jwksPath))
            continue;
        seen << j.jwksPath;
        Location loc;
        loc.type = Location::Type::Internal;
        loc.path = j.jwksPath;
        loc.proxyPass = j.jwksUri;
        const SourceRefs refs {j.source};
        loc.sources = refs;
        loc.body.push_back({QStringLiteral("internal;"), refs});
        if (printVersion)
            loc.body.push_back({QStringLiteral("proxy_http_version 1.1;"), refs});
        loc.body.push_back({QStringLiteral("proxy_pass %1;").arg(j.jwksUri), refs});
        loc.body.push_back({QStringLiteral("proxy_ssl_server_name on;"), refs});
        loc.body.push_back({QStringLiteral("proxy_ssl_verify on;"), refs});
        loc.body.push_back({QStringLiteral("proxy_ssl_verify_depth 4;"), refs});
        loc.body.push_back(
            {QStringLiteral("proxy_ssl_trusted_certificate %1;").arg(j.trustedCertificate), refs});
        jwks.push_back(std::move(loc));
    }
    for (Location &l : jwks)
        server.locations.push_back(std::move(l));
}

} // namespace gw::ngf
