// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The ingress-nginx engine end to end: Ingresses routed through the locations ingress-nginx's
// nginx.tmpl writes (checked against internal/ingress/controller/controller.go and
// rootfs/etc/nginx/template/nginx.tmpl of v1.15.1 by reading them), canaries, the default backend,
// and the scenario-level behaviours of cookie affinity (balanced mode moves sessions when Pods are
// added, persistent mode keeps them: rootfs/etc/nginx/lua/balancer/sticky_balanced.lua and
// sticky_persistent.lua), nginx workers with their own balancers and the one-second backend sync.
#include "pipelinetest.h"

#include "sim/ingressnginx/ingressgateway.h"
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace gw::sim::ingressnginx;

namespace {

const QString Shop = QStringLiteral("ingress-shop.yaml");

SimulationInput shopInput(const char *mode, int shopReplicas = 3)
{
    SimulationInput in;
    QByteArray text = pipelinetest::readFile(Shop);
    if (qstrcmp(mode, "none") == 0) // no affinity: round_robin, the default load-balance
        text.replace("    nginx.ingress.kubernetes.io/affinity: cookie\n", "");
    else
        text.replace("affinity-mode: MODE", QByteArray(QByteArray("affinity-mode: ") + mode));
    text.replace("name: shop\nspec:\n  replicas: 3",
                 QByteArray("name: shop\nspec:\n  replicas: " + QByteArray::number(shopReplicas)));
    in.files.push_back({Shop, text});
    return in;
}

std::unique_ptr<IngressGateway> gateway(const SimulationInput &in, int replicas = 1,
                                        std::optional<int> workers = {})
{
    EngineOptions options;
    options.kind = EngineKind::IngressNginx;
    options.workers = workers;
    auto g = std::make_unique<IngressGateway>(options, replicas, 7, 1767225600000);
    QString error;
    if (!g->load(in.makeDesign(), 0, true, nullptr, &error))
        qFatal("%s", qPrintable(error));
    return g;
}

struct Sent
{
    SimulatedGateway::Served served;
    RequestRecord record;
};

Sent send(SimulatedGateway &g, const QString &host, const QString &target, bool https = false,
          std::vector<Header> headers = {}, int connectionTarget = 0, qint64 nowMs = 0)
{
    nginx::Request routing = pipelinetest::request(host, target);
    routing.scheme = https ? QStringLiteral("https") : QStringLiteral("http");
    routing.port = https ? 443 : 80;
    if (https)
        routing.sni = host;
    Request balancing;
    balancing.client = *SocketAddress::parseIp(QStringLiteral("10.1.0.1"));
    balancing.target = target.toUtf8();
    headers.insert(headers.begin(), {"Host", host.toUtf8()});
    balancing.headers = headers;
    Sent s;
    s.served = g.serve(routing, nullptr, balancing, connectionTarget, nowMs, 0, &s.record, true);
    return s;
}

Scenario scenario(const QByteArray &spec)
{
    const QByteArray text =
        "apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\nmetadata:\n  name: t\nspec:\n" + spec;
    Diagnostics d;
    auto s = ScenarioParser::parse(text, QStringLiteral("t.yaml"), d);
    if (!s)
        qFatal("test scenario does not read");
    return *s;
}

SimulationResult run(const SimulationInput &in, const Scenario &s, std::optional<int> workers = {})
{
    RunOptions options;
    options.engine = EngineKind::IngressNginx;
    options.workers = workers;
    options.record = 0;
    Diagnostics d;
    auto r = ScenarioRunner::run(in, s, options, d);
    if (!r) {
        for (const Diagnostic &x : d)
            qWarning("%s", qPrintable(x.toString()));
        qFatal("scenario run failed");
    }
    return std::move(*r);
}

// 100 browsers with cookie jars on the shop; the shop scales from 3 to 5 Pods at 30 s.
const QByteArray ScaleUp =
    "  seed: 3\n  duration: 90s\n  gateway: {replicas: 2}\n"
    "  populations:\n  - name: browsers\n    clients: 100\n    cookieJar: true\n"
    "    rampUp: 10s\n    requestsPerSession: 40\n    thinkTime: 2s\n"
    "    routes:\n    - {host: shop.example.com, path: /cart}\n"
    "  events:\n  - {at: 30s, type: scale, deployment: shop, replicas: 5, readyAfter: 2s}\n";

} // namespace

class tst_IngressNginxEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routing();
    void canaryByHeader();
    void notSimulatedAnnotationsAreSaid();
    void balancedModeMovesSessionsOnScaleUp();
    void persistentModeKeepsSessions();
    void workersAndConfigMap();
    void workersSyncWithinASecond();
};

