// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The forms of NGF's own kinds (policies and filters) and NGF's problems shown at the field.
#include "testutil.h"
#include "views/common/designselection.h"
#include "views/forms/authenticationfilterform.h"
#include "views/forms/clientsettingspolicyform.h"
#include "views/forms/fieldbinding.h"
#include "views/forms/filtereditor.h"
#include "views/forms/formcontext.h"
#include "views/forms/listmodel.h"
#include "views/forms/observabilitypolicyform.h"
#include "views/forms/propertiesview.h"
#include "views/forms/proxysettingspolicyform.h"
#include "views/forms/ratelimitpolicyform.h"
#include "views/forms/routeform.h"
#include "views/forms/ruleeditor.h"
#include "views/forms/sequenceeditor.h"
#include "views/forms/snippetsform.h"
#include "views/forms/upstreamsettingspolicyform.h"
#include "views/forms/wafpolicyform.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;
using yaml::Path;
using yaml::Value;

namespace {

const char *const policies = R"(apiVersion: gateway.nginx.org/v1alpha1
kind: ClientSettingsPolicy
metadata:
  name: client
spec:
  targetRef:
    group: gateway.networking.k8s.io
    kind: Gateway
    name: gateway
  body:
    maxSize: 10m
---
apiVersion: gateway.nginx.org/v1alpha1
kind: ProxySettingsPolicy
metadata:
  name: proxy
spec:
  targetRefs:
  - group: gateway.networking.k8s.io
    kind: Gateway
    name: gateway
  buffering:
    bufferSize: 8k
---
apiVersion: gateway.nginx.org/v1alpha1
kind: RateLimitPolicy
metadata:
  name: limits
spec:
  targetRefs:
  - group: gateway.networking.k8s.io
    kind: HTTPRoute
    name: coffee
  rateLimit:
    local:
      rules:
      - key: $binary_remote_addr
        rate: 10r/s
        zoneSize: 10m
      - key: $http_x_api_key
        rate: 100r/m
---
apiVersion: gateway.nginx.org/v1alpha1
kind: SnippetsFilter
metadata:
  name: headers
spec:
  snippets:
  - context: http.server.location
    value: add_header X-One 1;
---
apiVersion: gateway.nginx.org/v1alpha1
kind: SnippetsPolicy
metadata:
  name: main-snippets
spec:
  targetRefs:
  - group: gateway.networking.k8s.io
    kind: Gateway
    name: gateway
  snippets:
  - context: main
    value: worker_shutdown_timeout 10s;
---
apiVersion: gateway.nginx.org/v1alpha2
kind: ObservabilityPolicy
metadata:
  name: tracing
spec:
  targetRefs:
  - group: gateway.networking.k8s.io
    kind: HTTPRoute
    name: tea
  tracing:
    strategy: parent
---
apiVersion: gateway.nginx.org/v1alpha1
kind: AuthenticationFilter
metadata:
  name: login
spec:
  type: Basic
  basic:
    secretRef:
      name: users
    realm: Staff only
---
apiVersion: gateway.nginx.org/v1alpha1
kind: WAFPolicy
metadata:
  name: waf
spec:
  targetRefs:
  - group: gateway.networking.k8s.io
    kind: Gateway
    name: gateway
  type: HTTP
  policySource:
    httpSource:
      url: http://bundle-server/policy.tgz
  securityLogs:
  - destination:
      type: stderr
    logSource:
      defaultProfile: log_blocked
)";

/** The cafe and the policies above (file 1), in a properties panel. */
struct Fixture
{
    Design design;
    DesignSelection selection {&design};
    PropertiesView view {&selection};
    QByteArray original;

    Fixture()
    {
        if (!test::loadCafe(design) || !design.addFile(policies, u"policies.yaml"_s).ok)
            qFatal("the policies do not load");
        original = design.fileText(1);
        view.resize(460, 1400);
    }
    ResourceForm *show(Kind kind, const char *name)
    {
        selection.select(test::find(design, kind, name)->id);
        ResourceForm *form = view.currentForm();
        if (form)
            form->show();
        return form;
    }
    QString text() const { return QString::fromUtf8(design.fileText(1)); }
    /** Undoes everything; the text must be the original, byte for byte. */
    bool undoAll()
    {
        while (design.undoStack()->canUndo())
            design.undoStack()->undo();
        return design.fileText(1) == original;
    }
};

