// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resourceparser.h"
#include "yaml/stream.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace gw;

namespace {

ResourceParser::Result parseOne(const char *yaml, const char *file = "t.yaml")
{
    auto doc = yaml::Document::parse(yaml, {QString::fromLatin1(file), 1, {}});
    if (!doc.document) {
        ResourceParser::Result r;
        r.diagnostics = doc.diagnostics;
        return r;
    }
    // Keep the document alive as long as the result: resources hold no pointers into it.
    return ResourceParser::parse(*doc.document, 1);
}

QStringList messages(const Diagnostics &ds)
{
    QStringList list;
    for (const auto &d : ds)
        list << d.toString();
    return list;
}

} // namespace

class tst_ResourceParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cafeExample();
    void routeDefaults();
    void sessionPersistence();
    void listenerSet();
    void errors_data();
    void errors();
    void list();
    void unknownKindKept();
    void aliasBomb();
    void podTemplateHashEncoding();
    void integralFloatsAreIntegers();
};

void tst_ResourceParser::cafeExample()
{
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto split = yaml::Stream::split(f.readAll().toStdString(), QStringLiteral("cafe.yaml"));
    QCOMPARE(split.documents.size(), size_t(11));
    QStringList names;
    for (size_t i = 0; i < split.documents.size(); ++i) {
        auto doc = yaml::Document::parse(split.documents[i].text, split.documents[i].origin);
        QVERIFY(doc.document);
        auto r = ResourceParser::parse(*doc.document, DocumentId(i + 1));
        QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r.diagnostics).join(u'\n')));
        QCOMPARE(r.resources.size(), size_t(1));
        names << r.resources[0].displayName();
        const Resource &res = r.resources[0];
        if (res.kind == Kind::UpstreamSettingsPolicy) {
            const auto *usp = res.as<UpstreamSettingsPolicy>();
            QCOMPARE(usp->loadBalancingMethod.value_or(QString()), QStringLiteral("ip_hash"));
            QCOMPARE(usp->targetRefs.at(0).name, QStringLiteral("coffee"));
            QCOMPARE(usp->targetRefs.at(0).group, QStringLiteral("core"));
        }
        if (res.kind == Kind::Gateway) {
            const auto *gw = res.as<Gateway>();
            QCOMPARE(gw->listeners.size(), size_t(1));
            QCOMPARE(gw->listeners[0].hostname.value_or(QString()), QStringLiteral("*.example.com"));
            QCOMPARE(gw->listeners[0].port, 80);
            QCOMPARE(gw->listeners[0].allowedRoutes->namespacesFrom, QStringLiteral("Same"));
        }
        if (res.kind == Kind::Service) {
            const auto *svc = res.as<Service>();
            QCOMPARE(svc->ports.at(0).targetPort->intValue, 8080);
            QCOMPARE(svc->selector.value(QStringLiteral("app")), res.meta.name);
        }
        if (res.kind == Kind::Deployment) {
            const auto *d = res.as<Deployment>();
            QCOMPARE(d->replicas, 2);
            QCOMPARE(d->containers.at(0).ports.at(0).containerPort, 8080);
            QVERIFY(d->podTemplateHash.size() == 9 ||
                    d->podTemplateHash.size() == 10); // decimal digits of a uint32
        }
    }
    const QStringList expected = {QStringLiteral("Deployment default/coffee"),
                                  QStringLiteral("Service default/coffee"),
                                  QStringLiteral("Deployment default/tea"),
                                  QStringLiteral("Service default/tea"),
                                  QStringLiteral("Deployment default/latte"),
                                  QStringLiteral("Service default/latte"),
                                  QStringLiteral("Gateway default/gateway"),
                                  QStringLiteral("HTTPRoute default/coffee"),
                                  QStringLiteral("UpstreamSettingsPolicy default/lb-method"),
                                  QStringLiteral("HTTPRoute default/tea"),
                                  QStringLiteral("HTTPRoute default/latte")};
    QCOMPARE(names, expected);
}

