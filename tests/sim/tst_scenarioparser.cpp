// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/scenarioparser.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace gw;
using namespace gw::sim;

namespace {

QByteArray readExample(const char *name)
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", name);
    return f.readAll();
}

/** A scenario whose spec is \a spec (indented by two spaces already). */
QByteArray scenario(const QByteArray &spec)
{
    return "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata:\n  name: s\nspec:\n" +
        spec;
}

const QByteArray minimalPopulation = "  populations:\n  - name: p\n    routes:\n    - {host: h, path: /}\n";

} // namespace

/** SimulationScenario documents: every field, and problems reported with file:line:column and field. */
class tst_ScenarioParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkthroughExample();
    void atScaleExample();
    void defaults();
    void durations();
    void stripSizeLimit();
    void pickByName();
    void errors_data();
    void errors();
};

void tst_ScenarioParser::walkthroughExample()
{
    Diagnostics d;
    const auto s =
        ScenarioParser::parse(readExample("cafe-walkthrough.scenario.yaml"), QStringLiteral("w.yaml"), d);
    QVERIFY(s);
    QVERIFY(d.empty());
    QCOMPARE(s->name, QStringLiteral("cafe-walkthrough"));
    QCOMPARE(*s->ngfVersion, QStringLiteral("edge"));
    QVERIFY(*s->plus && *s->experimental);
    QCOMPARE(*s->seed, quint64(9));
    QCOMPARE(s->startEpochMs,
             QDateTime::fromString(QStringLiteral("2025-12-10T01:39:45Z"), Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(s->record, -1);
    QCOMPARE(s->pods.size(), size_t(6));
    QCOMPARE(s->pods[1].name, QStringLiteral("coffee-5b9c74f9d9-7gfwn"));
    QCOMPARE(s->pods[1].ip, QStringLiteral("10.244.0.94"));
    QCOMPARE(s->pods[1].ns, QStringLiteral("default"));
    QCOMPARE(s->populations.size(), size_t(3));
    const Population &tea = s->populations[1];
    QCOMPARE(tea.name, QStringLiteral("tea"));
    QVERIFY(tea.cookieJar);
    QCOMPARE(tea.startMs, 10000);
    QCOMPARE(tea.thinkTimeMs, 100);
    QCOMPARE(tea.addresses.base, QStringLiteral("127.0.0.1"));
    QCOMPARE(tea.script.size(), size_t(2));
    QCOMPARE(tea.script[0].transcript, QStringLiteral("headers"));
    QCOMPARE(tea.script[1].repeat, 5);
    QCOMPARE(tea.requestsInSession(), 6);
    QCOMPARE(tea.script[1].location.line, 58);
    QVERIFY(!s->populations[0].cookieJar);
}

void tst_ScenarioParser::atScaleExample()
{
    Diagnostics d;
    const auto s =
        ScenarioParser::parse(readExample("cafe-at-scale.scenario.yaml"), QStringLiteral("a.yaml"), d);
    QVERIFY(s);
    QCOMPARE(*s->durationMs, 360000);
    QCOMPARE(*s->bucketMs, 5000);
    const Population &p = s->populations.front();
    QCOMPARE(p.clients, 1000);
    QCOMPARE(p.addresses.kind, AddressPlan::Kind::Nat);
    QCOMPARE(p.addresses.groups, 10);
    QCOMPARE(p.routes.size(), size_t(3));
    QCOMPARE(p.jitter, 0.2);
    QVERIFY(p.routePerSession);
    QCOMPARE(s->events.size(), size_t(6));
    QCOMPARE(s->events[0].type, ScenarioEvent::Type::Scale);
    QCOMPARE(s->events[0].replicas, 4);
    QCOMPARE(s->events[0].readyAfterMs, 5000);
    QCOMPARE(s->events[3].type, ScenarioEvent::Type::RollingUpdate);
    QCOMPARE(s->events[3].describe(), QStringLiteral("rolling update of coffee"));
}

void tst_ScenarioParser::defaults()
{
    Diagnostics d;
    const auto s = ScenarioParser::parse(scenario(minimalPopulation), QStringLiteral("s.yaml"), d);
    QVERIFY(s);
    QVERIFY(!s->seed && !s->plus && !s->durationMs);
    QCOMPARE(s->replicas, 1);
    QCOMPARE(s->record, 200);
    const Population &p = s->populations.front();
    QCOMPARE(p.clients, 1);
    QCOMPARE(p.addresses.kind, AddressPlan::Kind::Distinct);
    QVERIFY(p.cookieJar);
    QCOMPARE(p.sessions, 1);
    QCOMPARE(p.requestsPerSession, 1);
    QCOMPARE(p.thinkTimeMs, 1000);
    QCOMPARE(p.routes.front().method, QStringLiteral("GET"));
}

void tst_ScenarioParser::durations()
{
    QCOMPARE(*ScenarioParser::parseDuration(QStringLiteral("500ms")), 500);
    QCOMPARE(*ScenarioParser::parseDuration(QStringLiteral("10s")), 10000);
    QCOMPARE(*ScenarioParser::parseDuration(QStringLiteral("1h30m")), 5400000);
    QCOMPARE(*ScenarioParser::parseDuration(QStringLiteral("2")), 2000);
    QVERIFY(!ScenarioParser::parseDuration(QStringLiteral("ten")));
    QVERIFY(!ScenarioParser::parseDuration(QStringLiteral("")));
}

void tst_ScenarioParser::stripSizeLimit()
{
    // stripClients × buckets is limited to 10,000,000 cells. The buckets are counted as the runner
    // counts them: the plan (10,000 requests 1 s apart) cut at the duration, over the bucket.
    const QByteArray spec = "  stripClients: CLIENTS\n  populations:\n  - name: p\n"
                            "    requestsPerSession: 10000\n    routes:\n    - {host: h, path: /}\n";
    const auto parse = [&](const QByteArray &head, const char *clients, Diagnostics &d) {
        return ScenarioParser::parse(scenario(head + QByteArray(spec).replace("CLIENTS", clients)),
                                     QStringLiteral("s.yaml"), d);
    };
    Diagnostics d;
    QVERIFY(!parse("  duration: 1h\n  bucket: 1s\n", "100000", d));
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(
        d[0].toString(),
        QStringLiteral("s.yaml:8:17: SimulationScenario s: spec.stripClients: the assignment strip would "
                       "have 100000 clients × 3601 buckets = 360100000 cells, more than 10000000: sample "
                       "fewer clients (stripClients) or use a longer bucket"));
    // Up to the limit is fine: 2,777 clients × 3,601 buckets.
    d.clear();
    QVERIFY(parse("  duration: 1h\n  bucket: 1s\n", "2777", d));
    // Without a duration the buckets span the plan (10,000 s: 100,000 buckets of 100 ms at most);
    // the default stripClients (100) with them is at the limit, a bucket of 10 ms too.
    QVERIFY(parse("  bucket: 100ms\n", "101", d) == std::nullopt);
    QVERIFY(d[0].toString().contains(QStringLiteral(
        "spec.stripClients: the assignment strip would have 101 clients × 100000 buckets = 10100000 cells")));
    d.clear();
    QVERIFY(ScenarioParser::parse(
        scenario("  bucket: 10ms\n  populations:\n  - name: p\n    requestsPerSession: 10000\n    routes:\n"
                 "    - {host: h, path: /}\n"),
        QStringLiteral("s.yaml"), d));
    // Without a bucket the runner picks about 200: 100,000 clients are too many for them.
    QVERIFY(!parse("  duration: 1h\n", "100000", d));
    QVERIFY(d[0].toString().contains(QStringLiteral("100000 clients × 201 buckets")));
    d.clear();
    QVERIFY(parse("  duration: 1h\n", "49000", d));
    QVERIFY(!hasErrors(d));
}

void tst_ScenarioParser::pickByName()
{
    const QByteArray stream = "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n---\n" +
        scenario(minimalPopulation) + "---\n" + scenario(minimalPopulation).replace("name: s\n", "name: t\n");
    Diagnostics d;
    auto s = ScenarioParser::parse(stream, QStringLiteral("m.yaml"), d);
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("s"));
    s = ScenarioParser::parse(stream, QStringLiteral("m.yaml"), d, QStringLiteral("t"));
    QVERIFY(s);
    QCOMPARE(s->name, QStringLiteral("t"));
    QVERIFY(!ScenarioParser::parse(stream, QStringLiteral("m.yaml"), d, QStringLiteral("u")));
    QCOMPARE(d.back().toString(),
             QStringLiteral("m.yaml:1:1: no SimulationScenario named \"u\" (found: s, t)"));
    d.clear();
    QVERIFY(!ScenarioParser::parse("apiVersion: v1\nkind: Service\n", QStringLiteral("n.yaml"), d));
    QCOMPARE(d.back().toString(),
             QStringLiteral("n.yaml:1:1: no SimulationScenario document (apiVersion: gwstudio.dev/v1alpha1, "
                            "kind: SimulationScenario)"));
}

void tst_ScenarioParser::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message"); ///< the first error
    const QString prefix = QStringLiteral("s.yaml:");
    QTest::newRow("unknown spec field")
        << scenario("  seeed: 1\n" + minimalPopulation)
        << "s.yaml:6:3: SimulationScenario s: spec.seeed: unknown field \"seeed\" (known: "
           "description, profile, seed, startTime, duration, bucket, gateway, record, "
           "stripClients, pods, populations, events)";
    QTest::newRow("no populations")
        << scenario("  seed: 1\n")
        << "s.yaml:6:3: SimulationScenario s: spec.populations: required value is missing: a "
           "scenario needs at least one population";
    QTest::newRow("wrong apiVersion")
        << QByteArray("apiVersion: gwstudio.dev/v2\nkind: SimulationScenario\nmetadata:\n  "
                      "name: s\nspec:\n") +
            minimalPopulation
        << "s.yaml:1:13: SimulationScenario s: apiVersion: unsupported apiVersion "
           "\"gwstudio.dev/v2\" (expected gwstudio.dev/v1alpha1)";
    QTest::newRow("bad duration")
        << scenario("  duration: soon\n" + minimalPopulation)
        << "s.yaml:6:13: SimulationScenario s: spec.duration: \"soon\" is not a duration (for "
           "example 500ms, 10s, 5m, 1h30m; a bare number counts seconds)";
    QTest::newRow("bad start time")
        << scenario("  startTime: yesterday\n" + minimalPopulation)
        << "s.yaml:6:14: SimulationScenario s: spec.startTime: \"yesterday\" is not an RFC "
           "3339 time such as 2025-12-10T01:39:55Z";
    QTest::newRow("replicas range")
        << scenario("  gateway: {replicas: 0}\n" + minimalPopulation)
        << "s.yaml:6:23: SimulationScenario s: spec.gateway.replicas: 0 is out of range (1 to 64)";
    QTest::newRow("unknown version")
        << scenario("  profile: {ngfVersion: 1.0}\n" + minimalPopulation)
        << "s.yaml:6:25: SimulationScenario s: spec.profile.ngfVersion: unknown NGF version "
           "\"1.0\"; supported: 2.0.0, 2.1.0, 2.2.0, 2.3.0, 2.4.0, 2.4.2, 2.5.0, 2.6.7, edge";
    QTest::newRow("too many planned requests")
        << scenario("  populations:\n  - name: p\n    clients: 10000000\n    sessions: 100000\n"
                    "    requestsPerSession: 1000000\n    routes:\n    - {host: h, path: /}\n")
        << "s.yaml:7:3: SimulationScenario s: spec.populations: the populations plan 1e+18 requests, "
           "more than the 1e+12 a simulation can run; lower clients, sessions or requestsPerSession";
    QTest::newRow("clients as text")
        << scenario("  populations:\n  - name: p\n    clients: many\n    routes:\n    - {host: h, path: /}\n")
        << "s.yaml:8:14: SimulationScenario s: spec.populations[0].clients: expected an "
           "integer, got the string \"many\"";
    QTest::newRow("routes and script")
        << scenario("  populations:\n  - name: p\n    routes:\n    - {host: h, path: /}\n    "
                    "script:\n    - {host: h, path: /}\n")
        << "s.yaml:7:5: SimulationScenario s: spec.populations[0]: give either routes (a "
           "weighted mix) or script (steps in order), not both";
    QTest::newRow("path without slash")
        << scenario("  populations:\n  - name: p\n    routes:\n    - {host: h, path: coffee}\n")
        << "s.yaml:9:23: SimulationScenario s: spec.populations[0].routes[0].path: path "
           "\"coffee\" must start with \"/\"";
    QTest::newRow("weight in a script")
        << scenario("  populations:\n  - name: p\n    script:\n    - {host: h, path: /, weight: 2}\n")
        << "s.yaml:9:26: SimulationScenario s: spec.populations[0].script[0].weight: "
           "unknown field \"weight\" (known: host, path, method, headers, scheme, port, "
           "repeat, transcript, title)";
    QTest::newRow("nat without groups")
        << scenario("  populations:\n  - name: p\n    addresses: {plan: nat}\n    routes:\n    - {host: h, "
                    "path: /}\n")
        << "s.yaml:8:16: SimulationScenario s: spec.populations[0].addresses: a nat plan "
           "needs groups (how many addresses) or groupSize (clients per address)";
    QTest::newRow("ipv6 base for ipv4 plan")
        << scenario("  populations:\n  - name: p\n    addresses: {base: \"::1\"}\n    routes:\n    - {host: "
                    "h, path: /}\n")
        << "s.yaml:8:23: SimulationScenario s: spec.populations[0].addresses.base: "
           "\"::1\" is not an IPv4 address";
    QTest::newRow("duplicate population")
        << scenario(minimalPopulation + "  - name: p\n    routes:\n    - {host: h, path: /}\n")
        << "s.yaml:10:11: SimulationScenario s: spec.populations[1].name: population "
           "\"p\" is defined twice";
    QTest::newRow("event without type")
        << scenario(minimalPopulation + "  events:\n  - {at: 1s, deployment: d}\n")
        << "s.yaml:11:5: SimulationScenario s: spec.events[0].type: required value is "
           "missing (scale, failPod, restartPod or rollingUpdate)";
    QTest::newRow("unknown event type")
        << scenario(minimalPopulation + "  events:\n  - {at: 1s, type: explode}\n")
        << "s.yaml:11:20: SimulationScenario s: spec.events[0].type: \"explode\" is not one "
           "of: scale, failPod, restartPod, rollingUpdate";
    QTest::newRow("scale without replicas")
        << scenario(minimalPopulation + "  events:\n  - {at: 1s, type: scale, deployment: d}\n")
        << "s.yaml:11:5: SimulationScenario s: spec.events[0].replicas: required value is missing";
    QTest::newRow("pod by name and index")
        << scenario(minimalPopulation +
                    "  events:\n  - {at: 1s, type: failPod, pod: x, deployment: d, index: 0}\n")
        << "s.yaml:11:5: SimulationScenario s: spec.events[0]: name the Pod with pod, or "
           "with deployment and index (its position among the Deployment's Pods in "
           "name order), not both";
    QTest::newRow("replicas on failPod")
        << scenario(minimalPopulation + "  events:\n  - {at: 1s, type: failPod, pod: x, replicas: 2}\n")
        << "s.yaml:11:47: SimulationScenario s: spec.events[0].replicas: \"replicas\" does not "
           "apply to a failPod event";
    QTest::newRow("bad surge")
        << scenario(minimalPopulation +
                    "  events:\n  - {at: 1s, type: rollingUpdate, deployment: d, maxSurge: lots}\n")
        << "s.yaml:11:60: SimulationScenario s: spec.events[0].maxSurge: \"lots\" is neither a number "
           "nor a percentage such as 25%";
    QTest::newRow("pinned pod ip") << scenario("  pods:\n  - {deployment: d, name: p, ip: 10.0.0}\n" +
                                               minimalPopulation)
                                   << "s.yaml:7:34: SimulationScenario s: spec.pods[0].ip: \"10.0.0\" is not "
                                      "an IPv4 address (Pods are IPv4)";
    QTest::newRow("yaml syntax")
        << QByteArray("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nspec: [\n") << "";
}

void tst_ScenarioParser::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    Diagnostics d;
    QVERIFY(!ScenarioParser::parse(text, QStringLiteral("s.yaml"), d));
    QVERIFY(hasErrors(d));
    const auto first = std::find_if(
        d.begin(), d.end(), [](const Diagnostic &x) { return x.severity == Diagnostic::Severity::Error; });
    if (message.isEmpty()) {
        QVERIFY(first->location.line > 0); // a syntax error, reported by the YAML reader with its position
        return;
    }
    QCOMPARE(first->toString(), message);
}

QTEST_GUILESS_MAIN(tst_ScenarioParser)
#include "tst_scenarioparser.moc"
