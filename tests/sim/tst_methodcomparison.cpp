// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinetest.h"

#include "sim/comparisonwriter.h"
#include "sim/methodcomparison.h"
#include "sim/scenarioparser.h"

#include <QLocale>
#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString Cafe = QStringLiteral("/resources/examples/cafe.yaml");

/** The upstream block the variant renders for \a service's rule of \a route (by prefix). */
const UpstreamSnapshot *upstream(const GatewayConfig &config, const QString &prefix)
{
    for (const UpstreamSnapshot &u : config.upstreams()) {
        if (u.name.startsWith(prefix))
            return &u;
    }
    return nullptr;
}

std::shared_ptr<const GatewayConfig> render(const SimulationInput &in)
{
    const auto design = in.makeDesign();
    if (!design)
        qFatal("variant does not read");
    QString error;
    auto c = GatewayConfig::build(design, in.profile, nullptr, &error);
    if (!c)
        qFatal("%s", qPrintable(error));
    return c;
}

} // namespace

/** Compare methods: design variants rendered by NGF, runs per method, progress and cancel. */
class tst_MethodComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void variantsRenderTheMethod();
    void variantKeepsTheRestOfTheText();
    void oldVersionsCannotSelect();
    void defaultHashKey();
    void atScale();
    void cookielessClientsExplained();
    void progressSpansAllMethods();
    void cancelStopsTheRest();
};

void tst_MethodComparison::variantsRenderTheMethod()
{
    ngf::Profile oss;
    oss.version = ngf::NgfVersion::edge();
    const SimulationInput in = input(Cafe, oss);
    const struct
    {
        ComparedMethodKind kind;
        Method method;
        QString hashKey;
        bool sticky;
    } cases[] = {
        {ComparedMethodKind::IpHash, Method::IpHash, {}, false},
        {ComparedMethodKind::HashConsistent, Method::ConsistentHash, QStringLiteral("$http_x_user"), false},
        {ComparedMethodKind::StickyCookie, Method::RandomTwoLeastConn, {}, true},
        {ComparedMethodKind::Default, Method::RandomTwoLeastConn, {}, false},
        {ComparedMethodKind::RoundRobin, Method::RoundRobin, {}, false},
    };
    for (const auto &c : cases) {
        QString error;
        const auto variant = MethodVariant::make(in, c.kind, QStringLiteral("$http_x_user"), &error);
        QVERIFY2(variant, qPrintable(error));
        QCOMPARE(variant->profile.plus, c.sticky);
        QCOMPARE(variant->profile.experimental, c.sticky);
        const auto config = render(*variant);
        // Every app's upstream: coffee had ip_hash, tea a session cookie, latte the default.
        for (const char *app : {"default_coffee_80", "default_tea_80", "default_latte_80"}) {
            const UpstreamSnapshot *u = upstream(*config, QLatin1String(app));
            QVERIFY2(u, app);
            QCOMPARE(u->config.method, c.method);
            QCOMPARE(u->config.hashKey, c.hashKey);
            QCOMPARE(u->config.sticky.isEnabled(), c.sticky);
            // A rule with sessionPersistence has its own upstream (suffixed with the rule's key).
            QCOMPARE(u->name != QLatin1String(app), c.sticky);
        }
        if (c.sticky) {
            // tea keeps its own cookie (name, expiry); the others get NGF's generated name.
            QCOMPARE(upstream(*config, QStringLiteral("default_tea_80"))->config.sticky.cookieName,
                     QStringLiteral("cookie-tea"));
            QCOMPARE(upstream(*config, QStringLiteral("default_coffee_80"))->config.sticky.cookieName,
                     QStringLiteral("sp_coffee_default_0"));
        }
    }
}

void tst_MethodComparison::variantKeepsTheRestOfTheText()
{
    const SimulationInput in = input(Cafe, plusEdge());
    const auto variant = MethodVariant::make(in, ComparedMethodKind::RoundRobin, {});
    QVERIFY(variant);
    QCOMPARE(variant->files.size(), size_t(1));
    const QByteArray &text = variant->files[0].text;
    // The comment at the top and the Deployments are untouched; the policy lost its method, the
    // tea rule its sessionPersistence; the comparison's policy is appended.
    QVERIFY(text.startsWith(in.files[0].text.left(in.files[0].text.indexOf("apiVersion"))));
    QVERIFY(!text.contains("loadBalancingMethod: \"ip_hash\""));
    QVERIFY(!text.contains("    sessionPersistence:"));
    QVERIFY(text.contains("name: lb-method"));
    QVERIFY(text.contains("name: gwstudio-compare"));
    QVERIFY(text.contains("loadBalancingMethod: round_robin"));
    QCOMPARE(text.count("name: coffee\n"), in.files[0].text.count("name: coffee\n") + 1);
}

