// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/proxypass.h"
#include "simtest.h"

using namespace gw::sim;
using simtest::host;

namespace {

constexpr qint64 T0 = 1'767'225'600'000; // 2026-01-01 00:00:00 UTC, in ms

const QByteArray sid1 = "1484b8b3753313249a03bcfd7b96938d"; // md5("10.0.0.1:80")
const QByteArray sid2 = "02bf6c443706f2465311f42c387f9d65"; // md5("10.0.0.2:80")
const QByteArray sid3 = "0e6c7216448f123fa30077444fb1651c"; // md5("10.0.0.3:80")

const QString three = QStringLiteral("server 10.0.0.1; server 10.0.0.2; server 10.0.0.3;\n");

Request withCookie(const QByteArray &cookie, const QByteArray &target = "/")
{
    return simtest::request(QStringLiteral("10.0.0.100"), target, {{"Cookie", cookie}});
}

/** One request; returns the peer's name and stores the Set-Cookie value in \a setCookie. */
QString visit(Balancer &b, const Request &r, QByteArray *setCookie = nullptr, qint64 nowMs = T0,
              Explanation *why = nullptr)
{
    RequestState state;
    b.begin(state, r);
    const Selection s = b.select(state, nowMs, why);
    if (setCookie)
        *setCookie = s.setCookie;
    if (s.isBusy())
        return QStringLiteral("busy");
    b.release(state, Outcome::Success, nowMs);
    return b.peers().info(s.peer).name;
}

} // namespace

/** sticky cookie, route and learn. */
class tst_Sticky : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serverIds();
    void cookieFormat_data();
    void cookieFormat();
    void cookieHonoured();
    void roundRobinAccountsStickyPicks();
    void rebalancedWhenBoundPeerUnavailable();
    void retryRewritesTheCookie();
    void backupSidOnlyAfterFallover();
    void otherMethods_data();
    void otherMethods();
    void route();
    void learn();
    void learnOnHeaderAndCapacity();
};

void tst_Sticky::serverIds()
{
    Balancer b(simtest::upstream(QStringLiteral("server 127.0.0.1:8081; server 10.0.0.1; server [::1]:8080;"
                                                "server unix:/tmp/app.sock; server 10.0.0.2 route=blue;")));
    QCOMPARE(b.peers().info(0).sid, QByteArray("df2b80dc43705d28db9be6f29fe58da3"));
    QCOMPARE(b.peers().info(1).sid, sid1);
    QCOMPARE(b.peers().info(2).sid, QByteArray("1c2e56fe441d2a91a692b6e4ac8b5c9b"));
    QCOMPARE(b.peers().info(3).sid, QByteArray("410d8a991bab3dc3d1c36d632e2f9761"));
    QCOMPARE(b.peers().info(4).sid, QByteArray("blue"));
}

void tst_Sticky::cookieFormat_data()
{
    QTest::addColumn<QString>("sticky");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray c = "srv_id=" + sid1;
    QTest::newRow("session") << "sticky cookie srv_id;" << QByteArray("/") << c;
    QTest::newRow("expires=1h") << "sticky cookie srv_id expires=1h;" << QByteArray("/")
                                << c + "; expires=Thu, 01-Jan-26 01:00:00 GMT; max-age=3600";
    QTest::newRow("expires=24h path")
        << "sticky cookie cookie-tea expires=24h path=/tea;" << QByteArray("/tea")
        << "cookie-tea=" + sid1 + "; expires=Fri, 02-Jan-26 00:00:00 GMT; max-age=86400; path=/tea";
    QTest::newRow("expires=max") << "sticky cookie srv_id expires=max;" << QByteArray("/")
                                 << c + "; expires=Thu, 31-Dec-37 23:55:55 GMT; max-age=315360000";
    QTest::newRow("path") << "sticky cookie srv_id path=/;" << QByteArray("/") << c + "; path=/";
    QTest::newRow("all, in nginx's order")
        << "sticky cookie srv_id path=/app samesite=Lax secure httponly domain=.example.com expires=1m;"
        << QByteArray("/")
        << c +
            "; expires=Thu, 01-Jan-26 00:01:00 GMT; max-age=60; domain=.example.com; httponly; "
            "secure; samesite=Lax; path=/app";
    QTest::newRow("domain variable") << "sticky cookie srv_id domain=$host;" << QByteArray("/")
                                     << c + "; domain=cafe.example.com";
    QTest::newRow("samesite variable")
        << "sticky cookie srv_id samesite=$arg_ss;" << QByteArray("/?ss=None") << c + "; samesite=None";
    QTest::newRow("samesite invalid")
        << "sticky cookie srv_id samesite=$arg_ss;" << QByteArray("/?ss=bogus") << c + "; samesite=strict";
    QTest::newRow("samesite empty") << "sticky cookie srv_id samesite=$arg_ss;" << QByteArray("/") << c;
}

