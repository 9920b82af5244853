// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "ngf/generator.h"
#include "sim/clusterstate.h"
#include "sim/simulationinput.h"

#include <QFile>
#include <QTest>

using namespace gw;
using namespace gw::sim;

namespace {

QByteArray app(const char *name, int replicas, const char *strategy = "")
{
    return QByteArray("---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ") + name +
        "\nspec:\n  replicas: " + QByteArray::number(replicas) + "\n" + strategy +
        "  selector:\n    matchLabels: {app: " + name +
        "}\n  template:\n    metadata:\n      labels: {app: " + name +
        "}\n    spec:\n      containers:\n      - name: c\n        image: i\n        ports:\n        - "
        "{name: web, "
        "containerPort: 8080}\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " +
        name + "\nspec:\n  selector: {app: " + name +
        "}\n  ports:\n  - {name: http, port: 80, targetPort: web}\n";
}

std::shared_ptr<Design> design(const QByteArray &text)
{
    SimulationInput input;
    input.files.push_back({QStringLiteral("d.yaml"), text});
    Diagnostics d;
    auto result = input.makeDesign({}, &d);
    if (!result)
        qFatal("test design does not read");
    return result;
}

ScenarioEvent makeEvent(ScenarioEvent::Type type, qint64 at, const char *deployment)
{
    ScenarioEvent e;
    e.type = type;
    e.atMs = at;
    e.deployment = QString::fromLatin1(deployment);
    return e;
}

/** The Pods that are endpoints at \a now, as "templateHash/ordinal" sorted, to compare steps. */
QStringList endpoints(const ClusterState &c, qint64 now, bool byName = false)
{
    QStringList out;
    for (const SimulatedPod &p : c.pods()) {
        if (p.isEndpoint(now))
            out << (byName ? p.pod.name : p.pod.templateHash + u'/' + QString::number(p.pod.ordinal));
    }
    out.sort();
    return out;
}

int count(const ClusterState &c, qint64 now, const QString &hash, bool ready)
{
    int n = 0;
    for (const SimulatedPod &p : c.pods()) {
        if (p.isAlive() && p.pod.templateHash == hash && (!ready || p.isEndpoint(now)))
            ++n;
    }
    return n;
}

} // namespace

/** The Deployments' Pods under scale, failure, restart and rolling-update events. */
class tst_ClusterState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsFromTheDesignsPods();
    void pinnedPods();
    void scaleUpAndDown();
    void failDetectRecover();
    void restart();
    void rollingUpdate_data();
    void rollingUpdate();
    void recreate();
    void unknownTargets();
    void endpointSlicesRenderLikeThePods();
};

void tst_ClusterState::startsFromTheDesignsPods()
{
    const auto d = design(app("coffee", 3));
    ClusterState c;
    Diagnostics diagnostics;
    QVERIFY(c.init(*d, {}, diagnostics));
    QCOMPARE(c.pods().size(), d->pods().size());
    for (size_t i = 0; i < c.pods().size(); ++i) {
        QCOMPARE(c.pods()[i].pod.name, d->pods()[i].name);
        QCOMPARE(c.pods()[i].pod.ip, d->pods()[i].ip);
        QVERIFY(c.pods()[i].isEndpoint(0));
    }
}

