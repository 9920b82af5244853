// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pod.h"

#include <QSet>

namespace gw {

/**
 * Derives the Pods of Deployments the way a kind cluster would show them, but deterministically:
 * names `<deployment>-<pod-template-hash>-<5 characters>` and IPs in 10.244.0.0/16, both computed
 * from the namespace, the Deployment, its template hash, the replica slot and the incarnation. So a
 * design always shows the same Pods; scaling adds or removes slots without touching the others; a
 * rolling update (new template hash) gives every Pod a new name and IP; a replaced Pod gets a new
 * name and IP. IPs never collide: a planner remembers the addresses it handed out.
 */
class PodPlanner
{
public:
    /**
     * The Pods of all \a deployments, ordered by namespace, Deployment name and slot. A Deployment
     * with \a pins has exactly its pinned Pods (in the pins' order) instead of its planned ones;
     * the other Deployments' Pods are the same with or without pins.
     */
    static std::vector<Pod> plan(const std::vector<const Resource *> &deployments,
                                 const std::vector<PodPin> &pins = {});
    /**
     * The Pod \a pin makes of \a deployment in slot \a ordinal: the pin's name and address, the
     * template hash its name carries (`<deployment>-<hash>-<suffix>`, else the Deployment's), and the
     * template's labels and container ports.
     */
    static Pod pinnedPod(const Resource &deployment, const PodPin &pin, int ordinal);

    /** Makes one Pod of \a deployment; \a templateHash overrides the Deployment's (for rollouts). */
    Pod makePod(const Resource &deployment, int ordinal, int incarnation = 0,
                const QString &templateHash = {});
    /** Marks \a ip as taken (an EndpointSlice address, a Pod created elsewhere). */
    void reserve(const QString &ip) { m_taken.insert(ip); }
    void release(const QString &ip) { m_taken.remove(ip); }

    /** The 5-character random-looking suffix Kubernetes appends, derived from \a seed. */
    static QString suffix(quint32 seed);

private:
    QString allocateIp(quint32 seed);

    QSet<QString> m_taken;
};

} // namespace gw
