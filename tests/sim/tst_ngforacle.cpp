// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The oracle, on the configuration the project generates: a design is rendered by gw_ngf, the
// rendered files run in a private nginx (NgfSandbox: paths and listen ports moved, nothing else),
// and the simulator — reading the very same text through GatewayConfig — must predict the backend
// (and the whole $upstream_addr) of every request of the deterministic methods, and the
// distribution of the random ones.
//
// The mapping from Pods to backends: the design's Services get their endpoints from EndpointSlices
// whose addresses are loopback addresses 127.0.1.K (all on one port P), where backends of this
// process listen, so NGF's `server 127.0.1.K:P;` lines need no rewriting. NGF never writes
// `weight=` or `down`; to cover them (and to shorten fail_timeout's 10 s wait) the test adds them to some
// server lines of the rendered http.conf (the only edit of NGF's text, listed in `injections`), and the
// simulator reads the edited text too.
#include "ngfsandbox.h"
#include "nginxharness.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "sim/gatewayruntime.h"
#include "sim/simulationinput.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <list>
#include <map>

using namespace gw;
using namespace gw::sim;

namespace {

/** Chi-square critical value for 2 degrees of freedom at the 0.001 significance level. */
constexpr double ChiSquareCritical = 13.816;
constexpr int RandomSamples = 600;

struct ServiceSpec
{
    const char *name;
    const char *path;
    const char *method; ///< UpstreamSettingsPolicy loadBalancingMethod; empty: NGF's default
    const char *key; ///< hashMethodKey
    int endpoints;
};

// One Service and route per method. /match routes by a header (njs).
const ServiceSpec services[] = {
    {"rr", "/rr", "round_robin", "", 3},
    {"weighted", "/weighted", "round_robin", "", 4},
    {"lc", "/lc", "least_conn", "", 3},
    {"iphash", "/iphash", "ip_hash", "", 5},
    {"iphashdown", "/iphash-down", "ip_hash", "", 4},
    {"hash", "/hash", "hash", "$remote_addr", 5},
    {"hasharg", "/hash-arg", "hash", "$arg_user", 5},
    {"chash", "/chash", "hash consistent", "$arg_user", 5},
    {"dead", "/dead", "round_robin", "", 3},
    {"random", "/random", "random", "", 3},
    {"randomtwo", "/random-two", "random two", "", 3},
    {"default", "/default", "", "", 3},
    {"matchv1", "/match", "round_robin", "", 2},
    {"matchv2", "", "round_robin", "", 2},
};

/** server-line parameters added to the rendered text: (service, endpoint index) -> parameters. */
const std::map<std::pair<QString, int>, QString> injections = {
    {{QStringLiteral("weighted"), 0}, QStringLiteral("weight=5")},
    {{QStringLiteral("weighted"), 2}, QStringLiteral("down")},
    {{QStringLiteral("iphashdown"), 1}, QStringLiteral("down")},
    {{QStringLiteral("chash"), 0}, QStringLiteral("weight=2")},
    {{QStringLiteral("random"), 1}, QStringLiteral("weight=2")},
    {{QStringLiteral("random"), 2}, QStringLiteral("weight=3")},
    {{QStringLiteral("randomtwo"), 1}, QStringLiteral("weight=2")},
    {{QStringLiteral("randomtwo"), 2}, QStringLiteral("weight=3")},
    {{QStringLiteral("default"), 1}, QStringLiteral("weight=2")},
    {{QStringLiteral("default"), 2}, QStringLiteral("weight=3")},
    // NGF writes no fail_timeout, so nginx's default of 10 s applies; a 3 s one keeps the test's
    // waits short and probes the same logic (the simulator reads the edited line too).
    {{QStringLiteral("dead"), 0}, QStringLiteral("fail_timeout=3s")},
    {{QStringLiteral("dead"), 1}, QStringLiteral("fail_timeout=3s")},
    {{QStringLiteral("dead"), 2}, QStringLiteral("fail_timeout=3s")},
};

/** Endpoints whose backend never listens (hasharg #2), or only after a while (dead #1). */
const std::map<QString, int> deadAtStart = {{QStringLiteral("hasharg"), 2}, {QStringLiteral("dead"), 1}};

/** Client addresses 127.A.B.C: many /24s; every tenth shares the /24 of the one before it. */
QString client(int i)
{
    const int k = i % 10 == 9 ? i - 1 : i;
    return QStringLiteral("127.%1.%2.%3").arg(2 + (k * 37) % 250).arg((k * 91) % 256).arg(1 + (i * 13) % 250);
}

} // namespace

