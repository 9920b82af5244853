// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// limit_req: the leaky buckets of ngx_http_limit_req_module (LimitReqZones: burst, delay=, nodelay, dry
// run, two zones, r/m rates, clock steps), the directives' checks and their merge (LimitReq), and the
// preaccess phase in the router (keys evaluated, `return` first, empty keys, `if` blocks).
// tst_limitreqoracle checks the same against a real nginx.
#include "nginx/limitreqzones.h"
#include "routertesthelpers.h"

#include <QTest>

using namespace gw::nginx;
using namespace gw::nginx::test;

namespace {

LimitReqCheck::Limit limit(const QByteArray &zone, qint64 ratePerSecondMilli, int burst = 0, qint64 delay = 0,
                           const QByteArray &key = "client")
{
    LimitReqCheck::Limit l;
    l.zone = zone;
    l.zoneSize = 10 * 1024 * 1024;
    l.key = key;
    l.rate = ratePerSecondMilli;
    l.burst = burst * 1000;
    l.delay = delay;
    return l;
}

LimitReqCheck check(std::vector<LimitReqCheck::Limit> limits, bool dryRun = false, int status = 503)
{
    LimitReqCheck c;
    c.limits = std::move(limits);
    c.dryRun = dryRun;
    c.status = status;
    return c;
}

/** "PASSED", "DELAYED 100", "REJECTED 503" */
QString run(LimitReqZones &zones, const LimitReqCheck &c, qint64 at)
{
    const LimitReqZones::Outcome o = zones.apply(c, at);
    QString s = o.variable();
    if (o.kind == LimitReqZones::Outcome::Kind::Delayed)
        s += u' ' + QString::number(o.delayMs);
    if (o.status)
        s += u' ' + QString::number(o.status);
    return s;
}

constexpr qint64 nodelay = std::numeric_limits<qint64>::max() / 1000 * 1000;

const QByteArray server = "limit_req_zone $binary_remote_addr zone=ten:10m rate=10r/s;\n"
                          "limit_req_zone $http_x_key zone=bykey:1m rate=30r/m;\n"
                          "server {\n"
                          "    listen 80;\n"
                          "    listen [::]:80;\n"
                          "    server_name example.com;\n"
                          "    limit_req zone=ten burst=5;\n"
                          "    limit_req_status 429;\n"
                          "    location /own/ {\n"
                          "        limit_req zone=bykey nodelay;\n"
                          "        limit_req_dry_run on;\n"
                          "        proxy_pass http://127.0.0.1:8080;\n"
                          "    }\n"
                          "    location /two/ {\n"
                          "        limit_req zone=ten burst=2 delay=1;\n"
                          "        limit_req zone=bykey;\n"
                          "        proxy_pass http://127.0.0.1:8080;\n"
                          "    }\n"
                          "    location /inherits/ {\n"
                          "        if ($arg_x) {\n"
                          "            set $y 1;\n"
                          "        }\n"
                          "        proxy_pass http://127.0.0.1:8080;\n"
                          "    }\n"
                          "    location /returns/ {\n"
                          "        return 200 ok;\n"
                          "    }\n"
                          "}\n";

} // namespace

class tst_LimitReq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noBurst();
    void burstDelays();
    void nodelayBurst();
    void delayThreshold();
    void dryRun();
    void twoZones();
    void perMinute();
    void keysAndZonesApart();
    void clockSteps();
    void logLines();
    void compileErrors_data();
    void compileErrors();
    void merge();
    void preaccess();
};

void tst_LimitReq::noBurst()
{
    // rate=10r/s: a request every 100 ms passes; one sooner is rejected and charges nothing.
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000)});
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("REJECTED 503"));
    QCOMPARE(run(zones, c, 50), QStringLiteral("REJECTED 503")); // 0 - 500 + 1000 = 500 > 0
    QCOMPARE(run(zones, c, 99), QStringLiteral("REJECTED 503")); // 10 left
    QCOMPARE(run(zones, c, 100), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 300), QStringLiteral("PASSED"));
}

