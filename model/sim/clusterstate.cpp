// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/clusterstate.h"

#include "core/design.h"
#include "sim/randomsource.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ClusterState)
};

/** A percentage or count of \a replicas, rounded up or down as the deployment controller does. */
int resolveIntOrPercent(const QString &value, int replicas, bool roundUp, int fallbackPercent)
{
    QString v = value.isEmpty() ? QString::number(fallbackPercent) + u'%' : value;
    if (v.endsWith(u'%')) {
        const double share = v.chopped(1).toDouble() * replicas / 100.0;
        return int(roundUp ? std::ceil(share - 1e-9) : std::floor(share + 1e-9));
    }
    return v.toInt();
}

QString intOrString(const std::optional<IntOrString> &v)
{
    if (!v)
        return {};
    return v->isInt ? QString::number(v->intValue) : v->stringValue;
}

/** YAML double-quoted scalar. */
QByteArray quoted(const QString &text)
{
    QByteArray out = "\"";
    for (char c : text.toUtf8()) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

bool ClusterState::init(const Design &design, const std::vector<PinnedPod> &pinned, Diagnostics &diagnostics)
{
    m_design = &design;
    for (const Resource *r : design.resources(Kind::Deployment)) {
        const gw::Deployment *d = r->as<gw::Deployment>();
        if (!d)
            continue;
        Deployment dep;
        dep.resource = r;
        dep.key = r->meta.ns + u'/' + r->meta.name;
        dep.replicas = d->replicas;
        dep.hash = d->podTemplateHash;
        m_deployments[dep.key] = dep;
    }
    for (const Resource *r : design.resources(Kind::EndpointSlice)) {
        for (const Endpoint &e : r->as<EndpointSlice>()->endpoints) {
            for (const QString &a : e.addresses)
                m_planner.reserve(a);
        }
    }
    bool ok = true;
    std::vector<PodPin> pins;
    for (const PinnedPod &p : pinned) {
        const QString key = p.ns + u'/' + p.deployment;
        if (!m_deployments.count(key)) {
            Diagnostic d;
            d.location = p.location;
            d.field = QStringLiteral("spec.pods");
            d.message =
                Tr::tr("Pod %1 is pinned to Deployment %2, which the design does not have").arg(p.name, key);
            diagnostics.push_back(d);
            ok = false;
            continue;
        }
        pins.push_back({p.ns, p.deployment, p.name, p.ip});
    }
    // The same Pods as the design shows with these pins (Design::pods(), PodPlanner::plan()).
    std::map<QString, int> ordinals;
    for (const Pod &pod : PodPlanner::plan(design.resources(Kind::Deployment), pins)) {
        SimulatedPod s;
        s.pod = pod;
        m_planner.reserve(pod.ip);
        m_pods.push_back(s);
        const QString key = pod.ns + u'/' + pod.deployment;
        const bool isPinned = std::any_of(pins.begin(), pins.end(), [&](const PodPin &p) {
            return p.ns == pod.ns && p.deployment == pod.deployment;
        });
        if (isPinned) {
            ++ordinals[key];
            m_deployments[key].hash = pod.templateHash;
        }
    }
    for (const auto &[key, count] : ordinals)
        m_deployments[key].replicas = count;
    return ok;
}

int ClusterState::createPod(Deployment &d, const QString &hash, int ordinal, qint64 now, qint64 readyAfter,
                            int event)
{
    const QString slot = d.key + u'/' + hash + u'/' + QString::number(ordinal);
    int incarnation = m_nextIncarnation.value(slot, 0);
    SimulatedPod s;
    for (;;) {
        // PodPlanner derives names and IPs from the slot and incarnation; skip names already used
        // (the design's own Pods are incarnation 0).
        s.pod = m_planner.makePod(*d.resource, ordinal, incarnation, hash);
        const bool used = std::any_of(m_pods.begin(), m_pods.end(),
                                      [&](const SimulatedPod &p) { return p.pod.name == s.pod.name; });
        if (!used)
            break;
        ++incarnation;
    }
    m_nextIncarnation[slot] = incarnation + 1;
    s.createdMs = now;
    s.readyMs = now + readyAfter;
    m_pods.push_back(s);
    const int index = int(m_pods.size()) - 1;
    if (readyAfter > 0)
        schedule(now + readyAfter, Action::Kind::Ready, index, event);
    else
        noteChange(event, now);
    return index;
}

void ClusterState::removePod(int pod, qint64 now)
{
    // The planner keeps the address reserved: a deleted Pod's address is not reused in a run.
    m_pods[size_t(pod)].removedMs = now;
}

std::vector<int> ClusterState::alivePods(const Deployment &d, const QString *hash, bool exclude) const
{
    std::vector<int> out;
    for (int i = 0; i < int(m_pods.size()); ++i) {
        const SimulatedPod &p = m_pods[size_t(i)];
        if (!p.isAlive() || p.pod.ns + u'/' + p.pod.deployment != d.key)
            continue;
        if (hash && (p.pod.templateHash == *hash) == exclude)
            continue;
        out.push_back(i);
    }
    return out;
}

void ClusterState::scaleDown(std::vector<int> pods, int count, qint64 now)
{
    std::sort(pods.begin(), pods.end(), [&](int a, int b) {
        const SimulatedPod &pa = m_pods[size_t(a)], &pb = m_pods[size_t(b)];
        const bool ra = pa.isEndpoint(now), rb = pb.isEndpoint(now);
        if (ra != rb)
            return !ra; // not ready first
        if (pa.pod.ordinal != pb.pod.ordinal)
            return pa.pod.ordinal > pb.pod.ordinal; // then the newest slot
        return a > b;
    });
    for (int i = 0; i < count && i < int(pods.size()); ++i)
        removePod(pods[size_t(i)], now);
}

void ClusterState::schedule(qint64 at, Action::Kind kind, int pod, int event)
{
    m_actions.push({at, m_seq++, kind, pod, event});
    if (event >= 0 && kind != Action::Kind::Recover)
        ++m_eventPending[event];
}

void ClusterState::noteChange(int event, qint64 now)
{
    if (event >= 0)
        m_eventEnd[event] = std::max(m_eventEnd.count(event) ? m_eventEnd[event] : now, now);
}

int ClusterState::findPod(const ScenarioEvent &event, Diagnostics &diagnostics) const
{
    const auto fail = [&](const QString &message) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.location = event.location;
        d.field = QStringLiteral("spec.events");
        d.message = message;
        diagnostics.push_back(d);
        return -1;
    };
    if (!event.pod.isEmpty()) {
        for (int i = 0; i < int(m_pods.size()); ++i) {
            const SimulatedPod &p = m_pods[size_t(i)];
            if (p.isAlive() && p.pod.name == event.pod && p.pod.ns == event.ns)
                return i;
        }
        return fail(Tr::tr("at %1 ms there is no Pod %2/%3; the event does nothing")
                        .arg(event.atMs)
                        .arg(event.ns, event.pod));
    }
    const auto dep = m_deployments.find(event.ns + u'/' + event.deployment);
    if (dep == m_deployments.end())
        return fail(Tr::tr("the design has no Deployment %1/%2; the event does nothing")
                        .arg(event.ns, event.deployment));
    std::vector<int> pods = alivePods(dep->second);
    std::sort(pods.begin(), pods.end(),
              [&](int a, int b) { return m_pods[size_t(a)].pod.name < m_pods[size_t(b)].pod.name; });
    if (event.index >= int(pods.size()))
        return fail(
            Tr::tr("at %1 ms Deployment %2 has %3 Pods: there is no Pod at index %4; the event does nothing")
                .arg(event.atMs)
                .arg(dep->first)
                .arg(pods.size())
                .arg(event.index));
    return pods[size_t(event.index)];
}

