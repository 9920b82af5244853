// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/migrationactionhandler.h"
#include "gui/migrationdialog.h"
#include "i18n/languagemanager.h"
#include "sim/scenarioparser.h"
#include "views/common/designselection.h"
#include "views/forms/propertiesview.h"
#include "views/migrate/migrationcomparisonmodel.h"
#include "views/migrate/migrationreportmodel.h"
#include "views/migrate/migrationview.h"
#include "views/tree/resourcetreemodel.h"
#include "views/tree/resourcetreeview.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace gw;
using namespace gw::views;
using namespace Qt::StringLiterals;
using Status = migrate::MigrationReport::Status;

namespace {

QString example(const QString &name)
{
    return QStringLiteral(GW_SOURCE_DIR "/resources/examples/") + name;
}

QList<QAction *> allActions(QMenu *menu)
{
    QList<QAction *> list;
    for (QAction *a : menu->actions()) {
        list << a;
        if (a->menu())
            list << allActions(a->menu());
    }
    return list;
}

} // namespace

/**
 * File ▸ Import ▸ Migrate from ingress-nginx (docs/migration.md "In the editor"): the dialog converts
 * the bundled shop-ingress example into a new, unsaved design, the Migration panel's rows link to
 * the routes made from each Ingress, the filters and the summary, and the before/after of both
 * engines on a worker thread.
 */
class tst_GuiMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuHasTheAction();
    void dialogConvertsTheExample();
    void rowsLinkToTheirRoutes();
    void filtersAndSummary();
    void dialogKeepsErrors();
    void unsavedChangesAreAsked();
    void defaultScenarioParses();
    void beforeAndAfter();

private:
    /** Runs the dialog path on \a files (and \a configMap) in \a window; true when it converted. */
    static bool migrateViaDialog(MainWindow &window, const QStringList &files, const QString &configMap = {},
                                 bool plus = false, bool experimental = false);
    LanguageManager m_languages;
};

void tst_GuiMigration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages.install(QLocale(QLocale::English));
}

bool tst_GuiMigration::migrateViaDialog(MainWindow &window, const QStringList &files,
                                        const QString &configMap, bool plus, bool experimental)
{
    MigrationDialog *dialog = window.migrationActions()->createDialog();
    dialog->setFiles(files);
    dialog->setConfigMap(configMap);
    dialog->plusBox()->setChecked(plus);
    dialog->experimentalBox()->setChecked(experimental);
    dialog->show();
    if (!dialog->convertButton()->isEnabled())
        return false;
    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->convertButton(), Qt::LeftButton);
    if (accepted.count() != 1) {
        qWarning("dialog stayed open: %s", qPrintable(dialog->messageLabel()->text()));
        dialog->close();
        return false;
    }
    return true;
}

void tst_GuiMigration::menuHasTheAction()
{
    MainWindow window;
    QMenu *file = window.menuBar()->actions().constFirst()->menu();
    QVERIFY(allActions(file).contains(window.migrationActions()->migrateAction()));
    // In the Import submenu, with the other imports.
    QAction *import = nullptr;
    for (QAction *a : file->actions()) {
        if (a->menu() && a->menu()->actions().contains(window.migrationActions()->migrateAction()))
            import = a;
    }
    QVERIFY(import);
    QVERIFY(import->menu()->actions().contains(window.documents()->importFileAction()));
    QCOMPARE(window.migrationActions()->migrateAction()->text(), u"&Migrate from ingress-nginx…"_s);
    // The panel is there once something was migrated.
    QVERIFY(!window.migrationDock()->isVisibleTo(&window));
}

