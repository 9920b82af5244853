// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/fielddelegate.h"

#include "views/forms/formcontext.h"
#include "views/forms/listmodel.h"
#include "views/forms/pickercombobox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace gw::views {

FieldDelegate::FieldDelegate(ListModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{ }

QWidget *FieldDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const FieldSpec spec = m_model->columnSpec(index.column());
    switch (spec.type) {
    case FieldSpec::Type::Choice:
    case FieldSpec::Type::Boolean: {
        auto *combo = new QComboBox(parent);
        if (spec.optional) {
            combo->addItem(spec.defaultText.isEmpty() ? tr("(not set)")
                                                      : tr("(default: %1)").arg(spec.defaultText),
                           QString());
        }
        for (const QString &c : spec.choices)
            combo->addItem(c, c);
        // Commit as soon as something is picked, as a combo box in a form would.
        connect(combo, &QComboBox::activated, this, [this, combo] {
            auto *self = const_cast<FieldDelegate *>(this);
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    case FieldSpec::Type::Integer: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(spec.optional ? spec.minimum - 1 : spec.minimum, spec.maximum);
        if (spec.optional)
            spin->setSpecialValueText(spec.defaultText.isEmpty() ? tr("(not set)") : spec.defaultText);
        spin->setFrame(false);
        return spin;
    }
    case FieldSpec::Type::Reference: {
        auto *picker = new PickerComboBox(parent);
        const yaml::Path path = m_model->cellPath(index);
        FormContext *context = m_model->scope()->context();
        const auto suggest = spec.suggest;
        picker->setSuggestions(
            [context, path, suggest] { return suggest ? suggest(*context, path) : QStringList(); });
        picker->reload();
        return picker;
    }
    case FieldSpec::Type::String:
    case FieldSpec::Type::IntOrString:
        break;
    }
    auto *edit = qobject_cast<QLineEdit *>(QStyledItemDelegate::createEditor(parent, option, index));
    if (edit && !spec.defaultText.isEmpty())
        edit->setPlaceholderText(spec.defaultText);
    return edit;
}

void FieldDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *picker = qobject_cast<PickerComboBox *>(editor)) {
        picker->setText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(value, value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        bool ok = false;
        const int v = value.toInt(&ok);
        spin->setValue(ok ? v : spin->minimum());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const FieldSpec spec = m_model->columnSpec(index.column());
    if (auto *picker = qobject_cast<PickerComboBox *>(editor)) {
        model->setData(index, picker->text());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData().toString());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        model->setData(index,
                       spec.optional && spin->value() == spin->minimum() ? QString()
                                                                         : QString::number(spin->value()));
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace gw::views
