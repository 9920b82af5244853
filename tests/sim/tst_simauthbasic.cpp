// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Basic authentication through the whole pipeline: an AuthenticationFilter's Secret becomes the htpasswd
// file NGF writes (/etc/nginx/secrets/basic_auth_NS_NAME), nginx's auth_basic answers 401 without valid
// credentials, and a requests CSV sets the Authorization header with a `header:Authorization` column.
#include "pipelinetest.h"

#include "sim/requestscsv.h"
#include "sim/tracerunner.h"

#include <QTest>

using namespace gw;
using namespace gw::sim;
using namespace pipelinetest;

namespace {

const QString BasicAuthDesign = QStringLiteral("/tests/ngf/data/filters-basic-auth/input.yaml");

QString basic(const QByteArray &userPassword)
{
    return QStringLiteral("Basic ") + QString::fromLatin1(userPassword.toBase64());
}

gw::nginx::Request withAuth(const QString &target, const QString &authorization,
                            const QList<gw::nginx::Header> &more = {})
{
    gw::nginx::Request r = request(QStringLiteral("cafe.example.com"), target);
    if (!authorization.isEmpty())
        r.headers.append({QStringLiteral("Authorization"), authorization});
    r.headers.append(more);
    return r;
}

// A Secret given as base64 `data` with hashes in several formats (openssl passwd), and a second filter
// on the same Secret.
const QByteArray hashedDesign = R"(
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
    filters:
    - type: ExtensionRef
      extensionRef: {group: gateway.nginx.org, kind: AuthenticationFilter, name: hashed}
    backendRefs: [{name: coffee, port: 80}]
  - matches: [{path: {type: PathPrefix, value: /open}}]
    backendRefs: [{name: coffee, port: 80}]
---
apiVersion: gateway.nginx.org/v1alpha1
kind: AuthenticationFilter
metadata: {name: hashed}
spec:
  type: Basic
  basic: {secretRef: {name: hashed-users}, realm: "Hashed"}
---
apiVersion: v1
kind: Secret
metadata: {name: hashed-users}
type: Opaque
data:
  auth: @AUTH@
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

} // namespace

class tst_SimAuthBasic : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenDesign();
    void hashedSecret();
    void requestsCsv();
};

void tst_SimAuthBasic::goldenDesign()
{
    const auto c = config(BasicAuthDesign);
    // The htpasswd file is there for the router, but not in the listing (nginx -T does not show it).
    QVERIFY(c->nginxConfig().files().contains(
        QStringLiteral("/etc/nginx/secrets/basic_auth_default_basic-auth-users")));
    QVERIFY(!c->text().contains("basic_auth_default_basic-auth-users:"));
    QVERIFY(!c->text().contains("{PLAIN}password"));

    const RouteDecision none = c->route(withAuth(QStringLiteral("/coffee"), {}), true);
    QCOMPARE(none.status, 401);
    QCOMPARE(none.upstream, -1);
    QCOMPARE(none.route, QStringLiteral("default/cafe"));
    QCOMPARE(none.rule, 0);
    QCOMPARE(none.error, QStringLiteral("no user/password was provided for basic authentication"));
    const bool traced = std::any_of(none.trace.begin(), none.trace.end(), [](const gw::nginx::TraceStep &t) {
        return t.kind == gw::nginx::TraceStep::Kind::Access;
    });
    QVERIFY(traced);

    const RouteDecision wrong = c->route(withAuth(QStringLiteral("/coffee/beans"), basic("user:nope")));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.error, QStringLiteral("user \"user\": password mismatch"));
    const RouteDecision right = c->route(withAuth(QStringLiteral("/coffee/beans"), basic("user:password")));
    QCOMPARE(right.status, 0);
    QCOMPARE(right.upstreamName, QStringLiteral("default_coffee_80"));
    QCOMPARE(right.route, QStringLiteral("default/cafe"));

    // /tea: NGF's njs matcher redirects to the internal locations, which carry the legacy Secret's auth.
    const gw::nginx::Header v2 {QStringLiteral("x-version"), QStringLiteral("2")};
    QCOMPARE(c->route(withAuth(QStringLiteral("/tea"), {})).status, 401);
    QCOMPARE(c->route(withAuth(QStringLiteral("/tea"), {}, {v2})).status, 401);
    QCOMPARE(c->route(withAuth(QStringLiteral("/tea"), basic("user:password"))).status, 0);
    const RouteDecision tea2 = c->route(withAuth(QStringLiteral("/tea/x"), basic("user:password"), {v2}));
    QCOMPARE(tea2.status, 0);
    QCOMPARE(tea2.location, QStringLiteral("/_ngf-internal-rule4-route0"));

    // Invalid filters: NGF's `return 500 "";` runs in the rewrite phase, before any access check.
    for (const char *path : {"/no-key", "/no-secret/x", "/jwt"}) {
        QCOMPARE(c->route(withAuth(QLatin1String(path), {})).status, 500);
        QCOMPARE(c->route(withAuth(QLatin1String(path), basic("user:password"))).status, 500);
    }
}

