// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/migrationactionhandler.h"
#include "gui/migrationdialog.h"
#include "i18n/languagemanager.h"
#include "migrate/ingressconverter.h"
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
#include <QSpinBox>
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
 * what each line produced (the policy, filter or route) or, when it produced nothing, the Ingress if
 * the design has it, the explanations wrap, the filters and the summary, and the before/after of both
 * engines on a worker thread with the cut-over the user chooses.
 */
class tst_GuiMigration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menuHasTheAction();
    void dialogConvertsTheExample();
    void rowsSelectWhatTheyProduced();
    void rateLimitRowSelectsThePolicy();
    void unconvertedRowsSelectTheirIngress();
    void explanationsWrap();
    void filtersAndSummary();
    void dialogKeepsErrors();
    void unsavedChangesAreAsked();
    void defaultScenarioParses();
    void beforeAndAfter();
    void cutOverIsAControl();

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

void tst_GuiMigration::rowsSelectWhatTheyProduced()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
    MigrationView *view = window.migrationView();
    MigrationReportModel *model = view->reportModel();
    // Each line links to what it produced: the shop's affinity (OSS) to the ip_hash policy of its
    // Service, the api's upstream-hash-by to its Service's policy; the not convertible lines to nothing
    // (their Ingress is not in the converted design).
    QCOMPARE(model->rowCount(), 4);
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto &line = model->line(row);
        const ResourceId id = model->resourceAt(row);
        QCOMPARE(model->index(row, 0).data(MigrationReportModel::ResourceRole).value<ResourceId>(), id);
        if (line.status == Status::NotConvertible) {
            QCOMPARE(id, ResourceId(0));
            continue;
        }
        const Resource *r = window.design()->resource(id);
        QVERIFY2(r, qPrintable(line.annotation));
        QCOMPARE(r->kind, Kind::UpstreamSettingsPolicy);
        QCOMPARE(r->meta.name, line.ingress.section(u'/', 1) + u"-lb"_s);
        QVERIFY(model->index(row, MigrationReportModel::ExplanationColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"Produced: UpstreamSettingsPolicy default/"_s + r->meta.name));
    }
    // Clicking the api row (the last) selects its policy in the tree and the form.
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
    QCOMPARE(window.properties()->currentForm(), window.properties()->form(Kind::UpstreamSettingsPolicy));
    // A not convertible row selects nothing and says why; the selection stays.
    QSignalSpy messages(view, &MigrationView::statusMessage);
    const QModelIndex none = model->index(1, MigrationReportModel::ExplanationColumn);
    QCOMPARE(model->line(1).status, Status::NotConvertible);
    QTest::mouseClick(view->reportTable()->viewport(), Qt::LeftButton, {},
                      view->reportTable()->visualRect(none).center());
    QCOMPARE(window.selection()->resource(), api);
    QCOMPARE(messages.count(), 1);
    QVERIFY(messages.constFirst().constFirst().toString().contains(u"produced no resource"));
    // The policy deleted: the line has nothing left to select.
    window.design()->removeDocument(window.design()->resource(api)->document);
    QCOMPARE(model->resourceAt(apiRow), ResourceId(0));
}

void tst_GuiMigration::rateLimitRowSelectsThePolicy()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(
        migrateViaDialog(window, {QStringLiteral(GW_SOURCE_DIR "/tests/migrate/data/policies/input.yaml")}));
    MigrationView *view = window.migrationView();
    MigrationReportModel *model = view->reportModel();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->line(r).annotation == u"limit-rps")
            row = r;
    }
    QVERIFY(row >= 0);
    const Resource *policy = window.design()->find(Kind::RateLimitPolicy, u"default"_s, u"admin-ratelimit"_s);
    QVERIFY(policy);
    const QModelIndex cell = model->index(row, MigrationReportModel::AnnotationColumn);
    view->reportTable()->scrollTo(cell);
    QTest::mouseClick(view->reportTable()->viewport(), Qt::LeftButton, {},
                      view->reportTable()->visualRect(cell).center());
    QCOMPARE(window.selection()->resource(), policy->id);
    const QModelIndex current = window.resourceTree()->currentIndex();
    QCOMPARE(current.data(ResourceTreeModel::ResourceIdRole).value<ResourceId>(), policy->id);
    QCOMPARE(window.properties()->currentForm(), window.properties()->form(Kind::RateLimitPolicy));
    // The auth line selects the AuthenticationFilter (its first resource), the body size the
    // ClientSettingsPolicy.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString a = model->line(r).annotation;
        const Resource *res = window.design()->resource(model->resourceAt(r));
        if (a == u"auth-type")
            QCOMPARE(res->kind, Kind::AuthenticationFilter);
        else if (a == u"proxy-body-size")
            QCOMPARE(res->kind, Kind::ClientSettingsPolicy);
    }
}