void tst_ResourceParser::routeDefaults()
{
    const auto r = parseOne(R"(apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r, namespace: shop}
spec:
  parentRefs: [{name: gw}]
  rules:
  - backendRefs: [{name: svc, port: 8080}]
  - matches:
    - headers: [{name: version, value: v2}]
)");
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r.diagnostics).join(u'\n')));
    const auto *route = r.resources.at(0).as<Route>();
    QCOMPARE(r.resources[0].meta.ns, QStringLiteral("shop"));
    QCOMPARE(route->parentRefs.at(0).kind, QStringLiteral("Gateway"));
    QCOMPARE(route->parentRefs.at(0).group, QStringLiteral("gateway.networking.k8s.io"));
    QCOMPARE(route->rules.size(), size_t(2));
    QCOMPARE(route->rules[0].matches.size(), size_t(1)); // CRD default match
    QCOMPARE(route->rules[0].matches[0].path->type, QStringLiteral("PathPrefix"));
    QCOMPARE(route->rules[0].matches[0].path->value, QStringLiteral("/"));
    QCOMPARE(route->rules[0].backendRefs[0].weight.value_or(-1), 1);
    QCOMPARE(route->rules[0].backendRefs[0].ref.kind, QStringLiteral("Service"));
    QCOMPARE(route->rules[1].matches[0].path->value, QStringLiteral("/"));
    QCOMPARE(route->rules[1].matches[0].headers.at(0).type, QStringLiteral("Exact"));
}

void tst_ResourceParser::listenerSet()
{
    // Gateway API v1.5.1 apis/v1: ListenerSet (parentRef defaults group and kind) and the Gateway's
    // spec.allowedListeners (CRD default namespaces {from: None}).
    const auto r = parseOne(R"(apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: extra, namespace: shop}
spec:
  parentRef: {name: gw, namespace: edge}
  listeners:
  - {name: http-8080, port: 8080, protocol: HTTP, hostname: cafe.example.com}
  - name: https
    port: 8443
    protocol: HTTPS
    tls: {certificateRefs: [{name: cafe}]}
    allowedRoutes: {namespaces: {from: All}}
)");
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r.diagnostics).join(u'\n')));
    QCOMPARE(r.resources.at(0).kind, Kind::ListenerSet);
    const auto *ls = r.resources[0].as<ListenerSet>();
    QVERIFY(ls);
    QCOMPARE(ls->parentRef.group, QStringLiteral("gateway.networking.k8s.io"));
    QCOMPARE(ls->parentRef.kind, QStringLiteral("Gateway"));
    QCOMPARE(ls->parentRef.name, QStringLiteral("gw"));
    QCOMPARE(ls->parentRef.ns.value_or(QString()), QStringLiteral("edge"));
    QCOMPARE(ls->listeners.size(), size_t(2));
    QCOMPARE(ls->listeners[0].port, 8080);
    QCOMPARE(ls->listeners[0].hostname.value_or(QString()), QStringLiteral("cafe.example.com"));
    QCOMPARE(ls->listeners[0].allowedRoutes->namespacesFrom, QStringLiteral("Same"));
    QCOMPARE(ls->listeners[1].tls->mode, QStringLiteral("Terminate"));
    QCOMPARE(ls->listeners[1].tls->certificateRefs.at(0).name, QStringLiteral("cafe"));
    QCOMPARE(ls->listeners[1].allowedRoutes->namespacesFrom, QStringLiteral("All"));

    const auto g = parseOne(R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: {team: cafe}}}}
  listeners: [{name: http, port: 80, protocol: HTTP}]
)");
    const auto c = parseOne(R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: closed}