void tst_GuiMigration::dialogConvertsTheExample()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
    Design *design = window.design();
    // One Gateway, a route per Ingress and host, the policies; the Ingresses are gone.
    QVERIFY(design->find(Kind::Gateway, u"default"_s, u"gateway"_s));
    QCOMPARE(design->resources(Kind::HTTPRoute).size(), size_t(2));
    QCOMPARE(design->resources(Kind::UpstreamSettingsPolicy).size(), size_t(2));
    QVERIFY(design->resources(Kind::Service).size() == 2);
    for (const Resource *r : design->resources())
        QVERIFY2(r->kindName != u"Ingress", qPrintable(r->meta.name));
    // New and unsaved: no file path, modified; the next edit is undoable as usual.
    QCOMPARE(design->fileCount(), 1);
    QVERIFY(design->file(0).path.isEmpty());
    QVERIFY(design->isModified());
    QCOMPARE(design->undoStack()->count(), 0);
    // The panel shows the report: the CLI's four lines (2 with a difference, 2 not convertible).
    QVERIFY(window.migrationDock()->isVisible());
    MigrationReportModel *model = window.migrationView()->reportModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), int(MigrationReportModel::ColumnCount));
    QCOMPARE(model->index(0, MigrationReportModel::IngressColumn).data().toString(), u"default/shop"_s);
    QCOMPARE(model->index(0, MigrationReportModel::AnnotationColumn).data().toString(), u"affinity"_s);
    QCOMPARE(model->index(0, MigrationReportModel::VerdictColumn).data().toString(),
             u"converted with a difference"_s);
    QVERIFY(model->index(0, MigrationReportModel::ExplanationColumn).data().toString().contains(u"ip_hash"));
    QCOMPARE(window.migrationView()->summaryLabel()->text(),
             u"0 items converted, 2 with a difference, 2 not convertible"_s);
}

void tst_GuiMigration::rowsLinkToTheirRoutes()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
    MigrationView *view = window.migrationView();
    MigrationReportModel *model = view->reportModel();
    const auto &routes = view->session().result.routesOfIngress;
    QVERIFY(routes.contains(u"default/shop"_s));
    QVERIFY(routes.contains(u"default/api"_s));
    for (int row = 0; row < model->rowCount(); ++row) {
        const ResourceId id = model->resourceAt(row);
        const Resource *r = window.design()->resource(id);
        QVERIFY(r);
        QCOMPARE(r->kind, Kind::HTTPRoute);
        QVERIFY2(routes.value(model->line(row).ingress).contains(r->meta.name), qPrintable(r->meta.name));
        QCOMPARE(model->index(row, 0).data(MigrationReportModel::ResourceRole).value<ResourceId>(), id);
    }
    // Activating the api row (the last) selects its route in the tree and the form.
    const int apiRow = model->rowCount() - 1;
    QCOMPARE(model->line(apiRow).ingress, u"default/api"_s);
    const QModelIndex cell = model->index(apiRow, MigrationReportModel::ExplanationColumn);
    view->reportTable()->scrollTo(cell);
    QTest::mouseClick(view->reportTable()->viewport(), Qt::LeftButton, {},
                      view->reportTable()->visualRect(cell).center());
    const ResourceId api = model->resourceAt(apiRow);
    QCOMPARE(window.selection()->resource(), api);
    QCOMPARE(
        window.resourceTree()->currentIndex().data(ResourceTreeModel::ResourceIdRole).value<ResourceId>(),
        api);
    QVERIFY(window.properties()->currentForm());
    QCOMPARE(window.properties()->currentForm(), window.properties()->form(Kind::HTTPRoute));
    // A row whose route was deleted links to the Gateway instead... after an undoable edit.
    const Resource *route = window.design()->resource(api);
    window.design()->removeDocument(route->document);
    const ResourceId fallback = model->resourceAt(apiRow);
    QVERIFY(fallback);
    QCOMPARE(window.design()->resource(fallback)->kind, Kind::Gateway);
}