class tst_NgfOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deterministic_data();
    void deterministic();
    void inFlight();
    void deadBackendAndRecovery();
    void njsMatches();
    void randomDistribution_data();
    void randomDistribution();

private:
    QByteArray designText() const;
    QString address(const QString &service, int endpoint) const;
    /** Sends one request, predicts it, records a mismatch. */
    void exchange(const QByteArray &target, const QString &source, const QByteArray &headers = {});
    nginx::Request routing(const QByteArray &target, const QString &source, const QByteArray &headers) const;
    Request balancing(const QByteArray &target, const QString &source, const QByteArray &headers) const;
    void updateRefusing();

    NgfSandbox m_sandbox;
    quint16 m_backendPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_readyPort = 0;
    std::map<QString, std::unique_ptr<LoopbackBackend>> m_backends; ///< by "127.0.1.K:P"
    std::shared_ptr<const GatewayConfig> m_config;
    std::unique_ptr<GatewayRuntime> m_runtime;
    int m_requests = 0;
    QStringList m_mismatches;
};

QString tst_NgfOracle::address(const QString &service, int endpoint) const
{
    int k = 1;
    for (const ServiceSpec &s : services) {
        if (QLatin1String(s.name) == service)
            return QStringLiteral("127.0.1.%1").arg(k + endpoint);
        k += s.endpoints;
    }
    return {};
}

QByteArray tst_NgfOracle::designText() const
{
    QByteArray y =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gateway\nspec:\n"
        "  gatewayClassName: nginx\n  listeners:\n  - {name: http, port: 80, protocol: HTTP}\n";
    for (const ServiceSpec &s : services) {
        const QByteArray name = s.name;
        y += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name +
            "\nspec:\n  ports:\n  - {name: http, port: 80, targetPort: 8080}\n";
        y += "---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: " + name +
            "-1\n  labels: {kubernetes.io/service-name: " + name +
            "}\naddressType: IPv4\nports:\n- {name: http, port: " + QByteArray::number(m_backendPort) +
            "}\nendpoints:\n";
        for (int e = 0; e < s.endpoints; ++e) {
            y += "- addresses: [\"" + address(QLatin1String(s.name), e).toLatin1() +
                "\"]\n  targetRef: {kind: Pod, name: " + name + '-' + QByteArray::number(e) + "}\n";
        }
        if (*s.method) {
            y += "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: UpstreamSettingsPolicy\nmetadata:\n  "
                 "name: " +
                name + "\nspec:\n  targetRefs:\n  - {group: core, kind: Service, name: " + name +
                "}\n  loadBalancingMethod: \"" + s.method + '"';
            if (*s.key)
                y += QByteArray("\n  hashMethodKey: \"") + s.key + '"';
            y += '\n';
        }
        if (!*s.path)
            continue;
        y += "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: " + name +
            "\nspec:\n  parentRefs:\n  - name: gateway\n  hostnames: [oracle.example.com]\n  rules:\n";
        if (name == "matchv1") {
            y += QByteArray("  - matches:\n    - path: {type: PathPrefix, value: ") + s.path +
                "}\n      headers:\n      - {name: X-Version, value: v2}\n    backendRefs:\n    - {name: "
                "matchv2, port: 80}\n";
        }
        y += QByteArray("  - matches:\n    - path: {type: PathPrefix, value: ") + s.path +
            "}\n    backendRefs:\n    - {name: " + name + ", port: 80}\n";
    }
    return y;
}

