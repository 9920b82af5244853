// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/consistenthash.h"
#include "sim/crc32.h"
#include "simtest.h"

using namespace gw::sim;
using simtest::host;

namespace {

/** "server 10.0.0.1; … server 10.0.0.n;" with optional per-server suffixes. */
QString servers(int n, const QStringList &suffixes = {})
{
    QString body;
    for (int i = 1; i <= n; ++i)
        body += QStringLiteral("server 10.0.0.%1 %2;\n").arg(i).arg(suffixes.value(i - 1));
    return body;
}

QString chashServers(const QString &method, int first = 8081, int last = 8083)
{
    QString body = method + QStringLiteral(";\n");
    for (int port = first; port <= last; ++port)
        body += QStringLiteral("server 127.0.0.1:%1;\n").arg(port);
    return body;
}

} // namespace

/**
 * ip_hash, hash and hash consistent against vectors hand-computed from nginx's
 * ngx_http_upstream_ip_hash_module.c and ngx_http_upstream_hash_module.c.
 */
class tst_HashMethods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipHash_data();
    void ipHash();
    void ipHashWeighted();
    void ipHashDownChain();
    void ipHashRetryContinuesChain();
    void ipHashFallsBackAfter20();
    void ipHashSinglePeer();
    void hash_data();
    void hash();
    void hashRehash();
    void hashEmptyKeyAdvancesRoundRobin();
    void hashRetry();
    void hashAndRingFallBackAfter20_data();
    void hashAndRingFallBackAfter20();
    void ringVectors();
    void ringLookups_data();
    void ringLookups();
    void ringWalksPastUnusable();
    void ringHostPortSplit_data();
    void ringHostPortSplit();
    void ringWeightsAndSharedNames();
};

void tst_HashMethods::ipHash_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<int>("peers");
    QTest::addColumn<int>("index");
    QTest::addColumn<uint>("hash");

    const struct
    {
        const char *client;
        uint hash;
        int expected[4]; // for 2, 3, 5 and 7 equal servers
    } vectors[] = {
        {"10.0.1.7", 2566, {0, 1, 1, 4}},        {"10.0.1.200", 2566, {0, 1, 1, 4}}, // the same /24
        {"127.0.0.1", 4040, {0, 2, 0, 1}},       {"192.168.1.10", 154, {0, 1, 4, 0}},
        {"2001:db8::1", 2600, {0, 2, 0, 3}}, // 16 bytes
        {"::ffff:10.0.1.7", 5994, {0, 0, 4, 2}}, // mapped: not the IPv4 hash
    };
    const int counts[] = {2, 3, 5, 7};
    for (const auto &v : vectors) {
        for (int i = 0; i < 4; ++i) {
            QTest::addRow("%s n=%d", v.client, counts[i])
                << QString::fromLatin1(v.client) << counts[i] << v.expected[i] << v.hash;
        }
    }
}

void tst_HashMethods::ipHash()
{
    QFETCH(QString, client);
    QFETCH(int, peers);
    QFETCH(int, index);
    QFETCH(uint, hash);
    Balancer b(simtest::upstream(QStringLiteral("ip_hash;\n") + servers(peers)));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(client), 1000000, &why), host(index + 1));
    QCOMPARE(why.hashSteps.size(), size_t(1));
    QCOMPARE(why.hashSteps[0].value, hash);
    QCOMPARE(why.key.size(), client.contains(u':') ? 16 : 3);
    // The same client always lands on the same peer.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(simtest::pick(b, simtest::request(client)), host(index + 1));
}

void tst_HashMethods::ipHashWeighted()
{
    // weights 1, 2, 3: 2566 % 6 = 4 → skip 1, skip 2 → the third server.
    Balancer b(simtest::upstream(QStringLiteral("ip_hash;\n") +
                                 servers(3, {{}, QStringLiteral("weight=2"), QStringLiteral("weight=3")})));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.0.1.7")), 1000000, &why), host(3));
    QCOMPARE(why.hashSteps[0].target, 4u);

    // A UNIX-socket client hashes three zero bytes: 295.
    Request unixClient = simtest::request(QStringLiteral("10.0.0.1"));
    unixClient.client = SocketAddress::unixSocket({});
    Balancer three(simtest::upstream(QStringLiteral("ip_hash;\n") + servers(3)));
    QCOMPARE(simtest::pick(three, unixClient, 1000000, &why), host(2));
    QCOMPARE(why.hashSteps[0].value, 295u);
}

