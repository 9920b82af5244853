// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinetest.h"

#include "sim/balancer.h"
#include "sim/resultwriter.h"
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"

#include <QDir>
#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString Cafe = QStringLiteral("/resources/examples/cafe.yaml");

Scenario parseScenario(const QByteArray &spec)
{
    const QByteArray text =
        "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata:\n  name: t\nspec:\n" + spec;
    Diagnostics d;
    auto s = ScenarioParser::parse(text, QStringLiteral("t.yaml"), d);
    if (!s) {
        for (const Diagnostic &x : d)
            qWarning("%s", qPrintable(x.toString()));
        qFatal("test scenario does not read");
    }
    return *s;
}

SimulationResult runScenario(const QString &design, const Scenario &s, const RunOptions &options = {})
{
    Diagnostics d;
    auto r = ScenarioRunner::run(input(design, ScenarioRunner::profile(s, {})), s, options, d);
    if (!r) {
        for (const Diagnostic &x : d)
            qWarning("%s", qPrintable(x.toString()));
        qFatal("scenario run failed");
    }
    return std::move(*r);
}

int groupOf(const SimulationResult &r, const char *route)
{
    return r.groupOf(QLatin1String(route), 0);
}

/** ip_hash of \a client over servers \a servers (as written) with the simulator's balancer. */
QString ipHashPick(const QString &client, const QStringList &servers)
{
    UpstreamConfig c;
    c.method = Method::IpHash;
    for (const QString &s : servers) {
        ServerConfig sc;
        sc.address = s;
        c.servers.push_back(sc);
    }
    Balancer b(c);
    Request r;
    r.client = *SocketAddress::parseIp(client);
    RequestState state;
    b.begin(state, r);
    return b.peers().info(b.select(state, 0).peer).name;
}

} // namespace

/** The scenario engine: metrics on hand-computed cases, events, replicas, determinism, progress and cancel.
 */
class tst_ScenarioRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundRobinMetrics();
    void sharedSubnetsStickWithIpHash();
    void remappedByARestart();
    void cookiesSurviveScaleAcrossReplicas();
    void proxyCollapsesIpHash();
    void walkthroughTranscript();
    void atScaleExample();
    void sameSeedSameBytes();
    void progressAndCancel();
    void durationAndWarnings();
};

void tst_ScenarioRunner::roundRobinMetrics()
{
    // tea is round robin over three Pods A < B < C (by address). One client, four requests in one
    // session: A B C A. Three transitions, none stays; three session breaks in one broken session.
    const Scenario s = parseScenario("  populations:\n  - name: one\n    thinkTime: 1s\n    script:\n"
                                     "    - {host: app.example.com, path: /tea, repeat: 4}\n");
    const SimulationResult r = runScenario(QStringLiteral("leastconn.yaml"), s);
    QCOMPARE(r.requests, 4);
    QCOMPARE(r.endMs, 3000);
    const int g = groupOf(r, "default/tea");
    QVERIFY(g >= 0);
    const RouteStats &st = r.stats[size_t(g)];
    QCOMPARE(r.groups[size_t(g)].balancing, QStringLiteral("round robin"));
    QCOMPARE(st.requests, 4);
    QCOMPARE(st.served, 4);
    QCOMPARE(st.statuses.at(200), 4);
    QCOMPARE(st.transitions, 3);
    QCOMPARE(st.stays, 0);
    QCOMPARE(st.stickiness(), 0.0);
    QCOMPARE(st.sessions, 1);
    QCOMPARE(st.sessionBreaks, 3);
    QCOMPARE(st.brokenSessions, 1);
    QCOMPARE(st.pairs, 1);
    QCOMPARE(st.podsSeen[3], 1);
    QCOMPARE(st.stickinessHistogram[0], 1);
    QCOMPARE(st.podLoad.size(), size_t(3));
    // Balance: loads 2, 1, 1 -> max/mean 1.5, CV sqrt(2/9)/(4/3).
    const auto u = std::find_if(r.upstreams.begin(), r.upstreams.end(),
                                [](const UpstreamStats &x) { return x.name == u"default_tea_80"; });
    QVERIFY(u != r.upstreams.end());
    QCOMPARE(u->epochs.size(), size_t(1));
    QCOMPARE(u->epochs[0].load, (std::vector<qint64> {2, 1, 1}));
    QCOMPARE(u->epochs[0].maxOverMean(), 1.5);
    QVERIFY(qAbs(u->epochs[0].cv() - std::sqrt(2.0 / 9.0) / (4.0 / 3.0)) < 1e-12);
    // The strip: one row; its cells are the Pods in turn (bucket 100 ms by default for short runs).
    QCOMPARE(r.strip.rows.size(), size_t(1));
    QCOMPARE(r.strip.bucketMs, 100);
    QCOMPARE(r.strip.cell(0, 0), u->epochs[0].pods[0]);
    QCOMPARE(r.strip.cell(0, 10), u->epochs[0].pods[1]);
    QCOMPARE(r.strip.cell(0, 5), AssignmentStrip::NoRequest);
    QCOMPARE(r.podLoadOverTime[size_t(u->epochs[0].pods[0])][30], 1);
}

