// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"
#include "testutil.h"
#include "views/common/designselection.h"
#include "views/forms/backendtlspolicyform.h"
#include "views/forms/deploymentform.h"
#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/gatewayform.h"
#include "views/forms/l4routeform.h"
#include "views/forms/listenersetform.h"
#include "views/forms/listmodel.h"
#include "views/forms/propertiesview.h"
#include "views/forms/routeform.h"
#include "views/forms/ruleeditor.h"
#include "views/forms/sequenceeditor.h"
#include "views/forms/upstreamsettingspolicyform.h"

#include <QAbstractItemModelTester>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;
using yaml::Path;

namespace {

/** A properties panel on the cafe example, with a resource selected. */
struct Fixture
{
    Design design;
    DesignSelection selection {&design};
    PropertiesView view {&selection};
    QByteArray original;

    /** The cafe, or the bundled example \a example (resources/examples). */
    explicit Fixture(const char *example = nullptr)
    {
        const bool loaded = example
            ? design
                  .addFile(test::readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/") +
                                          QLatin1StringView(example)),
                           QLatin1StringView(example))
                  .ok
            : test::loadCafe(design);
        if (!loaded)
            qFatal("the example does not load");
        original = design.fileText(0);
        view.resize(460, 900);
    }
    ResourceForm *show(Kind kind, const char *name)
    {
        selection.select(test::find(design, kind, name)->id);
        return view.currentForm();
    }
    /** Undoes everything; the text must be the original, byte for byte. */
    bool undoAll()
    {
        while (design.undoStack()->canUndo())
            design.undoStack()->undo();
        return design.fileText(0) == original;
    }
};

QVariant cell(ListModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role);
}

} // namespace

class tst_Forms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formPerKind();
    void textFieldEditIsOneCommand();
    void refusedValueIsMarkedAtTheField();
    void matchesTable();
    void backendsWithPickers();
    void rulesAddMoveRemove();
    void sessionPersistenceGroup();
    void hashKeyOnlyForHashMethods();
    void listenersTableAndTls();
    void serviceAndDeployment();
    void labelsAsMapping();
    void followsEditsFromElsewhere();
    void focusFieldSelectsRule();
    void everyListAcceptsANewItem();
    void addButtonWorksOnEmptyLists();
    void tlsRouteForm();
    void tcpAndUdpRouteForms();
    void gatewayFrontendTls();
    void backendTlsPolicyForm();
    void listenerSetForm();
};

void tst_Forms::formPerKind()
{
    Fixture f;
    QVERIFY(qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "tea")));
    QVERIFY(qobject_cast<GatewayForm *>(f.show(Kind::Gateway, "gateway")));
    QVERIFY(qobject_cast<UpstreamSettingsPolicyForm *>(f.show(Kind::UpstreamSettingsPolicy, "lb-method")));
    QVERIFY(qobject_cast<DeploymentForm *>(f.show(Kind::Deployment, "tea")));
    QVERIFY(f.show(Kind::Service, "tea"));
    // Every kind Gateway Studio understands has a form.
    for (Kind kind : {Kind::GatewayClass, Kind::GRPCRoute, Kind::EndpointSlice, Kind::ReferenceGrant,
                      Kind::Secret, Kind::NginxProxy, Kind::TLSRoute, Kind::TCPRoute, Kind::UDPRoute})
        QVERIFY2(f.view.form(kind), qPrintable(kindName(kind)));
    for (Kind kind : {Kind::TLSRoute, Kind::TCPRoute, Kind::UDPRoute})
        QVERIFY(qobject_cast<L4RouteForm *>(f.view.form(kind)));
    f.selection.clear();
    QVERIFY(!f.view.currentForm());
}

void tst_Forms::textFieldEditIsOneCommand()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::HTTPRoute, "tea");
    FieldBinding *name = form->binding(Path::of("metadata.name"));
    QVERIFY(name);
    QCOMPARE(name->text(), u"tea"_s);
    // Typing "chai" letter by letter: every keystroke is applied, all of it is one undo step.
    auto *edit = qobject_cast<QLineEdit *>(name->editor());
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, u"chai"_s);
    QCOMPARE(f.design.undoStack()->count(), 1);
    QVERIFY(test::find(f.design, Kind::HTTPRoute, "chai"));
    QVERIFY(f.design.fileText(0).contains("  name: chai\n"));
    QVERIFY(f.undoAll());
}

void tst_Forms::refusedValueIsMarkedAtTheField()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::Service, "tea");
    form->show();
    FieldBinding *name = form->binding(Path::of("metadata.name"));
    QVERIFY(!name->commit(QString()));
    QVERIFY(name->hasError());
    QVERIFY(!name->errorLabel()->text().isEmpty());
    QVERIFY(name->errorLabel()->isVisibleTo(form));
    QCOMPARE(f.design.fileText(0), f.original); // nothing applied
    QCOMPARE(f.design.undoStack()->count(), 0);
    // A good value clears the mark.
    QVERIFY(name->commit(u"chai"_s));
    QVERIFY(!name->hasError());
    QVERIFY(!name->errorLabel()->isVisibleTo(form));
    QVERIFY(f.undoAll());
}

