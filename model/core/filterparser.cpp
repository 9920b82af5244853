// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filterparser.h"

#include "core/objectreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::FilterParser)
};

// The CRD patterns of NGF apis/v1alpha1/authenticationfilter_types.go and shared_types.go (Duration).
const QString httpsUrlPattern = QStringLiteral(
    R"(^https:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?$)");
const QString redirectUriPattern = QStringLiteral(
    R"(^(https:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?|\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)$)");
const QString postLogoutUriPattern = QStringLiteral(
    R"(^(https?:\/\/[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*(:[0-9]{1,5})?)"
    R"((\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)?|\/[a-zA-Z0-9._~:\/?@!&'()*+,=-]*)$)");
const QString pathUriPattern = QStringLiteral(R"(^/[A-Za-z0-9._~!&'()*+,=@/-]*$)");
const QString durationPattern = QStringLiteral(R"(^[0-9]{1,4}(ms|s|m|h)?$)");

/** An optional string field checked against its CRD pattern, as the API server does. */
std::optional<QString> patterned(ObjectReader &r, const Node *map, std::string_view key, const Path &path,
                                 const QString &pattern, bool required = false)
{
    const auto v = r.string(map, key, path, required);
    if (v && !QRegularExpression(pattern).match(*v).hasMatch())
        r.error(r.get(map, key), path, Tr::tr("should match '%1'").arg(pattern));
    return v;
}

/** A LocalObjectReference's name (required). */
QString localRef(ObjectReader &r, const Node *map, std::string_view key, const Path &path,
                 const QString &what)
{
    if (const Node *ref = r.mapping(map, key, path))
        return r.string(ref, "name", path / "name", true).value_or(QString());
    if (map && !r.has(map, key))
        r.error(map, path, Tr::tr("required: %1").arg(what));
    return {};
}

/** A list of LocalObjectReferences of at most one item (the CRD's MaxItems=1). */
std::vector<QString> caRefs(ObjectReader &r, const Node *map, const Path &path)
{
    std::vector<QString> out;
    r.forEach(map, "caCertificateRefs", path, [&](const Node *item, const Path &ip) {
        out.push_back(r.string(item, "name", ip / "name", true).value_or(QString()));
    });
    if (out.size() > 1)
        r.error(r.get(map, "caCertificateRefs"), path, Tr::tr("must have at most 1 items"));
    return out;
}

const QStringList snippetContexts {QStringLiteral("main"), QStringLiteral("http"),
                                   QStringLiteral("http.server"), QStringLiteral("http.server.location")};

} // namespace

void FilterParser::parseSnippetsFilter(ObjectReader &r, const Node *spec, SnippetsFilter &out)
{
    // The CRD (NGF apis/v1alpha1/snippetsfilter_types.go): 1 to 4 snippets, one per context, a
    // context of the enum and a non-empty value. The API server refuses anything else.
    const Path p = Path::of("spec") / "snippets";
    if (!spec || !r.has(spec, "snippets")) {
        r.error(spec, p, Tr::tr("required: a SnippetsFilter needs spec.snippets (1 to 4 snippets)"));
        return;
    }
    QStringList seen;
    r.forEach(spec, "snippets", p, [&](const Node *item, const Path &sp) {
        Snippet s;
        s.context = r.string(item, "context", sp / "context", true).value_or(QString());
        const auto value = r.string(item, "value", sp / "value", true);
        s.value = value.value_or(QString());
        if (r.has(item, "context") && !snippetContexts.contains(s.context))
            r.error(r.get(item, "context"), sp / "context",
                    Tr::tr("\"%1\" is not a snippet context (main, http, http.server, http.server.location)")
                        .arg(s.context));
        else if (seen.contains(s.context))
            r.error(r.get(item, "context"), sp / "context",
                    Tr::tr("only one snippet is allowed per context (\"%1\" is used twice)").arg(s.context));
        seen << s.context;
        if (value && value->isEmpty())
            r.error(r.get(item, "value"), sp / "value", Tr::tr("must not be empty"));
        out.snippets.push_back(std::move(s));
    });
    if (out.snippets.empty() || out.snippets.size() > 4)
        r.error(r.get(spec, "snippets"), p, Tr::tr("must have 1 to 4 snippets"));
}