void tst_GuiMigration::filtersAndSummary()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
    MigrationView *view = window.migrationView();
    MigrationReportModel *model = view->reportModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    view->filterBox(int(Status::NotConvertible))->setChecked(false);
    QCOMPARE(model->rowCount(), 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(MigrationReportModel::StatusRole).toInt(),
                 int(Status::Difference));
    view->filterBox(int(Status::Difference))->setChecked(false);
    QCOMPARE(model->rowCount(), 0);
    view->filterBox(int(Status::NotConvertible))->setChecked(true);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->line(0).annotation, u"session-cookie-name"_s);
    // The summary counts every line, shown or not.
    QCOMPARE(view->summaryLabel()->text(), u"0 items converted, 2 with a difference, 2 not convertible"_s);
    QCOMPARE(model->totalCount(), 4);
}

void tst_GuiMigration::dialogKeepsErrors()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    MigrationDialog *dialog = window.migrationActions()->createDialog();
    // Nothing to convert yet; an invalid Gateway name.
    QVERIFY(!dialog->convertButton()->isEnabled());
    dialog->setFiles({example(u"cafe.yaml"_s)});
    QVERIFY(dialog->convertButton()->isEnabled());
    dialog->gatewayNameEdit()->setText(u"Not_A_Name"_s);
    QVERIFY(!dialog->convertButton()->isEnabled());
    QVERIFY(dialog->messageLabel()->text().contains(u"Not_A_Name"));
    dialog->gatewayNameEdit()->setText(u"edge"_s);
    QCOMPARE(dialog->request().options.gatewayName, u"edge"_s);
    // A file without an Ingress: the dialog stays open with the converter's reason.
    QSignalSpy accepted(dialog, &QDialog::accepted);
    dialog->accept();
    QCOMPARE(accepted.count(), 0);
    QVERIFY2(dialog->messageLabel()->text().contains(u"no Ingress"),
             qPrintable(dialog->messageLabel()->text()));
    QVERIFY(window.design()->resources().empty());
    // Add… takes the chosen files.
    prompts.openAnswer = {example(u"shop-ingress.yaml"_s)};
    dialog->fileList()->clear();
    QMetaObject::invokeMethod(dialog, [dialog] {
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->text() == u"&Add…")
                b->click();
        }
    });
    QCOMPARE(dialog->request().files, QStringList {example(u"shop-ingress.yaml"_s)});
    dialog->accept();
    QCOMPARE(accepted.count(), 1);
    QVERIFY(window.design()->find(Kind::Gateway, u"default"_s, u"edge"_s));
}

void tst_GuiMigration::unsavedChangesAreAsked()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->openExample());
    QVERIFY(window.design()->find(Kind::Gateway, u"default"_s, u"gateway"_s));
    QVERIFY(window.documents()->importText("apiVersion: v1\nkind: Service\nmetadata:\n  name: extra\n"));
    QVERIFY(window.design()->isModified());
    prompts.unsavedAnswer = test::FakePrompts::Answer::Cancel;
    MigrationRequest request;
    request.files = {example(u"shop-ingress.yaml"_s)};
    QVERIFY(!window.migrationActions()->migrate(request).isEmpty());
    QCOMPARE(prompts.unsavedAsked, 1);
    QVERIFY(window.design()->find(Kind::Gateway, u"default"_s, u"gateway"_s));
    QVERIFY(!window.migrationView()->hasSession());
    prompts.unsavedAnswer = test::FakePrompts::Answer::Discard;
    QCOMPARE(window.migrationActions()->migrate(request), QString());
    QCOMPARE(window.design()->resources(Kind::HTTPRoute).size(), size_t(2));
    QVERIFY(window.migrationView()->hasSession());
    QCOMPARE(window.migrationView()->reportModel()->rowCount(), 4);
    // Another design: the report no longer applies.
    prompts.unsavedAnswer = test::FakePrompts::Answer::Discard;
    QVERIFY(window.documents()->openExample());
    QVERIFY(!window.migrationView()->hasSession());
    QCOMPARE(window.migrationView()->reportModel()->rowCount(), 0);
    QVERIFY(!window.migrationView()->runButton()->isEnabled());
}