void tst_Sticky::cookieFormat()
{
    QFETCH(QString, sticky);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2;\n") + sticky));
    QByteArray setCookie;
    QCOMPARE(visit(b, simtest::request(QStringLiteral("10.0.0.100"), target), &setCookie), host(1));
    QCOMPARE(setCookie, expected);
}

void tst_Sticky::cookieHonoured()
{
    Balancer b(simtest::upstream(three + QStringLiteral("sticky cookie srv_id;")));
    QByteArray setCookie;
    Explanation why;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(visit(b, withCookie("srv_id=" + sid3), &setCookie, T0, &why), host(3));
        // nginx writes the cookie on every selection, also when it was honoured.
        QCOMPARE(setCookie, "srv_id=" + sid3);
        QVERIFY(why.sticky.honoured);
        QCOMPARE(why.sticky.id, sid3);
        QCOMPARE(why.sticky.sid, sid3); // owned by the explanation, not by the finished request
    }
    // Without a cookie: balanced, and the cookie names the chosen peer.
    QCOMPARE(visit(b, simtest::request(QStringLiteral("10.0.0.100")), &setCookie, T0, &why), host(1));
    QCOMPARE(setCookie, "srv_id=" + sid1);
    QVERIFY(!why.sticky.honoured);
    QVERIFY(
        why.describe(b.peers()).contains(QStringLiteral("Set-Cookie: srv_id=") + QString::fromLatin1(sid1)));
}

void tst_Sticky::roundRobinAccountsStickyPicks()
{
    Balancer b(simtest::upstream(three + QStringLiteral("sticky cookie srv_id;")));
    const auto cw = [&] {
        return QList<int> {b.peers().peer(0).currentWeight, b.peers().peer(1).currentWeight,
                           b.peers().peer(2).currentWeight};
    };
    // The first sticky pick runs the weighted pass; the sticky peer pays the total.
    Explanation why;
    QCOMPARE(visit(b, withCookie("srv_id=" + sid1), nullptr, T0, &why), host(1));
    QCOMPARE(cw(), QList<int>({-2, 1, 1}));
    QVERIFY(!why.sticky.weightsKept);
    // Now at the low limit -(total_weight - weight) = -2: further sticky picks leave the weights alone.
    QCOMPARE(visit(b, withCookie("srv_id=" + sid1), nullptr, T0, &why), host(1));
    QVERIFY(why.sticky.weightsKept);
    QCOMPARE(cw(), QList<int>({-2, 1, 1}));
    // A sticky pick against the rotation: 10.0.0.3 pays although 10.0.0.2 would have won.
    QCOMPARE(visit(b, withCookie("srv_id=" + sid3)), host(3));
    QCOMPARE(cw(), QList<int>({-1, 2, -1}));
    // Plain requests continue the rotation from there.
    QCOMPARE(visit(b, simtest::request(QStringLiteral("10.0.0.100"))), host(2));
    QCOMPARE(cw(), QList<int>({0, 0, 0}));
}