void tst_LimitReq::burstDelays()
{
    // burst=3 without nodelay: the excess waits (excess * 1000 / rate ms); the fifth at once is rejected.
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000, 3)});
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("DELAYED 100"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("DELAYED 200"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("DELAYED 300"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("REJECTED 503"));
    // 150 ms later 1.5 requests have leaked: 3000 - 1500 + 1000 = 2500 -> 250 ms.
    QCOMPARE(run(zones, c, 150), QStringLiteral("DELAYED 250"));
    // After a long pause the bucket is empty again.
    QCOMPARE(run(zones, c, 10000), QStringLiteral("PASSED"));
}

void tst_LimitReq::nodelayBurst()
{
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000, 3, nodelay)});
    for (int i = 0; i < 4; ++i)
        QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("REJECTED 503"));
    QCOMPARE(run(zones, c, 100), QStringLiteral("PASSED")); // 3000 - 1000 + 1000
    QCOMPARE(run(zones, c, 100), QStringLiteral("REJECTED 503"));
}

void tst_LimitReq::delayThreshold()
{
    // burst=4 delay=2: excess up to 2 passes at once, above it waits (excess - 2000) * 1000 / rate.
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000, 4, 2000)});
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED")); // 1000
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED")); // 2000
    QCOMPARE(run(zones, c, 0), QStringLiteral("DELAYED 100")); // 3000
    QCOMPARE(run(zones, c, 0), QStringLiteral("DELAYED 200")); // 4000
    QCOMPARE(run(zones, c, 0), QStringLiteral("REJECTED 503")); // 5000 > 4000
}

void tst_LimitReq::dryRun()
{
    // A dry run counts (the bucket fills) but never rejects nor delays; a rejection charges nothing.
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000, 1)}, true, 429);
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    const LimitReqZones::Outcome delayed = zones.apply(c, 0);
    QCOMPARE(delayed.variable(), QStringLiteral("DELAYED_DRY_RUN"));
    QCOMPARE(delayed.delayMs, 0);
    QCOMPARE(delayed.excess, 1000);
    const LimitReqZones::Outcome rejected = zones.apply(c, 0);
    QCOMPARE(rejected.variable(), QStringLiteral("REJECTED_DRY_RUN"));
    QCOMPARE(rejected.status, 0);
    QCOMPARE(rejected.excess, 2000);
    // Still 1000 in the bucket: rejected requests were not charged.
    QCOMPARE(zones.apply(c, 0).excess, 2000);
    QCOMPARE(zones.apply(c, 100).variable(), QStringLiteral("DELAYED_DRY_RUN")); // 1000 - 1000 + 1000
}

void tst_LimitReq::twoZones()
{
    // Both limits apply. A rejection by the second leaves the first uncharged; the longest delay wins.
    LimitReqZones zones;
    const LimitReqCheck both = check({limit("a", 1000, 5), limit("b", 1000, 0)});
    const LimitReqCheck onlyA = check({limit("a", 1000, 5)});
    QCOMPARE(run(zones, both, 0), QStringLiteral("PASSED"));
    const LimitReqZones::Outcome o = zones.apply(both, 0);
    QCOMPARE(o.variable(), QStringLiteral("REJECTED"));
    QCOMPARE(o.zone, QByteArray("b"));
    QCOMPARE(run(zones, onlyA, 0), QStringLiteral("DELAYED 1000")); // a: 1000, not 2000
    QCOMPARE(zones.keys("a"), 1);

    LimitReqZones delays;
    const LimitReqCheck fastSlow = check({limit("fast", 10000, 5), limit("slow", 1000, 5)});
    QCOMPARE(run(delays, fastSlow, 0), QStringLiteral("PASSED"));
    const LimitReqZones::Outcome d = delays.apply(fastSlow, 0);
    QCOMPARE(d.variable(), QStringLiteral("DELAYED"));
    QCOMPARE(d.delayMs, 1000); // slow: 1000 * 1000 / 1000; fast would be 100
    QCOMPARE(d.zone, QByteArray("slow"));
    // A new key in the first zone does not change the second's verdict.
    const LimitReqCheck other = check({limit("fast", 10000, 5, 0, "other"), limit("slow", 1000, 0)});
    QCOMPARE(run(delays, other, 0), QStringLiteral("REJECTED 503"));
    QCOMPARE(delays.keys("fast"), 1); // the rejected request left no node for "other"
}