void tst_NgfOracle::initTestCase()
{
    if (m_sandbox.nginx().isEmpty())
        QFAIL("no nginx binary (install nginx-light or set GW_NGINX): the oracle needs a real nginx");
    for (const QString &r : m_sandbox.reductions())
        qInfo("reduced: %s", qPrintable(r));
    const std::vector<quint16> ports = freePorts(3);
    QCOMPARE(ports.size(), size_t(3));
    m_backendPort = ports[0];
    m_httpPort = ports[1];
    m_readyPort = ports[2];
    for (const ServiceSpec &s : services) {
        for (int e = 0; e < s.endpoints; ++e) {
            const QString a = address(QLatin1String(s.name), e);
            auto backend = std::make_unique<LoopbackBackend>(a, m_backendPort);
            const auto dead = deadAtStart.find(QLatin1String(s.name));
            if (dead == deadAtStart.end() || dead->second != e)
                QVERIFY2(backend->listen(), qPrintable(a));
            m_backends[backend->name()] = std::move(backend);
        }
    }

    // Render the design as the product does.
    SimulationInput input;
    input.files.push_back({QStringLiteral("oracle.yaml"), designText()});
    std::shared_ptr<Design> design = input.makeDesign();
    QVERIFY(design);
    const std::shared_ptr<const ngf::Result> result = ngf::Generator::run(*design, input.profile);
    QVERIFY2(result->config, qPrintable(result->gatewayError));
    nginx::FileSet generated;
    for (const ngf::GeneratedFile &f : result->files) {
        QString text = f.content;
        if (f.path.endsWith(u"/http.conf")) {
            for (const auto &[where, parameters] : injections) {
                const QString line = QStringLiteral("server %1:%2;")
                                         .arg(address(where.first, where.second))
                                         .arg(m_backendPort);
                QVERIFY2(text.contains(line), qPrintable(line));
                text.replace(line, line.chopped(1) + u' ' + parameters + u';');
            }
        }
        generated.insert(f.path, text.toUtf8());
    }
    const nginx::FileSet files = m_sandbox.prepare(generated, m_httpPort, m_readyPort);
    QString error;
    m_config = GatewayConfig::fromFiles(design, result, files, nullptr, &error);
    QVERIFY2(m_config, qPrintable(error));
    for (const UpstreamSnapshot &u : m_config->upstreams())
        QVERIFY2(!hasErrors(u.diagnostics), qPrintable(u.name));
    m_runtime = std::make_unique<GatewayRuntime>(1, 2026, 0);
    m_runtime->load(m_config);
    updateRefusing();
    // Every response names the peers nginx tried (an addition of the test, in its own conf.d file).
    QVERIFY2(m_sandbox.start(files, "add_header X-Upstream $upstream_addr always;\n", m_readyPort, &error),
             qPrintable(error));
}

void tst_NgfOracle::cleanupTestCase()
{
    m_sandbox.stop();
    qInfo("%d requests through the generated configuration", m_requests);
}

void tst_NgfOracle::updateRefusing()
{
    QSet<QString> refusing;
    for (const auto &[name, backend] : m_backends) {
        if (!backend->isListening())
            refusing.insert(name.section(u':', 0, 0));
    }
    m_runtime->setRefusing(refusing);
}

nginx::Request tst_NgfOracle::routing(const QByteArray &target, const QString &source,
                                      const QByteArray &headers) const
{
    nginx::Request r;
    r.clientAddress = source;
    r.serverAddress = QStringLiteral("127.0.0.1");
    r.port = m_httpPort;
    r.host = QStringLiteral("oracle.example.com");
    r.target = QString::fromLatin1(target);
    r.httpVersion = QStringLiteral("HTTP/1.0");
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.append({QString::fromLatin1(line.left(colon).trimmed()),
                              QString::fromLatin1(line.mid(colon + 1).trimmed())});
    }
    r.headers.append({QStringLiteral("Connection"), QStringLiteral("close")});
    return r;
}

