// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/verdict.h"

#include <QLocale>
#include <QTest>

using namespace gw;
using namespace gw::sim;

namespace {

/**
 * One route over \a loads.size() Pods: \a loads requests each, \a stays of \a transitions
 * follow-up requests on the same Pod, and one event marker that remapped \a remapped of 100 pairs.
 */
SimulationResult crafted(const std::vector<qint64> &loads, qint64 transitions, qint64 stays,
                         qint64 remapped = -1)
{
    SimulationResult r;
    r.clients = 1000;
    RouteGroup g;
    g.route = QStringLiteral("default/coffee");
    g.rule = 0;
    g.upstream = QStringLiteral("default_coffee_80");
    r.groups.push_back(g);
    RouteStats s;
    UpstreamStats u;
    u.name = g.upstream;
    BalanceEpoch e;
    for (int i = 0; i < int(loads.size()); ++i) {
        PodInfo p;
        p.name = QStringLiteral("coffee-%1").arg(i);
        r.pods.push_back(p);
        s.podLoad[i] = loads[size_t(i)];
        s.served += loads[size_t(i)];
        e.pods.push_back(i);
        e.load.push_back(loads[size_t(i)]);
    }
    s.requests = s.served;
    s.pairs = 1000;
    s.transitions = transitions;
    s.stays = stays;
    s.sessions = 400;
    s.brokenSessions = 40;
    s.sessionBreaks = 55;
    r.stats.push_back(s);
    u.epochs.push_back(e);
    r.upstreams.push_back(u);
    if (remapped >= 0) {
        EventMarker m;
        m.atMs = 90000;
        m.label = QStringLiteral("scale coffee to 4");
        m.impact.push_back({0, 100, remapped});
        r.markers.push_back(m);
    }
    return r;
}

Scenario natScenario(qint64 clients, int groups)
{
    Scenario s;
    Population p;
    p.clients = clients;
    p.addresses.kind = AddressPlan::Kind::Nat;
    p.addresses.groups = groups;
    s.populations.push_back(p);
    return s;
}

} // namespace

/** The plain-language verdict on crafted results: thresholds, wording, figures. */
class tst_Verdict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void hotPodBehindNats();
    void stickyAndEven();
    void notSticky();
    void partlySticky();
    void eventsAndSessions();
    void fewClientsAreNoHotSpot();
    void nothingServed();
    void rateLimitedRequests();
    void clientsPhrase();
};

void tst_Verdict::hotPodBehindNats()
{
    // 70 % of the traffic on one Pod of 4: hot (fair share 25 %).
    const SimulationResult r = crafted({700, 100, 100, 100}, 900, 890);
    const Scenario s = natScenario(1000, 10);
    const VerdictText v = Verdict::judge(r, QStringLiteral("ip_hash"), &s);
    QCOMPARE(
        v.headline,
        QStringLiteral("1,000 clients behind 10 NAT addresses put 70% of ip_hash traffic for default/coffee "
                       "on one Pod of 4."));
    QCOMPARE(v.balance, VerdictText::Balance::Hot);
    QCOMPARE(v.stickiness, VerdictText::Stickiness::Sticky);
    QCOMPARE(v.figures.hotGroup, 0);
    QCOMPARE(v.figures.hotPod, 0);
    QCOMPARE(v.figures.hotShare, 0.7);
    QCOMPARE(v.figures.hotGroupPods, 4);
    QCOMPARE(v.figures.maxOverMean, 2.8);
    QVERIFY(v.points.contains(
        QStringLiteral("Stickiness 99%: 890 of 900 follow-up requests reached the Pod before.")));
    // CV: loads 700, 100, 100, 100 (mean 250): sqrt((450² + 3·150²) / 4) / 250 = 1.039
    QVERIFY(v.points.contains(
        QStringLiteral("Balance: busiest server 2.80× the mean, coefficient of variation 1.04.")));
}