void tst_HashMethods::ipHashDownChain()
{
    // Index 1 of 3 is down: 2566 → 1 (down), 2321 → 2.
    Balancer b(simtest::upstream(QStringLiteral("ip_hash;\n") + servers(3, {{}, QStringLiteral("down")})));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.0.1.7")), 1000000, &why), host(3));
    QCOMPARE(why.hashSteps.size(), size_t(2));
    QCOMPARE(why.hashSteps[0].value, 2566u);
    QCOMPARE(why.hashSteps[0].verdict, Explanation::Verdict::Down);
    QCOMPARE(why.hashSteps[1].value, 2321u);
    QCOMPARE(why.hashSteps[1].verdict, Explanation::Verdict::Chosen);

    // Indexes 1 and 2 down: the chain goes on, 1368 → 0.
    Balancer two(simtest::upstream(QStringLiteral("ip_hash;\n") +
                                   servers(3, {{}, QStringLiteral("down"), QStringLiteral("down")})));
    QCOMPARE(simtest::pick(two, simtest::request(QStringLiteral("10.0.1.7")), 1000000, &why), host(1));
    QCOMPARE(why.hashSteps.size(), size_t(3));
    QCOMPARE(why.hashSteps[2].value, 1368u);
    QVERIFY(why.describe(two.peers())
                .join(u'\n')
                .contains(QStringLiteral("hash 1368 % 3 = 0 → 10.0.0.1:80: chosen")));
}

void tst_HashMethods::ipHashRetryContinuesChain()
{
    Balancer b(simtest::upstream(QStringLiteral("ip_hash;\n") + servers(3)));
    const Request r = simtest::request(QStringLiteral("10.0.1.7"));
    RequestState state;
    b.begin(state, r);
    QCOMPARE(b.select(state, 1000000).peer, 1);
    b.release(state, Outcome::Failure, 1000000);
    Explanation why;
    QCOMPARE(b.select(state, 1000000, &why).peer, 2); // 2321: the chain continues
    QCOMPARE(why.hashSteps[0].value, 2321u);
    b.release(state, Outcome::Success, 1000000);
    QCOMPARE(b.upstreamAddr(state), QStringLiteral("10.0.0.2:80, 10.0.0.3:80"));

    // Within fail_timeout the failed peer is skipped like a down one; after it, it is probed again.
    QCOMPARE(simtest::pick(b, r, 1005000), host(3));
    QCOMPARE(simtest::pick(b, r, 1011000), host(2));
}

void tst_HashMethods::ipHashFallsBackAfter20()
{
    // 10.1.0.x hits the heavy down server 21 times in a row; round robin then decides.
    Balancer b(
        simtest::upstream(QStringLiteral("ip_hash;\nserver 10.0.0.1 weight=100 down;\nserver 10.0.0.2;")));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.1.0.9")), 1000000, &why), host(2));
    QCOMPARE(why.hashSteps.size(), size_t(21));
    QCOMPARE(why.fallback, Explanation::Fallback::TooManyTries);
    QCOMPARE(why.weights.size(), size_t(2)); // round robin's pass
}

void tst_HashMethods::ipHashSinglePeer()
{
    Balancer b(simtest::upstream(QStringLiteral("ip_hash;\nserver 10.0.0.1;")));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.0.1.7")), 1000000, &why), host(1));
    QCOMPARE(why.fallback, Explanation::Fallback::FewPeers);
}

void tst_HashMethods::hash_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("peers");
    QTest::addColumn<int>("index");
    const struct
    {
        const char *key;
        int expected[4];
    } vectors[] = {
        {"10.0.1.7", {1, 2, 3, 1}}, // 20063
        {"user42", {1, 0, 1, 4}}, // 31791
    };
    const int counts[] = {2, 3, 5, 7};
    for (const auto &v : vectors) {
        for (int i = 0; i < 4; ++i)
            QTest::addRow("%s n=%d", v.key, counts[i]) << QByteArray(v.key) << counts[i] << v.expected[i];
    }
}

