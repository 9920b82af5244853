// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "ngf/graph.h"
#include "ngf/graphbuilder.h"
#include "ngf/listenersetprocessor.h"
#include "ngf/statuswriter.h"

#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace Qt::StringLiterals;

/**
 * ListenerSets in NGF's graph (NGF internal/controller/state/graph/listenerset.go and its
 * listenerset_test.go): which Gateways accept them, how their listeners merge, and how routes and
 * the Gateway's own status see them. The golden cases listenerset-* show the rendered result.
 */
class tst_ListenerSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedListeners_data();
    void allowedListeners();
    void gatewayCountsOnlyItsOwnListeners();
    void olderListenerSetWins();
    void certificateRefsFromTheListenerSetNamespace();
    void tlsRouteOnAListenerSetListener();
};

namespace {

const char *gatewayYaml = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: edge}
spec:
  gatewayClassName: nginx
%1  listeners:
  - {name: http, port: 80, protocol: HTTP}
---
apiVersion: v1
kind: Namespace
metadata: {name: team-a, labels: {listeners: allowed}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: extra, namespace: %2}
spec:
  parentRef: {name: gw, namespace: edge}
  listeners:
  - {name: http-8080, port: 8080, protocol: HTTP}
)";

Graph build(const QString &yaml, Design &design)
{
    const auto loaded = design.addFile(yaml.toUtf8(), u"ls.yaml"_s);
    if (!loaded.ok)
        qWarning() << "design did not load";
    return GraphBuilder::build(design, Profile());
}

Condition accepted(const Conditions &list)
{
    for (const Condition &c : list) {
        if (c.type == u"Accepted")
            return c;
    }
    return {};
}

} // namespace

void tst_ListenerSet::allowedListeners_data()
{
    QTest::addColumn<QString>("allowed");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<bool>("accepted");
    // isListenerSetAllowedByGateway
    QTest::newRow("absent") << ""
                            << "edge" << false;
    QTest::newRow("empty: CRD default None") << "  allowedListeners: {}\n"
                                             << "edge" << false;
    QTest::newRow("None") << "  allowedListeners: {namespaces: {from: None}}\n"
                          << "edge" << false;
    QTest::newRow("Same, same namespace") << "  allowedListeners: {namespaces: {from: Same}}\n"
                                          << "edge" << true;
    QTest::newRow("Same, other namespace") << "  allowedListeners: {namespaces: {from: Same}}\n"
                                           << "team-a" << false;
    QTest::newRow("All") << "  allowedListeners: {namespaces: {from: All}}\n"
                         << "team-b" << true;
    QTest::newRow("Selector matches the Namespace's labels")
        << "  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: {listeners: "
           "allowed}}}}\n"
        << "team-a" << true;
    QTest::newRow("Selector, other labels") << "  allowedListeners: {namespaces: {from: Selector, selector: "
                                               "{matchLabels: {listeners: allowed}}}}\n"
                                            << "team-b" << false;
    QTest::newRow("Selector on the metadata.name label")
        << "  allowedListeners: {namespaces: {from: Selector, selector: {matchLabels: "
           "{kubernetes.io/metadata.name: team-b}}}}\n"
        << "team-b" << true;
    QTest::newRow("Selector without selector") << "  allowedListeners: {namespaces: {from: Selector}}\n"
                                               << "edge" << false;
}

