// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/annotations.h"
#include "migrate/conversioncontext.h"

#include <optional>

namespace gw::migrate {

/**
 * Builds the HTTPRoutes of one Ingress: one per host of its rules (so that policies attached to a
 * route keep the Ingress's scope), with a rule per path, the Ingress's default backend at the root of
 * its hosts, the canary Ingresses that join its paths, and the routing annotations (regex paths and
 * rewrite-target, redirects, app-root, ssl-redirect and force-ssl-redirect, canary-*) with their
 * report lines. Paths follow ingress-nginx v1.15.1 (controller.go updateServerLocations, nginx.tmpl):
 * a Prefix path is a PathPrefix, Exact an Exact, an ImplementationSpecific path a string prefix.
 */
class RouteBuilder
{
public:
    RouteBuilder(ConversionContext &context, const std::vector<ingress::Ingress> &ingresses);

    /** Adds the routes of \a ingress (not a canary) to the context. */
    void build(const ingress::Ingress &ingress);
    /** Reports the canary Ingresses whose paths have no primary (ingress-nginx drops them). */
    void reportUnmatchedCanaries();

    /** The backendRef for \a backend of an Ingress in \a ns, or nothing (reported) when it cannot be one. */
    std::optional<yaml::Value> backendRef(const ingress::Ingress &ingress,
                                          const ingress::IngressBackend &backend, const QString &field);

private:
    struct Canary
    {
        const ingress::Ingress *ingress = nullptr;
        const ingress::IngressPath *path = nullptr;
        bool used = false;
    };
    struct PathResult
    {
        yaml::Value match; ///< {path: {type, value}}
        std::optional<yaml::Value> rewrite; ///< a URLRewrite filter
    };

    PathResult pathMatch(const ingress::Ingress &ing, const ingress::Annotations &a, const QString &host,
                         const ingress::IngressPath &path);
    std::optional<yaml::Value> redirectFilter(const ingress::Ingress &ing, const ingress::Annotations &a);
    void addCanaryRules(const ingress::Ingress &primary, const QString &host,
                        const ingress::IngressPath &path, const PathResult &match, yaml::Value &mainRule,
                        yaml::Value &rules);
    static QString canaryKey(const QString &host, const ingress::IngressPath &path);

    ConversionContext &m_ctx;
    std::map<QString, std::vector<Canary>> m_canaries; ///< by canaryKey
};

} // namespace gw::migrate
