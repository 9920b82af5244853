// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../views/testutil.h"
#include "core/design.h"
#include "core/designeditor.h"
#include "gui/autosaver.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <cstdlib>

using namespace gw;
using namespace Qt::StringLiterals;

namespace {

/** Loads \a path and renames the tea Service to chai: a design with unsaved changes. */
void editedDesign(Design &design, const QString &path)
{
    if (!design.openFile(path).ok)
        qFatal("cannot open %s", qPrintable(path));
    DesignEditor editor(&design);
    editor.renameResource(design.find(Kind::Service, u"default"_s, u"tea"_s)->id, u"chai"_s);
}

/**
 * The child process of recoverAfterRealCrash(): autosaves an edited design and dies without
 * cleaning up, as a crash would (its lock file stays, naming a process that no longer runs).
 */
[[noreturn]] void crashChild(const QString &path)
{
    QStandardPaths::setTestModeEnabled(true);
    Design design;
    editedDesign(design, path);
    AutoSaver saver(&design);
    if (!saver.saveNow())
        std::_Exit(3);
    std::abort();
}

} // namespace

class tst_GuiAutoSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void writesCopiesOfModifiedFiles();
    void cleanEndLeavesNothing();
    void savingDiscardsCopies();
    void runningSessionIsNotOffered();
    void recoverAfterCrash();
    void recoverAfterRealCrash();

private:
    QTemporaryDir m_dir;
    QString m_file;
};

void tst_GuiAutoSave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_GuiAutoSave::init()
{
    QDir(AutoSaver::rootDirectory()).removeRecursively();
    m_file = m_dir.filePath(u"cafe.yaml"_s);
    QFile::remove(m_file);
    QVERIFY(QFile::copy(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"), m_file));
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
}

void tst_GuiAutoSave::writesCopiesOfModifiedFiles()
{
    Design design;
    QVERIFY(design.openFile(m_file).ok);
    AutoSaver saver(&design);
    QVERIFY(saver.directory().startsWith(AutoSaver::rootDirectory()));
    QVERIFY(saver.saveNow());
    QVERIFY(!QFile::exists(saver.directory() + u"/session.json"_s)); // nothing modified: nothing written
    DesignEditor editor(&design);
    QVERIFY(editor.renameResource(design.find(Kind::Service, u"default"_s, u"tea"_s)->id, u"chai"_s));
    QVERIFY(saver.saveNow());
    QVERIFY(QFile::exists(saver.directory() + u"/session.json"_s));
    QFile copy(saver.directory() + u"/file-0.yaml"_s);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), design.fileText(0));
    QFile original(m_file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), test::cafeText()); // the user's file is untouched
}

void tst_GuiAutoSave::cleanEndLeavesNothing()
{
    QString dir;
    {
        Design design;
        editedDesign(design, m_file);
        AutoSaver saver(&design);
        QVERIFY(saver.saveNow());
        dir = saver.directory();
        QVERIFY(QDir(dir).exists());
    }
    QVERIFY(!QDir(dir).exists());
    QVERIFY(AutoSaver::findRecoverable().isEmpty());
}

void tst_GuiAutoSave::savingDiscardsCopies()
{
    Design design;
    editedDesign(design, m_file);
    AutoSaver saver(&design);
    QVERIFY(saver.saveNow());
    QVERIFY(QFile::exists(saver.directory() + u"/file-0.yaml"_s));
    QVERIFY(design.save());
    QVERIFY(!QFile::exists(saver.directory() + u"/file-0.yaml"_s));
    QVERIFY(!QFile::exists(saver.directory() + u"/session.json"_s));
}

void tst_GuiAutoSave::runningSessionIsNotOffered()
{
    Design design;
    editedDesign(design, m_file);
    AutoSaver saver(&design);
    QVERIFY(saver.saveNow());
    // Another Gateway Studio that is still running holds its lock: not ours to take.
    QVERIFY(AutoSaver::findRecoverable().isEmpty());
}

void tst_GuiAutoSave::recoverAfterCrash()
{
    QByteArray edited;
    {
        Design design;
        editedDesign(design, m_file);
        edited = design.fileText(0);
        auto *saver = new AutoSaver(&design);
        QVERIFY(saver->saveNow());
        saver->abandon();
        delete saver;
    }
    const QList<AutoSaver::Recovery> sessions = AutoSaver::findRecoverable();
    QCOMPARE(sessions.size(), 1);
    QCOMPARE(sessions.first().originalPaths, QStringList {m_file});
    QVERIFY(sessions.first().savedAt.secsTo(QDateTime::currentDateTime()) < 60);

    Design design;
    QString error;
    QVERIFY2(AutoSaver::recover(sessions.first(), design, &error), qPrintable(error));
    QCOMPARE(design.fileText(0), edited);
    QCOMPARE(design.file(0).path, m_file);
    QVERIFY(design.isModified()); // differs from the file: needs saving
    {
        // File > New after a recovery gives an unmodified design.
        Design other;
        QVERIFY(other.addFile(edited, m_file).ok);
        other.undoStack()->resetClean();
        QVERIFY(other.isModified());
        other.clear();
        QVERIFY(!other.isModified());
    }
    QVERIFY(!QDir(sessions.first().directory).exists());
    QVERIFY(AutoSaver::findRecoverable().isEmpty());
    QVERIFY(design.save());
    QFile f(m_file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), edited);
}

void tst_GuiAutoSave::recoverAfterRealCrash()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"--crash-child"_s, m_file});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // The dead process's lock is stale; its session is offered.
    const QList<AutoSaver::Recovery> sessions = AutoSaver::findRecoverable();
    QCOMPARE(sessions.size(), 1);
    Design design;
    QVERIFY(AutoSaver::recover(sessions.first(), design));
    QVERIFY(design.find(Kind::Service, u"default"_s, u"chai"_s));
    QVERIFY(!design.find(Kind::Service, u"default"_s, u"tea"_s));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-child") == 0) {
        QCoreApplication app(argc, argv);
        crashChild(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    tst_GuiAutoSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_autosave.moc"
