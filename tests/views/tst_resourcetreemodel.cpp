// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"
#include "testutil.h"
#include "views/common/designselection.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetemplates.h"
#include "views/tree/resourcetreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

/** The tree as text: "Kind[ns:...][name,...]" lines, for readable comparisons. */
QStringList dump(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        lines << QString(depth * 2, u' ') + index.data().toString();
        lines += dump(model, index, depth + 1);
    }
    return lines;
}

yaml::Value service(const char *name, const char *ns)
{
    yaml::Value meta = yaml::Value::mapping();
    meta.set("name", name);
    meta.set("namespace", ns);
    yaml::Value v = yaml::Value::mapping();
    v.set("apiVersion", "v1");
    v.set("kind", "Service");
    v.set("metadata", meta);
    return v;
}

} // namespace

class tst_ResourceTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsByKindInReadingOrder();
    void renameKeepsIndexesAndIsOneCommand();
    void secondNamespaceAddsFolders();
    void deleteAndUndo();
    void dragCarriesYamlAndDropMovesNamespace();
    void dropTextImports();
    void dropFilesIsHandedOut();
    void loadResets();
    void scenariosAreCalledWhatTheyAre();
    void newResourcesFitTogether();
    void newNgfPoliciesTargetTheDesign();
    void newListenerSetNamesTheGateway();
    void everyNgfKindFromTheAddMenu();
};

void tst_ResourceTreeModel::groupsByKindInReadingOrder()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList expected = {
        u"Gateway"_s,
        u"  gateway"_s,
        u"HTTPRoute"_s,
        u"  coffee"_s,
        u"  tea"_s,
        u"  latte"_s,
        u"UpstreamSettingsPolicy"_s,
        u"  lb-method"_s,
        u"Service"_s,
        u"  coffee"_s,
        u"  tea"_s,
        u"  latte"_s,
        u"Deployment"_s,
        u"  coffee"_s,
        u"  tea"_s,
        u"  latte"_s,
    };
    QCOMPARE(dump(model), expected);
    const Resource *tea = test::find(design, Kind::HTTPRoute, "tea");
    const QModelIndex teaIndex = model.indexOf(tea->id);
    QCOMPARE(model.resourceAt(teaIndex), tea->id);
    QCOMPARE(model.nodeType(teaIndex), ResourceTreeModel::NodeType::Resource);
    QCOMPARE(teaIndex.parent(), model.indexOfKind(Kind::HTTPRoute));
    QVERIFY(teaIndex.data(Qt::ToolTipRole).toString().contains(u"cafe.yaml:"_s));
    QVERIFY(model.flags(teaIndex) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(teaIndex.parent()) & Qt::ItemIsEditable));
}

void tst_ResourceTreeModel::renameKeepsIndexesAndIsOneCommand()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    const QByteArray before = design.fileText(0);
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    const ResourceId coffeeId = coffee->id;
    const QPersistentModelIndex coffeeIndex = model.indexOf(coffeeId);
    const QPersistentModelIndex teaIndex = model.indexOf(test::find(design, Kind::HTTPRoute, "tea")->id);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QVERIFY(model.setData(coffeeIndex, u"espresso"_s));
    QCOMPARE(design.undoStack()->count(), 1);
    QCOMPARE(design.undoStack()->undoText(), u"Rename HTTPRoute default/coffee to espresso"_s);
    QVERIFY(coffeeIndex.isValid());
    QCOMPARE(coffeeIndex.data().toString(), u"espresso"_s);
    QCOMPARE(teaIndex.data().toString(), u"tea"_s);
    QCOMPARE(removed.count(), 0);
    QVERIFY(changed.count() > 0);
    QVERIFY(design.fileText(0).contains("name: espresso"));

    design.undoStack()->undo();
    QCOMPARE(coffeeIndex.data().toString(), u"coffee"_s);
    QCOMPARE(design.fileText(0), before);

    // A refused rename says why and changes nothing.
    QSignalSpy failed(&model, &ResourceTreeModel::editFailed);
    QVERIFY(!model.setData(coffeeIndex, QString()));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(design.fileText(0), before);
}

