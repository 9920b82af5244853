// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/filterprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/authfiltervalidator.h"
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

QString GraphAuthenticationFilter::jwtKeyFile(const QString &secretNs, const QString &secretName)
{
    return QStringLiteral("/etc/nginx/secrets/jwt_auth_%1_%2").arg(secretNs, secretName);
}

QString GraphAuthenticationFilter::jwksLocation(const QString &ns, const QString &name)
{
    return QStringLiteral("/_ngf-internal-%1_%2_jwks_uri").arg(ns, name);
}

QString GraphAuthenticationFilter::jwtRemoteCaFile(const QString &ns, const QString &secretName)
{
    return QStringLiteral("/etc/nginx/secrets/jwt_remote_tls_ca_%1_%2.crt").arg(ns, secretName);
}

QString GraphAuthenticationFilter::oidcProviderName(const QString &ns, const QString &name)
{
    return QStringLiteral("%1_%2").arg(ns, name);
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
    f.conditions = AuthFilterValidator(m_design, m_graph.profile.plus).validate(resource, &f.valid);
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