void FilterParser::parseAuthenticationFilter(ObjectReader &r, const Node *spec, AuthenticationFilter &out)
{
    // The CRD (NGF apis/v1alpha1/authenticationfilter_types.go): the type enum and the rules that
    // tie spec.basic, spec.jwt and spec.oidc to it.
    const Path p = Path::of("spec");
    out.type = r.string(spec, "type", p / "type", true).value_or(QString());
    if (r.has(spec, "type") && out.type != u"Basic" && out.type != u"JWT" && out.type != u"OIDC")
        r.error(r.get(spec, "type"), p / "type",
                Tr::tr("\"%1\" is not an authentication type (Basic, JWT, OIDC)").arg(out.type));
    if (const Node *basic = r.mapping(spec, "basic", p / "basic")) {
        const Path bp = p / "basic";
        BasicAuth b;
        if (const Node *ref = r.mapping(basic, "secretRef", bp / "secretRef"))
            b.secretName = r.string(ref, "name", bp / "secretRef" / "name", true).value_or(QString());
        else
            r.error(basic, bp / "secretRef", Tr::tr("required: the Secret that holds the htpasswd data"));
        b.realm = r.string(basic, "realm", bp / "realm", true).value_or(QString());
        out.basic = b;
    }
    if (const Node *jwt = r.mapping(spec, "jwt", p / "jwt"))
        out.jwt = parseJwt(r, jwt, p / "jwt");
    if (const Node *oidc = r.mapping(spec, "oidc", p / "oidc"))
        out.oidc = parseOidc(r, oidc, p / "oidc");
    const struct
    {
        const char16_t *type;
        const char *key;
        bool set;
    } parts[] = {{u"Basic", "basic", out.basic.has_value()},
                 {u"JWT", "jwt", out.jwt.has_value()},
                 {u"OIDC", "oidc", out.oidc.has_value()}};
    if (!spec || !r.has(spec, "type"))
        return;
    for (const auto &part : parts) {
        const bool own = out.type == QStringView(part.type);
        if (own && !part.set)
            r.error(r.get(spec, "type"), p / part.key,
                    Tr::tr("type %1 requires spec.%2 to be set").arg(out.type, QLatin1String(part.key)));
        else if (!own && part.set)
            r.error(r.get(spec, part.key), p / part.key,
                    Tr::tr("type %1 must not set spec.%2").arg(out.type, QLatin1String(part.key)));
    }
}

JwtAuth FilterParser::parseJwt(ObjectReader &r, const Node *jwt, const Path &p)
{
    // JWTAuth: realm and source required, the source enum and its CEL rules.
    JwtAuth out;
    out.realm = r.string(jwt, "realm", p / "realm", true).value_or(QString());
    out.source = r.string(jwt, "source", p / "source", true).value_or(QString());
    if (r.has(jwt, "source") && out.source != u"File" && out.source != u"Remote")
        r.error(r.get(jwt, "source"), p / "source",
                Tr::tr("\"%1\" is not a JWT key source (File, Remote)").arg(out.source));
    if (const Node *file = r.mapping(jwt, "file", p / "file"))
        out.fileSecretName = localRef(r, file, "secretRef", p / "file" / "secretRef",
                                      Tr::tr("the Secret that holds the JWKS"));
    if (const Node *remote = r.mapping(jwt, "remote", p / "remote")) {
        JwtRemote rem;
        rem.uri =
            patterned(r, remote, "uri", p / "remote" / "uri", httpsUrlPattern, true).value_or(QString());
        rem.caCertificateRefs = caRefs(r, remote, p / "remote" / "caCertificateRefs");
        out.remote = rem;
    }
    out.keyCache = patterned(r, jwt, "keyCache", p / "keyCache", durationPattern);
    if (out.source == u"File" && !out.fileSecretName && !r.has(jwt, "file"))
        r.error(r.get(jwt, "source"), p / "file", Tr::tr("source File requires spec.file to be set."));
    if (out.source == u"File" && out.remote)
        r.error(r.get(jwt, "remote"), p / "remote", Tr::tr("source File must not set spec.remote."));
    if (out.source == u"Remote" && !out.remote)
        r.error(r.get(jwt, "source"), p / "remote", Tr::tr("source Remote requires spec.remote to be set."));
    if (out.source == u"Remote" && r.has(jwt, "file"))
        r.error(r.get(jwt, "file"), p / "file", Tr::tr("source Remote must not set spec.file."));
    return out;
}