void ClusterState::start(const ScenarioEvent &event, int index, Diagnostics &diagnostics)
{
    const qint64 now = event.atMs;
    m_now = now;
    m_eventEnd[index] = now;
    using Type = ScenarioEvent::Type;
    if (event.type == Type::FailPod || event.type == Type::RestartPod) {
        const int pod = findPod(event, diagnostics);
        if (pod < 0)
            return;
        SimulatedPod &p = m_pods[size_t(pod)];
        if (event.type == Type::FailPod) {
            p.crashed = true;
            if (event.detectAfterMs > 0)
                schedule(now + event.detectAfterMs, Action::Kind::Detect, pod, index);
            else
                p.listed = false;
            if (event.recoverAfterMs)
                schedule(now + *event.recoverAfterMs, Action::Kind::Recover, pod, index);
            return;
        }
        const QString key = p.pod.ns + u'/' + p.pod.deployment;
        const int ordinal = p.pod.ordinal;
        const QString hash = p.pod.templateHash;
        removePod(pod, now);
        const auto dep = m_deployments.find(key);
        if (dep != m_deployments.end())
            createPod(dep->second, hash, ordinal, now, event.readyAfterMs, index);
        return;
    }
    const auto dep = m_deployments.find(event.ns + u'/' + event.deployment);
    if (dep == m_deployments.end()) {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.location = event.location;
        d.field = QStringLiteral("spec.events");
        d.message = Tr::tr("the design has no Deployment %1/%2; the event does nothing")
                        .arg(event.ns, event.deployment);
        diagnostics.push_back(d);
        return;
    }
    Deployment &d = dep->second;
    if (event.type == Type::Scale) {
        d.replicas = event.replicas;
        if (m_rollouts.count(d.key)) {
            tick(d, now);
            return;
        }
        const std::vector<int> current = alivePods(d, &d.hash, false);
        if (int(current.size()) > d.replicas) {
            scaleDown(current, int(current.size()) - d.replicas, now);
        } else {
            std::vector<int> used;
            for (int i : current)
                used.push_back(m_pods[size_t(i)].pod.ordinal);
            int ordinal = 0;
            for (int n = int(current.size()); n < d.replicas; ++n) {
                while (std::find(used.begin(), used.end(), ordinal) != used.end())
                    ++ordinal;
                used.push_back(ordinal);
                createPod(d, d.hash, ordinal, now, event.readyAfterMs, index);
            }
        }
        return;
    }
    // Rolling update: a new pod-template-hash, 10 characters as Kubernetes writes it.
    ++d.rollouts;
    const QString rollout = d.key + u'/' + d.hash + u'/' + QString::number(d.rollouts);
    const quint32 seed = quint32(RandomSource::derive(0, rollout));
    Rollout r;
    r.event = index;
    r.hash = PodPlanner::suffix(seed) + PodPlanner::suffix(seed ^ 0x5bd1e995u);
    r.readyAfterMs = event.readyAfterMs;
    const gw::Deployment &spec = *d.resource->as<gw::Deployment>();
    r.maxSurge = event.maxSurge.isEmpty() ? intOrString(spec.maxSurge) : event.maxSurge;
    r.maxUnavailable =
        event.maxUnavailable.isEmpty() ? intOrString(spec.maxUnavailable) : event.maxUnavailable;
    m_rollouts[d.key] = r;
    d.hash = r.hash;
    tick(d, now);
}