void tst_Forms::matchesTable()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "coffee"));
    QCOMPARE(form->rules()->currentRow(), 0);
    ListModel *matches = form->ruleEditor()->matches()->model();
    QAbstractItemModelTester tester(matches, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(matches->rowCount(), 1);
    QCOMPARE(cell(matches, 0, 0).toString(), u"PathPrefix"_s);
    QCOMPARE(cell(matches, 0, 1).toString(), u"/coffee"_s);
    // An absent method shows its default, greyed.
    QCOMPARE(cell(matches, 0, 2).toString(), u"any"_s);
    QCOMPARE(cell(matches, 0, 2, Qt::EditRole).toString(), QString());

    QVERIFY(matches->setData(matches->index(0, 0), u"Exact"_s));
    QVERIFY(matches->setData(matches->index(0, 2), u"GET"_s));
    QVERIFY(
        f.design.fileText(0).contains("        type: Exact\n        value: /coffee\n      method: GET\n"));
    QCOMPARE(f.design.undoStack()->count(), 2);
    // Clearing an optional field removes it.
    QVERIFY(matches->setData(matches->index(0, 2), QString()));
    QVERIFY(!f.design.fileText(0).contains("method: GET"));

    // A second match, then its header conditions (the detail of the selected match).
    SequenceEditor *editor = form->ruleEditor()->matches();
    QCOMPARE(matches->addItem(), 1);
    QCOMPARE(matches->rowCount(), 2);
    editor->setCurrentRow(1);
    SequenceEditor *headers = form->list(Path::of("spec.rules[0].matches[1].headers"));
    QVERIFY(headers);
    QCOMPARE(headers->model()->addItem(), 0);
    QVERIFY(f.design.fileText(0).contains("name: X-Version"));
    QVERIFY(f.undoAll());
}

void tst_Forms::backendsWithPickers()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "tea"));
    ListModel *backends = form->ruleEditor()->backends()->model();
    QAbstractItemModelTester tester(backends, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(backends->rowCount(), 1);
    QCOMPARE(cell(backends, 0, 0).toString(), u"tea"_s);
    QCOMPARE(cell(backends, 0, 3).toString(), u"1"_s); // the weight's default
    // The Service picker offers the design's Services; the port picker the named Service's ports.
    const FieldSpec service = backends->columnSpec(0);
    QCOMPARE(service.type, FieldSpec::Type::Reference);
    QCOMPARE(service.suggest(*form->context(), backends->cellPath(backends->index(0, 0))),
             (QStringList {u"coffee"_s, u"tea"_s, u"latte"_s}));
    const FieldSpec port = backends->columnSpec(2);
    QCOMPARE(port.suggest(*form->context(), backends->cellPath(backends->index(0, 2))),
             QStringList {u"80"_s});

    // Splitting traffic: a second backend with weights.
    QCOMPARE(backends->addItem(), 1);
    QVERIFY(backends->setData(backends->index(1, 0), u"latte"_s));
    QVERIFY(backends->setData(backends->index(0, 3), u"80"_s));
    QVERIFY(backends->setData(backends->index(1, 3), u"20"_s));
    const Route *route = test::find(f.design, Kind::HTTPRoute, "tea")->as<Route>();
    QCOMPARE(route->rules[0].backendRefs.size(), size_t(2));
    QCOMPARE(route->rules[0].backendRefs[1].ref.name, u"latte"_s);
    QCOMPARE(route->rules[0].backendRefs[0].weight, std::optional<int>(80));
    // Numbers are written as numbers.
    QVERIFY(f.design.fileText(0).contains("weight: 80\n"));
    // A port that is not a number is refused, at the cell.
    QVERIFY(!backends->setData(backends->index(0, 2), u"http"_s));
    QVERIFY(!backends->cellError(backends->index(0, 2)).isEmpty());
    QCOMPARE(cell(backends, 0, 2, Qt::ToolTipRole).toString(), backends->cellError(backends->index(0, 2)));
    QVERIFY(f.undoAll());
}