spec:
  gatewayClassName: nginx
  allowedListeners: {}
  listeners: [{name: http, port: 80, protocol: HTTP}]
)");
    QVERIFY2(g.diagnostics.empty(), qPrintable(messages(g.diagnostics).join(u'\n')));
    QVERIFY2(c.diagnostics.empty(), qPrintable(messages(c.diagnostics).join(u'\n')));
    QVERIFY(g.resources.at(0).as<Gateway>()->allowedListeners.has_value());
    QVERIFY(c.resources.at(0).as<Gateway>()->allowedListeners.has_value());
    const auto &allowed = *g.resources.at(0).as<Gateway>()->allowedListeners;
    QVERIFY(allowed.hasNamespaces);
    QCOMPARE(allowed.namespacesFrom, QStringLiteral("Selector"));
    QCOMPARE(allowed.namespaceSelector->matchLabels.value(QStringLiteral("team")), QStringLiteral("cafe"));
    const auto &closed = *c.resources.at(0).as<Gateway>()->allowedListeners;
    QVERIFY(!closed.hasNamespaces);
    QCOMPARE(closed.namespacesFrom, QStringLiteral("None"));
    QVERIFY(!c.resources.at(0).as<Gateway>()->listeners.empty());
}

void tst_ResourceParser::sessionPersistence()
{
    const auto r = parseOne(R"(apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: tea}
spec:
  rules:
  - sessionPersistence:
      sessionName: cookie-tea
      absoluteTimeout: 24h
      cookieConfig: {lifetimeType: Permanent}
  - sessionPersistence:
      cookieConfig: {}
)");
    QVERIFY(r.diagnostics.empty());
    const auto *route = r.resources.at(0).as<Route>();
    const auto &sp = *route->rules[0].sessionPersistence;
    QCOMPARE(sp.sessionName.value_or(QString()), QStringLiteral("cookie-tea"));
    QCOMPARE(sp.absoluteTimeout.value_or(QString()), QStringLiteral("24h"));
    QCOMPARE(sp.type.value_or(QString()), QStringLiteral("Cookie"));
    QCOMPARE(sp.cookieConfig->lifetimeType.value_or(QString()), QStringLiteral("Permanent"));
    QCOMPARE(route->rules[1].sessionPersistence->cookieConfig->lifetimeType.value_or(QString()),
             QStringLiteral("Session"));
}

