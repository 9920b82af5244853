// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/fieldspec.h"
#include "views/forms/sequencemodel.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QVBoxLayout;

namespace gw::views {

class FieldBinding;
class FormContext;
class FormScope;
class SequenceEditor;

/**
 * The base of the form of a kind: group boxes of fields and lists, one after the other, with
 * the metadata (name, namespace, labels) first. Subclasses build their groups in the constructor
 * with the add...() helpers; everything reads and writes through the FormContext.
 */
class ResourceForm : public QWidget
{
    Q_OBJECT

public:
    ResourceForm(FormContext *context, QWidget *parent = nullptr);

    FormContext *context() const { return m_context; }
    FormScope *rootScope() const { return m_root; }
    /** Brings the part of the form that edits \a field into view (selects rows, rules...). */
    virtual void focusField(const yaml::Path &field);

    /** The binding of \a path (absolute, relative to the resource), for tests and focusField(). */
    FieldBinding *binding(const yaml::Path &path) const;
    const QList<FieldBinding *> &bindings() const { return m_bindings; }
    /** The list editing \a path (absolute). */
    SequenceEditor *list(const yaml::Path &path) const;

    /// @name Builders, for the constructors of forms and their sections
    /// @{
    QGroupBox *addGroup(const QString &title, QLayout *into = nullptr);
    /** A form layout inside \a group, with the project's spacing. */
    static QFormLayout *formLayout(QGroupBox *group);
    FieldBinding *addField(QFormLayout *layout, const QString &label, const yaml::Path &relative,
                           FieldSpec spec, FormScope *scope = nullptr);
    /** A list editor (not yet placed in a layout). */
    SequenceEditor *addList(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                            std::vector<SequenceModel::Column> columns, SequenceModel::NewItem newItem,
                            FormScope *scope = nullptr);
    SequenceEditor *addMap(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                           FormScope *scope = nullptr);
    void addMetadata(bool withLabels = true);
    /** Ends the form (a stretch below the last group). */
    void finish();
    /// @}

protected:
    QVBoxLayout *m_layout;

private:
    FormContext *m_context;
    FormScope *m_root;
    QList<FieldBinding *> m_bindings;
    QList<SequenceEditor *> m_lists;
};

} // namespace gw::views
