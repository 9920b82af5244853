// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/ingressreader.h"
#include "nginx/router.h"
#include "sim/ingressnginx/luabackend.h"

#include <memory>

namespace gw {
class Design;
}

namespace gw::sim::ingressnginx {

/** One nginx `location` of ingress-nginx's configuration, and what it serves. */
struct IngressLocation
{
    QString ingress; ///< "ns/name" of the Ingress whose path it is; empty: the default backend
    int rule = -1; ///< the path's index among the Ingress's paths (rules flattened, in order)
    QString ingressPath; ///< $location_path: the path as written in the Ingress
    QString host; ///< the server's host ("_" for the catch-all server)
    QString nginxLocation; ///< as written in the configuration: "= /tea", "~* \"^/api\""
    int backend = -1; ///< index into IngressConfig::backends(); -1: the default backend (404)
    int line = 0; ///< the `location` line in the generated configuration
};

/** Options of the ingress-nginx engine. */
struct IngressOptions
{
    std::optional<int> workers; ///< overrides the ConfigMap's worker-processes
};

/**
 * ingress-nginx v1.15.1's view of a design at one moment: the backends it would POST to the Lua side
 * (one per Service port, `<namespace>-<service>-<port>`, endpoints in EndpointSlice order, the
 * balancing, affinity, hash and canary configuration), and the servers and locations of its
 * nginx.tmpl, written out as a small nginx configuration that gw_nginx's Router routes requests
 * through (so location matching — exact, prefix, the regex mode of `use-regex`/`rewrite-target`, the
 * catch-all server — is nginx's own). Each location proxies to `upstream_balancer` as in
 * ingress-nginx; the table of locations says which backend it stands for.
 *
 * Built per cluster state (scenario events render EndpointSlices, as for NGF); immutable, shared.
 */
class IngressConfig
{
public:
    static std::shared_ptr<const IngressConfig>
    build(std::shared_ptr<const Design> design, const IngressOptions &options, QString *error = nullptr);

    const Design &design() const { return *m_design; }
    const ingress::IngressSet &ingresses() const { return m_set; }
    const std::vector<LuaBackend> &backends() const { return m_backends; }
    int backendIndex(const QString &name) const { return m_backendIndex.value(name, -1); }
    const std::vector<IngressLocation> &locations() const { return m_locations; }
    /** The location whose `location` directive is at \a line, or nullptr. */
    const IngressLocation *locationAt(int line) const;
    const nginx::Router &router() const { return m_router; }
    /** The generated configuration (for explanations and tests). */
    const QByteArray &text() const { return m_text; }
    int workers() const { return m_workers; }
    /** What the simulation leaves out (annotations it does not act on, ExternalName Services, …). */
    const Diagnostics &notes() const { return m_notes; }
    /** Pod of endpoint \a id ("ip:port") of backend \a backend, or empty. */
    QString podOf(int backend, const QString &id) const;

private:
    IngressConfig() = default;
    void buildBackends();
    void buildServers();

    std::shared_ptr<const Design> m_design;
    ingress::IngressSet m_set;
    std::vector<LuaBackend> m_backends;
    QHash<QString, int> m_backendIndex;
    std::vector<IngressLocation> m_locations;
    QHash<int, int> m_locationByLine;
    nginx::Router m_router;
    QByteArray m_text;
    int m_workers = 1;
    Diagnostics m_notes;
};

} // namespace gw::sim::ingressnginx