void tst_HashMethods::hash()
{
    QFETCH(QByteArray, key);
    QFETCH(int, peers);
    QFETCH(int, index);
    Balancer b(simtest::upstream(QStringLiteral("hash $arg_k;\n") + servers(peers)));
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.9.9.9"), "/?k=" + key)), host(index + 1));
}

void tst_HashMethods::hashRehash()
{
    // "10.0.1.7" on 3 servers: acc 20063 → 2; "1" prefix: +29758 → 49821 → 0; "2": +19891 → 69712 → 1.
    Balancer b(simtest::upstream(QStringLiteral("hash $remote_addr;\n") +
                                 servers(3, {QStringLiteral("down"), {}, QStringLiteral("down")})));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.0.1.7")), 1000000, &why), host(2));
    QCOMPARE(why.key, QByteArray("10.0.1.7"));
    QCOMPARE(why.hashSteps.size(), size_t(3));
    const quint32 crcs[] = {0xce5f0e91u, 0x743e11c7u, 0x4db32d02u};
    const quint32 accs[] = {20063, 49821, 69712};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(why.hashSteps[i].round, quint32(i));
        QCOMPARE(why.hashSteps[i].crc, crcs[i]);
        QCOMPARE(why.hashSteps[i].value, accs[i]);
    }
    QVERIFY(why.describe(b.peers()).contains(
        QStringLiteral("crc32(1 + \"10.0.1.7\") = 0x743e11c7 → +29758 → 49821 % 3 = 0 → 10.0.0.1:80: down")));
}

void tst_HashMethods::hashEmptyKeyAdvancesRoundRobin()
{
    // Requests without the key are balanced by round robin and move its state; keyed ones do not.
    Balancer b(simtest::upstream(QStringLiteral("hash $arg_user;\n") + servers(3)));
    const Request keyed = simtest::request(QStringLiteral("10.0.0.50"), "/?user=user42");
    const Request bare = simtest::request(QStringLiteral("10.0.0.50"), "/");
    Explanation why;
    QCOMPARE(simtest::pick(b, bare, 1000000, &why), host(1));
    QCOMPARE(why.fallback, Explanation::Fallback::EmptyKey);
    QCOMPARE(simtest::pick(b, keyed), host(1)); // 31791 % 3 = 0
    QCOMPARE(simtest::pick(b, bare), host(2));
    QCOMPARE(simtest::pick(b, keyed), host(1));
    QCOMPARE(simtest::pick(b, bare), host(3));
    QCOMPARE(simtest::pick(b, bare), host(1));
}

void tst_HashMethods::hashRetry()
{
    // A failed try continues the rehash sequence; the failed peer is then skipped for fail_timeout.
    Balancer b(simtest::upstream(QStringLiteral("hash $remote_addr;\n") + servers(3)));
    const Request r = simtest::request(QStringLiteral("10.0.1.7"));
    RequestState state;
    b.begin(state, r);
    QCOMPARE(b.select(state, 1000000).peer, 2);
    b.release(state, Outcome::Failure, 1000000);
    QCOMPARE(b.select(state, 1000000).peer, 0); // 49821 % 3
    b.release(state, Outcome::Success, 1000000);
    QCOMPARE(simtest::pick(b, r, 1001000), host(1));
}

void tst_HashMethods::hashAndRingFallBackAfter20_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("hash") << "hash $arg_k";
    QTest::newRow("consistent") << "hash $arg_k consistent";
}

void tst_HashMethods::hashAndRingFallBackAfter20()
{
    // A heavy down server owns most weight slots and ring points: 21 misses in a row are likely,
    // and then round robin decides among the rest.
    QFETCH(QString, method);
    Balancer b(simtest::upstream(method +
                                 QStringLiteral(";\nserver 10.0.0.1 weight=100 down;\nserver 10.0.0.2;\n"
                                                "server 10.0.0.3;")));
    int fallbacks = 0;
    for (int i = 0; i < 20; ++i) {
        Explanation why;
        const QString name =
            simtest::pick(b, simtest::request(QStringLiteral("10.0.0.9"), "/?k=key" + QByteArray::number(i)),
                          1000000, &why);
        QVERIFY(name != host(1));
        if (why.fallback == Explanation::Fallback::TooManyTries) {
            ++fallbacks;
            QCOMPARE(why.hashSteps.size() + why.ringSteps.size(), size_t(21));
            QCOMPARE(why.weights.size(), size_t(3)); // round robin's pass over the list
        }
    }
    QVERIFY(fallbacks >= 5);
}