void ClusterState::tick(Deployment &d, qint64 now)
{
    const auto it = m_rollouts.find(d.key);
    if (it == m_rollouts.end())
        return;
    const Rollout &r = it->second;
    const int replicas = d.replicas;
    const bool recreate = d.resource->as<gw::Deployment>()->strategyType == u"Recreate";
    const auto newPods = [&] { return alivePods(d, &r.hash, false); };
    const auto oldPods = [&] { return alivePods(d, &r.hash, true); };
    const auto readyCount = [&](const std::vector<int> &pods) {
        return int(std::count_if(pods.begin(), pods.end(),
                                 [&](int p) { return m_pods[size_t(p)].isEndpoint(now); }));
    };
    const auto createNew = [&](int count) {
        std::vector<int> used;
        for (int p : newPods())
            used.push_back(m_pods[size_t(p)].pod.ordinal);
        int ordinal = 0;
        for (int n = 0; n < count; ++n) {
            while (std::find(used.begin(), used.end(), ordinal) != used.end())
                ++ordinal;
            used.push_back(ordinal);
            createPod(d, r.hash, ordinal, now, r.readyAfterMs, r.event);
        }
    };
    if (recreate) {
        const std::vector<int> old = oldPods();
        if (!old.empty()) {
            scaleDown(old, int(old.size()), now);
            noteChange(r.event, now);
        }
        const int missing = replicas - int(newPods().size());
        if (missing > 0)
            createNew(missing);
    } else {
        int surge = resolveIntOrPercent(r.maxSurge, replicas, true, 25);
        int unavailable = resolveIntOrPercent(r.maxUnavailable, replicas, false, 25);
        if (surge == 0 && unavailable == 0)
            unavailable = 1;
        for (int round = 0; round < 1000; ++round) {
            bool changed = false;
            // reconcileNewReplicaSet
            std::vector<int> fresh = newPods(), old = oldPods();
            const int total = int(fresh.size() + old.size());
            if (int(fresh.size()) > replicas) {
                scaleDown(fresh, int(fresh.size()) - replicas, now);
                changed = true;
            } else if (total < replicas + surge && int(fresh.size()) < replicas) {
                createNew(std::min(replicas + surge - total, replicas - int(fresh.size())));
                changed = true;
            }
            // reconcileOldReplicaSets
            fresh = newPods();
            old = oldPods();
            const int all = int(fresh.size() + old.size());
            const int minAvailable = replicas - unavailable;
            const int newUnavailable = int(fresh.size()) - readyCount(fresh);
            const int maxScaledDown = all - minAvailable - newUnavailable;
            if (maxScaledDown > 0 && !old.empty()) {
                scaleDown(old, std::min(maxScaledDown, int(old.size())), now);
                noteChange(r.event, now);
                changed = true;
            }
            if (!changed)
                break;
        }
    }
    const std::vector<int> fresh = newPods();
    if (oldPods().empty() && int(fresh.size()) == replicas && readyCount(fresh) == replicas) {
        noteChange(r.event, now);
        m_rollouts.erase(it);
    }
}

