// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/resourceform.h"

#include "views/forms/fieldbinding.h"
#include "views/forms/formcontext.h"
#include "views/forms/mappingmodel.h"
#include "views/forms/referencechoices.h"
#include "views/forms/sequenceeditor.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace gw::views {

ResourceForm::ResourceForm(FormContext *context, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_context(context)
    , m_root(new FormScope(context, nullptr, {}, this))
{
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
}

QGroupBox *ResourceForm::addGroup(const QString &title, QLayout *into)
{
    auto *group = new QGroupBox(title, this);
    (into ? into : m_layout)->addWidget(group);
    return group;
}

QFormLayout *ResourceForm::formLayout(QGroupBox *group)
{
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setContentsMargins(8, 8, 8, 8);
    form->setHorizontalSpacing(10);
    form->setVerticalSpacing(6);
    return form;
}

FieldBinding *ResourceForm::addField(QFormLayout *layout, const QString &label, const yaml::Path &relative,
                                     FieldSpec spec, FormScope *scope)
{
    QWidget *parent = layout->parentWidget() ? layout->parentWidget() : this;
    auto *binding = new FieldBinding(scope ? scope : m_root, relative, std::move(spec), parent);
    auto *labelWidget = new QLabel(label, parent);
    labelWidget->setBuddy(binding->editor());
    binding->editor()->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    layout->addRow(labelWidget, binding->editor());
    layout->addRow(QString(), binding->errorLabel());
    // The message row takes no room while it is hidden.
    layout->setRowVisible(binding->errorLabel(), false);
    connect(binding, &FieldBinding::valueChanged, this,
            [layout, binding] { layout->setRowVisible(binding->errorLabel(), binding->hasError()); });
    connect(m_context, &FormContext::editFailed, this,
            [layout, binding] { layout->setRowVisible(binding->errorLabel(), binding->hasError()); });
    m_bindings.append(binding);
    return binding;
}

SequenceEditor *ResourceForm::addList(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                                      std::vector<SequenceModel::Column> columns,
                                      SequenceModel::NewItem newItem, FormScope *scope)
{
    auto *model =
        new SequenceModel(scope ? scope : m_root, relative, std::move(columns), std::move(newItem), this);
    auto *editor = new SequenceEditor(model, itemName, parent);
    m_lists.append(editor);
    return editor;
}

SequenceEditor *ResourceForm::addMap(QWidget *parent, const QString &itemName, const yaml::Path &relative,
                                     FormScope *scope)
{
    auto *model = new MappingModel(scope ? scope : m_root, relative, this);
    auto *editor = new SequenceEditor(model, itemName, parent);
    editor->setVisibleRows(1, 5);
    m_lists.append(editor);
    return editor;
}

void ResourceForm::addMetadata(bool withLabels)
{
    QGroupBox *group = addGroup(tr("Metadata"));
    QFormLayout *form = formLayout(group);
    addField(form, tr("&Name:"), yaml::Path::of("metadata.name"), FieldSpec::text(QString(), false));
    FieldSpec ns = FieldSpec::reference(ReferenceChoices::namespaces(), true);
    ns.defaultText = QStringLiteral("default");
    ns.placeholder = QStringLiteral("default");
    addField(form, tr("Names&pace:"), yaml::Path::of("metadata.namespace"), ns);
    if (withLabels) {
        auto *label = new QLabel(tr("&Labels:"), group);
        SequenceEditor *labels = addMap(group, tr("label"), yaml::Path::of("metadata.labels"));
        form->addRow(label, labels);
        label->setBuddy(labels->table());
    }
}

void ResourceForm::finish()
{
    m_layout->addStretch(1);
}

FieldBinding *ResourceForm::binding(const yaml::Path &path) const
{
    for (FieldBinding *b : m_bindings) {
        if (b->path() == path)
            return b;
    }
    return nullptr;
}

SequenceEditor *ResourceForm::list(const yaml::Path &path) const
{
    for (SequenceEditor *e : m_lists) {
        if (e->model()->path() == path)
            return e;
    }
    return nullptr;
}

void ResourceForm::focusField(const yaml::Path &field)
{
    // Select the row of every list on the way to the field (rules, then matches...).
    for (int n = 1; n <= field.size(); ++n) {
        const yaml::Path prefix = field.left(n);
        if (!prefix.last().isIndex())
            continue;
        if (SequenceEditor *editor = list(prefix.parent()))
            editor->setCurrentRow(prefix.last().index);
    }
    if (FieldBinding *b = binding(field))
        b->editor()->setFocus(Qt::OtherFocusReason);
}

} // namespace gw::views
