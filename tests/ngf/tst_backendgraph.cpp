// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "ngf/effectivenginxproxy.h"
#include "ngf/generator.h"
#include "ngf/graphbuilder.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QFile>
#include <QTest>

using namespace gw;
using namespace gw::ngf;

namespace {

std::unique_ptr<Design> load(const QByteArray &yaml)
{
    auto design = std::make_unique<Design>();
    const auto r = design->addFile(yaml, QStringLiteral("t.yaml"));
    if (!r.ok) {
        for (const Diagnostic &d : r.diagnostics)
            qWarning("%s", qPrintable(d.toString()));
    }
    return design;
}

const QByteArray gateway = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  listeners:
  - {name: http, port: 80, protocol: HTTP}
---
)";

/** The Gateway, a route to Service app port 443 (named https). */
const QByteArray appBackend = gateway + R"(apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  parentRefs: [{name: gw}]
  rules:
  - backendRefs: [{name: app, port: 443}]
---
apiVersion: v1
kind: Service
metadata: {name: app}
spec:
  ports: [{name: https, port: 443}]
---
)";

bool hasMessage(const Conditions &list, const QString &type, const QString &message)
{
    for (const Condition &c : list) {
        if (c.type == type && c.message == message)
            return true;
    }
    return false;
}

} // namespace

/**
 * The graph rules of backend TLS, ExternalName Services, NginxProxy merging and CA checks, one
 * rule per test (the golden cases show them together).
 */
class tst_BackendGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveNginxProxyMerge();
    void invalidPolicyMessageOnRoute();
    void conflictedPolicyLoses();
    void externalNamePerGateway();
    void ipAndCidr_data();
    void ipAndCidr();
    void caValidation_data();
    void caValidation();
    void selectorSeesNamespaceLabels();
    void ancestorLimit();
};

void tst_BackendGraph::effectiveNginxProxyMerge()
{
    const auto design = load(R"(apiVersion: gateway.nginx.org/v1alpha2
kind: NginxProxy
metadata: {name: class, namespace: ngf}
spec:
  telemetry:
    exporter: {endpoint: collector:4317, batchSize: 10}
    spanAttributes: [{key: a, value: b}]
  rewriteClientIP:
    mode: XForwardedFor
    trustedAddresses: [{type: CIDR, value: 10.0.0.0/8}]
  nginxPlus:
    allowedAddresses: [{type: IPAddress, value: 10.0.0.1}]
  kubernetes:
    deployment:
      container: {readinessProbe: {port: 9000}}
---
apiVersion: gateway.nginx.org/v1alpha2
kind: NginxProxy
metadata: {name: gw}
spec:
  telemetry:
    exporter: {interval: 5s}
    spanAttributes: []
  rewriteClientIP:
    trustedAddresses: []
  nginxPlus:
    allowedAddresses: []
  kubernetes:
    daemonSet:
      container: {readinessProbe: {path: /ok}}
)");
    const Resource *cls = design->find(Kind::NginxProxy, QStringLiteral("ngf"), QStringLiteral("class"));
    const Resource *gw = design->find(Kind::NginxProxy, QStringLiteral("default"), QStringLiteral("gw"));
    QVERIFY(cls && gw);
    const auto e = EffectiveNginxProxy::merge(cls, gw);
    QVERIFY(e);
    const NginxProxy &p = e->spec;
    // Nested objects merge field by field.
    QCOMPARE(p.telemetry->exporter->endpoint, std::optional<QString>(QStringLiteral("collector:4317")));
    QCOMPARE(p.telemetry->exporter->interval, std::optional<QString>(QStringLiteral("5s")));
    QCOMPARE(p.telemetry->exporter->batchSize, std::optional<int>(10));
    QCOMPARE(e->source(QStringLiteral("spec.telemetry.exporter.endpoint")).resource, cls->id);
    QCOMPARE(e->source(QStringLiteral("spec.telemetry.exporter.interval")).resource, gw->id);
    // Written empty lists clear what NGF's cleanup clears...
    QVERIFY(p.telemetry->spanAttributes.empty());
    QVERIFY(p.rewriteClientIP->trustedAddresses.empty());
    QCOMPARE(p.rewriteClientIP->mode, std::optional<QString>(QStringLiteral("XForwardedFor")));
    // ...and the other empty lists are left out by the JSON round trip.
    QCOMPARE(p.nginxPlusAllowedAddresses->size(), size_t(1));
    // A DaemonSet on the Gateway removes the class's Deployment.
    QVERIFY(p.kubernetes->daemonSet);
    QVERIFY(!p.kubernetes->deployment);
    QVERIFY(!p.kubernetes->deploymentProbe);
    QVERIFY(e->telemetryEnabled());
    // Either side alone is taken as it is.
    QCOMPARE(EffectiveNginxProxy::merge(nullptr, gw)->spec.nginxPlusAllowedAddresses->size(), size_t(0));
    QVERIFY(!EffectiveNginxProxy::merge(nullptr, nullptr));
}

