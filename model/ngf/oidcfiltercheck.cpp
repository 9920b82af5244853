// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/oidcfiltercheck.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/fielderror.h"

#include <algorithm>
#include <map>
#include <set>

namespace gw::ngf {

namespace {

Condition filterInvalid(const QString &message)
{
    return Condition {QStringLiteral("Accepted"), false, QStringLiteral("Invalid"), message};
}

} // namespace

OidcFilterCheck::OidcFilterCheck(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

bool OidcFilterCheck::nonHttpsAttachment(const GraphRoute &route) const
{
    // hasNonHTTPSAttachment
    for (const ParentAttachment &p : route.parents) {
        if (p.gateway < 0)
            continue;
        const GraphGateway &gw = m_graph.gateways[size_t(p.gateway)];
        for (const auto &[listener, hostnames] : p.acceptedHostnames) {
            if (hostnames.isEmpty())
                continue;
            for (const GraphListener &l : gw.listeners) {
                if (l.index == listener && l.protocol != u"HTTPS")
                    return true;
            }
        }
    }
    return false;
}

void OidcFilterCheck::process()
{
    // collectOIDCFilterInfo: one pass over the valid routes and their rules.
    std::map<QString, std::vector<int>> byHostname; // valid filters per accepted hostname
    std::vector<QString> hostnameOrder;
    struct RuleRef
    {
        int route;
        int rule;
    };
    std::map<int, std::vector<RuleRef>> refs; // filter -> the rules that use it
    for (int ri = 0; ri < int(m_graph.routes.size()); ++ri) {
        GraphRoute &route = m_graph.routes[size_t(ri)];
        if (!route.valid)
            continue;
        const bool nonHttps = nonHttpsAttachment(route);
        QStringList hostnames; // collectAcceptedHostnames
        for (const ParentAttachment &p : route.parents) {
            for (const auto &[listener, hs] : p.acceptedHostnames) {
                for (const QString &h : hs) {
                    if (!hostnames.contains(h))
                        hostnames << h;
                }
            }
        }
        if (hostnames.isEmpty())
            continue;
        for (int i = 0; i < int(route.rules.size()); ++i) {
            const GraphRule &rule = route.rules[size_t(i)];
            if (!rule.validMatches || !rule.filters.valid || rule.filters.oidcFilter < 0)
                continue;
            const int fi = rule.filters.oidcFilter;
            GraphAuthenticationFilter &af = m_graph.authenticationFilters[size_t(fi)];
            if (nonHttps && af.valid) {
                af.conditions.push_back(
                    filterInvalid(QStringLiteral("OIDC authentication requires an HTTPS listener")));
                af.valid = false;
            }
            refs[fi].push_back({ri, i});
            if (af.valid) {
                for (const QString &h : hostnames) {
                    std::vector<int> &list = byHostname[h];
                    if (list.empty())
                        hostnameOrder.push_back(h);
                    if (std::find(list.begin(), list.end(), fi) == list.end())
                        list.push_back(fi);
                }
            }
        }
    }
    // Go ranges over the hostname map in random order; the preview takes the hostnames in the order
    // the routes name them.
    for (const QString &h : hostnameOrder) {
        if (byHostname[h].size() >= 2)
            checkConflicts(h, byHostname[h]);
    }
    // propagateInvalidOIDCFiltersToRouteRules
    std::set<int> invalidated;
    for (const auto &[fi, list] : refs) {
        if (m_graph.authenticationFilters[size_t(fi)].valid)
            continue;
        for (const RuleRef &r : list) {
            GraphRule &rule = m_graph.routes[size_t(r.route)].rules[size_t(r.rule)];
            rule.filters.valid = false;
            invalidated.insert(r.route);
        }
    }
    // A rule NGF did not visit above (its route is invalid or has no accepted hostname) keeps valid
    // filters; NGF's dataplane converts an invalid filter to an empty one (convertAuthenticationFilter),
    // so such a rule is rendered without auth_oidc.
    for (GraphRoute &route : m_graph.routes) {
        for (GraphRule &rule : route.rules) {
            RouteFilters &f = rule.filters;
            if (f.valid && f.oidcFilter >= 0 && !m_graph.authenticationFilters[size_t(f.oidcFilter)].valid) {
                f.oidcFilter = -1;
                f.oidcResource = nullptr;
            }
        }
    }
    const QString message = QStringLiteral("OIDC filter is invalid; see filter status for details");
    for (int ri : invalidated) {
        // mergeOrAppendRouteCondition
        GraphRoute &route = m_graph.routes[size_t(ri)];
        const Condition c = conditions::routeInvalidFilter(message);
        bool merged = false;
        for (Condition &existing : route.conditions) {
            if (existing.type == c.type && existing.status == c.status && existing.reason == c.reason) {
                if (!existing.message.contains(message))
                    existing.message += QStringLiteral("; ") + message;
                merged = true;
                break;
            }
        }
        if (!merged)
            route.conditions.push_back(c);
    }
}

void OidcFilterCheck::checkConflicts(const QString &hostname, const std::vector<int> &filterList)
{
    // checkOIDCURIConflictsForHostname: the filters oldest first; each claims its URIs.
    std::vector<int> filters = filterList;
    const AgeOrder age(m_design);
    std::stable_sort(filters.begin(), filters.end(), [&](int a, int b) {
        return age(m_graph.authenticationFilters[size_t(a)].resource,
                   m_graph.authenticationFilters[size_t(b)].resource);
    });
    struct Claim
    {
        const Resource *owner;
        QString uriType;
    };
    std::map<QString, Claim> claimed;
    for (int fi : filters) {
        GraphAuthenticationFilter &af = m_graph.authenticationFilters[size_t(fi)];
        if (!af.valid)
            continue;
        const OidcAuth &o = *af.resource->as<AuthenticationFilter>()->oidc;
        const auto claim = [&](const QString &uri, const QString &uriType) {
            // claimOIDCURI
            const auto it = claimed.find(uri);
            if (it == claimed.end()) {
                claimed[uri] = {af.resource, uriType};
                return;
            }
            af.conditions.push_back(
                filterInvalid(QStringLiteral("%1 %2 conflicts with %3 of OIDC filter %4/%5 on hostname %6")
                                  .arg(uriType, goQuote(uri), it->second.uriType, it->second.owner->meta.ns,
                                       it->second.owner->meta.name, goQuote(hostname))));
            af.valid = false;
        };
        if (o.logoutUri)
            claim(*o.logoutUri, QStringLiteral("logout URI"));
        if (af.valid && o.frontChannelLogoutUri)
            claim(*o.frontChannelLogoutUri, QStringLiteral("front-channel logout URI"));
        if (af.valid && o.redirectUri && o.redirectUri->startsWith(u'/'))
            claim(*o.redirectUri, QStringLiteral("redirect URI"));
    }
}

} // namespace gw::ngf
