// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/listmodel.h"

namespace gw::views {

/**
 * A YAML mapping of strings (labels, a selector's matchLabels, annotations) as a two-column
 * table, Key and Value. Editing a key renames the entry (as one undo step; the entry moves to the end).
 */
class MappingModel : public ListModel
{
    Q_OBJECT

public:
    MappingModel(FormScope *scope, yaml::Path relative, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int addItem(int row = -1) override;
    bool removeItem(int row) override;
    FieldSpec columnSpec(int column) const override;
    yaml::Path cellPath(const QModelIndex &index) const override;

protected:
    int liveRowCount() const override;

private:
    QString keyAt(int row) const;
};

} // namespace gw::views