void tst_BackendGraph::invalidPolicyMessageOnRoute()
{
    // findBackendTLSPolicyForService: the backend is invalid and the route says why, with the
    // policy's first condition (deduplication in the status keeps only the last ResolvedRefs).
    const auto design = load(appBackend + R"(apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: p}
spec:
  targetRefs: [{group: "", kind: Service, name: app}]
  validation:
    caCertificateRefs: [{group: "", kind: ConfigMap, name: nowhere}]
    hostname: app.example.com
)");
    const Graph g = GraphBuilder::build(*design, {});
    QCOMPARE(g.routes.size(), size_t(1));
    const GraphBackendRef &ref = g.routes[0].rules[0].backendRefs[0];
    QVERIFY(!ref.valid);
    QCOMPARE(ref.tlsPolicy, -1);
    QVERIFY(hasMessage(
        g.routes[0].conditions, QStringLiteral("ResolvedRefs"),
        QStringLiteral("The BackendTLSPolicy is invalid: validation.caCertificateRefs[0]: Invalid "
                       "value: {\"group\":\"\",\"kind\":\"ConfigMap\",\"name\":\"nowhere\"}: ConfigMap "
                       "default/nowhere does not exist, or is missing an expected key")));
    QCOMPARE(g.backendTlsPolicies.size(), size_t(1));
    QVERIFY(g.backendTlsPolicies[0].referenced);
    QVERIFY(!g.backendTlsPolicies[0].valid);
    QCOMPARE(g.backendTlsPolicies[0].gateways, std::vector<int> {0});
}

void tst_BackendGraph::conflictedPolicyLoses()
{
    // Two policies on one port: the older (creationTimestamp, then namespace/name) wins.
    const auto design = load(appBackend + R"(apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: b}
spec:
  targetRefs: [{group: "", kind: Service, name: app}]
  validation: {wellKnownCACertificates: System, hostname: b.example.com}
---
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: a}
spec:
  targetRefs: [{group: "", kind: Service, name: app, sectionName: https}]
  validation: {wellKnownCACertificates: System, hostname: a.example.com}
)");
    const auto result = Generator::run(*design, {});
    const Graph &g = result->graph;
    QCOMPARE(g.backendTlsPolicies.size(), size_t(2));
    // Without timestamps the document order decides (docs/ngf.md, "Age order"): b is older.
    const GraphBackendTlsPolicy &b = g.backendTlsPolicies[0];
    const GraphBackendTlsPolicy &a = g.backendTlsPolicies[1];
    QCOMPARE(b.resource->meta.name, QStringLiteral("b"));
    QCOMPARE(b.conditions.back().reason, QStringLiteral("Accepted"));
    QCOMPARE(a.conditions.back().reason, QStringLiteral("Conflicted"));
    QVERIFY(result->nginxT().contains(QStringLiteral("proxy_ssl_name b.example.com;")));
    QVERIFY(!result->nginxT().contains(QStringLiteral("a.example.com")));
}

