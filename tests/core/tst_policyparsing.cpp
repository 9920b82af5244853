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
