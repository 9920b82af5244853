// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/autosaver.h"

#include "core/design.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>
#include <algorithm>

namespace gw {

namespace {

const QString sessionFile = QStringLiteral("session.json");
const QString lockName = QStringLiteral("lock");

} // namespace

QString AutoSaver::rootDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave");
}

AutoSaver::AutoSaver(Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
{
    m_directory = rootDirectory() + u'/' + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(m_directory);
    m_lock = std::make_unique<QLockFile>(m_directory + u'/' + lockName);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0))
        qWarning("gw::AutoSaver: cannot lock %s", qPrintable(m_directory));
    m_dirty = design->isModified();
    connect(design, &Design::changed, this, &AutoSaver::designChanged);
    connect(design, &Design::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discard(); // saved (or undone to the saved state): the copies are no longer needed
    });
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::saveNow);
    setInterval(30);
}

AutoSaver::~AutoSaver()
{
    if (m_abandoned)
        return;
    // A clean end: nothing to recover.
    m_timer.stop();
    m_lock->unlock();
    QDir(m_directory).removeRecursively();
}

void AutoSaver::setInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
}

void AutoSaver::designChanged()
{
    m_dirty = true;
}

bool AutoSaver::saveNow()
{
    if (!m_dirty || !m_design->isModified())
        return true;
    QJsonArray files;
    for (int i = 0; i < m_design->fileCount(); ++i) {
        const QString name = QStringLiteral("file-%1.yaml").arg(i);
        QSaveFile out(m_directory + u'/' + name);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(m_design->fileText(i));
        if (!out.commit())
            return false;
        files.append(QJsonObject {{QStringLiteral("path"), m_design->file(i).path},
                                  {QStringLiteral("autosave"), name}});
    }
    const QJsonObject session {
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("files"), files},
    };
    QSaveFile out(m_directory + u'/' + sessionFile);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(session).toJson());
    if (!out.commit())
        return false;
    m_dirty = false;
    return true;
}

void AutoSaver::discard()
{
    const QDir dir(m_directory);
    for (const QString &f : dir.entryList(QDir::Files)) {
        if (f != lockName)
            QFile::remove(dir.filePath(f));
    }
    m_dirty = m_design->isModified();
}

void AutoSaver::abandon()
{
    m_abandoned = true;
    m_timer.stop();
    m_lock->unlock();
    // unlock() removes the lock file; a crash would leave it, with a dead process id in it.
}

QList<AutoSaver::Recovery> AutoSaver::findRecoverable()
{
    QList<Recovery> list;
    const QDir root(rootDirectory());
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = root.filePath(name);
        QLockFile lock(dir + u'/' + lockName);
        lock.setStaleLockTime(0);
        // Held by a running Gateway Studio: not ours to recover. A crashed one leaves a stale lock.
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile f(dir + u'/' + sessionFile);
        if (!f.open(QIODevice::ReadOnly)) {
            QDir(dir).removeRecursively(); // an empty session
            continue;
        }
        const QJsonObject session = QJsonDocument::fromJson(f.readAll()).object();
        Recovery r;
        r.directory = dir;
        r.savedAt =
            QDateTime::fromString(session.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs)
                .toLocalTime();
        for (const QJsonValue &v : session.value(QStringLiteral("files")).toArray()) {
            const QJsonObject o = v.toObject();
            r.originalPaths << o.value(QStringLiteral("path")).toString();
            r.autosavedFiles << dir + u'/' + o.value(QStringLiteral("autosave")).toString();
        }
        if (!r.autosavedFiles.isEmpty())
            list.append(r);
    }
    std::sort(list.begin(), list.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return list;
}

bool AutoSaver::recover(const Recovery &recovery, Design &design, QString *error)
{
    design.clear();
    for (qsizetype i = 0; i < recovery.autosavedFiles.size(); ++i) {
        QFile f(recovery.autosavedFiles[i]);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error)
                *error = f.errorString();
            return false;
        }
        const Design::LoadResult result = design.addFile(f.readAll(), recovery.originalPaths.value(i));
        if (!result.ok) {
            if (error && !result.diagnostics.empty())
                *error = result.diagnostics.front().toString();
            design.clear();
            return false;
        }
    }
    // The recovered text differs from the files on disk: it needs saving.
    design.undoStack()->resetClean();
    remove(recovery);
    return true;
}

void AutoSaver::remove(const Recovery &recovery)
{
    QDir(recovery.directory).removeRecursively();
}

} // namespace gw