void tst_ScenarioRunner::sharedSubnetsStickWithIpHash()
{
    // ip_hash keys on the first three octets: 40 clients in one /24 all land on one Pod; two
    // sessions of three requests each stay there.
    const Scenario s = parseScenario(
        "  populations:\n  - name: office\n    clients: 40\n    addresses: {plan: shared24, base: 10.5.5.1}\n"
        "    sessions: 2\n    requestsPerSession: 3\n    sessionGap: 10s\n"
        "    routes:\n    - {host: app.example.com, path: /coffee}\n");
    const SimulationResult r = runScenario(QStringLiteral("realip.yaml"), s);
    const RouteStats &st = r.stats[size_t(groupOf(r, "default/coffee"))];
    QCOMPARE(st.requests, 240);
    QCOMPARE(st.podLoad.size(), size_t(1));
    QCOMPARE(st.transitions, 200);
    QCOMPARE(st.stays, 200);
    QCOMPARE(st.sessions, 80);
    QCOMPARE(st.brokenSessions, 0);
    QCOMPARE(st.podsSeen[1], 40);
    QCOMPARE(st.stickinessHistogram[10], 40);
    // Every other Pod got nothing: the epoch's balance shows it.
    const auto &u = *std::find_if(r.upstreams.begin(), r.upstreams.end(),
                                  [](const UpstreamStats &x) { return x.name == u"default_coffee_80"; });
    QCOMPARE(u.epochs[0].maxOverMean(), 3.0);
}

