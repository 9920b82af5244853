// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resourceparser.h"

#include <QTest>

using namespace gw;

namespace {

struct Parsed
{
    std::shared_ptr<const yaml::Document> document;
    ResourceParser::Result result;

    const Resource &resource() const { return result.resources.at(0); }
    QStringList messages() const
    {
        QStringList list;
        for (const Diagnostic &d : result.diagnostics)
            list << d.toString();
        return list;
    }
};

Parsed parse(const char *text)
{
    Parsed p;
    auto doc = yaml::Document::parse(text, {QStringLiteral("t.yaml"), 1, {}});
    if (!doc.document) {
        p.result.diagnostics = doc.diagnostics;
        return p;
    }
    p.document = std::move(doc.document);
    p.result = ResourceParser::parse(*p.document, 1);
    return p;
}

} // namespace

/**
 * Reading the kinds of backend TLS and NginxProxy (BackendTLSPolicy, ConfigMap, Secret data,
 * Namespace, NginxProxy, Gateway spec.tls.backend, ExternalName Services) and label selectors with
 * matchExpressions, with the API server's refusals as file:line:column diagnostics.
 */
class tst_BackendParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backendTlsPolicy();
    void configMapAndSecretData();
    void namespaceKind();
    void nginxProxyAllFields();
    void nginxProxyRefusals_data();
    void nginxProxyRefusals();
    void gatewayBackendClientCertificate();
    void externalName_data();
    void externalName();
    void labelSelector_data();
    void labelSelector();
};

void tst_BackendParsing::backendTlsPolicy()
{
    const Parsed p = parse(R"(apiVersion: gateway.networking.k8s.io/v1
kind: BackendTLSPolicy
metadata: {name: tls, namespace: apps}
spec:
  targetRefs:
  - {group: "", kind: Service, name: secure, sectionName: https}
  validation:
    caCertificateRefs:
    - {group: "", kind: ConfigMap, name: ca}
    hostname: secure.example.com
    subjectAltNames:
    - {type: URI, uri: "spiffe://cluster/ns/apps"}
  options:
    example.com/min: "1.3"
)");
    QVERIFY2(p.result.diagnostics.empty(), qPrintable(p.messages().join(u'\n')));
    QCOMPARE(p.resource().kind, Kind::BackendTLSPolicy);
    const BackendTLSPolicy &b = *p.resource().as<BackendTLSPolicy>();
    QCOMPARE(b.targetRefs.size(), size_t(1));
    QCOMPARE(b.targetRefs[0].sectionName, std::optional<QString>(QStringLiteral("https")));
    QCOMPARE(b.validation.caCertificateRefs.at(0).kind, QStringLiteral("ConfigMap"));
    QCOMPARE(b.validation.hostname, QStringLiteral("secure.example.com"));
    QVERIFY(!b.validation.wellKnownCACertificates);
    QCOMPARE(b.validation.subjectAltNames.at(0).uri, QStringLiteral("spiffe://cluster/ns/apps"));
    QCOMPARE(b.options.value(QStringLiteral("example.com/min")), QStringLiteral("1.3"));

    // The old v1alpha3 version reads as the same kind.
    const Parsed old =
        parse("apiVersion: gateway.networking.k8s.io/v1alpha3\nkind: BackendTLSPolicy\n"
              "metadata: {name: t}\nspec: {validation: {hostname: a.b, wellKnownCACertificates: System}}\n");
    QCOMPARE(old.resource().kind, Kind::BackendTLSPolicy);
    QCOMPARE(old.resource().as<BackendTLSPolicy>()->validation.wellKnownCACertificates,
             std::optional<QString>(QStringLiteral("System")));

    const Parsed noValidation = parse("apiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\n"
                                      "metadata: {name: t}\nspec:\n  targetRefs: []\n");
    QCOMPARE(noValidation.messages().value(0),
             QStringLiteral(
                 "t.yaml:5:3: BackendTLSPolicy default/t: spec.validation: required: a BackendTLSPolicy "
                 "needs spec.validation with a hostname"));
}

