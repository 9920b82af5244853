// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/filterprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/fielderror.h"
#include "ngf/note.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::FilterProcessor)
};

// conditions.go: NewSnippetsFilterInvalid / NewSnippetsFilterAccepted and the
// AuthenticationFilter counterparts.
Condition filterCondition(bool accepted, const QString &message)
{
    return Condition {QStringLiteral("Accepted"), accepted,
                      accepted ? QStringLiteral("Accepted") : QStringLiteral("Invalid"), message};
}

const QStringList contexts {QStringLiteral("main"), QStringLiteral("http"), QStringLiteral("http.server"),
                            QStringLiteral("http.server.location")};

} // namespace

QString GraphSnippetsFilter::includeFile(const QString &context) const
{
    // dataplane createSnippetName + config createIncludeFromSnippet
    return QStringLiteral("/etc/nginx/includes/SnippetsFilter_%1_%2_%3.conf")
        .arg(context, resource->meta.ns, resource->meta.name);
}

QString GraphAuthenticationFilter::basicAuthFile(const QString &secretNs, const QString &secretName)
{
    return QStringLiteral("/etc/nginx/secrets/basic_auth_%1_%2").arg(secretNs, secretName);
}

FilterProcessor::FilterProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

void FilterProcessor::process()
{
    const AgeOrder age(m_design);
    std::vector<const Resource *> snippets = m_design.resources(Kind::SnippetsFilter);
    std::stable_sort(snippets.begin(), snippets.end(), age);
    for (const Resource *r : snippets) {
        if (m_graph.profile.snippets) {
            processSnippetsFilter(*r);
        } else {
            m_graph.notes.push_back(
                note(m_design, *r, QStringLiteral("kind"),
                     Tr::tr("NGF watches SnippetsFilters only when its control plane runs with snippets "
                            "enabled (--snippets): it writes this filter no status, and ExtensionRefs to "
                            "it are not found")));
        }
    }
    std::vector<const Resource *> auth = m_design.resources(Kind::AuthenticationFilter);
    std::stable_sort(auth.begin(), auth.end(), age);
    for (const Resource *r : auth)
        processAuthenticationFilter(*r);
}

void FilterProcessor::processSnippetsFilter(const Resource &resource)
{
    GraphSnippetsFilter f;
    f.resource = &resource;
    const SnippetsFilter &spec = *resource.as<SnippetsFilter>();
    // validateSnippetsFilter: the first empty value or a missing list ends the check.
    const QString snippetsPath = QStringLiteral("spec.snippets");
    QString error;
    FieldErrors errors;
    if (spec.snippets.empty())
        error = FieldError::required(snippetsPath, QStringLiteral("at least one snippet must be provided"))
                    .toString();
    QStringList used;
    for (int i = 0; error.isEmpty() && i < int(spec.snippets.size()); ++i) {
        const Snippet &s = spec.snippets[size_t(i)];
        const QString itemPath = QStringLiteral("%1[%2]").arg(snippetsPath).arg(i);
        if (s.value.isEmpty()) {
            error = FieldError::required(itemPath + QStringLiteral(".value"),
                                         QStringLiteral("value cannot be empty"))
                        .toString();
            break;
        }
        const QString ctxPath = itemPath + QStringLiteral(".context");
        if (!contexts.contains(s.context))
            errors.push_back(FieldError::notSupported(ctxPath, jsonQuote(s.context), contexts));
        if (used.contains(s.context)) {
            errors.push_back(FieldError::invalid(ctxPath, jsonQuote(s.context),
                                                 QStringLiteral("only one snippet is allowed per context")));
            continue;
        }
        used << s.context;
    }
    if (error.isEmpty() && !errors.empty())
        error = aggregate(errors);
    if (!error.isEmpty()) {
        f.valid = false;
        f.conditions.push_back(filterCondition(false, error));
    } else {
        for (int i = 0; i < int(spec.snippets.size()); ++i) {
            f.snippets[spec.snippets[size_t(i)].context] = spec.snippets[size_t(i)];
            f.snippetIndex[spec.snippets[size_t(i)].context] = i;
        }
    }
    m_graph.snippetsFilters.push_back(std::move(f));
}

