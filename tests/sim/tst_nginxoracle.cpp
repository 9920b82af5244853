// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The oracle: a private nginx on loopback balances real requests from many source addresses,
// and the simulator must predict every deterministic one exactly — the backend that answered,
// the status and the whole $upstream_addr — and the random methods in distribution.
#include "nginxharness.h"
#include "sim/proxypass.h"
#include "simtest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <list>
#include <map>

using namespace gw::sim;

namespace {

constexpr int LiveBackends = 7;
constexpr int RefusingBackends = 3;
constexpr int InProcessBackends = 3;

/** Chi-square critical value for 2 degrees of freedom at the 0.001 significance level. */
constexpr double ChiSquareCritical = 13.816;
constexpr int RandomSamples = 600;

struct Scenario
{
    QString body; ///< the upstream block's body, ports filled in
    QString location; ///< extra location directives
    bool ipv6 = false; ///< the gateway listens on [::1] and clients come from ::1
    quint16 front = 0;
    std::unique_ptr<Balancer> balancer;
    int requests = 0;
    QStringList mismatches;
};

/** Client addresses 127.A.B.C: many /24s; every tenth shares the /24 of the one before it. */
QString client(int i)
{
    const int k = i % 10 == 9 ? i - 1 : i;
    return QStringLiteral("127.%1.%2.%3").arg(1 + (k * 37) % 250).arg((k * 91) % 256).arg(1 + (i * 13) % 250);
}

/** A backend living in the test process, so it can hold a request ("/slow") until told to answer. */
class HeldBackend
{
public:
    HeldBackend()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int held() const { return int(m_held.size()); }
    void answerHeld()
    {
        for (QTcpSocket *s : std::exchange(m_held, {}))
            answer(s);
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray &buffer = m_buffers[s];
        buffer += s->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        const bool slow = buffer.startsWith("GET /slow");
        m_buffers.remove(s);
        if (slow)
            m_held.push_back(s);
        else
            answer(s);
    }

    void answer(QTcpSocket *s)
    {
        const QByteArray body = "127.0.0.1:" + QByteArray::number(port()) + '\n';
        s->write("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::vector<QTcpSocket *> m_held;
};

} // namespace

class tst_NginxOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void deterministic_data();
    void deterministic();
    void inFlight_data();
    void inFlight();
    void randomDistribution_data();
    void randomDistribution();

private:
    void defineScenarios();
    QString configuration() const;
    Request simulatedRequest(const QString &source, const QByteArray &target) const;
    /** One request to \a name's gateway, predicted and compared. */
    void exchange(const QString &name, const QString &source, const QByteArray &target = "/");
    void verifyScenario(const QString &name);
    QString peerName(const Scenario &s, PeerId id) const { return s.balancer->peers().info(id).name; }