void tst_LimitReq::perMinute()
{
    // rate=30r/m is 500 milli-requests per second: one request every 2 s.
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("m", 30 * 1000 / 60)});
    QCOMPARE(run(zones, c, 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, c, 1000), QStringLiteral("REJECTED 503"));
    QCOMPARE(run(zones, c, 1999), QStringLiteral("REJECTED 503"));
    QCOMPARE(run(zones, c, 2000), QStringLiteral("PASSED"));
}

void tst_LimitReq::keysAndZonesApart()
{
    LimitReqZones zones;
    QCOMPARE(run(zones, check({limit("z", 10000, 0, 0, "a")}), 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, check({limit("z", 10000, 0, 0, "b")}), 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, check({limit("y", 10000, 0, 0, "a")}), 0), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, check({limit("z", 10000, 0, 0, "a")}), 0), QStringLiteral("REJECTED 503"));
    // The same name with another size is another zone (a reload creates it anew).
    LimitReqCheck resized = check({limit("z", 10000, 0, 0, "a")});
    resized.limits[0].zoneSize = 1024 * 1024;
    QCOMPARE(run(zones, resized, 0), QStringLiteral("PASSED"));
    zones.clear();
    QCOMPARE(zones.keys("z"), 0);
}

void tst_LimitReq::clockSteps()
{
    // ms < 0 counts as 0, ms < -60000 as 1 (a clock that went back).
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("z", 10000, 5, nodelay)});
    QCOMPARE(run(zones, c, 100000), QStringLiteral("PASSED"));
    QCOMPARE(zones.apply(c, 99990).excess, 0); // no excess reported when passing with nodelay
    const LimitReqCheck strict = check({limit("s", 10000)});
    QCOMPARE(run(zones, strict, 100000), QStringLiteral("PASSED"));
    QCOMPARE(run(zones, strict, 99000), QStringLiteral("REJECTED 503")); // ms 0: 1000 > 0
    QCOMPARE(run(zones, strict, 30000), QStringLiteral("REJECTED 503")); // ms 1: 1000 - 10 + 1000
}

void tst_LimitReq::logLines()
{
    LimitReqZones zones;
    const LimitReqCheck c = check({limit("zone1", 10000, 1)});
    zones.apply(c, 0);
    QCOMPARE(zones.apply(c, 0).log, QStringLiteral("delaying request, excess: 1.000, by zone \"zone1\""));
    QCOMPARE(zones.apply(c, 50).log, QStringLiteral("limiting requests, excess: 1.500 by zone \"zone1\""));
    const LimitReqCheck dry = check({limit("zone2", 10000)}, true);
    zones.apply(dry, 0);
    QCOMPARE(zones.apply(dry, 0).log,
             QStringLiteral("limiting requests, dry run, excess: 1.000 by zone \"zone2\""));
}