void tst_ScenarioRunner::remappedByARestart()
{
    // 30 clients in distinct /24s, ip_hash over 3 Pods; at 5 s the second Pod (by name) restarts with a
    // new IP. On OSS nginx reloads; every client whose hash lands elsewhere in the new server list is
    // remapped. The expectation is computed from the balancer directly.
    const Scenario s = parseScenario(
        "  populations:\n  - name: users\n    clients: 30\n    addresses: {plan: distinct, base: 10.7.0.1}\n"
        "    sessions: 2\n    requestsPerSession: 2\n    thinkTime: 1s\n    sessionGap: 8s\n"
        "    routes:\n    - {host: app.example.com, path: /coffee}\n"
        "  events:\n  - {at: 5s, type: restartPod, deployment: coffee, index: 1}\n");
    const SimulationResult r = runScenario(QStringLiteral("realip.yaml"), s);
    QCOMPARE(r.markers.size(), size_t(1));
    const EventMarker &m = r.markers[0];
    QCOMPARE(m.atMs, 5000);
    QCOMPARE(m.endMs, 5000);
    QCOMPARE(m.podsAdded.size(), size_t(1));
    QCOMPARE(m.podsRemoved.size(), size_t(1));
    QCOMPARE(r.changes.size(), size_t(1));
    QCOMPARE(r.changes[0].change, ConfigChange::Reload);
    QCOMPARE(r.changes[0].upstreams, QStringList {QStringLiteral("default_coffee_80")});

    QStringList before, after;
    QHash<QString, QString> podOf;
    for (const PodInfo &p : r.pods) {
        podOf.insert(p.ip + QStringLiteral(":8080"), p.name);
        if (p.deployment != u"coffee")
            continue;
        if (p.initial)
            before << p.ip + QStringLiteral(":8080");
        if (p.removedMs < 0)
            after << p.ip + QStringLiteral(":8080");
    }
    const auto byAddress = [](QStringList l) {
        std::sort(l.begin(), l.end(), [](const QString &a, const QString &b) {
            return SocketAddress::parse(a)->bytes()[2] * 256 + SocketAddress::parse(a)->bytes()[3] <
                SocketAddress::parse(b)->bytes()[2] * 256 + SocketAddress::parse(b)->bytes()[3];
        });
        return l;
    };
    before = byAddress(before);
    after = byAddress(after);
    int expected = 0;
    for (int i = 0; i < 30; ++i) {
        const QString client = SocketAddress::ipv4((10u << 24 | 7u << 16 | 1u) + quint32(i) * 256).hostText();
        expected += podOf.value(ipHashPick(client, before)) != podOf.value(ipHashPick(client, after));
    }
    QCOMPARE(m.impact.size(), size_t(1));
    QCOMPARE(m.impact[0].compared, 30);
    QCOMPARE(m.impact[0].remapped, qint64(expected));
    QVERIFY(expected > 0);
    const RouteStats &st = r.stats[size_t(groupOf(r, "default/coffee"))];
    QCOMPARE(st.remappedByEvents, qint64(expected));
    // No session spans the restart (sessions end at 1 s, the next starts at 10 s): no breaks.
    QCOMPARE(st.sessionBreaks, 0);
    QCOMPARE(st.transitions - st.stays, qint64(expected));
}

void tst_ScenarioRunner::cookiesSurviveScaleAcrossReplicas()
{
    // Sticky cookies name a Pod by the MD5 of its address: every replica honours them, and a scale-up
    // (Plus API update) keeps every client on its Pod. Random two least_conn alone would not.
    const Scenario s = parseScenario(
        "  profile: {ngfVersion: edge, plus: true, experimental: true}\n"
        "  gateway: {replicas: 3}\n  seed: 5\n"
        "  populations:\n  - name: browsers\n    clients: 50\n    requestsPerSession: 10\n    thinkTime: 1s\n"
        "    routes:\n    - {host: cafe.example.com, path: /tea}\n    - {host: cafe.example.com, path: "
        "/latte}\n"
        "  events:\n  - {at: 4s, type: scale, deployment: tea, replicas: 5}\n"
        "  - {at: 4s, type: scale, deployment: latte, replicas: 5}\n");
    const SimulationResult r = runScenario(Cafe, s);
    QCOMPARE(r.replicas, 3);
    const RouteStats &tea = r.stats[size_t(groupOf(r, "default/tea"))];
    const RouteStats &latte = r.stats[size_t(groupOf(r, "default/latte"))];
    QVERIFY(tea.transitions > 100);
    QCOMPARE(tea.stays, tea.transitions);
    QCOMPARE(tea.sessionBreaks, 0);
    QVERIFY(latte.stays < latte.transitions / 2 + latte.transitions / 5);
    QCOMPARE(r.changes.size(), size_t(1));
    QCOMPARE(r.changes[0].change, ConfigChange::ApiUpdate);
    QCOMPARE(r.markers[0].impact.size(), size_t(2));
    const EventImpact &teaImpact = r.markers[0].impact[0].group == groupOf(r, "default/tea")
        ? r.markers[0].impact[0]
        : r.markers[0].impact[1];
    QCOMPARE(teaImpact.remapped, 0);
    QVERIFY(teaImpact.compared > 0);
    QSet<int> replicas;
    for (const RequestRecord &rec : r.records)
        replicas.insert(rec.replica);
    QCOMPARE(replicas.size(), 3);
}

