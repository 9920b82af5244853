// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../views/testutil.h"
#include "core/design.h"
#include "core/designeditor.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/helpactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "gui/shortcutsdialog.h"
#include "gui/textactionhandler.h"
#include "i18n/languagemanager.h"
#include "views/canvas/topologyscene.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/forms/propertiesview.h"
#include "views/preview/codeview.h"
#include "views/preview/findbar.h"
#include "views/preview/previewwidget.h"
#include "views/preview/yamlview.h"
#include "views/problems/problemsview.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetreemodel.h"
#include "views/tree/resourcetreeview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

using test::readFile;
using test::writeFile;

const Resource *find(const Design &d, Kind kind, const char *name)
{
    return d.find(kind, u"default"_s, QString::fromLatin1(name));
}

const QByteArray scenario = "---\napiVersion: gwstudio.dev/v1alpha1\nkind: SimulationScenario\n"
                            "metadata:\n  name: loops\nspec:\n  populations:\n  - name: a\n    clients: 1\n"
                            "    script:\n    - {host: cafe.example.com, path: /coffee}\n";

} // namespace

/**
 * What a new user meets in the first hour, through the main window: File ▸ Export for kubectl and
 * what Save As writes, a broken file that must not cost the open design, the keyboard (Tab order,
 * focus frames, shortcuts), the user guide and the language choice, and labels carried along a
 * rename.
 */
class tst_GuiFirstHour : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportForKubectl();
    void saveAsSaysWhatItWrites();
    void brokenFileKeepsTheDesign();
    void brokenFileRepairedAndSaved();
    void tabOrderAndFocusFrames();
    void findAndChangesFromTheMenus();
    void userGuideAndShortcuts();
    void languageChoice();
    void renameCarriesLabels();

private:
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_GuiFirstHour::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_languages.install(QLocale(QLocale::English));
    QVERIFY(m_dir.isValid());
}

void tst_GuiFirstHour::init()
{
    QSettings().clear();
    m_file = m_dir.filePath(u"cafe.yaml"_s);
    QVERIFY(writeFile(m_file, test::cafeText() + scenario));
}

void tst_GuiFirstHour::exportForKubectl()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    QAction *exportAction = window.documents()->exportAction();
    QVERIFY(window.menuBar()->actions().constFirst()->menu()->actions().contains(exportAction));
    QCOMPARE(exportAction->shortcut(), QKeySequence(u"Ctrl+Shift+E"_s));
    prompts.saveAnswer = m_dir.filePath(u"kubectl.yaml"_s);
    exportAction->trigger();
    QVERIFY(prompts.errors.isEmpty());
    QCOMPARE(prompts.lastSaveCaption, u"Export for kubectl: 11 resources"_s);
    // The manifests as they were read, without the scenario: what `gwstudio export` writes.
    QCOMPARE(readFile(prompts.saveAnswer), test::cafeText());
    QVERIFY(!readFile(prompts.saveAnswer).contains("SimulationScenario"));
    // The design is still the file it was, unmodified.
    QCOMPARE(window.design()->file(0).path, m_file);
    QVERIFY(!window.design()->isModified());
}

void tst_GuiFirstHour::saveAsSaysWhatItWrites()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    QVERIFY(window.documents()->saveAsAction()->shortcuts().contains(QKeySequence(u"Ctrl+Shift+S"_s)));
    prompts.saveAnswer = m_dir.filePath(u"copy.yaml"_s);
    window.documents()->saveAsAction()->trigger();
    QCOMPARE(
        prompts.lastSaveCaption,
        u"Save As: 11 resources and 1 Gateway Studio document (File ▸ Export for kubectl leaves those out)"_s);
    QVERIFY(readFile(prompts.saveAnswer).contains("kind: SimulationScenario"));
    // Only manifests: ready for kubectl.
    QVERIFY(window.documents()->openExample());
    prompts.saveAnswer = m_dir.filePath(u"plain.yaml"_s);
    window.documents()->saveAsAction()->trigger();
    QCOMPARE(prompts.lastSaveCaption, u"Save As: 11 resources, ready for kubectl"_s);
}

