// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/fieldspec.h"

#include <QObject>

class QLabel;
class QWidget;

namespace gw::views {

class FormScope;

/**
 * Binds one editor widget to one field of the resource, as Tiled's properties do: the getter
 * reads the field from the YAML, the setter pushes DesignEditor::setField with a typed value (or
 * removes an optional field that was cleared). Every change the user makes is committed at
 * once, so the preview follows typing; consecutive edits of one field merge into one undo step.
 * A refused value stays in the editor, marked, with DesignEditor's message under it.
 */
class FieldBinding : public QObject
{
    Q_OBJECT

public:
    /** Creates the editor that fits \a spec (line edit, spin box, combo box, picker). */
    FieldBinding(FormScope *scope, yaml::Path relative, FieldSpec spec, QWidget *parent);

    QWidget *editor() const { return m_editor; }
    /** The message line under the editor (hidden while the value is fine). */
    QLabel *errorLabel() const { return m_error; }
    yaml::Path path() const;
    /** The field's scope names an item (a list row is selected). */
    bool isActive() const;
    const FieldSpec &spec() const { return m_spec; }
    /** The text the editor shows ("" when the field is absent). */
    QString text() const;
    bool hasError() const { return !m_errorText.isEmpty(); }
    QString errorText() const { return m_errorText; }
    /** NGF's message about this field (from the Problems panel), shown under it; "" for none. */
    QString problemText() const { return m_problemText; }
    void setProblem(const QString &message, bool warning = false);
    /** A message is shown under the editor: a refused value or a problem NGF reports. */
    bool hasMessage() const { return hasError() || !m_problemText.isEmpty(); }

    /** Commits \a text as if the user had typed it (used by tests and by the form). */
    bool commit(const QString &text);
    void refresh();

Q_SIGNALS:
    /** The value in the design changed (after an edit or a refresh). */
    void valueChanged(const QString &text);
    /** The message under the editor appeared, changed or went away. */
    void messageChanged();
    /** The field's scope moved: path() names another item. */
    void pathChanged();

private:
    void createEditor(QWidget *parent);
    void setEditorText(const QString &text);
    void showError(const QString &message);
    /** Shows the refused value's message, else the problem's, else nothing. */
    void updateMessage();

    FormScope *m_scope;
    yaml::Path m_relative;
    FieldSpec m_spec;
    QWidget *m_editor = nullptr;
    QLabel *m_error = nullptr;
    QString m_errorText;
    QString m_problemText;
    bool m_problemWarning = false;
    QString m_shownMessage; ///< what the message line shows now
    bool m_shownWarning = false;
    bool m_refreshing = false;
};

} // namespace gw::views
