// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The balancers' fast paths against the straightforward scan (issue 14): round robin's and
// least_conn's schedules (RoundRobinSchedule) must give the same peer, and leave the same peer
// state, as nginx's pass over every peer. The reference is the same Balancer asked to explain
// every decision, which always scans.
#include "simtest.h"

#include "sim/explanation.h"

#include <QRandomGenerator64>

#include <memory>

using namespace gw::sim;

namespace {

/** A request in flight: its own Request and state, as ProxyPass keeps them. */
struct InFlight
{
    std::unique_ptr<Request> request = std::make_unique<Request>();
    RequestState fast;
    RequestState scan;
};

/** Random upstream servers: weights, down, backup, max_conns, max_fails and fail_timeout mixed. */
std::vector<ServerConfig> randomServers(QRandomGenerator64 &rng, Method method)
{
    const int n = 2 + int(rng.bounded(rng.bounded(4) == 0 ? 120 : 12));
    const bool weighted = rng.bounded(2) == 0;
    const bool troubled = rng.bounded(3) == 0; // down, max_conns, backups: else a clean list
    std::vector<ServerConfig> servers;
    for (int i = 0; i < n; ++i) {
        ServerConfig s;
        s.address = QStringLiteral("10.0.%1.%2:80").arg(i / 200).arg(i % 200 + 1);
        s.weight = weighted ? 1 + int(rng.bounded(rng.bounded(4) == 0 ? 40 : 5)) : 1;
        s.maxFails = int(rng.bounded(4)); // 0: failures are not counted
        s.failTimeout = 1 + int(rng.bounded(5));
        if (troubled) {
            s.down = rng.bounded(8) == 0;
            s.maxConns = rng.bounded(6) == 0 ? 1 + int(rng.bounded(3)) : 0;
            s.backup = UpstreamConfig::methodAllowsBackup(method) && i > 0 && rng.bounded(6) == 0;
        }
        servers.push_back(s);
    }
    return servers;
}

/** Every field of every peer: the fast balancer's (settled by reading) against the scan's. */
bool sameState(const Balancer &fast, const Balancer &scan, QString *difference)
{
    for (PeerId id = 0; id < scan.peers().size(); ++id) {
        const Peer &a = fast.peers().peer(id);
        const Peer &b = scan.peers().peer(id);
        if (a.currentWeight != b.currentWeight || a.effectiveWeight != b.effectiveWeight ||
            a.conns != b.conns || a.fails != b.fails || a.checked != b.checked || a.accessed != b.accessed) {
            *difference = QStringLiteral("peer %1: current %2/%3, effective %4/%5, conns %6/%7, fails %8/%9")
                              .arg(id)
                              .arg(a.currentWeight)
                              .arg(b.currentWeight)
                              .arg(a.effectiveWeight)
                              .arg(b.effectiveWeight)
                              .arg(a.conns)
                              .arg(b.conns)
                              .arg(a.fails)
                              .arg(b.fails);
            return false;
        }
    }
    return true;
}

} // namespace

/**
 * Many seeds of random upstreams and random traffic (sequential and concurrent requests,
 * failures, retries, max_conns, weights, backups, down peers, Plus API updates of the servers):
 * every decision of the fast path equals the scan's, and so does every peer's state whenever it
 * is compared (at random moments, which also settles the schedule mid-period).
 */
class tst_BalancerEquivalence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastPathEqualsScan_data();
    void fastPathEqualsScan();
};

void tst_BalancerEquivalence::fastPathEqualsScan_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("round robin") << QString();
    QTest::newRow("least_conn") << QStringLiteral("least_conn");
    QTest::newRow("ip_hash") << QStringLiteral("ip_hash");
    QTest::newRow("hash") << QStringLiteral("hash $remote_addr");
}