void tst_GuiFirstHour::brokenFileKeepsTheDesign()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    DesignEditor editor(window.design());
    QVERIFY(editor.setField(find(*window.design(), Kind::Deployment, "tea")->id,
                            yaml::Path::of("spec.replicas"), yaml::Value(3)));
    const QByteArray designBefore = window.design()->fileText(0);

    // A syntax error in another file: the repair is offered, the user gives up.
    const QString broken = m_dir.filePath(u"broken.yaml"_s);
    QVERIFY(writeFile(broken, "apiVersion: v1\nkind: Service\nmetadata:\n  name: tea\n spec: {}\n"));
    prompts.unsavedAnswer = Prompts::Answer::Discard;
    QVERIFY(!window.documents()->open({broken}));
    QCOMPARE(prompts.repairAsked, 1);
    // The error was shown at its line, in words, and the design is untouched (still modified).
    QVERIFY(!prompts.repairDiagnostics.empty());
    const Diagnostic &d = prompts.repairDiagnostics.front();
    QCOMPARE(d.location.line, 5);
    QVERIFY2(d.message.contains(u"check the indentation of this line"_s), qPrintable(d.message));
    QCOMPARE(window.design()->fileText(0), designBefore);
    QCOMPARE(window.design()->file(0).path, m_file);
    QVERIFY(window.design()->isModified());

    // Repaired in the dialog and opened as an unsaved change of that file.
    prompts.repairAnswer = QByteArray("apiVersion: v1\nkind: Service\nmetadata:\n  name: tea\nspec: {}\n");
    QVERIFY(window.documents()->open({broken}));
    QVERIFY(!hasErrors(prompts.repairCheck));
    QCOMPARE(window.design()->file(0).path, broken);
    QVERIFY(find(*window.design(), Kind::Service, "tea"));
    QVERIFY(window.design()->isModified());
    // The file on disk is as it was until the user saves.
    QVERIFY(readFile(broken).contains(" spec: {}"));
    QVERIFY(window.documents()->save());
    QCOMPARE(readFile(broken), *prompts.repairAnswer);
}

void tst_GuiFirstHour::brokenFileRepairedAndSaved()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    const QString broken = m_dir.filePath(u"broken.yaml"_s);
    QVERIFY(writeFile(broken, "apiVersion: v1\nkind: Service\nmetadata: {name: tea\n"));
    prompts.repairAnswer = QByteArray("apiVersion: v1\nkind: Service\nmetadata: {name: tea}\n");
    prompts.repairSave = true;
    QVERIFY(window.documents()->open({broken}));
    // Save and Open: written first, then opened as any file (nothing unsaved).
    QCOMPARE(readFile(broken), *prompts.repairAnswer);
    QVERIFY(!window.design()->isModified());
    QVERIFY(find(*window.design(), Kind::Service, "tea"));
    // A repair that still does not read is not let through.
    QVERIFY(writeFile(broken, "kind: [\n"));
    prompts.repairAnswer = QByteArray("kind: [\n");
    prompts.repairSave = false;
    QVERIFY(!window.documents()->open({broken}));
    QVERIFY(hasErrors(prompts.repairCheck));
    QVERIFY(find(*window.design(), Kind::Service, "tea"));
}

void tst_GuiFirstHour::tabOrderAndFocusFrames()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.documents()->open({m_file}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selection()->select(find(*window.design(), Kind::HTTPRoute, "tea")->id);
    // Reading order: tree, canvas, the form's fields, the preview, the problems.
    const QList<QWidget *> order = window.tabOrder();
    const auto at = [&](QWidget *w) { return order.indexOf(w); };
    QVERIFY(at(window.resourceTree()) >= 0);
    QCOMPARE(at(window.topology()), at(window.resourceTree()) + 1);
    QWidget *firstField = nullptr;
    for (QWidget *w : order) {
        if (window.properties()->isAncestorOf(w)) {
            firstField = w;
            break;
        }
    }
    QVERIFY(firstField);
    QVERIFY(at(firstField) > at(window.topology()));
    QVERIFY(at(window.previewWidget()->codeView()) > at(firstField));
    QVERIFY(at(window.problems()) > at(window.previewWidget()->codeView()));

    // Tab from the tree lands on the canvas, and Tab from the canvas in the form.
    window.resourceTree()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return window.resourceTree()->hasFocus(); }));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), window.topology());
    // The canvas shows that it has the focus.
    auto *frame = window.topology()->findChild<QWidget *>(u"focusFrame"_s);
    QVERIFY(frame);
    QVERIFY(frame->isVisible());
    QTest::keyClick(window.topology(), Qt::Key_Tab);
    QVERIFY(window.properties()->isAncestorOf(QApplication::focusWidget()));
    QVERIFY(!frame->isVisible());

    // Return on a canvas node goes on to its form.
    window.topology()->setFocus();
    QTest::keyClick(window.topology(), Qt::Key_Return);
    QVERIFY(window.properties()->isAncestorOf(QApplication::focusWidget()));
}