void tst_Forms::rulesAddMoveRemove()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "coffee"));
    ListModel *rules = form->rules()->model();
    QAbstractItemModelTester tester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(rules, &QAbstractItemModel::rowsInserted);
    QSignalSpy moved(rules, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(rules, &QAbstractItemModel::modelReset);
    form->rules()->setCurrentRow(0);
    form->rules()->addButton()->click();
    QCOMPARE(rules->rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(reset.count(), 0); // a precise insertion, not a reset
    QCOMPARE(form->rules()->currentRow(), 1);
    QCOMPARE(cell(rules, 1, 1).toString(), u"PathPrefix /"_s);
    QCOMPARE(cell(rules, 1, 0).toString(), u"Rule 2"_s);
    // A name, from the rule editor, shows in the list.
    QVERIFY(form->binding(Path::of("spec.rules[1].name"))->commit(u"fallback"_s));
    QCOMPARE(cell(rules, 1, 0).toString(), u"fallback"_s);

    form->rules()->upButton()->click();
    QCOMPARE(moved.count(), 1);
    QCOMPARE(form->rules()->currentRow(), 0);
    QCOMPARE(cell(rules, 0, 1).toString(), u"PathPrefix /"_s);
    QCOMPARE(cell(rules, 1, 1).toString(), u"PathPrefix /coffee"_s);
    // The rule editor follows the selected rule.
    QCOMPARE(cell(form->ruleEditor()->matches()->model(), 0, 1).toString(), u"/"_s);

    form->rules()->removeButton()->click();
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(cell(rules, 0, 1).toString(), u"PathPrefix /coffee"_s);
    QCOMPARE(f.design.undoStack()->count(), 4);
    QCOMPARE(f.design.undoStack()->undoText(), u"Remove rule fallback of coffee"_s);
    QVERIFY(f.undoAll());
}

void tst_Forms::sessionPersistenceGroup()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "tea"));
    QGroupBox *group = form->ruleEditor()->sessionPersistence();
    QVERIFY(group->isChecked());
    FieldBinding *name = form->binding(Path::of("spec.rules[0].sessionPersistence.sessionName"));
    QVERIFY(name);
    QCOMPARE(name->text(), u"cookie-tea"_s);
    QCOMPARE(form->binding(Path::of("spec.rules[0].sessionPersistence.cookieConfig.lifetimeType"))->text(),
             u"Permanent"_s);
    QVERIFY(name->commit(u"cookie-chai"_s));
    QVERIFY(f.design.fileText(0).contains("sessionName: \"cookie-chai\""));

    group->setChecked(false);
    QVERIFY(!f.design.fileText(0).contains("    sessionPersistence:"));
    QCOMPARE(f.design.undoStack()->undoText(), u"Disable session persistence"_s);
    f.design.undoStack()->undo();
    QVERIFY(group->isChecked());

    // Coffee has none; checking the group adds one.
    form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "coffee"));
    group = form->ruleEditor()->sessionPersistence();
    QVERIFY(!group->isChecked());
    group->setChecked(true);
    const Route *coffee = test::find(f.design, Kind::HTTPRoute, "coffee")->as<Route>();
    QVERIFY(coffee->rules[0].sessionPersistence);
    QVERIFY(f.undoAll());
}

void tst_Forms::hashKeyOnlyForHashMethods()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::UpstreamSettingsPolicy, "lb-method");
    form->show();
    FieldBinding *method = form->binding(Path::of("spec.loadBalancingMethod"));
    FieldBinding *key = form->binding(Path::of("spec.hashMethodKey"));
    QCOMPARE(method->text(), u"ip_hash"_s);
    QVERIFY(!key->editor()->isVisibleTo(form));
    QVERIFY(method->commit(u"hash consistent"_s));
    QVERIFY(key->editor()->isVisibleTo(form));
    QVERIFY(key->commit(u"$remote_addr"_s));
    const auto *usp =
        test::find(f.design, Kind::UpstreamSettingsPolicy, "lb-method")->as<UpstreamSettingsPolicy>();
    QCOMPARE(usp->loadBalancingMethod, std::optional<QString>(u"hash consistent"_s));
    QCOMPARE(usp->hashMethodKey, std::optional<QString>(u"$remote_addr"_s));
    // The method was quoted in the file; the edit keeps the quotes.
    QVERIFY(f.design.fileText(0).contains("loadBalancingMethod: \"hash consistent\""));
    // Keepalive and zone size.
    QVERIFY(form->binding(Path::of("spec.keepAlive.connections"))->commit(u"32"_s));
    QVERIFY(form->binding(Path::of("spec.zoneSize"))->commit(u"1m"_s));
    QVERIFY(f.design.fileText(0).contains("keepAlive:\n    connections: 32\n"));
    // Back to the default (not written): the key hides again.
    QVERIFY(method->commit(QString()));
    QVERIFY(!key->editor()->isVisibleTo(form));
    QVERIFY(f.undoAll());
}

void tst_Forms::listenersTableAndTls()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::Gateway, "gateway");
    SequenceEditor *listeners = form->list(Path::of("spec.listeners"));
    QVERIFY(listeners);
    ListModel *model = listeners->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, 0).toString(), u"http"_s);
    QCOMPARE(cell(model, 0, 2).toString(), u"80"_s);
    QCOMPARE(cell(model, 0, 3).toString(), u"*.example.com"_s);
    QCOMPARE(cell(model, 0, 4).toString(), u"Same"_s); // the CRD default, shown
    listeners->setCurrentRow(0);
    listeners->addButton()->click();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 1, 0).toString(), u"http-2"_s);
    QVERIFY(model->setData(model->index(1, 1), u"HTTPS"_s));
    QVERIFY(model->setData(model->index(1, 2), u"443"_s));
    // TLS of the selected listener.
    listeners->setCurrentRow(1);
    FieldBinding *mode = form->binding(Path::of("spec.listeners[1].tls.mode"));
    QVERIFY(mode);
    QVERIFY(mode->editor()->isEnabled());
    QVERIFY(mode->commit(u"Terminate"_s));
    // Which routes the listener admits: kinds and a namespace selector.
    SequenceEditor *kinds = form->list(Path::of("spec.listeners[1].allowedRoutes.kinds"));
    QVERIFY(kinds);
    QCOMPARE(kinds->model()->addItem(), 0);
    QVERIFY(model->setData(model->index(1, 4), u"Selector"_s));
    SequenceEditor *selector =
        form->list(Path::of("spec.listeners[1].allowedRoutes.namespaces.selector.matchLabels"));
    QVERIFY(selector);
    QCOMPARE(selector->model()->addItem(), 0);
    const auto *gw = test::find(f.design, Kind::Gateway, "gateway")->as<Gateway>();
    QCOMPARE(gw->listeners[1].allowedRoutes->kinds.size(), size_t(1));
    QCOMPARE(gw->listeners[1].allowedRoutes->namespacesFrom, u"Selector"_s);
    QCOMPARE(gw->listeners.size(), size_t(2));
    QCOMPARE(gw->listeners[1].port, 443);
    QCOMPARE(gw->listeners[1].tls->mode, u"Terminate"_s);
    QVERIFY(f.undoAll());
}

