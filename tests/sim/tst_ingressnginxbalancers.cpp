// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// ingress-nginx's Lua balancers against vectors that ingress-nginx's own Lua code produced, run
// under Debian's LuaJIT with lua-resty-balancer's chash.c compiled by gcc
// (tests/sim/ingressnginx/generate-vectors.sh; the vectors are in data/ingressnginx-vectors.txt).
// Every vector here was checked against that run; values hand-computed from the Lua sources are checked too
// where the test says so.
#include "sim/crc32.h"
#include "sim/ingressnginx/luachash.h"
#include "sim/ingressnginx/luachashsubset.h"
#include "sim/ingressnginx/luaewma.h"
#include "sim/ingressnginx/luarandom.h"
#include "sim/ingressnginx/luaroundrobin.h"
#include "sim/ingressnginx/luasticky.h"
#include "sim/ingressnginx/restychash.h"

#include <QFile>
#include <QTest>

using namespace gw::sim;
using namespace gw::sim::ingressnginx;

namespace {

constexpr double Now = 1767225600.123; // vectors.lua NOW
constexpr int Pid = 4242;

QList<QStringList> vectors(const QString &kind)
{
    static QList<QStringList> all = [] {
        QList<QStringList> lines;
        QFile f(QStringLiteral(GW_TEST_DATA_DIR "/ingressnginx-vectors.txt"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the vectors");
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.isEmpty())
                lines << QString::fromUtf8(line).split(u'\t');
        }
        return lines;
    }();
    QList<QStringList> out;
    for (const QStringList &l : all) {
        if (l.value(0) == kind)
            out << l;
    }
    return out;
}

std::vector<LuaEndpoint> endpointsFromIds(const QString &ids)
{
    std::vector<LuaEndpoint> out;
    for (const QString &id : ids.split(u',')) {
        LuaEndpoint e;
        e.address = id.section(u':', 0, 0);
        e.port = id.section(u':', 1).toInt();
        out.push_back(e);
    }
    return out;
}

std::vector<LuaEndpoint> endpoints(int n)
{
    QStringList ids;
    for (int i = 1; i <= n; ++i)
        ids << QStringLiteral("10.0.0.%1:8080").arg(i);
    return endpointsFromIds(ids.join(u','));
}

LuaBackend backend(std::vector<LuaEndpoint> endpoints)
{
    LuaBackend b;
    b.name = QStringLiteral("default-shop-8080");
    b.endpoints = std::move(endpoints);
    return b;
}

LuaWorker worker(double seed, EwmaStore *store = nullptr)
{
    LuaWorker w;
    w.pid = Pid;
    w.random.seed_(seed);
    w.ewma = store;
    w.now = Now;
    return w;
}

LuaTry attempt(const Request &request)
{
    LuaTry t;
    t.request = &request;
    t.host = QStringLiteral("shop.example.com");
    t.serverName = t.host;
    t.locationPath = QStringLiteral("/");
    t.https = true;
    t.now = Now;
    t.nowSeconds = qint64(Now);
    return t;
}

} // namespace

