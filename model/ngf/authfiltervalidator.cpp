// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/authfiltervalidator.h"

#include "core/design.h"
#include "ngf/fielderror.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QRegularExpression>

namespace gw::ngf {

namespace {

// conditions.go NewAuthenticationFilterInvalid / NewAuthenticationFilterAcceptedWithMessage.
Condition accepted(bool ok, const QString &message)
{
    return Condition {QStringLiteral("Accepted"), ok,
                      ok ? QStringLiteral("Accepted") : QStringLiteral("Invalid"), message};
}

Conditions invalid(const QString &message, bool *valid)
{
    *valid = false;
    return {accepted(false, message)};
}

bool matches(const QString &pattern, const QString &value)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(value).hasMatch();
}

// NGF nginx/config/validation/auth_fields.go: the formats and their messages.
const QString httpsUrlFmt = QStringLiteral(
    R"(^https:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?$)");
const QString pathUriFmt = QStringLiteral(R"(^/[A-Za-z0-9._~!&'()*+,=@/-]*$)");
const QString redirectUriFmt = QStringLiteral(
    R"(^(https:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?|\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)$)");
const QString postLogoutUriFmt = QStringLiteral(
    R"(^(https?:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?|\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)$)");
const QString queryInPathFmt = QStringLiteral(R"(^\/[^?]*\?)");
const QString extraArgKeyFmt = QStringLiteral("^[a-zA-Z0-9_.-]+$");

/** validateHTTPSURL */
QString httpsUrl(const QString &url)
{
    if (matches(httpsUrlFmt, url))
        return {};
    return regexError(QStringLiteral("must be a valid HTTPS URL"), httpsUrlFmt,
                      {QStringLiteral("https://accounts.example.com"),
                       QStringLiteral("https://auth.example.com:8080/oidc")});
}

/** validatePathURI */
QString pathUri(const QString &uri)
{
    if (matches(pathUriFmt, uri))
        return {};
    return regexError(QStringLiteral("must be a path-only URI starting with /"), pathUriFmt,
                      {QStringLiteral("/callback")});
}

/** ValidateOIDCRedirectURI and ValidateOIDCPostLogoutURI: the format, then no query in a path. */
QString uriOrPath(const QString &uri, const QString &fmt, const QString &message, const QStringList &examples)
{
    if (!matches(fmt, uri))
        return regexError(message, fmt, examples);
    if (QRegularExpression(queryInPathFmt).match(uri).hasMatch())
        return QStringLiteral("query parameters are not allowed in path-only URIs");
    return {};
}

} // namespace

AuthFilterValidator::AuthFilterValidator(const Design &design, bool plus)
    : m_design(design)
    , m_plus(plus)
{ }

Conditions AuthFilterValidator::validate(const Resource &filter, bool *valid) const
{
    *valid = true;
    const AuthenticationFilter &spec = *filter.as<AuthenticationFilter>();
    const QString ns = filter.meta.ns;
    // A realm is printed between double quotes as NGF writes it unchecked; the preview refuses what
    // nginx would misread (docs/ngf.md, "Injection").
    const auto realm = [&](const QString &realm, const QString &path) -> Conditions {
        if (const QString e = validation::escapedStringNoVarExpansion(realm); !e.isEmpty())
            return invalid(FieldError::invalid(path, goQuote(realm), e).toString(), valid);
        return {};
    };
    if (spec.type == u"Basic" && spec.basic) {
        Conditions c = secret(ns, spec.basic->secretName, QStringLiteral("spec.basic.secretRef"), valid);
        if (!*valid)
            return c;
        if (Conditions r = realm(spec.basic->realm, QStringLiteral("spec.basic.realm")); !r.empty())
            return r;
        return c;
    }
    if (spec.type == u"JWT" || spec.type == u"OIDC") {
        if (!m_plus)
            return invalid(QStringLiteral("%1 Authentication requires NGINX Plus.").arg(spec.type), valid);
    }
    if (spec.type == u"JWT" && spec.jwt) {
        const JwtAuth &jwt = *spec.jwt;
        Conditions c;
        if (jwt.source == u"File" && jwt.fileSecretName)
            c = secret(ns, *jwt.fileSecretName, QStringLiteral("spec.jwt.file.secretRef"), valid);
        else if (jwt.source == u"Remote" && jwt.remote)
            c = remoteJwt(ns, *jwt.remote, valid);
        if (!*valid)
            return c;
        if (Conditions r = realm(jwt.realm, QStringLiteral("spec.jwt.realm")); !r.empty())
            return r;
        // The CRD's Duration pattern keeps the key cache NGF prints as is; the preview checks it again
        // for designs that bypass the API server.
        if (jwt.keyCache) {
            if (const QString e = validation::nginxDuration(*jwt.keyCache); !e.isEmpty())
                return invalid(
                    FieldError::invalid(QStringLiteral("spec.jwt.keyCache"), jsonQuote(*jwt.keyCache), e)
                        .toString(),
                    valid);
        }
        return c;
    }
    if (spec.type == u"OIDC" && spec.oidc)
        return oidc(ns, *spec.oidc, valid);
    if (spec.type == u"JWT" || spec.type == u"OIDC")
        return {}; // the CRD's CEL rule (the parser reported it); NGF would dereference a nil spec
    return invalid(FieldError::invalid(QStringLiteral("spec.type"), jsonQuote(spec.type),
                                       QStringLiteral("unsupported authentication type"))
                       .toString(),
                   valid);
}

