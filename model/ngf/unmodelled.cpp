// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/unmodelled.h"

#include "core/design.h"
#include "ngf/graph.h"
#include "ngf/note.h"
#include "yaml/node.h"

#include <QCoreApplication>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::Unmodelled)
};

QString groupOf(const QString &apiVersion)
{
    const qsizetype slash = apiVersion.indexOf(u'/');
    return slash < 0 ? QString() : apiVersion.left(slash);
}

QString scalar(const yaml::Node *map, const char *key)
{
    const yaml::Node *n = map && map->isMapping() ? map->get(key) : nullptr;
    return n && n->isScalar() ? QString::fromStdString(n->value) : QString();
}

/** Notes on the listeners of the design's Gateways that \a r names in its spec.parentRefs. */
void noteParents(const Design &design, const Resource &r, const yaml::Node *root, Graph &graph)
{
    const yaml::Node *spec = root && root->isMapping() ? root->get("spec") : nullptr;
    const yaml::Node *refs = spec && spec->isMapping() ? spec->get("parentRefs") : nullptr;
    if (!refs || !refs->isSequence())
        return;
    for (int i = 0; i < refs->size(); ++i) {
        const yaml::Node *ref = refs->itemAt(i);
        const QString kind = scalar(ref, "kind");
        if (!kind.isEmpty() && kind != u"Gateway")
            continue;
        const QString ns = scalar(ref, "namespace").isEmpty() ? r.meta.ns : scalar(ref, "namespace");
        const Resource *gateway = design.find(Kind::Gateway, ns, scalar(ref, "name"));
        const Gateway *spec = gateway ? gateway->as<Gateway>() : nullptr;
        if (!spec)
            continue;
        const QString section = scalar(ref, "sectionName");
        for (int l = 0; l < int(spec->listeners.size()); ++l) {
            if (!section.isEmpty() && spec->listeners[size_t(l)].name != section)
                continue;
            graph.notes.push_back(
                note(design, *gateway, QStringLiteral("spec.listeners[%1]").arg(l),
                     Tr::tr("%1 attaches to listener %2, but Gateway Studio does not model "
                            "%3: the listener's status and routes leave it out")
                         .arg(r.displayName(), spec->listeners[size_t(l)].name, r.kindName)));
        }
    }
}

} // namespace

bool Unmodelled::isModelled(Kind kind)
{
    // No default: a new kind makes the compiler ask whether the graph acts on it. Until it is
    // listed here, resources of that kind are said to be left out.
    switch (kind) {
    case Kind::GatewayClass:
    case Kind::Gateway:
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
    case Kind::Service:
    case Kind::Deployment: // Gateway Studio's source of Pods (docs/ngf.md)
    case Kind::EndpointSlice:
    case Kind::ReferenceGrant:
    case Kind::Secret:
    case Kind::UpstreamSettingsPolicy:
    case Kind::NginxProxy:
    case Kind::ConfigMap: // CA certificates of BackendTLSPolicies and listeners
    case Kind::Namespace: // labels for allowedRoutes.namespaces.selector
    case Kind::BackendTLSPolicy:
    case Kind::ClientSettingsPolicy:
    case Kind::ProxySettingsPolicy:
    case Kind::RateLimitPolicy:
    case Kind::SnippetsFilter: // with snippets off, a note says that NGF does not watch them
    case Kind::AuthenticationFilter:
    case Kind::TLSRoute:
    case Kind::TCPRoute: // with experimental features off, a note says that NGF does not watch them
    case Kind::UDPRoute:
    case Kind::SnippetsPolicy: // with snippets off, a note says that NGF does not watch them
    case Kind::ObservabilityPolicy:
    case Kind::ListenerSet: // NGF state/graph/listenerset.go
    case Kind::WAFPolicy: // NGF state/graph/policies.go, policies/waf
    case Kind::ToolDocument: // Gateway Studio's own documents: never sent to a cluster
        return true;
    case Kind::Unknown:
        return false;
    }
    return false;
}

bool Unmodelled::ngfWatches(const QString &group, const QString &kindName)
{
    static const QStringList gatewayApi {
        QStringLiteral("GatewayClass"),    QStringLiteral("Gateway"),     QStringLiteral("HTTPRoute"),
        QStringLiteral("GRPCRoute"),       QStringLiteral("TLSRoute"),    QStringLiteral("TCPRoute"),
        QStringLiteral("UDPRoute"),        QStringLiteral("ListenerSet"), QStringLiteral("ReferenceGrant"),
        QStringLiteral("BackendTLSPolicy")};
    static const QStringList nginx {
        QStringLiteral("NginxProxy"),          QStringLiteral("ClientSettingsPolicy"),
        QStringLiteral("ObservabilityPolicy"), QStringLiteral("UpstreamSettingsPolicy"),
        QStringLiteral("ProxySettingsPolicy"), QStringLiteral("WAFPolicy"),
        QStringLiteral("RateLimitPolicy"),     QStringLiteral("SnippetsPolicy"),
        QStringLiteral("SnippetsFilter"),      QStringLiteral("AuthenticationFilter")};
    static const QStringList core {QStringLiteral("Namespace"), QStringLiteral("Service"),
                                   QStringLiteral("Secret"), QStringLiteral("ConfigMap")};
    if (group == u"gateway.networking.k8s.io" || group == u"gateway.networking.x-k8s.io")
        return gatewayApi.contains(kindName);
    if (group == u"gateway.nginx.org")
        return nginx.contains(kindName);
    if (group.isEmpty())
        return core.contains(kindName);
    if (group == u"discovery.k8s.io")
        return kindName == u"EndpointSlice";
    // InferencePools are watched only with NGF's inference extension, which the preview models as
    // off (NGF's default; the routes' backendRefs say so).
    return false;
}

void Unmodelled::addNotes(const Design &design, Graph &graph)
{
    for (const Resource *r : design.resources()) {
        if (isModelled(r->kind))
            continue;
        const QString kind = r->kindName.isEmpty() ? r->displayName() : r->kindName;
        const QString group = groupOf(r->apiVersion);
        const QString message = ngfWatches(group, r->kindName)
            ? Tr::tr("NGF acts on %1, but Gateway Studio does not model it yet: the preview, the status and "
                     "the simulation leave it out (it is kept and exported as written)")
                  .arg(kind)
            : Tr::tr("NGINX Gateway Fabric does not act on %1 (%2): it is kept and exported as written")
                  .arg(kind, r->apiVersion);
        graph.notes.push_back(note(design, *r, QStringLiteral("kind"), message));
        const DesignDocument *doc = design.document(r->document);
        if (doc && doc->yaml)
            noteParents(design, *r, doc->yaml->find(r->basePath), graph);
    }
}

} // namespace gw::ngf