QVariant cell(ListModel *model, int row, int column)
{
    return model->data(model->index(row, column), Qt::DisplayRole);
}

/** Types \a text into the line edit of \a b, replacing what it shows. */
void type(FieldBinding *b, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(b->editor());
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class tst_FormsNgf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formPerNgfKind();
    void clientSettingsPolicy();
    void proxySettingsPolicy();
    void rateLimitPolicy();
    void snippetsFilterMultiLine();
    void snippetsPolicyTargetsGateways();
    void observabilityPolicy();
    void authenticationFilterType();
    void wafPolicy();
    void corsFilter();
    void sharedTargetRefs();
    void problemShownAtTheField();
    void problemOfAnotherItemOrResource();
};

void tst_FormsNgf::formPerNgfKind()
{
    Fixture f;
    QVERIFY(qobject_cast<ClientSettingsPolicyForm *>(f.show(Kind::ClientSettingsPolicy, "client")));
    QVERIFY(qobject_cast<ProxySettingsPolicyForm *>(f.show(Kind::ProxySettingsPolicy, "proxy")));
    QVERIFY(qobject_cast<RateLimitPolicyForm *>(f.show(Kind::RateLimitPolicy, "limits")));
    QVERIFY(qobject_cast<SnippetsForm *>(f.show(Kind::SnippetsFilter, "headers")));
    QVERIFY(qobject_cast<SnippetsForm *>(f.show(Kind::SnippetsPolicy, "main-snippets")));
    QVERIFY(qobject_cast<ObservabilityPolicyForm *>(f.show(Kind::ObservabilityPolicy, "tracing")));
    QVERIFY(qobject_cast<AuthenticationFilterForm *>(f.show(Kind::AuthenticationFilter, "login")));
}