void tst_Sticky::rebalancedWhenBoundPeerUnavailable()
{
    // Bound to a down server: balanced as if unbound, and a new cookie.
    Balancer down(
        simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2 down;\nsticky cookie srv_id;")));
    QByteArray setCookie;
    Explanation why;
    QCOMPARE(visit(down, withCookie("srv_id=" + sid2), &setCookie, T0, &why), host(1));
    QCOMPARE(setCookie, "srv_id=" + sid1);
    QCOMPARE(why.sticky.peer, 1);
    QCOMPARE(why.sticky.verdict, Explanation::Verdict::Down);

    // Bound to a failed server (max_fails within fail_timeout): the same, until it recovers.
    Balancer b(simtest::upstream(three + QStringLiteral("sticky cookie srv_id;")));
    ProxyPass pass(b);
    const Request bound = withCookie("srv_id=" + sid2);
    const auto serve = [&](PeerId id) { return id == 1 ? TryResult::Refused : TryResult::Ok; };
    ProxyResult result = pass.run(bound, T0, serve);
    QCOMPARE(result.upstreamAddr, QStringLiteral("10.0.0.2:80, 10.0.0.1:80"));
    QCOMPARE(result.setCookie, "srv_id=" + sid1);
    QCOMPARE(visit(b, bound, &setCookie, T0 + 1000, &why), host(3));
    QCOMPARE(why.sticky.verdict, Explanation::Verdict::Failed);
    QCOMPARE(visit(b, bound, &setCookie, T0 + 11000), host(2)); // probed after fail_timeout: it answers
    QCOMPARE(setCookie, "srv_id=" + sid2);

    // A server that is gone (the cookie names no peer): balanced normally.
    const QString balanced =
        visit(b, withCookie("srv_id=00000000000000000000000000000000"), &setCookie, T0 + 12000, &why);
    QCOMPARE(balanced, b.peers().info(why.chosen).name);
    QCOMPARE(why.sticky.verdict, Explanation::Verdict::Unknown);
    QVERIFY(!why.sticky.honoured);
}

void tst_Sticky::retryRewritesTheCookie()
{
    Balancer b(simtest::upstream(three + QStringLiteral("sticky cookie srv_id path=/;")));
    std::vector<Explanation> why;
    ProxyPass pass(b);
    const ProxyResult r = pass.run(
        withCookie("srv_id=" + sid3), T0,
        [](PeerId id) { return id == 2 ? TryResult::Refused : TryResult::Ok; }, &why);
    QCOMPARE(r.status, 200);
    QCOMPARE(why.size(), size_t(2));
    QCOMPARE(why[0].setCookie, "srv_id=" + sid3 + "; path=/");
    QCOMPARE(r.setCookie, "srv_id=" + sid1 + "; path=/"); // the last try's cookie wins
}

void tst_Sticky::backupSidOnlyAfterFallover()
{
    Balancer b(
        simtest::upstream(QStringLiteral("server 10.0.0.1; server 10.0.0.2 backup; server 10.0.0.3 backup;\n"
                                         "sticky cookie srv_id;")));
    // The backup's SID is not on the primary list.
    QCOMPARE(visit(b, withCookie("srv_id=" + sid3)), host(1));
    // When the primary fails, the request moves to the backups and the cookie is honoured there.
    ProxyPass pass(b);
    const ProxyResult r = pass.run(withCookie("srv_id=" + sid3), T0,
                                   [](PeerId id) { return id == 0 ? TryResult::Refused : TryResult::Ok; });
    QCOMPARE(r.upstreamAddr, QStringLiteral("10.0.0.1:80, 10.0.0.3:80"));
}

void tst_Sticky::otherMethods_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("least_conn") << "least_conn;";
    QTest::newRow("ip_hash") << "ip_hash;";
    QTest::newRow("hash") << "hash $remote_addr;";
    QTest::newRow("consistent") << "hash $remote_addr consistent;";
    QTest::newRow("random") << "random;";
    QTest::newRow("random two least_conn") << "random two least_conn;";
}

void tst_Sticky::otherMethods()
{
    QFETCH(QString, method);
    Balancer b(simtest::upstream(method + three + QStringLiteral("sticky cookie srv_id;")), 1);
    for (const QByteArray &sid : {sid1, sid2, sid3}) {
        Explanation why;
        QByteArray setCookie;
        const QString name = visit(b, withCookie("srv_id=" + sid), &setCookie, T0, &why);
        QCOMPARE(b.peers().info(why.chosen).sid, sid);
        QCOMPARE(setCookie, "srv_id=" + sid);
        QVERIFY(why.sticky.honoured);
        QVERIFY(why.hashSteps.empty() && why.ringSteps.empty() && why.draws.empty());
        QVERIFY(!name.isEmpty());
    }
    // The sticky picks left the round-robin state alone.
    for (PeerId p = 0; p < 3; ++p)
        QCOMPARE(b.peers().peer(p).currentWeight, 0);
}