void tst_Forms::serviceAndDeployment()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::Service, "coffee");
    SequenceEditor *ports = form->list(Path::of("spec.ports"));
    QAbstractItemModelTester tester(ports->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(ports->model()->setData(ports->model()->index(0, 2), u"http"_s)); // a named target port
    QVERIFY(f.design.fileText(0).contains("targetPort: http\n"));
    QVERIFY(ports->model()->setData(ports->model()->index(0, 2), u"9090"_s));
    QVERIFY(f.design.fileText(0).contains("targetPort: 9090\n"));

    auto *deployment = qobject_cast<DeploymentForm *>(f.show(Kind::Deployment, "coffee"));
    QVERIFY(deployment->podsLabel()->text().contains(u"coffee-"_s));
    FieldBinding *replicas = deployment->binding(Path::of("spec.replicas"));
    QCOMPARE(replicas->text(), u"2"_s);
    QVERIFY(replicas->commit(u"3"_s));
    const ResourceId coffee = test::find(f.design, Kind::Deployment, "coffee")->id;
    int pods = 0;
    for (const Pod &p : f.design.pods())
        pods += p.owner == coffee ? 1 : 0;
    QCOMPARE(pods, 3);
    QCOMPARE(deployment->podsLabel()->text().count(u"<tr>"_s), 3);
    QVERIFY(f.undoAll());
}

void tst_Forms::labelsAsMapping()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::Service, "latte");
    SequenceEditor *selector = form->list(Path::of("spec.selector"));
    QVERIFY(selector);
    ListModel *model = selector->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, 0).toString(), u"app"_s);
    QCOMPARE(cell(model, 0, 1).toString(), u"latte"_s);
    QCOMPARE(model->addItem(), 1);
    QVERIFY(model->setData(model->index(1, 0), u"tier"_s));
    QVERIFY(model->setData(model->index(1, 1), u"web"_s));
    QCOMPARE(test::find(f.design, Kind::Service, "latte")->as<Service>()->selector.value(u"tier"_s),
             u"web"_s);
    QVERIFY(!model->setData(model->index(1, 0), u"app"_s)); // keys are unique
    QVERIFY(model->removeItem(0));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(f.undoAll());
}

void tst_Forms::followsEditsFromElsewhere()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "latte"));
    FieldBinding *name = form->binding(Path::of("metadata.name"));
    DesignEditor editor(&f.design);
    QVERIFY(editor.renameResource(test::find(f.design, Kind::HTTPRoute, "latte")->id, u"flat-white"_s));
    QCOMPARE(name->text(), u"flat-white"_s);
    // The rules table keeps its place across an undo (a reset of its model).
    f.design.undoStack()->undo();
    QCOMPARE(name->text(), u"latte"_s);
    QCOMPARE(form->rules()->currentRow(), 0);
}

void tst_Forms::focusFieldSelectsRule()
{
    Fixture f;
    DesignEditor editor(&f.design);
    const ResourceId coffee = test::find(f.design, Kind::HTTPRoute, "coffee")->id;
    QVERIFY(editor.insertItem(
        coffee, Path::of("spec.rules"), 1,
        yaml::Value::mapping().set(
            "backendRefs", yaml::Value::sequence().append(yaml::Value::mapping().set("name", "tea")))));
    f.selection.select(coffee, Path::of("spec.rules[1].backendRefs[0]"));
    auto *form = qobject_cast<RouteForm *>(f.view.currentForm());
    QCOMPARE(form->rules()->currentRow(), 1);
    QCOMPARE(form->ruleEditor()->backends()->currentRow(), 0);
    QCOMPARE(cell(form->ruleEditor()->backends()->model(), 0, 0).toString(), u"tea"_s);
}