void tst_GuiMigration::unconvertedRowsSelectTheirIngress()
{
    // In a design that has the Ingresses (the report shown over the original), a line that produced
    // nothing selects its Ingress.
    QFile f(example(u"shop-ingress.yaml"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    Design original;
    QVERIFY(original.addFile(f.readAll(), example(u"shop-ingress.yaml"_s)).ok);
    const auto result = migrate::IngressConverter::convert(original, {});
    QVERIFY(result.ok);
    MigrationReportModel model;
    model.setResult(result, u"gateway"_s, &original);
    const Resource *shop = original.find(u"Ingress"_s, u"default"_s, u"shop"_s);
    QVERIFY(shop);
    int unconverted = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.line(row).status != Status::NotConvertible)
            continue;
        ++unconverted;
        QCOMPARE(model.resourceAt(row), shop->id);
    }
    QCOMPARE(unconverted, 2);
}

void tst_GuiMigration::explanationsWrap()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
    MigrationView *view = window.migrationView();
    QTableView *table = view->reportTable();
    QVERIFY(table->wordWrap());
    QCOMPARE(table->textElideMode(), Qt::ElideNone);
    // The affinity explanation is several lines long in a column narrower than it: its row grows to
    // show it whole, the short lines keep one line.
    QTRY_VERIFY(table->isVisible());
    table->resize(700, 400);
    QCoreApplication::processEvents();
    const int column = table->columnWidth(MigrationReportModel::ExplanationColumn);
    const QString longText = view->reportModel()->line(0).message;
    QVERIFY(table->fontMetrics().horizontalAdvance(longText) > 2 * column);
    const int line = table->fontMetrics().height();
    QTRY_VERIFY2(table->rowHeight(0) >= 3 * line,
                 qPrintable(u"%1 px for a %2 px column"_s.arg(table->rowHeight(0)).arg(column)));
    QVERIFY(table->rowHeight(0) > table->rowHeight(1));
    // Wider: fewer lines.
    const int narrow = table->rowHeight(0);
    table->resize(1400, 400);
    QTRY_VERIFY(table->rowHeight(0) < narrow);
    // The tooltip keeps the whole text too.
    QVERIFY(view->reportModel()
                ->index(0, MigrationReportModel::ExplanationColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(longText));
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

void tst_GuiMigration::cutOverIsAControl()
{
    QSettings().remove(u"migration/cutOverSeconds"_s);
    {
        MainWindow window;
        test::FakePrompts prompts;
        window.setPrompts(&prompts);
        QVERIFY(migrateViaDialog(
            window, {example(u"shop-ingress.yaml"_s), example(u"shop-ingress.scenario.yaml"_s)}));
        MigrationView *view = window.migrationView();
        QSpinBox *box = view->cutOverBox();
        // Up to the scenario's duration (3m); automatic by default: half the time before the scale
        // events at 60 s.
        QCOMPARE(box->maximum(), 180);
        QCOMPARE(box->value(), 0);
        QCOMPARE(box->text(), u"automatic (30 s)"_s);
        QSignalSpy finished(view, &MigrationView::comparisonFinished);
        QVERIFY(view->runComparison());
        QVERIFY(finished.wait(120000));
        QCOMPARE(view->comparisonModel()->comparison().cutOverMs(), qint64(30000));
        using Figure = MigrationComparison::Figure;
        const double keptAt30 =
            view->comparisonModel()->comparison().value(u"shop"_s, Figure::CutOver, false);
        // Another cut-over: the finished run's comparison is computed anew, without running again.
        box->setValue(120);
        QVERIFY(!view->isRunning());
        QCOMPARE(view->comparisonModel()->comparison().cutOverMs(), qint64(120000));
        const double keptAt120 =
            view->comparisonModel()->comparison().value(u"shop"_s, Figure::CutOver, false);
        QVERIFY(keptAt120 >= 0.0 && keptAt120 <= 1.0);
        QVERIFY(!std::isnan(keptAt30));
        QCOMPARE(view->cutOverSeconds(), 120);
        QCOMPARE(QSettings().value(u"migration/cutOverSeconds"_s).toInt(), 120);
        // A new run uses it.
        finished.clear();
        QVERIFY(view->runComparison());
        QVERIFY(finished.wait(120000));
        QCOMPARE(view->comparisonModel()->comparison().cutOverMs(), qint64(120000));
        QVERIFY(view->findChild<QLabel *>() != nullptr);
    }
    {
        // Remembered; cut to a shorter scenario's duration (the default scenario: 2m) without
        // forgetting the choice.
        QSettings().setValue(u"migration/cutOverSeconds"_s, 150);
        MainWindow window;
        test::FakePrompts prompts;
        window.setPrompts(&prompts);
        QCOMPARE(window.migrationView()->cutOverSeconds(), 150);
        QVERIFY(migrateViaDialog(window, {example(u"shop-ingress.yaml"_s)}));
        QCOMPARE(window.migrationView()->cutOverBox()->maximum(), 120);
        QCOMPARE(window.migrationView()->cutOverBox()->value(), 120);
        QCOMPARE(window.migrationView()->cutOverSeconds(), 150);
        QCOMPARE(QSettings().value(u"migration/cutOverSeconds"_s).toInt(), 150);
        // Back to automatic.
        window.migrationView()->cutOverBox()->setValue(0);
        QCOMPARE(QSettings().value(u"migration/cutOverSeconds"_s).toInt(), 0);
    }
}

QTEST_MAIN(tst_GuiMigration)
#include "tst_gui_migration.moc"