void tst_MethodComparison::oldVersionsCannotSelect()
{
    ngf::Profile old;
    old.version = *ngf::NgfVersion::parse(QStringLiteral("2.3"));
    const SimulationInput in = input(Cafe, old);
    QString error;
    QVERIFY(!MethodVariant::make(in, ComparedMethodKind::IpHash, {}, &error));
    QVERIFY(error.contains(u"2.4"));
    QVERIFY(!MethodVariant::make(in, ComparedMethodKind::StickyCookie, {}, &error));
    QVERIFY(MethodVariant::make(in, ComparedMethodKind::Default, {}, &error));

    Scenario s = exampleScenario("cafe-walkthrough.scenario.yaml");
    Diagnostics d;
    const auto comparison = MethodComparer::run(in, s, {}, {}, d);
    QVERIFY(comparison);
    QCOMPARE(comparison->methods.size(), size_t(5));
    for (const ComparedMethod &m : comparison->methods) {
        QCOMPARE(m.available, m.id == u"default");
        QCOMPARE(m.unavailableReason.isEmpty(), m.available);
    }
}

void tst_MethodComparison::defaultHashKey()
{
    Scenario s;
    Population p;
    p.routes.push_back({});
    s.populations.push_back(p);
    QCOMPARE(MethodComparer::defaultHashKey(s), QStringLiteral("$remote_addr"));
    s.populations[0].routes[0].headers = {{QStringLiteral("Host"), QStringLiteral("a")},
                                          {QStringLiteral("X-User-Id"), QStringLiteral("7")}};
    QCOMPARE(MethodComparer::defaultHashKey(s), QStringLiteral("$http_x_user_id"));
    s.populations[0].routes[0].headers.emplace_back(QStringLiteral("cookie"), QStringLiteral("sid=1; a=2"));
    QCOMPARE(MethodComparer::defaultHashKey(s), QStringLiteral("$cookie_sid"));
    QCOMPARE(MethodComparer::label(ComparedMethodKind::HashConsistent, QStringLiteral("$cookie_sid")),
             QStringLiteral("hash $cookie_sid consistent"));
}

void tst_MethodComparison::atScale()
{
    const Scenario s = exampleScenario("cafe-at-scale.scenario.yaml");
    const SimulationInput in = input(Cafe, ScenarioRunner::profile(s, {}));
    Diagnostics d;
    const auto comparison = MethodComparer::run(in, s, {}, {}, d);
    QVERIFY(comparison);
    QCOMPARE(comparison->scenario, QStringLiteral("cafe-at-scale"));
    QCOMPARE(comparison->hashKey, QStringLiteral("$remote_addr"));
    QCOMPARE(comparison->methods.size(), size_t(5));
    QVERIFY(!comparison->cancelled);
    QStringList ids;
    for (const ComparedMethod &m : comparison->methods) {
        ids << m.id;
        QVERIFY2(m.available, qPrintable(m.unavailableReason));
        // Same clients, same events, same requests under every method.
        QCOMPARE(m.result.requests, 40000);
        QCOMPARE(m.result.clients, 1000);
        QCOMPARE(m.result.markers.size(), size_t(2));
        QVERIFY(!m.verdict.isEmpty());
        QCOMPARE(m.verdict, m.details.headline);
        QVERIFY2(m.verdict.contains(m.label), qPrintable(m.verdict));
        for (const RouteGroup &g : m.result.groups) {
            if (!g.upstream.isEmpty())
                QCOMPARE(g.sticky.isEmpty(), m.id != u"sticky");
        }
    }
    QCOMPARE(ids,
             (QStringList {QStringLiteral("ip_hash"), QStringLiteral("hash"), QStringLiteral("sticky"),
                           QStringLiteral("default"), QStringLiteral("round_robin")}));

    // 1,000 clients behind 10 NATs are 10 keys: ip_hash and the consistent hash of $remote_addr
    // stick; with 10 keys on 4 Pods the consistent hash puts about half of a route on one Pod.
    const ComparedMethod *ip = comparison->find(QStringLiteral("ip_hash"));
    QCOMPARE(ip->details.stickiness, VerdictText::Stickiness::Sticky);
    const ComparedMethod *hash = comparison->find(QStringLiteral("hash"));
    QCOMPARE(hash->details.stickiness, VerdictText::Stickiness::Sticky);
    QCOMPARE(hash->details.balance, VerdictText::Balance::Hot);
    QVERIFY2(hash->verdict.startsWith(u"1,000 clients behind 10 NAT addresses put "),
             qPrintable(hash->verdict));
    QVERIFY2(hash->verdict.contains(u"% of hash $remote_addr consistent traffic for default/"),
             qPrintable(hash->verdict));
    QVERIFY(hash->details.figures.hotShare >= 0.4);
    // The sticky cookie keeps everybody on their Pod through the scale-up, ip_hash does not; the
    // rollout moves everybody under every method.
    const ComparedMethod *sticky = comparison->find(QStringLiteral("sticky"));
    QCOMPARE(sticky->details.stickiness, VerdictText::Stickiness::Sticky);
    QVERIFY(sticky->details.figures.stickiness() > ip->details.figures.stickiness());
    QVERIFY2(sticky->verdict.endsWith(u"Clients moved by events: 0% at 90 s, 100% at 180 s."),
             qPrintable(sticky->verdict));
    QVERIFY2(!ip->verdict.contains(u"events: 0% at 90 s"), qPrintable(ip->verdict));
    // The random and round-robin methods balance but do not stick.
    for (const char *id : {"default", "round_robin"}) {
        const ComparedMethod *m = comparison->find(QLatin1String(id));
        QCOMPARE(m->details.stickiness, VerdictText::Stickiness::None);
        QVERIFY(m->details.figures.maxOverMean < ip->details.figures.maxOverMean);
        QVERIFY2(m->verdict.contains(u"not sticky"), qPrintable(m->verdict));
    }
    // Each verdict lists what each event did.
    for (const ComparedMethod &m : comparison->methods)
        QVERIFY(std::count_if(m.details.points.begin(), m.details.points.end(),
                              [](const QString &p) { return p.contains(u" moved "); }) == 2);
}

