// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"
#include "fakepreviewprovider.h"
#include "testutil.h"
#include "views/canvas/conditionstatusprovider.h"
#include "views/canvas/edgeitem.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/tlsbadgeitem.h"
#include "views/canvas/topologygraph.h"
#include "views/canvas/topologylayout.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/preview/previewsession.h"
#include "views/tree/resourceactions.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;
using Node = TopologyGraph::Node;
using yaml::Path;

namespace {

QStringList titles(const TopologyGraph &g, int column)
{
    QStringList list;
    for (int i : g.column(column))
        list << g.nodes()[size_t(i)].title;
    return list;
}

const TopologyGraph::Edge *edge(const TopologyGraph &g, const QString &from, const QString &to)
{
    const int a = g.indexOf(from);
    const int b = g.indexOf(to);
    for (const auto &e : g.edges()) {
        if (e.from == a && e.to == b)
            return &e;
    }
    return nullptr;
}

QString key(const char *prefix, const Resource *r, const QString &suffix = {})
{
    return QString::fromLatin1(prefix) + QString::number(r->id) + suffix;
}

/** Drags from one node to another with the mouse, as a user connects two nodes. */
void drag(TopologyView &view, NodeItem *from, NodeItem *to)
{
    const QPoint a = view.mapFromScene(from->sceneBoundingRect().center());
    const QPoint b = view.mapFromScene(to->sceneBoundingRect().center());
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, a);
    for (int i = 1; i <= 10; ++i) {
        QMouseEvent move(QEvent::MouseMove, QPointF(a + (b - a) * i / 10),
                         view.viewport()->mapToGlobal(QPointF(a + (b - a) * i / 10)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(view.viewport(), &move);
    }
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, b);
}

/** The cafe on a canvas, shown at \a size. */
struct Canvas
{
    Design design;
    DesignSelection selection {&design};
    TopologyView view {&selection};

    explicit Canvas(QSize size = QSize(1200, 700))
    {
        if (!test::loadCafe(design))
            qFatal("cafe.yaml does not load");
        view.resize(size);
        view.show();
    }
    bool exposed() { return QTest::qWaitForWindowExposed(&view); }
};

} // namespace

class tst_Topology : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void layersOfTheCafe();
    void persistenceAndWeightOnEdges();
    void policiesHangOffTheirService();
    void danglingReferencesShowAsMissing();
    void layoutHasNoOverlaps();
    void selectionBothWays();
    void connectByDragging();
    void statusColoursFromProvider();
    void keyboardNavigation();
    void exportPngAndSvg();
    void zoomAndFit();
    void unmodelledKindsAreShown();
    void contextMenuAndReturn();
    void l4RoutesOnTheirListeners();
    void tlsLocksOnEdges();
    void tlsBadgesOnTheCanvas();
    void ngfPoliciesOnTheirTargets();
    void filtersOnTheRoutesThatNameThem();
    void danglingPolicyTargetsAndFilters();
    void listenerSetsAndTheirRoutes();
    void policiesLayoutReadable();
    void policyStatusFromThePreview();
};

void tst_Topology::layersOfTheCafe()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    const TopologyGraph g = TopologyGraph::build(design);
    QCOMPARE(titles(g, TopologyGraph::GatewayColumn), QStringList {u"gateway"_s});
    QCOMPARE(titles(g, TopologyGraph::ListenerColumn), QStringList {u"http"_s});
    QCOMPARE(titles(g, TopologyGraph::RouteColumn), (QStringList {u"coffee"_s, u"tea"_s, u"latte"_s}));
    QCOMPARE(titles(g, TopologyGraph::RuleColumn), (QStringList {u"Rule 1"_s, u"Rule 1"_s, u"Rule 1"_s}));
    QCOMPARE(titles(g, TopologyGraph::ServiceColumn),
             (QStringList {u"coffee"_s, u"tea"_s, u"latte"_s, u"lb-method"_s}));
    QCOMPARE(g.column(TopologyGraph::PodColumn).size(), size_t(6));
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");
    QVERIFY(edge(g, key("gateway:", gateway), key("listener:", gateway, u":http"_s)));
    QVERIFY(edge(g, key("listener:", gateway, u":http"_s), key("route:", tea)));
    QVERIFY(edge(g, key("route:", tea), key("rule:", tea, u":0"_s)));
    // The listener node is the listener of the Gateway resource.
    const Node &listener = g.nodes()[size_t(g.indexOf(key("listener:", gateway, u":http"_s)))];
    QCOMPARE(listener.resource, gateway->id);
    QCOMPARE(listener.field, yaml::Path::of("spec.listeners[0]"));
    QCOMPARE(listener.subtitle, u"HTTP :80 · *.example.com"_s);
    const Node &rule = g.nodes()[size_t(g.indexOf(key("rule:", tea, u":0"_s)))];
    QCOMPARE(rule.subtitle, u"Exact /tea"_s);
    // Every Pod hangs off the Service that selects it.
    int podEdges = 0;
    for (const auto &e : g.edges())
        podEdges += g.nodes()[size_t(e.to)].type == Node::Type::Pod ? 1 : 0;
    QCOMPARE(podEdges, 6);
}

void tst_Topology::persistenceAndWeightOnEdges()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    TopologyGraph g = TopologyGraph::build(design);
    auto label = [&](const char *route, const char *service) {
        const Resource *r = test::find(design, Kind::HTTPRoute, route);
        const Resource *s = test::find(design, Kind::Service, service);
        const auto *e = edge(g, key("rule:", r, u":0"_s), key("service:", s));
        return e ? e->label : u"(no edge)"_s;
    };
    QCOMPARE(label("coffee", "coffee"), u"weight 1 · ip_hash"_s);
    QCOMPARE(label("tea", "tea"), u"weight 1 · cookie cookie-tea"_s);
    QCOMPARE(label("latte", "latte"), u"weight 1 · default"_s);

    // NGF's cookie name without sessionName, and hash methods with their key.
    DesignEditor editor(&design);
    const ResourceId tea = test::find(design, Kind::HTTPRoute, "tea")->id;
    QVERIFY(editor.removeField(tea, yaml::Path::of("spec.rules[0].sessionPersistence.sessionName")));
    QVERIFY(editor.setField(tea, yaml::Path::of("spec.rules[0].backendRefs[0].weight"), yaml::Value(5)));
    const ResourceId usp = test::find(design, Kind::UpstreamSettingsPolicy, "lb-method")->id;
    QVERIFY(editor.setField(usp, yaml::Path::of("spec.loadBalancingMethod"), yaml::Value("hash consistent")));
    QVERIFY(editor.setField(usp, yaml::Path::of("spec.hashMethodKey"), yaml::Value("$request_uri")));
    g = TopologyGraph::build(design);
    QCOMPARE(label("tea", "tea"), u"weight 5 · cookie sp_tea_default_0"_s);
    QCOMPARE(label("coffee", "coffee"), u"weight 1 · hash $request_uri consistent"_s);
}

