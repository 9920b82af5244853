// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

class QWidget;

namespace gw {

/**
 * Every question the application asks the user, in one place: the default implementation shows
 * message boxes and file dialogs; tests substitute answers.
 */
class Prompts
{
    Q_DECLARE_TR_FUNCTIONS(gw::Prompts)

public:
    enum class Answer { Save, Discard, Cancel };

    virtual ~Prompts() = default;

    /** The design has unsaved changes and is about to be closed or replaced. */
    virtual Answer unsavedChanges(QWidget *parent, const QString &name);
    /** \a file changed on disk while the design has unsaved changes: reload it? */
    virtual bool reloadChangedFile(QWidget *parent, const QString &file);
    /** An earlier session ended without saving: recover its autosaved \a files? */
    virtual bool recover(QWidget *parent, const QStringList &files, const QDateTime &savedAt);
    virtual QStringList openFileNames(QWidget *parent, const QString &directory);
    /** \a caption says what will be written ("Save As: 12 resources and 1 scenario ..."). */
    virtual QString saveFileName(QWidget *parent, const QString &suggestion, const QString &filter,
                                 const QString &caption = {});
    virtual void error(QWidget *parent, const QString &title, const QString &message);

    /**
     * A rename left labels naming the old name (\a labels: "app=coffee in Deployment default/mocha,
     * Service default/coffee"): change them to \a newName too?
     */
    virtual bool carryLabels(QWidget *parent, const QString &labels, const QString &newName);
    /** The interface language changed to \a language: restart now (true) or later? */
    virtual bool restartForLanguage(QWidget *parent, const QString &language);

    /** What the user made of a file that did not read (see BrokenFileDialog). */
    struct Repair
    {
        QByteArray text; ///< the repaired text, which reads without errors
        bool save = false; ///< write it to the file before opening
    };
    /**
     * \a path does not read as manifests (\a diagnostics): offer its \a text for repair. \a check
     * reads a text as the file would be read. Nothing when the user gives up.
     */
    virtual std::optional<Repair> repairFile(QWidget *parent, const QString &path, const QByteArray &text,
                                             const Diagnostics &diagnostics,
                                             const std::function<Diagnostics(const QByteArray &)> &check);
};

} // namespace gw
