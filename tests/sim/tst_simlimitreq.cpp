// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// RateLimitPolicy through the whole pipeline: NGF renders limit_req_zone / limit_req (docs/ngf.md), the
// router evaluates the keys in the preaccess phase, and each Gateway replica's buckets decide request by
// request at the requests' times (at_ms): pass, wait (served later) or limit_req_status.
#include "pipelinetest.h"

#include "sim/requestscsv.h"
#include "sim/resultwriter.h"
#include "sim/scenariorunner.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString RlpDesign = QStringLiteral("/tests/ngf/data/rlp-example/input.yaml");

// A route limit with a reject code, a dry-run Gateway limit, and endpoints so that a passing request
// gets 200.
const QByteArray design = R"(
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gateway}
spec:
  gatewayClassName: nginx
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: cafe}
spec:
  parentRefs: [{name: gateway}]
  hostnames: ["cafe.example.com"]
  rules:
  - matches: [{path: {type: PathPrefix, value: /coffee}}]
    backendRefs: [{name: coffee, port: 80}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: open}
spec:
  parentRefs: [{name: gateway}]
  hostnames: ["cafe.example.com"]
  rules:
  - matches: [{path: {type: PathPrefix, value: /tea}}]
    backendRefs: [{name: coffee, port: 80}]
---
apiVersion: gateway.nginx.org/v1alpha1
kind: RateLimitPolicy
metadata: {name: route-limit}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: cafe}]
  rateLimit:
    rejectCode: 429
    local:
      rules:
      - {key: "$binary_remote_addr", rate: 10r/s, burst: 2, noDelay: true}
---
apiVersion: gateway.nginx.org/v1alpha1
kind: RateLimitPolicy
metadata: {name: gateway-limit}
spec:
  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gateway}]
  rateLimit:
    dryRun: true
    local:
      rules:
      - {key: "$binary_remote_addr", rate: 1r/s}
---
apiVersion: v1
kind: Service
metadata: {name: coffee}
spec:
  ports: [{name: http, port: 80, targetPort: 8080}]
  selector: {app: coffee}
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: coffee-ipv4
  labels: {kubernetes.io/service-name: coffee}
addressType: IPv4
ports: [{name: http, port: 8080, protocol: TCP}]
endpoints:
- addresses: ["10.12.0.10"]
  conditions: {ready: true}
)";

std::vector<TraceRequest> parse(const QByteArray &csv)
{
    Diagnostics d;
    auto requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    if (hasErrors(d))
        qFatal("requests.csv does not read");
    return requests;
}

QStringList verdicts(const std::vector<RequestRecord> &records)
{
    QStringList out;
    for (const RequestRecord &r : records)
        out << QStringLiteral("%1 %2 %3").arg(r.status).arg(r.limitReq).arg(r.delayMs);
    return out;
}

} // namespace

class tst_SimLimitReq : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rlpExample();
    void rejectCodeAndDryRun();
    void explained();
    void scenarioRejectedOverTime();
};