void tst_Topology::policiesHangOffTheirService()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    const Resource *policy = test::find(design, Kind::UpstreamSettingsPolicy, "lb-method");
    const Resource *coffee = test::find(design, Kind::Service, "coffee");
    const Node &p = g.nodes()[size_t(g.indexOf(key("policy:", policy)))];
    const Node &s = g.nodes()[size_t(g.indexOf(key("service:", coffee)))];
    QCOMPARE(p.attachedTo, g.indexOf(key("service:", coffee)));
    QCOMPARE(p.subtitle, u"ip_hash"_s);
    const auto *e = edge(g, key("policy:", policy), key("service:", coffee));
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Policy);
    // Right under its Service, in the Service column.
    QCOMPARE(p.position.x(), s.position.x());
    QCOMPARE(p.position.y(), s.position.y() + TopologyLayout::nodeHeight + TopologyLayout::verticalGap);
}

void tst_Topology::danglingReferencesShowAsMissing()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    const ResourceId latte = test::find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(
        editor.setField(latte, yaml::Path::of("spec.rules[0].backendRefs[0].name"), yaml::Value("mocha")));
    QVERIFY(editor.setField(latte, yaml::Path::of("spec.parentRefs[0].sectionName"), yaml::Value("https")));
    const TopologyGraph g = TopologyGraph::build(design);
    const int mocha = g.indexOf(u"missing-service:default/mocha"_s);
    QVERIFY(mocha >= 0);
    QCOMPARE(g.nodes()[size_t(mocha)].type, Node::Type::Missing);
    QCOMPARE(g.nodes()[size_t(mocha)].column, int(TopologyGraph::ServiceColumn));
    const Resource *route = design.resource(latte);
    const auto *e = edge(g, key("rule:", route, u":0"_s), u"missing-service:default/mocha"_s);
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Missing);
    QCOMPARE(e->field, yaml::Path::of("spec.rules[0].backendRefs[0]"));
    const Resource *gw = test::find(design, Kind::Gateway, "gateway");
    QVERIFY(g.indexOf(key("missing-listener:", gw, u":https"_s)) >= 0);
}

void tst_Topology::layoutHasNoOverlaps()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    // More of everything: a second route with three rules, a second Gateway.
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: menu}\n"
        "spec:\n  parentRefs: [{name: gateway}]\n  rules:\n"
        "  - backendRefs: [{name: coffee, port: 80}, {name: tea, port: 80, weight: 3}]\n"
        "  - matches: [{path: {value: /a}}]\n    backendRefs: [{name: latte, port: 80}]\n"
        "  - matches: [{path: {value: /b}}]\n    backendRefs: [{name: tea, port: 80}]\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: edge}\n"
        "spec:\n  gatewayClassName: nginx\n  listeners:\n"
        "  - {name: a, port: 80, protocol: HTTP}\n  - {name: b, port: 8080, protocol: HTTP}\n"));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    for (int c = 0; c < TopologyGraph::ColumnCount; ++c) {
        std::vector<int> nodes = g.column(c);
        std::sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return g.nodes()[size_t(a)].position.y() < g.nodes()[size_t(b)].position.y();
        });
        for (size_t i = 1; i < nodes.size(); ++i) {
            const qreal bottom = g.nodes()[size_t(nodes[i - 1])].position.y() +
                TopologyLayout::nodeSize(g, nodes[i - 1]).height();
            QVERIFY2(g.nodes()[size_t(nodes[i])].position.y() >= bottom + TopologyLayout::verticalGap - 0.01,
                     qPrintable(u"column %1: %2 overlaps %3"_s.arg(c).arg(
                         g.nodes()[size_t(nodes[i])].key, g.nodes()[size_t(nodes[i - 1])].key)));
        }
        for (int n : nodes)
            QCOMPARE(g.nodes()[size_t(n)].position.x(), TopologyLayout::columnX(c));
    }
}

void tst_Topology::selectionBothWays()
{
    Canvas canvas(QSize(1200, 700));
    QVERIFY(canvas.exposed());
    Design &design = canvas.design;
    DesignSelection &selection = canvas.selection;
    TopologyView &view = canvas.view;
    TopologyScene *scene = view.topologyScene();
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");

    // Select a field: the node of the part it belongs to is current.
    selection.select(tea->id, yaml::Path::of("spec.rules[0].backendRefs[0]"));
    std::vector<NodeItem *> current = scene->currentItems();
    QCOMPARE(current.size(), size_t(1));
    QCOMPARE(current.front()->node().key, key("rule:", tea, u":0"_s));
    selection.select(tea->id);
    QCOMPARE(scene->currentItems().front()->node().key, key("route:", tea));
    // Edges touching the current node are emphasised... and a click selects.
    NodeItem *listener =
        scene->nodeItem(key("listener:", test::find(design, Kind::Gateway, "gateway"), u":http"_s));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      view.mapFromScene(listener->sceneBoundingRect().center()));
    QCOMPARE(selection.resource(), test::find(design, Kind::Gateway, "gateway")->id);
    QCOMPARE(selection.field(), yaml::Path::of("spec.listeners[0]"));
}

void tst_Topology::connectByDragging()
{
    Canvas canvas(QSize(1400, 800));
    QVERIFY(canvas.exposed());
    Design &design = canvas.design;
    TopologyView &view = canvas.view;
    const QByteArray before = design.fileText(0);
    view.resetZoom();
    TopologyScene *scene = view.topologyScene();
    const Resource *latte = test::find(design, Kind::HTTPRoute, "latte");
    const ResourceId latteId = latte->id;
    NodeItem *rule = scene->nodeItem(key("rule:", latte, u":0"_s));
    NodeItem *tea = scene->nodeItem(key("service:", test::find(design, Kind::Service, "tea")));
    QVERIFY(rule && tea);
    QVERIFY(scene->canConnect(rule, tea));
    view.ensureVisible(rule);
    QSignalSpy rebuilt(scene, &TopologyScene::rebuilt);
    drag(view, rule, tea);
    QCOMPARE(design.undoStack()->count(), 1);
    QCOMPARE(design.undoStack()->undoText(), u"Send Rule 1 to Service tea"_s);
    const Route *route = design.resource(latteId)->as<Route>();
    QCOMPARE(route->rules[0].backendRefs.size(), size_t(2));
    QCOMPARE(route->rules[0].backendRefs[1].ref.name, u"tea"_s);
    QCOMPARE(route->rules[0].backendRefs[1].ref.port, std::optional<int>(80));
    QTRY_COMPARE(rebuilt.count(), 1); // the scene follows the edit (from the event loop)
    // The same drop again is refused: they are connected now.
    rule = scene->nodeItem(key("rule:", design.resource(latteId), u":0"_s));
    tea = scene->nodeItem(key("service:", test::find(design, Kind::Service, "tea")));
    QVERIFY(!scene->canConnect(rule, tea));
    // A route onto a listener; a Service is not a target for a route.
    NodeItem *route2 = scene->nodeItem(key("route:", design.resource(latteId)));
    QVERIFY(!scene->canConnect(route2, tea));
    design.undoStack()->undo();
    QCOMPARE(design.fileText(0), before);
}

