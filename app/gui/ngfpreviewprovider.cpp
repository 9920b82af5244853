// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/ngfpreviewprovider.h"

#include "core/design.h"
#include "ngf/filterprocessor.h"
#include "ngf/generator.h"
#include "ngf/listenersetprocessor.h"
#include "ngf/statuswriter.h"

#include <QRegularExpression>
#include <algorithm>

namespace gw {

namespace {

views::SourceRef convert(const ngf::SourceRef &ref)
{
    views::SourceRef out;
    out.resource = ref.resource;
    out.field = ref.path();
    return out;
}

void addConditions(views::PreviewResult &out, const ngf::Conditions &conditions, ResourceId resource,
                   const yaml::Path &part, const QString &scope)
{
    for (const ngf::Condition &c : conditions) {
        views::StatusCondition sc;
        // A message that names a field points at it; otherwise the part the condition is about.
        const yaml::Path named = NgfPreviewProvider::fieldOfMessage(c.message);
        sc.source.resource = resource;
        const yaml::Path field = yaml::Path::parse(c.field.toStdString()).value_or(yaml::Path());
        sc.source.field = !named.isEmpty() ? named : !field.isEmpty() ? field : part;
        sc.scope = scope;
        sc.type = c.type;
        sc.status = c.status ? QStringLiteral("True") : QStringLiteral("False");
        sc.reason = c.reason;
        sc.message = c.message;
        sc.health = NgfPreviewProvider::health(c.type, c.status, c.reason);
        out.conditions.push_back(std::move(sc));
    }
}

} // namespace

QStringList NgfPreviewProvider::versions() const
{
    // The default (the latest release modelled) first, then older releases, edge last.
    QStringList releases = ngf::NgfVersion::supported();
    releases.removeAll(QStringLiteral("edge"));
    std::reverse(releases.begin(), releases.end());
    const QString latest = ngf::NgfVersion().name();
    releases.removeAll(latest);
    releases.prepend(latest);
    releases << QStringLiteral("edge");
    return releases;
}

views::Health NgfPreviewProvider::health(const QString &type, bool status, const QString &reason)
{
    if (type == u"Conflicted")
        return status ? views::Health::Error : views::Health::Healthy;
    if (type == u"PartiallyInvalid")
        return status ? views::Health::Warning : views::Health::Healthy;
    if (!status)
        return views::Health::Error;
    // NGF's gateway.nginx.org/<Kind>PolicyAffected on a policy's target (reason PolicyAffected):
    // information that a policy applies, not a problem.
    if (type.endsWith(u"PolicyAffected"))
        return views::Health::Healthy;
    // True, but for a reason other than the plain one: accepted with something ignored.
    return reason == type ? views::Health::Healthy : views::Health::Warning;
}

yaml::Path NgfPreviewProvider::fieldOfMessage(const QString &message)
{
    static const QRegularExpression field(QStringLiteral("(spec\\.[A-Za-z0-9_.\\[\\]]+):"));
    const QRegularExpressionMatch m = field.match(message);
    if (!m.hasMatch())
        return {};
    return yaml::Path::parse(m.captured(1).toStdString()).value_or(yaml::Path());
}

ngf::Profile NgfPreviewProvider::profile(const views::PreviewProfile &profile)
{
    ngf::Profile p;
    if (!profile.ngfVersion.isEmpty())
        p.version = ngf::NgfVersion::parse(profile.ngfVersion).value_or(ngf::NgfVersion());
    p.plus = profile.plus;
    p.experimental = profile.experimental;
    p.snippets = profile.snippets;
    p.gateway = profile.gateway;
    return p;
}

views::PreviewResult NgfPreviewProvider::generate(const Design &design,
                                                  const views::PreviewProfile &profile) const
{
    const std::shared_ptr<const ngf::Result> result =
        ngf::Generator::run(design, NgfPreviewProvider::profile(profile));

    views::PreviewResult out;
    for (const ngf::GeneratedFile &f : result->files) {
        views::GeneratedFile file;
        file.path = f.path;
        file.text = f.content;
        file.lineSources.reserve(f.lineSources.size());
        for (const ngf::SourceRefs &refs : f.lineSources) {
            views::SourceRefs converted;
            converted.reserve(refs.size());
            for (const ngf::SourceRef &r : refs)
                converted.push_back(convert(r));
            file.lineSources.push_back(std::move(converted));
        }
        out.files.push_back(std::move(file));
    }
    if (!result->gatewayError.isEmpty())
        out.diagnostics.push_back({Diagnostic::Severity::Warning, {}, {}, {}, result->gatewayError});
    for (const Diagnostic &note : result->graph.notes)
        out.diagnostics.push_back(note);

    const ngf::Graph &graph = result->graph;
    for (const ngf::GraphGateway &gw : graph.gateways) {
        const ResourceId id = gw.resource ? gw.resource->id : 0;
        addConditions(out, ngf::StatusWriter::gatewayConditions(gw), id, {}, {});
        for (const ngf::GraphListener &l : gw.listeners) {
            // a ListenerSet's listener: on the ListenerSet (its source)
            addConditions(out, ngf::StatusWriter::listenerConditions(l), l.source.resource, l.source.path(),
                          QStringLiteral("listener ") + l.name);
        }
    }
    for (const ngf::GraphListenerSet &ls : graph.listenerSets)
        addConditions(out, ngf::ListenerSetProcessor::statusConditions(ls), ls.resource->id, {}, {});
    for (const ngf::GraphRoute &route : graph.routes) {
        for (const ngf::ParentAttachment &parent : route.parents) {
            QString scope = QStringLiteral("parent ");
            if (parent.listenerSet >= 0)
                scope += graph.listenerSets[size_t(parent.listenerSet)].resource->qualifiedName();
            else if (parent.gateway >= 0 && parent.gateway < int(graph.gateways.size()))
                scope += graph.gateways[size_t(parent.gateway)].key();
            if (!parent.statusSectionName.isEmpty())
                scope += u'/' + parent.statusSectionName;
            addConditions(out, ngf::StatusWriter::routeParentConditions(route, parent), route.resource->id,
                          yaml::Path::of("spec.parentRefs").index(parent.refIndex), scope);
        }
    }
    // TLSRoutes, TCPRoutes and UDPRoutes: the canvas colours them like the HTTP routes.
    for (const ngf::GraphL4Route &route : graph.l4Routes) {
        for (const ngf::ParentAttachment &parent : route.parents) {
            QString scope = QStringLiteral("parent ");
            if (parent.gateway >= 0 && parent.gateway < int(graph.gateways.size()))
                scope += graph.gateways[size_t(parent.gateway)].key();
            if (!parent.statusSectionName.isEmpty())
                scope += u'/' + parent.statusSectionName;
            addConditions(out, ngf::StatusWriter::l4RouteParentConditions(route, parent), route.resource->id,
                          yaml::Path::of("spec.parentRefs").index(parent.refIndex), scope);
        }
    }
    for (const ngf::GraphPolicy &policy : graph.policies) {
        for (int gw : policy.ancestors) {
            addConditions(out, ngf::StatusWriter::policyAncestorConditions(graph, policy, gw),
                          policy.resource->id, {},
                          QStringLiteral("ancestor ") + graph.gateways[size_t(gw)].key());
        }
    }
    for (const ngf::GraphNgfPolicy &policy : graph.ngfPolicies) {
        for (const ngf::NgfPolicyAncestor &a : policy.ancestors) {
            QString who = a.ns + u'/' + a.name;
            if (a.kind != u"Gateway")
                who = a.kind + u' ' + who;
            addConditions(out, ngf::StatusWriter::ngfPolicyAncestorConditions(graph, policy, a),
                          policy.resource->id, {}, QStringLiteral("ancestor ") + who);
        }
    }
    // SnippetsFilters and AuthenticationFilters NGF processed (status.controllers): the canvas colours
    // their nodes, like the policies' (StatusWriter::filterEntries).
    for (const ngf::GraphSnippetsFilter &f : graph.snippetsFilters)
        addConditions(out, ngf::FilterProcessor::snippetsFilterConditions(f), f.resource->id, {}, {});
    for (const ngf::GraphAuthenticationFilter &f : graph.authenticationFilters)
        addConditions(out, ngf::FilterProcessor::authenticationFilterConditions(f), f.resource->id, {}, {});
    for (const ngf::GraphGatewayClass &c : graph.gatewayClasses)
        addConditions(out, ngf::StatusWriter::gatewayClassConditions(c), c.resource->id, {}, {});
    for (const ngf::GraphBackendTlsPolicy &policy : graph.backendTlsPolicies) {
        if (policy.referenced)
            addConditions(out, ngf::StatusWriter::backendTlsPolicyConditions(policy), policy.resource->id, {},
                          {});
    }
    return out;
}

} // namespace gw
