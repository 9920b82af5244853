// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/ingressbackends.h"

#include "core/design.h"
#include "ingress/annotations.h"
#include "ngf/endpointresolver.h"

#include <QCoreApplication>

namespace gw::sim::ingressnginx {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::IngressBackends)
};
} // namespace

QString IngressBackends::name(const QString &ns, const ingress::IngressBackend &backend)
{
    return ns + u'-' + backend.service + u'-' + backend.portText();
}

std::vector<LuaEndpoint> IngressBackends::endpoints(const Design &design, const QString &ns,
                                                    const ingress::IngressBackend &backend, QString *note)
{
    std::vector<LuaEndpoint> out;
    const Resource *service = design.find(Kind::Service, ns, backend.service);
    if (!service) {
        if (note)
            *note = Tr::tr("Service %1/%2 does not exist").arg(ns, backend.service);
        return out;
    }
    const Service &svc = *service->as<Service>();
    if (svc.type == u"ExternalName") {
        if (note)
            *note = Tr::tr("Service %1/%2 is an ExternalName Service: its DNS name is not resolved in the "
                           "simulation")
                        .arg(ns, backend.service);
        return out;
    }
    int portIndex = -1;
    for (int i = 0; i < int(svc.ports.size()); ++i) {
        const ServicePort &p = svc.ports[size_t(i)];
        if ((backend.portNumber && p.port == *backend.portNumber) ||
            (!backend.portNumber && !backend.portName.isEmpty() && p.name == backend.portName))
            portIndex = i;
    }
    if (portIndex < 0) {
        if (note)
            *note = Tr::tr("Service %1/%2 has no port %3").arg(ns, backend.service, backend.portText());
        return out;
    }
    // The endpoints as NGF's resolver finds them (same rules), then in ingress-nginx's order: the
    // EndpointSlices' order (document order, endpoint order), else the Pods' order.
    const ngf::EndpointResolver resolver(design, ngf::IpFamily::Dual);
    std::vector<ngf::UpstreamServer> servers = resolver.resolve(*service, portIndex);
    QHash<QString, int> rank;
    int next = 0;
    for (const Resource *r : design.resources(Kind::EndpointSlice)) {
        const EndpointSlice &slice = *r->as<EndpointSlice>();
        if (r->meta.ns != ns || slice.serviceName != backend.service)
            continue;
        for (const Endpoint &e : slice.endpoints) {
            for (const QString &a : e.addresses)
                rank.insert(slice.addressType == u"IPv6" ? u'[' + a + u']' : a, next++);
        }
    }
    for (const Pod &p : design.pods()) {
        if (!rank.contains(p.ip))
            rank.insert(p.ip, next++);
    }
    std::stable_sort(servers.begin(), servers.end(),
                     [&](const ngf::UpstreamServer &a, const ngf::UpstreamServer &b) {
                         return rank.value(a.address, next) < rank.value(b.address, next);
                     });
    for (const ngf::UpstreamServer &s : servers) {
        LuaEndpoint e;
        e.address = s.address;
        e.port = s.port;
        e.pod = s.pod;
        out.push_back(e);
    }
    if (out.empty() && note)
        *note = Tr::tr("Service %1/%2 port %3 has no ready endpoints")
                    .arg(ns, backend.service, backend.portText());
    return out;
}

void IngressBackends::configure(LuaBackend &b, const ingress::Ingress &ing, const QString &host,
                                const QString &path, bool first,
                                const std::optional<ingress::ControllerConfig> &config)
{
    const ingress::Annotations a(ing);
    if (first) {
        // controller.go: the first Ingress that creates the upstream decides its balancing.
        if (const auto lb = a.string(QStringLiteral("load-balance")))
            b.loadBalance = lb->trimmed();
        else if (config && config->data.contains(QStringLiteral("load-balance")))
            b.loadBalance = config->value(QStringLiteral("load-balance"));
        if (const auto hash = a.string(QStringLiteral("upstream-hash-by"))) {
            b.hashBy = *hash;
            b.hashBySubset = a.boolean(QStringLiteral("upstream-hash-by-subset")).value_or(false);
            b.subsetSize = a.integer(QStringLiteral("upstream-hash-by-subset-size")).value_or(3);
            if (b.subsetSize <= 0)
                b.subsetSize = 3;
        }
    }
    const auto type = a.string(QStringLiteral("affinity"));
    if (type != u"cookie")
        return;
    if (b.affinityType.isEmpty())
        b.affinityType = *type;
    if (b.affinityMode.isEmpty())
        b.affinityMode = a.string(QStringLiteral("affinity-mode")).value_or(QString());
    // sessionaffinity/main.go cookieAffinityParse: every later Ingress overwrites the parameters.
    CookieAffinity &c = b.cookie;
    c.name = a.string(QStringLiteral("session-cookie-name")).value_or(QStringLiteral("INGRESSCOOKIE"));
    c.expires = a.string(QStringLiteral("session-cookie-expires")).value_or(QString());
    c.maxAge = a.string(QStringLiteral("session-cookie-max-age")).value_or(QString());
    c.path = a.string(QStringLiteral("session-cookie-path")).value_or(QString());
    c.domain = a.string(QStringLiteral("session-cookie-domain")).value_or(QString());
    c.sameSite = a.string(QStringLiteral("session-cookie-samesite")).value_or(QString());
    // `secure` is omitempty in the JSON: false never reaches Lua.
    c.secure = a.boolean(QStringLiteral("session-cookie-secure")).value_or(false) ? std::optional<bool>(true)
                                                                                  : std::nullopt;
    c.conditionalSameSiteNone =
        a.boolean(QStringLiteral("session-cookie-conditional-samesite-none")).value_or(false);
    c.changeOnFailure = a.boolean(QStringLiteral("session-cookie-change-on-failure")).value_or(false);
    c.locations[host.isEmpty() ? QStringLiteral("_") : host].append(path);
}

TrafficShaping IngressBackends::trafficShaping(const ingress::Ingress &ing)
{
    const ingress::Annotations a(ing);
    TrafficShaping t;
    t.weight = a.integer(QStringLiteral("canary-weight")).value_or(0);
    t.weightTotal = a.integer(QStringLiteral("canary-weight-total")).value_or(100);
    t.header = a.string(QStringLiteral("canary-by-header")).value_or(QString());
    t.headerValue = a.string(QStringLiteral("canary-by-header-value")).value_or(QString());
    t.headerPattern = a.string(QStringLiteral("canary-by-header-pattern")).value_or(QString());
    t.cookie = a.string(QStringLiteral("canary-by-cookie")).value_or(QString());
    return t;
}

} // namespace gw::sim::ingressnginx