void tst_HashMethods::ringVectors()
{
    Balancer b(simtest::upstream(chashServers(QStringLiteral("hash $remote_addr consistent"))));
    const auto &ring = static_cast<const ConsistentHash &>(b.method()).ring();
    QCOMPARE(ring.size(), 480);
    QCOMPARE(ring.points().front().hash, 858133u);
    QCOMPARE(ring.serverName(ring.points().front().server), QStringLiteral("127.0.0.1:8081"));
    QCOMPARE(ring.points().back().hash, 4291836733u);
    QCOMPARE(ring.serverName(ring.points().back().server), QStringLiteral("127.0.0.1:8081"));
    // The first points of each server's chain (each chains on the previous point).
    const struct
    {
        quint32 hash;
        const char *server;
    } chains[] = {
        {1353366775, "127.0.0.1:8081"}, {3101462538, "127.0.0.1:8081"}, {708007374, "127.0.0.1:8081"},
        {386582055, "127.0.0.1:8082"},  {3337737759, "127.0.0.1:8082"}, {3923017493, "127.0.0.1:8082"},
        {711651223, "127.0.0.1:8083"},  {3974818796, "127.0.0.1:8083"}, {509188963, "127.0.0.1:8083"},
    };
    for (const auto &c : chains) {
        const KetamaRing::Point &p = ring.point(ring.find(c.hash));
        QCOMPARE(p.hash, c.hash);
        QCOMPARE(ring.serverName(p.server), QString::fromLatin1(c.server));
    }
}

void tst_HashMethods::ringLookups_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<int>("lastPort");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<uint>("point");
    QTest::addColumn<QString>("server");
    QTest::newRow("10.0.1.7") << "hash $arg_k consistent" << 8083 << QByteArray("10.0.1.7") << 396u
                              << "127.0.0.1:8081";
    QTest::newRow("user42") << "hash $arg_k consistent" << 8083 << QByteArray("user42") << 245u
                            << "127.0.0.1:8082";
    QTest::newRow("alice") << "hash $arg_k consistent" << 8083 << QByteArray("alice") << 85u
                           << "127.0.0.1:8082";
    // Without 8083 the same keys stay where they were.
    QTest::newRow("10.0.1.7 of 2") << "hash $arg_k consistent" << 8082 << QByteArray("10.0.1.7") << 263u
                                   << "127.0.0.1:8081";
    QTest::newRow("user42 of 2") << "hash $arg_k consistent" << 8082 << QByteArray("user42") << 163u
                                 << "127.0.0.1:8082";
    QTest::newRow("alice of 2") << "hash $arg_k consistent" << 8082 << QByteArray("alice") << 57u
                                << "127.0.0.1:8082";
}

void tst_HashMethods::ringLookups()
{
    QFETCH(QString, method);
    QFETCH(int, lastPort);
    QFETCH(QByteArray, key);
    QFETCH(uint, point);
    QFETCH(QString, server);
    Balancer b(simtest::upstream(chashServers(method, 8081, lastPort)));
    Explanation why;
    QCOMPARE(simtest::pick(b, simtest::request(QStringLiteral("10.9.9.9"), "/?k=" + key), 1000000, &why),
             server);
    QCOMPARE(why.keyCrc, Crc32::of(key));
    QCOMPARE(why.ringStart, point);
    QCOMPARE(why.ringSteps.size(), size_t(1));
}