Request tst_NgfOracle::balancing(const QByteArray &target, const QString &source,
                                 const QByteArray &headers) const
{
    Request r;
    r.client = *SocketAddress::parseIp(source);
    r.target = target;
    r.headers.push_back({"Host", "oracle.example.com"});
    for (const QByteArray &line : headers.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.push_back({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return r;
}

void tst_NgfOracle::exchange(const QByteArray &target, const QString &source, const QByteArray &headers)
{
    avoidSecondBoundary();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    PendingRequest get(source, m_httpPort, target, headers, "oracle.example.com");
    QVERIFY(waitUntil([&] { return get.isDone(); }));
    const HttpReply reply = get.reply();
    RequestRecord predicted;
    m_runtime->serve(routing(target, source, headers), nullptr, balancing(target, source, headers), 0, now, 0,
                     &predicted);
    ++m_requests;
    const QString where = QStringLiteral("%1 from %2: ").arg(QString::fromLatin1(target), source);
    if (!reply.complete) {
        m_mismatches << where + reply.error;
        return;
    }
    const QString body = reply.status == 200 ? QString::fromLatin1(reply.body.trimmed()) : QString();
    const QString upstreamAddr = predicted.upstreamAddr.join(QStringLiteral(", "));
    if (reply.status != predicted.status || body != predicted.endpoint ||
        QString::fromLatin1(reply.upstreamAddr) != upstreamAddr) {
        m_mismatches << where +
                QStringLiteral("nginx %1 [%2] %3, simulator %4 [%5] %6")
                    .arg(reply.status)
                    .arg(QString::fromLatin1(reply.upstreamAddr), body)
                    .arg(predicted.status)
                    .arg(upstreamAddr, predicted.endpoint) +
                (predicted.error.isEmpty() ? QString() : QStringLiteral(" (") + predicted.error + u')');
    }
    if (qEnvironmentVariableIsSet("GW_ORACLE_VERBOSE"))
        qInfo("%s nginx %d [%s], simulator %d [%s]", qPrintable(where), reply.status,
              reply.upstreamAddr.constData(), predicted.status, qPrintable(upstreamAddr));
}

void tst_NgfOracle::deterministic_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("requests");
    QTest::addColumn<int>("keyless"); // 0: no `user` argument; n: every n-th request has none
    QTest::newRow("round robin") << QByteArray("/rr") << 30 << 0;
    QTest::newRow("round robin, weight=5 and down") << QByteArray("/weighted") << 42 << 0;
    QTest::newRow("least_conn, sequential") << QByteArray("/lc") << 30 << 0;
    QTest::newRow("ip_hash") << QByteArray("/iphash") << 160 << 0;
    QTest::newRow("ip_hash, down") << QByteArray("/iphash-down") << 120 << 0;
    QTest::newRow("hash $remote_addr") << QByteArray("/hash") << 160 << 0;
    QTest::newRow("hash $arg_user, dead backend, empty keys") << QByteArray("/hash-arg") << 160 << 4;
    QTest::newRow("hash $arg_user consistent, weight=2") << QByteArray("/chash") << 160 << 7;
    QTest::newRow("not found") << QByteArray("/nothing") << 5 << 0;
}

void tst_NgfOracle::deterministic()
{
    QFETCH(QByteArray, path);
    QFETCH(int, requests);
    QFETCH(int, keyless);
    m_mismatches.clear();
    for (int i = 0; i < requests; ++i) {
        QByteArray target = path + "/x";
        if (keyless > 0)
            target +=
                i % keyless == keyless - 1 ? QByteArray("?other=1") : "?user=u" + QByteArray::number(i % 61);
        exchange(target, client(i));
    }
    QVERIFY2(m_mismatches.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 differ:\n").arg(m_mismatches.size()).arg(requests) +
                        m_mismatches.mid(0, 10).join(u'\n')));
}

void tst_NgfOracle::inFlight()
{
    // least_conn with requests held by their backend: the busy peers are avoided, ties go round robin.
    m_mismatches.clear();
    const QString source = QStringLiteral("127.0.0.1");
    const int lc = m_config->upstreamIndex(QStringLiteral("default_lc_80"));
    QVERIFY(lc >= 0);
    Balancer &b = *m_runtime->replica(0).balancer(lc);
    std::vector<std::unique_ptr<PendingRequest>> slow;
    std::list<Request> slowRequests;
    std::list<RequestState> slowStates;
    std::vector<PeerId> slowPeers;
    const auto held = [&] {
        int n = 0;
        for (const auto &[name, backend] : m_backends)
            n += backend->held();
        return n;
    };
    for (const QChar step : QStringLiteral("ffssffffffRffff")) {
        if (step == u'f') {
            exchange("/lc/fast", source);
        } else if (step == u's') {
            const int before = held();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            slow.push_back(std::make_unique<PendingRequest>(source, m_httpPort, "/lc/slow", QByteArray(),
                                                            "oracle.example.com"));
            QVERIFY(waitUntil([&] { return held() == before + 1; }));
            Request &r = slowRequests.emplace_back(balancing("/lc/slow", source, {}));
            RequestState &state = slowStates.emplace_back();
            b.begin(state, r);
            slowPeers.push_back(b.select(state, now).peer);
            ++m_requests;
            for (const auto &[name, backend] : m_backends) {
                const auto predicted = std::count_if(slowPeers.begin(), slowPeers.end(), [&](PeerId p) {
                    return b.peers().info(p).name == name;
                });
                QCOMPARE(backend->held(), int(predicted));
            }
        } else {
            for (auto &[name, backend] : m_backends)
                backend->answerHeld();
            for (size_t i = 0; i < slow.size(); ++i) {
                QVERIFY(waitUntil([&] { return slow[i]->isDone(); }));
                QCOMPARE(QString::fromLatin1(slow[i]->reply().upstreamAddr),
                         b.peers().info(slowPeers[i]).name);
            }
            for (RequestState &state : slowStates)
                b.release(state, Outcome::Success, QDateTime::currentMSecsSinceEpoch());
            slow.clear();
            slowStates.clear();
            slowPeers.clear();
        }
    }
    QVERIFY2(m_mismatches.isEmpty(), qPrintable(m_mismatches.join(u'\n')));
}

void tst_NgfOracle::deadBackendAndRecovery()
{
    // NGF writes no max_fails/fail_timeout (nginx's 1 and 10 s); the test's injection makes it 3 s. The dead
    // Pod's first try fails and nginx moves on; 3 s later it is probed again (and fails again); once it
    // listens, the next probe brings it back.
    m_mismatches.clear();
    const auto burst = [&](int n) {
        for (int i = 0; i < n; ++i)
            exchange("/dead/x", client(i));
    };
    burst(12);
    QThread::msleep(4000); // more than fail_timeout=3s
    burst(12);
    m_backends.at(address(QStringLiteral("dead"), 1) + u':' + QString::number(m_backendPort))->listen();
    updateRefusing();
    QThread::msleep(4000); // more than fail_timeout=3s
    burst(12);
    QVERIFY2(m_mismatches.isEmpty(), qPrintable(m_mismatches.join(u'\n')));
    // The recovered backend took requests again.
    int recovered = 0;
    for (int i = 0; i < 6; ++i) {
        RequestRecord r;
        m_runtime->serve(routing("/dead/y", client(i), {}), nullptr, balancing("/dead/y", client(i), {}), 0,
                         QDateTime::currentMSecsSinceEpoch(), 0, &r);
        recovered += r.endpoint.startsWith(address(QStringLiteral("dead"), 1) + u':');
    }
    QVERIFY(recovered > 0);
}

void tst_NgfOracle::njsMatches()
{
    // With the njs module NGF's matcher picks the rule by header; without it (Debian 12's nginx-light)
    // the js lines are removed in both nginx and the simulator, and the locations have no handler.
    m_mismatches.clear();
    for (int i = 0; i < 20; ++i)
        exchange("/match/x", client(i), i % 2 ? QByteArray("X-Version: v2\r\n") : QByteArray());
    QVERIFY2(m_mismatches.isEmpty(), qPrintable(m_mismatches.join(u'\n')));
    qInfo("njs module: %s",
          m_sandbox.hasNjs() ? "present, matches routed by njs" : "absent, js lines removed");
}

void tst_NgfOracle::randomDistribution_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("upstream");
    QTest::addColumn<bool>("two");
    QTest::newRow("random") << QByteArray("/random") << QStringLiteral("default_random_80") << false;
    QTest::newRow("random two") << QByteArray("/random-two") << QStringLiteral("default_randomtwo_80")
                                << true;
    QTest::newRow("NGF's default, random two least_conn")
        << QByteArray("/default") << QStringLiteral("default_default_80") << true;
}

