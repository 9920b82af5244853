// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// CORS and RequestMirror through the whole pipeline: the rendered configuration of the golden cases answers a
// CORS preflight (OPTIONS with Origin and Access-Control-Request-Method) with NGF's `return 200` and the
// Access-Control-* headers of the allowed origin, and a request to a mirrored rule names the mirror
// subrequest, which the simulation does not balance (its notes say so).
#include "pipelinetest.h"

#include "sim/ngfgateway.h"
#include "sim/requestscsv.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString CorsMirrorDesign = QStringLiteral("/tests/ngf/data/filters-cors-mirror/input.yaml");
const QString CorsDesign = QStringLiteral("/tests/ngf/data/filters-cors/input.yaml");

// Endpoints for the golden design's coffee Service (it has none: its upstream would be NGF's 503 socket).
const QByteArray coffeeEndpoints = R"(
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

gw::nginx::Request preflight(const QString &host, const QString &target, const QString &origin)
{
    gw::nginx::Request r = request(host, target);
    r.method = QStringLiteral("OPTIONS");
    if (!origin.isEmpty())
        r.headers.append({QStringLiteral("Origin"), origin});
    r.headers.append({QStringLiteral("Access-Control-Request-Method"), QStringLiteral("DELETE")});
    r.headers.append({QStringLiteral("Access-Control-Request-Headers"), QStringLiteral("X-Token")});
    return r;
}

QString header(const RouteDecision &d, const QString &name)
{
    for (const auto &[n, v] : d.responseHeaders) {
        if (n == name)
            return v;
    }
    return QStringLiteral("<none>");
}

} // namespace

class tst_SimCors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preflightAllowedOrigin();
    void preflightOtherOrigin();
    void wildcards();
    void mirroredRequest();
    void requestsCsv();
};

