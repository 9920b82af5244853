// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace gw::views {

class ListModel;

/**
 * Cell editors for the form tables, chosen by the column's FieldSpec: a combo box for choices,
 * a spin box for numbers, a picker with the design's names for references, a line edit
 * otherwise.
 */
class FieldDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit FieldDelegate(ListModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ListModel *m_model;
};

} // namespace gw::views
