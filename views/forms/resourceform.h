// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
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
    /**
     * A group titled \a title with the list `spec.targetRefs` of a policy: the kind (when \a kinds
     * offers more than one) and a name picker for the resources of that kind. New targets name the
     * first resource of the first kind, with \a group as their API group. \a withSectionName adds the
     * sectionName column (BackendTLSPolicy's port name).
     */
    SequenceEditor *addTargetRefs(const QString &title, const QList<Kind> &kinds, const QString &group,
                                  bool withSectionName = false);
    /** The single `spec.targetRef` of a policy (ClientSettingsPolicy): kind and name fields in \a layout. */
    void addTargetRef(QFormLayout *layout, const QList<Kind> &kinds);
    /** Ends the form (a stretch below the last group). */
    void finish();
    /// @}

    /**
     * Shows the problems of the resource (FormContext::problems()) under the fields they name: a
     * problem goes to the binding of its field, else of the closest ancestor that has one. NGF
     * names no list index ("spec.rateLimit.local.rules.rate"): such a path names the field in the
     * item shown. Called when the problems, the resource or a scope change.
     */
    void applyProblems();

protected:
    QVBoxLayout *m_layout;

private:
    FormContext *m_context;
    FormScope *m_root;
    QList<FieldBinding *> m_bindings;
    QList<SequenceEditor *> m_lists;
};

} // namespace gw::views
