// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The live preview against the real NGF engine: click-through both ways, changed lines, status.
#include "../views/testutil.h"
#include "core/designeditor.h"
#include "gui/ngfpreviewprovider.h"
#include "ngf/generator.h"
#include "views/canvas/conditionstatusprovider.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/topologyscene.h"
#include "views/common/designselection.h"
#include "views/preview/codeview.h"
#include "views/preview/previewsession.h"
#include "views/preview/previewwidget.h"
#include "views/problems/problemsmodel.h"

#include <QTest>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

namespace {

int lineContaining(const PreviewSession &session, const QString &text)
{
    const QStringList lines = session.listing().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(text))
            return int(i);
    }
    return -1;
}

} // namespace

class tst_GuiNgfPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsDefaultFirst();
    void healthOfConditions();
    void linesLeadToTheirFields();
    void listingIsWhatRenderPrints();
    void selectionMarksItsLines();
    void editMarksChangedLines();
    void statusBecomesProblems();
    void problemsPointAtTheWrongField();
    void unmodelledKindsAreProblems();
    void l4RoutesHaveTheirStatus();
    void policiesAndFiltersColourTheCanvas();
};

void tst_GuiNgfPreview::versionsDefaultFirst()
{
    const QStringList versions = NgfPreviewProvider().versions();
    QCOMPARE(versions.value(0), u"2.6.7"_s);
    QCOMPARE(versions.last(), u"edge"_s);
}

void tst_GuiNgfPreview::healthOfConditions()
{
    QCOMPARE(NgfPreviewProvider::health(u"Accepted"_s, true, u"Accepted"_s), Health::Healthy);
    QCOMPARE(NgfPreviewProvider::health(u"Accepted"_s, true, u"UnsupportedField"_s), Health::Warning);
    QCOMPARE(NgfPreviewProvider::health(u"ResolvedRefs"_s, false, u"BackendNotFound"_s), Health::Error);
    // A policy's mark on its target is information, not a warning.
    QCOMPARE(NgfPreviewProvider::health(u"gateway.nginx.org/ClientSettingsPolicyAffected"_s, true,
                                        u"PolicyAffected"_s),
             Health::Healthy);
    QCOMPARE(NgfPreviewProvider::health(u"Conflicted"_s, false, u"NoConflicts"_s), Health::Healthy);
    QCOMPARE(NgfPreviewProvider::health(u"PartiallyInvalid"_s, true, u"UnsupportedValue"_s), Health::Warning);
    QCOMPARE(NgfPreviewProvider::fieldOfMessage(u"spec.rules[0].backendRefs[0].name: Not found: \"x\""_s),
             yaml::Path::of("spec.rules[0].backendRefs[0].name"));
    QCOMPARE(NgfPreviewProvider::fieldOfMessage(u"The Route is accepted"_s), yaml::Path());
}

void tst_GuiNgfPreview::linesLeadToTheirFields()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    session.setProfile({.plus = true, .experimental = true});
    QVERIFY(session.listing().startsWith(u"# configuration file /etc/nginx/nginx.conf:"_s));
    // The walk-through's upstreams: ip_hash for coffee, a sticky cookie for tea on Plus.
    const int ipHash = lineContaining(session, u"ip_hash;"_s);
    QVERIFY(ipHash > 0);
    QCOMPARE(session.lineOrigin(ipHash).resource,
             test::find(design, Kind::UpstreamSettingsPolicy, "lb-method")->id);
    const int sticky = lineContaining(session, u"sticky cookie cookie-tea"_s);
    QVERIFY(sticky > 0);
    const SourceRef origin = session.lineOrigin(sticky);
    QCOMPARE(origin.resource, test::find(design, Kind::HTTPRoute, "tea")->id);
    QVERIFY(origin.field.startsWith(yaml::Path::of("spec.rules[0].sessionPersistence")));

    // Clicking the line selects the route and the field.
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    widget.resize(900, 700);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    widget.codeView()->goToLine(sticky);
    const QRect r = widget.codeView()->cursorRect();
    QTest::mouseClick(widget.codeView()->viewport(), Qt::LeftButton, {}, r.center() + QPoint(30, 0));
    QCOMPARE(selection.resource(), origin.resource);
    QCOMPARE(selection.field(), origin.field);
}

void tst_GuiNgfPreview::listingIsWhatRenderPrints()
{
    // The dock lists the files exactly as `gwstudio render` prints them (ngf::Result::nginxT()),
    // without the last line feed (the view shows lines).
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    QString expected = ngf::Generator::run(design, ngf::Profile())->nginxT();
    if (expected.endsWith(u'\n'))
        expected.chop(1);
    QCOMPARE(session.listing(), expected);
}

