// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/graph.h"

#include <functional>

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * NGF's ListenerSets (internal/controller/state/graph/listenerset.go): for one Gateway of NGF's class,
 * the ListenerSets whose spec.parentRef names it, validated (buildListenerSets, validateListenerSet,
 * isListenerSetAllowedByGateway) and, when accepted, merged into the Gateway's listeners in age order
 * (attachListenerSetsToGateways, mergeGatewayAndListenerSetListeners).
 */
class ListenerSetProcessor
{
public:
    /** Validates and appends a listener of a ListenerSet to the Gateway (GraphBuilder::addListener). */
    using AddListener =
        std::function<void(const Listener &src, const Resource &owner, int specIndex, int listenerSet)>;

    ListenerSetProcessor(const Design &design, Graph &graph);

    /** Adds the ListenerSets of Gateway \a gateway (to become Graph::gateways[\a gatewayIndex]). */
    void attach(int gatewayIndex, GraphGateway &gateway, const AddListener &add);

    /** Notes for ListenerSets whose parent Gateway is not one of NGF's (NGF gives them no status). */
    static void addNotes(const Design &design, Graph &graph);

    /** The status conditions NGF writes for a ListenerSet (status/prepare_requests.go
        PrepareListenerSetRequests). */
    static Conditions statusConditions(const GraphListenerSet &listenerSet);

private:
    bool allowed(const Resource &listenerSet, const Gateway &parent, const QString &parentNs) const;

    const Design &m_design;
    Graph &m_graph;
};

} // namespace gw::ngf
