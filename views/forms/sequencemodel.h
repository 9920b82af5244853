// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/forms/listmodel.h"

#include <functional>
#include <vector>

namespace gw::views {

class FormContext;

/**
 * A YAML sequence of the resource as a table: one row per item, one column per field of the
 * items (`path.type`, `port`), or the item itself for a list of scalars (hostnames). Cells show
 * the CRD default, greyed, when the field is absent. setData() writes the field, clearing an
 * optional field removes it; add, remove and move are insertItem/removeField/moveItem.
 */
class SequenceModel : public ListModel
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        yaml::Path path; ///< relative to the item; empty: the item itself
        FieldSpec spec;
        /// Computed, read-only text (a summary of the item) instead of a field.
        std::function<QString(const FormContext &, const yaml::Path &item)> display;
    };
    using NewItem = std::function<yaml::Value(const FormContext &, int row)>;

    SequenceModel(FormScope *scope, yaml::Path relative, std::vector<Column> columns, NewItem newItem,
                  QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int addItem(int row = -1) override;
    bool removeItem(int row) override;
    bool canMove() const override { return true; }
    bool moveItem(int from, int to) override;
    FieldSpec columnSpec(int column) const override { return m_columns[size_t(column)].spec; }
    yaml::Path cellPath(const QModelIndex &index) const override;
    /** The path of the item a row shows (see ListModel::sourceRow()). */
    yaml::Path itemPath(int row) const { return path().index(sourceRow(row)); }

protected:
    int liveRowCount() const override;

private:
    std::vector<Column> m_columns;
    NewItem m_newItem;
};

} // namespace gw::views
