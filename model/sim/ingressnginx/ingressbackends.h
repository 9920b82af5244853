// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/ingressreader.h"
#include "sim/ingressnginx/luabackend.h"

namespace gw {
class Design;
}

namespace gw::sim::ingressnginx {

/**
 * How ingress-nginx's controller turns Ingresses into the backends it sends to Lua
 * (internal/ingress/controller/controller.go createUpstreams, mergeAlternativeBackends): names,
 * endpoints, and the per-backend configuration (load-balance, upstream-hash-by, session affinity,
 * canary traffic shaping).
 */
class IngressBackends
{
public:
    /** `<namespace>-<service>-<port>` (controller/util.go upstreamName). */
    static QString name(const QString &ns, const ingress::IngressBackend &backend);

    /**
     * The ready endpoints of Service port \a backend in namespace \a ns: from the EndpointSlices
     * labelled with the Service's name, in document order (ingress-nginx keeps the slices' order), the
     * port chosen by the Service port's name; else the ready Pods of the design's Deployments that match
     * the selector, with the targetPort resolved. \a note, if given, receives why there are none.
     */
    static std::vector<LuaEndpoint> endpoints(const Design &design, const QString &ns,
                                              const ingress::IngressBackend &backend,
                                              QString *note = nullptr);

    /**
     * Applies Ingress \a ing's annotations to \a backend, which the path at \a host / \a path uses:
     * load-balance and upstream-hash-by when \a first (the first Ingress that created the backend
     * decides them), session affinity as controller.go merges it (type and mode from the first Ingress
     * with a value, cookie parameters from every later one, the path added to the cookie's locations).
     */
    static void configure(LuaBackend &backend, const ingress::Ingress &ing, const QString &host,
                          const QString &path, bool first,
                          const std::optional<ingress::ControllerConfig> &config);

    /** The canary annotations of \a ing as its backend's trafficShapingPolicy. */
    static TrafficShaping trafficShaping(const ingress::Ingress &ing);
};

} // namespace gw::sim::ingressnginx
