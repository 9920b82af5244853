// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/upstreambuilder.h"

#include <algorithm>

namespace gw::ngf {

namespace {

SourceRefs sourcesOf(const UpstreamSettings *settings, std::initializer_list<const char16_t *> fields,
                     const SourceRefs &fallback)
{
    SourceRefs out;
    if (settings) {
        for (const char16_t *f : fields) {
            const auto it = settings->sources.find(QString::fromUtf16(f));
            if (it != settings->sources.end())
                out.push_back(it->second);
        }
    }
    return out.empty() ? fallback : out;
}

} // namespace

UpstreamBuilder::UpstreamBuilder(const Profile &profile)
    : m_profile(profile)
{ }

Upstream UpstreamBuilder::invalidBackendRef()
{
    Upstream u;
    u.name = QStringLiteral("invalid-backend-ref");
    u.invalidBackend = true;
    u.body.push_back({QStringLiteral("server unix:/var/run/nginx/nginx-500-server.sock;"), {}});
    return u;
}

void UpstreamBuilder::build(Upstream &u, const UpstreamSettings *settings,
                            const std::optional<QString> &defaultZone,
                            const SourceRef &defaultZoneSource) const
{
    const NgfVersion &v = m_profile.version;
    const SourceRefs &serviceSources = u.sources;
    u.body.clear();

    // 1. Balancing method.
    QString method = QStringLiteral("random two least_conn");
    if (v.lbMethodSelectable() && settings && settings->loadBalancingMethod)
        method = *settings->loadBalancingMethod;
    u.hashKey.clear();
    u.hashConsistent = false;
    if (method == u"round_robin") {
        u.lbMethod.clear();
    } else if (method == u"hash" || method == u"hash consistent") {
        u.hashKey = settings && settings->hashMethodKey ? *settings->hashMethodKey : QString();
        u.hashConsistent = method == u"hash consistent";
        u.lbMethod = QStringLiteral("hash ") + u.hashKey +
            (u.hashConsistent ? QStringLiteral(" consistent") : QString());
    } else {
        u.lbMethod = method;
    }
    if (!u.lbMethod.isEmpty())
        u.body.push_back({u.lbMethod + u';',
                          sourcesOf(settings, {u"loadBalancingMethod", u"hashMethodKey"}, serviceSources)});

    // 2. Zone.
    SourceRefs zoneSources = sourcesOf(settings, {u"zoneSize"}, serviceSources);
    if (settings && settings->zoneSize) {
        u.zoneSize = *settings->zoneSize;
    } else if (defaultZone) {
        u.zoneSize = *defaultZone;
        zoneSources = {defaultZoneSource};
    } else {
        u.zoneSize = m_profile.plus ? QStringLiteral("1m") : QStringLiteral("512k");
    }
    u.body.push_back({QStringLiteral("zone %1 %2;").arg(u.name, u.zoneSize), zoneSources});

    // 3. Sticky cookie: Plus only, never for an upstream without endpoints.
    if (m_profile.plus && u.sticky && !u.servers.empty()) {
        QString line = QStringLiteral("sticky cookie ") + u.sticky->name;
        if (!u.sticky->expires.isEmpty())
            line += QStringLiteral(" expires=") + u.sticky->expires;
        if (!u.sticky->path.isEmpty())
            line += QStringLiteral(" path=") + u.sticky->path;
        u.body.push_back({line + u';', {u.sticky->source}});
    }

    // 4. State file (Plus: the agent fills the servers through the API) or server lines. Servers
    // nginx resolves itself (ExternalName) are written on Plus too, without a state file.
    const bool resolves =
        std::any_of(u.servers.begin(), u.servers.end(), [](const UpstreamServer &s) { return s.resolve; });
    if (m_profile.plus && !resolves) {
        u.body.push_back(
            {QStringLiteral("state /var/lib/nginx/state/%1.conf;").arg(u.stateFileKey), serviceSources});
    } else if (u.servers.empty()) {
        u.body.push_back(
            {QStringLiteral("server unix:/var/run/nginx/nginx-503-server.sock;"), serviceSources});
    } else {
        for (const UpstreamServer &s : u.servers) {
            SourceRefs refs = serviceSources;
            refs.insert(refs.end(), s.sources.begin(), s.sources.end());
            u.body.push_back({QStringLiteral("server %1%2;")
                                  .arg(s.hostPort(), s.resolve ? QStringLiteral(" resolve") : QString()),
                              refs});
        }
    }

    // 5. Keepalive, per version (NGF upstreams.go processKeepAliveSettings; NgfVersion predicates).
    // -1: not set by any policy
    const int connections = settings && settings->keepAliveConnections ? *settings->keepAliveConnections : -1;
    const SourceRefs connSources = sourcesOf(settings, {u"keepAlive.connections"}, serviceSources);
    bool others = true;
    u.keepAlive.reset();
    if (connections < 0) {
        if (v.defaultKeepalive16()) {
            u.keepAlive = 16;
            u.body.push_back({QStringLiteral("keepalive 16;"), serviceSources});
        }
    } else if (connections > 0) {
        u.keepAlive = connections;
        u.body.push_back({QStringLiteral("keepalive %1;").arg(connections), connSources});
    } else if (v.keepaliveZeroPrinted()) {
        u.keepAlive = 0;
        u.body.push_back({QStringLiteral("keepalive 0;"), connSources});
        others = false;
    }
    if (others && settings) {
        if (settings->keepAliveRequests && *settings->keepAliveRequests != 0)
            u.body.push_back({QStringLiteral("keepalive_requests %1;").arg(*settings->keepAliveRequests),
                              sourcesOf(settings, {u"keepAlive.requests"}, serviceSources)});
        if (settings->keepAliveTime)
            u.body.push_back({QStringLiteral("keepalive_time %1;").arg(*settings->keepAliveTime),
                              sourcesOf(settings, {u"keepAlive.time"}, serviceSources)});
        if (settings->keepAliveTimeout)
            u.body.push_back({QStringLiteral("keepalive_timeout %1;").arg(*settings->keepAliveTimeout),
                              sourcesOf(settings, {u"keepAlive.timeout"}, serviceSources)});
    }
}

} // namespace gw::ngf