void tst_ScenarioRunner::proxyCollapsesIpHash()
{
    // 60 clients behind a load balancer that does not preserve client IPs: ip_hash sees one address.
    // With NginxProxy rewriteClientIP trusting the balancer, X-Forwarded-For restores them.
    const QByteArray spec =
        "  populations:\n  - name: behind-lb\n    clients: 60\n"
        "    addresses: {plan: distinct, base: 172.16.0.1, proxy: 10.0.0.5, forwardedFor: FWD}\n"
        "    requestsPerSession: 2\n    routes:\n    - {host: app.example.com, path: /coffee}\n";
    const SimulationResult hidden =
        runScenario(QStringLiteral("realip.yaml"), parseScenario(QByteArray(spec).replace("FWD", "false")));
    QCOMPARE(hidden.stats[size_t(groupOf(hidden, "default/coffee"))].podLoad.size(), size_t(1));
    const SimulationResult restored =
        runScenario(QStringLiteral("realip.yaml"), parseScenario(QByteArray(spec).replace("FWD", "true")));
    QCOMPARE(restored.stats[size_t(groupOf(restored, "default/coffee"))].podLoad.size(), size_t(3));
    QCOMPARE(restored.records[0].connection, QStringLiteral("10.0.0.5"));
    QCOMPARE(restored.records[0].client, QStringLiteral("172.16.0.1"));
}