void tst_ResourceTreeModel::secondNamespaceAddsFolders()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex gatewayGroup = model.indexOfKind(Kind::Gateway);
    DesignEditor editor(&design);
    QVERIFY(editor.addResource(service("milk", "shop")));
    // Every namespaced kind now groups by namespace.
    const QModelIndex services = model.indexOfKind(Kind::Service);
    QCOMPARE(model.rowCount(services), 2);
    QCOMPARE(model.index(0, 0, services).data().toString(), u"default"_s);
    QCOMPARE(model.index(1, 0, services).data().toString(), u"shop"_s);
    QCOMPARE(model.nodeType(model.index(1, 0, services)), ResourceTreeModel::NodeType::Namespace);
    const QModelIndex milk = model.indexOf(editor.lastAdded().front());
    QCOMPARE(milk.data().toString(), u"milk"_s);
    QCOMPARE(milk.parent(), model.index(1, 0, services));
    QCOMPARE(model.namespaceAt(milk), u"shop"_s);
    QVERIFY(gatewayGroup.isValid()); // the kind groups themselves stay
    QCOMPARE(model.index(0, 0, gatewayGroup).data().toString(), u"default"_s);

    design.undoStack()->undo();
    QCOMPARE(model.rowCount(model.indexOfKind(Kind::Service)), 3);
    QCOMPARE(model.index(0, 0, model.indexOfKind(Kind::Service)).data().toString(), u"coffee"_s);
}

void tst_ResourceTreeModel::deleteAndUndo()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    const QByteArray before = design.fileText(0);
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ResourceId policy = test::find(design, Kind::UpstreamSettingsPolicy, "lb-method")->id;
    const QPersistentModelIndex tea = model.indexOf(test::find(design, Kind::HTTPRoute, "tea")->id);
    DesignEditor editor(&design);
    QVERIFY(editor.removeResource(policy));
    QVERIFY(!model.indexOfKind(Kind::UpstreamSettingsPolicy).isValid());
    QVERIFY(tea.isValid());
    design.undoStack()->undo();
    QCOMPARE(model.indexOf(policy).data().toString(), u"lb-method"_s);
    QCOMPARE(design.fileText(0), before);
    QVERIFY(tea.isValid());
    QCOMPARE(tea.data().toString(), u"tea"_s);
}

void tst_ResourceTreeModel::dragCarriesYamlAndDropMovesNamespace()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    QVERIFY(editor.addResource(service("milk", "shop")));
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const ResourceId tea = test::find(design, Kind::Service, "tea")->id;
    std::unique_ptr<QMimeData> mime(model.mimeData({model.indexOf(tea)}));
    QVERIFY(mime);
    QVERIFY(mime->text().contains(u"kind: Service"_s));
    QVERIFY(mime->text().contains(u"name: tea"_s));

    const QModelIndex services = model.indexOfKind(Kind::Service);
    const QModelIndex shop = model.index(1, 0, services);
    QCOMPARE(model.namespaceAt(shop), u"shop"_s);
    QVERIFY(!model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, services)); // not a namespace
    QVERIFY(model.canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, shop));
    const int commands = design.undoStack()->count();
    QVERIFY(model.dropMimeData(mime.get(), Qt::MoveAction, -1, 0, shop));
    QCOMPARE(design.undoStack()->count(), commands + 1);
    QCOMPARE(design.resource(tea)->meta.ns, u"shop"_s);
    QCOMPARE(model.indexOf(tea).parent().data().toString(), u"shop"_s);
    design.undoStack()->undo();
    QCOMPARE(design.resource(tea)->meta.ns, u"default"_s);
}

void tst_ResourceTreeModel::dropTextImports()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QMimeData mime;
    mime.setText(
        u"kubectl apply -f - <<EOF\napiVersion: v1\nkind: Service\nmetadata:\n  name: mocha\nEOF\n"_s);
    QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, 0, {}));
    QVERIFY(test::find(design, Kind::Service, "mocha"));
    QCOMPARE(model.rowCount(model.indexOfKind(Kind::Service)), 4);
    QSignalSpy failed(&model, &ResourceTreeModel::editFailed);
    mime.setText(u"kind: [\n"_s);
    QVERIFY(!model.dropMimeData(&mime, Qt::CopyAction, -1, 0, {}));
    QCOMPARE(failed.count(), 1);
}

void tst_ResourceTreeModel::dropFilesIsHandedOut()
{
    Design design;
    ResourceTreeModel model(&design);
    QSignalSpy dropped(&model, &ResourceTreeModel::filesDropped);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(u"/tmp/a.yaml"_s)});
    QVERIFY(model.dropMimeData(&mime, Qt::CopyAction, -1, 0, {}));
    QCOMPARE(dropped.count(), 1);
}