Conditions AuthFilterValidator::secret(const QString &ns, const QString &name, const QString &path,
                                       bool *valid) const
{
    // resolveAuthenticationFilterSecret, then resolveHtPasswdSecret
    const QString error = RefResolver(m_design).secret(ns, name, QStringLiteral("auth"));
    if (!error.isEmpty())
        return invalid(
            FieldError::invalid(path, goQuote(QStringLiteral("secret %1/%2 is invalid").arg(ns, name)), error)
                .toString(),
            valid);
    const Resource *s = m_design.find(Kind::Secret, ns, name);
    if (s && s->as<Secret>()->type == u"nginx.org/htpasswd")
        return {accepted(true,
                         QStringLiteral("The AuthenticationFilter is accepted, but the referenced Secret "
                                        "%1/%2 of type \"nginx.org/htpasswd\" is now deprecated. This "
                                        "secret type will be removed in a future release. Please use "
                                        "type \"Opaque\" instead.")
                             .arg(ns, name))};
    return {};
}

Conditions AuthFilterValidator::remoteJwt(const QString &ns, const JwtRemote &remote, bool *valid) const
{
    // validateRemoteJWT: every CA Secret must resolve with the key "ca.crt".
    FieldErrors errors;
    for (const QString &ref : remote.caCertificateRefs) {
        const QString error = RefResolver(m_design).secret(ns, ref, QStringLiteral("ca.crt"));
        if (!error.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.jwt.remote.caCertificateRefs"),
                                                 goQuote(ref), error));
    }
    if (!errors.empty())
        return invalid(aggregate(errors), valid);
    // NGF relies on the CRD's pattern for the URI it proxies to; the preview checks it again for
    // designs that bypass the API server (docs/ngf.md, "Injection").
    if (const QString e = httpsUrl(remote.uri); !e.isEmpty())
        return invalid(
            FieldError::invalid(QStringLiteral("spec.jwt.remote.uri"), goQuote(remote.uri), e).toString(),
            valid);
    return {};
}