    std::unique_ptr<NginxProcess> m_nginx;
    std::vector<RefusingPort> m_refusing;
    QSet<quint16> m_refusingPorts;
    std::vector<std::unique_ptr<HeldBackend>> m_held;
    std::vector<quint16> m_live;
    quint16 m_readyPort = 0;
    std::map<QString, Scenario> m_scenarios;
};

void tst_NginxOracle::defineScenarios()
{
    struct Definition
    {
        const char *name;
        const char *body;
        bool ipv6 = false;
    };
    const Definition scenarios[] = {
        {"rr_w511", "zone rr_w511 64k;\nserver {b1} weight=5;\nserver {b2};\nserver {b3};"},
        {"rr_down", "server {b1};\nserver {b2} down;\nserver {b3} weight=2;\nserver {b4};"},
        {"rr_dead", "server {b1};\nserver {d1} fail_timeout=1s;\nserver {b2} weight=2;\nserver {b3};"},
        {"rr_maxfails",
         "server {b1} fail_timeout=1s;\nserver {d1} max_fails=2 fail_timeout=1s;\n"
         "server {b2} fail_timeout=1s;"},
        {"rr_backup",
         "server {d1} fail_timeout=1s;\nserver {d2} fail_timeout=1s;\nserver {b1} backup;\n"
         "server {b2} weight=2 backup;"},
        {"rr_single_dead", "server {d1};"},
        {"rr_all_dead", "server {d1};\nserver {d2};"},
        {"rr_keepalive", "server {b1};\nserver {b2};\nserver {b3};\nkeepalive 16;"},
        {"rr_maxconns", "server {s1} max_conns=1;\nserver {s2};\nserver {s3};"},
        {"ip_hash",
         "ip_hash;\nzone ip_hash 512k;\nserver {b1};\nserver {b2};\nserver {b3} down;\n"
         "server {b4} weight=2;"},
        {"ip_hash_dead", "ip_hash;\nserver {b1};\nserver {d1};\nserver {b2};\nserver {b3};"},
        // Seven servers: ::1's 16-byte hash (5945) and a 3-byte one (295) name different peers.
        {"ip_hash_v6",
         "ip_hash;\nserver {b1};\nserver {b2};\nserver {b3};\nserver {b4};\nserver {b5};\nserver {b6};\n"
         "server {b7};",
         true},
        {"hash_addr",
         "hash $remote_addr;\nserver {b1};\nserver {b2} weight=2;\nserver {b3} down;\nserver {b4};\n"
         "server {b5};"},
        {"hash_arg",
         "hash $arg_user;\nserver {b1};\nserver {b2};\nserver {b3};\nserver {d1};\n"
         "server {b4} weight=3;"},
        {"hash_v6",
         "hash $remote_addr;\nserver {b1};\nserver {b2};\nserver {b3};\nserver {b4};\nserver {b5};", true},
        {"chash_addr",
         "hash $remote_addr consistent;\nserver {b1};\nserver {b2} down;\nserver {b3};\n"
         "server {b4} weight=2;"},
        {"chash_arg",
         "hash $arg_user consistent;\nserver {b1};\nserver {b2};\nserver {d1};\nserver {b3};\n"
         "server {b4};"},
        {"chash_binary",
         "hash $binary_remote_addr consistent;\nserver {b1};\nserver {b2};\nserver {b3};\n"
         "server {b4};\nserver {b5};"},
        {"chash_v6",
         "hash $remote_addr consistent;\nserver {b1};\nserver {b2};\nserver {b3};\nserver {b4};\n"
         "server {b5};",
         true},
        {"lc_seq", "least_conn;\nserver {b1} weight=3;\nserver {b2};\nserver {d1};\nserver {b3};"},
        {"lc_backup", "least_conn;\nserver {d1} fail_timeout=1s;\nserver {b1} backup;\nserver {b2} backup;"},
        {"lc_busy", "least_conn;\nserver {s1};\nserver {s2};\nserver {s3};"},
        {"random", "random;\nserver {b1};\nserver {b2} weight=2;\nserver {b3} weight=3;"},
        {"random_two", "random two;\nserver {b1};\nserver {b2} weight=2;\nserver {b3} weight=3;"},
        {"random_two_lc",
         "random two least_conn;\nzone random_two_lc 64k;\nserver {b1};\nserver {b2} weight=2;\n"
         "server {b3} weight=3;"},
    };
    const std::vector<quint16> fronts = freePorts(int(std::size(scenarios)) + LiveBackends + 1);
    QVERIFY(fronts.size() == std::size(scenarios) + LiveBackends + 1);
    m_live.assign(fronts.begin(), fronts.begin() + LiveBackends);
    m_readyPort = fronts[LiveBackends];
    size_t next = LiveBackends + 1;
    m_scenarios.clear();
    for (const Definition &d : scenarios) {
        const QString name = QString::fromLatin1(d.name);
        Scenario s;
        s.body = QString::fromLatin1(d.body);
        s.ipv6 = d.ipv6;
        for (int i = 0; i < LiveBackends; ++i)
            s.body.replace(QStringLiteral("{b%1}").arg(i + 1),
                           QStringLiteral("127.0.0.1:%1").arg(m_live[size_t(i)]));
        for (int i = 0; i < RefusingBackends; ++i)
            s.body.replace(QStringLiteral("{d%1}").arg(i + 1),
                           QStringLiteral("127.0.0.1:%1").arg(m_refusing[size_t(i)].port()));
        for (int i = 0; i < InProcessBackends; ++i)
            s.body.replace(QStringLiteral("{s%1}").arg(i + 1),
                           QStringLiteral("127.0.0.1:%1").arg(m_held[size_t(i)]->port()));
        if (s.body.contains(u"keepalive"))
            s.location = QStringLiteral("proxy_http_version 1.1;\nproxy_set_header Connection \"\";\n");
        s.front = fronts[next++];
        // The simulator reads exactly the text nginx reads.
        s.balancer = std::make_unique<Balancer>(simtest::upstream(s.body, name), 2026);
        QVERIFY2(s.balancer->isValid(), qPrintable(s.balancer->errorString()));
        m_scenarios[name] = std::move(s);
    }
}

QString tst_NginxOracle::configuration() const
{
    QString http = m_nginx->httpDirectives();
    http += QStringLiteral("server { listen 127.0.0.1:%1; return 200 \"ready\\n\"; }\n").arg(m_readyPort);
    for (quint16 port : m_live)
        http +=
            QStringLiteral("server { listen 127.0.0.1:%1; return 200 \"$server_addr:$server_port\\n\"; }\n")
                .arg(port);
    for (const auto &[name, s] : m_scenarios) {
        http += QStringLiteral("upstream %1 {\n%2\n}\n").arg(name, s.body);
        http += QStringLiteral("server {\n listen %1:%2;\n location / {\n  proxy_pass http://%3;\n  %4"
                               "  add_header X-Upstream $upstream_addr always;\n }\n}\n")
                    .arg(s.ipv6 ? QStringLiteral("[::1]") : QStringLiteral("127.0.0.1"))
                    .arg(s.front)
                    .arg(name, s.location);
    }
    return m_nginx->mainDirectives() + QStringLiteral("events { worker_connections 1024; }\nhttp {\n") +
        http + QStringLiteral("}\n");
}

void tst_NginxOracle::initTestCase()
{
    const QString binary = qEnvironmentVariable("GW_NGINX", QStringLiteral("/usr/sbin/nginx"));
    if (!QFileInfo(binary).isExecutable())
        QFAIL("no nginx binary (install nginx-light or set GW_NGINX): the oracle needs a real nginx");
    m_nginx = std::make_unique<NginxProcess>(binary);

    for (int i = 0; i < RefusingBackends; ++i) {
        RefusingPort p;
        QVERIFY(p.isValid());
        m_refusingPorts.insert(p.port());
        m_refusing.push_back(std::move(p));
    }
    for (int i = 0; i < InProcessBackends; ++i)
        m_held.push_back(std::make_unique<HeldBackend>());

    // Ports are found free and released just before nginx binds them; retry if one was taken meanwhile.
    for (int attempt = 0; attempt < 3; ++attempt) {
        defineScenarios();
        if (m_nginx->start(configuration(), m_readyPort))
            return;
        qWarning("nginx did not start (attempt %d): %s", attempt + 1, qPrintable(m_nginx->errorString()));
    }
    QFAIL(qPrintable(m_nginx->errorString()));
}

void tst_NginxOracle::cleanupTestCase()
{
    if (m_nginx)
        m_nginx->stop();
    int total = 0;
    for (const auto &[name, s] : m_scenarios) {
        if (s.requests)
            qInfo("%-16s %4d requests", qPrintable(name), s.requests);
        total += s.requests;
    }
    qInfo("%d requests in all", total);
}

Request tst_NginxOracle::simulatedRequest(const QString &source, const QByteArray &target) const
{
    Request r;
    r.client = *SocketAddress::parseIp(source);
    r.target = target;
    r.headers = {{"Host", "oracle"}, {"Connection", "close"}};
    return r;
}

void tst_NginxOracle::exchange(const QString &name, const QString &source, const QByteArray &target)
{
    Scenario &s = m_scenarios.at(name);
    avoidSecondBoundary();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const HttpReply reply = httpGet(source, s.front, target);
    const Request request = simulatedRequest(source, target);
    ProxyPass pass(*s.balancer);
    const ProxyResult predicted = pass.run(request, now, [&](PeerId id) {
        return m_refusingPorts.contains(s.balancer->peers().info(id).address.port()) ? TryResult::Refused
                                                                                     : TryResult::Ok;
    });
    ++s.requests;
    if (qEnvironmentVariableIsSet("GW_ORACLE_VERBOSE")) {
        qInfo("%s %s %s: nginx %d [%s], simulator %d [%s]", qPrintable(name), qPrintable(source),
              target.constData(), reply.status, reply.upstreamAddr.constData(), predicted.status,
              qPrintable(predicted.upstreamAddr));
    }
    const QString where =
        QStringLiteral("%1 #%2 %3 %4: ").arg(name).arg(s.requests).arg(source, QString::fromLatin1(target));
    if (!reply.complete) {
        s.mismatches << where + reply.error;
        return;
    }
    const QString expectedBody = predicted.peer == NoPeer ? QString() : peerName(s, predicted.peer);
    const QString actualBody = reply.status == 200 ? QString::fromLatin1(reply.body.trimmed()) : QString();
    if (reply.status != predicted.status ||
        QString::fromLatin1(reply.upstreamAddr) != predicted.upstreamAddr || actualBody != expectedBody) {
        s.mismatches << where +
                QStringLiteral("nginx %1 [%2] %3, simulator %4 [%5] %6")
                    .arg(reply.status)
                    .arg(QString::fromLatin1(reply.upstreamAddr), actualBody)
                    .arg(predicted.status)
                    .arg(predicted.upstreamAddr, expectedBody);
    }
}

void tst_NginxOracle::verifyScenario(const QString &name)
{
    const Scenario &s = m_scenarios.at(name);
    QVERIFY(s.requests > 0);
    QVERIFY2(
        s.mismatches.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 requests differ:\n").arg(s.mismatches.size()).arg(s.requests) +
                   s.mismatches.mid(0, 12).join(u'\n')));
}