void tst_HashMethods::ringWalksPastUnusable()
{
    // 8081 down: "10.0.1.7" passes clockwise from #396 to #397, an 8082 point.
    Balancer b(simtest::upstream(QStringLiteral("hash $remote_addr consistent;\nserver 127.0.0.1:8081 down;\n"
                                                "server 127.0.0.1:8082;\nserver 127.0.0.1:8083;")));
    const Request r = simtest::request(QStringLiteral("10.0.1.7"));
    Explanation why;
    QCOMPARE(simtest::pick(b, r, 1000000, &why), QStringLiteral("127.0.0.1:8082"));
    QCOMPARE(why.ringSteps.size(), size_t(2));
    QCOMPARE(why.ringSteps[0].index, 396u);
    QCOMPARE(why.ringSteps[0].verdict, Explanation::Verdict::Down);
    QCOMPARE(why.ringSteps[1].pointHash, 3464948317u);

    // A failed try: the retry starts at the same point, finds its peer tried and walks on.
    Balancer live(simtest::upstream(chashServers(QStringLiteral("hash $remote_addr consistent"))));
    RequestState state;
    live.begin(state, r);
    QCOMPARE(live.peers().info(live.select(state, 1000000).peer).name, QStringLiteral("127.0.0.1:8081"));
    live.release(state, Outcome::Failure, 1000000);
    QCOMPARE(live.peers().info(live.select(state, 1000000, &why).peer).name,
             QStringLiteral("127.0.0.1:8082"));
    QCOMPARE(why.ringSteps[0].verdict, Explanation::Verdict::Tried);
    live.release(state, Outcome::Success, 1000000);
}

void tst_HashMethods::ringHostPortSplit_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::newRow("ip:port") << "127.0.0.1:8081"
                             << "127.0.0.1"
                             << "8081";
    QTest::newRow("no port") << "10.0.0.5"
                             << "10.0.0.5"
                             << "";
    QTest::newRow("ipv6") << "[::1]:8080"
                          << "[::1]"
                          << "8080";
    QTest::newRow("name") << "backend1.example.com"
                          << "backend1.example.com"
                          << "";
    QTest::newRow("unix") << "unix:/tmp/app.sock"
                          << "/tmp/app.sock"
                          << "";
    QTest::newRow("unix any case") << "UNIX:/tmp/a:80"
                                   << "/tmp/a:80"
                                   << "";
    QTest::newRow("named port") << "backend:http"
                                << "backend:http"
                                << "";
    QTest::newRow("empty port") << "backend:"
                                << "backend"
                                << "";
}

void tst_HashMethods::ringHostPortSplit()
{
    QFETCH(QString, server);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QStringView h;
    QStringView p;
    KetamaRing::splitHostPort(server, h, p);
    QCOMPARE(h.toString(), host);
    QCOMPARE(p.toString(), port);
}

void tst_HashMethods::ringWeightsAndSharedNames()
{
    Balancer weighted(simtest::upstream(QStringLiteral(
        "hash $remote_addr consistent;\nserver 127.0.0.1:8081 weight=2;\nserver 127.0.0.1:8082;")));
    const auto &ring = static_cast<const ConsistentHash &>(weighted.method()).ring();
    QCOMPARE(ring.size(), 480);
    QCOMPARE(std::count_if(
                 ring.points().begin(), ring.points().end(),
                 [&](const KetamaRing::Point &p) { return ring.serverName(p.server).endsWith(u"8081"); }),
             320);

    // A name with two addresses: one chain of points, and round robin between its addresses.
    UpstreamConfig c = simtest::upstream(QStringLiteral(
        "hash $remote_addr consistent;\nserver app.example.com:8080;\nserver 127.0.0.1:8082;"));
    c.servers[0].addresses = {*SocketAddress::parseIp(u"192.0.2.1"), *SocketAddress::parseIp(u"192.0.2.2")};
    Balancer shared(c);
    QVERIFY(shared.isValid());
    QCOMPARE(static_cast<const ConsistentHash &>(shared.method()).ring().size(), 320);
    // Find a client whose point belongs to the name; its requests alternate between the addresses.
    for (int i = 1; i < 50; ++i) {
        const Request r = simtest::request(QStringLiteral("10.0.%1.1").arg(i));
        const QString first = simtest::pick(shared, r);
        if (!first.startsWith(u"192.0.2."))
            continue;
        QCOMPARE(first, QStringLiteral("192.0.2.1:8080"));
        QCOMPARE(simtest::pick(shared, r), QStringLiteral("192.0.2.2:8080"));
        QCOMPARE(simtest::pick(shared, r), QStringLiteral("192.0.2.1:8080"));
        return;
    }
    QFAIL("no client hashed to the shared name");
}

QTEST_GUILESS_MAIN(tst_HashMethods)
#include "tst_hashmethods.moc"