void tst_LimitReq::compileErrors_data()
{
    QTest::addColumn<QByteArray>("http");
    QTest::addColumn<QString>("error");
    const QByteArray zone = "limit_req_zone $binary_remote_addr zone=z:10m rate=1r/s;\n";
    const QByteArray srv = "server { listen 80; location / { %1 proxy_pass http://127.0.0.1:1; } }\n";
    const auto in = [&](const char *directive) -> QByteArray {
        return zone + QByteArray(srv).replace("%1", directive);
    };
    QTest::newRow("bad rate") << QByteArray("limit_req_zone $a zone=z:10m rate=xr/s;\n")
                              << QStringLiteral("invalid rate \"rate=xr/s\"");
    QTest::newRow("zero rate") << QByteArray("limit_req_zone $a zone=z:10m rate=0r/m;\n")
                               << QStringLiteral("invalid rate \"rate=0r/m\"");
    QTest::newRow("no size") << QByteArray("limit_req_zone $a zone=z rate=1r/s;\n")
                             << QStringLiteral("invalid zone size \"zone=z\"");
    QTest::newRow("small") << QByteArray("limit_req_zone $a zone=z:16k rate=1r/s;\n")
                           << QStringLiteral("zone \"zone=z:16k\" is too small");
    QTest::newRow("no zone") << QByteArray("limit_req_zone $a rate=1r/s x=1;\n")
                             << QStringLiteral("invalid parameter \"x=1\"");
    QTest::newRow("twice") << QByteArray(zone + "limit_req_zone $b zone=z:10m rate=2r/s;\n")
                           << QStringLiteral(
                                  "limit_req_zone \"z\" is already bound to key \"$binary_remote_addr\"");
    QTest::newRow("resized") << QByteArray(zone + "limit_req_zone $b zone=z:20m rate=2r/s;\n")
                             << QStringLiteral("the size 20971520 of shared memory zone \"z\" conflicts with "
                                               "already declared size 10485760");
    QTest::newRow("undefined") << in("limit_req zone=other;")
                               << QStringLiteral("zero size shared memory zone \"other\"");
    QTest::newRow("burst 0") << in("limit_req zone=z burst=0;")
                             << QStringLiteral("invalid burst value \"burst=0\"");
    QTest::newRow("delay") << in("limit_req zone=z delay=x;")
                           << QStringLiteral("invalid delay value \"delay=x\"");
    QTest::newRow("param") << in("limit_req zone=z fast;") << QStringLiteral("invalid parameter \"fast\"");
    QTest::newRow("no zone=") << in("limit_req burst=1;")
                              << QStringLiteral("\"limit_req\" must have \"zone\" parameter");
    QTest::newRow("duplicate") << in("limit_req zone=z; limit_req zone=z burst=2;")
                               << QStringLiteral("\"limit_req\" directive is duplicate");
    QTest::newRow("status") << in("limit_req_status 302;")
                            << QStringLiteral("value must be between 400 and 599");
    QTest::newRow("dry run")
        << in("limit_req_dry_run yes;")
        << QStringLiteral("invalid value \"yes\" in \"limit_req_dry_run\" directive, it must be \"on\" or "
                          "\"off\"");
    QTest::newRow("log level") << in("limit_req_log_level debug;")
                               << QStringLiteral("invalid value \"debug\"");
    QTest::newRow("zone in server") << QByteArray("server { limit_req_zone $a zone=z:10m rate=1r/s; }\n")
                                    << QStringLiteral("\"limit_req_zone\" directive is not allowed here");
    QTest::newRow("in if") << in("if ($arg_a) { limit_req zone=z; }")
                           << QStringLiteral("\"limit_req\" directive is not allowed here");
}

void tst_LimitReq::compileErrors()
{
    QFETCH(QByteArray, http);
    QFETCH(QString, error);
    const Router r = httpRouter(http);
    QVERIFY2(errors(r).contains(error), qPrintable(errors(r)));
}