void tst_Topology::statusColoursFromProvider()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    const ResourceId latte = test::find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(
        editor.setField(latte, yaml::Path::of("spec.rules[0].backendRefs[0].name"), yaml::Value("mocha")));
    DesignSelection selection(&design);
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    ConditionStatusProvider status(&session);
    TopologyScene scene(&selection);
    // Without a provider everything is neutral.
    for (NodeItem *n : scene.nodeItems())
        QCOMPARE(n->health(), Health::Unknown);
    scene.setStatusProvider(&status);
    const Resource *route = design.resource(latte);
    QCOMPARE(scene.nodeItem(key("rule:", route, u":0"_s))->health(), Health::Error);
    QCOMPARE(scene.nodeItem(key("route:", route))->health(), Health::Error);
    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    QCOMPARE(scene.nodeItem(key("route:", coffee))->health(), Health::Healthy);
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");
    QCOMPARE(scene.nodeItem(key("rule:", tea, u":0"_s))->health(),
             Health::Warning); // sessionPersistence on OSS
    QVERIFY(scene.nodeItem(key("rule:", route, u":0"_s))->toolTip().contains(u"BackendNotFound"_s));
    QCOMPARE(scene.nodeItem(key("service:", test::find(design, Kind::Service, "tea")))->health(),
             Health::Unknown);
}

void tst_Topology::keyboardNavigation()
{
    Canvas canvas(QSize(1200, 700));
    QVERIFY(canvas.exposed());
    Design &design = canvas.design;
    DesignSelection &selection = canvas.selection;
    TopologyView &view = canvas.view;
    view.setFocus();
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    // Nothing selected: an arrow key selects the first node.
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(selection.resource(), gateway->id);
    QTest::keyClick(&view, Qt::Key_Right); // to the listener
    QCOMPARE(selection.field(), yaml::Path::of("spec.listeners[0]"));
    QTest::keyClick(&view, Qt::Key_Right); // to the route level with it: tea, in the middle
    QCOMPARE(selection.resource(), test::find(design, Kind::HTTPRoute, "tea")->id);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(selection.resource(), test::find(design, Kind::HTTPRoute, "latte")->id);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(selection.field(), yaml::Path::of("spec.rules[0]"));
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(selection.resource(), test::find(design, Kind::Service, "latte")->id);
    QTest::keyClick(&view, Qt::Key_Left);
    QCOMPARE(selection.resource(), test::find(design, Kind::HTTPRoute, "latte")->id);
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(selection.field(), yaml::Path::of("spec.rules[0]"));
    QCOMPARE(selection.resource(), test::find(design, Kind::HTTPRoute, "coffee")->id);
}

void tst_Topology::exportPngAndSvg()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignSelection selection(&design);
    TopologyView view(&selection);
    QTemporaryDir dir;
    const QString png = dir.filePath(u"topology.png"_s);
    const QString svg = dir.filePath(u"topology.svg"_s);
    QVERIFY(view.exportTo(png));
    QVERIFY(view.exportTo(svg));
    const QImage image(png);
    QVERIFY(!image.isNull());
    const QRectF content = view.topologyScene()->contentsRect();
    QVERIFY(image.width() >= int(content.width() * 2)); // drawn at twice the size, for high-DPI screens
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.startsWith("<?xml"));
    QVERIFY(text.contains("cookie cookie-tea"));
    QVERIFY(text.contains("lb-method"));
    // Nothing to export from an empty design.
    Design empty;
    DesignSelection s2(&empty);
    TopologyView emptyView(&s2);
    QString error;
    QVERIFY(!emptyView.exportTo(png, &error));
    QVERIFY(!error.isEmpty());
}

void tst_Topology::zoomAndFit()
{
    Canvas canvas(QSize(600, 400));
    QVERIFY(canvas.exposed());
    Design &design = canvas.design;
    TopologyView &view = canvas.view;
    view.fitToWindow();
    const qreal fitted = view.zoom();
    QVERIFY(fitted < 1.0);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    QVERIFY(visible.contains(view.topologyScene()->contentsRect()));
    view.zoomIn();
    QVERIFY(view.zoom() > fitted);
    view.resetZoom();
    QCOMPARE(view.zoom(), 1.0);
    // Later edits keep the zoom the user chose.
    view.setZoom(0.8);
    DesignEditor editor(&design);
    QVERIFY(editor.renameResource(test::find(design, Kind::Service, "tea")->id, u"chai"_s));
    view.topologyScene()->flush();
    QCOMPARE(view.zoom(), 0.8);
    QVERIFY(view.topologyScene()->nodeItem(key("service:", test::find(design, Kind::Service, "chai"))));
}

void tst_Topology::unmodelledKindsAreShown()
{
    // A route kind NGF does not act on (MeshRoute) on the listener, and a kind NGF ignores: both on the
    // canvas, dashed, the route joined to the listener its parentRef names.
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    QVERIFY(editor.importText("apiVersion: example.com/v1\nkind: MeshRoute\n"
                              "metadata: {name: secure}\nspec:\n  parentRefs:\n  - name: gateway\n"
                              "    sectionName: http\n---\n"
                              "apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata: {name: cafe}\n"));
    const TopologyGraph g = TopologyGraph::build(design);
    const Resource *tls = design.find(u"MeshRoute"_s, u"default"_s, u"secure"_s);
    const Resource *cert = design.find(u"Certificate"_s, u"default"_s, u"cafe"_s);
    QVERIFY(tls && cert);
    const int ti = g.indexOf(u"unmodelled:"_s + QString::number(tls->id));
    const int ci = g.indexOf(u"unmodelled:"_s + QString::number(cert->id));
    QVERIFY(ti >= 0 && ci >= 0);
    QCOMPARE(g.nodes()[size_t(ti)].type, TopologyGraph::Node::Type::Unmodelled);
    QCOMPARE(g.nodes()[size_t(ti)].column, int(TopologyGraph::RouteColumn));
    QCOMPARE(g.nodes()[size_t(ti)].subtitle, u"MeshRoute · not modelled"_s);
    QCOMPARE(g.nodes()[size_t(ci)].column, int(TopologyGraph::ServiceColumn));
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    const TopologyGraph::Edge *e =
        edge(g, key("listener:", gateway, u":http"_s), u"unmodelled:"_s + QString::number(tls->id));
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Missing);

    // The preview's notes colour them: the route and the listener it sits on are warnings.
    struct NotesProvider : test::FakePreviewProvider
    {
        PreviewResult generate(const Design &d, const PreviewProfile &p) const override
        {
            PreviewResult r = FakePreviewProvider::generate(d, p);
            r.diagnostics.push_back({Diagnostic::Severity::Warning,
                                     {},
                                     u"MeshRoute default/secure"_s,
                                     u"kind"_s,
                                     u"not modelled"_s});
            r.diagnostics.push_back({Diagnostic::Severity::Warning,
                                     {},
                                     u"Gateway default/gateway"_s,
                                     u"spec.listeners[0]"_s,
                                     u"a MeshRoute attaches here"_s});
            return r;
        }
    };
    DesignSelection selection(&design);
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NotesProvider>());
    ConditionStatusProvider status(&session);
    TopologyScene scene(&selection);
    scene.setStatusProvider(&status);
    NodeItem *tlsNode = scene.nodeItem(u"unmodelled:"_s + QString::number(tls->id));
    QVERIFY(tlsNode);
    QCOMPARE(tlsNode->health(), Health::Warning);
    QVERIFY(tlsNode->toolTip().contains(u"not modelled"_s));
    NodeItem *listener = scene.nodeItem(key("listener:", gateway, u":http"_s));
    QCOMPARE(listener->health(), Health::Warning);
    QVERIFY(listener->toolTip().contains(u"a MeshRoute attaches here"_s));
}