void tst_ListenerSet::allowedListeners()
{
    QFETCH(QString, allowed);
    QFETCH(QString, ns);
    QFETCH(bool, accepted);
    Design design;
    const Graph graph = build(QString::fromUtf8(gatewayYaml).arg(allowed, ns), design);
    QCOMPARE(graph.listenerSets.size(), size_t(1));
    const GraphListenerSet &ls = graph.listenerSets.front();
    QCOMPARE(ls.valid, accepted);
    // PrepareListenerSetRequests: defaults (Accepted, Programmed), then the ListenerSet's; the last of
    // each type wins, in the order of those last occurrences.
    const Conditions status = ListenerSetProcessor::statusConditions(ls);
    QCOMPARE(status.size(), size_t(2));
    const Condition acc = accepted ? status[1] : status[0];
    const Condition programmed = accepted ? status[0] : status[1];
    QCOMPARE(acc.type, u"Accepted"_s);
    QCOMPARE(acc.status, accepted);
    QCOMPARE(programmed.type, u"Programmed"_s);
    QCOMPARE(programmed.status, accepted);
    if (!accepted) {
        QCOMPARE(acc.reason, u"NotAllowed"_s);
        QCOMPARE(acc.message,
                 u"ListenerSet is not allowed by parent Gateway edge/gw AllowedListeners configuration"_s);
        QCOMPARE(programmed.reason, u"NotAllowed"_s);
        QCOMPARE(programmed.message, acc.message);
    }
    const GraphGateway &gw = graph.gateways.front();
    QCOMPARE(gw.attachedListenerSets.size(), size_t(accepted ? 1 : 0));
    QCOMPARE(gw.listeners.size(), size_t(accepted ? 2 : 1));
}

void tst_ListenerSet::gatewayCountsOnlyItsOwnListeners()
{
    // prepareGatewayRequest: the Gateway's own listeners are all invalid, a ListenerSet's is valid:
    // the Gateway is still not Accepted (ListenersNotValid), the ListenerSet is.
    Design design;
    const Graph graph = build(uR"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  allowedListeners: {namespaces: {from: Same}}
  listeners:
  - {name: bad, port: 80, protocol: HTTP, hostname: "Not_A_Host"}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: extra}
spec:
  parentRef: {name: gw}
  listeners:
  - {name: http-8080, port: 8080, protocol: HTTP}
)"_s,
                              design);
    const Conditions gw = StatusWriter::gatewayConditions(graph.gateways.front());
    QCOMPARE(accepted(gw).status, false);
    QCOMPARE(accepted(gw).reason, u"ListenersNotValid"_s);
    QCOMPARE(accepted(gw).message, u"The Gateway has no valid listeners"_s);
    QVERIFY(graph.listenerSets.front().valid);
}

void tst_ListenerSet::olderListenerSetWins()
{
    // attachListenerSetsToGateways: by creation time, then namespace/name; the younger one's listener
    // on the same port, protocol and hostname is the only one invalidated.
    Design design;
    const Graph graph = build(uR"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  allowedListeners: {namespaces: {from: Same}}
  listeners:
  - {name: http, port: 80, protocol: HTTP}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: a-young, creationTimestamp: "2026-02-01T00:00:00Z"}
spec:
  parentRef: {name: gw}
  listeners:
  - {name: web, port: 8080, protocol: HTTP}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: z-old, creationTimestamp: "2026-01-01T00:00:00Z"}
spec:
  parentRef: {name: gw}
  listeners:
  - {name: web, port: 8080, protocol: HTTP}
)"_s,
                              design);
    QCOMPARE(graph.listenerSets.size(), size_t(2));
    QCOMPARE(graph.listenerSets[0].name(), u"z-old"_s);
    QVERIFY(graph.listenerSets[0].valid);
    QCOMPARE(graph.listenerSets[1].name(), u"a-young"_s);
    QVERIFY(!graph.listenerSets[1].valid);
    const Condition young = accepted(ListenerSetProcessor::statusConditions(graph.listenerSets[1]));
    QCOMPARE(young.reason, u"ListenersNotValid"_s);
    QCOMPARE(young.message, u"All listeners are invalid"_s);
    const GraphGateway &gw = graph.gateways.front();
    QCOMPARE(gw.attachedListenerSets, std::vector<int> {0});
    const GraphListener &lost = gw.listeners.back();
    QCOMPARE(lost.listenerSet, 1);
    QVERIFY(!lost.valid);
    QCOMPARE(accepted(StatusWriter::listenerConditions(lost)).message,
             u"Multiple listeners with the same port 8080 and protocol HTTP have overlapping hostnames"_s);
    QVERIFY(gw.listeners[1].valid); // z-old's
    QVERIFY(gw.listeners[0].valid); // the Gateway's own
}