void tst_FormsNgf::clientSettingsPolicy()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::ClientSettingsPolicy, "client");
    QCOMPARE(form->binding(Path::of("spec.targetRef.kind"))->text(), u"Gateway"_s);
    QCOMPARE(form->binding(Path::of("spec.targetRef.name"))->text(), u"gateway"_s);
    FieldBinding *maxSize = form->binding(Path::of("spec.body.maxSize"));
    QCOMPARE(maxSize->text(), u"10m"_s);
    // Typed letter by letter: one undo step, written as a string.
    type(maxSize, u"25m"_s);
    QCOMPARE(f.design.undoStack()->count(), 1);
    QVERIFY(f.text().contains(u"    maxSize: \"25m\"\n"_s));
    type(form->binding(Path::of("spec.keepAlive.timeout.server")), u"75s"_s);
    type(form->binding(Path::of("spec.keepAlive.timeout.header")), u"60s"_s);
    auto *requests = qobject_cast<QSpinBox *>(form->binding(Path::of("spec.keepAlive.requests"))->editor());
    QVERIFY(requests);
    requests->setValue(500);
    const auto *csp = test::find(f.design, Kind::ClientSettingsPolicy, "client")->as<ClientSettingsPolicy>();
    QCOMPARE(csp->body->maxSize, std::optional<QString>(u"25m"_s));
    QVERIFY(csp->keepAlive && csp->keepAlive->timeout);
    QCOMPARE(csp->keepAlive->timeout->server, std::optional<QString>(u"75s"_s));
    QCOMPARE(csp->keepAlive->timeout->header, std::optional<QString>(u"60s"_s));
    QCOMPARE(csp->keepAlive->requests, std::optional<int>(500));
    QVERIFY(f.text().contains(
        u"  keepAlive:\n    timeout:\n      server: \"75s\"\n      header: \"60s\"\n    requests: 500\n"_s));
    // The target: an HTTPRoute of the design instead.
    QVERIFY(form->binding(Path::of("spec.targetRef.kind"))->commit(u"HTTPRoute"_s));
    FieldBinding *name = form->binding(Path::of("spec.targetRef.name"));
    QVERIFY(name->spec().suggest(*form->context(), name->path()).contains(u"coffee"_s));
    QVERIFY(name->commit(u"coffee"_s));
    QCOMPARE(test::find(f.design, Kind::ClientSettingsPolicy, "client")
                 ->as<ClientSettingsPolicy>()
                 ->targetRef.name,
             u"coffee"_s);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::proxySettingsPolicy()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::ProxySettingsPolicy, "proxy");
    QCOMPARE(form->binding(Path::of("spec.buffering.bufferSize"))->text(), u"8k"_s);
    auto *number =
        qobject_cast<QSpinBox *>(form->binding(Path::of("spec.buffering.buffers.number"))->editor());
    QVERIFY(number);
    // The CRD's range: 2 to 256 (one below is "not set").
    QCOMPARE(number->minimum(), 1);
    QCOMPARE(number->maximum(), 256);
    // Number and size are required together (ProxyBuffers): a new buffers gets both, in one step.
    const int before = f.design.undoStack()->count();
    number->setValue(8);
    QCOMPARE(f.design.undoStack()->count(), before + 1);
    QCOMPARE(form->binding(Path::of("spec.buffering.buffers.size"))->text(), u"4k"_s);
    type(form->binding(Path::of("spec.buffering.buffers.size")), u"16k"_s);
    auto *disable = qobject_cast<QComboBox *>(form->binding(Path::of("spec.buffering.disable"))->editor());
    QVERIFY(disable);
    QVERIFY(form->binding(Path::of("spec.buffering.disable"))->commit(u"true"_s));
    QCOMPARE(disable->currentData().toString(), u"true"_s);
    type(form->binding(Path::of("spec.timeout.read")), u"30s"_s);
    const auto *psp = test::find(f.design, Kind::ProxySettingsPolicy, "proxy")->as<ProxySettingsPolicy>();
    QVERIFY(psp->buffering && psp->buffering->buffers);
    QCOMPARE(psp->buffering->buffers->number, 8);
    QCOMPARE(psp->buffering->buffers->size, u"16k"_s);
    QCOMPARE(psp->buffering->disable, std::optional<bool>(true));
    QVERIFY(psp->timeout);
    QCOMPARE(psp->timeout->read, std::optional<QString>(u"30s"_s));
    QVERIFY(f.text().contains(u"    buffers:\n      number: 8\n      size: \"16k\"\n"_s));
    QVERIFY(f.text().contains(u"    disable: true\n"_s));
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::rateLimitPolicy()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::RateLimitPolicy, "limits");
    const Path rules = Path::of("spec.rateLimit.local.rules");
    SequenceEditor *list = form->list(rules);
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(cell(list->model(), 1, 1).toString(), u"100r/m"_s);
    // The first rule is current; its details are below the list.
    QCOMPARE(list->currentRow(), 0);
    QVERIFY(form->binding(rules[0] / "rate"));
    QCOMPARE(form->binding(rules[0] / "rate")->text(), u"10r/s"_s);
    list->setCurrentRow(1);
    FieldBinding *rate = form->binding(rules[1] / "rate");
    QVERIFY(rate);
    QCOMPARE(rate->text(), u"100r/m"_s);
    type(rate, u"200r/m"_s);
    auto *burst = qobject_cast<QSpinBox *>(form->binding(rules[1] / "burst")->editor());
    burst->setValue(20);
    QVERIFY(form->binding(rules[1] / "noDelay")->commit(u"true"_s));
    QVERIFY(form->binding(Path::of("spec.rateLimit.logLevel"))->commit(u"warn"_s));
    auto *reject = qobject_cast<QSpinBox *>(form->binding(Path::of("spec.rateLimit.rejectCode"))->editor());
    QVERIFY(reject);
    QCOMPARE(reject->maximum(), 599);
    reject->setValue(429);
    const auto policy = [&f] {
        return test::find(f.design, Kind::RateLimitPolicy, "limits")->as<RateLimitPolicy>();
    };
    const RateLimitRule &second = policy()->rateLimit->localRules->at(1);
    QCOMPARE(second.rate, u"200r/m"_s);
    QCOMPARE(second.burst, std::optional<int>(20));
    QCOMPARE(second.noDelay, std::optional<bool>(true));
    QCOMPARE(policy()->rateLimit->logLevel, std::optional<QString>(u"warn"_s));
    QCOMPARE(policy()->rateLimit->rejectCode, std::optional<int>(429));
    QVERIFY(f.text().contains(
        u"      - key: $http_x_api_key\n        rate: \"200r/m\"\n        burst: 20\n        noDelay: true\n"_s));
    // A new rule: key and rate (both required) filled in, and it becomes current.
    const int before = f.design.undoStack()->count();
    QCOMPARE(list->model()->addItem(), 2);
    QCOMPARE(f.design.undoStack()->count(), before + 1);
    QCOMPARE(policy()->rateLimit->localRules->size(), size_t(3));
    QCOMPARE(policy()->rateLimit->localRules->at(2).rate, u"10r/s"_s);
    f.design.undoStack()->undo();
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::snippetsFilterMultiLine()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::SnippetsFilter, "headers");
    QVERIFY(!form->list(Path::of("spec.targetRefs"))); // a filter has no targets
    SequenceEditor *list = form->list(Path::of("spec.snippets"));
    QVERIFY(list);
    QCOMPARE(cell(list->model(), 0, 0).toString(), u"http.server.location"_s);
    QCOMPARE(cell(list->model(), 0, 1).toString(), u"add_header X-One 1;"_s);
    FieldBinding *value = form->binding(Path::of("spec.snippets[0].value"));
    QVERIFY(value);
    auto *edit = qobject_cast<QPlainTextEdit *>(value->editor());
    QVERIFY(edit);
    QCOMPARE(edit->toPlainText(), u"add_header X-One 1;"_s);
    // A second line typed at the end: the value is now two lines, in one undo step.
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, u"add_header X-Two 2;"_s);
    QCOMPARE(f.design.undoStack()->count(), 1);
    const auto *sf = test::find(f.design, Kind::SnippetsFilter, "headers")->as<SnippetsFilter>();
    QCOMPARE(sf->snippets.at(0).value, u"add_header X-One 1;\nadd_header X-Two 2;"_s);
    QCOMPARE(cell(list->model(), 0, 1).toString(), u"add_header X-One 1; …"_s);
    // A new snippet takes a context not used yet (one snippet per context).
    QCOMPARE(list->model()->addItem(), 1);
    QCOMPARE(
        test::find(f.design, Kind::SnippetsFilter, "headers")->as<SnippetsFilter>()->snippets.at(1).context,
        u"main"_s);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::snippetsPolicyTargetsGateways()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::SnippetsPolicy, "main-snippets");
    SequenceEditor *targets = form->list(Path::of("spec.targetRefs"));
    QVERIFY(targets);
    // Gateways only: no kind column, the name column is the Gateway's.
    QCOMPARE(targets->model()->columnCount(), 1);
    QCOMPARE(targets->model()->headerData(0, Qt::Horizontal).toString(), u"Gateway"_s);
    QCOMPARE(cell(targets->model(), 0, 0).toString(), u"gateway"_s);
    FieldBinding *context = form->binding(Path::of("spec.snippets[0].context"));
    QVERIFY(context);
    QCOMPARE(context->text(), u"main"_s);
    QVERIFY(context->commit(u"http"_s));
    QCOMPARE(test::find(f.design, Kind::SnippetsPolicy, "main-snippets")
                 ->as<SnippetsPolicy>()
                 ->snippets.at(0)
                 .context,
             u"http"_s);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::observabilityPolicy()
{
    Fixture f;
    ResourceForm *form = f.show(Kind::ObservabilityPolicy, "tracing");
    FieldBinding *strategy = form->binding(Path::of("spec.tracing.strategy"));
    FieldBinding *ratio = form->binding(Path::of("spec.tracing.ratio"));
    QCOMPARE(strategy->text(), u"parent"_s);
    // "ratio can only be specified if strategy is of type ratio": hidden for parent.
    QVERIFY(!ratio->editor()->isVisibleTo(form));
    QVERIFY(strategy->commit(u"ratio"_s));
    QVERIFY(ratio->editor()->isVisibleTo(form));
    qobject_cast<QSpinBox *>(ratio->editor())->setValue(25);
    type(form->binding(Path::of("spec.tracing.spanName")), u"cafe"_s);
    SequenceEditor *attributes = form->list(Path::of("spec.tracing.spanAttributes"));
    QVERIFY(attributes);
    QCOMPARE(attributes->model()->addItem(), 0);
    SequenceEditor *targets = form->list(Path::of("spec.targetRefs"));
    QCOMPARE(cell(targets->model(), 0, 0).toString(), u"HTTPRoute"_s);
    QCOMPARE(cell(targets->model(), 0, 1).toString(), u"tea"_s);
    const auto *op = test::find(f.design, Kind::ObservabilityPolicy, "tracing")->as<ObservabilityPolicy>();
    QCOMPARE(op->tracing->strategy, u"ratio"_s);
    QCOMPARE(op->tracing->ratio, std::optional<int>(25));
    QCOMPARE(op->tracing->spanName, std::optional<QString>(u"cafe"_s));
    QCOMPARE(op->tracing->spanAttributes.size(), size_t(1));
    QVERIFY(f.undoAll());
    QVERIFY(!ratio->editor()->isVisibleTo(form));
}

