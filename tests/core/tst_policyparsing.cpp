// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resourceparser.h"

#include <QTest>

using namespace gw;

namespace {

ResourceParser::Result parse(const QByteArray &text, std::shared_ptr<const yaml::Document> &keep)
{
    auto doc = yaml::Document::parse(text.toStdString(), {QStringLiteral("t.yaml"), 1, {}});
    if (!doc.document) {
        ResourceParser::Result r;
        r.diagnostics = doc.diagnostics;
        return r;
    }
    keep = std::move(doc.document);
    return ResourceParser::parse(*keep, 1);
}

QString messages(const ResourceParser::Result &r)
{
    QStringList list;
    for (const Diagnostic &d : r.diagnostics)
        list << d.toString();
    return list.join(u'\n');
}

const QByteArray snippetsHead = "apiVersion: gateway.nginx.org/v1alpha1\nkind: SnippetsPolicy\n"
                                "metadata: {name: sp, namespace: apps}\nspec:\n";
const QByteArray observabilityHead = "apiVersion: gateway.nginx.org/v1alpha2\nkind: ObservabilityPolicy\n"
                                     "metadata: {name: op, namespace: apps}\nspec:\n";
const QByteArray wafHead = "apiVersion: gateway.nginx.org/v1alpha1\nkind: WAFPolicy\n"
                           "metadata: {name: waf, namespace: apps}\nspec:\n";
const QByteArray wafHttpSource =
    "  type: HTTP\n  policySource:\n    httpSource: {url: \"https://b.example/p.tgz\"}\n";
const QByteArray gatewayTarget =
    "  targetRefs:\n  - {group: gateway.networking.k8s.io, kind: Gateway, name: gw}\n";
const QByteArray routeTarget =
    "  targetRefs:\n  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n";

} // namespace

/** SnippetsPolicy (v1alpha1) and ObservabilityPolicy (v1alpha2) with the CRDs' refusals as import errors. */
class tst_PolicyParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snippetsPolicy();
    void observabilityPolicy();
    void wafPolicy();
    void refusals_data();
    void refusals();
};

void tst_PolicyParsing::snippetsPolicy()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(snippetsHead + gatewayTarget +
                             "  snippets:\n  - {context: main, value: \"worker_priority 0;\"}\n"
                             "  - {context: http.server.location, value: \"deny all;\"}\n",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r)));
    const Resource &res = r.resources.at(0);
    QCOMPARE(res.kind, Kind::SnippetsPolicy);
    const SnippetsPolicy &p = *res.as<SnippetsPolicy>();
    QCOMPARE(p.targetRefs.size(), size_t(1));
    QCOMPARE(p.targetRefs[0].name, QStringLiteral("gw"));
    QCOMPARE(p.snippets.size(), size_t(2));
    QCOMPARE(p.snippets[1].context, QStringLiteral("http.server.location"));
    QCOMPARE(p.snippets[1].value, QStringLiteral("deny all;"));
}

void tst_PolicyParsing::observabilityPolicy()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(observabilityHead + routeTarget +
                             "  tracing:\n    strategy: ratio\n    ratio: 25\n    context: extract\n"
                             "    spanName: my-span\n    spanAttributes:\n    - {key: a, value: b}\n",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r)));
    const Resource &res = r.resources.at(0);
    QCOMPARE(res.kind, Kind::ObservabilityPolicy);
    QCOMPARE(kindApiVersion(res.kind), QStringLiteral("gateway.nginx.org/v1alpha2"));
    const ObservabilityPolicy &p = *res.as<ObservabilityPolicy>();
    QVERIFY(p.tracing);
    QCOMPARE(p.tracing->strategy, QStringLiteral("ratio"));
    QCOMPARE(p.tracing->ratio, std::optional<int>(25));
    QCOMPARE(p.tracing->context, std::optional<QString>(QStringLiteral("extract")));
    QCOMPARE(p.tracing->spanName, std::optional<QString>(QStringLiteral("my-span")));
    QCOMPARE(p.tracing->spanAttributes.size(), size_t(1));
    QCOMPARE(p.tracing->spanAttributes[0].value, QStringLiteral("b"));
}

