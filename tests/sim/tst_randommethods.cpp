// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simtest.h"

#include <array>

using namespace gw::sim;
using simtest::host;

namespace {

/** Shares of \a n sequential requests per peer (three peers). */
std::array<double, 3> shares(Balancer &b, int n)
{
    std::array<int, 3> counts {};
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    RequestState state;
    for (int i = 0; i < n; ++i) {
        b.begin(state, r);
        const PeerId p = b.select(state, 0).peer;
        ++counts[size_t(p)];
        b.release(state, Outcome::Success, 0);
    }
    return {counts[0] / double(n), counts[1] / double(n), counts[2] / double(n)};
}

const QString weighted123 =
    QStringLiteral("server 10.0.0.1; server 10.0.0.2 weight=2; server 10.0.0.3 weight=3;");

} // namespace

/** random, random two, random two least_conn: distributions from a seeded source. */
class tst_RandomMethods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomFollowsWeights();
    void randomTwoIsTheSecondDraw();
    void randomTwoLeastConnAvoidsTheBusy();
    void reproducibleFromSeed();
    void downPeersAreRedrawn();
    void fallbackAfter20Draws();
    void explanation();
};

void tst_RandomMethods::randomFollowsWeights()
{
    Balancer b(simtest::upstream(QStringLiteral("random;\n") + weighted123), 42);
    const auto s = shares(b, 120000);
    QVERIFY(qAbs(s[0] - 1.0 / 6) < 0.006);
    QVERIFY(qAbs(s[1] - 2.0 / 6) < 0.006);
    QVERIFY(qAbs(s[2] - 3.0 / 6) < 0.006);
}

void tst_RandomMethods::randomTwoIsTheSecondDraw()
{
    // Idle peers: the second of two distinct weighted draws. Weights 1, 2, 3 give 25/40/35 %
    // (P(j) = Σ_{i≠j} w_i/W · w_j/(W − w_i)), not 17/33/50 %.
    for (const QString &method :
         {QStringLiteral("random two;\n"), QStringLiteral("random two least_conn;\n")}) {
        Balancer b(simtest::upstream(method + weighted123), 7);
        const auto s = shares(b, 120000);
        QVERIFY2(qAbs(s[0] - 0.25) < 0.006, qPrintable(QString::number(s[0])));
        QVERIFY2(qAbs(s[1] - 0.40) < 0.006, qPrintable(QString::number(s[1])));
        QVERIFY2(qAbs(s[2] - 0.35) < 0.006, qPrintable(QString::number(s[2])));
    }
    // Equal weights stay uniform.
    Balancer equal(
        simtest::upstream(QStringLiteral("random two; server 10.0.0.1; server 10.0.0.2; server 10.0.0.3;")),
        9);
    for (double share : shares(equal, 60000))
        QVERIFY(qAbs(share - 1.0 / 3) < 0.01);
}

void tst_RandomMethods::randomTwoLeastConnAvoidsTheBusy()
{
    Balancer b(simtest::upstream(QStringLiteral("random two least_conn; server 10.0.0.1; server 10.0.0.2;")),
               3);
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    RequestState held;
    b.begin(held, r);
    const PeerId busy = b.select(held, 0).peer;
    // With two peers both are always drawn; the idle one wins every time.
    for (int i = 0; i < 200; ++i)
        QCOMPARE(simtest::pick(b, r, 0), b.peers().info(1 - busy).name);
    b.release(held, Outcome::Success, 0);
    // Connections per weight decide; only exact ties are left to the draws.
    Balancer w(simtest::upstream(QStringLiteral("random two; server 10.0.0.1; server 10.0.0.2 weight=3;")),
               5);
    std::vector<RequestState> states(12);
    for (RequestState &s : states) {
        const qint64 light = qint64(w.peers().peer(0).conns) * 3;
        const qint64 heavy = qint64(w.peers().peer(1).conns) * 1;
        w.begin(s, r);
        const PeerId p = w.select(s, 0).peer;
        if (light != heavy)
            QCOMPARE(p, light < heavy ? 0 : 1);
    }
    QVERIFY(w.peers().peer(1).conns >= 8);
    for (RequestState &s : states)
        w.release(s, Outcome::Success, 0);
}

void tst_RandomMethods::reproducibleFromSeed()
{
    const auto run = [](quint64 seed) {
        Balancer b(simtest::upstream(QStringLiteral("random two least_conn;\n") + weighted123), seed);
        return simtest::sequence(b, 50);
    };
    QCOMPARE(run(11), run(11));
    QVERIFY(run(11) != run(12));
    QCOMPARE(RandomSource::derive(1, u"default_tea_80"), RandomSource::derive(1, u"default_tea_80"));
    QVERIFY(RandomSource::derive(1, u"default_tea_80") != RandomSource::derive(1, u"default_coffee_80"));
}

void tst_RandomMethods::downPeersAreRedrawn()
{
    Balancer b(
        simtest::upstream(QStringLiteral("random; server 10.0.0.1 down; server 10.0.0.2; server 10.0.0.3;")),
        1);
    const auto s = shares(b, 30000);
    QCOMPARE(s[0], 0.0);
    QVERIFY(qAbs(s[1] - 0.5) < 0.015);
}

void tst_RandomMethods::fallbackAfter20Draws()
{
    // A heavy down peer makes 21 misses likely; round robin then decides.
    for (const QString &method : {QStringLiteral("random;"), QStringLiteral("random two;")}) {
        Balancer b(simtest::upstream(method +
                                     QStringLiteral(" server 10.0.0.1 weight=1000 down; server 10.0.0.2;"
                                                    " server 10.0.0.3;")),
                   2);
        int fallbacks = 0;
        for (int i = 0; i < 20; ++i) {
            Explanation why;
            const QString name = simtest::pick(b, simtest::request(QStringLiteral("10.0.0.100")), 0, &why);
            QVERIFY(name != host(1));
            if (why.fallback == Explanation::Fallback::TooManyTries) {
                ++fallbacks;
                QCOMPARE(why.draws.size(), size_t(21));
            }
        }
        QVERIFY(fallbacks > 10);
    }
}

void tst_RandomMethods::explanation()
{
    Balancer b(simtest::upstream(QStringLiteral("random two least_conn;\n") + weighted123), 4);
    Explanation why;
    const QString name = simtest::pick(b, simtest::request(QStringLiteral("10.0.0.100")), 0, &why);
    QVERIFY(why.draws.size() >= 2);
    QVERIFY(why.comparison.first != NoPeer && why.comparison.second != NoPeer);
    QVERIFY(why.comparison.first != why.comparison.second);
    QCOMPARE(b.peers().info(why.chosen).name, name);
    QCOMPARE(why.chosen, why.comparison.second); // idle peers: the second draw
    for (const Explanation::Draw &d : why.draws)
        QCOMPARE(d.target, d.value % 6);
    QVERIFY(why.describe(b.peers()).join(u'\n').contains(QStringLiteral("random two: ")));
}

QTEST_GUILESS_MAIN(tst_RandomMethods)
#include "tst_randommethods.moc"