void tst_ResourceTreeModel::loadResets()
{
    Design design;
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(test::loadCafe(design));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 5);
    design.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_ResourceTreeModel::scenariosAreCalledWhatTheyAre()
{
    // Gateway Studio's own documents are grouped by their kind as written, not "ToolDocument".
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    QVERIFY(editor.importText("apiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\n"
                              "metadata: {name: loops}\nspec: {populations: []}\n"));
    ResourceTreeModel model(&design);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList groups;
    for (int row = 0; row < model.rowCount(); ++row)
        groups << model.index(row, 0).data().toString();
    QVERIFY2(groups.contains(u"SimulationScenario"_s), qPrintable(groups.join(u',')));
    QVERIFY(!groups.contains(u"ToolDocument"_s));
    const QModelIndex group = model.index(int(groups.indexOf(u"SimulationScenario"_s)), 0);
    QVERIFY2(group.data(Qt::ToolTipRole).toString().contains(u"left out of File ▸ Export"_s),
             qPrintable(group.data(Qt::ToolTipRole).toString()));
}

void tst_ResourceTreeModel::newResourcesFitTogether()
{
    Design design;
    DesignSelection selection(&design);
    ResourceActions actions(&selection);
    // A Deployment, then a Service: the Service selects the Deployment's Pods, on its port.
    const ResourceId deployment = actions.add(Kind::Deployment);
    QVERIFY(deployment);
    QVERIFY(actions.partnerAction()->isEnabled());
    QCOMPARE(actions.partnerAction()->text(), u"Add &Service for Deployment app"_s);
    const ResourceId service = actions.addPartner();
    QVERIFY(service);
    const Service *svc = design.resource(service)->as<Service>();
    QCOMPARE(design.resource(service)->meta.name, u"app"_s);
    QCOMPARE(svc->selector, design.resource(deployment)->as<Deployment>()->templateLabels);
    QCOMPARE(svc->ports.front().targetPort->intValue, 8080);
    int selected = 0;
    for (const Pod &p : design.pods()) {
        LabelSelector s;
        s.matchLabels = svc->selector;
        selected += s.matches(p.labels) ? 1 : 0;
    }
    QCOMPARE(selected, 2);
    // A Service first (nothing selected), then a Deployment: its Pods are the ones the Service wants.
    Design other;
    DesignSelection otherSelection(&other);
    ResourceActions otherActions(&otherSelection);
    const ResourceId lonely = otherActions.add(Kind::Service);
    otherSelection.clear();
    const ResourceId pods = otherActions.add(Kind::Deployment);
    QCOMPARE(other.resource(pods)->meta.name, other.resource(lonely)->meta.name);
    QCOMPARE(other.resource(pods)->as<Deployment>()->templateLabels,
             other.resource(lonely)->as<Service>()->selector);
    // Neither a Deployment nor a Service selected: no partner to add.
    otherSelection.clear();
    QVERIFY(!otherActions.partnerAction()->isEnabled());
}

void tst_ResourceTreeModel::newNgfPoliciesTargetTheDesign()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignSelection selection(&design);
    ResourceActions actions(&selection);
    // A SnippetsPolicy names the Gateway, an ObservabilityPolicy the first HTTPRoute; both as the CRDs allow.
    const ResourceId snippets = actions.add(Kind::SnippetsPolicy);
    QVERIFY(snippets);
    const Resource *sp = design.resource(snippets);
    QCOMPARE(sp->meta.name, u"snippets"_s);
    QCOMPARE(sp->apiVersion, u"gateway.nginx.org/v1alpha1"_s);
    const SnippetsPolicy &s = *sp->as<SnippetsPolicy>();
    QCOMPARE(s.targetRefs.size(), size_t(1));
    QCOMPARE(s.targetRefs[0].kind, u"Gateway"_s);
    QCOMPARE(s.targetRefs[0].name, u"gateway"_s);
    QCOMPARE(s.snippets.size(), size_t(1));
    QCOMPARE(s.snippets[0].context, u"http.server.location"_s);
    selection.clear();
    const ResourceId tracing = actions.add(Kind::ObservabilityPolicy);
    QVERIFY(tracing);
    const Resource *op = design.resource(tracing);
    QCOMPARE(op->apiVersion, u"gateway.nginx.org/v1alpha2"_s);
    const ObservabilityPolicy &o = *op->as<ObservabilityPolicy>();
    QCOMPARE(o.targetRefs.size(), size_t(1));
    QCOMPARE(o.targetRefs[0].kind, u"HTTPRoute"_s);
    QCOMPARE(o.targetRefs[0].name, u"coffee"_s);
    QVERIFY(o.tracing);
    QCOMPARE(o.tracing->strategy, u"ratio"_s);
    QCOMPARE(o.tracing->ratio, std::optional<int>(10));
}