void tst_Verdict::stickyAndEven()
{
    const SimulationResult r = crafted({260, 250, 250, 240}, 1000, 960);
    const VerdictText v = Verdict::judge(r, QStringLiteral("sticky cookie (Plus)"));
    QCOMPARE(v.stickiness, VerdictText::Stickiness::Sticky);
    QCOMPARE(v.balance, VerdictText::Balance::Even);
    QCOMPARE(v.headline,
             QStringLiteral("sticky cookie (Plus) keeps clients on their Pod (96% of follow-up "
                            "requests stayed) and spreads the load evenly (busiest Pod 1.04× the "
                            "mean)."));
    QVERIFY(
        v.points.contains(QStringLiteral("Busiest Pod: 26% of the traffic for default/coffee (4 Pods).")));
}

void tst_Verdict::notSticky()
{
    const SimulationResult r = crafted({500, 500}, 1000, 500);
    VerdictText v = Verdict::judge(r, QStringLiteral("round robin"));
    QCOMPARE(v.stickiness, VerdictText::Stickiness::None);
    QCOMPARE(v.headline,
             QStringLiteral("round robin spreads the load evenly (busiest Pod 1.00× the mean) but "
                            "is not sticky: only 50% of follow-up requests reached the same Pod."));
    // 350 : 150 over two Pods: 70 % is not "hot" for two Pods (needs 1.6 × 1/2 = 80 %)…
    v = Verdict::judge(crafted({350, 150}, 1000, 100), QStringLiteral("hash $arg_x consistent"));
    QCOMPARE(v.balance, VerdictText::Balance::Uneven);
    QCOMPARE(v.headline,
             QStringLiteral("hash $arg_x consistent is neither sticky (10% of follow-up requests "
                            "reached the same Pod) nor even (busiest Pod 1.40× the mean)."));
    // …but 80 % of two Pods is, and so is 60 % of three (at least 1.6 / 3 and 40 %)…
    QCOMPARE(Verdict::judge(crafted({400, 100}, 1000, 100), QStringLiteral("x")).balance,
             VerdictText::Balance::Hot);
    v = Verdict::judge(crafted({600, 200, 200}, 1000, 100), QStringLiteral("x"));
    QCOMPARE(v.balance, VerdictText::Balance::Hot);
    // …and 30 % of ten Pods is uneven, not hot (less than 40 % of the traffic).
    QCOMPARE(Verdict::judge(crafted({300, 100, 100, 100, 100, 100, 100, 50, 50, 0}, 1000, 100),
                            QStringLiteral("x"))
                 .balance,
             VerdictText::Balance::Uneven);
}

void tst_Verdict::partlySticky()
{
    // 89 %: below the sticky threshold (90 %).
    QCOMPARE(Verdict::judge(crafted({300, 300, 300}, 100, 89), QStringLiteral("ip_hash")).stickiness,
             VerdictText::Stickiness::Partial);
    QCOMPARE(Verdict::judge(crafted({300, 300, 300}, 100, 90), QStringLiteral("ip_hash")).stickiness,
             VerdictText::Stickiness::Sticky);
    const VerdictText v = Verdict::judge(crafted({300, 300, 300}, 100, 75), QStringLiteral("ip_hash"));
    QCOMPARE(v.stickiness, VerdictText::Stickiness::Partial);
    QCOMPARE(v.headline,
             QStringLiteral("ip_hash is only partly sticky: 75% of follow-up requests reached the "
                            "same Pod (busiest Pod 1.00× the mean)."));
    const VerdictText none = Verdict::judge(crafted({1, 1}, 0, 0), QStringLiteral("ip_hash"));
    QCOMPARE(none.stickiness, VerdictText::Stickiness::Unknown);
    QVERIFY(none.headline.contains(u"stickiness cannot be judged"));
}

