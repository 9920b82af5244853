// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../views/testutil.h"
#include "core/design.h"
#include "core/designeditor.h"
#include "fakeprompts.h"
#include "gui/documentactionhandler.h"
#include "gui/editactionhandler.h"
#include "gui/mainwindow.h"
#include "gui/settings.h"
#include "gui/viewactionhandler.h"
#include "i18n/languagemanager.h"
#include "views/canvas/topologyview.h"
#include "views/common/designselection.h"
#include "views/forms/fieldbinding.h"
#include "views/forms/propertiesview.h"
#include "views/forms/resourceform.h"
#include "views/preview/yamlview.h"
#include "views/problems/problemsview.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetreeview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
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

/** All actions of the menu bar, submenus included. */
QList<QAction *> menuActions(QMenuBar *bar)
{
    QList<QAction *> list;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *a : actions) {
            if (a->menu())
                walk(a->menu()->actions());
            else if (!a->isSeparator())
                list << a;
        }
    };
    walk(bar->actions());
    return list;
}

} // namespace

class tst_GuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void panelsMenusAndShortcuts();
    void editsAreCommandsWithTextInEditMenu();
    void saveAndSaveAs();
    void unsavedChangesPrompt();
    void reloadWhenChangedOnDisk();
    void keepLocalChangesWhenAsked();
    void importPastedWalkthrough();
    void dropFiles();
    void recentFilesAndWindowState();

private:
    LanguageManager m_languages;
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_GuiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // As the application does: English, with its plural forms ("Import 2 resources").
    m_languages.install(QLocale(QLocale::English));
    QVERIFY(m_dir.isValid());
}

void tst_GuiMainWindow::init()
{
    QSettings().clear();
    m_file = m_dir.filePath(u"cafe.yaml"_s);
    QVERIFY(writeFile(m_file, test::cafeText()));
}

