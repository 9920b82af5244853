// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinetest.h"

#include "ngf/generator.h"
#include "sim/gatewayruntime.h"
#include "sim/routecache.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString Cafe = QStringLiteral("/resources/examples/cafe.yaml");

/** An EndpointSlice giving Service \a service the addresses \a ips (port 8080, Pods named pod-<ip>). */
QByteArray slice(const char *service, const QStringList &ips)
{
    QByteArray y =
        QByteArray("---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ") +
        service + "-x\n  labels: {kubernetes.io/service-name: " + service +
        "}\naddressType: IPv4\nports:\n- {name: http, port: 8080}\nendpoints:\n";
    for (const QString &ip : ips)
        y += "- addresses: [\"" + ip.toUtf8() + "\"]\n  targetRef: {kind: Pod, name: pod-" + ip.toUtf8() +
            "}\n";
    return y;
}

Request balancing(const QString &client, const QByteArray &target, const QByteArray &cookie = {})
{
    Request r;
    r.client = *SocketAddress::parseIp(client);
    r.target = target;
    r.headers.push_back({"Host", "cafe.example.com"});
    if (!cookie.isEmpty())
        r.headers.push_back({"Cookie", cookie});
    return r;
}

} // namespace

/**
 * The simulation pipeline: design -> NGF render -> nginx router -> balancers built from the rendered
 * upstream blocks, reloads and Plus API updates, the route cache, realip, and trace mode.
 */
class tst_SimPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void routesAndUpstreamsFromTheRenderedText();
    void plusServersComeFromTheDataplane();
    void plusApiUpdateKeepsState();
    void ossReloadStartsAfresh();
    void routeCacheIsExactWithSplits();
    void routeDependencies();
    void realClientFromForwardedFor();
    void traceLeastConnInFlight();
    void traceCookieJar();
    void traceCsv();
    void unbalanceableUpstream();
    void externalNameUpstream();
    void unresolvedExtensionRefAnswers500();
};

void tst_SimPipeline::routesAndUpstreamsFromTheRenderedText()
{
    const auto c = config(Cafe);
    QVERIFY(!c->isPlus());
    QCOMPARE(c->defaultPort(), 80);
    // The upstreams are the rendered blocks, read back with the simulator's parser.
    const auto result = c->result().config;
    for (const ngf::Upstream &u : result->upstreams) {
        const int i = c->upstreamIndex(u.name);
        QVERIFY(i >= 0);
        const UpstreamSnapshot &s = c->upstreams()[size_t(i)];
        QVERIFY(!s.fromState);
        if (u.invalidBackend)
            continue;
        QCOMPARE(s.config.methodDirective(), u.lbMethod);
        QCOMPARE(s.config.servers.size(), u.servers.size());
        for (size_t k = 0; k < u.servers.size(); ++k) {
            QCOMPARE(s.config.servers[k].address, u.servers[k].hostPort());
            QCOMPARE(s.pods[k], u.servers[k].pod);
        }
    }
    const RouteDecision coffee =
        c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/beans")));
    QCOMPARE(coffee.status, 0);
    QCOMPARE(coffee.route, QStringLiteral("default/coffee"));
    QCOMPARE(coffee.routeKind, QStringLiteral("HTTPRoute"));
    QCOMPARE(coffee.rule, 0);
    QCOMPARE(coffee.upstreamName, QStringLiteral("default_coffee_80"));
    QCOMPARE(coffee.location, QStringLiteral("/coffee/"));
    QCOMPARE(coffee.serverName, QStringLiteral("cafe.example.com"));
    const RouteDecision tea =
        c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/tea")), true);
    QCOMPARE(tea.upstreamName, QStringLiteral("default_tea_80_tea_default_0"));
    QCOMPARE(tea.location, QStringLiteral("= /tea"));
    QVERIFY(!tea.trace.empty());
    const RouteDecision none =
        c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/tea/x")));
    QCOMPARE(none.status, 404);
    QVERIFY(none.route.isEmpty());
    QCOMPARE(none.upstream, -1);
    const RouteDecision otherHost =
        c->route(request(QStringLiteral("tea.example.com"), QStringLiteral("/tea")));
    QCOMPARE(otherHost.status, 404);
}