void tst_BackendGraph::externalNamePerGateway()
{
    // checkExternalNameValidForGateways: invalid where the Gateway has no DNS resolver, valid where
    // it has one; the route attaches to both.
    const auto design = load(R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: with-dns}
spec:
  gatewayClassName: nginx
  infrastructure: {parametersRef: {group: gateway.nginx.org, kind: NginxProxy, name: dns}}
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: without-dns}
spec:
  gatewayClassName: nginx
  listeners: [{name: http, port: 80, protocol: HTTP}]
---
apiVersion: gateway.nginx.org/v1alpha2
kind: NginxProxy
metadata: {name: dns}
spec:
  dnsResolver: {addresses: [{type: IPAddress, value: 10.0.0.2}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  parentRefs: [{name: with-dns}, {name: without-dns}]
  rules:
  - backendRefs: [{name: ext, port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec:
  type: ExternalName
  externalName: api.example.org
  ports: [{port: 80}]
)");
    Profile profile;
    profile.gateway = QStringLiteral("default/with-dns");
    const auto with = Generator::run(*design, profile);
    const Graph &g = with->graph;
    const int withDns = g.gatewayIndex(QStringLiteral("default"), QStringLiteral("with-dns"));
    const int withoutDns = g.gatewayIndex(QStringLiteral("default"), QStringLiteral("without-dns"));
    const GraphBackendRef &ref = g.routes[0].rules[0].backendRefs[0];
    QVERIFY(ref.validFor(withDns));
    QVERIFY(!ref.validFor(withoutDns));
    for (const ParentAttachment &p : g.routes[0].parents) {
        QVERIFY(p.attached);
        QCOMPARE(p.failed.empty(), p.gateway == withDns);
    }
    QVERIFY(with->nginxT().contains(QStringLiteral("server api.example.org:80 resolve;")));
    profile.gateway = QStringLiteral("default/without-dns");
    const auto without = Generator::run(*design, profile);
    QVERIFY(without->nginxT().contains(QStringLiteral("proxy_pass http://invalid-backend-ref;")));
    QVERIFY(!without->nginxT().contains(QStringLiteral("resolve;")));
}

void tst_BackendGraph::ipAndCidr_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ip");
    QTest::addColumn<bool>("cidr");
    QTest::newRow("v4") << "10.0.0.1" << true << false;
    QTest::newRow("v4 leading zero") << "010.0.0.1" << true << false;
    QTest::newRow("v4 256") << "10.0.0.256" << false << false;
    QTest::newRow("v4 five parts") << "1.2.3.4.5" << false << false;
    QTest::newRow("v6") << "2001:db8::1" << true << false;
    QTest::newRow("v6 mapped") << "::ffff:10.0.0.1" << true << false;
    QTest::newRow("v6 zone") << "fe80::1%eth0" << false << false;
    QTest::newRow("cidr v4") << "10.0.0.0/8" << false << true;
    QTest::newRow("cidr v4 /33") << "10.0.0.0/33" << false << false;
    QTest::newRow("cidr v6 /128") << "2001:db8::/128" << false << true;
    QTest::newRow("cidr v6 /129") << "2001:db8::/129" << false << false;
    QTest::newRow("injection") << "10.0.0.0/8; return 200" << false << false;
}

void tst_BackendGraph::ipAndCidr()
{
    QFETCH(QString, value);
    QFETCH(bool, ip);
    QFETCH(bool, cidr);
    QCOMPARE(validation::isIpAddress(value), ip);
    QCOMPARE(validation::isCidr(value), cidr);
}

void tst_BackendGraph::caValidation_data()
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/secure-backend/backendtlspolicy.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const qsizetype begin = text.indexOf("-----BEGIN CERTIFICATE-----");
    const qsizetype end = text.indexOf("-----END CERTIFICATE-----") + 25;
    QByteArray pem;
    for (const QByteArray &line : text.mid(begin, end - begin).split('\n'))
        pem += line.trimmed() + '\n';

    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("certificate") << pem << QString();
    QTest::newRow("base64 of a certificate") << pem.toBase64() << QString();
    QTest::newRow("no PEM") << QByteArray("hello")
                            << "the data field \"ca.crt\" must hold a valid CERTIFICATE PEM block";
    QTest::newRow("a key")
        << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n")
        << "the data field \"ca.crt\" must hold a valid CERTIFICATE PEM block, but got \"PRIVATE KEY\"";
    QTest::newRow("not DER") << QByteArray("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                             << "failed to validate certificate: x509: malformed certificate";
    QByteArray truncated = pem;
    truncated.replace("7q2nCqTxrKSOJt4vogOrn0DLVpS99CgfYrVhKihYKM=", "7q2nCqTx");
    QTest::newRow("truncated") << truncated << "failed to validate certificate: x509: malformed certificate";
}

void tst_BackendGraph::caValidation()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    QCOMPARE(RefResolver::validateCa(data), error);
}