void tst_PolicyParsing::wafPolicy()
{
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(wafHead + routeTarget +
                             "  type: N1C\n  policySource:\n    n1cSource:\n      url: https://n1c.example\n"
                             "      namespace: default\n      policyObjectID: pol_abc\n"
                             "    auth: {secretRef: {name: n1c}}\n    tlsSecret: {name: ca}\n"
                             "    retryAttempts: 2\n  securityLogs:\n"
                             "  - logSource: {defaultProfile: log_blocked}\n"
                             "    destination: {type: syslog, syslog: {server: \"logs.example:514\"}}\n"
                             "  - logSource: {n1cSource: {url: \"https://n1c.example\", namespace: ns, "
                             "profileName: prof}}\n"
                             "    destination: {type: file, file: {path: /var/log/a.log}}\n",
                         doc);
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r)));
    const Resource &res = r.resources.at(0);
    QCOMPARE(res.kind, Kind::WAFPolicy);
    QCOMPARE(res.apiVersion, QStringLiteral("gateway.nginx.org/v1alpha1"));
    const WAFPolicy &p = *res.as<WAFPolicy>();
    QCOMPARE(p.type, QStringLiteral("N1C"));
    QVERIFY(p.policySource.n1c);
    QCOMPARE(p.policySource.n1c->policyObjectID.value_or(QString()), QStringLiteral("pol_abc"));
    QCOMPARE(p.policySource.authSecret.value_or(QString()), QStringLiteral("n1c"));
    QCOMPARE(p.policySource.tlsSecret.value_or(QString()), QStringLiteral("ca"));
    QCOMPARE(p.securityLogs.size(), size_t(2));
    QCOMPARE(p.securityLogs[0].defaultProfile.value_or(QString()), QStringLiteral("log_blocked"));
    QCOMPARE(p.securityLogs[0].syslogServer.value_or(QString()), QStringLiteral("logs.example:514"));
    QCOMPARE(p.securityLogs[1].source.n1c->profileName.value_or(QString()), QStringLiteral("prof"));
    QCOMPARE(p.securityLogs[1].filePath.value_or(QString()), QStringLiteral("/var/log/a.log"));
}

