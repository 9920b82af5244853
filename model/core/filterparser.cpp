// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/filterparser.h"

#include "core/objectreader.h"

#include <QCoreApplication>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::FilterParser)
};

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
    out.hasJwt = r.mapping(spec, "jwt", p / "jwt") != nullptr;
    out.hasOidc = r.mapping(spec, "oidc", p / "oidc") != nullptr;
    const struct
    {
        const char16_t *type;
        const char *key;
        bool set;
    } parts[] = {{u"Basic", "basic", out.basic.has_value()},
                 {u"JWT", "jwt", out.hasJwt},
                 {u"OIDC", "oidc", out.hasOidc}};
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

} // namespace gw
