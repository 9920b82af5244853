// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/policyincludebuilder.h"

#include "ngf/observabilityhandler.h"
#include "ngf/policyhandler.h"

#include <algorithm>

namespace gw::ngf {

namespace {

using Context = PolicyHandler::Context;

class Builder
{
public:
    Builder(const Graph &graph, int gateway, Configuration &config)
        : m_graph(graph)
        , m_gateway(gateway)
        , m_config(config)
    { }

    /** buildPolicies: the valid policies among \a indexes that apply to this Gateway. */
    std::vector<const Resource *> policies(const std::vector<int> &indexes) const
    {
        std::vector<const Resource *> out;
        for (int i : indexes) {
            const GraphNgfPolicy &p = m_graph.ngfPolicies[size_t(i)];
            if (p.appliesTo(m_gateway))
                out.push_back(p.resource);
        }
        return out;
    }

    /** Gateway.GetReferencedRateLimitPolicies: valid policies on routes of this Gateway, not on it. */
    std::vector<const Resource *> shadowRateLimitPolicies() const
    {
        std::vector<const Resource *> out;
        for (const GraphNgfPolicy &p : m_graph.ngfPolicies) {
            if (p.resource->kind != Kind::RateLimitPolicy || !p.appliesTo(m_gateway))
                continue;
            bool targetsGateway = false;
            bool targetsRoute = false;
            for (const GraphNgfPolicy::Target &t : p.targets) {
                if (t.gateway) {
                    targetsGateway = targetsGateway || t.index == m_gateway;
                    continue;
                }
                const GraphRoute &r = m_graph.routes[size_t(t.index)];
                if (!r.valid)
                    continue;
                for (const ParentAttachment &pa : r.parents)
                    targetsRoute = targetsRoute || pa.gateway == m_gateway;
            }
            if (targetsRoute && !targetsGateway)
                out.push_back(p.resource);
        }
        std::sort(out.begin(), out.end(), [](const Resource *a, const Resource *b) {
            return std::pair(a->meta.ns, a->meta.name) < std::pair(b->meta.ns, b->meta.name);
        });
        return out;
    }

    /** CompositeGenerator: each generator in turn over all \a lists, one include line per file. */
    std::vector<Directive>
    generate(const std::vector<std::pair<std::vector<const Resource *>, Context>> &lists,
             bool redirect = false)
    {
        std::vector<Directive> includes;
        PolicyHandler::Input input;
        input.config = &m_config;
        input.redirectLocation = redirect;
        for (const PolicyHandler *h : PolicyHandler::all()) {
            for (const auto &[list, context] : lists) {
                for (const Resource *r : list) {
                    if (r->kind != h->kind())
                        continue;
                    std::optional<IncludeFile> f = h->generate(*r, context, input);
                    if (!f)
                        continue;
                    if (h->firstOnly() &&
                        std::any_of(includes.begin(), includes.end(), [&](const Directive &d) {
                            return d.text.startsWith(QStringLiteral("include ") + includeDir() + r->kindName);
                        }))
                        continue;
                    includes.push_back({QStringLiteral("include %1;").arg(f->path), {sourceOf(*r)}});
                    add(std::move(*f));
                }
            }
        }
        return includes;
    }

    void server(VirtualServer &s, const std::vector<const Resource *> &gatewayPolicies)
    {
        if (s.isDefault)
            return;
        s.includes = generate({{gatewayPolicies, Context::Server}});
        for (Location &loc : s.locations) {
            if (loc.type == Location::Type::Root404 || loc.pathRuleIndex < 0 ||
                loc.pathRuleIndex >= int(s.pathRules.size()))
                continue;
            const GraphRoute *route = s.pathRules[size_t(loc.pathRuleIndex)].policyRoute;
            if (!route)
                continue;
            const Context context =
                loc.type == Location::Type::Internal ? Context::InternalLocation : Context::Location;
            std::vector<Directive> includes =
                generate({{policies(route->ngfPolicies), context}}, loc.type == Location::Type::Redirect);
            // servers_template.go: the includes follow `internal;` and the mirror's split check, before
            // everything else.
            auto at = loc.body.begin() + std::min<qsizetype>(loc.headLines, qsizetype(loc.body.size()));
            loc.body.insert(at, includes.begin(), includes.end());
        }
    }

    /** dataplane buildTelemetry: the ratios of every ObservabilityPolicy NGF processed, any Gateway's. */
    void telemetryRatios()
    {
        if (!m_config.base.telemetry)
            return;
        std::map<int, SourceRef> ratios;
        for (const GraphNgfPolicy &p : m_graph.ngfPolicies) {
            if (p.resource->kind != Kind::ObservabilityPolicy)
                continue;
            const ObservabilityPolicy &o = *p.resource->as<ObservabilityPolicy>();
            if (o.tracing && o.tracing->ratio && *o.tracing->ratio > 0)
                ratios.emplace(*o.tracing->ratio,
                               sourceOf(*p.resource, QStringLiteral("spec.tracing.ratio")));
        }
        // NGF ranges over a Go map: the order varies; the preview sorts by ratio.
        for (const auto &[ratio, source] : ratios)
            m_config.base.telemetry->ratios.push_back(
                {ObservabilityHandler::ratioVariable(ratio), ratio, source});
    }

private:
    static QString includeDir() { return QStringLiteral("/etc/nginx/includes/"); }

    void add(IncludeFile file)
    {
        for (const IncludeFile &f : m_config.includeFiles) {
            if (f.path == file.path)
                return;
        }
        m_config.includeFiles.push_back(std::move(file));
    }

    const Graph &m_graph;
    int m_gateway;
    Configuration &m_config;
};

} // namespace

void PolicyIncludeBuilder::apply(const Graph &graph, int gatewayIndex, Configuration &config)
{
    if (graph.ngfPolicies.empty())
        return;
    Builder b(graph, gatewayIndex, config);
    b.telemetryRatios();
    const std::vector<const Resource *> gatewayPolicies =
        b.policies(graph.gateways[size_t(gatewayIndex)].ngfPolicies);
    config.mainIncludes = b.generate({{gatewayPolicies, Context::Main}});
    config.httpIncludes =
        b.generate({{gatewayPolicies, Context::Http}, {b.shadowRateLimitPolicies(), Context::HttpShadow}});
    for (VirtualServer &s : config.httpServers)
        b.server(s, gatewayPolicies);
    for (VirtualServer &s : config.sslServers)
        b.server(s, gatewayPolicies);
}

} // namespace gw::ngf