Conditions AuthFilterValidator::oidc(const QString &ns, const OidcAuth &o, bool *valid) const
{
    // validateOIDC: validateOIDCFields, validateOIDCSecretRefs, validateOIDCLogoutURIs, all errors
    // aggregated into one condition.
    FieldErrors errors;
    if (const QString e = httpsUrl(o.issuer); !e.isEmpty())
        errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.issuer"), goQuote(o.issuer), e));
    if (o.configUrl) {
        if (const QString e = httpsUrl(*o.configUrl); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.oidc.configURL"), goQuote(*o.configUrl), e));
    }
    if (o.redirectUri) {
        const QString e =
            uriOrPath(*o.redirectUri, redirectUriFmt,
                      QStringLiteral("must be a valid HTTPS URL or a path starting with /"),
                      {QStringLiteral("/callback"), QStringLiteral("https://example.com/callback")});
        if (!e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.oidc.redirectURI"), goQuote(*o.redirectUri), e));
    }
    if (o.sessionTimeout) {
        if (const QString e = validation::nginxDuration(*o.sessionTimeout); !e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.session.timeout"),
                                                 jsonQuote(*o.sessionTimeout), e));
    }
    // Go ranges over the map in random order; the preview takes the keys sorted.
    for (auto it = o.extraAuthArgs.begin(); it != o.extraAuthArgs.end(); ++it) {
        QString e;
        if (!matches(extraArgKeyFmt, it.key()))
            e = QStringLiteral("invalid key %1: %2")
                    .arg(goQuote(it.key()),
                         regexError(QStringLiteral("must contain only alphanumeric characters, hyphens, "
                                                   "underscores, or dots"),
                                    extraArgKeyFmt,
                                    {QStringLiteral("prompt"), QStringLiteral("acr_values")}));
        else if (const QString v = validation::escapedStringNoVarExpansion(
                     it.value(), {QStringLiteral("consent"), QStringLiteral("openid profile")});
                 !v.isEmpty())
            e = QStringLiteral("invalid value for key %1: %2").arg(goQuote(it.key()), v);
        if (!e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.extraAuthArgs"),
                                                 goQuote(it.key() + u'=' + it.value()), e));
    }
    const RefResolver refs(m_design);
    static const QRegularExpression token(QStringLiteral(R"(^[^\s;{}"'$\\#]+$)"));
    const QString tokenRule =
        QStringLiteral("must be one nginx token (no whitespace, quotes, ';', '{', '}', '#', '$' or '\\')");
    if (const QString e = refs.secret(ns, o.clientSecretName, QStringLiteral("client-secret"));
        !e.isEmpty()) {
        errors.push_back(
            FieldError::invalid(QStringLiteral("spec.oidc.clientSecretRef"), goQuote(o.clientSecretName), e));
    } else if (const Resource *s = m_design.find(Kind::Secret, ns, o.clientSecretName); s &&
               !token.match(QString::fromUtf8(s->as<Secret>()->data.value(QStringLiteral("client-secret"))))
                    .hasMatch()) {
        // NGF prints the client secret bare in the oidc_provider block (preview's check, docs/ngf.md).
        errors.push_back(
            FieldError::invalid(QStringLiteral("spec.oidc.clientSecretRef"), goQuote(o.clientSecretName),
                                QStringLiteral("the data field \"client-secret\" ") + tokenRule));
    }
    if (o.caCertificateRefs.size() > 1) {
        errors.push_back(FieldError::invalid(
            QStringLiteral("spec.oidc.caCertificateRefs"), QString::number(o.caCertificateRefs.size()),
            QStringLiteral(
                "at most one CA certificate reference is supported for OIDC authentication filters")));
        return invalid(aggregate(errors), valid);
    }
    for (const QString &ref : o.caCertificateRefs) {
        if (const QString e = refs.secret(ns, ref, QStringLiteral("ca.crt")); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.oidc.caCertificateRefs"), goQuote(ref), e));
    }
    if (o.crlSecretName) {
        if (const QString e = refs.secret(ns, *o.crlSecretName, QStringLiteral("ca.crl")); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.oidc.crlSecretRef"), goQuote(*o.crlSecretName), e));
    }
    if (o.logoutUri) {
        if (const QString e = pathUri(*o.logoutUri); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.oidc.logout.uri"), goQuote(*o.logoutUri), e));
    }
    if (o.postLogoutUri) {
        const QString e =
            uriOrPath(*o.postLogoutUri, postLogoutUriFmt,
                      QStringLiteral("must be a valid HTTP or HTTPS URL or a path starting with /"),
                      {QStringLiteral("/logged_out"), QStringLiteral("https://example.com/logged_out")});
        if (!e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.logout.postLogoutURI"),
                                                 goQuote(*o.postLogoutUri), e));
    }
    if (o.frontChannelLogoutUri) {
        if (const QString e = pathUri(*o.frontChannelLogoutUri); !e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.logout.frontChannelLogoutURI"),
                                                 goQuote(*o.frontChannelLogoutUri), e));
    }
    // The preview also refuses values NGF prints unchecked that nginx would misread (docs/ngf.md,
    // "Injection"): the client ID and the cookie name are bare tokens in the oidc_provider block.
    if (!token.match(o.clientId).hasMatch())
        errors.push_back(
            FieldError::invalid(QStringLiteral("spec.oidc.clientID"), goQuote(o.clientId), tokenRule));
    if (o.cookieName && !token.match(*o.cookieName).hasMatch())
        errors.push_back(FieldError::invalid(QStringLiteral("spec.oidc.session.cookieName"),
                                             goQuote(*o.cookieName), tokenRule));
    if (!errors.empty())
        return invalid(aggregate(errors), valid);
    return {};
}

} // namespace gw::ngf