void tst_LimitReq::merge()
{
    const Router r = httpRouter(server);
    QCOMPARE(errors(r), QString());
    // The server's limit_req and limit_req_status.
    RouteResult res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/other")));
    QVERIFY(res.limitReq);
    QCOMPARE(res.limitReq->limits.size(), size_t(1));
    QCOMPARE(res.limitReq->limits[0].zone, QByteArray("ten"));
    QCOMPARE(res.limitReq->limits[0].key, QByteArray::fromHex("7f000001")); // $binary_remote_addr
    QCOMPARE(res.limitReq->limits[0].rate, 10000);
    QCOMPARE(res.limitReq->limits[0].burst, 5000);
    QCOMPARE(res.limitReq->limits[0].delay, 0);
    QCOMPARE(res.limitReq->status, 429);
    QCOMPARE(res.limitReq->dryRun, false);
    // A location's own limit_req replaces the server's; status is inherited, dry run its own.
    Request keyed = get(QStringLiteral("example.com"), QStringLiteral("/own/x"));
    keyed.headers.append({QStringLiteral("X-Key"), QStringLiteral("k1")});
    res = r.route(keyed);
    QVERIFY(res.limitReq);
    QCOMPARE(res.limitReq->limits.size(), size_t(1));
    QCOMPARE(res.limitReq->limits[0].zone, QByteArray("bykey"));
    QCOMPARE(res.limitReq->limits[0].key, QByteArray("k1"));
    QCOMPARE(res.limitReq->limits[0].rate, 500);
    QCOMPARE(res.limitReq->limits[0].delay, nodelay);
    QCOMPARE(res.limitReq->status, 429);
    QCOMPARE(res.limitReq->dryRun, true);
    // Two limits in one location, in order.
    keyed.target = QStringLiteral("/two/x");
    res = r.route(keyed);
    QVERIFY(res.limitReq);
    QCOMPARE(res.limitReq->limits.size(), size_t(2));
    QCOMPARE(res.limitReq->limits[0].zone, QByteArray("ten"));
    QCOMPARE(res.limitReq->limits[0].burst, 2000);
    QCOMPARE(res.limitReq->limits[0].delay, 1000);
    QCOMPARE(res.limitReq->limits[1].zone, QByteArray("bykey"));
}

void tst_LimitReq::preaccess()
{
    const Router r = httpRouter(server);
    // An empty key is not limited: without X-Key /own/ has no limit at all.
    RouteResult res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/own/x")));
    QVERIFY(!res.limitReq);
    QCOMPARE(summary(res), QStringLiteral("proxy 127.0.0.1:8080 /own/x"));
    // Of two limits, the one with an empty key is left out.
    res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/two/x")));
    QVERIFY(res.limitReq);
    QCOMPARE(res.limitReq->limits.size(), size_t(1));
    QCOMPARE(res.limitReq->limits[0].zone, QByteArray("ten"));
    // `return` runs in the rewrite phase, before limit_req.
    res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/returns/x")));
    QVERIFY(!res.limitReq);
    // An `if` block takes its location's settings (the server's, inherited).
    RouteOptions traced;
    traced.trace = true;
    res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/inherits/?x=1")), traced);
    QStringList steps;
    for (const TraceStep &s : res.trace)
        steps << s.message;
    QVERIFY2(res.limitReq, qPrintable(steps.join(u'\n')));
    QCOMPARE(res.limitReq->limits[0].zone, QByteArray("ten"));
    // IPv6 clients: 16 bytes.
    Request v6 = get(QStringLiteral("example.com"), QStringLiteral("/other"));
    v6.clientAddress = QStringLiteral("::1");
    res = r.route(v6);
    QVERIFY(res.limitReq);
    QCOMPARE(res.limitReq->limits[0].key.size(), 16);
    // The trace says what was decided and what is left to the buckets.
    res = r.route(get(QStringLiteral("example.com"), QStringLiteral("/other")), traced);
    bool found = false;
    for (const TraceStep &s : res.trace)
        found =
            found || (s.kind == TraceStep::Kind::Access && s.message.contains(u"zone=ten key 0x7f000001"));
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(tst_LimitReq)
#include "tst_limitreq.moc"
