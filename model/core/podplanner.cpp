// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/podplanner.h"

#include <algorithm>

namespace gw {

namespace {

quint32 fnv1a(const QString &text)
{
    quint32 h = 2166136261u;
    for (char c : text.toUtf8()) {
        h ^= static_cast<unsigned char>(c);
        h *= 16777619u;
    }
    return h;
}

/** splitmix32-style mixer: a small, well-spread generator for names and addresses. */
quint32 mix(quint32 x)
{
    x += 0x9e3779b9u;
    x ^= x >> 16;
    x *= 0x85ebca6bu;
    x ^= x >> 13;
    x *= 0xc2b2ae35u;
    x ^= x >> 16;
    return x;
}

} // namespace

QString PodPlanner::suffix(quint32 seed)
{
    // Kubernetes draws Pod name suffixes from the same alphabet as the template hash.
    static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
    QString s;
    quint32 x = seed;
    for (int i = 0; i < 5; ++i) {
        x = mix(x);
        s += QLatin1Char(alphabet[x % 27]);
    }
    return s;
}

QString PodPlanner::allocateIp(quint32 seed)
{
    for (quint32 attempt = 0;; ++attempt) {
        const quint32 x = mix(seed + attempt * 0x632be5abu);
        const int third = int((x >> 8) & 0xff);
        const int fourth = int(x % 251) + 2; // 2..252: avoid network, gateway and broadcast look-alikes
        const QString ip = QStringLiteral("10.244.%1.%2").arg(third).arg(fourth);
        if (!m_taken.contains(ip)) {
            m_taken.insert(ip);
            return ip;
        }
    }
}

namespace {

/** The owner, labels and container ports every Pod of \a deployment has, whatever its name. */
Pod podOf(const Resource &deployment, const QString &templateHash, int ordinal)
{
    const Deployment *d = deployment.as<Deployment>();
    Pod pod;
    pod.ns = deployment.meta.ns;
    pod.deployment = deployment.meta.name;
    pod.owner = deployment.id;
    pod.templateHash = templateHash;
    pod.ordinal = ordinal;
    if (d) {
        pod.labels = d->templateLabels;
        for (const Container &c : d->containers)
            pod.ports.insert(pod.ports.end(), c.ports.begin(), c.ports.end());
    }
    pod.labels.insert(QStringLiteral("pod-template-hash"), templateHash);
    return pod;
}

} // namespace

Pod PodPlanner::makePod(const Resource &deployment, int ordinal, int incarnation, const QString &templateHash)
{
    const Deployment *d = deployment.as<Deployment>();
    Pod pod = podOf(deployment, templateHash.isEmpty() && d ? d->podTemplateHash : templateHash, ordinal);
    pod.incarnation = incarnation;
    const quint32 seed = fnv1a(pod.ns + u'/' + pod.deployment + u'/' + pod.templateHash + u'/' +
                               QString::number(ordinal) + u'/' + QString::number(incarnation));
    pod.name = pod.deployment + u'-' + pod.templateHash + u'-' + suffix(seed);
    pod.ip = allocateIp(seed);
    return pod;
}

Pod PodPlanner::pinnedPod(const Resource &deployment, const PodPin &pin, int ordinal)
{
    const Deployment *d = deployment.as<Deployment>();
    // <deployment>-<pod-template-hash>-<suffix>, as the guide's Pods are named.
    const QString prefix = deployment.meta.name + u'-';
    const QStringList parts =
        pin.name.startsWith(prefix) ? pin.name.mid(prefix.size()).split(u'-') : QStringList();
    Pod pod = podOf(deployment, parts.size() == 2 ? parts[0] : (d ? d->podTemplateHash : QString()), ordinal);
    pod.name = pin.name;
    pod.ip = pin.ip;
    return pod;
}

std::vector<Pod> PodPlanner::plan(const std::vector<const Resource *> &deployments,
                                  const std::vector<PodPin> &pins)
{
    std::vector<const Resource *> sorted;
    for (const Resource *r : deployments) {
        if (r->as<Deployment>())
            sorted.push_back(r);
    }
    std::sort(sorted.begin(), sorted.end(), [](const Resource *a, const Resource *b) {
        return std::tie(a->meta.ns, a->meta.name) < std::tie(b->meta.ns, b->meta.name);
    });
    PodPlanner planner;
    std::vector<Pod> pods;
    for (const Resource *r : sorted) {
        const int replicas = r->as<Deployment>()->replicas;
        // Planned first in any case, so that the addresses of the other Deployments' Pods do not
        // depend on which Deployments are pinned.
        std::vector<Pod> planned;
        for (int i = 0; i < replicas; ++i)
            planned.push_back(planner.makePod(*r, i));
        int ordinal = 0;
        for (const PodPin &pin : pins) {
            if (pin.ns == r->meta.ns && pin.deployment == r->meta.name)
                pods.push_back(pinnedPod(*r, pin, ordinal++));
        }
        if (ordinal == 0)
            pods.insert(pods.end(), planned.begin(), planned.end());
    }
    return pods;
}

} // namespace gw
