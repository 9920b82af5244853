// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"
#include "fakepreviewprovider.h"
#include "testutil.h"
#include "views/common/designselection.h"
#include "views/preview/previewsession.h"
#include "views/problems/problemsmodel.h"
#include "views/problems/problemsview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;

class tst_Problems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reflectsUnhealthyConditions();
    void activationSelectsResourceAndField();
    void loadDiagnosticsAreListed();
    void emptyListSaysNoProblems();
    void unsavedDesignIsNamedUntitled();
    void notesFindTheirLine();
};

void tst_Problems::reflectsUnhealthyConditions()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    ProblemsModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy counts(&model, &ProblemsModel::countsChanged);

    // Healthy conditions (Accepted on every route) are not problems; tea's sessionPersistence on
    // OSS is a warning.
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.warningCount(), 1);
    QCOMPARE(model.errorCount(), 0);
    const QModelIndex warning = model.index(0, ProblemsModel::MessageColumn);
    QCOMPARE(
        warning.data().toString(),
        u"parent default/gateway: Accepted=True/UnsupportedField: The following unsupported parameters were "
        "ignored"_s);
    QCOMPARE(model.index(0, ProblemsModel::ResourceColumn).data().toString(), u"HTTPRoute default/tea"_s);
    QCOMPARE(model.index(0, ProblemsModel::FieldColumn).data().toString(),
             u"spec.rules[0].sessionPersistence"_s);
    // The location is the field's line in the file.
    QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(), u"cafe.yaml:165:5"_s);
    QCOMPARE(warning.data(ProblemsModel::HealthRole).toInt(), int(Health::Warning));

    // A dangling backendRef: an error, listed first, with NGF's message.
    DesignEditor editor(&design);
    const ResourceId latte = test::find(design, Kind::HTTPRoute, "latte")->id;
    QVERIFY(
        editor.setField(latte, yaml::Path::of("spec.rules[0].backendRefs[0].name"), yaml::Value("mocha")));
    session.regenerate();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.errorCount(), 1);
    QCOMPARE(model.problem(0).health, Health::Error);
    QVERIFY(model.problem(0).message.endsWith(u"spec.rules[0].backendRefs[0].name: Not found: \"mocha\""_s));
    QCOMPARE(model.problem(0).resource, latte);
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(counts.last().at(1).toInt(), 1);

    // Fixed by undo: gone.
    design.undoStack()->undo();
    session.regenerate();
    QCOMPARE(model.errorCount(), 0);
}

void tst_Problems::activationSelectsResourceAndField()
{
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    DesignSelection selection(&design);
    ProblemsView view(&session, &selection);
    view.resize(800, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex first = view.model()->index(0, 0);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(first).center());
    QCOMPARE(selection.resource(), test::find(design, Kind::HTTPRoute, "tea")->id);
    QCOMPARE(selection.field(), yaml::Path::of("spec.rules[0].sessionPersistence"));
}

void tst_Problems::loadDiagnosticsAreListed()
{
    Design design;
    const auto result = design.addFile("apiVersion: v1\nkind: Service\nmetadata: {name: a}\n---\n"
                                       "apiVersion: v1\nkind: Service\nmetadata: {name: a}\n",
                                       u"/tmp/dup.yaml"_s);
    QVERIFY(result.ok);
    QVERIFY(!result.diagnostics.empty());
    PreviewSession session(&design);
    ProblemsModel model(&session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLoadDiagnostics(result.diagnostics);
    QCOMPARE(model.rowCount(), int(result.diagnostics.size()));
    QCOMPARE(model.warningCount(), 1);
    QVERIFY(model.problem(0).message.contains(u"defined more than once"_s));
    QCOMPARE(model.problem(0).resourceName, u"Service default/a"_s);
    QVERIFY(model.problem(0).resource != 0);
    QVERIFY(model.index(0, ProblemsModel::LocationColumn).data().toString().startsWith(u"dup.yaml:"_s));
    // Loading another design forgets them.
    design.clear();
    session.regenerate();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Problems::emptyListSaysNoProblems()
{
    Design design;
    PreviewSession session(&design);
    DesignSelection selection(&design);
    ProblemsView view(&session, &selection);
    view.resize(600, 200);
    QCOMPARE(view.placeholderText(), u"No problems: the design is empty."_s);
    QVERIFY(test::loadCafe(design));
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    // All healthy on NGINX Plus.
    session.setProfile({.plus = true});
    QCOMPARE(view.model()->rowCount(), 0);
    QCOMPARE(view.placeholderText(), u"No problems"_s);
    // It is painted in the middle of the empty list.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QImage image = view.viewport()->grab().toImage();
    const QColor background = image.pixelColor(2, 2);
    bool text = false;
    for (int x = 0; x < image.width() && !text; ++x)
        text = image.pixelColor(x, image.height() / 2) != background;
    QVERIFY(text);
}

void tst_Problems::unsavedDesignIsNamedUntitled()
{
    // Text that was never saved: its locations name it as the window does, not "<input>".
    Design design;
    QVERIFY(design.addFile(test::cafeText(), QString()).ok);
    PreviewSession session(&design);
    session.setProvider(std::make_unique<test::FakePreviewProvider>());
    ProblemsModel model(&session);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(), u"Untitled:165:5"_s);
    Diagnostics load {{Diagnostic::Severity::Warning, {QString(), 3, 1}, {}, {}, u"pasted"_s}};
    model.setLoadDiagnostics(load);
    QCOMPARE(model.index(0, ProblemsModel::LocationColumn).data().toString(), u"Untitled:3:1"_s);
}

void tst_Problems::notesFindTheirLine()
{
    // A note of the model names a resource and a field, not a line: the list finds the line.
    Design design;
    QVERIFY(test::loadCafe(design));
    PreviewSession session(&design);
    ProblemsModel model(&session);
    model.setLoadDiagnostics({{Diagnostic::Severity::Warning,
                               {},
                               u"Gateway default/gateway"_s,
                               u"spec.listeners[0]"_s,
                               u"something is left out"_s}});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.problem(0).resource, test::find(design, Kind::Gateway, "gateway")->id);
    QCOMPARE(model.index(0, ProblemsModel::FieldColumn).data().toString(), u"spec.listeners[0]"_s);
    QVERIFY2(model.index(0, ProblemsModel::LocationColumn).data().toString().startsWith(u"cafe.yaml:"_s),
             qPrintable(model.index(0, ProblemsModel::LocationColumn).data().toString()));
}

QTEST_MAIN(tst_Problems)
#include "tst_problems.moc"