OidcAuth FilterParser::parseOidc(ObjectReader &r, const Node *oidc, const Path &p)
{
    // OIDCAuth: the required fields, the patterns, MaxItems, MaxProperties and the CEL rule on the
    // extraAuthArgs keys.
    OidcAuth out;
    out.issuer = patterned(r, oidc, "issuer", p / "issuer", httpsUrlPattern, true).value_or(QString());
    const auto clientId = r.string(oidc, "clientID", p / "clientID", true);
    out.clientId = clientId.value_or(QString());
    if (clientId && clientId->isEmpty())
        r.error(r.get(oidc, "clientID"), p / "clientID", Tr::tr("should be at least 1 chars long"));
    out.clientSecretName = localRef(r, oidc, "clientSecretRef", p / "clientSecretRef",
                                    Tr::tr("the Secret that holds the client secret"));
    out.caCertificateRefs = caRefs(r, oidc, p / "caCertificateRefs");
    if (r.has(oidc, "crlSecretRef"))
        out.crlSecretName =
            localRef(r, oidc, "crlSecretRef", p / "crlSecretRef", Tr::tr("the Secret that holds the CRL"));
    out.configUrl = patterned(r, oidc, "configURL", p / "configURL", httpsUrlPattern);
    out.pkce = r.boolean(oidc, "pkce", p / "pkce");
    const Labels args = r.stringMap(oidc, "extraAuthArgs", p / "extraAuthArgs");
    static const QRegularExpression argKey(QStringLiteral("^[a-zA-Z0-9_.-]+$"));
    for (auto it = args.begin(); it != args.end(); ++it) {
        if (!argKey.match(it.key()).hasMatch())
            r.error(
                r.get(oidc, "extraAuthArgs"), p / "extraAuthArgs",
                Tr::tr("extraAuthArgs keys must contain only alphanumeric characters, hyphens, underscores, "
                       "or dots"));
        out.extraAuthArgs.insert(it.key(), it.value());
    }
    if (args.size() > 16)
        r.error(r.get(oidc, "extraAuthArgs"), p / "extraAuthArgs",
                Tr::tr("should have at most 16 properties"));
    out.redirectUri = patterned(r, oidc, "redirectURI", p / "redirectURI", redirectUriPattern);
    if (const Node *session = r.mapping(oidc, "session", p / "session")) {
        out.cookieName = r.string(session, "cookieName", p / "session" / "cookieName");
        out.sessionTimeout = patterned(r, session, "timeout", p / "session" / "timeout", durationPattern);
    }
    if (const Node *logout = r.mapping(oidc, "logout", p / "logout")) {
        const Path lp = p / "logout";
        out.logoutUri = patterned(r, logout, "uri", lp / "uri", pathUriPattern);
        out.postLogoutUri = patterned(r, logout, "postLogoutURI", lp / "postLogoutURI", postLogoutUriPattern);
        out.frontChannelLogoutUri =
            patterned(r, logout, "frontChannelLogoutURI", lp / "frontChannelLogoutURI", pathUriPattern);
        out.tokenHint = r.boolean(logout, "tokenHint", lp / "tokenHint");
    }
    return out;
}

} // namespace gw