void tst_Topology::contextMenuAndReturn()
{
    Canvas canvas(QSize(1200, 700));
    QVERIFY(canvas.exposed());
    ResourceActions actions(&canvas.selection);
    canvas.view.setResourceActions(&actions);
    TopologyScene *scene = canvas.view.topologyScene();
    const Resource *coffee = test::find(canvas.design, Kind::Deployment, "coffee");
    // Pods belong to their Deployment: the menu of a Pod node is the Deployment's.
    NodeItem *node = nullptr;
    for (NodeItem *n : scene->nodeItems()) {
        if (n->node().type == TopologyGraph::Node::Type::Pod && n->node().resource == coffee->id)
            node = n;
    }
    QVERIFY(node);
    std::unique_ptr<QMenu> menu(canvas.view.contextMenu(node));
    QCOMPARE(canvas.selection.resource(), coffee->id);
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text();
    QVERIFY2(texts.contains(u"&Edit Properties"_s), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(actions.deleteAction()->text()));
    QVERIFY(texts.contains(u"Add &Service for Deployment coffee"_s));
    // The background: the Add menu only.
    std::unique_ptr<QMenu> background(canvas.view.contextMenu(nullptr));
    QCOMPARE(background->actions().size(), 1);
    QVERIFY(background->actions().front()->menu());

    // A missing Service: its menu makes it.
    DesignEditor editor(&canvas.design);
    QVERIFY(editor.setField(test::find(canvas.design, Kind::HTTPRoute, "latte")->id,
                            yaml::Path::of("spec.rules[0].backendRefs[0].name"), yaml::Value("mocha")));
    scene->flush();
    NodeItem *missing = scene->nodeItem(u"missing-service:default/mocha"_s);
    QVERIFY(missing);
    std::unique_ptr<QMenu> create(canvas.view.contextMenu(missing));
    QCOMPARE(create->actions().front()->text(), u"&Create Service mocha"_s);
    create->actions().front()->trigger();
    QVERIFY(test::find(canvas.design, Kind::Service, "mocha"));

    // Return on a selected node asks for its form.
    scene->flush();
    QVERIFY(!scene->currentItems().empty());
    QSignalSpy activated(&canvas.view, &TopologyView::nodeActivated);
    canvas.view.setFocus();
    QTest::keyClick(&canvas.view, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
}

namespace {

/** The bundled TLS and L4 example: HTTPS + BackendTLSPolicy, TLS passthrough + TLSRoute, TCPRoute. */
bool loadTlsExample(Design &design)
{
    return design
        .addFile(test::readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/tls-l4.yaml")),
                 QStringLiteral("tls-l4.yaml"))
        .ok;
}

/** The cafe with NGF's policies, filters and a ListenerSet (resources/examples/cafe-policies.yaml). */
bool loadPoliciesExample(Design &design)
{
    return design
        .addFile(test::readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe-policies.yaml")),
                 QStringLiteral("cafe-policies.yaml"))
        .ok;
}

} // namespace

void tst_Topology::l4RoutesOnTheirListeners()
{
    Design design;
    QVERIFY(loadTlsExample(design));
    DesignEditor editor(&design);
    // A UDP listener with a UDPRoute, added to the example.
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    QVERIFY(
        editor.insertItem(gateway->id, Path::of("spec.listeners"), 3,
                          yaml::Value::mapping().set("name", "dns").set("port", 53).set("protocol", "UDP")));
    QVERIFY(
        editor.importText("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: UDPRoute\n"
                          "metadata: {name: dns}\nspec:\n  parentRefs: [{name: gateway, sectionName: dns}]\n"
                          "  rules:\n  - backendRefs: [{name: postgres, port: 5432, weight: 3}]\n"));
    const TopologyGraph g = TopologyGraph::build(design);
    QCOMPARE(titles(g, TopologyGraph::ListenerColumn),
             (QStringList {u"https"_s, u"tls"_s, u"postgres"_s, u"dns"_s}));
    QCOMPARE(titles(g, TopologyGraph::RouteColumn),
             (QStringList {u"cafe"_s, u"app"_s, u"postgres"_s, u"dns"_s}));
    gateway = test::find(design, Kind::Gateway, "gateway");
    const struct
    {
        Kind kind;
        const char *route;
        const char *listener;
        const char *service;
    } expected[] = {
        {Kind::TLSRoute, "app", ":tls", "secure-app"},
        {Kind::TCPRoute, "postgres", ":postgres", "postgres"},
        {Kind::UDPRoute, "dns", ":dns", "postgres"},
    };
    for (const auto &e : expected) {
        const Resource *route = test::find(design, e.kind, e.route);
        QVERIFY2(route, e.route);
        const int ri = g.indexOf(key("route:", route));
        QVERIFY(ri >= 0);
        QCOMPARE(g.nodes()[size_t(ri)].kind, e.kind);
        QCOMPARE(g.nodes()[size_t(ri)].type, Node::Type::Route);
        // On its listener, like an HTTPRoute, and on to its rule and its backend.
        QVERIFY2(edge(g, key("listener:", gateway, QString::fromLatin1(e.listener)), key("route:", route)),
                 e.route);
        QVERIFY(edge(g, key("route:", route), key("rule:", route, u":0"_s)));
        const Resource *svc = test::find(design, Kind::Service, e.service);
        const TopologyGraph::Edge *backend = edge(g, key("rule:", route, u":0"_s), key("service:", svc));
        QVERIFY2(backend, e.route);
        QCOMPARE(g.nodes()[size_t(g.indexOf(key("rule:", route, u":0"_s)))].subtitle, u"any connection"_s);
    }
    // The weight of an L4 backend is on its edge.
    const Resource *dns = test::find(design, Kind::UDPRoute, "dns");
    QVERIFY(
        edge(g, key("rule:", dns, u":0"_s), key("service:", test::find(design, Kind::Service, "postgres")))
            ->label.startsWith(u"weight 3"_s));
    // The SNI names of a TLSRoute are its subtitle; a TCP or UDP route has its kind.
    QCOMPARE(
        g.nodes()[size_t(g.indexOf(key("route:", test::find(design, Kind::TCPRoute, "postgres"))))].subtitle,
        u"TCPRoute"_s);
    QCOMPARE(g.nodes()[size_t(g.indexOf(key("route:", test::find(design, Kind::TLSRoute, "app"))))].subtitle,
             u"app.example.com"_s);
}

void tst_Topology::tlsLocksOnEdges()
{
    using Tls = TopologyGraph::Edge::Tls;
    Design design;
    QVERIFY(loadTlsExample(design));
    const TopologyGraph g = TopologyGraph::build(design);
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    const Resource *cafe = test::find(design, Kind::HTTPRoute, "cafe");
    const Resource *app = test::find(design, Kind::TLSRoute, "app");
    const Resource *postgres = test::find(design, Kind::TCPRoute, "postgres");
    const Resource *coffee = test::find(design, Kind::Service, "coffee");
    const Resource *btp = test::find(design, Kind::BackendTLSPolicy, "coffee-tls");
    QVERIFY(cafe && app && postgres && coffee && btp);

    // Terminated at the HTTPS listener, with its certificate.
    const TopologyGraph::Edge *https = edge(g, key("listener:", gateway, u":https"_s), key("route:", cafe));
    QVERIFY(https);
    QCOMPARE(https->tls, Tls::Terminated);
    QCOMPARE(https->tlsDetail, u"cafe-secret"_s);
    // Passed through by the TLS listener to the TLSRoute, by SNI.
    const TopologyGraph::Edge *passthrough =
        edge(g, key("listener:", gateway, u":tls"_s), key("route:", app));
    QVERIFY(passthrough);
    QCOMPARE(passthrough->tls, Tls::Passthrough);
    QCOMPARE(passthrough->tlsDetail, u"app.example.com"_s);
    // Re-encrypted to the Service the BackendTLSPolicy targets.
    const TopologyGraph::Edge *reencrypted = edge(g, key("rule:", cafe, u":0"_s), key("service:", coffee));
    QVERIFY(reencrypted);
    QCOMPARE(reencrypted->tls, Tls::Reencrypted);
    QCOMPARE(reencrypted->tlsDetail, u"coffee-tls · coffee.example.com"_s);
    // No TLS on the TCP route, nor on the passthrough route's backend (nginx does not decrypt it).
    QCOMPARE(edge(g, key("listener:", gateway, u":postgres"_s), key("route:", postgres))->tls, Tls::None);
    QCOMPARE(
        edge(g, key("rule:", app, u":0"_s), key("service:", test::find(design, Kind::Service, "secure-app")))
            ->tls,
        Tls::None);
    // The policy sits under its Service.
    const int pi = g.indexOf(key("policy:", btp));
    QVERIFY(pi >= 0);
    QCOMPARE(g.nodes()[size_t(pi)].kind, Kind::BackendTLSPolicy);
    QCOMPARE(g.nodes()[size_t(pi)].attachedTo, g.indexOf(key("service:", coffee)));
    QCOMPARE(g.nodes()[size_t(pi)].subtitle, u"TLS to coffee.example.com"_s);
    QCOMPARE(edge(g, key("policy:", btp), key("service:", coffee))->style,
             TopologyGraph::Edge::Style::Policy);
    // Every look has its own tooltip.
    QSet<QString> tips;
    for (Tls tls : {Tls::Terminated, Tls::Passthrough, Tls::Reencrypted})
        tips.insert(TopologyGraph::tlsDescription(tls, QString()));
    QCOMPARE(tips.size(), 3);
    QVERIFY(TopologyGraph::tlsDescription(Tls::None, QString()).isEmpty());

    // A policy for another port of the Service (sectionName) does not re-encrypt this backend.
    DesignEditor editor(&design);
    const ResourceId policyId = btp->id; // the Resource is parsed anew by the edit
    QVERIFY(editor.setField(policyId, Path::of("spec.targetRefs[0].sectionName"), yaml::Value("grpc")));
    const TopologyGraph other = TopologyGraph::build(design);
    QCOMPARE(edge(other, key("rule:", cafe, u":0"_s), key("service:", coffee))->tls, Tls::None);
    // The port's name does.
    QVERIFY(editor.setField(policyId, Path::of("spec.targetRefs[0].sectionName"), yaml::Value("https")));
    QCOMPARE(edge(TopologyGraph::build(design), key("rule:", cafe, u":0"_s), key("service:", coffee))->tls,
             Tls::Reencrypted);
}

void tst_Topology::tlsBadgesOnTheCanvas()
{
    using Tls = TopologyGraph::Edge::Tls;
    Design design;
    QVERIFY(loadTlsExample(design));
    DesignSelection selection(&design);
    TopologyScene scene(&selection);
    QMap<Tls, int> badges;
    for (EdgeItem *e : scene.edgeItems()) {
        TlsBadgeItem *badge = e->tlsBadge();
        QCOMPARE(bool(badge), e->edge().tls != Tls::None);
        if (!badge)
            continue;
        ++badges[badge->tls()];
        QCOMPARE(badge->tls(), e->edge().tls);
        QCOMPARE(badge->parentItem(), static_cast<QGraphicsItem *>(e));
        QCOMPARE(badge->toolTip(), TopologyGraph::tlsDescription(e->edge().tls, e->edge().tlsDetail));
        // On its edge, clear of the nodes and of the weight label.
        QVERIFY(e->shape().contains(badge->pos()) || e->boundingRect().contains(badge->pos()));
        for (NodeItem *n : scene.nodeItems())
            QVERIFY2(!n->sceneBoundingRect().intersects(badge->sceneBoundingRect()),
                     qPrintable(n->node().key));
        QVERIFY(!e->labelRect().intersects(badge->sceneBoundingRect()));
        // The tooltip is the one of the item under the mouse.
        QCOMPARE(scene.items(badge->scenePos()).value(0), static_cast<QGraphicsItem *>(badge));
    }
    QCOMPARE(badges.value(Tls::Terminated), 1);
    QCOMPARE(badges.value(Tls::Passthrough), 1);
    QCOMPARE(badges.value(Tls::Reencrypted), 1);
    // The L4 routes are nodes of their kind, with the route icon of L4 routes.
    QCOMPARE(scene.nodeItem(key("route:", test::find(design, Kind::TLSRoute, "app")))->node().kind,
             Kind::TLSRoute);
    QCOMPARE(scene.nodeItem(key("route:", test::find(design, Kind::TCPRoute, "postgres")))->node().kind,
             Kind::TCPRoute);
    QCOMPARE(Icons::kindIconName(Kind::TCPRoute), u"kind-l4route"_s);
    QVERIFY(!Icons::icon(TlsBadgeItem::iconName(Tls::Passthrough)).isNull());
    QVERIFY(!Icons::icon(TlsBadgeItem::iconName(Tls::Terminated)).isNull());
    QVERIFY(!Icons::icon(TlsBadgeItem::iconName(Tls::Reencrypted)).isNull());

    // Drawn in both colour schemes (the badge's ring is the canvas's base colour).
    for (const QPalette &palette : {Theme::lightPalette(), Theme::darkPalette()}) {
        QApplication::setPalette(palette);
        QImage image(scene.sceneRect().size().toSize(), QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        scene.render(&painter, QRectF(), scene.sceneRect());
        painter.end();
        QVERIFY(!image.isNull());
    }
    QApplication::setPalette(Theme::lightPalette());
}

void tst_Topology::ngfPoliciesOnTheirTargets()
{
    Design design;
    QVERIFY(loadPoliciesExample(design));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    const struct
    {
        Kind kind;
        const char *name;
        const char *label;
        QString target; ///< the key of the node it targets
        int column;
        const char *field; ///< the targetRef
    } expected[] = {
        {Kind::ClientSettingsPolicy, "client-limits", "body 10m · keepalive 32", key("gateway:", gateway),
         TopologyGraph::GatewayColumn, "spec.targetRef"},
        {Kind::SnippetsPolicy, "server-tokens", "snippets http", key("gateway:", gateway),
         TopologyGraph::GatewayColumn, "spec.targetRefs[0]"},
        {Kind::RateLimitPolicy, "coffee-rate", "10r/s burst 5",
         key("route:", test::find(design, Kind::HTTPRoute, "coffee")), TopologyGraph::RouteColumn,
         "spec.targetRefs[0]"},
        {Kind::ObservabilityPolicy, "tea-tracing", "tracing 50%",
         key("route:", test::find(design, Kind::HTTPRoute, "tea")), TopologyGraph::RouteColumn,
         "spec.targetRefs[0]"},
        {Kind::ProxySettingsPolicy, "latte-buffers", "buffer 8k · read 30s",
         key("route:", test::find(design, Kind::HTTPRoute, "latte")), TopologyGraph::RouteColumn,
         "spec.targetRefs[0]"},
    };
    for (const auto &e : expected) {
        const Resource *policy = test::find(design, e.kind, e.name);
        QVERIFY2(policy, e.name);
        const int pi = g.indexOf(key("policy:", policy));
        QVERIFY2(pi >= 0, e.name);
        const Node &p = g.nodes()[size_t(pi)];
        QCOMPARE(p.type, Node::Type::Policy);
        QCOMPARE(p.kind, e.kind);
        QCOMPARE(p.resource, policy->id);
        QCOMPARE(p.subtitle, QString::fromUtf8(e.label));
        QCOMPARE(p.column, e.column);
        QCOMPARE(p.attachedTo, g.indexOf(e.target));
        const TopologyGraph::Edge *edgeToTarget = edge(g, key("policy:", policy), e.target);
        QVERIFY2(edgeToTarget, e.name);
        QCOMPARE(edgeToTarget->style, TopologyGraph::Edge::Style::Policy);
        QCOMPARE(edgeToTarget->resource, policy->id);
        QCOMPARE(edgeToTarget->field, Path::of(e.field));
        // Below its target, in its target's column.
        const Node &target = g.nodes()[size_t(g.indexOf(e.target))];
        QCOMPARE(p.position.x(), target.position.x());
        QVERIFY2(p.position.y() > target.position.y(), e.name);
    }

    // More labels: the first rule of several, dry run, keepalive time, parent tracing, buffering off.
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.nginx.org/v1alpha1\nkind: RateLimitPolicy\nmetadata: {name: more}\n"
        "spec:\n  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gateway}]\n"
        "  rateLimit:\n    dryRun: true\n    local:\n      rules:\n"
        "      - {rate: 5r/m, key: $binary_remote_addr}\n      - {rate: 1r/s, key: $uri}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: ClientSettingsPolicy\nmetadata: {name: ka}\n"
        "spec:\n  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: tea}\n"
        "  keepAlive: {time: 1h}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha2\nkind: ObservabilityPolicy\nmetadata: {name: parent}\n"
        "spec:\n  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: coffee}]\n"
        "  tracing: {strategy: parent}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: ProxySettingsPolicy\nmetadata: {name: nobuf}\n"
        "spec:\n  targetRefs: [{group: gateway.networking.k8s.io, kind: Gateway, name: gateway}]\n"
        "  buffering: {disable: true}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: WAFPolicy\nmetadata: {name: waf}\n"
        "spec:\n  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: tea}]\n"
        "  type: HTTP\n  policySource: {httpSource: {url: 'http://bundles/p.tgz'}}\n"
        "  securityLogs: [{destination: {type: stderr}, logSource: {defaultProfile: log_blocked}}]\n"));
    g = TopologyGraph::build(design);
    const auto label = [&](Kind kind, const char *name) {
        const int i = g.indexOf(key("policy:", test::find(design, kind, name)));
        return i < 0 ? u"(no node)"_s : g.nodes()[size_t(i)].subtitle;
    };
    // (the English numerus forms come from gwstudio_en.qm, not loaded here)
    QCOMPARE(label(Kind::RateLimitPolicy, "more"), u"5r/m +1 more rule(s) · dry run"_s);
    QCOMPARE(label(Kind::ClientSettingsPolicy, "ka"), u"keepalive 1h"_s);
    QCOMPARE(label(Kind::ObservabilityPolicy, "parent"), u"tracing parent"_s);
    QCOMPARE(label(Kind::ProxySettingsPolicy, "nobuf"), u"buffering off"_s);
    QCOMPARE(label(Kind::WAFPolicy, "waf"), u"WAF · HTTP · log_blocked"_s);
}