qint64 ClusterState::nextAction() const
{
    return m_actions.empty() ? std::numeric_limits<qint64>::max() : m_actions.top().at;
}

void ClusterState::advance(qint64 now)
{
    while (!m_actions.empty() && m_actions.top().at <= now) {
        const Action a = m_actions.top();
        m_actions.pop();
        m_now = a.at;
        SimulatedPod &p = m_pods[size_t(a.pod)];
        if (a.event >= 0 && a.kind != Action::Kind::Recover)
            --m_eventPending[a.event];
        switch (a.kind) {
        case Action::Kind::Ready:
            if (p.isAlive())
                noteChange(a.event, a.at);
            break;
        case Action::Kind::Detect:
            if (p.crashed) {
                p.listed = false;
                noteChange(a.event, a.at);
            }
            break;
        case Action::Kind::Recover:
            p.crashed = false;
            p.listed = true;
            break;
        }
        // A Pod that got ready may let a rollout go on.
        const auto dep = m_deployments.find(p.pod.ns + u'/' + p.pod.deployment);
        if (dep != m_deployments.end() && m_rollouts.count(dep->first))
            tick(dep->second, a.at);
    }
}

QSet<QString> ClusterState::refusing(qint64 now) const
{
    QSet<QString> out;
    for (const SimulatedPod &p : m_pods) {
        if (p.crashed && p.isEndpoint(now))
            out.insert(p.pod.ip);
    }
    return out;
}

qint64 ClusterState::eventEnd(int index) const
{
    const auto end = m_eventEnd.find(index);
    if (end == m_eventEnd.end())
        return -1;
    const auto pending = m_eventPending.find(index);
    if (pending != m_eventPending.end() && pending->second > 0)
        return -1;
    for (const auto &[key, r] : m_rollouts) {
        if (r.event == index)
            return -1;
    }
    return end->second;
}

QByteArray ClusterState::endpointSlices(qint64 now) const
{
    QSet<QString> withSlices;
    for (const Resource *r : m_design->resources(Kind::EndpointSlice))
        withSlices.insert(r->meta.ns + u'/' + r->as<EndpointSlice>()->serviceName);
    QByteArray out;
    for (const Resource *r : m_design->resources(Kind::Service)) {
        const Service *service = r->as<Service>();
        if (!service || service->selector.isEmpty() || withSlices.contains(r->meta.ns + u'/' + r->meta.name))
            continue;
        for (size_t portIndex = 0; portIndex < service->ports.size(); ++portIndex) {
            const ServicePort &sp = service->ports[portIndex];
            // Pods grouped by the port their targetPort resolves to (a named port may differ per Pod).
            std::map<int, std::vector<const SimulatedPod *>> byPort;
            for (const SimulatedPod &p : m_pods) {
                if (!p.isEndpoint(now) || p.pod.ns != r->meta.ns)
                    continue;
                bool selected = true;
                for (auto it = service->selector.cbegin(); it != service->selector.cend() && selected; ++it)
                    selected = p.pod.labels.value(it.key()) == it.value() && p.pod.labels.contains(it.key());
                if (!selected)
                    continue;
                int port = sp.port;
                if (sp.targetPort && sp.targetPort->isInt) {
                    port = sp.targetPort->intValue;
                } else if (sp.targetPort) {
                    port = 0;
                    for (const ContainerPort &cp : p.pod.ports) {
                        if (cp.name == sp.targetPort->stringValue)
                            port = cp.containerPort;
                    }
                    if (port == 0)
                        continue;
                }
                byPort[port].push_back(&p);
            }
            if (byPort.empty())
                byPort[sp.targetPort && sp.targetPort->isInt ? sp.targetPort->intValue
                                                             : sp.port]; // an empty slice
            int n = 0;
            for (const auto &[port, pods] : byPort) {
                out += "---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ";
                out += quoted(QStringLiteral("%1-gwsim-%2-%3").arg(r->meta.name).arg(portIndex).arg(n++));
                out +=
                    "\n  namespace: " + quoted(r->meta.ns) + "\n  labels:\n    kubernetes.io/service-name: ";
                out += quoted(r->meta.name) + "\naddressType: IPv4\nports:\n- name: " + quoted(sp.name);
                out += "\n  port: " + QByteArray::number(port) + "\n  protocol: TCP\nendpoints:";
                if (pods.empty())
                    out += " []";
                out += '\n';
                for (const SimulatedPod *p : pods) {
                    out += "- addresses: [" + quoted(p->pod.ip) + "]\n  conditions: {ready: true}\n";
                    out += "  targetRef: {kind: Pod, name: " + quoted(p->pod.name) +
                        ", namespace: " + quoted(p->pod.ns) + "}\n";
                }
            }
        }
    }
    return out;
}

} // namespace gw::sim