void tst_ResourceParser::errors_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QString>("message");
    QTest::newRow("no kind")
        << "apiVersion: v1\nmetadata: {name: x}\n"
        << "t.yaml:1:1: document: kind: kind is missing: every manifest needs apiVersion and kind";
    QTest::newRow("no name")
        << "apiVersion: v1\nkind: Service\nmetadata: {}\n"
        << "t.yaml:3:11: Service (no name): metadata.name: required: every object needs a name";
    QTest::newRow("port as string")
        << "apiVersion: v1\nkind: Service\nmetadata: {name: coffee}\nspec:\n  ports:\n  - port: eighty\n"
        << "t.yaml:6:11: Service default/coffee: spec.ports[0].port: expected an integer, got the string "
           "\"eighty\"";
    QTest::newRow("label as number")
        << "apiVersion: v1\nkind: Service\nmetadata:\n  name: coffee\n  labels: {version: 1}\n"
        << "t.yaml:5:21: Service default/coffee: metadata.labels.version: expected a string, got the integer "
           "1 (quote it: \"1\")";
    QTest::newRow("rules not a list")
        << "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules: "
           "yes\n"
        << "t.yaml:5:10: HTTPRoute default/r: spec.rules: expected a list, got the boolean yes";
    QTest::newRow("not a mapping")
        << "- a\n- b\n"
        << "t.yaml:1:1: document: a manifest must be a mapping with apiVersion, kind and metadata";
    QTest::newRow("no apiVersion") << "kind: Service\nmetadata: {name: x}\n"
                                   << "t.yaml:1:1: document: apiVersion: apiVersion is missing: every "
                                      "manifest needs apiVersion and kind";
    QTest::newRow("kind in the wrong group") << "apiVersion: v1\nkind: Deployment\nmetadata: {name: x}\n"
                                             << "t.yaml:1:13: document: apiVersion: kubectl finds no "
                                                "Deployment in v1: Deployment is served as apps/v1";
    QTest::newRow("route in core")
        << "apiVersion: v1\nkind: HTTPRoute\nmetadata: {name: x}\n"
        << "t.yaml:1:13: document: apiVersion: kubectl finds no HTTPRoute in v1: HTTPRoute is served as "
           "gateway.networking.k8s.io/v1";
    QTest::newRow("malformed apiVersion")
        << "apiVersion: apps/v1/beta\nkind: Deployment\nmetadata: {name: x}\n"
        << "t.yaml:1:13: document: apiVersion: \"apps/v1/beta\" is not an API version (GROUP/VERSION, such "
           "as apps/v1, "
           "or VERSION, such as v1)";
    QTest::newRow("kind as number")
        << "apiVersion: v1\nkind: 5\nmetadata: {name: x}\n"
        << "t.yaml:2:7: document: kind: expected a string, got the integer 5 (quote it: \"5\")";
    QTest::newRow("upper case name")
        << "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: Coffee}\n"
        << "t.yaml:3:18: Deployment default/Coffee: metadata.name: \"Coffee\" is not a valid name: use lower "
           "case "
           "letters, digits, '-' and '.', starting and ending with a letter or digit (RFC 1123)";
    QTest::newRow("service name with a dot")
        << "apiVersion: v1\nkind: Service\nmetadata: {name: cafe.v1}\n"
        << "t.yaml:3:18: Service default/cafe.v1: metadata.name: \"cafe.v1\" is not a valid name: use lower "
           "case "
           "letters, digits and '-', starting with a letter and ending with a letter or digit (RFC 1035)";
    QTest::newRow("namespace") << "apiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: my_ns}\n"
                               << "t.yaml:3:32: Service my_ns/a: metadata.namespace: \"my_ns\" is not a "
                                  "valid name: use lower case letters, "
                                  "digits and '-', starting and ending with a letter or digit (RFC 1123)";
    QTest::newRow("port float")
        << "apiVersion: v1\nkind: Service\nmetadata: {name: coffee}\nspec:\n  ports:\n  - port: 80.5\n"
        << "t.yaml:6:11: Service default/coffee: spec.ports[0].port: expected an integer, got the number "
           "80.5";
    QTest::newRow("port too big")
        << "apiVersion: v1\nkind: Service\nmetadata: {name: coffee}\nspec:\n  ports:\n  - port: 4294967296\n"
        << "t.yaml:6:11: Service default/coffee: spec.ports[0].port: integer 4294967296 is out of range";
    QTest::newRow("weight as string")
        << "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n"
           "  - backendRefs:\n    - {name: a, port: 80, weight: \"10\"}\n"
        << "t.yaml:7:35: HTTPRoute default/r: spec.rules[0].backendRefs[0].weight: expected an integer, got "
           "the "
           "string \"10\"";
    QTest::newRow("header value yes")
        << "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n"
           "  - matches:\n    - headers: [{name: canary, value: yes}]\n"
        << "t.yaml:7:39: HTTPRoute default/r: spec.rules[0].matches[0].headers[0].value: expected a string, "
           "got the "
           "boolean yes (quote it: \"yes\")";
    QTest::newRow("replicas as string")
        << "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: two}\n"
        << "t.yaml:4:18: Deployment default/d: spec.replicas: expected an integer, got the string \"two\"";
    QTest::newRow("listenerset without parentRef")
        << "apiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata: {name: ls}\nspec:\n"
           "  listeners: [{name: a, port: 8080, protocol: HTTP}]\n"
        << "t.yaml:5:3: ListenerSet default/ls: spec.parentRef: required value is missing";
    QTest::newRow("listenerset port as string")
        << "apiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata: {name: ls}\nspec:\n"
           "  parentRef: {name: gw}\n  listeners:\n  - {name: a, port: \"8080\", protocol: HTTP}\n"
        << "t.yaml:7:21: ListenerSet default/ls: spec.listeners[0].port: expected an integer, got the string "
           "\"8080\"";
    QTest::newRow("spec as list") << "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec: [a]\n"
                                  << "t.yaml:4:7: Service default/s: spec: expected a mapping, got a list";
}

void tst_ResourceParser::errors()
{
    QFETCH(QString, yaml);
    QFETCH(QString, message);
    const auto r = parseOne(yaml.toUtf8().constData());
    QVERIFY(!r.diagnostics.empty());
    QCOMPARE(r.diagnostics.front().toString(), message);
}