void tst_Topology::filtersOnTheRoutesThatNameThem()
{
    Design design;
    QVERIFY(loadPoliciesExample(design));
    const TopologyGraph g = TopologyGraph::build(design);
    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");
    const Resource *auth = test::find(design, Kind::AuthenticationFilter, "baristas");
    const Resource *snippets = test::find(design, Kind::SnippetsFilter, "tea-headers");
    QVERIFY(coffee && tea && auth && snippets);
    const Node &a = g.nodes()[size_t(g.indexOf(key("policy:", auth)))];
    QCOMPARE(a.type, Node::Type::Policy);
    QCOMPARE(a.kind, Kind::AuthenticationFilter);
    QCOMPARE(a.subtitle, u"Basic"_s);
    QCOMPARE(a.column, int(TopologyGraph::RouteColumn));
    QCOMPARE(a.attachedTo, g.indexOf(key("route:", coffee)));
    const TopologyGraph::Edge *e = edge(g, key("policy:", auth), key("route:", coffee));
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Policy);
    // The edge is the route's ExtensionRef: selecting it selects the filter entry of the rule.
    QCOMPARE(e->resource, coffee->id);
    QCOMPARE(e->field, Path::of("spec.rules[0].filters[0]"));
    const Node &s = g.nodes()[size_t(g.indexOf(key("policy:", snippets)))];
    QCOMPARE(s.kind, Kind::SnippetsFilter);
    QCOMPARE(s.subtitle, u"snippets http.server.location"_s);
    QCOMPARE(s.attachedTo, g.indexOf(key("route:", tea)));
    QVERIFY(edge(g, key("policy:", snippets), key("route:", tea)));
    QVERIFY(!edge(g, key("policy:", snippets), key("route:", coffee)));

    // JWT and OIDC filters say their type; a filter no rule names is drawn on its own; a filter two
    // rules of one route name has one edge to the route.
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.nginx.org/v1alpha1\nkind: AuthenticationFilter\nmetadata: {name: jwt}\n"
        "spec:\n  type: JWT\n  jwt:\n    realm: api\n    source: File\n    file: {secretRef: {name: keys}}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: AuthenticationFilter\nmetadata: {name: sso}\n"
        "spec:\n  type: OIDC\n  oidc:\n    issuer: https://idp.example.com\n    clientID: cafe\n"
        "    clientSecretRef: {name: oidc}\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: menu}\n"
        "spec:\n  parentRefs: [{name: gateway}]\n  rules:\n"
        "  - filters: [{type: ExtensionRef, extensionRef: {group: gateway.nginx.org, kind: "
        "AuthenticationFilter, name: sso}}]\n    backendRefs: [{name: tea, port: 80}]\n"
        "  - filters: [{type: ExtensionRef, extensionRef: {group: gateway.nginx.org, kind: "
        "AuthenticationFilter, name: sso}}]\n    backendRefs: [{name: coffee, port: 80}]\n"));
    const TopologyGraph h = TopologyGraph::build(design);
    const Resource *jwt = test::find(design, Kind::AuthenticationFilter, "jwt");
    const Resource *sso = test::find(design, Kind::AuthenticationFilter, "sso");
    const Resource *menu = test::find(design, Kind::HTTPRoute, "menu");
    QVERIFY(jwt && sso && menu);
    const Node &j = h.nodes()[size_t(h.indexOf(key("policy:", jwt)))];
    QCOMPARE(j.subtitle, u"JWT · File"_s);
    QCOMPARE(j.attachedTo, -1);
    QCOMPARE(h.nodes()[size_t(h.indexOf(key("policy:", sso)))].subtitle, u"OIDC"_s);
    int ssoEdges = 0;
    for (const auto &x : h.edges())
        ssoEdges += x.from == h.indexOf(key("policy:", sso)) ? 1 : 0;
    QCOMPARE(ssoEdges, 1);
    QCOMPARE(edge(h, key("policy:", sso), key("route:", menu))->field, Path::of("spec.rules[0].filters[0]"));
}