void tst_Verdict::eventsAndSessions()
{
    const VerdictText v = Verdict::judge(crafted({300, 300}, 100, 99, 37), QStringLiteral("ip_hash"));
    QVERIFY(v.points.contains(QStringLiteral(
        "scale coffee to 4 at 90 s moved 37% of the clients seen before and after it (37 of 100).")));
    QVERIFY(v.points.contains(
        QStringLiteral("40 of 400 sessions broke (10%), with 55 Pod changes inside a session.")));
    QCOMPARE(v.headline,
             QStringLiteral("ip_hash keeps clients on their Pod (99% of follow-up requests stayed) "
                            "and spreads the load evenly (busiest Pod 1.00× the mean). Clients moved "
                            "by events: 37% at 90 s."));
    QCOMPARE(v.figures.compared, 100);
    QCOMPARE(v.figures.remapped, 37);
    QCOMPARE(v.figures.remappedShare(), 0.37);
    QCOMPARE(v.figures.brokenShare(), 0.1);
    SimulationResult cancelled = crafted({1, 1}, 1, 1);
    cancelled.cancelled = true;
    cancelled.endMs = 12500;
    QVERIFY(
        Verdict::judge(cancelled, QStringLiteral("x"))
            .points.contains(QStringLiteral("The run was cancelled at 12.5 s; the figures cover what ran.")));
}

void tst_Verdict::fewClientsAreNoHotSpot()
{
    // One client on one of two Pods: all its traffic on one Pod, but nothing to spread.
    SimulationResult r = crafted({10, 0}, 9, 9);
    r.stats[0].pairs = 1;
    VerdictText v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.balance, VerdictText::Balance::Uneven);
    QCOMPARE(v.figures.hotGroup, -1);
    r.stats[0].pairs = 4; // two per Pod
    v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.balance, VerdictText::Balance::Hot);
}

void tst_Verdict::nothingServed()
{
    SimulationResult r = crafted({0, 0}, 0, 0);
    r.stats[0].served = 0;
    const VerdictText v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.headline, QStringLiteral("No request reached a Pod under ip_hash."));
    QVERIFY(v.points.isEmpty());
}

void tst_Verdict::rateLimitedRequests()
{
    // Two routes: limit_req rejected 30 requests of the first and 45 of the second.
    SimulationResult r = crafted({50, 50}, 90, 90);
    r.stats[0].requests = 130;
    r.stats[0].rejected = 30;
    RouteGroup tea = r.groups[0];
    tea.route = QStringLiteral("default/tea");
    r.groups.push_back(tea);
    RouteStats s;
    s.requests = 45;
    s.rejected = 45;
    r.stats.push_back(s);
    VerdictText v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.figures.requests, 175);
    QCOMPARE(v.figures.rejected, 75);
    QCOMPARE(v.figures.mostRejectedGroup, 1);
    QCOMPARE(v.points.last(),
             QStringLiteral("Rate limits (limit_req) rejected 75 of 175 requests (42.9%), "
                            "most of them for default/tea."));
    // Nothing served: the headline says so, and the rejections are the one point.
    r.stats[0].served = 0;
    v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.headline, QStringLiteral("No request reached a Pod under ip_hash."));
    QCOMPARE(v.points.size(), 1);
    QVERIFY(v.points.first().startsWith(QStringLiteral("Rate limits (limit_req) rejected 75 of 175")));
    // Without rejections there is no such line.
    r = crafted({50, 50}, 90, 90);
    v = Verdict::judge(r, QStringLiteral("ip_hash"));
    QCOMPARE(v.figures.rejected, 0);
    QVERIFY(!v.points.join(u'\n').contains(QStringLiteral("limit_req")));
}

void tst_Verdict::clientsPhrase()
{
    SimulationResult r;
    r.clients = 1;
    QCOMPARE(Verdict::clients(r, nullptr), QStringLiteral("1 client"));
    r.clients = 12345;
    QCOMPARE(Verdict::clients(r, nullptr), QStringLiteral("12,345 clients"));
    Scenario nat = natScenario(250, 1);
    QCOMPARE(Verdict::clients(r, &nat), QStringLiteral("250 clients behind one NAT address"));
    nat.populations[0].addresses.groups = 0;
    nat.populations[0].addresses.groupSize = 100;
    QCOMPARE(Verdict::clients(r, &nat), QStringLiteral("250 clients behind 3 NAT addresses"));
    Scenario proxied = natScenario(5, 1);
    proxied.populations[0].addresses.kind = AddressPlan::Kind::Distinct;
    proxied.populations[0].addresses.proxy = QStringLiteral("10.0.0.1");
    QCOMPARE(Verdict::clients(r, &proxied), QStringLiteral("5 clients behind a proxy"));
}

QTEST_GUILESS_MAIN(tst_Verdict)
#include "tst_verdict.moc"