void tst_NginxOracle::deterministic_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("bursts");
    QTest::addColumn<int>("requests"); // per burst
    QTest::addColumn<int>(
        "pauseMs"); // between bursts: more than fail_timeout=1s, so failed servers are probed
    QTest::addColumn<int>("keyless"); // 0: plain "/"; n: a `user` argument, missing from every n-th request

    QTest::newRow("round robin, weights 5 1 1") << "rr_w511" << 1 << 70 << 0 << 0;
    QTest::newRow("round robin, down") << "rr_down" << 1 << 40 << 0 << 0;
    // The dead server is probed after each pause, fails again, and its effective weight climbs back.
    QTest::newRow("round robin, dead server and probes") << "rr_dead" << 4 << 15 << 2100 << 0;
    QTest::newRow("round robin, max_fails=2") << "rr_maxfails" << 3 << 15 << 2100 << 0;
    QTest::newRow("backup servers") << "rr_backup" << 3 << 12 << 2100 << 0;
    QTest::newRow("single dead server") << "rr_single_dead" << 1 << 5 << 0 << 0;
    // Both fail, then "no live upstreams" names the upstream in $upstream_addr.
    QTest::newRow("no live upstreams") << "rr_all_dead" << 1 << 6 << 0 << 0;
    QTest::newRow("keepalive") << "rr_keepalive" << 1 << 30 << 0 << 0;
    QTest::newRow("ip_hash") << "ip_hash" << 1 << 160 << 0 << 0;
    // Clients hashed onto the dead server retry along their hash chain, then skip it while it is failed.
    QTest::newRow("ip_hash, dead server") << "ip_hash_dead" << 2 << 50 << 0 << 0;
    QTest::newRow("hash $remote_addr") << "hash_addr" << 1 << 160 << 0 << 0;
    // Key-less requests fall back to round robin and move its state; keys on the dead server rehash.
    QTest::newRow("hash $arg_user, empty keys") << "hash_arg" << 1 << 160 << 0 << 4;
    QTest::newRow("hash $remote_addr consistent") << "chash_addr" << 1 << 160 << 0 << 0;
    QTest::newRow("hash $arg_user consistent, dead server") << "chash_arg" << 1 << 160 << 0 << 5;
    QTest::newRow("hash $binary_remote_addr consistent") << "chash_binary" << 1 << 160 << 0 << 0;
    // From ::1: ip_hash hashes all 16 bytes, $remote_addr is "::1".
    QTest::newRow("ip_hash, IPv6") << "ip_hash_v6" << 1 << 5 << 0 << 0;
    QTest::newRow("hash $remote_addr, IPv6") << "hash_v6" << 1 << 5 << 0 << 0;
    QTest::newRow("hash $remote_addr consistent, IPv6") << "chash_v6" << 1 << 5 << 0 << 0;
    QTest::newRow("least_conn, sequential") << "lc_seq" << 1 << 60 << 0 << 0;
    QTest::newRow("least_conn, backup servers") << "lc_backup" << 3 << 10 << 2100 << 0;
}

