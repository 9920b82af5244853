// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/proxypass.h"
#include "simtest.h"

#include <QSet>

using namespace gw::sim;
using simtest::host;

namespace {

constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01 00:00:00 UTC, in ms

/** A ProxyPass whose peers in \a dead refuse connections. */
ProxyResult proxy(Balancer &b, const QSet<QString> &dead, qint64 nowMs, NextUpstream policy = {},
                  const QByteArray &method = "GET")
{
    Request r = simtest::request(QStringLiteral("10.0.0.100"));
    r.method = method;
    ProxyPass pass(b, policy);
    return pass.run(r, nowMs, [&](PeerId id) {
        return dead.contains(b.peers().info(id).name) ? TryResult::Refused : TryResult::Ok;
    });
}

} // namespace

/** Round robin, least_conn, failures, backups and proxy_next_upstream. */
class tst_RoundRobin : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smoothWeighted();
    void equalWeights();
    void downKeepsItsSlot();
    void backupTakesOverForTheRequest();
    void failTimeoutProbing();
    void maxFails_data();
    void maxFails();
    void effectiveWeightRecovers();
    void maxConns();
    void singlePeer();
    void noLiveUpstreams();
    void nextUpstream_data();
    void nextUpstream();
    void lastTryPassesStatus();
    void nextUpstreamParse();
    void leastConnSequentialIsRoundRobin();
    void leastConnBusy();
    void leastConnWeighted();
    void leastConnBackup();
};

void tst_RoundRobin::smoothWeighted()
{
    // nginx's smooth weighted round robin (ngx_http_upstream_round_robin.c): weights a=5, b=1, c=1.
    Balancer b(
        simtest::upstream(QStringLiteral("server 10.0.0.1 weight=5; server 10.0.0.2; server 10.0.0.3;")));
    const int before[7][3] = {{5, 1, 1},  {3, 2, 2},   {1, 3, 3}, {6, -3, 4},
                              {4, -2, 5}, {9, -1, -1}, {7, 0, 0}};
    const int picks[7] = {1, 1, 2, 1, 3, 1, 1};
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < 7; ++i) {
            Explanation why;
            QCOMPARE(simtest::pick(b, r, T0, &why), host(picks[i]));
            QCOMPARE(why.weights.size(), size_t(3));
            for (int p = 0; p < 3; ++p)
                QCOMPARE(why.weights[p].currentWeight, before[i][p]);
            QCOMPARE(why.total, 7);
        }
    }
    for (PeerId p = 0; p < 3; ++p)
        QCOMPARE(b.peers().peer(p).currentWeight, 0);
}

void tst_RoundRobin::equalWeights()
{
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2; server 10.0.0.3;")));
    QCOMPARE(simtest::sequence(b, 7),
             QStringList({host(1), host(2), host(3), host(1), host(2), host(3), host(1)}));
}

void tst_RoundRobin::downKeepsItsSlot()
{
    Balancer b(simtest::upstream(
        QStringLiteral("server 10.0.0.1; server 10.0.0.2 down; server 10.0.0.3 weight=2;")));
    QCOMPARE(b.peers().list(PeerTable::Primary).totalWeight, 4);
    QCOMPARE(b.peers().list(PeerTable::Primary).tries, 2);
    QCOMPARE(simtest::sequence(b, 6), QStringList({host(3), host(1), host(3), host(3), host(1), host(3)}));
}