void tst_Topology::danglingPolicyTargetsAndFilters()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.nginx.org/v1alpha1\nkind: RateLimitPolicy\nmetadata: {name: lost}\n"
        "spec:\n  targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: mocha}]\n"
        "  rateLimit: {local: {rules: [{rate: 1r/s, key: $uri}]}}\n"
        "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: ClientSettingsPolicy\nmetadata: {name: gone}\n"
        "spec:\n  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: edge}\n"
        "  body: {maxSize: 1m}\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: menu}\n"
        "spec:\n  parentRefs: [{name: gateway}]\n  rules:\n"
        "  - filters: [{type: ExtensionRef, extensionRef: {group: gateway.nginx.org, kind: SnippetsFilter, "
        "name: nowhere}}]\n    backendRefs: [{name: tea, port: 80}]\n"));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    const auto dangling = [&](const Resource *from, const QString &missingKey, int column) {
        const int mi = g.indexOf(missingKey);
        QVERIFY2(mi >= 0, qPrintable(missingKey));
        QCOMPARE(g.nodes()[size_t(mi)].type, Node::Type::Missing);
        QCOMPARE(g.nodes()[size_t(mi)].column, column);
        const TopologyGraph::Edge *e = edge(g, key("policy:", from), missingKey);
        QVERIFY2(e, qPrintable(missingKey));
        QCOMPARE(e->style, TopologyGraph::Edge::Style::Missing);
        QCOMPARE(g.nodes()[size_t(g.indexOf(key("policy:", from)))].attachedTo, mi);
    };
    dangling(test::find(design, Kind::RateLimitPolicy, "lost"), u"missing-target:HTTPRoute:default/mocha"_s,
             TopologyGraph::RouteColumn);
    dangling(test::find(design, Kind::ClientSettingsPolicy, "gone"), u"missing-target:Gateway:default/edge"_s,
             TopologyGraph::GatewayColumn);
    QCOMPARE(g.nodes()[size_t(g.indexOf(u"missing-target:HTTPRoute:default/mocha"_s))].subtitle,
             u"HTTPRoute not found"_s);
    // The ExtensionRef to a SnippetsFilter that does not exist: a missing node under the route.
    const Resource *menu = test::find(design, Kind::HTTPRoute, "menu");
    const QString missingFilter = u"missing-filter:SnippetsFilter:default/nowhere"_s;
    const int mi = g.indexOf(missingFilter);
    QVERIFY(mi >= 0);
    QCOMPARE(g.nodes()[size_t(mi)].type, Node::Type::Missing);
    QCOMPARE(g.nodes()[size_t(mi)].subtitle, u"SnippetsFilter not found"_s);
    QCOMPARE(g.nodes()[size_t(mi)].attachedTo, g.indexOf(key("route:", menu)));
    const TopologyGraph::Edge *e = edge(g, missingFilter, key("route:", menu));
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Missing);
    QCOMPARE(e->field, Path::of("spec.rules[0].filters[0]"));
    // Right under the route.
    const Node &route = g.nodes()[size_t(g.indexOf(key("route:", menu)))];
    QCOMPARE(g.nodes()[size_t(mi)].position.y(),
             route.position.y() + TopologyLayout::nodeHeight + TopologyLayout::verticalGap);
}

