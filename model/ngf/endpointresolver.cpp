// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/endpointresolver.h"

#include "core/design.h"

#include <algorithm>
#include <array>

namespace gw::ngf {

namespace {

/** A comparable form of an address: 16 bytes, IPv4 mapped first. Unparsable text sorts last. */
std::array<quint16, 9> addressKey(const QString &address, bool ipv6)
{
    std::array<quint16, 9> key {};
    if (!ipv6) {
        const QStringList parts = address.split(u'.');
        key[0] = 0;
        for (int i = 0; i < 4 && i < parts.size(); ++i)
            key[size_t(i + 1)] = quint16(parts[i].toUInt());
        return key;
    }
    key[0] = 1;
    QString a = address;
    a.remove(u'[').remove(u']');
    const QStringList halves = a.split(QStringLiteral("::"));
    QStringList head = halves.value(0).split(u':', Qt::SkipEmptyParts);
    QStringList tail = halves.size() > 1 ? halves[1].split(u':', Qt::SkipEmptyParts) : QStringList();
    while (head.size() + tail.size() < 8 && halves.size() > 1)
        head << QStringLiteral("0");
    head << tail;
    for (int i = 0; i < 8 && i < head.size(); ++i)
        key[size_t(i + 1)] = quint16(head[i].toUInt(nullptr, 16));
    return key;
}

} // namespace

EndpointResolver::EndpointResolver(const Design &design, IpFamily family,
                                   const QHash<QString, QString> &overrides)
    : m_design(design)
    , m_family(family)
    , m_overrides(overrides)
{
    for (const Resource *r : design.resources(Kind::EndpointSlice))
        m_slices[r->meta.ns + u'/' + r->as<EndpointSlice>()->serviceName].push_back(r);
    for (const Pod &pod : design.pods()) {
        if (!pod.ready)
            continue;
        for (auto it = pod.labels.cbegin(); it != pod.labels.cend(); ++it)
            m_podsByLabel[pod.ns + u'\n' + it.key() + u'=' + it.value()].push_back(&pod);
    }
}

bool EndpointResolver::lessThan(const UpstreamServer &a, const UpstreamServer &b)
{
    const auto ka = addressKey(a.address, a.ipv6);
    const auto kb = addressKey(b.address, b.ipv6);
    if (ka != kb)
        return ka < kb;
    if (a.address != b.address)
        return a.address < b.address;
    return a.port < b.port;
}

std::vector<UpstreamServer> EndpointResolver::resolve(const Resource &serviceRes, int portIndex) const
{
    const Service &service = *serviceRes.as<Service>();
    const ServicePort &svcPort = service.ports[size_t(portIndex)];
    std::vector<UpstreamServer> out;
    const auto add = [&](UpstreamServer s) {
        if (const auto o = m_overrides.constFind(s.hostPort()); o != m_overrides.cend()) {
            // "address:port" of the sandbox (docs/probe.md); the Pod and the sources stay.
            const qsizetype colon = o->lastIndexOf(u':');
            s.address = o->left(colon);
            s.port = o->mid(colon + 1).toInt();
            s.ipv6 = s.address.startsWith(u'[');
        }
        for (const UpstreamServer &o : out) {
            if (o.address == s.address && o.port == s.port)
                return;
        }
        out.push_back(std::move(s));
    };

    const auto slices = m_slices.find(serviceRes.meta.ns + u'/' + serviceRes.meta.name);
    const bool haveSlices = slices != m_slices.end();
    for (const Resource *r : haveSlices ? *slices : std::vector<const Resource *>()) {
        const EndpointSlice &slice = *r->as<EndpointSlice>();
        const bool v6 = slice.addressType == u"IPv6";
        if (slice.addressType != u"IPv4" && !v6)
            continue; // FQDN slices are not used
        if ((v6 && m_family == IpFamily::IPv4) || (!v6 && m_family == IpFamily::IPv6))
            continue;
        // The slice port whose name is the Service port's name; a nil port means the target port.
        std::optional<int> port;
        bool found = false;
        for (const EndpointPort &p : slice.ports) {
            if (p.name.value_or(QString()) == svcPort.name) {
                found = true;
                port = p.port;
                break;
            }
        }
        if (!found)
            continue;
        const int targetPort = port.value_or(
            svcPort.targetPort && svcPort.targetPort->isInt ? svcPort.targetPort->intValue : svcPort.port);
        for (int e = 0; e < int(slice.endpoints.size()); ++e) {
            const Endpoint &ep = slice.endpoints[size_t(e)];
            if (ep.conditions.ready == false)
                continue;
            for (const QString &address : ep.addresses) {
                UpstreamServer s;
                s.ipv6 = v6;
                s.address = v6 ? u'[' + address + u']' : address;
                s.port = targetPort;
                if (ep.targetRef && ep.targetRef->kind == u"Pod")
                    s.pod = ep.targetRef->name;
                s.sources.push_back(sourceOf(*r, QStringLiteral("endpoints[%1]").arg(e)));
                add(std::move(s));
            }
        }
    }

    if (!haveSlices && !service.selector.isEmpty() && m_family != IpFamily::IPv6) {
        const auto first = service.selector.cbegin();
        const auto candidates =
            m_podsByLabel.find(serviceRes.meta.ns + u'\n' + first.key() + u'=' + first.value());
        for (const Pod *podPtr :
             candidates == m_podsByLabel.end() ? std::vector<const Pod *>() : *candidates) {
            const Pod &pod = *podPtr;
            bool selected = true;
            for (auto it = service.selector.cbegin(); it != service.selector.cend(); ++it)
                selected =
                    selected && pod.labels.contains(it.key()) && pod.labels.value(it.key()) == it.value();
            if (!selected)
                continue;
            int port = svcPort.port;
            if (svcPort.targetPort) {
                if (svcPort.targetPort->isInt) {
                    port = svcPort.targetPort->intValue;
                } else {
                    port = 0;
                    for (const ContainerPort &cp : pod.ports) {
                        if (cp.name == svcPort.targetPort->stringValue)
                            port = cp.containerPort;
                    }
                    if (port == 0)
                        continue; // no container port of that name: the Pod is not an endpoint
                }
            }
            UpstreamServer s;
            s.address = pod.ip;
            s.port = port;
            s.pod = pod.name;
            if (const Resource *owner = m_design.resource(pod.owner))
                s.sources.push_back(sourceOf(*owner, QStringLiteral("spec.replicas")));
            add(std::move(s));
        }
    }
    std::sort(out.begin(), out.end(), lessThan);
    return out;
}

} // namespace gw::ngf