void tst_Forms::everyListAcceptsANewItem()
{
    // Every kind, with one resource each that has something in its lists.
    Fixture f;
    DesignEditor editor(&f.design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: nginx}\n"
        "spec: {controllerName: gateway.nginx.org/nginx-gateway-controller}\n---\n"
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GRPCRoute\nmetadata: {name: grpc}\n"
        "spec:\n  parentRefs: [{name: gateway}]\n  rules:\n  - matches: [{method: {service: a.B}}]\n"
        "    backendRefs: [{name: tea, port: 80}]\n---\n"
        "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: tea-1\n"
        "  labels: {kubernetes.io/service-name: tea}\naddressType: IPv4\n"
        "endpoints: [{addresses: [10.0.0.9]}]\nports: [{port: 8080}]\n---\n"
        "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: g}\n"
        "spec:\n  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: default}]\n"
        "  to: [{group: '', kind: Service}]\n---\n"
        "apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ntype: kubernetes.io/tls\n"
        "data: {tls.crt: YQ==, tls.key: Yg==}\n---\n"
        "apiVersion: gateway.nginx.org/v1alpha2\nkind: NginxProxy\nmetadata: {name: p}\n"
        "spec:\n  rewriteClientIP: {mode: XForwardedFor, trustedAddresses: [{type: CIDR, value: "
        "10.0.0.0/8}]}\n"));
    f.original = f.design.fileText(0);
    f.design.undoStack()->clear();
    f.design.undoStack()->setClean();

    const std::vector<const Resource *> resources = f.design.resources();
    std::vector<ResourceId> ids;
    for (const Resource *r : resources)
        ids.push_back(r->id);
    int lists = 0;
    for (ResourceId id : ids) {
        f.selection.select(id);
        ResourceForm *form = f.view.currentForm();
        QVERIFY(form);
        // Open every master row so that the detail lists are active too.
        for (SequenceEditor *e : form->findChildren<SequenceEditor *>()) {
            if (e->model()->rowCount() > 0 && e->currentRow() < 0)
                e->setCurrentRow(0);
        }
        for (SequenceEditor *e : form->findChildren<SequenceEditor *>()) {
            if (!e->model()->isActive())
                continue;
            const QString what =
                QString::fromLatin1(form->metaObject()->className()) + u' ' + e->model()->path().toQString();
            const int before = e->model()->rowCount();
            QVERIFY2(e->model()->addItem() >= 0, qPrintable(what + u": "_s + form->context()->lastError()));
            QCOMPARE(e->model()->rowCount(), before + 1);
            ++lists;
        }
    }
    QVERIFY2(lists > 40, qPrintable(QString::number(lists)));
    QVERIFY(f.undoAll());
}

void tst_Forms::addButtonWorksOnEmptyLists()
{
    // A new route has no hostnames, a new rule no matches' headers: the + button beside an empty
    // list must be enabled and add the first item (it used to stay disabled, because the model's
    // row count stayed 0 when the form switched to the resource).
    Fixture f;
    ResourceForm *form = f.show(Kind::HTTPRoute, "tea");
    form->show();
    QVERIFY(f.design.fileText(0).contains("- \"cafe.example.com\"\n"));
    // Another route first, so that the tea form is a switch to a resource, not the first one.
    f.show(Kind::Gateway, "gateway");
    DesignEditor editor(&f.design);
    QVERIFY(
        editor.removeField(test::find(f.design, Kind::HTTPRoute, "coffee")->id, Path::of("spec.hostnames")));
    form = f.show(Kind::HTTPRoute, "coffee");
    SequenceEditor *hostnames = form->list(Path::of("spec.hostnames"));
    QVERIFY(hostnames);
    QCOMPARE(hostnames->model()->rowCount(), 0);
    QVERIFY(hostnames->addButton()->isEnabled());
    hostnames->addButton()->click();
    QCOMPARE(hostnames->model()->rowCount(), 1);

    // Every list of every form: enabled Add when its scope is active, also when empty.
    for (Kind kind : {Kind::Gateway, Kind::Service, Kind::Deployment, Kind::UpstreamSettingsPolicy}) {
        f.selection.select(f.design.resources(kind).front()->id);
        ResourceForm *other = f.view.currentForm();
        for (SequenceEditor *e : other->findChildren<SequenceEditor *>()) {
            if (e->model()->isActive())
                QVERIFY2(e->addButton()->isEnabled(), qPrintable(e->model()->path().toQString()));
        }
    }
}