void tst_ScenarioRunner::walkthroughTranscript()
{
    const Scenario s = exampleScenario("cafe-walkthrough.scenario.yaml");
    const SimulationResult r = runScenario(Cafe, s);
    const QByteArray transcript = ResultWriter::transcript(r, s);
    const QString goldenPath = QStringLiteral(GW_TEST_DATA_DIR "/walkthrough-transcript.txt");
    if (qEnvironmentVariableIsSet("GW_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(transcript);
    }
    QCOMPARE(QString::fromUtf8(transcript),
             QString::fromUtf8(readFile(QStringLiteral("walkthrough-transcript.txt"))));
    // The guide's facts, independent of the golden file.
    QVERIFY(
        transcript.contains("Set-Cookie: cookie-tea=2878e97a4c7a8406b791aa0bd0b2f145; expires=Thu, 11-Dec-25 "
                            "01:39:55 GMT; max-age=86400; path=/tea"));
    QCOMPARE(transcript.count("Server address: 10.244.0.94:8080\nServer name: coffee-5b9c74f9d9-7gfwn"), 5);
    QCOMPARE(transcript.count("Server address: 10.244.0.93:8080\nServer name: tea-859766c68c-cnb8n"), 5);
    QVERIFY(transcript.contains("10.244.0.96:8080") && transcript.contains("10.244.0.98:8080"));
    QCOMPARE(r.records.size(), size_t(16));
    QCOMPARE(r.records[5].cookie, QString());
    QCOMPARE(r.records[6].cookie, QStringLiteral("cookie-tea=2878e97a4c7a8406b791aa0bd0b2f145"));
    QVERIFY(!r.records[6].balancerTrace.isEmpty());
    QVERIFY(!r.records[6].routeTrace.isEmpty());
}

void tst_ScenarioRunner::atScaleExample()
{
    const Scenario s = exampleScenario("cafe-at-scale.scenario.yaml");
    const SimulationResult r = runScenario(Cafe, s);
    QCOMPARE(r.clients, 1000);
    QCOMPARE(r.requests, 40000);
    QCOMPARE(r.markers.size(), size_t(2));
    const int coffee = groupOf(r, "default/coffee"), tea = groupOf(r, "default/tea"),
              latte = groupOf(r, "default/latte");
    const auto impact = [&](const EventMarker &m, int group) {
        for (const EventImpact &i : m.impact) {
            if (i.group == group)
                return i;
        }
        return EventImpact();
    };
    // The scale-up: cookies keep everybody, ip_hash moves some NATs, random two moves most.
    QCOMPARE(impact(r.markers[0], tea).remapped, 0);
    QVERIFY(impact(r.markers[0], coffee).share() > 0.1 && impact(r.markers[0], coffee).share() < 0.9);
    QVERIFY(impact(r.markers[0], latte).share() > 0.5);
    // The rolling update: every Pod has a new address; everybody moves.
    for (int g : {coffee, tea, latte})
        QCOMPARE(impact(r.markers[1], g).share(), 1.0);
    QCOMPARE(r.markers[1].podsAdded.size(), size_t(12));
    QCOMPARE(r.markers[1].podsRemoved.size(), size_t(12));
    // 10 NAT addresses: ip_hash sees 10 clients.
    QVERIFY(r.stats[size_t(tea)].stickiness() > 0.95);
    QVERIFY(r.stats[size_t(latte)].stickiness() < 0.5);
}

void tst_ScenarioRunner::sameSeedSameBytes()
{
    Scenario s = exampleScenario("cafe-at-scale.scenario.yaml");
    const QByteArray a = ResultWriter::jsonText(runScenario(Cafe, s));
    const QByteArray b = ResultWriter::jsonText(runScenario(Cafe, s));
    QCOMPARE(a, b);
    QCOMPARE(ResultWriter::text(runScenario(Cafe, s)), ResultWriter::text(runScenario(Cafe, s)));
    RunOptions other;
    other.seed = 2;
    const QByteArray c = ResultWriter::jsonText(runScenario(Cafe, s, other));
    QVERIFY(a != c); // the random methods (and the clients' ramp-up) drew differently
}

void tst_ScenarioRunner::progressAndCancel()
{
    const Scenario s = exampleScenario("cafe-at-scale.scenario.yaml");
    RunOptions options;
    std::vector<std::pair<qint64, qint64>> calls;
    options.progress = [&](qint64 done, qint64 planned) { calls.emplace_back(done, planned); };
    const SimulationResult r = runScenario(Cafe, s, options);
    QVERIFY(calls.size() >= 100);
    QVERIFY(std::is_sorted(calls.begin(), calls.end()));
    QCOMPARE(calls.back(), std::make_pair(qint64(40000), qint64(40000)));
    QVERIFY(!r.cancelled);

    std::atomic<bool> cancel {false};
    RunOptions stop;
    stop.cancel = &cancel;
    stop.progress = [&](qint64 done, qint64) {
        if (done >= 8000)
            cancel = true;
    };
    const SimulationResult partial = runScenario(Cafe, s, stop);
    QVERIFY(partial.cancelled);
    QVERIFY(partial.requests >= 8000 && partial.requests < 16000);
    QVERIFY(ResultWriter::text(partial).contains("CANCELLED"));
}

void tst_ScenarioRunner::durationAndWarnings()
{
    const Scenario s = parseScenario(
        "  duration: 2500ms\n  populations:\n  - name: one\n    requestsPerSession: 10\n    thinkTime: 1s\n"
        "    routes:\n    - {host: app.example.com, path: /tea}\n"
        "  events:\n  - {at: 1s, type: scale, deployment: espresso, replicas: 2}\n");
    const SimulationResult r = runScenario(QStringLiteral("leastconn.yaml"), s);
    QCOMPARE(r.requests, 3); // at 0, 1 and 2 s; 3 s is after the end
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QCOMPARE(r.diagnostics[0].message,
             QStringLiteral("the design has no Deployment default/espresso; the event does nothing"));
    QCOMPARE(r.markers.size(), size_t(1));
    QVERIFY(r.changes.empty());
}

QTEST_GUILESS_MAIN(tst_ScenarioRunner)
#include "tst_scenariorunner.moc"
