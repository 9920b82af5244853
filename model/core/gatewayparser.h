// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/gateway.h"
#include "core/route.h"
#include "yaml/node.h"
#include "yaml/path.h"

namespace gw {

class ObjectReader;

/**
 * Reads the Gateway API kinds (GatewayClass, Gateway, HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute),
 * applying CRD defaults.
 */
class GatewayParser
{
public:
    static void parseGatewayClass(ObjectReader &r, const yaml::Node *spec, GatewayClass &out);
    static void parseGateway(ObjectReader &r, const yaml::Node *spec, Gateway &out);
    /** A ListenerSet: spec.parentRef and spec.listeners (Gateway API v1.5.1 apis/v1/listenerset_types.go). */
    static void parseListenerSet(ObjectReader &r, const yaml::Node *spec, ListenerSet &out);
    static void parseRoute(ObjectReader &r, const yaml::Node *spec, bool grpc, Route &out);
    /**
     * A TLSRoute (\a hostnames true), TCPRoute or UDPRoute: parentRefs, hostnames and the rules'
     * backendRefs (Gateway API v1.5.1 v1/tlsroute_types.go, v1alpha2/tcproute_types.go, udproute_types.go).
     */
    static void parseL4Route(ObjectReader &r, const yaml::Node *spec, bool hostnames, Route &out);

private:
    static Listener listener(ObjectReader &r, const yaml::Node *item, const yaml::Path &lp);
    static ObjectReference objectReference(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static ParentReference parentRef(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static RouteRule rule(ObjectReader &r, const yaml::Node *node, const yaml::Path &path, bool grpc);
    static HTTPRouteMatch httpMatch(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static GRPCRouteMatch grpcMatch(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static std::vector<ValueMatch> valueMatches(ObjectReader &r, const yaml::Node *map, std::string_view key,
                                                const yaml::Path &path);
    static RouteFilter filter(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static HeaderModifier headerModifier(ObjectReader &r, const yaml::Node *node, const yaml::Path &path);
    static std::optional<PathModifier> pathModifier(ObjectReader &r, const yaml::Node *map,
                                                    const yaml::Path &path);
    static BackendObjectReference backendObjectRef(ObjectReader &r, const yaml::Node *node,
                                                   const yaml::Path &path);
    static SessionPersistence sessionPersistence(ObjectReader &r, const yaml::Node *node,
                                                 const yaml::Path &path);
};

} // namespace gw