void tst_ListenerSet::certificateRefsFromTheListenerSetNamespace()
{
    // createExternalReferencesForTLSSecretsResolver: a ListenerSet's certificate refs default to its
    // namespace; another namespace needs a ReferenceGrant from kind ListenerSet.
    Design design;
    const Graph graph = build(uR"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: edge}
spec:
  gatewayClassName: nginx
  allowedListeners: {namespaces: {from: All}}
  listeners:
  - {name: http, port: 80, protocol: HTTP}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: shop, namespace: team}
spec:
  parentRef: {name: gw, namespace: edge}
  listeners:
  - name: own
    port: 443
    protocol: HTTPS
    hostname: shop.example.com
    tls: {certificateRefs: [{name: shop-cert}]}
  - name: foreign
    port: 443
    protocol: HTTPS
    hostname: other.example.com
    tls: {certificateRefs: [{name: edge-cert, namespace: edge}]}
---
apiVersion: v1
kind: Secret
metadata: {name: shop-cert, namespace: team}
type: kubernetes.io/tls
data: {tls.crt: Y2VydA==, tls.key: a2V5}
---
apiVersion: v1
kind: Secret
metadata: {name: edge-cert, namespace: edge}
type: kubernetes.io/tls
data: {tls.crt: Y2VydA==, tls.key: a2V5}
)"_s,
                              design);
    const GraphGateway &gw = graph.gateways.front();
    QCOMPARE(gw.listeners.size(), size_t(3));
    const GraphListener &own = gw.listeners[1];
    QVERIFY(own.valid);
    QCOMPARE(own.certificates.size(), size_t(1));
    QCOMPARE(own.certificates[0].file, u"/etc/nginx/secrets/ssl_keypair_team_shop-cert.pem"_s);
    const GraphListener &foreign = gw.listeners[2];
    QVERIFY(!foreign.valid);
    QCOMPARE(accepted(StatusWriter::listenerConditions(foreign)).reason, u"RefNotPermitted"_s);
    QCOMPARE(accepted(StatusWriter::listenerConditions(foreign)).message,
             u"Certificate ref to secret edge/edge-cert not permitted by any ReferenceGrant"_s);
}

void tst_ListenerSet::tlsRouteOnAListenerSetListener()
{
    // bindL4RouteToListeners: a TLSRoute whose parentRef is the ListenerSet binds to its TLS
    // listener; one that names the Gateway does not reach it (NoMatchingParent for that section).
    Design design;
    const Graph graph = build(uR"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw}
spec:
  gatewayClassName: nginx
  allowedListeners: {namespaces: {from: Same}}
  listeners:
  - {name: http, port: 80, protocol: HTTP}
---
apiVersion: gateway.networking.k8s.io/v1
kind: ListenerSet
metadata: {name: extra}
spec:
  parentRef: {name: gw}
  listeners:
  - {name: tls, port: 8443, protocol: TLS, hostname: app.example.com, tls: {mode: Passthrough}}
---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata: {name: via-set}
spec:
  parentRefs: [{kind: ListenerSet, name: extra, sectionName: tls}]
  hostnames: [app.example.com]
  rules: [{backendRefs: [{name: app, port: 443}]}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: TLSRoute
metadata: {name: via-gateway}
spec:
  parentRefs: [{name: gw, sectionName: tls}]
  hostnames: [app.example.com]
  rules: [{backendRefs: [{name: app, port: 443}]}]
---
apiVersion: v1
kind: Service
metadata: {name: app}
spec:
  ports: [{name: tls, port: 443, targetPort: 8443}]
  selector: {app: app}
)"_s,
                              design);
    QCOMPARE(graph.l4Routes.size(), size_t(2));
    for (const GraphL4Route &route : graph.l4Routes) {
        QCOMPARE(route.parents.size(), size_t(1));
        const ParentAttachment &p = route.parents.front();
        if (route.name() == u"via-set") {
            QCOMPARE(p.listenerSet, 0);
            QVERIFY2(p.attached, qPrintable(p.failed.empty() ? QString() : p.failed.front().message));
        } else {
            QCOMPARE(p.listenerSet, -1);
            QVERIFY(!p.attached);
            QCOMPARE(p.failed.front().reason, u"NoMatchingParent"_s);
        }
    }
    QCOMPARE(graph.gateways.front().listeners[1].attachedRoutes, 1);
}

QTEST_GUILESS_MAIN(tst_ListenerSet)
#include "tst_listenerset.moc"