void tst_BackendParsing::configMapAndSecretData()
{
    const Parsed cm =
        parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ca}\n"
              "data:\n  ca.crt: |\n    -----BEGIN CERTIFICATE-----\n    AA==\n    -----END CERTIFICATE-----\n"
              "binaryData:\n  raw: aGVsbG8=\n");
    QVERIFY2(cm.result.diagnostics.empty(), qPrintable(cm.messages().join(u'\n')));
    QCOMPARE(cm.resource().kind, Kind::ConfigMap);
    const ConfigMap &c = *cm.resource().as<ConfigMap>();
    QVERIFY(c.data.value(QStringLiteral("ca.crt")).startsWith(u"-----BEGIN CERTIFICATE-----\nAA==\n"));
    QCOMPARE(c.binaryData.value(QStringLiteral("raw")), QByteArray("hello"));

    const Parsed bad =
        parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ca}\nbinaryData:\n  raw: \"%%%\"\n");
    QCOMPARE(bad.messages().value(0),
             QStringLiteral(
                 "t.yaml:5:8: ConfigMap default/ca: binaryData.raw: illegal base64 data: the API server "
                 "stores binaryData as base64"));

    // data is base64 and decoded; stringData is merged over it as the API server does.
    const Parsed secret = parse("apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/tls\n"
                                "data:\n  tls.crt: Y2VydA==\n  ca.crt: b2xk\nstringData:\n  ca.crt: new\n");
    QVERIFY(secret.result.diagnostics.empty());
    const Secret &s = *secret.resource().as<Secret>();
    QCOMPARE(s.data.value(QStringLiteral("tls.crt")), QByteArray("cert"));
    QCOMPARE(s.data.value(QStringLiteral("ca.crt")), QByteArray("new"));
}

void tst_BackendParsing::namespaceKind()
{
    const Parsed p =
        parse("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-a\n  labels: {team: a}\n");
    QVERIFY(p.result.diagnostics.empty());
    QCOMPARE(p.resource().kind, Kind::Namespace);
    QVERIFY(!isNamespaced(Kind::Namespace));
    QCOMPARE(p.resource().qualifiedName(), QStringLiteral("team-a"));
    QCOMPARE(p.resource().meta.labels.value(QStringLiteral("team")), QStringLiteral("a"));
}

void tst_BackendParsing::nginxProxyAllFields()
{
    const Parsed p = parse(R"(apiVersion: gateway.nginx.org/v1alpha2
kind: NginxProxy
metadata: {name: np}
spec:
  ipFamily: ipv4
  telemetry:
    disabledFeatures: []
    exporter: {endpoint: "collector:4317", interval: 5s, batchSize: 512, batchCount: 4}
    serviceName: cafe
    spanAttributes: [{key: team, value: web}]
  metrics: {port: 9200, disable: false}
  rewriteClientIP:
    mode: XForwardedFor
    setIPRecursively: true
    trustedAddresses: [{type: CIDR, value: 10.0.0.0/8}]
  logging:
    errorLevel: warn
    agentLevel: debug
    accessLog: {format: "$status", escape: json}
  nginxPlus:
    allowedAddresses: [{type: IPAddress, value: 10.0.0.1}]
  disableHTTP2: true
  disableSNIHostValidation: true
  kubernetes:
    deployment:
      replicas: 3
      container:
        readinessProbe: {port: 8082, path: /ready}
  workerConnections: 4096
  dnsResolver:
    addresses: [{type: IPAddress, value: 8.8.8.8}]
    timeout: 10s
    cacheTTL: 60s
    disableIPv6: true
  serverTokens: build
  waf: {enable: true, disableCookieSeed: true, bundleFailOpen: false}
)");
    QVERIFY2(p.result.diagnostics.empty(), qPrintable(p.messages().join(u'\n')));
    const NginxProxy &np = *p.resource().as<NginxProxy>();
    QCOMPARE(np.ipFamily, std::optional<QString>(QStringLiteral("ipv4")));
    QVERIFY(np.telemetry->disabledFeaturesWritten);
    QVERIFY(np.telemetry->disabledFeatures.empty());
    QCOMPARE(np.telemetry->exporter->batchCount, std::optional<int>(4));
    QCOMPARE(np.telemetry->spanAttributes.at(0).value, QStringLiteral("web"));
    QCOMPARE(np.metrics->port, std::optional<int>(9200));
    QCOMPARE(np.rewriteClientIP->trustedAddresses.at(0).type, QStringLiteral("CIDR"));
    QCOMPARE(np.logging->accessLog->escape, std::optional<QString>(QStringLiteral("json")));
    QCOMPARE(np.nginxPlusAllowedAddresses->at(0).value, QStringLiteral("10.0.0.1"));
    QCOMPARE(np.disableSNIHostValidation, std::optional<bool>(true));
    QVERIFY(np.kubernetes->deployment);
    QCOMPARE(np.kubernetes->deploymentProbe->path, std::optional<QString>(QStringLiteral("/ready")));
    QCOMPARE(np.workerConnections, std::optional<int>(4096));
    QCOMPARE(np.dnsResolver->cacheTTL, std::optional<QString>(QStringLiteral("60s")));
    QCOMPARE(np.serverTokens, std::optional<QString>(QStringLiteral("build")));
    QCOMPARE(np.waf->disableCookieSeed, std::optional<bool>(true));
}