void tst_SimPipeline::plusServersComeFromTheDataplane()
{
    // On Plus NGF writes `state` files; the servers are the dataplane's endpoints, in NGF's order.
    const auto c =
        config(Cafe, plusEdge(),
               slice("coffee",
                     {QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10"), QStringLiteral("10.0.0.1")}));
    QVERIFY(c->isPlus());
    const UpstreamSnapshot &coffee =
        c->upstreams()[size_t(c->upstreamIndex(QStringLiteral("default_coffee_80")))];
    QVERIFY(coffee.fromState);
    QCOMPARE(coffee.config.stateFile, QStringLiteral("/var/lib/nginx/state/default_coffee_80.conf"));
    QCOMPARE(coffee.serverAddresses(),
             (QStringList {QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.9:8080"),
                           QStringLiteral("10.0.0.10:8080")}));
    QCOMPARE(coffee.pods,
             (std::vector<QString> {QStringLiteral("pod-10.0.0.1"), QStringLiteral("pod-10.0.0.9"),
                                    QStringLiteral("pod-10.0.0.10")}));
    QCOMPARE(coffee.config.method, Method::IpHash);
    const UpstreamSnapshot &tea =
        c->upstreams()[size_t(c->upstreamIndex(QStringLiteral("default_tea_80_tea_default_0")))];
    QCOMPARE(tea.config.sticky.mode, StickyConfig::Mode::Cookie);
    QCOMPARE(tea.config.sticky.cookieName, QStringLiteral("cookie-tea"));

    // An update: servers that stay keep their place in the zone, new ones come after (sorted among
    // themselves).
    const auto next = config(Cafe, plusEdge(),
                             slice("coffee",
                                   {QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.10"),
                                    QStringLiteral("10.0.0.8"), QStringLiteral("10.0.0.1")}),
                             c.get());
    const UpstreamSnapshot &after =
        next->upstreams()[size_t(next->upstreamIndex(QStringLiteral("default_coffee_80")))];
    QCOMPARE(after.serverAddresses(),
             (QStringList {QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.10:8080"),
                           QStringLiteral("10.0.0.2:8080"), QStringLiteral("10.0.0.8:8080")}));
    QCOMPARE(after.pods[2], QStringLiteral("pod-10.0.0.2"));
    // The same text: nginx does not reload.
    QCOMPARE(next->text(), c->text());
}

void tst_SimPipeline::plusApiUpdateKeepsState()
{
    const QStringList two {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")};
    const auto first = config(Cafe, plusEdge(), slice("latte", two));
    GatewayRuntime runtime(1, 7, 0);
    QCOMPARE(runtime.load(first), ConfigChange::None);
    const int latte = first->upstreamIndex(QStringLiteral("default_latte_80"));
    const std::shared_ptr<Balancer> balancer = runtime.replica(0).balancer(latte);
    // Two requests in flight on latte (random two least_conn: the second goes to the idle peer).
    const auto routing = request(QStringLiteral("cafe.example.com"), QStringLiteral("/latte"));
    const auto served1 =
        runtime.serve(routing, nullptr, balancing(QStringLiteral("10.1.0.1"), "/latte"), 0, 0, 10000);
    const auto served2 =
        runtime.serve(routing, nullptr, balancing(QStringLiteral("10.1.0.2"), "/latte"), 0, 0, 10000);
    QVERIFY(served1.peer != served2.peer);
    QCOMPARE(balancer->peers().peer(0).conns + balancer->peers().peer(1).conns, 2);
    const QString busyKept = balancer->peers().info(served2.peer).name;

    // 10.0.0.1 goes, 10.0.0.3 comes: the Plus API, no reload, the balancer keeps its state.
    const QStringList other {balancer->peers().info(served2.peer).address.hostText(),
                             QStringLiteral("10.0.0.3")};
    const QStringList removed {balancer->peers().info(served1.peer).address.hostText()};
    const auto second = config(Cafe, plusEdge(), slice("latte", other), first.get());
    QCOMPARE(runtime.load(second), ConfigChange::ApiUpdate);
    QCOMPARE(runtime.replica(0).balancer(latte), balancer); // the same object
    QCOMPARE(balancer->peers().size(), 2);
    const PeerId kept = balancer->findPeer(busyKept);
    QVERIFY(kept != NoPeer);
    QCOMPARE(balancer->peers().peer(kept).conns, 1); // its request is still in flight
    QCOMPARE(balancer->peers().peer(1 - kept).conns, 0); // the new one starts idle
    // When the requests end, the kept peer's count drops; the removed peer's release goes nowhere.
    runtime.releaseUntil(10000);
    QCOMPARE(balancer->peers().peer(kept).conns, 0);
    QCOMPARE(balancer->peers().peer(1 - kept).conns, 0);
    Q_UNUSED(removed);
}

void tst_SimPipeline::ossReloadStartsAfresh()
{
    const auto first = config(QStringLiteral("leastconn.yaml"), {},
                              slice("tea", {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2")}));
    GatewayRuntime runtime(2, 1, 0);
    runtime.load(first);
    const int tea = first->upstreamIndex(QStringLiteral("default_tea_80"));
    const auto routing = request(QStringLiteral("app.example.com"), QStringLiteral("/tea"));
    // Round robin: 10.0.0.1, 10.0.0.2, 10.0.0.1 on replica 0; replica 1 has its own state.
    QStringList seen;
    RequestRecord r;
    for (int i = 0; i < 3; ++i) {
        r = {};
        runtime.serve(routing, nullptr, balancing(QStringLiteral("10.1.0.1"), "/tea"), 0, i, 0, &r);
        seen << r.endpoint;
    }
    r = {};
    runtime.serve(routing, nullptr, balancing(QStringLiteral("10.1.0.1"), "/tea"), 1, 3, 0, &r);
    seen << r.endpoint;
    QCOMPARE(seen,
             (QStringList {QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.2:8080"),
                           QStringLiteral("10.0.0.1:8080"), QStringLiteral("10.0.0.1:8080")}));
    // Another endpoint: OSS rewrites the server lines and reloads; round robin starts again.
    const auto second = config(
        QStringLiteral("leastconn.yaml"), {},
        slice("tea", {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"), QStringLiteral("10.0.0.3")}),
        first.get());
    const auto before = runtime.replica(0).balancer(tea);
    QCOMPARE(runtime.load(second), ConfigChange::Reload);
    QVERIFY(runtime.replica(0).balancer(tea) != before);
    QCOMPARE(runtime.replica(0).generation(), 1);
    r = {};
    runtime.serve(routing, nullptr, balancing(QStringLiteral("10.1.0.1"), "/tea"), 0, 10, 0, &r);
    QCOMPARE(r.endpoint, QStringLiteral("10.0.0.1:8080"));
    // The same configuration again: nothing happens.
    QCOMPARE(runtime.load(config(QStringLiteral("leastconn.yaml"), {},
                                 slice("tea",
                                       {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.2"),
                                        QStringLiteral("10.0.0.3")}))),
             ConfigChange::None);
}

void tst_SimPipeline::routeCacheIsExactWithSplits()
{
    const auto c = config(QStringLiteral("split.yaml"));
    QCOMPARE(c->requestIdSplits().size(), 1);
    QVERIFY(c->dependencies().cacheable());
    RouteCache cache(c);
    RandomSource random(3);
    int green = 0;
    const auto shop = request(QStringLiteral("app.example.com"), QStringLiteral("/shop/cart"));
    const QByteArray key = RouteCache::baseKey(shop);
    for (int i = 0; i < 3000; ++i) {
        const QByteArray id = QByteArray::number(random.next64(), 16).rightJustified(16, '0') +
            QByteArray::number(random.next64(), 16).rightJustified(16, '0');
        nginx::Request r = shop;
        r.requestId = QString::fromLatin1(id);
        const RouteDecision direct = c->route(r);
        const RouteDecision *cached = cache.decide(shop, id, i % 2 ? &key : nullptr);
        QCOMPARE(cached->upstreamName, direct.upstreamName);
        QCOMPARE(cached->route, direct.route);
        green += direct.upstreamName == u"default_green_80";
    }
    // One decision per split part was computed; the rest were reused.
    QCOMPARE(cache.misses(), 2);
    QCOMPARE(cache.hits(), 2998);
    QVERIFY2(green > 500 && green < 700, qPrintable(QString::number(green))); // 20 % of 3000
    // A request that no split reads is routed once.
    const auto other = request(QStringLiteral("app.example.com"), QStringLiteral("/other"));
    cache.decide(other, "0123");
    cache.decide(other, "4567");
    QCOMPARE(cache.misses(), 3);
}

void tst_SimPipeline::routeDependencies()
{
    const auto cafe = config(Cafe);
    QVERIFY(!cafe->dependencies().clientAddress);
    QVERIFY(!cafe->dependencies().cookies);
    QVERIFY(!cafe->dependencies().requestId);
    // The same files with routing that reads the client address, a cookie, or $request_id elsewhere.
    const auto edited = [&](const QString &from, const QString &to) {
        nginx::FileSet files;
        for (const ngf::GeneratedFile &f : cafe->result().files) {
            QString text = f.content;
            text.replace(from, to);
            files.insert(f.path, text.toUtf8());
        }
        return GatewayConfig::fromFiles(std::shared_ptr<const Design>(cafe, &cafe->design()),
                                        std::shared_ptr<const ngf::Result>(cafe, &cafe->result()), files);
    };
    const QString anchor = QStringLiteral("server_tokens off;\n");
    auto c = edited(anchor, anchor + QStringLiteral("map $remote_addr $who { default a; }\n"));
    QVERIFY(c && c->dependencies().clientAddress);
    c = edited(anchor, anchor + QStringLiteral("map $cookie_session $who { default a; }\n"));
    QVERIFY(c && c->dependencies().cookies && !c->dependencies().clientAddress);
    c = edited(anchor, anchor + QStringLiteral("map $request_id $who { default a; }\n"));
    QVERIFY(c && !c->dependencies().cacheable());
    // Output-only directives do not count.
    c = edited(anchor, anchor + QStringLiteral("add_header X-Client $remote_addr;\n"));
    QVERIFY(c && !c->dependencies().clientAddress);
    // A route cache keys on the cookie once routing reads it.
    c = edited(anchor, anchor + QStringLiteral("map $cookie_session $who { default a; }\n"));
    RouteCache cache(c);
    auto r = request(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee"));
    cache.decide(r, {});
    r.cookie = QStringLiteral("session=1");
    cache.decide(r, {});
    QCOMPARE(cache.misses(), 2);
}

void tst_SimPipeline::realClientFromForwardedFor()
{
    const auto c = config(QStringLiteral("realip.yaml"));
    QVERIFY(c->rewritesClientIp());
    const SocketAddress proxy = *SocketAddress::parseIp(QStringLiteral("10.9.9.9"));
    const SocketAddress outside = *SocketAddress::parseIp(QStringLiteral("192.0.2.1"));
    QCOMPARE(c->realClient(proxy, "203.0.113.7").hostText(), QStringLiteral("203.0.113.7"));
    // Recursive: trusted addresses on the right are skipped.
    QCOMPARE(c->realClient(proxy, "203.0.113.7, 10.1.1.1, 10.2.2.2").hostText(),
             QStringLiteral("203.0.113.7"));
    QCOMPARE(c->realClient(proxy, "198.51.100.4, 203.0.113.7").hostText(), QStringLiteral("203.0.113.7"));
    // Untrusted peers, missing headers and all-trusted chains keep the connection's address.
    QCOMPARE(c->realClient(outside, "203.0.113.7").hostText(), QStringLiteral("192.0.2.1"));
    QCOMPARE(c->realClient(proxy, "").hostText(), QStringLiteral("10.9.9.9"));
    QCOMPARE(c->realClient(proxy, "10.1.1.1").hostText(), QStringLiteral("10.9.9.9"));
    QVERIFY(!config(Cafe)->rewritesClientIp());

    // In trace mode: behind the proxy, ip_hash sees the clients again.
    std::vector<TraceRequest> requests;
    Diagnostics d;
    requests = RequestsCsv::parse(
        "client,host,path,header:X-Forwarded-For\n10.9.9.9,app.example.com,/coffee,203.0.113.7\n",
        QStringLiteral("r.csv"), d);
    const auto records = TraceRunner::run(c, requests, {});
    QCOMPARE(records[0].client, QStringLiteral("203.0.113.7"));
    QCOMPARE(records[0].connection, QStringLiteral("10.9.9.9"));
    QVERIFY(TraceRunner::toCsv(records).contains("\n1,10.9.9.9,app.example.com,/coffee,"));
}

void tst_SimPipeline::traceLeastConnInFlight()
{
    // least_conn on coffee (servers A < B by address). Hand-computed: #1 at 0 holds A until 1000 (tie ->
    // smooth round robin picks A); #2 at 10 and #3 at 20 see A busy -> B; #4 at 1500: tie, round robin
    // among the tied (cw A = 0, B = 2) -> B; #5: tie (A 1, B 0) -> A.
    const auto c = config(QStringLiteral("leastconn.yaml"));
    Diagnostics d;
    const auto requests = RequestsCsv::parse("client,host,path,at_ms,duration_ms\n"
                                             "10.1.0.1,app.example.com,/coffee,0,1000\n"
                                             "10.1.0.1,app.example.com,/coffee,10,\n"
                                             "10.1.0.1,app.example.com,/coffee,20,\n"
                                             "10.1.0.1,app.example.com,/coffee,1500,\n"
                                             "10.1.0.1,app.example.com,/coffee,1500,\n",
                                             QStringLiteral("r.csv"), d);
    QVERIFY(d.empty());
    const auto records = TraceRunner::run(c, requests, {});
    const UpstreamSnapshot &coffee =
        c->upstreams()[size_t(c->upstreamIndex(QStringLiteral("default_coffee_80")))];
    const QString a = coffee.config.servers[0].address, b = coffee.config.servers[1].address;
    QStringList got;
    for (const RequestRecord &r : records)
        got << r.endpoint;
    QCOMPARE(got, (QStringList {a, b, b, b, a}));
    QCOMPARE(records[0].pod, coffee.pods[0]);
}

void tst_SimPipeline::traceCookieJar()
{
    // The walk-through's tea: the first response sets the cookie; with a jar every later request
    // carries it and lands on the same Pod.
    const auto c = config(Cafe, plusEdge());
    Diagnostics d;
    QByteArray csv = "client,host,path\n";
    for (int i = 0; i < 8; ++i)
        csv += "127.0.0.1,cafe.example.com,/tea\n";
    csv += "127.0.0.1,cafe.example.com,/coffee\n";
    const auto requests = RequestsCsv::parse(csv, QStringLiteral("r.csv"), d);
    TraceOptions options;
    options.cookieJar = true;
    for (quint64 seed = 0; seed < 5; ++seed) {
        options.seed = seed;
        const auto records = TraceRunner::run(c, requests, options);
        QVERIFY(records[0].cookie.isEmpty());
        const QByteArray sid = records[0].setCookie.mid(11, 32);
        QCOMPARE(records[0].setCookie,
                 QByteArray("cookie-tea=" + sid +
                            "; expires=Fri, 02-Jan-26 00:00:00 GMT; max-age=86400; path=/tea"));
        for (int i = 1; i < 8; ++i) {
            QCOMPARE(records[size_t(i)].cookie, QStringLiteral("cookie-tea=") + QString::fromLatin1(sid));
            QCOMPARE(records[size_t(i)].endpoint, records[0].endpoint);
        }
        QVERIFY(records[8].cookie.isEmpty()); // path=/tea
    }
    // Without a jar nothing is sent back, and random two least_conn moves the client around.
    options.cookieJar = false;
    const auto records = TraceRunner::run(c, requests, options);
    QStringList endpoints;
    for (int i = 0; i < 8; ++i) {
        QVERIFY(records[size_t(i)].cookie.isEmpty());
        endpoints << records[size_t(i)].endpoint;
    }
    endpoints.removeDuplicates();
    QCOMPARE(endpoints.size(), 2);
}

void tst_SimPipeline::traceCsv()
{
    RequestRecord r;
    r.index = 3;
    r.client = QStringLiteral("10.0.0.1");
    r.host = QStringLiteral("cafe.example.com");
    r.target = QStringLiteral("/tea?a=1,2");
    r.route = QStringLiteral("default/tea");
    r.rule = 0;
    r.upstream = QStringLiteral("u");
    r.endpoint = QStringLiteral("10.244.0.93:8080");
    r.pod = QStringLiteral("tea-1");
    r.status = 200;
    r.setCookie = "c=1; expires=Thu, 11-Dec-25 01:39:55 GMT";
    QCOMPARE(
        TraceRunner::toCsv({r}),
        QByteArray("request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie\n"
                   "3,10.0.0.1,cafe.example.com,\"/tea?a=1,2\",default/tea,0,u,10.244.0.93:8080,tea-1,200,"
                   "\"c=1; expires=Thu, 11-Dec-25 01:39:55 GMT\"\n"));
    RequestRecord none;
    none.index = 4;
    none.status = 404;
    QCOMPARE(TraceRunner::csvRow(none), QByteArray("4,,,,,,,,,404,\n"));
}

void tst_SimPipeline::unbalanceableUpstream()
{
    // Edge allows least_time on OSS; the simulator does not model it: 502 with the reason, never a guess.
    ngf::Profile edge;
    edge.version = ngf::NgfVersion::edge();
    const auto c = config(
        Cafe, edge,
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: UpstreamSettingsPolicy\nmetadata:\n  name: lt\n"
        "spec:\n  targetRefs:\n  - {group: core, kind: Service, name: latte}\n  loadBalancingMethod: "
        "\"least_time header\"\n");
    const UpstreamSnapshot &latte =
        c->upstreams()[size_t(c->upstreamIndex(QStringLiteral("default_latte_80")))];
    QVERIFY(hasErrors(latte.diagnostics));
    Diagnostics d;
    const auto records =
        TraceRunner::run(c,
                         RequestsCsv::parse("client,host,path\n10.0.0.1,cafe.example.com,/latte\n",
                                            QStringLiteral("r.csv"), d),
                         {});
    QCOMPARE(records[0].status, 502);
    QCOMPARE(records[0].upstream, QStringLiteral("default_latte_80"));
    QVERIFY(records[0].endpoint.isEmpty());
    QVERIFY2(records[0].error.contains(QStringLiteral("least_time")), qPrintable(records[0].error));
}

void tst_SimPipeline::externalNameUpstream()
{
    // NGF's ExternalName upstream is `server NAME:PORT resolve;`: nginx resolves it through DNS at run
    // time. The simulator does not resolve names: an error on the upstream, 502 with the reason.
    const QString dir = QStringLiteral("/tests/ngf/data/externalname-resolver/");
    const auto c = config(dir + u"cafe.yaml", {},
                          readFile(dir + u"gateway.yaml") + "\n---\n" + readFile(dir + u"route.yaml"));
    const UpstreamSnapshot &httpbin =
        c->upstreams()[size_t(c->upstreamIndex(QStringLiteral("default_httpbin_80")))];
    QVERIFY(hasErrors(httpbin.diagnostics));
    QVERIFY2(httpbin.diagnostics.front().toString().contains(u"server httpbin.org:80: a host name"),
             qPrintable(httpbin.diagnostics.front().toString()));
    Diagnostics d;
    const auto records = TraceRunner::run(
        c,
        RequestsCsv::parse(
            "client,host,path\n10.0.0.1,cafe.example.com,/external\n10.0.0.1,cafe.example.com,/coffee\n",
            QStringLiteral("r.csv"), d),
        {});
    QCOMPARE(records[0].status, 502);
    QCOMPARE(records[0].upstream, QStringLiteral("default_httpbin_80"));
    QVERIFY2(records[0].error.contains(u"does not resolve names"), qPrintable(records[0].error));
    QCOMPARE(records[1].status, 200); // the cluster's Services of the same route are simulated
    QVERIFY(!records[1].pod.isEmpty());
}

void tst_SimPipeline::unresolvedExtensionRefAnswers500()
{
    // NGF renders a rule whose ExtensionRef filter does not resolve as `return 500 "";`
    // (servers.go createLocation, InvalidFilter): the simulator answers 500 without proxying, and
    // the other rules of the route still reach their backend.
    ngf::Profile profile;
    profile.snippets = true;
    const auto c = config(QStringLiteral("/tests/ngf/data/filters-extensionref-missing/input.yaml"), profile);
    for (const char *path : {"/missing-snippets", "/missing-snippets/x", "/missing-auth"}) {
        const RouteDecision d = c->route(request(QStringLiteral("cafe.example.com"), QLatin1String(path)));
        QCOMPARE(d.status, 500);
        QCOMPARE(d.upstream, -1);
        QCOMPARE(d.route, QStringLiteral("default/cafe"));
    }
    const RouteDecision good = c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/good")));
    QCOMPARE(good.status, 0);
    QCOMPARE(good.upstreamName, QStringLiteral("default_coffee_80"));
    Diagnostics d;
    const auto records =
        TraceRunner::run(c,
                         RequestsCsv::parse("client,host,path\n10.0.0.1,cafe.example.com,/missing-auth\n"
                                            "10.0.0.1,cafe.example.com,/good\n",
                                            QStringLiteral("r.csv"), d),
                         {});
    QCOMPARE(records[0].status, 500);
    QCOMPARE(records[1].status, 200);
}

QTEST_GUILESS_MAIN(tst_SimPipeline)
#include "tst_simpipeline.moc"
