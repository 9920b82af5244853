// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/oidcproviderbuilder.h"

#include "core/design.h"

#include <QSet>

#include <algorithm>

namespace gw::ngf {

namespace {

QString redirectUri(const Resource &filter, const OidcAuth &o)
{
    // convertAuthenticationFilterOIDC: /oidc_callback_<ns>_<name> unless set.
    return o.redirectUri.value_or(
        QStringLiteral("/oidc_callback_%1_%2").arg(filter.meta.ns, filter.meta.name));
}

} // namespace

void OidcProviderBuilder::build(const Design &design, const Graph &graph, Configuration &config)
{
    std::vector<const GraphAuthenticationFilter *> filters;
    for (const GraphAuthenticationFilter &f : graph.authenticationFilters) {
        const AuthenticationFilter &spec = *f.resource->as<AuthenticationFilter>();
        if (f.valid && f.referenced && spec.type == u"OIDC" && spec.oidc)
            filters.push_back(&f);
    }
    std::sort(filters.begin(), filters.end(), [](const auto *a, const auto *b) {
        return std::pair(a->resource->meta.ns, a->resource->meta.name) <
            std::pair(b->resource->meta.ns, b->resource->meta.name);
    });
    for (const GraphAuthenticationFilter *f : filters) {
        const Resource &r = *f->resource;
        const OidcAuth &o = *r.as<AuthenticationFilter>()->oidc;
        const Resource *secret = design.find(Kind::Secret, r.meta.ns, o.clientSecretName);
        if (!secret)
            continue;
        OidcProvider p;
        p.name = GraphAuthenticationFilter::oidcProviderName(r.meta.ns, r.meta.name);
        p.sources = {sourceOf(r, QStringLiteral("spec.oidc"))};
        const auto line = [&](const QString &text, const QString &field) {
            p.body.push_back({text, {sourceOf(r, QStringLiteral("spec.oidc.") + field)}});
        };
        line(QStringLiteral("issuer %1;").arg(o.issuer), QStringLiteral("issuer"));
        line(QStringLiteral("client_id %1;").arg(o.clientId), QStringLiteral("clientID"));
        line(QStringLiteral("client_secret %1;")
                 .arg(QString::fromUtf8(secret->as<Secret>()->data.value(QStringLiteral("client-secret")))),
             QStringLiteral("clientSecretRef"));
        line(QStringLiteral("redirect_uri %1;").arg(redirectUri(r, o)), QStringLiteral("redirectURI"));
        // setOIDCCACert: the first CA Secret that exists (cert_bundle_<ns>_<name>.crt).
        for (const QString &ca : o.caCertificateRefs) {
            if (design.find(Kind::Secret, r.meta.ns, ca)) {
                line(QStringLiteral("ssl_trusted_certificate /etc/nginx/secrets/cert_bundle_%1_%2.crt")
                             .arg(r.meta.ns, ca) +
                         u';',
                     QStringLiteral("caCertificateRefs"));
                break;
            }
        }
        // setOIDCCRLCert: crl_bundle_<ns>_<name>.pem
        if (o.crlSecretName && design.find(Kind::Secret, r.meta.ns, *o.crlSecretName))
            line(QStringLiteral("ssl_crl /etc/nginx/secrets/crl_bundle_%1_%2.pem;")
                     .arg(r.meta.ns, *o.crlSecretName),
                 QStringLiteral("crlSecretRef"));
        if (o.configUrl)
            line(QStringLiteral("config_url %1;").arg(*o.configUrl), QStringLiteral("configURL"));
        const auto flag = [](bool on) { return on ? QStringLiteral("on") : QStringLiteral("off"); };
        if (o.pkce)
            line(QStringLiteral("pkce %1;").arg(flag(*o.pkce)), QStringLiteral("pkce"));
        if (!o.extraAuthArgs.isEmpty()) {
            // buildSortedExtraAuthArgs: key=value joined with '&', keys sorted.
            QStringList pairs;
            for (auto it = o.extraAuthArgs.begin(); it != o.extraAuthArgs.end(); ++it)
                pairs << it.key() + u'=' + it.value();
            line(QStringLiteral("extra_auth_args \"%1\";").arg(pairs.join(u'&')),
                 QStringLiteral("extraAuthArgs"));
        }
        if (o.cookieName)
            line(QStringLiteral("cookie_name %1;").arg(*o.cookieName), QStringLiteral("session.cookieName"));
        if (o.sessionTimeout)
            line(QStringLiteral("session_timeout %1;").arg(*o.sessionTimeout),
                 QStringLiteral("session.timeout"));
        if (o.logoutUri)
            line(QStringLiteral("logout_uri %1;").arg(*o.logoutUri), QStringLiteral("logout.uri"));
        if (o.postLogoutUri)
            line(QStringLiteral("post_logout_uri %1;").arg(*o.postLogoutUri),
                 QStringLiteral("logout.postLogoutURI"));
        if (o.frontChannelLogoutUri)
            line(QStringLiteral("frontchannel_logout_uri %1;").arg(*o.frontChannelLogoutUri),
                 QStringLiteral("logout.frontChannelLogoutURI"));
        if (o.tokenHint)
            line(QStringLiteral("logout_token_hint %1;").arg(flag(*o.tokenHint)),
                 QStringLiteral("logout.tokenHint"));
        config.oidcProviders.push_back(std::move(p));
    }
}

std::vector<Location> OidcProviderBuilder::callbackLocations(const VirtualServer &server, bool printVersion)
{
    // existingExactPathSet: every rule path except a prefix without a trailing slash.
    QSet<QString> existing;
    for (const PathRule &r : server.pathRules) {
        if (!(r.type == PathType::Prefix && !r.path.endsWith(u'/')))
            existing.insert(r.path);
    }
    // findOIDCProviders: each provider once, in rule order.
    std::vector<Location> out;
    QStringList providers;
    QSet<QString> seenPaths;
    for (int pi = 0; pi < int(server.pathRules.size()); ++pi) {
        for (const MatchRule &mr : server.pathRules[size_t(pi)].matchRules) {
            const RouteFilters &f = mr.rule->filters;
            if (!mr.filtersValid || !f.oidcResource || providers.contains(f.oidcProvider))
                continue;
            providers << f.oidcProvider;
            const Resource &filter = *f.oidcResource;
            const OidcAuth &o = *filter.as<AuthenticationFilter>()->oidc;
            QStringList paths;
            if (const QString redirect = redirectUri(filter, o); redirect.startsWith(u'/'))
                paths << redirect;
            if (o.logoutUri)
                paths << *o.logoutUri;
            if (o.frontChannelLogoutUri)
                paths << *o.frontChannelLogoutUri;
            for (const QString &path : paths) {
                if (existing.contains(path) || seenPaths.contains(path))
                    continue;
                seenPaths.insert(path);
                // createOIDCCallbackLocation: an exact location with only auth_oidc.
                Location loc;
                loc.type = Location::Type::External;
                loc.modifier = QStringLiteral("=");
                loc.path = path;
                const SourceRefs refs {f.oidcSource};
                loc.sources = refs;
                loc.body.push_back({QStringLiteral("auth_oidc %1;").arg(f.oidcProvider), refs});
                if (printVersion)
                    loc.body.push_back({QStringLiteral("proxy_http_version 1.1;"), refs});
                out.push_back(std::move(loc));
            }
        }
    }
    return out;
}

} // namespace gw::ngf
