// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QObject>
#include <QTimer>
#include <memory>

namespace gw {

class Design;

/**
 * Autosave and crash recovery. While a design has unsaved changes, its files are written every
 * few seconds to a session folder under QStandardPaths::AppDataLocation ("autosave/<id>"), with a
 * session.json that names the original files, and a lock file held as long as the application
 * runs. Saving or closing cleanly removes the copies. At the next start, sessions whose lock is
 * no longer held (the process crashed) are offered for recovery.
 */
class AutoSaver : public QObject
{
    Q_OBJECT

public:
    /** A session left behind by a process that ended without cleaning up. */
    struct Recovery
    {
        QString directory;
        QDateTime savedAt;
        QStringList originalPaths; ///< one per file; empty for text that was never saved
        QStringList autosavedFiles; ///< the copies, in the same order
    };

    explicit AutoSaver(Design *design, QObject *parent = nullptr);
    ~AutoSaver() override;

    /** Seconds between autosaves (0 disables). */
    void setInterval(int seconds);
    /** Writes the copies now if the design has changes that are not autosaved yet. */
    bool saveNow();
    /** The session folder of this process. */
    QString directory() const { return m_directory; }
    /** Removes the copies (after a save, or when the design is closed). */
    void discard();

    /** Leaves the copies and the folder behind as a crash would (for tests). */
    void abandon();

    /** Sessions of earlier processes that crashed, newest first. */
    static QList<Recovery> findRecoverable();
    /** Loads a session into \a design (marked modified); on success the session is removed. */
    static bool recover(const Recovery &recovery, Design &design, QString *error = nullptr);
    static void remove(const Recovery &recovery);
    /** The folder that holds the sessions. */
    static QString rootDirectory();

private:
    void designChanged();

    Design *m_design;
    QTimer m_timer;
    QString m_directory;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false;
    bool m_abandoned = false;
};

} // namespace gw
