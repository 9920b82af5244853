// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/referencedservices.h"

namespace gw::ngf {

ReferencedServices::Map ReferencedServices::build(const Graph &graph)
{
    Map services;
    const auto add = [&](const GraphBackendRef &ref, const std::vector<ParentAttachment> &parents) {
        if (!ref.referencesService)
            return;
        std::set<int> &gateways = services[ref.serviceNs + u'/' + ref.serviceName];
        for (const ParentAttachment &parent : parents) {
            if (parent.gateway >= 0)
                gateways.insert(parent.gateway);
        }
    };
    // processL7RoutesForGateway
    for (const GraphRoute &route : graph.routes) {
        if (!route.valid)
            continue;
        for (const GraphRule &rule : route.rules) {
            if (!rule.validMatches || !rule.filters.valid)
                continue;
            for (const GraphBackendRef &ref : rule.backendRefs)
                add(ref, route.parents);
        }
    }
    // processL4RoutesForGateway
    for (const GraphL4Route &route : graph.l4Routes) {
        if (!route.valid)
            continue;
        for (const GraphBackendRef &ref : route.backendRefs)
            add(ref, route.parents);
    }
    return services;
}

} // namespace gw::ngf