void tst_BackendParsing::nginxProxyRefusals_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    const auto at = [](const char *position, const char *rest) -> QString {
        return QString::fromLatin1(position) + QStringLiteral(": NginxProxy default/np: ") +
            QString::fromLatin1(rest);
    };
    QTest::newRow("worker connections")
        << "workerConnections: 0" << at("t.yaml:4:27", "spec.workerConnections: must be between 1 and 65535");
    QTest::newRow("metrics port") << "metrics: {port: 70000}"
                                  << at("t.yaml:4:24", "spec.metrics.port: must be between 1 and 65535");
    QTest::newRow("readiness path")
        << "kubernetes: {deployment: {container: {readinessProbe: {path: '/ready; return 200'}}}}"
        << at("t.yaml:4:69",
              "spec.kubernetes.deployment.container.readinessProbe.path: \"/ready; return 200\" does not "
              "match the pattern ^/[a-zA-Z0-9/_\\-\\.~]*$");
    QTest::newRow("access log escape")
        << "logging: {accessLog: {escape: html}}"
        << at("t.yaml:4:38",
              "spec.logging.accessLog.escape: \"html\" does not match the pattern ^(default|json|none)$");
    QTest::newRow("agent level") << "logging: {agentLevel: warn}"
                                 << at("t.yaml:4:30",
                                       "spec.logging.agentLevel: \"warn\" does not match the pattern "
                                       "^(debug|info|error|panic|fatal)$");
    QTest::newRow("resolver address type") << "dnsResolver: {addresses: [{type: CIDR, value: 10.0.0.0/8}]}"
                                           << at("t.yaml:4:41",
                                                 "spec.dnsResolver.addresses[0].type: \"CIDR\" does not "
                                                 "match the pattern ^(IPAddress|Hostname)$");
}

void tst_BackendParsing::nginxProxyRefusals()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    const QByteArray text =
        "apiVersion: gateway.nginx.org/v1alpha2\nkind: NginxProxy\nmetadata: {name: np}\nspec: {" +
        spec.toUtf8() + "}\n";
    const Parsed p = parse(text.constData());
    QCOMPARE(p.messages().value(0), message);
}

void tst_BackendParsing::gatewayBackendClientCertificate()
{
    const Parsed p =
        parse("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
              "spec:\n  gatewayClassName: nginx\n  listeners: []\n"
              "  tls:\n    backend:\n      clientCertificateRef: {name: client, namespace: certs}\n");
    QVERIFY2(p.result.diagnostics.empty(), qPrintable(p.messages().join(u'\n')));
    const Gateway &g = *p.resource().as<Gateway>();
    QVERIFY(g.backendClientCertificateRef);
    QCOMPARE(g.backendClientCertificateRef->kind, QStringLiteral("Secret"));
    QCOMPARE(g.backendClientCertificateRef->ns, std::optional<QString>(QStringLiteral("certs")));
}