void tst_NginxOracle::deterministic()
{
    QFETCH(QString, name);
    QFETCH(int, bursts);
    QFETCH(int, requests);
    QFETCH(int, pauseMs);
    QFETCH(int, keyless);
    for (int burst = 0; burst < bursts; ++burst) {
        if (burst > 0)
            QThread::msleep(quint64(pauseMs));
        for (int i = 0; i < requests; ++i) {
            QByteArray target = "/";
            if (keyless > 0)
                target = i % keyless == keyless - 1 ? QByteArray("/?other=1")
                                                    : "/?user=u" + QByteArray::number(i % 61);
            exchange(name, m_scenarios.at(name).ipv6 ? QStringLiteral("::1") : client(i), target);
        }
    }
    verifyScenario(name);
}

void tst_NginxOracle::inFlight_data()
{
    // A script of requests: f = fast (answered at once), s = slow (held by its backend until R),
    // R = the held ones are answered. The simulator holds and releases the same way.
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("script");
    // The hand-worked lc_busy (ngx_http_upstream_least_conn_module.c): ties among the idle peers go round
    // robin, the busy ones are avoided.
    QTest::newRow("least_conn") << "lc_busy"
                                << "ffssffffffRffff";
    // A peer at max_conns=1 is skipped while its request is in flight.
    QTest::newRow("round robin, max_conns") << "rr_maxconns"
                                            << "sfffffRfffff";
}

