// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/snippetspolicyhandler.h"

#include "ngf/fielderror.h"

namespace gw::ngf {

std::vector<PolicyTargetReference> SnippetsPolicyHandler::targetRefs(const Resource &policy) const
{
    return policy.as<SnippetsPolicy>()->targetRefs;
}

Conditions SnippetsPolicyHandler::validate(const Resource &policy) const
{
    // snippetspolicy/validator.go Validate: the first error ends the check.
    const SnippetsPolicy &p = *policy.as<SnippetsPolicy>();
    QStringList seenNames;
    for (int i = 0; i < int(p.targetRefs.size()); ++i) {
        const PolicyTargetReference &t = p.targetRefs[size_t(i)];
        const QString path = QStringLiteral("spec.targetRefs[%1].").arg(i);
        if (t.group != u"gateway.networking.k8s.io")
            return {conditions::policyInvalid(
                FieldError::notSupported(path + u"group", jsonQuote(t.group),
                                         {QStringLiteral("gateway.networking.k8s.io")})
                    .toString())};
        if (t.kind != u"Gateway")
            return {conditions::policyInvalid(
                FieldError::notSupported(path + u"kind", jsonQuote(t.kind), {QStringLiteral("Gateway")})
                    .toString())};
        if (seenNames.contains(t.name))
            return {conditions::policyInvalid(
                QStringLiteral("duplicate targetRef name %1").arg(goQuote(t.name)))};
        seenNames << t.name;
    }
    QStringList seenContexts;
    for (const Snippet &s : p.snippets) {
        if (seenContexts.contains(s.context))
            return {
                conditions::policyInvalid(QStringLiteral("duplicate context %1").arg(goQuote(s.context)))};
        seenContexts << s.context;
    }
    return {};
}

std::optional<IncludeFile> SnippetsPolicyHandler::generate(const Resource &policy, Context context) const
{
    QString nginxContext;
    QString fileContext;
    switch (context) {
    case Context::Main:
        nginxContext = fileContext = QStringLiteral("main");
        break;
    case Context::Http:
        nginxContext = fileContext = QStringLiteral("http");
        break;
    case Context::Server:
        nginxContext = QStringLiteral("http.server");
        fileContext = QStringLiteral("server");
        break;
    case Context::Location:
    case Context::InternalLocation:
        nginxContext = QStringLiteral("http.server.location");
        fileContext = QStringLiteral("location");
        break;
    case Context::HttpShadow:
        return std::nullopt;
    }
    const SnippetsPolicy &p = *policy.as<SnippetsPolicy>();
    for (int i = 0; i < int(p.snippets.size()); ++i) {
        const Snippet &s = p.snippets[size_t(i)];
        if (s.context != nginxContext)
            continue;
        IncludeFile f;
        f.path = includePath(QStringLiteral("SnippetsPolicy_%1_%2-%3.conf")
                                 .arg(fileContext, policy.meta.ns, policy.meta.name));
        const SourceRefs src = refs(policy, QStringLiteral("spec.snippets[%1].value").arg(i));
        // generator.go mainTemplate..locationTemplate: a blank line, the comment, the snippet.
        f.lines.push_back({QStringLiteral("# SnippetsPolicy %1/%2 %3 context")
                               .arg(policy.meta.ns, policy.meta.name, fileContext),
                           src});
        QStringList lines = s.value.split(u'\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        for (const QString &l : std::as_const(lines))
            f.lines.push_back({l, src});
        return f;
    }
    return std::nullopt;
}

} // namespace gw::ngf