void tst_BackendGraph::selectorSeesNamespaceLabels()
{
    const QByteArray listener = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  listeners:
  - name: http
    port: 80
    protocol: HTTP
    allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {shared: "yes"}}}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: apps}
spec:
  parentRefs: [{name: gw, namespace: default}]
)";
    const auto without = load(listener);
    QVERIFY(!GraphBuilder::build(*without, {}).routes[0].parents[0].attached);
    const auto with =
        load(listener +
             "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {shared: \"yes\"}}\n");
    QVERIFY(GraphBuilder::build(*with, {}).routes[0].parents[0].attached);
}

void tst_BackendGraph::ancestorLimit()
{
    // addGatewaysForBackendTLSPolicies: at most 16 ancestors (the oldest Gateways); the 17th gets
    // Accepted=False/AncestorLimitReached in place of its Accepted and no proxy_ssl_* lines.
    QByteArray yaml;
    QByteArray parents;
    for (int i = 0; i < 17; ++i) {
        const QByteArray name = "gw" + QByteArray::number(i).rightJustified(2, '0');
        yaml += "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: " + name +
            "}\nspec:\n  gatewayClassName: nginx\n  listeners:\n  - {name: http, port: 80, protocol: "
            "HTTP}\n---\n";
        parents += (i ? ", " : "") + QByteArray("{name: ") + name + "}";
    }
    yaml += "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  "
            "parentRefs: [" +
        parents + "]\n  rules:\n  - backendRefs: [{name: app, port: 443}]\n---\n";
    yaml += R"(apiVersion: v1
kind: Service
metadata: {name: app}
spec:
  ports: [{name: https, port: 443}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: p}
spec:
  targetRefs: [{group: "", kind: Service, name: app}]
  validation: {wellKnownCACertificates: System, hostname: app.example.com}
)";
    const auto design = load(yaml);
    const Graph g = GraphBuilder::build(*design, {});
    QCOMPARE(g.gateways.size(), size_t(17));
    QCOMPARE(g.backendTlsPolicies.at(0).gateways.size(), size_t(16));
    QCOMPARE(g.gateways[16].resource->meta.name, QStringLiteral("gw16"));
    QVERIFY(hasMessage(g.gateways[16].conditions, QStringLiteral("Accepted"),
                       QStringLiteral("Policies cannot be applied because the ancestor status list has "
                                      "reached the maximum size. The following policies have been "
                                      "ignored: BackendTLSPolicy default/p")));
    QVERIFY(g.gateways[15].conditions.empty());

    Profile last;
    last.gateway = QStringLiteral("default/gw16");
    QVERIFY(!Generator::run(*design, last)->nginxT().contains(QStringLiteral("proxy_ssl_name")));
    Profile first;
    first.gateway = QStringLiteral("default/gw00");
    QVERIFY(
        Generator::run(*design, first)->nginxT().contains(QStringLiteral("proxy_ssl_name app.example.com;")));
}

QTEST_GUILESS_MAIN(tst_BackendGraph)
#include "tst_backendgraph.moc"