void tst_RoundRobin::backupTakesOverForTheRequest()
{
    Balancer b(simtest::upstream(
        QStringLiteral("server 10.0.0.1; server 10.0.0.2 backup; server 10.0.0.3 backup;")));
    const QSet<QString> dead {host(1)};
    // The primary fails; with no untried primary left the request moves to the backups.
    std::vector<Explanation> why;
    Request r = simtest::request(QStringLiteral("10.0.0.100"));
    ProxyPass pass(b);
    ProxyResult result = pass.run(
        r, T0,
        [&](PeerId id) {
            return dead.contains(b.peers().info(id).name) ? TryResult::Refused : TryResult::Ok;
        },
        &why);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.2:80"));
    QCOMPARE(why.size(), size_t(2));
    QVERIFY(why[1].switchedToBackup);
    // While the primary is disabled every request goes straight to the backups, in their own round robin.
    QCOMPARE(proxy(b, dead, T0 + 1000).upstreamAddr, host(3));
    QCOMPARE(proxy(b, dead, T0 + 2000).upstreamAddr, host(2));
    // After fail_timeout (10 s) the primary is probed again.
    QCOMPARE(proxy(b, dead, T0 + 11000).upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.3:80"));
    // It recovered: back to the primary.
    QCOMPARE(proxy(b, {}, T0 + 22000).upstreamAddr, host(1));
}

void tst_RoundRobin::failTimeoutProbing()
{
    Balancer b(simtest::upstream(
        QStringLiteral("server 10.0.0.1 fail_timeout=1s; server 10.0.0.2 fail_timeout=1s;")));
    const QSet<QString> dead {host(1)};
    const QString both = QStringLiteral("10.0.0.1:80, 10.0.0.2:80");
    // The failure disables 10.0.0.1 and cuts its effective weight to 0.
    QCOMPARE(proxy(b, dead, T0).upstreamAddr, both);
    QCOMPARE(b.peers().peer(0).effectiveWeight, 0);
    // Disabled while now - checked <= 1 s, in whole seconds.
    QCOMPARE(proxy(b, dead, T0 + 500).upstreamAddr, host(2));
    QCOMPARE(proxy(b, dead, T0 + 1999).upstreamAddr, host(2));
    // Usable again two seconds later, but it has to win the weighted pass first: its current
    // weight is -1 and its effective weight climbs back from 0.
    QCOMPARE(proxy(b, dead, T0 + 2000).upstreamAddr, host(2));
    QCOMPARE(proxy(b, dead, T0 + 2500).upstreamAddr, host(2));
    // The probe: it fails again and is disabled for another second.
    QCOMPARE(proxy(b, dead, T0 + 3000).upstreamAddr, both);
    QCOMPARE(b.peers().peer(0).fails, 2);
    // Revived: once it wins a pass, the successful probe clears the failures.
    QCOMPARE(proxy(b, {}, T0 + 5000).upstreamAddr, host(2));
    QCOMPARE(proxy(b, {}, T0 + 5000).upstreamAddr, host(2));
    QCOMPARE(b.peers().peer(0).fails, 2);
    QCOMPARE(proxy(b, {}, T0 + 5000).upstreamAddr, host(1));
    QCOMPARE(b.peers().peer(0).fails, 0);
}

void tst_RoundRobin::maxFails_data()
{
    QTest::addColumn<int>("maxFails");
    QTest::addColumn<QStringList>("addrs");
    const QString both = QStringLiteral("10.0.0.1:80, 10.0.0.2:80");
    QTest::newRow("1") << 1 << QStringList {both, host(2), host(2), host(2)};
    QTest::newRow("2") << 2 << QStringList {both, host(2), both, host(2)};
    QTest::newRow("0: never disabled") << 0 << QStringList {both, host(2), both, host(2)};
}

void tst_RoundRobin::maxFails()
{
    QFETCH(int, maxFails);
    QFETCH(QStringList, addrs);
    Balancer b(
        simtest::upstream(QStringLiteral("server 10.0.0.1 max_fails=%1; server 10.0.0.2;").arg(maxFails)));
    for (int i = 0; i < addrs.size(); ++i)
        QCOMPARE(proxy(b, {host(1)}, T0 + i * 1000).upstreamAddr, addrs[i]);
    if (maxFails == 0)
        QCOMPARE(b.peers().peer(0).effectiveWeight, 1); // no penalty either
}

void tst_RoundRobin::effectiveWeightRecovers()
{
    // A weight-3 peer with max_fails=3 loses 3/3 = 1 effective weight per failure and regains one
    // per weighted pass it takes part in.
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1 weight=3 max_fails=3; server 10.0.0.2;")));
    QCOMPARE(proxy(b, {host(1)}, T0).upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.2:80"));
    QCOMPARE(b.peers().peer(0).effectiveWeight, 2);
    Explanation why;
    // -1 + 2 = 1 loses to 10.0.0.2's 1 + 1 = 2.
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.0.0.100")), T0, &why), host(2));
    QCOMPARE(why.weights[0].effectiveWeight, 2);
    QCOMPARE(why.weights[0].currentWeight, 1);
    QCOMPARE(why.weights[1].currentWeight, 2);
    QCOMPARE(why.total, 3);
    QCOMPARE(b.peers().peer(0).effectiveWeight, 3);
    QCOMPARE(b.peers().peer(0).fails, 1); // below max_fails: still usable
}

void tst_RoundRobin::maxConns()
{
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1 max_conns=1; server 10.0.0.2 weight=5;")));
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    RequestState held;
    b.begin(held, r);
    QCOMPARE(b.select(held, T0).peer, 1); // weight 5 first
    RequestState heldToo;
    b.begin(heldToo, r);
    QCOMPARE(b.select(heldToo, T0).peer, 1);
    RequestState first;
    b.begin(first, r);
    QCOMPARE(b.select(first, T0).peer, 0);
    QCOMPARE(b.peers().peer(0).conns, 1);
    Explanation why;
    QCOMPARE(simtest::pick(b, r, T0, &why), host(2)); // 10.0.0.1 is full
    QCOMPARE(why.weights[0].verdict, Explanation::Verdict::Full);
    b.release(first, Outcome::Success, T0);
    QCOMPARE(b.peers().peer(0).conns, 0);
    b.release(held, Outcome::Success, T0);
    b.release(heldToo, Outcome::Success, T0);

    // A single server at max_conns: no live upstreams.
    Balancer single(simtest::upstream(QStringLiteral("server 10.0.0.1 max_conns=1;")));
    RequestState s;
    single.begin(s, r);
    QCOMPARE(single.select(s, T0).peer, 0);
    QCOMPARE(simtest::pick(single, r), QStringLiteral("busy"));
    single.release(s, Outcome::Success, T0);
    QCOMPARE(simtest::pick(single, r), host(1));
}

void tst_RoundRobin::singlePeer()
{
    // One server: max_fails does not apply and a failure is not retried.
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1;")));
    for (int i = 0; i < 3; ++i) {
        const ProxyResult result = proxy(b, {host(1)}, T0 + i);
        QCOMPARE(result.status, 502);
        QCOMPARE(result.upstreamAddr, host(1));
        QCOMPARE(result.peer, NoPeer);
    }
    QCOMPARE(b.peers().peer(0).fails, 0);
    QCOMPARE(proxy(b, {}, T0).status, 200);
}

void tst_RoundRobin::noLiveUpstreams()
{
    // $upstream_addr names the upstream when no peer is left to try.
    Balancer b(
        simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2;"), QStringLiteral("up_dead")));
    const QSet<QString> dead {host(1), host(2)};
    ProxyResult result = proxy(b, dead, T0);
    QCOMPARE(result.status, 502);
    QCOMPARE(result.upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.2:80"));
    result = proxy(b, dead, T0 + 1000);
    QCOMPARE(result.status, 502);
    QCOMPARE(result.upstreamAddr, QStringLiteral("up_dead"));

    Balancer allDown(simtest::upstream(QStringLiteral("server 10.0.0.1 down; server 10.0.0.2 down;"),
                                       QStringLiteral("x")));
    QCOMPARE(proxy(allDown, {}, T0).upstreamAddr, QStringLiteral("x"));
}

void tst_RoundRobin::nextUpstream_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("result"); // TryResult of 10.0.0.1; the others answer Ok
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("addr");
    QTest::addColumn<int>("fails"); // of 10.0.0.1 afterwards

    const QString both = QStringLiteral("10.0.0.1:80, 10.0.0.2:80");
    QTest::newRow("refused") << "error timeout" << QByteArray("GET") << int(TryResult::Refused) << 200 << both
                             << 1;
    QTest::newRow("timeout") << "error timeout" << QByteArray("GET") << int(TryResult::Timeout) << 200 << both
                             << 1;
    QTest::newRow("timeout not listed")
        << "error" << QByteArray("GET") << int(TryResult::Timeout) << 504 << host(1) << 1;
    QTest::newRow("off still counts")
        << "off" << QByteArray("GET") << int(TryResult::Refused) << 502 << host(1) << 1;
    QTest::newRow("502 passed on") << "error timeout" << QByteArray("GET") << int(TryResult::Http502) << 502
                                   << host(1) << 0;
    QTest::newRow("502 retried") << "error http_502" << QByteArray("GET") << int(TryResult::Http502) << 200
                                 << both << 1;
    QTest::newRow("404 is not a failure")
        << "http_404" << QByteArray("GET") << int(TryResult::Http404) << 200 << both << 0;
    QTest::newRow("POST refused") << "error" << QByteArray("POST") << int(TryResult::Refused) << 200 << both
                                  << 1;
    QTest::newRow("POST broken") << "error" << QByteArray("POST") << int(TryResult::Error) << 502 << host(1)
                                 << 1;
    QTest::newRow("POST non_idempotent")
        << "error non_idempotent" << QByteArray("POST") << int(TryResult::Error) << 200 << both << 1;
}

void tst_RoundRobin::nextUpstream()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, method);
    QFETCH(int, result);
    QFETCH(int, status);
    QFETCH(QString, addr);
    QFETCH(int, fails);
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1 max_fails=5; server 10.0.0.2;")));
    Request r = simtest::request(QStringLiteral("10.0.0.100"));
    r.method = method;
    ProxyPass pass(b, *NextUpstream::parse(policy));
    const ProxyResult out =
        pass.run(r, T0, [&](PeerId id) { return id == 0 ? TryResult(result) : TryResult::Ok; });
    QCOMPARE(out.status, status);
    QCOMPARE(out.upstreamAddr, addr);
    QCOMPARE(b.peers().peer(0).fails, fails);
    QCOMPARE(b.peers().peer(0).conns, 0);
    QCOMPARE(b.peers().peer(1).conns, 0);
}

void tst_RoundRobin::lastTryPassesStatus()
{
    // A listed status is retried while another try is left, and passed on as a success on the last.
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2;")));
    ProxyPass pass(b, *NextUpstream::parse(u"error http_503"));
    const ProxyResult out = pass.run(simtest::request(QStringLiteral("10.0.0.100")), T0,
                                     [](PeerId) { return TryResult::Http503; });
    QCOMPARE(out.status, 503);
    QCOMPARE(out.peer, 1);
    QCOMPARE(b.peers().peer(0).fails, 1);
    QCOMPARE(b.peers().peer(1).fails, 0);
}

void tst_RoundRobin::nextUpstreamParse()
{
    QVERIFY(!NextUpstream::parse(u"error bogus"));
    QVERIFY(!NextUpstream::parse(u""));
    QCOMPARE(NextUpstream::parse(u"off error")->conditions, quint16(NextUpstream::Off));
    // proxy_next_upstream_tries caps the tries.
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2; server 10.0.0.3;")));
    NextUpstream policy;
    policy.tries = 2;
    const ProxyResult out = proxy(b, {host(1), host(2), host(3)}, T0, policy);
    QCOMPARE(out.upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.2:80"));
}

void tst_RoundRobin::leastConnSequentialIsRoundRobin()
{
    const QString servers = QStringLiteral("server 10.0.0.1 weight=5; server 10.0.0.2; server 10.0.0.3;");
    Balancer rr(simtest::upstream(servers));
    Balancer lc(simtest::upstream(QStringLiteral("least_conn;\n") + servers));
    QCOMPARE(simtest::sequence(lc, 21), simtest::sequence(rr, 21));
}

void tst_RoundRobin::leastConnBusy()
{
    // The hand-worked lc_busy_eq3 (ngx_http_upstream_least_conn_module.c): two fast requests, two slow ones
    // held, six fast ones, then the slow finish.
    Balancer b(
        simtest::upstream(QStringLiteral("least_conn; server 10.0.0.1; server 10.0.0.2; server 10.0.0.3;")));
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    QCOMPARE(simtest::pick(b, r), host(1));
    QCOMPARE(simtest::pick(b, r), host(2));
    RequestState slow1;
    RequestState slow2;
    b.begin(slow1, r);
    QCOMPARE(b.select(slow1, T0).peer, 2);
    b.begin(slow2, r);
    Explanation why;
    QCOMPARE(b.select(slow2, T0, &why).peer, 0); // 0 and 1 tie: round robin among them
    QCOMPARE(why.weights[2].verdict, Explanation::Verdict::NotLeast);
    QCOMPARE(why.total, 2);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(simtest::pick(b, r, T0, &why), host(2));
        QCOMPARE(why.total, 0); // no tie, no weights touched
    }
    QCOMPARE(b.peers().peer(1).currentWeight, 1);
    b.release(slow1, Outcome::Success, T0);
    b.release(slow2, Outcome::Success, T0);
    QCOMPARE(simtest::sequence(b, 4), QStringList({host(2), host(3), host(1), host(2)}));
}

void tst_RoundRobin::leastConnWeighted()
{
    // Fewest conns per weight; ties (the first request, and 2 vs 3 conns at 1:3) go to weighted round robin.
    Balancer b(simtest::upstream(QStringLiteral("least_conn; server 10.0.0.1; server 10.0.0.2 weight=3;")));
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    std::vector<RequestState> held(6);
    QList<int> peers;
    for (RequestState &s : held) {
        b.begin(s, r);
        peers << b.select(s, T0).peer;
    }
    QCOMPARE(peers, QList<int>({1, 0, 1, 1, 0, 1}));
    for (RequestState &s : held)
        b.release(s, Outcome::Success, T0);
}

void tst_RoundRobin::leastConnBackup()
{
    Balancer b(simtest::upstream(QStringLiteral("least_conn; server 10.0.0.1; server 10.0.0.2 backup;")));
    QCOMPARE(proxy(b, {host(1)}, T0).upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.2:80"));
    QCOMPARE(proxy(b, {host(1)}, T0 + 1000).upstreamAddr, host(2));
}

QTEST_GUILESS_MAIN(tst_RoundRobin)
#include "tst_roundrobin.moc"
