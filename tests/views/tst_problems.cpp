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

QTEST_MAIN(tst_Problems)
#include "tst_problems.moc"