void FilterProcessor::processAuthenticationFilter(const Resource &resource)
{
    GraphAuthenticationFilter f;
    f.resource = &resource;
    const AuthenticationFilter &spec = *resource.as<AuthenticationFilter>();
    const QString ns = resource.meta.ns;
    const auto invalid = [&](const QString &message) {
        f.valid = false;
        f.conditions.push_back(filterCondition(false, message));
    };
    if (spec.type == u"Basic" && spec.basic) {
        // resolveAuthenticationFilterSecret, then resolveHtPasswdSecret
        const QString secret = spec.basic->secretName;
        const QString error = RefResolver(m_design).secret(ns, secret, QStringLiteral("auth"));
        if (!error.isEmpty()) {
            invalid(FieldError::invalid(QStringLiteral("spec.basic.secretRef"),
                                        goQuote(QStringLiteral("secret %1/%2 is invalid").arg(ns, secret)),
                                        error)
                        .toString());
        } else if (const QString e = validation::escapedStringNoVarExpansion(spec.basic->realm);
                   !e.isEmpty()) {
            // NGF prints the realm unchecked between double quotes; the preview refuses what nginx
            // would misread (docs/ngf.md, "Injection").
            invalid(FieldError::invalid(QStringLiteral("spec.basic.realm"), goQuote(spec.basic->realm), e)
                        .toString());
        } else if (const Resource *s = m_design.find(Kind::Secret, ns, secret);
                   s && s->as<Secret>()->type == u"nginx.org/htpasswd") {
            f.conditions.push_back(filterCondition(
                true,
                QStringLiteral("The AuthenticationFilter is accepted, but the referenced Secret %1/%2 of "
                               "type \"nginx.org/htpasswd\" is now deprecated. This secret type will be "
                               "removed in a future release. Please use type \"Opaque\" instead.")
                    .arg(ns, secret)));
        }
    } else if (spec.type == u"JWT" || spec.type == u"OIDC") {
        if (!m_graph.profile.plus) {
            invalid(QStringLiteral("%1 Authentication requires NGINX Plus.").arg(spec.type));
        } else {
            m_graph.notes.push_back(note(
                m_design, resource, QStringLiteral("spec.type"),
                Tr::tr(
                    "the preview does not model %1 authentication (NGINX Plus): NGF's checks of the filter "
                    "are not made, it is shown as accepted, and the auth_jwt/auth_oidc lines NGF writes "
                    "are left out")
                    .arg(spec.type)));
        }
    } else {
        invalid(FieldError::invalid(QStringLiteral("spec.type"), jsonQuote(spec.type),
                                    QStringLiteral("unsupported authentication type"))
                    .toString());
    }
    m_graph.authenticationFilters.push_back(std::move(f));
}

int FilterProcessor::findSnippetsFilter(const Graph &graph, const QString &ns, const QString &name)
{
    for (int i = 0; i < int(graph.snippetsFilters.size()); ++i) {
        const Resource *r = graph.snippetsFilters[size_t(i)].resource;
        if (r->meta.ns == ns && r->meta.name == name)
            return i;
    }
    return -1;
}

int FilterProcessor::findAuthenticationFilter(const Graph &graph, const QString &ns, const QString &name)
{
    for (int i = 0; i < int(graph.authenticationFilters.size()); ++i) {
        const Resource *r = graph.authenticationFilters[size_t(i)].resource;
        if (r->meta.ns == ns && r->meta.name == name)
            return i;
    }
    return -1;
}

Conditions FilterProcessor::snippetsFilterConditions(const GraphSnippetsFilter &filter)
{
    Conditions all {filterCondition(true, QStringLiteral("The SnippetsFilter is accepted"))};
    conditions::append(all, filter.conditions);
    return conditions::deduplicate(all);
}

Conditions FilterProcessor::authenticationFilterConditions(const GraphAuthenticationFilter &filter)
{
    Conditions all {filterCondition(true, QStringLiteral("The AuthenticationFilter is accepted"))};
    conditions::append(all, filter.conditions);
    return conditions::deduplicate(all);
}

} // namespace gw::ngf