void tst_Topology::listenerSetsAndTheirRoutes()
{
    Design design;
    QVERIFY(loadPoliciesExample(design));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    const Resource *gateway = test::find(design, Kind::Gateway, "gateway");
    const Resource *set = test::find(design, Kind::ListenerSet, "cafe-extra");
    const Resource *latte = test::find(design, Kind::HTTPRoute, "latte");
    QVERIFY(gateway && set && latte);
    const int si = g.indexOf(key("listenerset:", set));
    QVERIFY(si >= 0);
    const Node &s = g.nodes()[size_t(si)];
    QCOMPARE(s.type, Node::Type::ListenerSet);
    QCOMPARE(s.kind, Kind::ListenerSet);
    QCOMPARE(s.column, int(TopologyGraph::GatewayColumn));
    QCOMPARE(s.subtitle, u"ListenerSet of gateway"_s);
    QCOMPARE(s.attachedTo, g.indexOf(key("gateway:", gateway)));
    const TopologyGraph::Edge *parent = edge(g, key("listenerset:", set), key("gateway:", gateway));
    QVERIFY(parent);
    QCOMPARE(parent->field, Path::of("spec.parentRef"));
    // Its listener, of the ListenerSet resource, in the listener column.
    const QString listenerKey = key("listener:", set, u":http-8080"_s);
    const Node &l = g.nodes()[size_t(g.indexOf(listenerKey))];
    QCOMPARE(l.resource, set->id);
    QCOMPARE(l.field, Path::of("spec.listeners[0]"));
    QCOMPARE(l.subtitle, u"HTTP :8080 · cafe.example.com"_s);
    QVERIFY(edge(g, key("listenerset:", set), listenerKey));
    QCOMPARE(titles(g, TopologyGraph::ListenerColumn), (QStringList {u"http"_s, u"http-8080"_s}));
    // The route whose parentRef is the ListenerSet is on its listener, not on the Gateway's.
    const TopologyGraph::Edge *e = edge(g, listenerKey, key("route:", latte));
    QVERIFY(e);
    QCOMPARE(e->style, TopologyGraph::Edge::Style::Flow);
    QCOMPARE(e->field, Path::of("spec.parentRefs[0]"));
    QVERIFY(!edge(g, key("listener:", gateway, u":http"_s), key("route:", latte)));
    // A route on the Gateway does not bind to the ListenerSet's listeners (NGF keeps them apart).
    QVERIFY(!edge(g, listenerKey, key("route:", test::find(design, Kind::HTTPRoute, "coffee"))));

    // Without sectionName: every listener of the set; an unknown section or set is missing.
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: all}\n"
        "spec:\n  parentRefs: [{kind: ListenerSet, name: cafe-extra}]\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: wrong}\n"
        "spec:\n  parentRefs: [{kind: ListenerSet, name: cafe-extra, sectionName: https}]\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: nowhere}\n"
        "spec:\n  parentRefs: [{group: gateway.networking.k8s.io, kind: ListenerSet, name: other}]\n"
        "---\napiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata: {name: orphan}\n"
        "spec:\n  parentRef: {name: edge}\n  listeners: [{name: x, port: 81, protocol: HTTP}]\n"));
    g = TopologyGraph::build(design);
    set = test::find(design, Kind::ListenerSet, "cafe-extra");
    QVERIFY(edge(g, key("listener:", set, u":http-8080"_s),
                 key("route:", test::find(design, Kind::HTTPRoute, "all"))));
    const QString missingListener = u"missing-listener:"_s + QString::number(set->id) + u":https"_s;
    QVERIFY(edge(g, key("listenerset:", set), missingListener));
    QVERIFY(edge(g, missingListener, key("route:", test::find(design, Kind::HTTPRoute, "wrong"))));
    const QString missingSet = u"missing-listenerset:default/other"_s;
    QCOMPARE(g.nodes()[size_t(g.indexOf(missingSet))].subtitle, u"ListenerSet not found"_s);
    QCOMPARE(edge(g, missingSet, key("route:", test::find(design, Kind::HTTPRoute, "nowhere")))->style,
             TopologyGraph::Edge::Style::Missing);
    const Resource *orphan = test::find(design, Kind::ListenerSet, "orphan");
    const TopologyGraph::Edge *dangling =
        edge(g, key("listenerset:", orphan), u"missing-gateway:default/edge"_s);
    QVERIFY(dangling);
    QCOMPARE(dangling->style, TopologyGraph::Edge::Style::Missing);

    // Dragging a route onto the ListenerSet's listener names the ListenerSet in its parentRef.
    DesignSelection selection(&design);
    TopologyScene scene(&selection);
    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    QVERIFY(scene.connectNodes(scene.nodeItem(key("route:", coffee)),
                               scene.nodeItem(key("listener:", set, u":http-8080"_s))));
    coffee = test::find(design, Kind::HTTPRoute, "coffee");
    const ParentReference &added = coffee->as<Route>()->parentRefs.back();
    QCOMPARE(added.kind, u"ListenerSet"_s);
    QCOMPARE(added.name, u"cafe-extra"_s);
    QCOMPARE(added.sectionName.value_or(QString()), u"http-8080"_s);
    set = test::find(design, Kind::ListenerSet, "cafe-extra");
    QVERIFY(
        edge(TopologyGraph::build(design), key("listener:", set, u":http-8080"_s), key("route:", coffee)));
}