void tst_GuiMigration::defaultScenarioParses()
{
    QFile f(example(u"shop-ingress.yaml"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = MigrationView::defaultScenario(f.readAll());
    Diagnostics diagnostics;
    const auto scenario = sim::ScenarioParser::parse(text, u"default"_s, diagnostics);
    QVERIFY2(scenario, diagnostics.empty() ? text.constData() : qPrintable(diagnostics.front().toString()));
    QCOMPARE(scenario->populations.size(), size_t(1));
    // Both Ingresses' paths, and both Deployments scaled.
    QVERIFY(text.contains("{host: \"shop.example.com\", path: \"/\""));
    QVERIFY(text.contains("path: \"/api\""));
    QVERIFY(text.contains("deployment: shop, replicas: 5"));
    QVERIFY(text.contains("deployment: api, replicas: 5"));
}

void tst_GuiMigration::beforeAndAfter()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    // The example's scenario comes along with the Ingresses, and stays in the converted design.
    QVERIFY(migrateViaDialog(window,
                             {example(u"shop-ingress.yaml"_s), example(u"shop-ingress.scenario.yaml"_s)}));
    MigrationView *view = window.migrationView();
    QVERIFY(!view->session().scenario.isEmpty());
    QVERIFY(window.design()->currentScenario() != 0);
    QAbstractItemModelTester tester(view->comparisonModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy finished(view, &MigrationView::comparisonFinished);
    QVERIFY(view->runComparison());
    QVERIFY(view->isRunning());
    QVERIFY(!view->runButton()->isEnabled());
    QVERIFY(!view->runComparison()); // one at a time
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true);
    QVERIFY(!view->isRunning());
    const MigrationComparison &c = view->comparisonModel()->comparison();
    QCOMPARE(c.deployments(), (QStringList {u"api"_s, u"shop"_s}));
    using Figure = MigrationComparison::Figure;
    for (const QString &d : c.deployments()) {
        for (bool before : {true, false}) {
            const double pods = c.value(d, Figure::PodsPerClient, before);
            QVERIFY2(pods >= 1.0 && pods <= 5.0, qPrintable(d));
            const double sticky = c.value(d, Figure::Stickiness, before);
            QVERIFY2(sticky > 0.5 && sticky <= 1.0, qPrintable(d));
        }
        const double cut = c.value(d, Figure::CutOver, false);
        QVERIFY2(cut >= 0.0 && cut <= 1.0, qPrintable(d));
        QVERIFY(std::isnan(c.value(d, Figure::CutOver, true)));
    }
    // ingress-nginx's cookie affinity keeps each browser on its Pod until the scale-up; NGF OSS's ip_hash
    // (the converted difference) keeps each address, so the shop's browsers move at the cut-over: the
    // report's "every session moves once at cut-over".
    QVERIFY(c.value(u"shop"_s, Figure::Stickiness, true) > 0.95);
    QVERIFY(c.value(u"shop"_s, Figure::CutOver, false) < 0.8);
    // One row per Deployment for the scale event at 60 s.
    int events = 0;
    for (const auto &row : c.rows()) {
        if (row.figure == Figure::EventMoved) {
            ++events;
            QVERIFY(row.event.startsWith(u"60 s"));
            QVERIFY(row.before >= 0.0 && row.before <= 1.0);
            QVERIFY(row.after >= 0.0 && row.after <= 1.0);
        }
    }
    QCOMPARE(events, 2);
    QVERIFY(view->comparisonModel()->rowCount() > 8);
    QCOMPARE(view->comparisonModel()
                 ->headerData(MigrationComparisonModel::BeforeColumn, Qt::Horizontal)
                 .toString(),
             u"ingress-nginx"_s);
    QVERIFY(view->runButton()->isEnabled());
}

QTEST_MAIN(tst_GuiMigration)
#include "tst_gui_migration.moc"