void tst_GuiMainWindow::panelsMenusAndShortcuts()
{
    MainWindow window;
    for (const char *dock : {"resourcesDock", "propertiesDock", "previewDock", "problemsDock"})
        QVERIFY2(window.findChild<QDockWidget *>(QString::fromLatin1(dock)), dock);
    QCOMPARE(window.documents()->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
    QCOMPARE(window.documents()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window.edits()->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
    QCOMPARE(window.edits()->redoAction()->shortcut(), QKeySequence(QKeySequence::Redo));
    QCOMPARE(window.viewActions()->zoomInAction()->shortcut(), QKeySequence(QKeySequence::ZoomIn));
    // Every menu entry has text, and entries of one menu have distinct mnemonics.
    for (QAction *a : menuActions(window.menuBar()))
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
    // The views have accessible names (screen readers, keyboard users).
    for (QWidget *w :
         {static_cast<QWidget *>(window.resourceTree()), static_cast<QWidget *>(window.topology()),
          static_cast<QWidget *>(window.properties()), static_cast<QWidget *>(window.problems())})
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
}

void tst_GuiMainWindow::editsAreCommandsWithTextInEditMenu()
{
    MainWindow window;
    QVERIFY(window.documents()->open({m_file}));
    Design *design = window.design();
    QVERIFY(!design->isModified());
    QVERIFY(!window.edits()->undoAction()->isEnabled());
    window.selection()->select(find(*design, Kind::HTTPRoute, "tea")->id);
    views::ResourceForm *form = window.properties()->currentForm();
    QVERIFY(form);
    QVERIFY(form->binding(yaml::Path::of("metadata.name"))->commit(u"chai"_s));
    QVERIFY(design->isModified());
    QVERIFY(window.isWindowModified());
    QCOMPARE(window.edits()->undoAction()->text(), u"Undo Change name of tea"_s);
    window.edits()->undoAction()->trigger();
    QCOMPARE(design->fileText(0), test::cafeText());
    QVERIFY(!design->isModified());
    QCOMPARE(window.edits()->redoAction()->text(), u"Redo Change name of tea"_s);
    window.edits()->redoAction()->trigger();
    QVERIFY(find(*design, Kind::HTTPRoute, "chai"));

    // Resource actions: duplicate, delete — each one undo step, selected afterwards.
    views::ResourceActions *actions = window.edits()->resourceActions();
    window.selection()->select(find(*design, Kind::Service, "tea")->id);
    actions->duplicateAction()->trigger();
    const Resource *copy = find(*design, Kind::Service, "tea-copy");
    QVERIFY(copy);
    QCOMPARE(window.selection()->resource(), copy->id);
    actions->deleteAction()->trigger();
    QVERIFY(!find(*design, Kind::Service, "tea-copy"));
    QCOMPARE(design->undoStack()->count(), 3);
}

void tst_GuiMainWindow::saveAndSaveAs()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    Design *design = window.design();
    DesignEditor editor(design);
    QVERIFY(editor.setField(find(*design, Kind::Deployment, "tea")->id, yaml::Path::of("spec.replicas"),
                            yaml::Value(3)));
    window.documents()->saveAction()->trigger();
    QVERIFY(prompts.errors.isEmpty());
    QVERIFY(!design->isModified());
    QCOMPARE(readFile(m_file), design->fileText(0));
    QVERIFY(readFile(m_file).contains("replicas: 3"));
    // Only the edited line differs from the original.
    QCOMPARE(readFile(m_file).size(), test::cafeText().size());

    prompts.saveAnswer = m_dir.filePath(u"copy.yaml"_s);
    window.documents()->saveAsAction()->trigger();
    QCOMPARE(design->file(0).path, prompts.saveAnswer);
    QCOMPARE(readFile(prompts.saveAnswer), design->fileText(0));
    QVERIFY(window.windowTitle().startsWith(u"copy.yaml"_s));
    QCOMPARE(Settings().recentFiles().value(0), prompts.saveAnswer);

    // Text that was never saved asks for a name.
    QVERIFY(window.documents()->openExample());
    QVERIFY(window.design()->file(0).path.isEmpty());
    prompts.saveAnswer = m_dir.filePath(u"example.yaml"_s);
    QVERIFY(window.documents()->save());
    QCOMPARE(readFile(prompts.saveAnswer), test::cafeText());
}

void tst_GuiMainWindow::unsavedChangesPrompt()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DesignEditor editor(window.design());
    QVERIFY(editor.renameResource(find(*window.design(), Kind::Service, "tea")->id, u"chai"_s));

    prompts.unsavedAnswer = Prompts::Answer::Cancel;
    QVERIFY(!window.close());
    QCOMPARE(prompts.unsavedAsked, 1);
    QVERIFY(window.isVisible());
    // Opening another design asks too, and Cancel keeps everything.
    QVERIFY(!window.documents()->newDesign());
    QCOMPARE(prompts.unsavedAsked, 2);
    QVERIFY(find(*window.design(), Kind::Service, "chai"));

    // File > Open asks once, before the file dialog.
    prompts.unsavedAnswer = Prompts::Answer::Cancel;
    prompts.openAnswer = QStringList {m_file};
    window.documents()->openAction()->trigger();
    QCOMPARE(prompts.unsavedAsked, 3);
    QVERIFY(find(*window.design(), Kind::Service, "chai"));

    prompts.unsavedAnswer = Prompts::Answer::Save;
    QVERIFY(window.close());
    QVERIFY(readFile(m_file).contains("name: chai"));

    MainWindow second;
    second.setPrompts(&prompts);
    QVERIFY(second.documents()->open({m_file}));
    DesignEditor editor2(second.design());
    QVERIFY(editor2.renameResource(find(*second.design(), Kind::Service, "chai")->id, u"oolong"_s));
    prompts.unsavedAnswer = Prompts::Answer::Discard;
    const int asked = prompts.unsavedAsked;
    second.documents()->openAction()->trigger(); // Discard, then open: one question
    QCOMPARE(prompts.unsavedAsked, asked + 1);
    QVERIFY(!find(*second.design(), Kind::Service, "oolong"));
    QVERIFY(!second.design()->isModified());
    QVERIFY(second.close());
    QCOMPARE(prompts.unsavedAsked, asked + 1);
    QVERIFY(!readFile(m_file).contains("oolong"));
}

void tst_GuiMainWindow::reloadWhenChangedOnDisk()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    window.selection()->select(find(*window.design(), Kind::Service, "latte")->id);
    QSignalSpy replaced(window.documents(), &DocumentActionHandler::designReplaced);
    QByteArray changed = test::cafeText();
    changed.replace("replicas: 2", "replicas: 4");
    QVERIFY(writeFile(m_file, changed));
    // Nothing to lose: reloaded without asking, the selection kept.
    QTRY_COMPARE_WITH_TIMEOUT(replaced.count(), 1, 5000);
    QCOMPARE(prompts.reloadAsked, 0);
    QCOMPARE(window.design()->fileText(0), changed);
    QCOMPARE(window.selection()->resource(), find(*window.design(), Kind::Service, "latte")->id);
    // Our own save does not count as a change from outside.
    DesignEditor editor(window.design());
    QVERIFY(editor.renameResource(find(*window.design(), Kind::Service, "latte")->id, u"mocha"_s));
    QVERIFY(window.documents()->save());
    QTest::qWait(300);
    QCOMPARE(replaced.count(), 1);
    QCOMPARE(prompts.reloadAsked, 0);
}