void tst_IngressNginxEngine::routing()
{
    auto g = gateway(shopInput("balanced"));
    // A TLS host: plain HTTP is redirected (ssl-redirect defaults to true when the host has a certificate).
    QCOMPARE(send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/tea/green")).served.status, 308);
    const Sent tea = send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/tea/green"), true);
    QCOMPARE(tea.served.status, 200);
    QCOMPARE(tea.record.route, QStringLiteral("default/tea"));
    QCOMPARE(tea.record.upstream, QStringLiteral("default-tea-80"));
    QCOMPARE(tea.record.location, QStringLiteral("/tea/"));
    // A Prefix path matches path elements: "/tea" is written as "/tea/" and "= /tea", so /teapot is not
    // the tea path (controller.go updateServerLocations) and the default backend answers 404.
    QCOMPARE(send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/tea"), true).record.location,
             QStringLiteral("= /tea"));
    const Sent teapot = send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/teapot"), true);
    QCOMPARE(teapot.served.status, 404);
    QCOMPARE(teapot.record.upstream, QStringLiteral("upstream-default-backend"));
    // Exact: /menu only. A backend by port name is its own backend, named after the name
    // (controller/util.go upstreamName), with the same endpoints.
    QCOMPARE(send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/menu"), true).record.upstream,
             QStringLiteral("default-tea-http"));
    QCOMPARE(send(*g, QStringLiteral("tea.example.com"), QStringLiteral("/menu/x"), true).served.status, 404);
    // No server for the host: the catch-all server's default backend.
    const Sent other = send(*g, QStringLiteral("other.example.com"), QStringLiteral("/"));
    QCOMPARE(other.served.status, 404);
    QCOMPARE(other.record.route, QString());
    // The shop: sticky_balanced, a cookie named as the annotation says.
    const Sent shop = send(*g, QStringLiteral("shop.example.com"), QStringLiteral("/cart"));
    QCOMPARE(shop.served.status, 200);
    QCOMPARE(shop.record.balancing, QStringLiteral("sticky_balanced"));
    QVERIFY(shop.served.setCookie.startsWith("route="));
    QVERIFY(!shop.record.pod.isEmpty());
    // With the cookie back, the same Pod.
    const QByteArray cookie = shop.served.setCookie.left(shop.served.setCookie.indexOf(';'));
    for (int i = 0; i < 5; ++i) {
        const Sent again =
            send(*g, QStringLiteral("shop.example.com"), QStringLiteral("/"), false, {{"Cookie", cookie}});
        QCOMPARE(again.record.pod, shop.record.pod);
        QVERIFY(again.served.setCookie.isEmpty());
    }
}

void tst_IngressNginxEngine::canaryByHeader()
{
    auto g = gateway(shopInput("balanced"));
    const QString host = QStringLiteral("tea.example.com");
    QCOMPARE(send(*g, host, QStringLiteral("/tea/x"), true, {{"X-Canary", "always"}}).record.upstream,
             QStringLiteral("default-tea-next-80"));
    QCOMPARE(send(*g, host, QStringLiteral("/tea/x"), true, {{"X-Canary", "never"}}).record.upstream,
             QStringLiteral("default-tea-80"));
    // No header and no weight: canary-weight 0, math.random(100) <= 0 never holds.
    for (int i = 0; i < 20; ++i)
        QCOMPARE(send(*g, host, QStringLiteral("/tea/x"), true).record.upstream,
                 QStringLiteral("default-tea-80"));
    // The canary Ingress serves only the path it shares with its primary: /menu is never canary.
    QCOMPARE(send(*g, host, QStringLiteral("/menu"), true, {{"X-Canary", "always"}}).record.upstream,
             QStringLiteral("default-tea-http"));
    const Sent explained = send(*g, host, QStringLiteral("/tea/x"), true, {{"X-Canary", "always"}});
    QVERIFY(explained.record.balancerTrace.join(u'\n').contains(u"X-Canary"));
}

void tst_IngressNginxEngine::notSimulatedAnnotationsAreSaid()
{
    auto g = gateway(shopInput("balanced"));
    const Diagnostics notes = g->notes();
    const auto it = std::find_if(notes.begin(), notes.end(),
                                 [](const Diagnostic &d) { return d.field.contains(u"limit-rps"); });
    QVERIFY(it != notes.end());
    QCOMPARE(it->resource, QStringLiteral("Ingress default/tea-canary"));
    QVERIFY(it->message.contains(u"rate limits"));
}

void tst_IngressNginxEngine::balancedModeMovesSessionsOnScaleUp()
{
    // sticky_balanced: the cookie holds a key that resty.chash maps onto the Pods; with 5 Pods instead of
    // 3 the ring changes and about 2/5 of the keys move (the cookie is kept, its Pod is not).
    const SimulationResult r = run(shopInput("balanced"), scenario(ScaleUp));
    QCOMPARE(r.markers.size(), size_t(1));
    QCOMPARE(r.markers[0].impact.size(), size_t(1));
    const EventImpact &impact = r.markers[0].impact[0];
    QCOMPARE(impact.compared, 100);
    QVERIFY2(impact.remapped > 20 && impact.remapped < 60, qPrintable(QString::number(impact.remapped)));
    const RouteStats &stats = r.stats[size_t(r.groupOf(QStringLiteral("default/shop"), 0))];
    QCOMPARE(stats.podLoad.size(), size_t(5));
    QVERIFY(stats.stays < stats.transitions);
    QVERIFY(r.profile.startsWith(u"ingress-nginx v1.15.1"));
}

void tst_IngressNginxEngine::persistentModeKeepsSessions()
{
    // sticky_persistent: the cookie names the Pod (its endpoint's hash); a Pod that stays keeps its
    // sessions whatever is added. New clients after the scale-up reach the new Pods.
    const SimulationResult r = run(shopInput("persistent"), scenario(ScaleUp));
    const EventImpact &impact = r.markers[0].impact[0];
    QCOMPARE(impact.compared, 100);
    QCOMPARE(impact.remapped, 0);
    const RouteStats &stats = r.stats[size_t(r.groupOf(QStringLiteral("default/shop"), 0))];
    QCOMPARE(stats.stays, stats.transitions);
    QCOMPARE(stats.sessionBreaks, 0);
    QCOMPARE(stats.podLoad.size(), size_t(3)); // every client arrived before the scale-up
}

void tst_IngressNginxEngine::workersAndConfigMap()
{
    auto one = gateway(shopInput("balanced"), 2);
    QCOMPARE(one->connectionTargets(), 2);
    auto four = gateway(shopInput("balanced"), 2, 2);
    QCOMPARE(four->connectionTargets(), 4);
    QVERIFY(four->label().contains(u"2 nginx worker"));
    // The ConfigMap's worker-processes, unless --workers says otherwise.
    SimulationInput in = shopInput("balanced");
    in.files.push_back({QStringLiteral("configmap.yaml"),
                        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-nginx-controller\n"
                        "  namespace: ingress-nginx\ndata:\n  worker-processes: \"3\"\n"});
    QCOMPARE(gateway(in, 1)->connectionTargets(), 3);
    QCOMPARE(gateway(in, 1, 1)->connectionTargets(), 1);
    // Each worker draws its own session keys (its own PRNG and pid): the cookies differ per worker.
    QSet<QByteArray> cookies;
    for (int target = 0; target < 4; ++target) {
        const Sent s =
            send(*four, QStringLiteral("shop.example.com"), QStringLiteral("/"), false, {}, target);
        QVERIFY(
            s.record.balancerTrace.join(u'\n').contains(QStringLiteral("nginx worker %1").arg(target % 2)));
        cookies.insert(s.served.setCookie);
    }
    QCOMPARE(cookies.size(), 4);
}

void tst_IngressNginxEngine::workersSyncWithinASecond()
{
    // Scaled down from 3 Pods to 1: every worker has the new backends at most a second later.
    auto g = gateway(shopInput("none"), 2, 2);
    const SimulationInput down = shopInput("none", 1);
    ConfigChange change = ConfigChange::None;
    QString error;
    QVERIFY(g->load(down.makeDesign(), 5000, false, &change, &error));
    QCOMPARE(change, ConfigChange::ApiUpdate);
    const int shop = g->config().backendIndex(QStringLiteral("default-shop-80"));
    QCOMPARE(g->upstreams()[size_t(shop)].servers.size(), 1);
    const QString remaining = g->upstreams()[size_t(shop)].servers.front();
    for (int target = 0; target < g->connectionTargets(); ++target) {
        QVERIFY(g->syncPhaseMs(target) >= 0 && g->syncPhaseMs(target) < 1000);
        for (int i = 0; i < 3; ++i) {
            const Sent s =
                send(*g, QStringLiteral("shop.example.com"), QStringLiteral("/"), false, {}, target, 6000);
            QCOMPARE(s.record.endpoint, remaining);
            QCOMPARE(s.served.tries, 1);
        }
    }
}

QTEST_GUILESS_MAIN(tst_IngressNginxEngine)
#include "tst_ingressnginxengine.moc"