void tst_ResourceTreeModel::everyNgfKindFromTheAddMenu()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignSelection selection(&design);
    ResourceActions actions(&selection);
    // Every NGF kind is offered, and its skeleton reads back as the kind with the design's targets.
    for (Kind kind : {Kind::ClientSettingsPolicy, Kind::ProxySettingsPolicy, Kind::RateLimitPolicy,
                      Kind::SnippetsPolicy, Kind::ObservabilityPolicy, Kind::SnippetsFilter,
                      Kind::AuthenticationFilter, Kind::UpstreamSettingsPolicy, Kind::WAFPolicy}) {
        QVERIFY2(ResourceTemplates::addableKinds().contains(kind), qPrintable(kindName(kind)));
        selection.clear();
        const ResourceId id = actions.add(kind);
        QVERIFY2(id, qPrintable(kindName(kind)));
        const Resource *r = design.resource(id);
        QCOMPARE(r->kind, kind);
    }
    const auto *csp = design.find(Kind::ClientSettingsPolicy, u"default"_s, u"client-settings"_s);
    QVERIFY(csp);
    QCOMPARE(csp->as<ClientSettingsPolicy>()->targetRef.kind, u"Gateway"_s);
    QCOMPARE(csp->as<ClientSettingsPolicy>()->targetRef.name, u"gateway"_s);
    QCOMPARE(csp->as<ClientSettingsPolicy>()->targetRef.group, u"gateway.networking.k8s.io"_s);
    const auto *psp = design.find(Kind::ProxySettingsPolicy, u"default"_s, u"proxy-settings"_s);
    QVERIFY(psp);
    QCOMPARE(psp->as<ProxySettingsPolicy>()->targetRefs.at(0).name, u"gateway"_s);
    const auto *rlp = design.find(Kind::RateLimitPolicy, u"default"_s, u"rate-limit"_s);
    QVERIFY(rlp);
    const RateLimitPolicy &rl = *rlp->as<RateLimitPolicy>();
    QCOMPARE(rl.targetRefs.at(0).kind, u"Gateway"_s);
    QVERIFY(rl.rateLimit && rl.rateLimit->localRules);
    QCOMPARE(rl.rateLimit->localRules->at(0).rate, u"10r/s"_s);
    QCOMPARE(rl.rateLimit->localRules->at(0).key, u"$binary_remote_addr"_s);
    const auto *sf = design.find(Kind::SnippetsFilter, u"default"_s, u"snippets-filter"_s);
    QVERIFY(sf);
    QCOMPARE(sf->as<SnippetsFilter>()->snippets.at(0).context, u"http.server.location"_s);
    const auto *af = design.find(Kind::AuthenticationFilter, u"default"_s, u"basic-auth"_s);
    QVERIFY(af);
    QCOMPARE(af->as<AuthenticationFilter>()->type, u"Basic"_s);
    QVERIFY(af->as<AuthenticationFilter>()->basic);
    QCOMPARE(af->as<AuthenticationFilter>()->basic->realm, u"Restricted"_s);
}

void tst_ResourceTreeModel::newListenerSetNamesTheGateway()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignSelection selection(&design);
    ResourceActions actions(&selection);
    QVERIFY(ResourceTemplates::addableKinds().contains(Kind::ListenerSet));
    // Gateway API v1.5.1: a ListenerSet names its Gateway in spec.parentRef and has at least one listener.
    const ResourceId id = actions.add(Kind::ListenerSet);
    QVERIFY(id);
    const Resource *r = design.resource(id);
    QCOMPARE(r->kind, Kind::ListenerSet);
    QCOMPARE(r->apiVersion, u"gateway.networking.k8s.io/v1"_s);
    QCOMPARE(r->meta.name, u"listeners"_s);
    const ListenerSet &ls = *r->as<ListenerSet>();
    QCOMPARE(ls.parentRef.name, u"gateway"_s);
    QCOMPARE(ls.parentRef.kind, u"Gateway"_s);
    QCOMPARE(ls.listeners.size(), size_t(1));
    QCOMPARE(ls.listeners[0].name, u"http-8080"_s);
    QCOMPARE(ls.listeners[0].port, 8080);
    QCOMPARE(ls.listeners[0].protocol, u"HTTP"_s);
}

QTEST_MAIN(tst_ResourceTreeModel)
#include "tst_resourcetreemodel.moc"