void tst_GuiFirstHour::findAndChangesFromTheMenus()
{
    MainWindow window;
    window.resize(1366, 768);
    QVERIFY(window.documents()->open({m_file}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TextActionHandler *text = window.textActions();
    QCOMPARE(text->findAction()->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(text->nextChangeAction()->shortcut(), QKeySequence(Qt::Key_F8));
    QCOMPARE(text->previousChangeAction()->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F8));
    // Without a preview engine the preview is empty: Find still opens the bar; no change to go to.
    window.previewTabs()->setCurrentWidget(window.previewWidget());
    text->findAction()->trigger();
    QVERIFY(window.previewWidget()->findBar()->isVisible());
    QVERIFY(window.previewWidget()->findBar()->lineEdit()->hasFocus());
    QCOMPARE(text->nextChange(), -1);
    // In the YAML tab, Find searches the YAML.
    window.selection()->select(find(*window.design(), Kind::HTTPRoute, "tea")->id);
    window.previewTabs()->setCurrentWidget(window.yamlView());
    window.yamlView()->codeView()->setFocus();
    text->findAction()->trigger();
    views::FindBar *bar = window.yamlView()->findBar();
    QVERIFY(bar->isVisible());
    QTest::keyClicks(bar->lineEdit(), u"cafe"_s);
    QCOMPARE(window.yamlView()->codeView()->matchCount(), 1);
    QVERIFY(window.yamlView()->codeView()->textCursor().selectedText() == u"cafe"_s);
    // The simulation hides the preview: the actions rest there.
    window.setMode(MainWindow::Mode::Simulation);
    QVERIFY(!text->findAction()->isEnabled());
    window.setMode(MainWindow::Mode::Design);
    QVERIFY(text->findAction()->isEnabled());
}

void tst_GuiFirstHour::userGuideAndShortcuts()
{
    MainWindow window;
    HelpActionHandler *help = window.helpActions();
    QCOMPARE(help->userGuideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    // The guide ships inside the program and opens from Help.
    QVERIFY(QFile::exists(HelpActionHandler::userGuidePath()));
    QTextBrowser *browser = help->showUserGuide();
    QVERIFY(browser);
    QVERIFY2(browser->toPlainText().contains(u"A design from an empty window"_s),
             qPrintable(browser->toPlainText().left(200)));
    QVERIFY(browser->window()->isVisible());
    browser->window()->close();

    // Keyboard Shortcuts lists the menus' commands with their keys, and the views' own keys.
    ShortcutsDialog dialog(window.menuBar());
    const auto items = dialog.tree()->findItems(u"Save As…"_s, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QVERIFY(
        items.front()->text(1).contains(QKeySequence(u"Ctrl+Shift+S"_s).toString(QKeySequence::NativeText)));
    QCOMPARE(dialog.tree()->findItems(u"Next Change"_s, Qt::MatchExactly | Qt::MatchRecursive).size(), 1);
    QVERIFY(!dialog.tree()->findItems(u"Canvas"_s, Qt::MatchExactly).isEmpty());
    // The filter keeps what matches.
    dialog.filter()->setText(u"F8"_s);
    int shown = 0;
    for (QTreeWidgetItemIterator it(dialog.tree(),
                                    QTreeWidgetItemIterator::NotHidden | QTreeWidgetItemIterator::NoChildren);
         *it; ++it)
        ++shown;
    QCOMPARE(shown, 2); // Next Change, Previous Change
}

void tst_GuiFirstHour::languageChoice()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QMenu *languages = window.helpActions()->languageMenu();
    QStringList entries;
    for (QAction *a : languages->actions()) {
        if (!a->isSeparator())
            entries << a->text();
    }
    QVERIFY2(entries.contains(u"Deutsch"_s) && entries.contains(u"English"_s),
             qPrintable(entries.join(u',')));
    // Chosen: kept in the settings, applied at the next start (and offered at once).
    window.helpActions()->setLanguage(u"de"_s);
    QCOMPARE(Settings().language(), u"de"_s);
    QCOMPARE(prompts.restartLanguage, u"Deutsch"_s);
    QCOMPARE(LanguageManager::preferredLocale(Settings().language()).language(), QLocale::German);
    window.helpActions()->setLanguage(QString());
    QVERIFY(Settings().language().isEmpty());
}

void tst_GuiFirstHour::renameCarriesLabels()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    Design *design = window.design();
    views::ResourceTreeModel *model = window.resourceTree()->resourceModel();
    const QModelIndex coffee = model->indexOf(find(*design, Kind::Deployment, "coffee")->id);
    QVERIFY(coffee.isValid());
    const int steps = design->undoStack()->count();
    QVERIFY(model->setData(coffee, u"mocha"_s, Qt::EditRole));
    QCOMPARE(prompts.carryAsked, u"app=coffee in Deployment default/mocha, Service default/coffee"_s);
    // The Deployment's selector and Pod labels and the Service's selector all say mocha now.
    const auto *d = find(*design, Kind::Deployment, "mocha")->as<Deployment>();
    QCOMPARE(d->templateLabels.value(u"app"_s), u"mocha"_s);
    QCOMPARE(d->selector.matchLabels.value(u"app"_s), u"mocha"_s);
    QCOMPARE(find(*design, Kind::Service, "coffee")->as<Service>()->selector.value(u"app"_s), u"mocha"_s);
    // Two steps: the rename, and the labels.
    QCOMPARE(design->undoStack()->count(), steps + 2);
    QCOMPARE(design->undoStack()->undoText(), u"Carry the label coffee along to mocha"_s);
    design->undoStack()->undo();
    QCOMPARE(find(*design, Kind::Service, "coffee")->as<Service>()->selector.value(u"app"_s), u"coffee"_s);

    // Declined: only the rename.
    prompts.carryAnswer = false;
    const QModelIndex tea = model->indexOf(find(*design, Kind::Service, "tea")->id);
    QVERIFY(model->setData(tea, u"chai"_s, Qt::EditRole));
    QCOMPARE(find(*design, Kind::Service, "chai")->as<Service>()->selector.value(u"app"_s), u"tea"_s);
}

QTEST_MAIN(tst_GuiFirstHour)
#include "tst_gui_firsthour.moc"