void tst_PolicyParsing::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("snippets: route target")
        << snippetsHead + routeTarget
        << "t.yaml:6:46: SnippetsPolicy apps/sp: spec.targetRefs[0].kind: TargetRef Kind must be: Gateway";
    QTest::newRow("snippets: name twice")
        << snippetsHead + gatewayTarget + "  - {group: gateway.networking.k8s.io, kind: Gateway, name: gw}\n"
        << "t.yaml:7:5: SnippetsPolicy apps/sp: spec.targetRefs[1]: TargetRef Name must be unique";
    QTest::newRow("snippets: context twice")
        << snippetsHead + gatewayTarget +
            "  snippets:\n  - {context: http, value: a;}\n  - {context: http, value: b;}\n"
        << "t.yaml:9:5: SnippetsPolicy apps/sp: spec.snippets[1]: Only one snippet allowed per context";
    QTest::newRow("snippets: bad context")
        << snippetsHead + gatewayTarget + "  snippets:\n  - {context: stream, value: a;}\n"
        << "spec.snippets[0].context: Unsupported value: \"stream\"";
    QTest::newRow("snippets: empty value")
        << snippetsHead + gatewayTarget + "  snippets:\n  - {context: http, value: \"\"}\n"
        << "spec.snippets[0].value: should be at least 1 chars long";
    QTest::newRow("snippets: five") << snippetsHead + gatewayTarget +
            "  snippets:\n  - {context: main, value: a;}\n  - {context: http, value: a;}\n"
            "  - {context: http.server, value: a;}\n  - {context: http.server.location, value: a;}\n"
            "  - {context: main, value: b;}\n"
                                    << "spec.snippets: must have at most 4 items";
    QTest::newRow("observability: gateway target")
        << observabilityHead + gatewayTarget + "  tracing: {strategy: parent}\n"
        << "t.yaml:6:3: ObservabilityPolicy apps/op: spec.targetRefs: TargetRef Kind must be: HTTPRoute or "
           "GRPCRoute";
    QTest::newRow("observability: strategy")
        << observabilityHead + routeTarget + "  tracing: {strategy: always}\n"
        << "spec.tracing.strategy: Unsupported value: \"always\": supported values: \"ratio\", \"parent\"";
    QTest::newRow("observability: ratio with parent")
        << observabilityHead + routeTarget + "  tracing: {strategy: parent, ratio: 5}\n"
        << "spec.tracing: ratio can only be specified if strategy is of type ratio";
    QTest::newRow("observability: ratio above 100")
        << observabilityHead + routeTarget + "  tracing: {strategy: ratio, ratio: 101}\n"
        << "spec.tracing.ratio: must be between 0 and 100";
    QTest::newRow("observability: context")
        << observabilityHead + routeTarget + "  tracing: {strategy: ratio, context: keep}\n"
        << "spec.tracing.context: Unsupported value: \"keep\"";
    QTest::newRow("observability: span name with $")
        << observabilityHead + routeTarget + "  tracing: {strategy: ratio, spanName: \"a-$host\"}\n"
        << "spec.tracing.spanName: should match";
    QTest::newRow("observability: attribute key twice")
        << observabilityHead + routeTarget +
            "  tracing:\n    strategy: ratio\n    spanAttributes:\n    - {key: a, value: b}\n    - {key: a, "
            "value: c}\n"
        << "spec.tracing.spanAttributes[1].key: Duplicate value: \"a\"";
    // wafpolicy_types.go: the CRD's rules.
    QTest::newRow("waf: mixed kinds") << wafHead + gatewayTarget +
            "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n" +
            wafHttpSource << "spec.targetRefs: All TargetRefs must be the same Kind";
    QTest::newRow("waf: service target")
        << wafHead + "  targetRefs:\n  - {group: \"\", kind: Service, name: s}\n" + wafHttpSource
        << "spec.targetRefs[0].kind: TargetRef Kind must be one of: Gateway, HTTPRoute, or GRPCRoute";
    QTest::newRow("waf: name twice") << wafHead + routeTarget +
            "  - {group: gateway.networking.k8s.io, kind: HTTPRoute, name: r}\n" +
            wafHttpSource << "spec.targetRefs[1]: TargetRef Name must be unique";
    QTest::newRow("waf: type without source")
        << wafHead + routeTarget + "  type: NIM\n  policySource:\n    httpSource: {url: \"https://b/p\"}\n"
        << "spec: policySource.nimSource must be set if and only if type is NIM";
    QTest::newRow("waf: bad type")
        << wafHead + routeTarget + "  type: S3\n  policySource: {}\n"
        << "spec.type: Unsupported value: \"S3\": supported values: \"HTTP\", \"NIM\", \"N1C\"";
    QTest::newRow("waf: url scheme") << wafHead + routeTarget +
            "  type: HTTP\n  policySource:\n    httpSource: {url: \"ftp://b/p\"}\n"
                                     << "spec.policySource.httpSource.url: should match '^https?://'";
    QTest::newRow("waf: nim name and uid")
        << wafHead + routeTarget +
            "  type: NIM\n  policySource:\n    nimSource: {url: \"https://n\", policyName: a, "
            "policyUID: 0f0e0d0c-0b0a-0908-0706-050403020100}\n"
        << "spec.policySource.nimSource: exactly one of policyName or policyUID must be set";
    QTest::newRow("waf: n1c object id")
        << wafHead + routeTarget +
            "  type: N1C\n  policySource:\n    n1cSource: {url: \"https://n\", namespace: d, "
            "policyObjectID: abc}\n"
        << "spec.policySource.n1cSource.policyObjectID: should match '^pol_[A-Za-z0-9_-]+$'";
    QTest::newRow("waf: verifyChecksum on NIM")
        << wafHead + routeTarget +
            "  type: NIM\n  policySource:\n    nimSource: {url: \"https://n\", policyName: a}\n"
            "    validation: {verifyChecksum: true}\n"
        << "spec: policySource.validation.verifyChecksum is only supported for type HTTP";
    QTest::newRow("waf: checksum both ways")
        << wafHead + routeTarget + wafHttpSource +
            "    validation: {verifyChecksum: true, expectedChecksum: " + QByteArray(64, 'a') + "}\n"
        << "spec.policySource.validation: verifyChecksum and expectedChecksum are mutually exclusive";
    QTest::newRow("waf: checksum short")
        << wafHead + routeTarget + wafHttpSource + "    validation: {expectedChecksum: abc}\n"
        << "spec.policySource.validation.expectedChecksum: should be at least 64 chars long";
    QTest::newRow("waf: retries") << wafHead + routeTarget + wafHttpSource + "    retryAttempts: 11\n"
                                  << "spec.policySource.retryAttempts: must be between 0 and 10";
    QTest::newRow("waf: two log sources")
        << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_all, httpSource: {url: \"https://l\"}}\n"
            "    destination: {type: stderr}\n"
        << "spec.securityLogs[0].logSource: exactly one of logSource.defaultProfile, logSource.httpSource, "
           "logSource.nimSource, or logSource.n1cSource must be set";
    QTest::newRow("waf: default profile")
        << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_some}\n    destination: {type: stderr}\n"
        << "spec.securityLogs[0].logSource.defaultProfile: Unsupported value: \"log_some\"";
    QTest::newRow("waf: file without file")
        << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_all}\n    destination: {type: file}\n"
        << "spec.securityLogs[0].destination: destination.file must be set if and only if type is file";
    QTest::newRow("waf: syslog server")
        << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_all}\n"
            "    destination: {type: syslog, syslog: {server: logs}}\n"
        << "spec.securityLogs[0].destination.syslog.server: should match '^[a-zA-Z0-9.-]+:[0-9]+$'";
    QTest::newRow("waf: relative file") << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_all}\n"
            "    destination: {type: file, file: {path: a.log}}\n"
                                        << "spec.securityLogs[0].destination.file.path: should match '^/.*$'";
    QTest::newRow("waf: no log destination") << wafHead + routeTarget + wafHttpSource +
            "  securityLogs:\n  - logSource: {defaultProfile: log_all}\n"
                                             << "spec.securityLogs[0].destination: required value is missing";
}

void tst_PolicyParsing::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    std::shared_ptr<const yaml::Document> doc;
    const auto r = parse(text, doc);
    const QString all = messages(r);
    QVERIFY2(all.contains(message), qPrintable(all));
}

QTEST_GUILESS_MAIN(tst_PolicyParsing)
#include "tst_policyparsing.moc"