void tst_ResourceParser::list()
{
    const auto r = parseOne(R"(apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Service
  metadata: {name: a}
- apiVersion: v1
  kind: Service
  metadata: {name: b}
)");
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(r.resources.size(), size_t(2));
    QCOMPARE(r.resources[1].meta.name, QStringLiteral("b"));
    QCOMPARE(r.resources[1].basePath, yaml::Path::of("items[1]"));
    QVERIFY(r.resources[0].id != r.resources[1].id);
}

void tst_ResourceParser::unknownKindKept()
{
    const auto r =
        parseOne("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {anything: [1, 2]}\n");
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(r.resources.at(0).kind, Kind::Unknown);
    QCOMPARE(r.resources.at(0).displayName(), QStringLiteral("Widget default/w"));
}

void tst_ResourceParser::aliasBomb()
{
    // A "billion laughs" of mappings: 10^12 nodes once expanded. Every document is measured before
    // its kind is read (yaml::aliasExpansion, linear in the document's size; bench/bench_yaml.cpp
    // times it): over Limits::maxAliasExpansion it is refused, at its first alias.
    QByteArray bomb = "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: x}\nx0: &a0 {";
    for (int k = 0; k < 10; ++k)
        bomb += QByteArray(k ? ", " : "") + "k" + QByteArray::number(k) + ": lol";
    bomb += "}\n";
    for (int i = 1; i <= 12; ++i) {
        bomb += "x" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " {";
        for (int k = 0; k < 10; ++k)
            bomb +=
                QByteArray(k ? ", " : "") + "k" + QByteArray::number(k) + ": *a" + QByteArray::number(i - 1);
        bomb += "}\n";
    }
    const QByteArray refused =
        "excessive aliasing: resolving the document's aliases gives more than 100000 nodes (an alias bomb); "
        "kubectl refuses such a document";
    auto r = parseOne(QByteArray(bomb + "spec:\n  template: *a12\n").constData());
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QCOMPARE(r.diagnostics.back().toString(),
             QStringLiteral("t.yaml:5:14: document: x1.k0: ") + QString::fromLatin1(refused));
    QVERIFY(r.resources.empty());

    // The same bomb in a kind the product does not know is refused too (kubectl would), instead
    // of being kept as text and exported.
    bomb.replace("apiVersion: apps/v1\nkind: Deployment", "apiVersion: example.com/v1\nkind: Widget");
    r = parseOne(bomb.constData());
    QCOMPARE(r.diagnostics.size(), size_t(1));
    QVERIFY(r.diagnostics.back().toString().endsWith(QString::fromLatin1(refused)));
    QVERIFY(r.resources.empty());

    // Anchors and aliases in moderation are fine, in any kind.
    r = parseOne("apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n"
                 "spec:\n  base: &b {a: 1, b: [1, 2, 3]}\n  x: *b\n  y: {<<: *b, c: 2}\n");
    QVERIFY(r.diagnostics.empty());
    QCOMPARE(r.resources.size(), size_t(1));
}

void tst_ResourceParser::podTemplateHashEncoding()
{
    // rand.SafeEncodeString maps each decimal digit of the hash through the alphabet.
    // ('0' = 48) % 27 = 21 -> '4', ... ('9' = 57) % 27 = 3 -> 'f': hashes look like "5b9c74f9d9".
    QCOMPARE(ResourceParser::encodeHash(0u), QStringLiteral("4"));
    QCOMPARE(ResourceParser::encodeHash(1234567890u), QStringLiteral("56789bcdf4"));
}

void tst_ResourceParser::integralFloatsAreIntegers()
{
    // kubectl converts YAML to JSON, where 80.0 and 8e1 are the number 80, which an int32 field takes.
    const auto r =
        parseOne("apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - port: 80.0\n"
                 "    targetPort: 8e3\n");
    QVERIFY2(r.diagnostics.empty(), qPrintable(messages(r.diagnostics).join(u'\n')));
    QCOMPARE(r.resources[0].as<Service>()->ports[0].port, 80);
    QCOMPARE(r.resources[0].as<Service>()->ports[0].targetPort->intValue, 8000);
}

QTEST_GUILESS_MAIN(tst_ResourceParser)
#include "tst_resourceparser.moc"