void tst_FormsNgf::authenticationFilterType()
{
    Fixture f;
    auto *form = qobject_cast<AuthenticationFilterForm *>(f.show(Kind::AuthenticationFilter, "login"));
    QVERIFY(form);
    QCOMPARE(form->typeBox()->currentText(), u"Basic"_s);
    FieldBinding *realm = form->binding(Path::of("spec.basic.realm"));
    QVERIFY(realm->editor()->isVisibleTo(form));
    QVERIFY(!form->binding(Path::of("spec.jwt.realm"))->editor()->isVisibleTo(form));
    QCOMPARE(form->binding(Path::of("spec.basic.secretRef.name"))->text(), u"users"_s);
    type(realm, u"Kitchen"_s);
    QCOMPARE(
        test::find(f.design, Kind::AuthenticationFilter, "login")->as<AuthenticationFilter>()->basic->realm,
        u"Kitchen"_s);
    // Another type: the type, its section and no other section, in one undo step.
    const int before = f.design.undoStack()->count();
    form->typeBox()->setCurrentIndex(form->typeBox()->findText(u"JWT"_s));
    Q_EMIT form->typeBox()->activated(form->typeBox()->currentIndex());
    QCOMPARE(f.design.undoStack()->count(), before + 1);
    const auto *af = test::find(f.design, Kind::AuthenticationFilter, "login")->as<AuthenticationFilter>();
    QCOMPARE(af->type, u"JWT"_s);
    QVERIFY(!af->basic);
    QVERIFY(af->jwt);
    QCOMPARE(af->jwt->source, u"File"_s);
    QVERIFY(!f.text().contains(u"basic:"_s));
    QVERIFY(form->binding(Path::of("spec.jwt.realm"))->editor()->isVisibleTo(form));
    QVERIFY(!realm->editor()->isVisibleTo(form));
    QVERIFY(form->setType(u"OIDC"_s));
    QVERIFY(test::find(f.design, Kind::AuthenticationFilter, "login")->as<AuthenticationFilter>()->oidc);
    f.design.undoStack()->undo();
    f.design.undoStack()->undo();
    QCOMPARE(form->typeBox()->currentText(), u"Basic"_s);
    QCOMPARE(
        test::find(f.design, Kind::AuthenticationFilter, "login")->as<AuthenticationFilter>()->basic->realm,
        u"Kitchen"_s);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::wafPolicy()
{
    Fixture f;
    auto *form = qobject_cast<WafPolicyForm *>(f.show(Kind::WAFPolicy, "waf"));
    QVERIFY(form);
    QCOMPARE(form->typeBox()->currentText(), u"HTTP"_s);
    FieldBinding *url = form->binding(Path::of("spec.policySource.httpSource.url"));
    QVERIFY(url->editor()->isVisibleTo(form));
    QVERIFY(!form->binding(Path::of("spec.policySource.nimSource.url"))->editor()->isVisibleTo(form));
    type(url, u"http://bundles/strict.tgz"_s);
    const auto waf = [&f] { return test::find(f.design, Kind::WAFPolicy, "waf")->as<WAFPolicy>(); };
    QCOMPARE(waf()->policySource.httpUrl, std::optional<QString>(u"http://bundles/strict.tgz"_s));
    // Another source: the type, its source and no other, in one undo step.
    const int before = f.design.undoStack()->count();
    form->typeBox()->setCurrentIndex(form->typeBox()->findText(u"NIM"_s));
    Q_EMIT form->typeBox()->activated(form->typeBox()->currentIndex());
    QCOMPARE(f.design.undoStack()->count(), before + 1);
    QCOMPARE(waf()->type, u"NIM"_s);
    QVERIFY(!waf()->policySource.httpUrl);
    QVERIFY(waf()->policySource.nim);
    QVERIFY(form->binding(Path::of("spec.policySource.nimSource.url"))->editor()->isVisibleTo(form));
    QVERIFY(!url->editor()->isVisibleTo(form));
    // The selected log's destination: file, with its path, in one step.
    form->list(Path::of("spec.securityLogs"))->setCurrentRow(0);
    QCOMPARE(form->destinationBox()->currentText(), u"stderr"_s);
    QVERIFY(form->setDestination(u"file"_s));
    QCOMPARE(waf()->securityLogs.at(0).destinationType, u"file"_s);
    QVERIFY(waf()->securityLogs.at(0).filePath);
    QCOMPARE(form->destinationBox()->currentText(), u"file"_s);
    QVERIFY(form->setDestination(u"syslog"_s));
    QVERIFY(waf()->securityLogs.at(0).syslogServer);
    QVERIFY(!waf()->securityLogs.at(0).filePath);
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::corsFilter()
{
    Fixture f;
    auto *form = qobject_cast<RouteForm *>(f.show(Kind::HTTPRoute, "coffee"));
    QVERIFY(form);
    QVERIFY(FilterEditor::filterTypes().contains(u"CORS"_s));
    // A CORS filter on the first rule, then its settings through the filter editor's CORS page.
    QVERIFY(form->context()->set(
        Path::of("spec.rules[0].filters"),
        Value::sequence().append(
            Value::mapping()
                .set("type", "CORS")
                .set(
                    "cors",
                    Value::mapping().set("allowOrigins", Value::sequence().append("https://a.example.com")))),
        u"Add CORS"_s));
    form->rules()->setCurrentRow(0);
    form->ruleEditor()->filters()->setCurrentRow(0);
    FieldBinding *maxAge = form->binding(Path::of("spec.rules[0].filters[0].cors.maxAge"));
    QVERIFY(maxAge);
    QVERIFY(maxAge->editor()->isVisibleTo(form));
    QVERIFY(maxAge->commit(u"600"_s));
    SequenceEditor *origins = form->list(Path::of("spec.rules[0].filters[0].cors.allowOrigins"));
    QVERIFY(origins);
    QCOMPARE(origins->model()->addItem(), 1);
    const auto *route = test::find(f.design, Kind::HTTPRoute, "coffee")->as<Route>();
    QCOMPARE(route->rules[0].filters.size(), size_t(1));
    QCOMPARE(FilterEditor::summary(*form->context(), Path::of("spec.rules[0].filters[0]")),
             u"https://a.example.com +1"_s);
    QVERIFY(QString::fromUtf8(f.design.fileText(0)).contains(u"maxAge: 600"_s));
}

void tst_FormsNgf::sharedTargetRefs()
{
    Fixture f;
    // The policies' targets are one helper: a kind column when more than one kind is allowed, names
    // of that kind offered, new targets naming the design's first resource of the first kind.
    ResourceForm *form = f.show(Kind::ProxySettingsPolicy, "proxy");
    SequenceEditor *targets = form->list(Path::of("spec.targetRefs"));
    QVERIFY(targets);
    ListModel *model = targets->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->columnCount(), 2);
    QCOMPARE(model->columnSpec(0).choices, (QStringList {u"Gateway"_s, u"HTTPRoute"_s, u"GRPCRoute"_s}));
    QVERIFY(model->setData(model->index(0, 0), u"HTTPRoute"_s));
    const FieldSpec names = model->columnSpec(1);
    const QStringList routes = names.suggest(*form->context(), model->cellPath(model->index(0, 1)));
    QVERIFY(routes.contains(u"coffee"_s) && routes.contains(u"tea"_s));
    QVERIFY(!routes.contains(u"gateway"_s));
    // A new target is of the kind already there (Gateways and routes do not mix) and names a route
    // not targeted yet (kind and name are unique).
    QCOMPARE(model->addItem(), 1);
    const auto *psp = test::find(f.design, Kind::ProxySettingsPolicy, "proxy")->as<ProxySettingsPolicy>();
    QCOMPARE(psp->targetRefs.size(), size_t(2));
    QCOMPARE(psp->targetRefs[1].kind, u"HTTPRoute"_s);
    QCOMPARE(psp->targetRefs[1].name, routes.value(0));
    QCOMPARE(psp->targetRefs[1].group, u"gateway.networking.k8s.io"_s);
    QVERIFY(f.undoAll());
    // The UpstreamSettingsPolicy's Services, through the same helper.
    ResourceForm *usp = f.show(Kind::UpstreamSettingsPolicy, "lb-method");
    SequenceEditor *services = usp->list(Path::of("spec.targetRefs"));
    QVERIFY(services);
    QCOMPARE(services->model()->columnCount(), 1);
    QCOMPARE(services->model()->headerData(0, Qt::Horizontal).toString(), u"Service"_s);
}

void tst_FormsNgf::problemShownAtTheField()
{
    Fixture f;
    // NGF's message for an invalid rate names no rule index (ratelimithandler.cpp, as NGF's validator).
    const QString rateMessage =
        u"spec.rateLimit.local.rules.rate: Invalid value: \"fast\": must contain a number followed by 'r/s' or 'r/m'"_s;
    const QString sizeMessage =
        u"spec.body.maxSize: Invalid value: \"lots\": ^\\d{1,4}(k|m|g)?$ (e.g. '1024')"_s;
    std::vector<FieldProblem> current;
    ResourceId problemResource = 0;
    f.view.setProblemsProvider(
        [&](ResourceId id) { return id == problemResource ? current : std::vector<FieldProblem> {}; });
    ResourceForm *form = f.show(Kind::RateLimitPolicy, "limits");
    const Path rules = Path::of("spec.rateLimit.local.rules");
    FieldBinding *rate = form->binding(rules[0] / "rate");
    QVERIFY(rate);
    QVERIFY(!rate->hasMessage());
    QVERIFY(rate->commit(u"fast"_s));
    problemResource = form->context()->resourceId();
    current = {{Path::of("spec.rateLimit.local.rules.rate"), rateMessage, false}};
    f.view.refreshProblems();
    QCOMPARE(rate->problemText(), rateMessage);
    QCOMPARE(rate->errorLabel()->text(), rateMessage);
    QVERIFY(rate->errorLabel()->isVisibleTo(form));
    QCOMPARE(rate->editor()->toolTip(), rateMessage);
    // Only that field: not the key of the same rule, not the reject code.
    QVERIFY(!form->binding(rules[0] / "key")->hasMessage());
    QVERIFY(!form->binding(Path::of("spec.rateLimit.rejectCode"))->hasMessage());
    // The value fixed and NGF content again: the message goes.
    QVERIFY(rate->commit(u"5r/s"_s));
    current.clear();
    f.view.refreshProblems();
    QVERIFY(!rate->hasMessage());
    QVERIFY(!rate->errorLabel()->isVisibleTo(form));

    // A ClientSettingsPolicy with a bad size: NGF's message under the size field.
    ResourceForm *csp = f.show(Kind::ClientSettingsPolicy, "client");
    problemResource = csp->context()->resourceId();
    current = {{Path::of("spec.body.maxSize"), sizeMessage, false}};
    f.view.refreshProblems();
    FieldBinding *maxSize = csp->binding(Path::of("spec.body.maxSize"));
    QCOMPARE(maxSize->errorLabel()->text(), sizeMessage);
    QVERIFY(maxSize->errorLabel()->isVisibleTo(csp));
    // A problem about something inside a field goes to the closest field bound (an ancestor).
    current = {{Path::of("spec.keepAlive.timeout.server.seconds"), u"deep"_s, true}};
    f.view.refreshProblems();
    QVERIFY(!maxSize->hasMessage());
    QCOMPARE(csp->binding(Path::of("spec.keepAlive.timeout.server"))->problemText(), u"deep"_s);
    // An aggregated message names two fields: both show it; the field of the problem comes from the message.
    const QString both =
        u"[spec.body.maxSize: Invalid value: \"x\": bad, spec.body.timeout: Invalid value: \"y\": bad]"_s;
    current = {{Path(), both, false}};
    f.view.refreshProblems();
    QCOMPARE(maxSize->problemText(), both);
    QCOMPARE(csp->binding(Path::of("spec.body.timeout"))->problemText(), both);
    // A value the form refuses itself shows its own message first; NGF's comes back after.
    FieldBinding *requests = csp->binding(Path::of("spec.keepAlive.requests"));
    current = {{Path::of("spec.keepAlive.requests"), u"NGF says no"_s, false}};
    f.view.refreshProblems();
    QCOMPARE(requests->errorLabel()->text(), u"NGF says no"_s);
    QVERIFY(!requests->commit(u"many"_s));
    QVERIFY(requests->hasError());
    QCOMPARE(requests->errorLabel()->text(), requests->errorText());
    QVERIFY(requests->commit(u"5"_s));
    QVERIFY(!requests->hasError());
    QCOMPARE(requests->errorLabel()->text(), u"NGF says no"_s);
    QVERIFY(requests->errorLabel()->isVisibleTo(csp));
    // Nothing left: nothing shown.
    current.clear();
    f.view.refreshProblems();
    QVERIFY(!maxSize->hasMessage());
    QVERIFY(!maxSize->errorLabel()->isVisibleTo(csp));
    QVERIFY(f.undoAll());
}

void tst_FormsNgf::problemOfAnotherItemOrResource()
{
    Fixture f;
    std::vector<FieldProblem> current;
    ResourceId problemResource = 0;
    f.view.setProblemsProvider(
        [&](ResourceId id) { return id == problemResource ? current : std::vector<FieldProblem> {}; });
    ResourceForm *form = f.show(Kind::RateLimitPolicy, "limits");
    const Path rules = Path::of("spec.rateLimit.local.rules");
    SequenceEditor *list = form->list(rules);
    // A problem with an index names that rule: shown while it is the one selected.
    problemResource = form->context()->resourceId();
    current = {{rules[1] / "zoneSize", u"zone too small"_s, false}};
    f.view.refreshProblems();
    QVERIFY(!form->binding(rules[0] / "zoneSize")->hasMessage());
    list->setCurrentRow(1);
    FieldBinding *zone = form->binding(rules[1] / "zoneSize");
    QVERIFY(zone);
    QCOMPARE(zone->problemText(), u"zone too small"_s);
    list->setCurrentRow(0);
    QVERIFY(!zone->hasMessage());
    // Another resource's problems are not this form's.
    ResourceForm *proxy = f.show(Kind::ProxySettingsPolicy, "proxy");
    current = {{Path::of("spec.buffering.bufferSize"), u"not mine"_s, false}};
    f.view.refreshProblems();
    QVERIFY(!proxy->binding(Path::of("spec.buffering.bufferSize"))->hasMessage());
    // Metadata and existing forms follow too (every form, not only NGF's).
    ResourceForm *route = f.show(Kind::HTTPRoute, "coffee");
    problemResource = route->context()->resourceId();
    current = {{Path::of("metadata.name"), u"name problem"_s, true}};
    f.view.refreshProblems();
    QCOMPARE(route->binding(Path::of("metadata.name"))->problemText(), u"name problem"_s);
}

QTEST_MAIN(tst_FormsNgf)
#include "tst_forms_ngf.moc"