void tst_NgfOracle::randomDistribution()
{
    // nginx's random() cannot be replayed: nginx's counts over RandomSamples requests are compared with
    // the simulator's probabilities (a large seeded sample) by a chi-square test at the 0.001 level.
    QFETCH(QByteArray, path);
    QFETCH(QString, upstream);
    QFETCH(bool, two);
    const int index = m_config->upstreamIndex(upstream);
    QVERIFY(index >= 0);
    const UpstreamConfig &config = m_config->upstreams()[size_t(index)].config;
    QCOMPARE(config.servers.size(), size_t(3));
    std::array<int, 3> observed {};
    for (int i = 0; i < RandomSamples; ++i) {
        PendingRequest get(client(i), m_httpPort, path + "/x", {}, "oracle.example.com");
        QVERIFY(waitUntil([&] { return get.isDone(); }));
        const HttpReply reply = get.reply();
        QCOMPARE(reply.status, 200);
        const QString body = QString::fromLatin1(reply.body.trimmed());
        int peer = -1;
        for (int s = 0; s < 3; ++s)
            peer = config.servers[size_t(s)].address == body ? s : peer;
        QVERIFY(peer >= 0);
        ++observed[size_t(peer)];
        ++m_requests;
    }
    Balancer model(config, 77);
    constexpr int ModelSamples = 300000;
    std::array<double, 3> p {};
    const Request r = balancing(path, QStringLiteral("127.0.0.1"), {});
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
          path.constData(), observed[0], observed[1], observed[2], RandomSamples, p[0], p[1], p[2], x,
          ChiSquareCritical);
    QVERIFY2(x < ChiSquareCritical, "nginx's choices do not follow the simulator's distribution");
    // The test can tell: plain weight shares (17/33/50 %) are rejected for the "two" methods.
    if (two)
        QVERIFY(chiSquare({1.0 / 6, 2.0 / 6, 3.0 / 6}) > ChiSquareCritical);
}

QTEST_GUILESS_MAIN(tst_NgfOracle)
#include "tst_ngforacle.moc"
