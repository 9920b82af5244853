// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pod.h"
#include "core/podplanner.h"
#include "sim/scenario.h"

#include <QHash>
#include <QSet>

#include <map>
#include <memory>
#include <queue>
#include <vector>

namespace gw {
class Design;
}

namespace gw::sim {

/** A Pod during a simulation, from its creation to its deletion. */
struct SimulatedPod
{
    Pod pod; ///< name, namespace, IP, labels, container ports, owner, template hash
    qint64 createdMs = 0;
    qint64 readyMs = 0; ///< when it passes its readiness probe
    qint64 removedMs = -1; ///< deleted (its endpoint goes at once); -1 while it lives
    bool crashed = false; ///< refuses connections (failPod)
    bool listed = true; ///< false once the failure is detected: not an endpoint

    bool isAlive() const { return removedMs < 0; }
    /** An endpoint at \a now: alive, ready, and not known to have failed. */
    bool isEndpoint(qint64 now) const { return isAlive() && listed && readyMs <= now; }
};

/**
 * The Deployments' Pods over the simulated time, driven by the scenario's events the way the
 * Kubernetes controllers would react:
 *
 * - scale: new Pods (new names and IPs from PodPlanner) become ready after readyAfter; scaling down
 *   deletes not-ready Pods first, then the newest (highest slot);
 * - failPod: the Pod refuses connections at once and stays an endpoint until detectAfter (its
 *   readiness probe fails), then ready again after recoverAfter (same name and IP: the container
 *   restarted); the ReplicaSet does not replace it;
 * - restartPod: the Pod is deleted and a replacement (new name, new IP) is ready after readyAfter;
 * - rollingUpdate: a new pod-template-hash; the new ReplicaSet is scaled up and the old one down as
 *   the deployment controller does (maxSurge rounded up, maxUnavailable down, both from the
 *   Deployment or the event, default 25%; when both are 0, maxUnavailable is 1): at most replicas
 *   + maxSurge Pods, at least replicas - maxUnavailable available, old Pods deleted as soon as new
 *   ones are ready. `strategy.type: Recreate` deletes every old Pod first.
 *
 * A deleted Pod's endpoint disappears immediately (terminating endpoints are not ready).
 */
class ClusterState
{
public:
    /**
     * Starts from the Pods of \a design (Design::pods()), with the Pods a Deployment has in
     * \a pinned replacing its planned ones. Reports pins naming unknown Deployments.
     */
    bool init(const Design &design, const std::vector<PinnedPod> &pinned, Diagnostics &diagnostics);

    /**
     * Applies event \a index at its time (its target is checked now: an unknown Deployment or Pod is
     * reported in \a diagnostics and the event does nothing).
     */
    void start(const ScenarioEvent &event, int index, Diagnostics &diagnostics);
    /** When the next follow-up (a Pod getting ready, a failure detected, a rollout step) is due. */
    qint64 nextAction() const;
    /** Runs the follow-ups due at or before \a now. */
    void advance(qint64 now);

    const std::vector<SimulatedPod> &pods() const { return m_pods; }
    /** Addresses of Pods that are endpoints but refuse connections. */
    QSet<QString> refusing(qint64 now) const;
    /** When event \a index made its last change (-1: still going on or not started). */
    qint64 eventEnd(int index) const;
    /**
     * The EndpointSlices (YAML) that give every Service whose endpoints come from Pods exactly the
     * Pods that are endpoints at \a now. NGF reads EndpointSlices, so rendering the design with them
     * is rendering the cluster at that moment. Services with EndpointSlices of their own keep them.
     */
    QByteArray endpointSlices(qint64 now) const;

private:
    struct Deployment
    {
        const Resource *resource = nullptr;
        QString key; ///< ns/name
        int replicas = 0; ///< desired
        QString hash; ///< current pod-template-hash
        int rollouts = 0;
    };
    struct Rollout
    {
        int event = -1;
        QString hash;
        qint64 readyAfterMs = 0;
        QString maxSurge;
        QString maxUnavailable;
    };
    struct Action
    {
        enum class Kind : quint8 { Ready, Detect, Recover };
        qint64 at = 0;
        qint64 seq = 0;
        Kind kind = Kind::Ready;
        int pod = -1;
        int event = -1; ///< the event it belongs to
        bool operator>(const Action &o) const { return at != o.at ? at > o.at : seq > o.seq; }
    };

    int createPod(Deployment &d, const QString &hash, int ordinal, qint64 now, qint64 readyAfter, int event);
    void removePod(int pod, qint64 now);
    std::vector<int> alivePods(const Deployment &d, const QString *hash = nullptr,
                               bool exclude = false) const;
    /** Deletes \a count of \a pods: not ready first, then the highest slot. */
    void scaleDown(std::vector<int> pods, int count, qint64 now);
    void tick(Deployment &d, qint64 now);
    void schedule(qint64 at, Action::Kind kind, int pod, int event);
    void noteChange(int event, qint64 now);
    int findPod(const ScenarioEvent &event, Diagnostics &diagnostics) const;

    const Design *m_design = nullptr;
    PodPlanner m_planner;
    std::vector<SimulatedPod> m_pods;
    std::map<QString, Deployment> m_deployments;
    std::map<QString, Rollout> m_rollouts; ///< by Deployment key
    QHash<QString, int> m_nextIncarnation; ///< "ns/deploy/hash/ordinal"
    std::priority_queue<Action, std::vector<Action>, std::greater<>> m_actions;
    qint64 m_seq = 0;
    qint64 m_now = 0;
    std::map<int, qint64> m_eventEnd;
    std::map<int, int> m_eventPending; ///< follow-ups still due per event
};

} // namespace gw::sim