void tst_BalancerEquivalence::fastPathEqualsScan()
{
    QFETCH(QString, method);
    constexpr int Seeds = 300;
    int decisions = 0;
    int scheduled = 0;
    for (quint64 seed = 1; seed <= Seeds; ++seed) {
        QRandomGenerator64 rng(seed);
        UpstreamConfig config =
            simtest::upstream((method.isEmpty() ? QString() : method + QStringLiteral(";\n")) +
                              QStringLiteral("server 10.9.9.9:80;"));
        config.servers = randomServers(rng, config.method);
        Balancer fast(config, seed);
        Balancer scan(config, seed);
        QVERIFY2(fast.isValid(), qPrintable(fast.errorString()));

        std::vector<std::unique_ptr<InFlight>> inFlight;
        const int concurrency = rng.bounded(3) == 0 ? 1 : 1 + int(rng.bounded(12));
        const int failurePercent = int(rng.bounded(4)) * 5; // 0, 5, 10 or 15 %
        qint64 now = 1'767'225'600'000;
        Explanation why;
        const auto release = [&](size_t index) {
            InFlight &f = *inFlight[index];
            const int roll = int(rng.bounded(100));
            const Outcome outcome = roll < failurePercent ? Outcome::Failure
                : roll < failurePercent + 3               ? Outcome::Next
                                                          : Outcome::Success;
            fast.release(f.fast, outcome, now);
            scan.release(f.scan, outcome, now);
            if (outcome != Outcome::Success && f.fast.canRetry() && f.scan.canRetry()) {
                const Selection a = fast.select(f.fast, now);
                const Selection b = scan.select(f.scan, now, &why);
                QCOMPARE(a.peer, b.peer);
                if (a.peer != NoPeer)
                    return; // the retry stays in flight
            }
            inFlight.erase(inFlight.begin() + qsizetype(index));
        };

        for (int step = 0; step < 3000; ++step) {
            now += qint64(rng.bounded(rng.bounded(10) == 0 ? 3000 : 20));
            if (int(inFlight.size()) >= concurrency || (!inFlight.empty() && rng.bounded(3) == 0)) {
                release(size_t(rng.bounded(quint64(inFlight.size()))));
                if (QTest::currentTestFailed())
                    QFAIL(qPrintable(QStringLiteral("seed %1, step %2").arg(seed).arg(step)));
                continue;
            }
            auto f = std::make_unique<InFlight>();
            f->request->client = SocketAddress::ipv4(0x0a000000u | quint32(rng.bounded(50)) << 8, 40000);
            f->request->headers = {{"Host", "cafe.example.com"}};
            fast.begin(f->fast, *f->request);
            scan.begin(f->scan, *f->request);
            const Selection a = fast.select(f->fast, now);
            const Selection b = scan.select(f->scan, now, &why);
            if (a.peer != b.peer) {
                QFAIL(qPrintable(QStringLiteral("seed %1, step %2: fast path chose %3, the scan %4")
                                     .arg(seed)
                                     .arg(step)
                                     .arg(a.peer)
                                     .arg(b.peer)));
            }
            if (a.peer != NoPeer)
                inFlight.push_back(std::move(f));
            ++decisions;
            if (fast.peers().isScheduled(PeerTable::Primary))
                ++scheduled;

            if (rng.bounded(200) == 0) {
                QString difference;
                QVERIFY2(
                    sameState(fast, scan, &difference),
                    qPrintable(QStringLiteral("seed %1, step %2: %3").arg(seed).arg(step).arg(difference)));
            }
            if (rng.bounded(1500) == 0) {
                // The NGINX Plus API: new weights and a peer more or less, the state of the rest kept.
                std::vector<ServerConfig> servers = fast.config().servers;
                for (ServerConfig &s : servers) {
                    if (rng.bounded(3) == 0)
                        s.weight = 1 + int(rng.bounded(4));
                }
                if (servers.size() > 2 && rng.bounded(2) == 0)
                    servers.pop_back();
                std::vector<PeerId> remapFast, remapScan;
                fast.updateServers(servers, &remapFast);
                scan.updateServers(servers, &remapScan);
                QCOMPARE(remapFast, remapScan);
                for (auto &g : inFlight) {
                    Balancer::remapRequest(g->fast, remapFast);
                    Balancer::remapRequest(g->scan, remapScan);
                }
            }
        }
        QString difference;
        QVERIFY2(sameState(fast, scan, &difference),
                 qPrintable(QStringLiteral("seed %1, at the end: %2").arg(seed).arg(difference)));
    }
    QVERIFY(decisions > Seeds * 1000);
    // The fast path was taken, and often: round robin's schedule whenever every peer is usable,
    // least_conn's only while no request is in flight (a sixth of the seeds are sequential).
    if (method.isEmpty())
        QVERIFY2(scheduled > decisions / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(scheduled).arg(decisions)));
    if (method == u"least_conn")
        QVERIFY2(scheduled > decisions / 20,
                 qPrintable(QStringLiteral("%1 of %2").arg(scheduled).arg(decisions)));
}

QTEST_GUILESS_MAIN(tst_BalancerEquivalence)
#include "tst_balancerequivalence.moc"