void tst_Sticky::route()
{
    Balancer b(simtest::upstream(QStringLiteral("server 10.0.0.1 route=a; server 10.0.0.2 route=b;\n"
                                                "sticky route $cookie_route $arg_route;")));
    QByteArray setCookie = "unset";
    QCOMPARE(visit(b, simtest::request(QStringLiteral("10.0.0.100"), "/?route=b"), &setCookie), host(2));
    QVERIFY(setCookie.isEmpty()); // the application sets its own cookie
    // The first non-empty variable wins.
    QCOMPARE(visit(b, withCookie("route=a", "/?route=b")), host(1));
    QCOMPARE(visit(b, withCookie("route=", "/?route=b")), host(2));
    // An unknown route: normal balancing.
    QCOMPARE(visit(b, simtest::request(QStringLiteral("10.0.0.100"), "/?route=zzz")), host(1));
}

void tst_Sticky::learn()
{
    Balancer b(simtest::upstream(three +
                                 QStringLiteral("sticky learn create=$upstream_cookie_examplecookie "
                                                "lookup=$cookie_examplecookie zone=client_sessions:1m "
                                                "timeout=1m;")));
    QCOMPARE(b.sticky().sessions().capacity(), 8192);
    // The first response creates the session for the peer that served it.
    Response created;
    created.headers = {{"Set-Cookie", "EXAMPLECOOKIE=s1; Path=/"}};
    RequestState state;
    const Request first = simtest::request(QStringLiteral("10.0.0.100"));
    b.begin(state, first);
    QCOMPARE(b.select(state, T0).peer, 0);
    b.release(state, Outcome::Success, T0, &created);
    QCOMPARE(b.sticky().sessions().size(), 1);

    // Requests carrying the session go to that peer; round robin would have said 10.0.0.2.
    const Request session = withCookie("examplecookie=s1");
    Explanation why;
    QCOMPARE(visit(b, session, nullptr, T0 + 1000, &why), host(1));
    QCOMPARE(why.sticky.id, QByteArray("s1"));
    QCOMPARE(why.sticky.sid, sid1);
    QVERIFY(why.sticky.honoured);
    // Each use refreshes it: it outlives the timeout counted from creation…
    QCOMPARE(visit(b, session, nullptr, T0 + 50000), host(1));
    QCOMPARE(visit(b, session, nullptr, T0 + 100000), host(1));
    // …and a session served by another peer is re-pointed to it.
    ProxyPass pass(b);
    const ProxyResult moved = pass.run(
        session, T0 + 101000, [](PeerId id) { return id == 0 ? TryResult::Refused : TryResult::Ok; });
    QCOMPARE(moved.status, 200);
    const QString servedBy = b.peers().info(moved.peer).name;
    QCOMPARE(visit(b, session, nullptr, T0 + 102000), servedBy);
    // A minute without use: expired, balanced like a new client.
    const QString balanced = visit(b, session, nullptr, T0 + 102000 + 60000, &why);
    QCOMPARE(balanced, b.peers().info(why.chosen).name);
    QVERIFY(why.sticky.sid.isNull());
    QCOMPARE(why.describe(b.peers()).first(),
             QStringLiteral("sticky: id \"s1\": no session is known for it"));
    QCOMPARE(b.sticky().sessions().size(), 0);
}

void tst_Sticky::learnOnHeaderAndCapacity()
{
    Balancer b(simtest::upstream(three +
                                 QStringLiteral("sticky learn create=$upstream_http_x_session "
                                                "lookup=$http_x_session zone=z:32k header;")));
    QCOMPARE(b.sticky().sessions().capacity(), 256);
    // With `header` the session exists as soon as the response header arrives, before release.
    RequestState state;
    const Request r = simtest::request(QStringLiteral("10.0.0.100"));
    b.begin(state, r);
    const PeerId served = b.select(state, T0).peer;
    Response response;
    response.headers = {{"X-Session", "h1"}};
    b.headerReceived(state, response, T0);
    QCOMPARE(b.sticky().sessions().size(), 1);
    const Request again = simtest::request(QStringLiteral("10.0.0.100"), "/", {{"X-Session", "h1"}});
    QCOMPARE(visit(b, again, nullptr, T0), b.peers().info(served).name);
    b.release(state, Outcome::Success, T0);

    // A full zone drops the least recently used session.
    for (int i = 0; i < 300; ++i) {
        RequestState s;
        b.begin(s, r);
        b.select(s, T0 + i);
        Response created;
        created.headers = {{"X-Session", "s" + QByteArray::number(i)}};
        b.headerReceived(s, created, T0 + i);
        b.release(s, Outcome::Success, T0 + i);
    }
    QCOMPARE(b.sticky().sessions().size(), 256);
}

QTEST_GUILESS_MAIN(tst_Sticky)
#include "tst_sticky.moc"
