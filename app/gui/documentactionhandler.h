// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QFileSystemWatcher>
#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace gw {

class AutoSaver;
class Design;
class Prompts;
class Settings;

namespace views {
class DesignSelection;
}

/**
 * The File menu: new, open (and recent files, and the bundled example), import of files and of
 * pasted text, save (atomic, through Design::save), save as, export for kubectl, reload, and the
 * questions around them (unsaved changes, a file changed on disk, a file that does not read, which
 * is offered for repair while the open design stays). Watches the design's files with
 * QFileSystemWatcher: a file changed by another program is reloaded at once when there is nothing
 * to lose, and after asking otherwise.
 */
class DocumentActionHandler : public QObject
{
    Q_OBJECT

public:
    DocumentActionHandler(views::DesignSelection *selection, Settings *settings, Prompts *prompts,
                          QWidget *window);
    ~DocumentActionHandler() override;

    QAction *newAction() const { return m_new; }
    QAction *openAction() const { return m_open; }
    QAction *openExampleAction() const { return m_openExample; }
    /** Opens the bundled TLS and L4 example (resources/examples/tls-l4.yaml). */
    QAction *openTlsExampleAction() const { return m_openTlsExample; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *importFileAction() const { return m_importFile; }
    QAction *importTextAction() const { return m_importText; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *exportAction() const { return m_export; }
    QAction *reloadAction() const { return m_reload; }
    QAction *quitAction() const { return m_quit; }

    void setPrompts(Prompts *prompts) { m_prompts = prompts; }

    /** Replaces the design with \a paths (asking first if there are unsaved changes). */
    bool open(const QStringList &paths);
    /** Opens the bundled cafe example (as unsaved text). */
    bool openExample();
    /**
     * Opens bundled examples (resources/examples: "cafe.yaml", "cafe-walkthrough.scenario.yaml")
     * together as one unsaved file, after asking about unsaved changes.
     */
    bool openExamples(const QStringList &names);
    /**
     * Replaces the design with \a text as one new file that was never saved, with unsaved changes
     * (after asking about the current design's): a conversion's result (Migrate from ingress-nginx).
     * \a diagnostics go to the problems list with the file's own.
     */
    bool openUnsaved(const QByteArray &text, const Diagnostics &diagnostics = {});
    /** Starts an empty design. */
    bool newDesign();
    /** Adds the manifests of \a paths to the current file, as one undo step. */
    bool importFiles(const QStringList &paths);
    /** Adds pasted manifests (or a `kubectl apply -f - <<EOF` snippet), as one undo step. */
    bool importText(const QByteArray &text);
    bool save();
    /** Saves the current file under \a path (asks for one when empty). */
    bool saveAs(const QString &path = {});
    /**
     * Writes the kubectl-ready manifests (Design::exportText(): Gateway Studio's own documents left
     * out, as `gwstudio export` does) to \a path (asks for one when empty). The design's files and
     * modified state stay as they are.
     */
    bool exportForKubectl(const QString &path = {});
    /** What Save As of \a file will write, for the dialog's title. */
    QString saveAsCaption(int file) const;
    /** Reads every file of the design again from disk (the undo history is lost). */
    bool reload();
    /** Asks about unsaved changes; false when the user cancels. */
    bool maybeSave();
    /** The file new and imported resources go to: the selected resource's, or the first. */
    int currentFile() const;
    /** "cafe.yaml", "cafe.yaml (+2)" or "Untitled". */
    QString displayName() const;

Q_SIGNALS:
    /** Diagnostics of the last load or import (warnings included), for the problems list. */
    void loadDiagnostics(const gw::Diagnostics &diagnostics);
    void statusMessage(const QString &message);
    /** The design was replaced (opened, reloaded, recovered). */
    void designReplaced();

public:
    /** Called when a file of the design changed on disk. */
    void fileChanged(const QString &path);
    void retranslate();

private:
    void updateRecentMenu();
    void updateActions();
    void watchFiles();
    bool loadPaths(const QStringList &paths);
    void showDiagnostics(const QString &title, const Diagnostics &diagnostics);

    views::DesignSelection *m_selection;
    Design *m_design;
    Settings *m_settings;
    Prompts *m_prompts;
    QWidget *m_window;
    QFileSystemWatcher m_watcher;
    QAction *m_new;
    QAction *m_open;
    QAction *m_openExample;
    QAction *m_openTlsExample;
    QMenu *m_recentMenu;
    QAction *m_importFile;
    QAction *m_importText;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_export;
    QAction *m_reload;
    QAction *m_quit;
};

} // namespace gw