void tst_GuiNgfPreview::selectionMarksItsLines()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    DesignSelection selection(&design);
    PreviewWidget widget(&session, &selection);
    const Resource *coffee = test::find(design, Kind::HTTPRoute, "coffee");
    selection.select(coffee->id);
    const std::vector<int> marked = widget.codeView()->markedLines();
    QVERIFY(!marked.empty());
    bool location = false;
    for (int line : marked)
        location = location || session.listing().split(u'\n').value(line).contains(u"location /coffee"_s);
    QVERIFY(location);
}

void tst_GuiNgfPreview::editMarksChangedLines()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    DesignEditor editor(&design);
    const ResourceId policy = test::find(design, Kind::UpstreamSettingsPolicy, "lb-method")->id;
    QVERIFY(editor.setField(policy, yaml::Path::of("spec.loadBalancingMethod"), yaml::Value("least_conn")));
    session.regenerate();
    const int line = lineContaining(session, u"least_conn;"_s);
    QVERIFY(line > 0);
    QVERIFY(std::find(session.changedLines().begin(), session.changedLines().end(), line) !=
            session.changedLines().end());
}

void tst_GuiNgfPreview::statusBecomesProblems()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    ProblemsModel problems(&session);
    // On NGINX OSS, tea's sessionPersistence is ignored, with NGF's message.
    bool teaWarning = false;
    for (int row = 0; row < problems.rowCount(); ++row) {
        const auto &p = problems.problem(row);
        if (p.resource == test::find(design, Kind::HTTPRoute, "tea")->id && p.health == Health::Warning)
            teaWarning = p.message.contains(u"SessionPersistence is only supported with NGINX Plus"_s);
    }
    QVERIFY(teaWarning);
    // A backendRef to a Service that does not exist is an error at that field.
    DesignEditor editor(&design);
    const ResourceId latte = test::find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(
        editor.setField(latte, yaml::Path::of("spec.rules[0].backendRefs[0].name"), yaml::Value("mocha")));
    session.regenerate();
    QVERIFY(problems.errorCount() >= 1);
    QCOMPARE(problems.problem(0).resource, latte);
    QCOMPARE(problems.problem(0).field, yaml::Path::of("spec.rules[0].backendRefs[0].name"));
    QVERIFY(problems.problem(0).message.contains(u"BackendNotFound"_s));
}

void tst_GuiNgfPreview::problemsPointAtTheWrongField()
{
    // A backendRef to a port the Service does not have: NGF's message names no field ("No matching
    // port for Service latte and port 8080"); the problem still points at the backendRef, not at the
    // parentRef, and names the unsaved document as the window does.
    Design design;
    QVERIFY(design.addFile(test::cafeText(), QString()).ok);
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    ProblemsModel problems(&session);
    DesignEditor editor(&design);
    const ResourceId latte = test::find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(editor.setField(latte, yaml::Path::of("spec.rules[0].backendRefs[0].port"), yaml::Value(8080)));
    session.regenerate();
    QVERIFY(problems.errorCount() >= 1);
    const ProblemsModel::Problem &p = problems.problem(0);
    QCOMPARE(p.resource, latte);
    QVERIFY2(p.message.contains(u"No matching port for Service latte and port 8080"_s),
             qPrintable(p.message));
    QCOMPARE(p.field, yaml::Path::of("spec.rules[0].backendRefs[0]"));
    // The backendRef's line in the text ("- name: latte" of the latte route).
    const QStringList lines = QString::fromUtf8(design.fileText(0)).split(u'\n');
    const qsizetype latteRoute = lines.indexOf(u"  name: latte"_s, lines.indexOf(u"kind: HTTPRoute"_s));
    const qsizetype backend = lines.indexOf(u"    - name: latte"_s, latteRoute);
    QVERIFY(backend > 0);
    QCOMPARE(p.location, u"Untitled:%1:7"_s.arg(backend + 1));
}

void tst_GuiNgfPreview::unmodelledKindsAreProblems()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    DesignEditor editor(&design);
    QVERIFY(editor.importText("apiVersion: example.com/v1\nkind: MeshRoute\n"
                              "metadata: {name: secure}\nspec:\n  parentRefs:\n  - name: gateway\n"));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    session.setProfile({.plus = true, .experimental = true});
    ProblemsModel problems(&session);
    // Not "0 errors, 0 warnings": the route and the listener it sits on are said.
    QCOMPARE(problems.warningCount(), 2);
    const Resource *tls = design.find(u"MeshRoute"_s, u"default"_s, u"secure"_s);
    QCOMPARE(problems.problem(0).resource, tls->id);
    QCOMPARE(problems.problem(0).field, yaml::Path::of("kind"));
    QVERIFY(problems.problem(0).location.startsWith(u"cafe.yaml:"_s));
    QCOMPARE(problems.problem(1).resource, test::find(design, Kind::Gateway, "gateway")->id);
    QCOMPARE(problems.problem(1).field, yaml::Path::of("spec.listeners[0]"));
}