void tst_GuiMainWindow::keepLocalChangesWhenAsked()
{
    MainWindow window;
    test::FakePrompts prompts;
    prompts.reloadAnswer = false;
    window.setPrompts(&prompts);
    QVERIFY(window.documents()->open({m_file}));
    DesignEditor editor(window.design());
    QVERIFY(editor.renameResource(find(*window.design(), Kind::Service, "tea")->id, u"chai"_s));
    QByteArray changed = test::cafeText();
    changed.replace("replicas: 2", "replicas: 5");
    QVERIFY(writeFile(m_file, changed));
    QTRY_COMPARE_WITH_TIMEOUT(prompts.reloadAsked, 1, 5000);
    QVERIFY(find(*window.design(), Kind::Service, "chai")); // kept
    QVERIFY(window.design()->isModified());
}

void tst_GuiMainWindow::importPastedWalkthrough()
{
    MainWindow window;
    QVERIFY(window.documents()->newDesign());
    // As the walk-through shows it: a shell snippet with a here-document.
    const QString snippet = u"kubectl apply -f - <<EOF\n"
                            "apiVersion: gateway.networking.k8s.io/v1\n"
                            "kind: Gateway\n"
                            "metadata:\n"
                            "  name: gateway\n"
                            "spec:\n"
                            "  gatewayClassName: nginx\n"
                            "  listeners:\n"
                            "  - name: http\n"
                            "    port: 80\n"
                            "    protocol: HTTP\n"
                            "---\n"
                            "apiVersion: v1\n"
                            "kind: Service\n"
                            "metadata:\n"
                            "  name: coffee\n"
                            "spec:\n"
                            "  ports:\n"
                            "  - port: 80\n"
                            "EOF\n"_s;
    QApplication::clipboard()->setText(snippet);
    QVERIFY(window.edits()->paste());
    QVERIFY(find(*window.design(), Kind::Gateway, "gateway"));
    QVERIFY(find(*window.design(), Kind::Service, "coffee"));
    QCOMPARE(window.design()->undoStack()->count(), 1);
    QCOMPARE(window.design()->undoStack()->undoText(), u"Import 2 resources"_s);
    // Something that is not YAML is refused with a message, and nothing changes.
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    QApplication::clipboard()->setText(u"kind: [\n"_s);
    QVERIFY(!window.edits()->paste());
    QCOMPARE(prompts.errors.size(), 1);
    QCOMPARE(window.design()->undoStack()->count(), 1);
}

void tst_GuiMainWindow::dropFiles()
{
    MainWindow window;
    test::FakePrompts prompts;
    window.setPrompts(&prompts);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto dropOn = [&window](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        return drop.isAccepted();
    };
    // Into an empty window the file opens...
    QVERIFY(dropOn(m_file));
    QCOMPARE(window.design()->file(0).path, m_file);
    QVERIFY(!window.design()->isModified());
    // ... into a design it is imported, as one undo step.
    const QString extra = m_dir.filePath(u"extra.yaml"_s);
    QVERIFY(writeFile(extra, "apiVersion: v1\nkind: Service\nmetadata:\n  name: mocha\n"));
    QVERIFY(dropOn(extra));
    QVERIFY(find(*window.design(), Kind::Service, "mocha"));
    QCOMPARE(window.design()->undoStack()->count(), 1);
    QCOMPARE(window.design()->fileCount(), 1);
}

void tst_GuiMainWindow::recentFilesAndWindowState()
{
    // restoreGeometry() fits the window into the screen (the offscreen screen is
    // 800x800 with Qt 6.8), so the size chosen here must fit into it.
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QSize wanted(available.width() * 3 / 4 + 1, available.height() * 2 / 3 + 1);
    {
        MainWindow window;
        test::FakePrompts prompts;
        window.setPrompts(&prompts);
        QVERIFY(window.documents()->open({m_file}));
        window.resize(wanted);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close());
    }
    QCOMPARE(Settings().recentFiles(), QStringList {m_file});
    MainWindow again;
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), wanted);
    // The Open Recent menu lists the file and opens it.
    QMenu *recent = again.documents()->recentMenu();
    Q_EMIT recent->aboutToShow();
    QCOMPARE(recent->actions().value(0)->toolTip(), m_file);
    recent->actions().value(0)->trigger();
    QCOMPARE(again.design()->file(0).path, m_file);
}

QTEST_MAIN(tst_GuiMainWindow)
#include "tst_gui_mainwindow.moc"