void tst_Topology::policiesLayoutReadable()
{
    // The cafe with every policy kind: no two nodes of a column overlap, every policy sits in its
    // target's column, and the canvas stays about as tall as its routes and policies need.
    Design design;
    QVERIFY(loadPoliciesExample(design));
    TopologyGraph g = TopologyGraph::build(design);
    TopologyLayout::apply(g);
    qreal bottom = 0;
    for (int c = 0; c < TopologyGraph::ColumnCount; ++c) {
        std::vector<int> nodes = g.column(c);
        std::sort(nodes.begin(), nodes.end(), [&](int a, int b) {
            return g.nodes()[size_t(a)].position.y() < g.nodes()[size_t(b)].position.y();
        });
        for (size_t i = 1; i < nodes.size(); ++i) {
            const qreal above = g.nodes()[size_t(nodes[i - 1])].position.y() +
                TopologyLayout::nodeSize(g, nodes[i - 1]).height();
            QVERIFY2(g.nodes()[size_t(nodes[i])].position.y() >= above + TopologyLayout::verticalGap - 0.01,
                     qPrintable(g.nodes()[size_t(nodes[i])].key));
        }
        for (int n : nodes)
            bottom =
                std::max(bottom, g.nodes()[size_t(n)].position.y() + TopologyLayout::nodeSize(g, n).height());
    }
    // The route column: 3 routes, 3 policies, 2 filters.
    const qreal routeColumn = 3 * (TopologyLayout::nodeHeight + TopologyLayout::verticalGap) +
        5 * (TopologyLayout::podHeight + TopologyLayout::verticalGap);
    QVERIFY2(bottom < TopologyLayout::headerHeight + routeColumn + 2 * TopologyLayout::nodeHeight,
             qPrintable(QString::number(bottom)));
    // Under the Gateway: its policies first, then its ListenerSet (level with its listener).
    const Node &gw =
        g.nodes()[size_t(g.indexOf(key("gateway:", test::find(design, Kind::Gateway, "gateway"))))];
    const Node &client = g.nodes()[size_t(
        g.indexOf(key("policy:", test::find(design, Kind::ClientSettingsPolicy, "client-limits"))))];
    QCOMPARE(client.position.y(), gw.position.y() + TopologyLayout::nodeHeight + TopologyLayout::verticalGap);
    const Node &set = g.nodes()[size_t(
        g.indexOf(key("listenerset:", test::find(design, Kind::ListenerSet, "cafe-extra"))))];
    QVERIFY(set.position.y() > client.position.y());
    // Each route is followed by its own policies and filters.
    std::vector<int> routes = g.column(TopologyGraph::RouteColumn);
    std::sort(routes.begin(), routes.end(), [&](int a, int b) {
        return g.nodes()[size_t(a)].position.y() < g.nodes()[size_t(b)].position.y();
    });
    int host = -1;
    for (int n : routes) {
        const Node &node = g.nodes()[size_t(n)];
        if (node.type == Node::Type::Route)
            host = n;
        else
            QCOMPARE(node.attachedTo, host);
    }
}

void tst_Topology::policyStatusFromThePreview()
{
    // A policy NGF does not accept (here: conflicted) is drawn in the error colour, with NGF's condition
    // in its tooltip; the ListenerSet's status colours its node.
    struct ConflictProvider : test::FakePreviewProvider
    {
        ResourceId policy = 0;
        ResourceId set = 0;
        PreviewResult generate(const Design &d, const PreviewProfile &p) const override
        {
            PreviewResult r = FakePreviewProvider::generate(d, p);
            r.conditions.push_back({{policy, {}},
                                    u"ancestor default/gateway"_s,
                                    u"Accepted"_s,
                                    u"False"_s,
                                    u"Conflicted"_s,
                                    u"Conflicts with another RateLimitPolicy"_s,
                                    Health::Error});
            r.conditions.push_back(
                {{set, {}}, {}, u"Accepted"_s, u"True"_s, u"Accepted"_s, u"accepted"_s, Health::Healthy});
            return r;
        }
    };
    Design design;
    QVERIFY(loadPoliciesExample(design));
    auto provider = std::make_unique<ConflictProvider>();
    provider->policy = test::find(design, Kind::RateLimitPolicy, "coffee-rate")->id;
    provider->set = test::find(design, Kind::ListenerSet, "cafe-extra")->id;
    DesignSelection selection(&design);
    PreviewSession session(&design);
    session.setProvider(std::move(provider));
    ConditionStatusProvider status(&session);
    TopologyScene scene(&selection);
    scene.setStatusProvider(&status);
    NodeItem *policy =
        scene.nodeItem(key("policy:", test::find(design, Kind::RateLimitPolicy, "coffee-rate")));
    QVERIFY(policy);
    QCOMPARE(policy->health(), Health::Error);
    QVERIFY(policy->toolTip().contains(u"Conflicted"_s));
    QCOMPARE(
        scene.nodeItem(key("listenerset:", test::find(design, Kind::ListenerSet, "cafe-extra")))->health(),
        Health::Healthy);
    // A policy the preview says nothing about stays neutral.
    QCOMPARE(scene.nodeItem(key("policy:", test::find(design, Kind::ObservabilityPolicy, "tea-tracing")))
                 ->health(),
             Health::Unknown);
}

QTEST_MAIN(tst_Topology)
#include "tst_topology.moc"