void tst_BackendParsing::externalName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << "api.example.org" << QString();
    QTest::newRow("trailing dot") << "api.example.org." << QString();
    QTest::newRow("injection") << "'api.example.org:80; return 200'"
                               << "t.yaml:4:42: Service default/ext: spec.externalName: "
                                  "\"api.example.org:80; return 200\" is not a DNS "
                                  "name: use lower case letters, digits, '-' and '.', starting and ending "
                                  "with a letter or digit (RFC 1123)";
    QTest::newRow("missing")
        << "''"
        << "t.yaml:4:7: Service default/ext: spec.externalName: required: a Service of type "
           "ExternalName needs externalName";
}

void tst_BackendParsing::externalName()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    const QByteArray text =
        "apiVersion: v1\nkind: Service\nmetadata: {name: ext}\nspec: {type: ExternalName, "
        "externalName: " +
        name.toUtf8() + "}\n";
    const Parsed p = parse(text.constData());
    QCOMPARE(p.messages().value(0), message);
}

void tst_BackendParsing::labelSelector_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("error");
    QTest::newRow("labels") << "matchLabels: {team: a}" << true << QString();
    QTest::newRow("labels differ") << "matchLabels: {team: b}" << false << QString();
    QTest::newRow("in") << "matchExpressions: [{key: env, operator: In, values: [prod, dev]}]" << true
                        << QString();
    QTest::newRow("in, absent") << "matchExpressions: [{key: zone, operator: In, values: [a]}]" << false
                                << QString();
    QTest::newRow("not in") << "matchExpressions: [{key: env, operator: NotIn, values: [dev]}]" << true
                            << QString();
    QTest::newRow("not in, absent") << "matchExpressions: [{key: zone, operator: NotIn, values: [a]}]" << true
                                    << QString();
    QTest::newRow("exists") << "matchExpressions: [{key: team, operator: Exists}]" << true << QString();
    QTest::newRow("does not exist") << "matchExpressions: [{key: team, operator: DoesNotExist}]" << false
                                    << QString();
    QTest::newRow("both")
        << "{matchLabels: {team: a}, matchExpressions: [{key: env, operator: In, values: [dev]}]}" << false
        << QString();
    QTest::newRow("unknown operator") << "matchExpressions: [{key: team, operator: Equals, values: [a]}]"
                                      << false << "\"Equals\" is not a valid label selector operator";
    QTest::newRow("in without values")
        << "matchExpressions: [{key: team, operator: In}]" << false
        << "values: Invalid value: []: for 'in', 'notin' operators, values set can't "
           "be empty";
    QTest::newRow("exists with values")
        << "matchExpressions: [{key: team, operator: Exists, values: [a]}]" << false
        << "values: Invalid value: [\"a\"]: values set must be empty for exists and "
           "does not exist";
}

void tst_BackendParsing::labelSelector()
{
    QFETCH(QString, selector);
    QFETCH(bool, matches);
    QFETCH(QString, error);
    QString sel = selector;
    if (!sel.startsWith(u'{'))
        sel = u'{' + sel + u'}';
    const QByteArray text =
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {selector: " + sel.toUtf8() +
        "}\n";
    const Parsed p = parse(text.constData());
    QVERIFY2(p.result.diagnostics.empty(), qPrintable(p.messages().join(u'\n')));
    const LabelSelector &s = p.resource().as<Deployment>()->selector;
    QCOMPARE(s.error(), error);
    const Labels labels {{QStringLiteral("team"), QStringLiteral("a")},
                         {QStringLiteral("env"), QStringLiteral("prod")}};
    QCOMPARE(s.matches(labels), matches);
}

QTEST_GUILESS_MAIN(tst_BackendParsing)
#include "tst_backendparsing.moc"