void tst_SimCors::preflightAllowedOrigin()
{
    const auto c = config(CorsMirrorDesign);
    const RouteDecision d = c->route(preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee"),
                                               QStringLiteral("https://www.example.com")),
                                     true);
    QCOMPARE(d.status, 200);
    QCOMPARE(d.upstream, -1);
    QCOMPARE(d.route, QStringLiteral("default/coffee"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://www.example.com"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Methods")), QStringLiteral("GET"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("5"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Credentials")), QStringLiteral("<none>"));
    // The preflight is answered in the rewrite phase: nothing is mirrored.
    QVERIFY(d.mirrors.isEmpty());

    // All fields, from an HTTPS server (SSL_ variables) and from an internal match location.
    const auto all = config(CorsDesign);
    const RouteDecision complex =
        all->route(preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/complex-path/x"),
                             QStringLiteral("https://shop.test.com")));
    QCOMPARE(complex.status, 200);
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://shop.test.com"));
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Allow-Methods")),
             QStringLiteral("GET, POST, DELETE"));
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Allow-Headers")),
             QStringLiteral("Content-Type, X-Custom"));
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Expose-Headers")),
             QStringLiteral("X-Total-Count"));
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Allow-Credentials")), QStringLiteral("true"));
    QCOMPARE(header(complex, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("7200"));

    gw::nginx::Request secure = preflight(QStringLiteral("secure.example.com"), QStringLiteral("/"),
                                          QStringLiteral("https://secure.example.com"));
    secure.scheme = QStringLiteral("https");
    secure.port = 443;
    secure.sni = QStringLiteral("secure.example.com");
    const RouteDecision s = all->route(secure);
    QCOMPARE(s.status, 200);
    QCOMPARE(header(s, QStringLiteral("Access-Control-Allow-Credentials")), QStringLiteral("true"));
    QCOMPARE(header(s, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("3600"));

    gw::nginx::Request api = preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/api/v1"),
                                       QStringLiteral("https://app.example.com"));
    api.headers.append({QStringLiteral("version"), QStringLiteral("v2")});
    const RouteDecision a = all->route(api);
    QCOMPARE(a.status, 200);
    QVERIFY2(a.location.contains(QStringLiteral("_ngf-internal-rule")), qPrintable(a.location));
    QCOMPARE(header(a, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://app.example.com"));
}

void tst_SimCors::preflightOtherOrigin()
{
    const auto c = config(CorsMirrorDesign);
    for (const QString &origin : {QStringLiteral("https://evil.example.com"), QString()}) {
        const RouteDecision d =
            c->route(preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/x"), origin));
        // nginx still answers 200 (NGF's `if`), without Access-Control-Allow-Origin: the browser refuses.
        QCOMPARE(d.status, 200);
        QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Origin")), QStringLiteral("<none>"));
        QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Methods")), QStringLiteral("GET"));
    }
}

void tst_SimCors::wildcards()
{
    const auto all = config(CorsDesign);
    const RouteDecision d = all->route(preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/open"),
                                                 QStringLiteral("https://any.example")));
    QCOMPARE(d.status, 200);
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Origin")), QStringLiteral("https://any.example"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Methods")), QStringLiteral("DELETE"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Headers")), QStringLiteral("X-Token"));
    QCOMPARE(header(d, QStringLiteral("Access-Control-Expose-Headers")), QStringLiteral("*"));

    // A redirect rule with CORS: the preflight is answered before the redirect.
    const RouteDecision old =
        all->route(preflight(QStringLiteral("cafe.example.com"), QStringLiteral("/old/x"),
                             QStringLiteral("http://a.example.com:8080")));
    QCOMPARE(old.status, 200);
    QCOMPARE(header(old, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("http://a.example.com:8080"));
    gw::nginx::Request get = request(QStringLiteral("cafe.example.com"), QStringLiteral("/old/x"));
    get.headers.append({QStringLiteral("Origin"), QStringLiteral("http://a.example.com:8080")});
    const RouteDecision redirected = all->route(get);
    QCOMPARE(redirected.status, 301);
    QCOMPARE(header(redirected, QStringLiteral("Access-Control-Max-Age")), QStringLiteral("600"));
}

void tst_SimCors::mirroredRequest()
{
    const auto c = config(CorsMirrorDesign, {}, coffeeEndpoints);
    gw::nginx::Request get = request(QStringLiteral("cafe.example.com"), QStringLiteral("/coffee/beans"));
    get.headers.append({QStringLiteral("Origin"), QStringLiteral("https://www.example.com")});
    const RouteDecision d = c->route(get);
    QCOMPARE(d.status, 0);
    QCOMPARE(d.upstreamName, QStringLiteral("default_coffee_80"));
    QCOMPARE(d.mirrors, QStringList {QStringLiteral("/_ngf-internal-mirror-tea-default/coffee-0")});
    QCOMPARE(header(d, QStringLiteral("Access-Control-Allow-Origin")),
             QStringLiteral("https://www.example.com"));
    // The mirror location is internal: a client asking for it gets 404.
    QCOMPARE(c->route(request(QStringLiteral("cafe.example.com"),
                              QStringLiteral("/_ngf-internal-mirror-tea-default/coffee-0")))
                 .status,
             404);

    // The simulation says that it does not send mirrored requests: once per `mirror` line (the rule's two
    // locations, `/coffee/` and `= /coffee`).
    const Diagnostics notes = c->notes();
    QCOMPARE(notes.size(), size_t(2));
    for (const Diagnostic &n : notes) {
        QCOMPARE(n.severity, Diagnostic::Severity::Warning);
        QVERIFY2(n.message.contains(QStringLiteral("does not send, balance or count mirrored requests")),
                 qPrintable(n.message));
        QVERIFY(n.message.startsWith(QStringLiteral("mirror /_ngf-internal-mirror-tea-default/coffee-0:")));
        QVERIFY(n.location.isValid());
    }
    QVERIFY(config(CorsDesign)->notes().empty());
}

void tst_SimCors::requestsCsv()
{
    const auto c = config(CorsMirrorDesign, {}, coffeeEndpoints);
    Diagnostics d;
    const QByteArray csv("client,host,path,method,header:Origin,header:Access-Control-Request-Method\n"
                         "10.0.0.1,cafe.example.com,/coffee,OPTIONS,https://www.example.com,GET\n"
                         "10.0.0.1,cafe.example.com,/coffee,GET,https://www.example.com,\n");
    const auto requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    QVERIFY(!hasErrors(d));
    QCOMPARE(requests.size(), size_t(2));
    const auto records = TraceRunner::run(c, requests, {});
    QCOMPARE(records.size(), size_t(2));
    QCOMPARE(records[0].status, 200);
    QCOMPARE(records[0].upstream, QString());
    // The proxied request is balanced on the rule's backend only (the mirror is not simulated).
    QCOMPARE(records[1].status, 200);
    QCOMPARE(records[1].upstream, QStringLiteral("default_coffee_80"));
    QCOMPARE(records[1].endpoint, QStringLiteral("10.12.0.10:8080"));
}

QTEST_GUILESS_MAIN(tst_SimCors)
#include "tst_simcors.moc"
