// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/listenersetprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/note.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::ListenerSetProcessor)
};

/** The Gateway a ListenerSet's spec.parentRef names (NGF reads only its name and namespace). */
std::pair<QString, QString> parentOf(const Resource &r)
{
    const ParentGatewayReference &ref = r.as<ListenerSet>()->parentRef;
    return {ref.ns.value_or(r.meta.ns), ref.name};
}

} // namespace

ListenerSetProcessor::ListenerSetProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

bool ListenerSetProcessor::allowed(const Resource &ls, const Gateway &parent, const QString &parentNs) const
{
    // isListenerSetAllowedByGateway: nothing is allowed without spec.allowedListeners.namespaces
    if (!parent.allowedListeners || !parent.allowedListeners->hasNamespaces)
        return false;
    const AllowedListeners &allowed = *parent.allowedListeners;
    if (allowed.namespacesFrom == u"Same")
        return ls.meta.ns == parentNs;
    if (allowed.namespacesFrom == u"All")
        return true;
    if (allowed.namespacesFrom == u"Selector") {
        if (!allowed.namespaceSelector || !allowed.namespaceSelector->error().isEmpty())
            return false;
        // The labels of the ListenerSet's Namespace when the design writes it; every Namespace
        // carries kubernetes.io/metadata.name (as for allowedRoutes, docs/ngf.md).
        Labels labels;
        if (const Resource *ns = m_design.find(Kind::Namespace, QString(), ls.meta.ns))
            labels = ns->meta.labels;
        labels.insert(QStringLiteral("kubernetes.io/metadata.name"), ls.meta.ns);
        return allowed.namespaceSelector->matches(labels);
    }
    return false; // None, or a value the CRD refuses
}

void ListenerSetProcessor::attach(int gatewayIndex, GraphGateway &gw, const AddListener &add)
{
    std::vector<const Resource *> sets;
    for (const Resource *r : m_design.resources(Kind::ListenerSet)) {
        if (parentOf(*r) == std::pair(gw.ns, gw.name))
            sets.push_back(r);
    }
    // attachListenerSetsToGateways: merged by precedence (creation time, then namespace/name)
    std::stable_sort(sets.begin(), sets.end(), AgeOrder(m_design));
    const Gateway &parent = *gw.resource->as<Gateway>();
    for (const Resource *r : sets) {
        const int index = int(m_graph.listenerSets.size());
        GraphListenerSet ls;
        ls.resource = r;
        ls.gateway = gatewayIndex;
        // validateListenerSet
        if (!gw.valid) {
            ls.conditions.push_back(conditions::listenerSetParentNotAccepted(
                QStringLiteral("Parent Gateway %1/%2 is not accepted").arg(gw.ns, gw.name)));
        } else if (!allowed(*r, parent, gw.ns)) {
            ls.conditions.push_back(conditions::listenerSetNotAllowed(
                QStringLiteral("ListenerSet is not allowed by parent Gateway %1/%2 AllowedListeners "
                               "configuration")
                    .arg(gw.ns, gw.name)));
        } else {
            ls.conditions.push_back(conditions::listenerSetAccepted());
            ls.valid = true;
        }
        m_graph.listenerSets.push_back(ls);
        if (!ls.valid)
            continue;
        // mergeGatewayAndListenerSetListeners
        const std::vector<Listener> &listeners = r->as<ListenerSet>()->listeners;
        int valid = 0;
        for (int i = 0; i < int(listeners.size()); ++i) {
            add(listeners[size_t(i)], *r, i, index);
            valid += gw.listeners.back().valid ? 1 : 0;
        }
        GraphListenerSet &added = m_graph.listenerSets.back();
        if (valid == 0) {
            added.conditions.push_back(
                conditions::listenerSetListenersNotValid(QStringLiteral("All listeners are invalid")));
            added.valid = false;
        } else {
            gw.attachedListenerSets.push_back(index);
        }
    }
}

void ListenerSetProcessor::addNotes(const Design &design, Graph &graph)
{
    for (const Resource *r : design.resources(Kind::ListenerSet)) {
        const auto [ns, name] = parentOf(*r);
        if (graph.gatewayIndex(ns, name) >= 0)
            continue;
        graph.notes.push_back(note(
            design, *r, QStringLiteral("spec.parentRef"),
            Tr::tr("Gateway %1/%2 is not in the design or not of NGINX Gateway Fabric's class: NGF ignores "
                   "this ListenerSet and writes no status for it")
                .arg(ns, name)));
    }
}

Conditions ListenerSetProcessor::statusConditions(const GraphListenerSet &ls)
{
    // PrepareListenerSetRequests: defaults, the ListenerSet's conditions, and for the first
    // Accepted=False one the matching Programmed=False; the last of each type wins.
    Conditions list = conditions::listenerSetDefaults();
    conditions::append(list, ls.conditions);
    for (const Condition &c : ls.conditions) {
        if (c.type == u"Accepted" && !c.status) {
            conditions::append(list, conditions::listenerSetNotProgrammed(c));
            break;
        }
    }
    return conditions::deduplicate(list);
}

} // namespace gw::ngf