void tst_SimAuthBasic::hashedSecret()
{
    const QByteArray htpasswd =
        "# users\n"
        "apr:$apr1$saltsalt$LrttParrLPdxvgutaSXWJ0\n"
        "sha:{SHA}5en6G6MezRroT3XKqkdPOmY/BfQ=\n"
        "sha512:$6$somesalt$JX0Uhce8rLRHbaqoSQDYsnTxsqcjCNNcrl79ieTwPGzEhxBEeJcsgDUWIOwc3sDvZ"
        "N34ZJBWQep7.lcAuSesy/\n";
    QByteArray yaml = hashedDesign;
    yaml.replace("@AUTH@", htpasswd.toBase64());
    SimulationInput in;
    in.files.push_back({QStringLiteral("hashed.yaml"), yaml});
    const auto design = in.makeDesign();
    QVERIFY(design);
    QString error;
    const auto c = GatewayConfig::build(design, {}, nullptr, &error);
    QVERIFY2(c, qPrintable(error));
    const QString coffee = QStringLiteral("/coffee");
    QCOMPARE(c->route(withAuth(coffee, basic("apr:secret"))).status, 0);
    QCOMPARE(c->route(withAuth(coffee, basic("sha:secret"))).status, 0);
    QCOMPARE(c->route(withAuth(coffee, basic("sha512:secret"))).status, 0);
    QCOMPARE(c->route(withAuth(coffee, basic("sha512:Secret"))).status, 401);
    QCOMPARE(c->route(withAuth(coffee, basic("# users:x"))).status, 401);
    QCOMPARE(c->route(withAuth(coffee, QStringLiteral("Bearer token"))).status, 401);
    QCOMPARE(c->route(withAuth(QStringLiteral("/open"), {})).status, 0);

    // Without the Secret NGF writes no file and the filter is invalid: 500 before the access phase.
    yaml = hashedDesign;
    yaml.replace("@AUTH@", htpasswd.toBase64());
    yaml.replace("secretRef: {name: hashed-users}", "secretRef: {name: other-users}");
    SimulationInput broken;
    broken.files.push_back({QStringLiteral("hashed.yaml"), yaml});
    const auto c2 = GatewayConfig::build(broken.makeDesign(), {}, nullptr, &error);
    QVERIFY2(c2, qPrintable(error));
    QCOMPARE(c2->route(withAuth(coffee, basic("apr:secret"))).status, 500);
}

void tst_SimAuthBasic::requestsCsv()
{
    const auto c = config(BasicAuthDesign);
    Diagnostics d;
    QByteArray csv("client,host,path,header:Authorization\n");
    const auto row = [&](const char *path, const QString &authorization) {
        csv.append("10.0.0.1,cafe.example.com,")
            .append(path)
            .append(',')
            .append(authorization.toUtf8())
            .append('\n');
    };
    row("/coffee", {});
    row("/coffee", basic("user:password"));
    row("/coffee", basic("user:wrong"));
    row("/no-key", basic("user:password"));
    const auto requests = RequestsCsv::parse(csv, QStringLiteral("requests.csv"), d);
    QVERIFY(!hasErrors(d));
    QCOMPARE(requests.size(), size_t(4));
    const auto records = TraceRunner::run(c, requests, {});
    QCOMPARE(records.size(), size_t(4));
    QCOMPARE(records[0].status, 401);
    QCOMPARE(records[0].upstream, QString());
    QCOMPARE(records[1].status, 200);
    QCOMPARE(records[1].upstream, QStringLiteral("default_coffee_80"));
    QCOMPARE(records[1].endpoint, QStringLiteral("10.12.0.10:8080"));
    QCOMPARE(records[2].status, 401);
    QCOMPARE(records[3].status, 500);
}

QTEST_GUILESS_MAIN(tst_SimAuthBasic)
#include "tst_simauthbasic.moc"
