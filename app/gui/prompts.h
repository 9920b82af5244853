// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

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
    virtual QString saveFileName(QWidget *parent, const QString &suggestion, const QString &filter);
    virtual void error(QWidget *parent, const QString &title, const QString &message);
};

} // namespace gw