void tst_NginxOracle::inFlight()
{
    QFETCH(QString, name);
    QFETCH(QString, script);
    Scenario &s = m_scenarios.at(name);
    Balancer &b = *s.balancer;
    const QString source = QStringLiteral("127.0.0.1");
    const Request request = simulatedRequest(source, "/");
    const Request slowRequest = simulatedRequest(source, "/slow");
    const auto heldCount = [&] {
        int n = 0;
        for (const auto &h : m_held)
            n += h->held();
        return n;
    };
    std::vector<std::unique_ptr<PendingRequest>> slow;
    std::list<RequestState> slowStates; // stable addresses while more are added
    std::vector<PeerId> slowPeers;
    for (QChar step : script) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (step == u'f') {
            PendingRequest pending(source, s.front, "/");
            QVERIFY(waitUntil([&] { return pending.isDone(); }));
            RequestState state;
            b.begin(state, request);
            const PeerId peer = b.select(state, now).peer;
            b.release(state, Outcome::Success, now);
            ++s.requests;
            const HttpReply reply = pending.reply();
            QCOMPARE(reply.status, 200);
            QCOMPARE(QString::fromLatin1(reply.body.trimmed()), peerName(s, peer));
            QCOMPARE(QString::fromLatin1(reply.upstreamAddr), peerName(s, peer));
        } else if (step == u's') {
            const int before = heldCount();
            slow.push_back(std::make_unique<PendingRequest>(source, s.front, "/slow"));
            QVERIFY(waitUntil([&] { return heldCount() == before + 1; }));
            RequestState &state = slowStates.emplace_back();
            b.begin(state, slowRequest);
            slowPeers.push_back(b.select(state, now).peer);
            ++s.requests;
            // Each backend holds exactly the slow requests the simulator gave it.
            for (const auto &h : m_held) {
                const auto predicted = std::count_if(slowPeers.begin(), slowPeers.end(), [&](PeerId p) {
                    return b.peers().info(p).address.port() == h->port();
                });
                QCOMPARE(h->held(), int(predicted));
            }
        } else {
            for (auto &h : m_held)
                h->answerHeld();
            for (size_t i = 0; i < slow.size(); ++i) {
                QVERIFY(waitUntil([&] { return slow[i]->isDone(); }));
                QCOMPARE(slow[i]->reply().status, 200);
                QCOMPARE(QString::fromLatin1(slow[i]->reply().upstreamAddr), peerName(s, slowPeers[i]));
            }
            for (RequestState &state : slowStates)
                b.release(state, Outcome::Success, QDateTime::currentMSecsSinceEpoch());
            slow.clear();
            slowStates.clear();
            slowPeers.clear();
        }
    }
}