void tst_ClusterState::pinnedPods()
{
    const auto d = design(app("coffee", 3));
    ClusterState c;
    Diagnostics diagnostics;
    PinnedPod p {QStringLiteral("default"),
                 QStringLiteral("coffee"),
                 QStringLiteral("coffee-5b9c74f9d9-7gfwn"),
                 QStringLiteral("10.244.0.94"),
                 {}};
    QVERIFY(c.init(*d, {p}, diagnostics));
    QCOMPARE(endpoints(c, 0, true), QStringList {QStringLiteral("coffee-5b9c74f9d9-7gfwn")});
    QCOMPARE(c.pods().front().pod.templateHash, QStringLiteral("5b9c74f9d9"));
    QCOMPARE(c.pods().front().pod.labels.value(QStringLiteral("app")), QStringLiteral("coffee"));
    // A later scale-up follows the pinned Pods' template hash.
    c.start(makeEvent(ScenarioEvent::Type::Scale, 1000, "coffee") /* replicas 0 */, 0, diagnostics);
    QVERIFY(endpoints(c, 1000).isEmpty());
    PinnedPod unknown {QStringLiteral("default"),
                       QStringLiteral("tea"),
                       QStringLiteral("tea-1-2"),
                       QStringLiteral("10.1.1.1"),
                       {}};
    ClusterState other;
    QVERIFY(!other.init(*d, {unknown}, diagnostics));
    QCOMPARE(
        diagnostics.back().message,
        QStringLiteral("Pod tea-1-2 is pinned to Deployment default/tea, which the design does not have"));
}

void tst_ClusterState::scaleUpAndDown()
{
    const auto d = design(app("coffee", 2));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    const QString hash = c.pods().front().pod.templateHash;
    ScenarioEvent up = makeEvent(ScenarioEvent::Type::Scale, 10000, "coffee");
    up.replicas = 4;
    up.readyAfterMs = 5000;
    c.start(up, 0, diagnostics);
    QCOMPARE(count(c, 10000, hash, false), 4);
    QCOMPARE(count(c, 10000, hash, true), 2); // the new ones are not ready yet
    QCOMPARE(c.eventEnd(0), -1);
    QCOMPARE(c.nextAction(), 15000);
    c.advance(15000);
    QCOMPARE(count(c, 15000, hash, true), 4);
    QCOMPARE(c.eventEnd(0), 15000);
    QCOMPARE(endpoints(c, 15000), (QStringList {hash + u"/0", hash + u"/1", hash + u"/2", hash + u"/3"}));
    // New Pods have new names and IPs.
    QStringList ips;
    for (const SimulatedPod &p : c.pods())
        ips << p.pod.ip;
    ips.removeDuplicates();
    QCOMPARE(ips.size(), 4);

    ScenarioEvent down = makeEvent(ScenarioEvent::Type::Scale, 20000, "coffee");
    down.replicas = 1;
    c.start(down, 1, diagnostics);
    QCOMPARE(endpoints(c, 20000), QStringList {hash + u"/0"}); // the highest slots go first
    QCOMPARE(c.eventEnd(1), 20000);
    // Scaling up again gives the freed slots new Pods (new names and IPs).
    ScenarioEvent again = makeEvent(ScenarioEvent::Type::Scale, 30000, "coffee");
    again.replicas = 2;
    c.start(again, 2, diagnostics);
    QCOMPARE(endpoints(c, 30000), (QStringList {hash + u"/0", hash + u"/1"}));
    QCOMPARE(c.pods().size(), size_t(5));
    QVERIFY(c.pods()[4].pod.name != c.pods()[1].pod.name);
}

void tst_ClusterState::failDetectRecover()
{
    const auto d = design(app("coffee", 2));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    ScenarioEvent fail = makeEvent(ScenarioEvent::Type::FailPod, 5000, "coffee");
    fail.index = 0;
    fail.detectAfterMs = 10000;
    fail.recoverAfterMs = 30000;
    QStringList names = endpoints(c, 0, true);
    c.start(fail, 0, diagnostics);
    QVERIFY(diagnostics.empty());
    // Listed but refusing until the readiness probe notices.
    QCOMPARE(endpoints(c, 5000, true), names);
    QCOMPARE(c.refusing(5000).size(), 1);
    const QString failedIp = *c.refusing(5000).begin();
    QCOMPARE(c.eventEnd(0), -1);
    c.advance(15000);
    QCOMPARE(endpoints(c, 15000, true), QStringList {names[1]});
    QVERIFY(c.refusing(15000).isEmpty()); // not an endpoint any more
    QCOMPARE(c.eventEnd(0), 15000);
    c.advance(35000);
    QCOMPARE(endpoints(c, 35000, true), names); // the same Pod, same IP, ready again
    QVERIFY(c.refusing(35000).isEmpty());
    bool sameIp = false;
    for (const SimulatedPod &p : c.pods())
        sameIp = sameIp || p.pod.ip == failedIp;
    QVERIFY(sameIp);
}