void tst_GuiNgfPreview::l4RoutesHaveTheirStatus()
{
    // The TLS and L4 example: the TLSRoute and the TCPRoute get NGF's parent conditions, at their
    // parentRef, so that the canvas colours them like HTTP routes.
    Design design;
    QVERIFY(design
                .addFile(test::readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/tls-l4.yaml")),
                         QStringLiteral("tls-l4.yaml"))
                .ok);
    PreviewProfile profile;
    profile.ngfVersion = NgfPreviewProvider().versions().value(0);
    profile.experimental = true; // TCPRoute is on the experimental channel
    const PreviewResult result = NgfPreviewProvider().generate(design, profile);
    for (const char *name : {"app", "postgres"}) {
        const Resource *route =
            test::find(design, name == std::string_view("app") ? Kind::TLSRoute : Kind::TCPRoute, name);
        QVERIFY(route);
        QStringList types;
        for (const StatusCondition &c : result.conditions) {
            if (c.source.resource != route->id)
                continue;
            QCOMPARE(c.source.field, yaml::Path::of("spec.parentRefs[0]"));
            QCOMPARE(c.health, Health::Healthy);
            types << c.type;
        }
        QVERIFY2(types.contains(u"Accepted"_s) && types.contains(u"ResolvedRefs"_s),
                 qPrintable(QString::fromLatin1(name) + u": "_s + types.join(u", "_s)));
    }
}
void tst_GuiNgfPreview::policiesAndFiltersColourTheCanvas()
{
    // The policies example: every NGF policy, filter and the ListenerSet gets NGF's conditions, all
    // healthy, and the canvas colours their nodes from them; a policy NGF marks Conflicted is red.
    Design design;
    QVERIFY(
        design
            .addFile(test::readFile(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe-policies.yaml")),
                     QStringLiteral("cafe-policies.yaml"))
            .ok);
    PreviewProfile profile;
    profile.ngfVersion = NgfPreviewProvider().versions().value(0);
    profile.snippets = true; // SnippetsPolicy and SnippetsFilter
    const struct
    {
        Kind kind;
        const char *name;
    } nodes[] = {
        {Kind::ClientSettingsPolicy, "client-limits"}, {Kind::SnippetsPolicy, "server-tokens"},
        {Kind::RateLimitPolicy, "coffee-rate"},        {Kind::ObservabilityPolicy, "tea-tracing"},
        {Kind::ProxySettingsPolicy, "latte-buffers"},  {Kind::AuthenticationFilter, "baristas"},
        {Kind::SnippetsFilter, "tea-headers"},         {Kind::ListenerSet, "cafe-extra"},
    };
    DesignSelection selection(&design);
    PreviewSession session(&design);
    session.setProvider(std::make_unique<NgfPreviewProvider>());
    session.setProfile(profile);
    session.regenerate();
    ConditionStatusProvider status(&session);
    TopologyScene scene(&selection);
    scene.setStatusProvider(&status);
    for (const auto &n : nodes) {
        const Resource *r = test::find(design, n.kind, n.name);
        QVERIFY2(r, n.name);
        const QString key =
            (n.kind == Kind::ListenerSet ? u"listenerset:"_s : u"policy:"_s) + QString::number(r->id);
        NodeItem *item = scene.nodeItem(key);
        QVERIFY2(item, n.name);
        QVERIFY2(item->health() == Health::Healthy,
                 qPrintable(QString::fromLatin1(n.name) + u"\n"_s + item->toolTip()));
    }
    // A second ClientSettingsPolicy on the Gateway setting the same field: NGF marks the newer (the later
    // document, neither has a creationTimestamp) Conflicted.
    DesignEditor editor(&design);
    QVERIFY(editor.importText(
        "apiVersion: gateway.nginx.org/v1alpha1\nkind: ClientSettingsPolicy\nmetadata:\n  name: zz-again\n"
        "spec:\n  targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: gateway}\n"
        "  body: {maxSize: 1m}\n"));
    session.regenerate();
    scene.flush();
    scene.refreshStatus();
    const Resource *again = test::find(design, Kind::ClientSettingsPolicy, "zz-again");
    QVERIFY(again);
    NodeItem *item = scene.nodeItem(u"policy:"_s + QString::number(again->id));
    QVERIFY(item);
    QCOMPARE(item->health(), Health::Error);
    QVERIFY2(item->toolTip().contains(u"Conflicted"_s), qPrintable(item->toolTip()));
}

QTEST_MAIN(tst_GuiNgfPreview)
#include "tst_gui_ngfpreview.moc"