void tst_Forms::tlsRouteForm()
{
    Fixture f("tls-l4.yaml");
    auto *form = qobject_cast<L4RouteForm *>(f.show(Kind::TLSRoute, "app"));
    QVERIFY(form);
    QUndoStack *undo = f.design.undoStack();
    const auto route = [&f] { return test::find(f.design, Kind::TLSRoute, "app")->as<Route>(); };

    // Parents: the Gateway and the passthrough listener.
    ListModel *parents = form->parents()->model();
    QAbstractItemModelTester parentsTester(parents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cell(parents, 0, 0).toString(), u"gateway"_s);
    QCOMPARE(cell(parents, 0, 2).toString(), u"tls"_s);
    QCOMPARE(parents->columnSpec(2).suggest(*form->context(), parents->cellPath(parents->index(0, 2))),
             (QStringList {u"https"_s, u"tls"_s, u"postgres"_s}));

    // Hostnames: the SNI names.
    QVERIFY(form->hostnames());
    ListModel *hosts = form->hostnames()->model();
    QAbstractItemModelTester hostsTester(hosts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(hosts->rowCount(), 1);
    QCOMPARE(cell(hosts, 0, 0).toString(), u"app.example.com"_s);
    QCOMPARE(hosts->addItem(), 1);
    QVERIFY(hosts->setData(hosts->index(1, 0), u"api.example.com"_s));
    QCOMPARE(route()->hostnames, (std::vector<QString> {u"app.example.com"_s, u"api.example.com"_s}));

    // Backends with weights: one rule, selected when the route is shown.
    QCOMPARE(form->rules()->currentRow(), 0);
    ListModel *backends = form->backends()->model();
    QAbstractItemModelTester backendsTester(backends, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(backends->rowCount(), 1);
    QCOMPARE(cell(backends, 0, 0).toString(), u"secure-app"_s);
    QCOMPARE(cell(backends, 0, 2).toString(), u"8443"_s);
    QCOMPARE(cell(backends, 0, 3).toString(), u"1"_s); // the default weight
    // A new backend names the design's first Service, on its first port.
    QCOMPARE(backends->addItem(), 1);
    QCOMPARE(cell(backends, 1, 0).toString(), u"coffee"_s);
    QCOMPARE(cell(backends, 1, 2).toString(), u"443"_s);
    QVERIFY(backends->setData(backends->index(0, 3), u"70"_s));
    QVERIFY(backends->setData(backends->index(1, 3), u"30"_s));
    QCOMPARE(route()->rules[0].backendRefs.size(), size_t(2));
    QCOMPARE(route()->rules[0].backendRefs[1].ref.name, u"coffee"_s);
    QCOMPARE(route()->rules[0].backendRefs[0].weight, std::optional<int>(70));
    QCOMPARE(route()->rules[0].backendRefs[1].weight, std::optional<int>(30));
    QVERIFY(f.design.fileText(0).contains("      port: 8443\n      weight: 70\n"));
    // The rules list sums the backends up.
    QCOMPARE(cell(form->rules()->model(), 0, 1).toString(), u"secure-app:8443 (70), coffee:443 (30)"_s);

    // Every edit is one undo command: undo the last weight, redo it.
    QCOMPARE(undo->count(), 5);
    undo->undo();
    QVERIFY(!f.design.fileText(0).contains("weight: 30"));
    QCOMPARE(cell(backends, 1, 3).toString(), u"1"_s);
    undo->redo();
    QCOMPARE(route()->rules[0].backendRefs[1].weight, std::optional<int>(30));
    QCOMPARE(cell(backends, 1, 3).toString(), u"30"_s);
    QVERIFY(f.undoAll());
    QCOMPARE(route()->rules[0].backendRefs.size(), size_t(1));
    QCOMPARE(route()->hostnames.size(), size_t(1));
}

void tst_Forms::tcpAndUdpRouteForms()
{
    Fixture f("tls-l4.yaml");
    auto *form = qobject_cast<L4RouteForm *>(f.show(Kind::TCPRoute, "postgres"));
    QVERIFY(form);
    // No hostnames on a TCP route.
    QVERIFY(!form->hostnames());
    QVERIFY(!form->list(Path::of("spec.hostnames")));
    ListModel *rules = form->rules()->model();
    QAbstractItemModelTester rulesTester(rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(rules->rowCount(), 1);
    QCOMPARE(cell(rules, 0, 0).toString(), u"Rule 1"_s);
    QCOMPARE(cell(rules, 0, 1).toString(), u"postgres:5432"_s);

    // The listener of the parentRef, then a second rule, which starts with a backend.
    ListModel *parents = form->parents()->model();
    QVERIFY(parents->setData(parents->index(0, 3), u"5432"_s));
    const auto route = [&f] { return test::find(f.design, Kind::TCPRoute, "postgres")->as<Route>(); };
    QCOMPARE(route()->parentRefs[0].port, std::optional<int>(5432));
    form->rules()->addButton()->click();
    QCOMPARE(rules->rowCount(), 2);
    QCOMPARE(form->rules()->currentRow(), 1);
    QCOMPARE(route()->rules.size(), size_t(2));
    QCOMPARE(route()->rules[1].backendRefs.size(), size_t(1));
    // The backends below follow the selected rule.
    ListModel *backends = form->backends()->model();
    QAbstractItemModelTester backendsTester(backends, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(backends->path(), Path::of("spec.rules[1].backendRefs"));
    QVERIFY(backends->setData(backends->index(0, 0), u"secure-app"_s));
    QCOMPARE(route()->rules[1].backendRefs[0].ref.name, u"secure-app"_s);
    form->rules()->setCurrentRow(0);
    QCOMPARE(cell(backends, 0, 0).toString(), u"postgres"_s);
    QCOMPARE(f.design.undoStack()->count(), 3);
    f.design.undoStack()->undo();
    QCOMPARE(route()->rules[1].backendRefs[0].ref.name, u"coffee"_s);
    f.design.undoStack()->redo();
    QCOMPARE(route()->rules[1].backendRefs[0].ref.name, u"secure-app"_s);
    QVERIFY(f.undoAll());

    // A UDPRoute has the same form.
    DesignEditor editor(&f.design);
    QVERIFY(editor.importText("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: UDPRoute\n"
                              "metadata: {name: dns}\nspec:\n  parentRefs: [{name: gateway}]\n"
                              "  rules:\n  - backendRefs: [{name: postgres, port: 53}]\n"));
    auto *udp = qobject_cast<L4RouteForm *>(f.show(Kind::UDPRoute, "dns"));
    QVERIFY(udp);
    QVERIFY(!udp->hostnames());
    QCOMPARE(cell(udp->backends()->model(), 0, 2).toString(), u"53"_s);
    QVERIFY(udp->backends()->model()->setData(udp->backends()->model()->index(0, 3), u"5"_s));
    QCOMPARE(test::find(f.design, Kind::UDPRoute, "dns")->as<Route>()->rules[0].backendRefs[0].weight,
             std::optional<int>(5));
}

void tst_Forms::gatewayFrontendTls()
{
    Fixture f("tls-l4.yaml");
    ResourceForm *form = f.show(Kind::Gateway, "gateway");
    QVERIFY(qobject_cast<GatewayForm *>(form));
    form->show();
    const auto frontend = [&f] {
        return test::find(f.design, Kind::Gateway, "gateway")->as<Gateway>()->frontendTls;
    };
    QVERIFY(!frontend());

    // The default validation: the mode (the CRD's default shown), and the CA certificates.
    FieldBinding *mode = form->binding(Path::of("spec.tls.frontend.default.validation.mode"));
    QVERIFY(mode);
    QCOMPARE(mode->text(), QString());
    QVERIFY(mode->commit(u"AllowInsecureFallback"_s));
    QVERIFY(frontend() && frontend()->defaultValidation);
    QCOMPARE(frontend()->defaultValidation->mode, u"AllowInsecureFallback"_s);
    QVERIFY(f.design.fileText(0).contains("  tls:\n    frontend:\n      default:\n        validation:\n      "
                                          "    mode: AllowInsecureFallback\n"));
    SequenceEditor *defaultCas =
        form->list(Path::of("spec.tls.frontend.default.validation.caCertificateRefs"));
    QVERIFY(defaultCas);
    ListModel *cas = defaultCas->model();
    QAbstractItemModelTester casTester(cas, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cas->rowCount(), 0);
    QVERIFY(defaultCas->addButton()->isEnabled());
    QCOMPARE(cas->addItem(), 0);
    // A new reference names the design's ConfigMap, in the core group.
    QCOMPARE(cell(cas, 0, 0).toString(), u"ConfigMap"_s);
    QCOMPARE(cell(cas, 0, 1).toString(), u"coffee-ca"_s);
    QCOMPARE(cas->columnSpec(1).suggest(*form->context(), cas->cellPath(cas->index(0, 1))),
             (QStringList {u"coffee-ca"_s, u"cafe-secret"_s}));
    QVERIFY(cas->setData(cas->index(0, 0), u"Secret"_s));
    QVERIFY(cas->setData(cas->index(0, 1), u"client-ca"_s));
    QCOMPARE(frontend()->defaultValidation->caCertificateRefs.size(), size_t(1));
    QCOMPARE(frontend()->defaultValidation->caCertificateRefs[0].kind, u"Secret"_s);
    QCOMPARE(frontend()->defaultValidation->caCertificateRefs[0].name, u"client-ca"_s);
    QVERIFY(f.design.fileText(0).contains(
        "- group: \"\"\n            kind: Secret\n            name: client-ca\n"));

    // Per port: a new entry takes the HTTPS listener's port and one CA certificate.
    SequenceEditor *ports = form->list(Path::of("spec.tls.frontend.perPort"));
    QVERIFY(ports);
    ListModel *portModel = ports->model();
    QAbstractItemModelTester portsTester(portModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(portModel->addItem(), 0);
    QCOMPARE(cell(portModel, 0, 0).toString(), u"443"_s);
    QCOMPARE(cell(portModel, 0, 1).toString(), u"AllowValidOnly"_s); // the default, shown
    QCOMPARE(cell(portModel, 0, 2).toString(), u"coffee-ca"_s);
    QVERIFY(portModel->setData(portModel->index(0, 1), u"AllowInsecureFallback"_s));
    QCOMPARE(frontend()->perPort.size(), size_t(1));
    QCOMPARE(frontend()->perPort[0].port, 443);
    QCOMPARE(frontend()->perPort[0].validation->mode, u"AllowInsecureFallback"_s);
    // The selected port's CA certificates.
    ports->setCurrentRow(0);
    SequenceEditor *portCas =
        form->list(Path::of("spec.tls.frontend.perPort[0].tls.validation.caCertificateRefs"));
    QVERIFY(portCas);
    QAbstractItemModelTester portCasTester(portCas->model(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(portCas->model()->rowCount(), 1);
    QCOMPARE(portCas->model()->addItem(), 1);
    QVERIFY(portCas->model()->setData(portCas->model()->index(1, 1), u"other-ca"_s));
    QCOMPARE(frontend()->perPort[0].validation->caCertificateRefs.size(), size_t(2));
    QCOMPARE(cell(portModel, 0, 2).toString(), u"coffee-ca, other-ca"_s);

    // One undo command per edit; undo and redo the last one.
    QUndoStack *undo = f.design.undoStack();
    QCOMPARE(undo->count(), 8);
    undo->undo();
    QCOMPARE(frontend()->perPort[0].validation->caCertificateRefs[1].name, u"coffee-ca"_s);
    undo->redo();
    QCOMPARE(frontend()->perPort[0].validation->caCertificateRefs[1].name, u"other-ca"_s);
    QVERIFY(f.undoAll());
    QVERIFY(!frontend());
}

void tst_Forms::backendTlsPolicyForm()
{
    Fixture f("tls-l4.yaml");
    ResourceForm *form = f.show(Kind::BackendTLSPolicy, "coffee-tls");
    QVERIFY(qobject_cast<BackendTlsPolicyForm *>(form));
    const auto policy = [&f] {
        return test::find(f.design, Kind::BackendTLSPolicy, "coffee-tls")->as<BackendTLSPolicy>();
    };
    // The target Service, on all its ports until a port name is given.
    SequenceEditor *targets = form->list(Path::of("spec.targetRefs"));
    QVERIFY(targets);
    ListModel *targetModel = targets->model();
    QAbstractItemModelTester targetsTester(targetModel,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cell(targetModel, 0, 0).toString(), u"coffee"_s);
    QCOMPARE(cell(targetModel, 0, 1).toString(), u"all ports"_s);
    QVERIFY(targetModel->setData(targetModel->index(0, 1), u"https"_s));
    QCOMPARE(policy()->targetRefs[0].sectionName, std::optional<QString>(u"https"_s));

    // The validation: hostname (required), CA certificates, subject alternative names.
    FieldBinding *hostname = form->binding(Path::of("spec.validation.hostname"));
    QVERIFY(hostname);
    QCOMPARE(hostname->text(), u"coffee.example.com"_s);
    QVERIFY(hostname->commit(u"coffee.internal"_s));
    QCOMPARE(policy()->validation.hostname, u"coffee.internal"_s);
    SequenceEditor *cas = form->list(Path::of("spec.validation.caCertificateRefs"));
    QVERIFY(cas);
    QAbstractItemModelTester casTester(cas->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(cell(cas->model(), 0, 0).toString(), u"ConfigMap"_s);
    QCOMPARE(cell(cas->model(), 0, 1).toString(), u"coffee-ca"_s);
    SequenceEditor *sans = form->list(Path::of("spec.validation.subjectAltNames"));
    QVERIFY(sans);
    QAbstractItemModelTester sansTester(sans->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(sans->model()->addItem(), 0);
    QCOMPARE(policy()->validation.subjectAltNames.size(), size_t(1));
    QCOMPARE(policy()->validation.subjectAltNames[0].type, u"Hostname"_s);

    QUndoStack *undo = f.design.undoStack();
    QCOMPARE(undo->count(), 3);
    undo->undo();
    QVERIFY(policy()->validation.subjectAltNames.empty());
    QCOMPARE(sans->model()->rowCount(), 0);
    undo->redo();
    QCOMPARE(sans->model()->rowCount(), 1);
    QVERIFY(f.undoAll());
    QCOMPARE(policy()->validation.hostname, u"coffee.example.com"_s);
}

void tst_Forms::listenerSetForm()
{
    Fixture f("cafe-policies.yaml");
    auto *form = qobject_cast<ListenerSetForm *>(f.show(Kind::ListenerSet, "cafe-extra"));
    QVERIFY(form);
    QCOMPARE(f.view.form(Kind::ListenerSet), form);
    // The parent Gateway, picked from the design's Gateways.
    FieldBinding *parent = form->binding(Path::of("spec.parentRef.name"));
    QVERIFY(parent);
    QCOMPARE(parent->text(), u"gateway"_s);
    QVERIFY(parent->commit(u"edge"_s));
    QCOMPARE(test::find(f.design, Kind::ListenerSet, "cafe-extra")->as<ListenerSet>()->parentRef.name,
             u"edge"_s);
    QCOMPARE(f.design.undoStack()->count(), 1);
    // The listeners: name, protocol, port, hostname.
    SequenceEditor *listeners = form->list(Path::of("spec.listeners"));
    QVERIFY(listeners);
    QCOMPARE(listeners, form->listeners());
    ListModel *model = listeners->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(model, 0, 0).toString(), u"http-8080"_s);
    QCOMPARE(cell(model, 0, 1).toString(), u"HTTP"_s);
    QCOMPARE(cell(model, 0, 2).toString(), u"8080"_s);
    QCOMPARE(cell(model, 0, 3).toString(), u"cafe.example.com"_s);
    listeners->addButton()->click();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(cell(model, 1, 0).toString(), u"http"_s);
    QCOMPARE(cell(model, 1, 2).toString(), u"80"_s);
    QVERIFY(model->setData(model->index(1, 0), u"https"_s));
    QVERIFY(model->setData(model->index(1, 1), u"HTTPS"_s));
    QVERIFY(model->setData(model->index(1, 2), u"8443"_s));
    QVERIFY(model->setData(model->index(1, 3), u"tea.example.com"_s));
    // The TLS of the selected listener.
    listeners->setCurrentRow(1);
    FieldBinding *mode = form->binding(Path::of("spec.listeners[1].tls.mode"));
    QVERIFY(mode);
    QVERIFY(mode->editor()->isEnabled());
    QVERIFY(mode->commit(u"Terminate"_s));
    SequenceEditor *certificates = form->list(Path::of("spec.listeners[1].tls.certificateRefs"));
    QVERIFY(certificates);
    QCOMPARE(certificates->model()->addItem(), 0);
    const auto *ls = test::find(f.design, Kind::ListenerSet, "cafe-extra")->as<ListenerSet>();
    QCOMPARE(ls->listeners.size(), size_t(2));
    QCOMPARE(ls->listeners[1].name, u"https"_s);
    QCOMPARE(ls->listeners[1].protocol, u"HTTPS"_s);
    QCOMPARE(ls->listeners[1].port, 8443);
    QCOMPARE(ls->listeners[1].hostname.value_or(QString()), u"tea.example.com"_s);
    QCOMPARE(ls->listeners[1].tls->mode, u"Terminate"_s);
    // The example's Secret is offered first.
    QCOMPARE(ls->listeners[1].tls->certificateRefs.front().name, u"baristas"_s);
    QVERIFY(f.undoAll());
}

QTEST_MAIN(tst_Forms)
#include "tst_forms.moc"