void tst_ClusterState::restart()
{
    const auto d = design(app("coffee", 2));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    ScenarioEvent restart = makeEvent(ScenarioEvent::Type::RestartPod, 1000, "");
    restart.pod = c.pods()[1].pod.name;
    restart.readyAfterMs = 2000;
    const QString oldIp = c.pods()[1].pod.ip;
    c.start(restart, 0, diagnostics);
    QCOMPARE(endpoints(c, 1000, true), QStringList {c.pods()[0].pod.name});
    c.advance(3000);
    QCOMPARE(c.pods().size(), size_t(3));
    const SimulatedPod &replacement = c.pods()[2];
    QVERIFY(replacement.isEndpoint(3000));
    QCOMPARE(replacement.pod.ordinal, 1);
    QCOMPARE(replacement.pod.incarnation, 1);
    QVERIFY(replacement.pod.name != restart.pod);
    QVERIFY(replacement.pod.ip != oldIp);
    QCOMPARE(c.eventEnd(0), 3000);
}

void tst_ClusterState::rollingUpdate_data()
{
    // Each step: "time: old alive/new ready/new alive", hand-computed from the deployment controller's
    // rules (maxSurge rounded up, maxUnavailable down; new Pods ready 5 s after they are created).
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QString>("maxSurge");
    QTest::addColumn<QString>("maxUnavailable");
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<qint64>("end");
    // 2 replicas, 25 %: surge 1, unavailable 0. +1 new; when it is ready -1 old +1 new; then -1 old.
    QTest::newRow("2 replicas, 25%") << 2 << QString() << QString()
                                     << QStringList {QStringLiteral("0: 2/0/1"),
                                                     QStringLiteral("5000: 1/1/2"),
                                                     QStringLiteral("10000: 0/2/2")}
                                     << qint64(10000);
    // 4 replicas: surge 1, unavailable 1 (at most 5 Pods, at least 3 available): +1 new, -1 old, +1
    // new; when both are ready -2 old, +2 new; then the last old one goes.
    QTest::newRow("4 replicas, 25%") << 4 << QString() << QString()
                                     << QStringList {QStringLiteral("0: 3/0/2"),
                                                     QStringLiteral("5000: 1/2/4"),
                                                     QStringLiteral("10000: 0/4/4")}
                                     << qint64(10000);
    // Both 0: Kubernetes then allows one unavailable Pod: delete one, replace it, and so on.
    QTest::newRow("no surge") << 2 << QStringLiteral("0") << QStringLiteral("0")
                              << QStringList {QStringLiteral("0: 1/0/1"), QStringLiteral("5000: 0/1/2"),
                                              QStringLiteral("10000: 0/2/2")}
                              << qint64(10000);
}

void tst_ClusterState::rollingUpdate()
{
    QFETCH(int, replicas);
    QFETCH(QString, maxSurge);
    QFETCH(QString, maxUnavailable);
    QFETCH(QStringList, steps);
    QFETCH(qint64, end);
    const auto d = design(app("coffee", replicas));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    const QString oldHash = c.pods().front().pod.templateHash;
    ScenarioEvent roll = makeEvent(ScenarioEvent::Type::RollingUpdate, 0, "coffee");
    roll.readyAfterMs = 5000;
    roll.maxSurge = maxSurge;
    roll.maxUnavailable = maxUnavailable;
    c.start(roll, 0, diagnostics);
    const QString newHash = c.pods().back().pod.templateHash;
    QVERIFY(newHash != oldHash);
    QCOMPARE(newHash.size(), 10); // as Kubernetes writes pod-template-hash
    for (const QString &step : steps) {
        const qint64 t = step.section(u':', 0, 0).toLongLong();
        const QStringList n = step.section(u' ', 1).split(u'/');
        c.advance(t);
        QCOMPARE(c.eventEnd(0), t < end ? -1 : end);
        const QString got = QStringLiteral("%1/%2/%3")
                                .arg(count(c, t, oldHash, false))
                                .arg(count(c, t, newHash, true))
                                .arg(count(c, t, newHash, false));
        QCOMPARE(got, n.join(u'/'));
    }
}