void tst_NginxOracle::randomDistribution_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("two");
    QTest::newRow("random") << QStringLiteral("random") << false;
    QTest::newRow("random two") << QStringLiteral("random_two") << true;
    QTest::newRow("random two least_conn") << QStringLiteral("random_two_lc") << true;
}

void tst_NginxOracle::randomDistribution()
{
    // nginx's random() cannot be replayed, so the test compares distributions: nginx's counts over
    // RandomSamples requests against the simulator's probabilities (from a large seeded sample),
    // by a chi-square goodness-of-fit test at the 0.001 level (2 degrees of freedom).
    QFETCH(QString, name);
    QFETCH(bool, two);
    Scenario &s = m_scenarios.at(name);
    std::array<int, 3> observed {};
    for (int i = 0; i < RandomSamples; ++i) {
        const HttpReply reply = httpGet(client(i), s.front, "/");
        QVERIFY2(reply.status == 200, qPrintable(reply.error));
        QCOMPARE(reply.upstreamAddr, reply.body.trimmed());
        const PeerId peer = s.balancer->findPeer(QString::fromLatin1(reply.body.trimmed()));
        QVERIFY(peer >= 0 && peer < 3);
        ++observed[size_t(peer)];
        ++s.requests;
    }

    Balancer model(simtest::upstream(s.body, name), 77);
    constexpr int ModelSamples = 300000;
    std::array<double, 3> p {};
    const Request r = simulatedRequest(QStringLiteral("127.0.0.1"), "/");
    RequestState state;
    for (int i = 0; i < ModelSamples; ++i) {
        model.begin(state, r);
        const PeerId peer = model.select(state, 0).peer;
        model.release(state, Outcome::Success, 0);
        p[size_t(peer)] += 1.0 / ModelSamples;
    }
    const auto chiSquare = [&](const std::array<double, 3> &probabilities) {
        double x = 0;
        for (size_t i = 0; i < 3; ++i) {
            const double expected = RandomSamples * probabilities[i];
            x += (observed[i] - expected) * (observed[i] - expected) / expected;
        }
        return x;
    };
    const double x = chiSquare(p);
    qInfo("%s: nginx %d/%d/%d of %d, simulator %.3f/%.3f/%.3f, chi-square %.2f (critical %.3f at 0.001)",
          qPrintable(name), observed[0], observed[1], observed[2], RandomSamples, p[0], p[1], p[2], x,
          ChiSquareCritical);
    QVERIFY2(x < ChiSquareCritical, "nginx's choices do not follow the simulator's distribution");
    if (two) {
        // The test has the power to tell: the plain weight shares (17/33/50 %) are rejected.
        QVERIFY(chiSquare({1.0 / 6, 2.0 / 6, 3.0 / 6}) > ChiSquareCritical);
    }
}

QTEST_GUILESS_MAIN(tst_NginxOracle)
#include "tst_nginxoracle.moc"