void tst_SimLimitReq::rlpExample()
{
    // NGF's examples/rate-limit-policy: the Gateway's 10r/s (server) and the route's 1r/s burst=3 on
    // /coffee (its location's limit_req replaces the server's).
    const auto c = config(RlpDesign);
    const RouteDecision tea = c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/tea")));
    QVERIFY(tea.limitReq);
    QCOMPARE(tea.limitReq->limits.size(), size_t(1));
    QCOMPARE(tea.limitReq->limits[0].zone, QByteArray("default_rl_gateway-rate-limit_rule0"));
    QCOMPARE(tea.limitReq->limits[0].key, QByteArray::fromHex("0a010001")); // 10.1.0.1
    const RouteDecision coffee =
        c->route(request(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/x")));
    QVERIFY(coffee.limitReq);
    QCOMPARE(coffee.limitReq->limits.size(), size_t(1));
    QCOMPARE(coffee.limitReq->limits[0].zone, QByteArray("default_rl_route-rate-limit_rule0"));
    QCOMPARE(coffee.limitReq->limits[0].burst, 3000);
    QCOMPARE(coffee.limitReq->limits[0].rate, 1000);

    const QByteArray csv = "client,host,path,at_ms\n"
                           "10.0.0.1,cafe.example.com,/tea,0\n"
                           "10.0.0.1,cafe.example.com,/tea,0\n"
                           "10.0.0.1,cafe.example.com,/tea,50\n"
                           "10.0.0.2,cafe.example.com,/tea,50\n"
                           "10.0.0.1,cafe.example.com,/tea,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,100\n"
                           "10.0.0.1,cafe.example.com,/coffee,1600\n";
    const auto records = TraceRunner::run(c, parse(csv), {});
    QCOMPARE(records.size(), size_t(11));
    const QStringList got = verdicts(records);
    // 10r/s: a second request at once or 50 ms later is rejected, 100 ms later it passes; another client
    // has its own bucket. /coffee, 1r/s burst=3: three wait 1, 2, 3 s, the fifth is rejected; 1.5 s
    // later the bucket holds 3 - 1.5 + 1 = 2.5 requests: 2.5 s.
    const QStringList want {
        QStringLiteral("200 PASSED 0"),     QStringLiteral("503 REJECTED 0"),
        QStringLiteral("503 REJECTED 0"),   QStringLiteral("200 PASSED 0"),
        QStringLiteral("200 PASSED 0"),     QStringLiteral("200 PASSED 0"),
        QStringLiteral("200 DELAYED 1000"), QStringLiteral("200 DELAYED 2000"),
        QStringLiteral("200 DELAYED 3000"), QStringLiteral("503 REJECTED 0"),
        QStringLiteral("200 DELAYED 2500"),
    };
    QCOMPARE(got, want);
    QCOMPARE(records[0].upstream, QStringLiteral("default_tea_80"));
    QCOMPARE(records[1].upstream, QString());
    QCOMPARE(records[1].route, QStringLiteral("default/tea"));
    QCOMPARE(
        records[1].error,
        QStringLiteral("limiting requests, excess: 1.000 by zone \"default_rl_gateway-rate-limit_rule0\""));
    QCOMPARE(
        records[9].error,
        QStringLiteral("limiting requests, excess: 4.000 by zone \"default_rl_route-rate-limit_rule0\""));
    // The CSV gets the limit_req columns.
    const QByteArray out = TraceRunner::toCsv(records);
    QVERIFY(out.startsWith(
        "request,client,host,path,route,rule,upstream,endpoint,pod,status,set_cookie,limit_req,"
        "delay_ms\n"));
    const QByteArray row7 = "\n7,10.0.0.1,cafe.example.com,/coffee,default/coffee,0,default_coffee_80,";
    QVERIFY(out.contains(row7));
    QVERIFY(out.mid(out.indexOf(row7) + 1).startsWith(TraceRunner::csvRow(records[6], true)));
    QVERIFY(TraceRunner::csvRow(records[6], true).endsWith(",200,,DELAYED,1000\n"));
}

void tst_SimLimitReq::rejectCodeAndDryRun()
{
    SimulationInput in;
    in.files.push_back({QStringLiteral("design.yaml"), design});
    QString error;
    const auto c = GatewayConfig::build(in.makeDesign(), {}, nullptr, &error);
    QVERIFY2(c, qPrintable(error));
    // /coffee: 10r/s burst=2 nodelay, 429. /tea: the Gateway's dry run 1r/s.
    QByteArray csv = "client,host,path,at_ms\n";
    for (int i = 0; i < 4; ++i)
        csv += "10.0.0.1,cafe.example.com,/coffee,0\n";
    csv += "10.0.0.1,cafe.example.com,/coffee,300\n";
    // /tea: 1r/s without burst: at once the second is a (dry-run) rejection, which charges nothing.
    for (int i = 0; i < 3; ++i)
        csv += "10.0.0.1,cafe.example.com,/tea,0\n";
    const auto records = TraceRunner::run(c, parse(csv), {});
    // The Gateway policy's `limit_req_dry_run on` (server) is inherited by the route's location, which
    // sets only its own limit_req and limit_req_status (ngx_http_limit_req_merge_conf()): the fourth
    // request is a dry-run rejection, not a 429.
    QStringList want {
        QStringLiteral("200 PASSED 0"),           QStringLiteral("200 PASSED 0"),
        QStringLiteral("200 PASSED 0"),           QStringLiteral("200 REJECTED_DRY_RUN 0"),
        QStringLiteral("200 PASSED 0"),           QStringLiteral("200 PASSED 0"),
        QStringLiteral("200 REJECTED_DRY_RUN 0"), QStringLiteral("200 REJECTED_DRY_RUN 0"),
    };
    QCOMPARE(verdicts(records), want);
    QCOMPARE(records[7].endpoint, QStringLiteral("10.12.0.10:8080"));

    // Without the dry run: 429, no upstream, no endpoint.
    SimulationInput strict;
    strict.files.push_back(
        {QStringLiteral("design.yaml"), QByteArray(design).replace("    dryRun: true\n", "")});
    const auto c2 = GatewayConfig::build(strict.makeDesign(), {}, nullptr, &error);
    QVERIFY2(c2, qPrintable(error));
    const auto strictRecords = TraceRunner::run(c2, parse(csv), {});
    want[3] = QStringLiteral("429 REJECTED 0");
    want[6] = QStringLiteral("503 REJECTED 0");
    want[7] = QStringLiteral("503 REJECTED 0");
    QCOMPARE(verdicts(strictRecords), want);
    QCOMPARE(strictRecords[3].upstream, QString());
    QCOMPARE(strictRecords[3].endpoint, QString());
    QCOMPARE(strictRecords[6].endpoint, QString());
}

void tst_SimLimitReq::explained()
{
    const auto c = config(RlpDesign);
    TraceOptions options;
    options.explain = true;
    const auto records = TraceRunner::run(c,
                                          parse("client,host,path,at_ms\n"
                                                "10.0.0.1,cafe.example.com,/coffee,0\n"
                                                "10.0.0.1,cafe.example.com,/coffee,10\n"),
                                          options);
    QVERIFY(!records[1].routeTrace.isEmpty());
    QVERIFY2(records[1].routeTrace.join(u'\n').contains(u"limit_req at 10 ms: DELAYED"),
             qPrintable(records[1].routeTrace.join(u'\n')));
    QVERIFY(records[1].routeTrace.join(u'\n').contains(u"served 990 ms later"));
    const QJsonObject json = ResultWriter::json(records[1]);
    QCOMPARE(json.value(QStringLiteral("limit_req")).toString(), QStringLiteral("DELAYED"));
    QCOMPARE(json.value(QStringLiteral("delay_ms")).toInt(), 990);
}

void tst_SimLimitReq::scenarioRejectedOverTime()
{
    // One client asks for /tea every 50 ms at 10r/s without burst: every second request is rejected (0
    // passes, 50 ms: 0.5 > 0, 100 ms: 0 again): one in each 100 ms bucket (the chart's bucket for 1 s).
    Diagnostics d;
    const auto s = ScenarioParser::parse("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\n"
                                         "metadata:\n  name: t\nspec:\n"
                                         "  populations:\n  - name: one\n    thinkTime: 50ms\n    script:\n"
                                         "    - {host: cafe.example.com, path: /tea, repeat: 20}\n",
                                         QStringLiteral("t.yaml"), d);
    QVERIFY(s);
    const auto r = ScenarioRunner::run(input(RlpDesign, ScenarioRunner::profile(*s, {})), *s, {}, d);
    QVERIFY(r);
    QCOMPARE(r->requests, 20);
    const int g = r->groupOf(QStringLiteral("default/tea"), 0);
    QVERIFY(g >= 0);
    const RouteStats &stats = r->stats[size_t(g)];
    QCOMPARE(stats.rejected, 10);
    QCOMPARE(stats.statuses.at(503), 10);
    QCOMPARE(stats.served, 10);
    QCOMPARE(r->bucketMs, 100);
    QCOMPARE(stats.rejectedOverTime, std::vector<qint64>(10, 1));
    const QByteArray csv = ResultWriter::csv(*r);
    QVERIFY2(csv.contains("route_time,default/tea rule 0,default_tea_80,,,900,rejected,1"), csv.constData());
}

QTEST_GUILESS_MAIN(tst_SimLimitReq)
#include "tst_simlimitreq.moc"