void tst_ClusterState::recreate()
{
    const auto d = design(app("coffee", 2, "  strategy: {type: Recreate}\n"));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    ScenarioEvent roll = makeEvent(ScenarioEvent::Type::RollingUpdate, 0, "coffee");
    roll.readyAfterMs = 3000;
    c.start(roll, 0, diagnostics);
    QVERIFY(endpoints(c, 0).isEmpty()); // every old Pod gone at once
    c.advance(3000);
    QCOMPARE(endpoints(c, 3000).size(), 2);
    QCOMPARE(c.eventEnd(0), 3000);
}

void tst_ClusterState::unknownTargets()
{
    const auto d = design(app("coffee", 1));
    ClusterState c;
    Diagnostics diagnostics;
    c.init(*d, {}, diagnostics);
    ScenarioEvent scale = makeEvent(ScenarioEvent::Type::Scale, 0, "tea");
    scale.replicas = 3;
    c.start(scale, 0, diagnostics);
    QCOMPARE(diagnostics.back().message,
             QStringLiteral("the design has no Deployment default/tea; the event does nothing"));
    QCOMPARE(diagnostics.back().severity, Diagnostic::Severity::Warning);
    ScenarioEvent fail = makeEvent(ScenarioEvent::Type::FailPod, 0, "coffee");
    fail.index = 5;
    c.start(fail, 1, diagnostics);
    QCOMPARE(diagnostics.back().message,
             QStringLiteral("at 0 ms Deployment default/coffee has 1 Pods: there is no Pod at index 5; the "
                            "event does nothing"));
}

void tst_ClusterState::endpointSlicesRenderLikeThePods()
{
    // Rendering the design with the cluster's EndpointSlices gives the servers the Pods give.
    SimulationInput input;
    input.files.push_back({QStringLiteral("cafe.yaml"), [] {
                               QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
                               f.open(QIODevice::ReadOnly);
                               return f.readAll();
                           }()});
    const auto base = input.makeDesign();
    QVERIFY(base);
    ClusterState c;
    Diagnostics diagnostics;
    QVERIFY(c.init(*base, {}, diagnostics));
    const auto overlay = input.makeDesign(c.endpointSlices(0));
    QVERIFY(overlay);
    ngf::Profile profile;
    const auto a = ngf::Generator::run(*base, profile);
    const auto b = ngf::Generator::run(*overlay, profile);
    QCOMPARE(a->nginxT(), b->nginxT());
    for (size_t i = 0; i < a->config->upstreams.size(); ++i) {
        const auto &ua = a->config->upstreams[i];
        const auto &ub = b->config->upstreams[i];
        QCOMPARE(ua.servers.size(), ub.servers.size());
        for (size_t s = 0; s < ua.servers.size(); ++s)
            QCOMPARE(ub.servers[s].pod, ua.servers[s].pod);
    }
    // A Service without Pods gets an empty slice (not the design's Pods): 503.
    ScenarioEvent scale = makeEvent(ScenarioEvent::Type::Scale, 0, "latte");
    c.start(scale, 0, diagnostics);
    const auto empty = ngf::Generator::run(*input.makeDesign(c.endpointSlices(0)), profile);
    QVERIFY(empty->nginxT().contains(
        QStringLiteral("upstream default_latte_80 {\n    random two least_conn;\n    zone default_latte_80 "
                       "512k;\n    server unix:/var/run/nginx/nginx-503-server.sock;")));
}

QTEST_GUILESS_MAIN(tst_ClusterState)
#include "tst_clusterstate.moc"