void tst_MethodComparison::cookielessClientsExplained()
{
    // The walk-through's coffee and latte loops run curl without a cookie jar: under the sticky
    // cookie only tea sticks, and the verdict says why.
    const Scenario s = exampleScenario("cafe-walkthrough.scenario.yaml");
    Diagnostics d;
    const auto comparison = MethodComparer::run(input(Cafe, ScenarioRunner::profile(s, {})), s, {}, {}, d);
    QVERIFY(comparison);
    const ComparedMethod *sticky = comparison->find(QStringLiteral("sticky"));
    QVERIFY(sticky->available);
    QVERIFY(
        sticky->result.stats[size_t(sticky->result.groupOf(QStringLiteral("default/tea"), 0))].stickiness() ==
        1.0);
    QVERIFY(sticky->details.points.contains(QStringLiteral(
        "Clients of coffee, latte keep no cookies (cookieJar: false): nginx sets the cookie, but they "
        "never send it back, so it cannot keep them on their Pod.")));
    // ip_hash keeps the one client of each loop on one Pod, which is no hot spot.
    const ComparedMethod *ip = comparison->find(QStringLiteral("ip_hash"));
    QCOMPARE(ip->details.stickiness, VerdictText::Stickiness::Sticky);
    QVERIFY(ip->details.balance != VerdictText::Balance::Hot);
}

void tst_MethodComparison::progressSpansAllMethods()
{
    const Scenario s = exampleScenario("cafe-walkthrough.scenario.yaml");
    const SimulationInput in = input(Cafe, ScenarioRunner::profile(s, {}));
    RunOptions options;
    std::vector<std::pair<qint64, qint64>> calls;
    options.progress = [&](qint64 done, qint64 planned) { calls.emplace_back(done, planned); };
    Diagnostics d;
    const auto comparison = MethodComparer::run(in, s, {}, options, d);
    QVERIFY(comparison);
    const qint64 planned = ScenarioRunner::plannedRequests(s);
    QVERIFY(!calls.empty());
    QVERIFY(std::is_sorted(calls.begin(), calls.end()));
    QCOMPARE(calls.back(), std::make_pair(5 * planned, 5 * planned));
    for (const auto &c : calls)
        QCOMPARE(c.second, 5 * planned);
}

void tst_MethodComparison::cancelStopsTheRest()
{
    const Scenario s = exampleScenario("cafe-at-scale.scenario.yaml");
    const SimulationInput in = input(Cafe, ScenarioRunner::profile(s, {}));
    std::atomic<bool> cancel {false};
    RunOptions options;
    options.cancel = &cancel;
    // Cancel during the second method.
    options.progress = [&](qint64 done, qint64 planned) {
        if (done > planned / 5 + planned / 20)
            cancel = true;
    };
    Diagnostics d;
    const auto comparison = MethodComparer::run(in, s, {}, options, d);
    QVERIFY(comparison);
    QVERIFY(comparison->cancelled);
    QCOMPARE(comparison->methods.size(), size_t(5));
    QVERIFY(comparison->methods[0].available && !comparison->methods[0].result.cancelled);
    QVERIFY(comparison->methods[1].available && comparison->methods[1].result.cancelled);
    for (size_t i = 2; i < 5; ++i) {
        QVERIFY(!comparison->methods[i].available);
        QVERIFY(!comparison->methods[i].unavailableReason.isEmpty());
    }
}

QTEST_GUILESS_MAIN(tst_MethodComparison)
#include "tst_methodcomparison.moc"