class TestIngressNginxBalancers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void luaRandom()
    {
        const QList<QStringList> rows = vectors(QStringLiteral("random"));
        QCOMPARE(rows.size(), 6);
        for (const QStringList &row : rows) {
            LuaRandom r(row[1].toDouble());
            const QStringList expected = row[2].split(u' ');
            QStringList got;
            for (int i = 0; i < 8; ++i)
                got << QString::asprintf("%.17g", r.random());
            got << QString::number(r.random(999999)) << QString::number(r.random(3))
                << QString::number(r.random(2, 5));
            QCOMPARE(got, expected);
        }
    }

    void luaNumbers()
    {
        const QStringList row = vectors(QStringLiteral("tostring")).value(0);
        QCOMPARE(luaNumber(Now + 1), row[1]);
        QCOMPARE(luaNumber(Now + 20), row[2]);
        QCOMPARE(luaNumber(1767225601), row[3]);
        QCOMPARE(luaNumber(183756), row[4]);
    }

    void chashRing()
    {
        // A hand computation (a Python transcription of chash.c): the first points of 10.0.0.1:8080.
        const std::vector<quint32> first = RestyChash::pointHashes("10.0.0.1:8080", 3);
        QCOMPARE(first, (std::vector<quint32> {1257574595u, 3454619437u, 151149429u}));

        const std::vector<std::pair<QString, std::vector<QString>>> rings = {
            {QStringLiteral("3"),
             {QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.2:8080"),
              QStringLiteral("10.0.0.3:8080")}},
            {QStringLiteral("4"),
             {QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.2:8080"),
              QStringLiteral("10.0.0.3:8080"), QStringLiteral("10.0.0.4:8080")}},
            {QStringLiteral("2+"),
             {QStringLiteral("10.0.0.3:8080"), QStringLiteral("10.0.0.1:8080"),
              QStringLiteral("10.0.0.2:8080")}},
        };
        int checked = 0;
        for (const auto &[name, ids] : rings) {
            const RestyChash ring(ids);
            for (const QStringList &row : vectors(QStringLiteral("chash-ring"))) {
                if (row[1] != name)
                    continue;
                QCOMPARE(int(ring.points().size()), row[2].toInt());
                QStringList got;
                for (const RestyChash::Point &p : ring.points())
                    got << QString::number(p.hash) + u':' + ring.ids()[p.id - 1];
                QCOMPARE(got.join(u' '), row[3]);
                ++checked;
            }
            for (const QStringList &row : vectors(QStringLiteral("chash-find"))) {
                if (row[1] != name)
                    continue;
                QCOMPARE(ring.find(row[2].toUtf8()), row[3]);
                ++checked;
            }
        }
        QCOMPARE(checked, 3 * 206);
        // Hand-computed examples: user42 -> .2, alice -> .3, /checkout -> .1, "" -> .1 (point 0).
        const RestyChash three(rings[0].second);
        QCOMPARE(three.find("user42"), QStringLiteral("10.0.0.2:8080"));
        QCOMPARE(three.find("alice"), QStringLiteral("10.0.0.3:8080"));
        QCOMPARE(three.find("/checkout"), QStringLiteral("10.0.0.1:8080"));
        QCOMPARE(three.find(""), QStringLiteral("10.0.0.1:8080"));
        QCOMPARE(three.points().front().hash, 1390174u);
    }

    void sortEqualHashes()
    {
        // chash_point_sort on equal hashes keeps insertion order (the transcription, not a run).
        std::vector<RestyChash::Point> points = {{5, 1}, {5, 2}, {3, 3}, {5, 4}, {0xffffffffu, 5}, {0, 6}};
        RestyChash::sortPoints(points);
        QCOMPARE(points[0].id, 6u);
        QCOMPARE(points[1].id, 3u);
        QCOMPARE(points[2].id, 1u);
        QCOMPARE(points[3].id, 2u);
        QCOMPARE(points[4].id, 4u);
        QCOMPARE(points[5].id, 5u);
    }

    void roundRobin()
    {
        const QList<QStringList> first = vectors(QStringLiteral("rr"));
        const QList<QStringList> synced = vectors(QStringLiteral("rr-sync"));
        QCOMPARE(first.size(), 3);
        for (int i = 0; i < first.size(); ++i) {
            // The vector's table order: the random start walks util.get_nodes' table, find() the copy.
            QCOMPARE(first[i][2], first[i][3]);
            QCOMPARE(synced[i][2], synced[i][3]);
            LuaWorker w = worker(first[i][1].toDouble());
            LuaRoundRobin rr(backend(endpointsFromIds(first[i][2])), w);
            Request request;
            LuaTry t = attempt(request);
            QStringList picks;
            for (int k = 0; k < 7; ++k)
                picks << rr.balance(t, w);
            QCOMPARE(picks.join(u','), first[i][4]);
            rr.sync(backend(endpointsFromIds(synced[i][2])), w);
            picks.clear();
            for (int k = 0; k < 9; ++k)
                picks << rr.balance(t, w);
            QCOMPARE(picks.join(u','), synced[i][4]);
        }
    }

    void ewma()
    {
        const QHash<QString, double> rtt = {{QStringLiteral("10.0.0.1:8080"), 0.050},
                                            {QStringLiteral("10.0.0.2:8080"), 0.200},
                                            {QStringLiteral("10.0.0.3:8080"), 0.100},
                                            {QStringLiteral("10.0.0.4:8080"), 0.010}};
        const QList<QStringList> rows = vectors(QStringLiteral("ewma"));
        QCOMPARE(rows.size(), 2);
        for (const QStringList &row : rows) {
            EwmaStore store;
            LuaWorker w = worker(row[1].toDouble(), &store);
            LuaEwma b(backend(endpoints(3)), w);
            QStringList picks;
            Request request;
            for (int i = 1; i <= 12; ++i) {
                const double now = Now + i * 0.1;
                QSet<QString> tried;
                LuaTry t = attempt(request);
                t.now = now;
                t.ewmaTried = &tried;
                const QString p = b.balance(t, w);
                picks << p;
                b.afterBalance(p, rtt.value(p), now, w);
                if (i == 8) {
                    w.now = now;
                    b.sync(backend(endpoints(4)), w);
                }
            }
            QCOMPARE(picks.join(u','), row[2]);
            QStringList scores;
            for (int i = 1; i <= 4; ++i) {
                const QString k = QStringLiteral("10.0.0.%1:8080").arg(i);
                const auto it = store.stats.constFind(k);
                scores << k + u'=' +
                        QString::asprintf("%.17g", it == store.stats.constEnd() ? -1 : it->ewma) + u'@' +
                        QString::asprintf("%.17g", it == store.stats.constEnd() ? -1 : it->lastTouched);
            }
            // Scores agree to the last digit but two: LuaJIT's exp() and glibc's may round apart.
            const QStringList expected = row[3].split(u' ');
            for (int i = 0; i < 4; ++i) {
                QCOMPARE(scores[i].section(u'=', 0, 0), expected[i].section(u'=', 0, 0));
                const double a = scores[i].section(u'=', 1).section(u'@', 0, 0).toDouble();
                const double e = expected[i].section(u'=', 1).section(u'@', 0, 0).toDouble();
                QVERIFY2(std::abs(a - e) <= 1e-12 * std::max(1.0, std::abs(e)),
                         qPrintable(scores[i] + u" vs " + expected[i]));
            }
        }
    }

    void chashKeys()
    {
        LuaWorker w = worker(1);
        LuaBackend b = backend(endpoints(3));
        b.hashBy = QStringLiteral("$request_uri-${http_x_user}x");
        LuaChash chash(b, w);
        const QList<QStringList> rows = vectors(QStringLiteral("chash-var"));
        QCOMPARE(rows.size(), 6);
        for (const QStringList &row : rows) {
            Request request;
            request.target = row[1].toUtf8();
            if (row[2] != u"false")
                request.headers.push_back({"X-User", row[2].toUtf8()});
            LuaTry t = attempt(request);
            QCOMPARE(chash.balance(t, w), row[3]);
        }
        // A missing variable contributes nothing: the key is "/a-x".
        Request request;
        request.target = "/a";
        QCOMPARE(LuaChash::evaluateKey(b.hashBy, request, QStringLiteral("h")), QByteArray("/a-x"));
    }

    void chashSubset()
    {
        const QList<QStringList> rows = vectors(QStringLiteral("chashsubset"));
        QCOMPARE(rows.size(), 2);
        for (const QStringList &row : rows) {
            LuaWorker w = worker(row[1].toDouble());
            LuaBackend b = backend(endpoints(7));
            b.hashBy = QStringLiteral("$request_uri");
            b.hashBySubset = true;
            b.subsetSize = 3;
            LuaChashSubset subset(b, w);
            const auto sets = LuaChashSubset::subsets(b.endpoints, 3);
            QStringList got;
            for (size_t i = 0; i < sets.size(); ++i) {
                QStringList ids;
                for (const LuaEndpoint &e : sets[i])
                    ids << e.id();
                got << QStringLiteral("set%1=").arg(i + 1) + ids.join(u',');
            }
            QCOMPARE(got.join(u' '), row[2]);
            QStringList picks;
            for (const char *uri : {"/a", "/b", "/a", "/c", "/a", "/d", "/b"}) {
                Request request;
                request.target = uri;
                LuaTry t = attempt(request);
                picks << QString::fromLatin1(uri) + u'=' + subset.balance(t, w);
            }
            QCOMPARE(picks.join(u' '), row[3]);
        }
    }

    void sticky_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("balanced") << QStringLiteral("sticky-balanced");
        QTest::newRow("persistent") << QStringLiteral("sticky-persistent");
    }

    void sticky()
    {
        QFETCH(QString, kind);
        const bool persistent = kind.endsWith(u"persistent");
        const QList<QStringList> rows = vectors(kind);
        QCOMPARE(rows.size(), 2 * 3 * 4);
        auto stickyBackend = [&](const QString &ids) {
            LuaBackend b = backend(ids.isEmpty() || ids == u"-" ? endpoints(3) : endpointsFromIds(ids));
            b.affinityType = QStringLiteral("cookie");
            b.affinityMode = persistent ? QStringLiteral("persistent") : QStringLiteral("balanced");
            b.cookie.name = QStringLiteral("SHOPID");
            b.cookie.expires = QStringLiteral("172800");
            b.cookie.maxAge = QStringLiteral("3600");
            b.cookie.sameSite = QStringLiteral("Lax");
            b.cookie.locations.insert(QStringLiteral("shop.example.com"), {QStringLiteral("/")});
            return b;
        };
        int checked = 0;
        for (const QString &seed : {QStringLiteral("5"), QStringLiteral("42")}) {
            QList<QStringList> mine;
            for (const QStringList &r : rows) {
                if (r[1] == seed)
                    mine << r;
            }
            // Row: kind seed round step cookie map-order pick set-cookie-fields. The map order is
            // the table order of the persistent node map when the row ran (unknowable in nginx).
            LuaWorker w = worker(seed.toDouble());
            LuaSticky b(persistent ? LuaSticky::Mode::Persistent : LuaSticky::Mode::Balanced,
                        stickyBackend(mine[0][5]), w);
            for (int i = 0; i < mine.size(); ++i) {
                const QStringList &r = mine[i];
                const QString step = r[3];
                if (step == u"scaled")
                    b.sync(stickyBackend(persistent ? r[5]
                                                    : QStringLiteral("10.0.0.1:8080,10.0.0.2:8080,"
                                                                     "10.0.0.3:8080,10.0.0.4:8080")),
                           w);
                Request request;
                if (r[4] != u"-")
                    request.headers.push_back({"Cookie", "SHOPID=" + r[4].toUtf8()});
                LuaTry t = attempt(request);
                if (step == u"retry") {
                    t.lastFailed = true;
                    t.upstreamAddr << b.balance(t, w);
                    t.setCookie.clear();
                }
                QCOMPARE(b.balance(t, w), r[6]);
                if (r[7] == u"-") {
                    QVERIFY(t.setCookie.isEmpty());
                } else {
                    // key|value|path|expires|max_age|domain|secure|httponly|samesite as sticky.lua set them;
                    // lua-resty-cookie bakes them in this order.
                    const QStringList f = r[7].split(u'|');
                    const QByteArray expected =
                        (f[0] + u'=' + f[1] + u'|' + f[2] + u"; Expires=" + f[4] + u"; Max-Age=" + f[5] +
                         u"; Path=" + f[3] + u"; Secure; HttpOnly; SameSite=" + f[9])
                            .toUtf8();
                    QCOMPARE(f[6], QStringLiteral("nil")); // no domain
                    QCOMPARE(t.setCookie, expected);
                }
                // Back to three endpoints, in the table order the next round's map had.
                if (step == u"retry" && i + 1 < mine.size())
                    b.sync(stickyBackend(mine[i + 1][5]), w);
                ++checked;
            }
        }
        QCOMPARE(checked, 24);
    }

    void keys()
    {
        // Values computed by hand from the Lua code, and the run's.
        QCOMPARE(LuaSticky::backendKey(QStringLiteral("default-shop-8080")),
                 QByteArray("a9f585c7e70a6c185ed796d32a54cc8a"));
        QCOMPARE(vectors(QStringLiteral("backend-key")).value(0).value(2),
                 QStringLiteral("a9f585c7e70a6c185ed796d32a54cc8a"));
        QCOMPARE(LuaSticky::nodeKey(QStringLiteral("default-shop-8080"), QStringLiteral("10.0.0.1:8080")),
                 QByteArray("314e05aafdcdf5b34a3aeabb2d4f67cf"));
        QCOMPARE(vectors(QStringLiteral("node-key")).value(0).value(3),
                 QStringLiteral("314e05aafdcdf5b34a3aeabb2d4f67cf"));
        QCOMPARE(LuaSticky::parseCookie("||abc|def"), std::make_pair(QByteArray("abc"), QByteArray("def")));
    }
};

QTEST_GUILESS_MAIN(TestIngressNginxBalancers)
#include "tst_ingressnginxbalancers.moc"
