// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/listmodel.h"

#include "views/forms/formcontext.h"

namespace gw::views {

ListModel::ListModel(FormScope *scope, yaml::Path relative, QObject *parent)
    : QAbstractTableModel(parent)
    , m_scope(scope)
    , m_relative(std::move(relative))
{
    connect(scope->context(), &FormContext::refreshed, this, &ListModel::refresh);
    connect(scope, &FormScope::moved, this, [this] {
        // Another item's list: a new list, not an edit of this one.
        beginResetModel();
        m_rows = liveRowCount();
        m_errorRow = -1;
        endResetModel();
    });
}

yaml::Path ListModel::path() const
{
    return m_scope->path() + m_relative;
}

bool ListModel::isActive() const
{
    return m_scope->context()->resource() && m_scope->isActive();
}

int ListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

void ListModel::refresh()
{
    const int rows = liveRowCount();
    const Expect expect = m_expect;
    m_expect = Expect::Nothing;
    if (rows == m_rows && expect != Expect::Move) {
        if (rows > 0)
            Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
        return;
    }
    m_errorRow = -1;
    if (expect == Expect::Insert && rows == m_rows + 1) {
        m_mapping = Expect::Insert;
        beginInsertRows({}, m_expectRow, m_expectRow);
        m_mapping = Expect::Nothing;
        m_rows = rows;
        endInsertRows();
    } else if (expect == Expect::Remove && rows == m_rows - 1) {
        m_mapping = Expect::Remove;
        beginRemoveRows({}, m_expectRow, m_expectRow);
        m_mapping = Expect::Nothing;
        m_rows = rows;
        endRemoveRows();
    } else if (expect == Expect::Move && rows == m_rows) {
        // QAbstractItemModel's destination is the row before which the item lands.
        const int destination = m_expectTo > m_expectRow ? m_expectTo + 1 : m_expectTo;
        m_mapping = Expect::Move;
        const bool moving = beginMoveRows({}, m_expectRow, m_expectRow, {}, destination);
        m_mapping = Expect::Nothing;
        if (moving)
            endMoveRows();
    } else {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
}

bool ListModel::expectInsert(int row, const std::function<bool()> &edit)
{
    m_expect = Expect::Insert;
    m_expectRow = row;
    const bool ok = edit();
    if (!ok)
        m_expect = Expect::Nothing;
    return ok;
}

bool ListModel::expectRemove(int row, const std::function<bool()> &edit)
{
    m_expect = Expect::Remove;
    m_expectRow = row;
    const bool ok = edit();
    if (!ok)
        m_expect = Expect::Nothing;
    return ok;
}

bool ListModel::expectMove(int from, int to, const std::function<bool()> &edit)
{
    m_expect = Expect::Move;
    m_expectRow = from;
    m_expectTo = to;
    const bool ok = edit();
    if (!ok)
        m_expect = Expect::Nothing;
    return ok;
}

int ListModel::sourceRow(int row) const
{
    switch (m_mapping) {
    case Expect::Insert:
        return row < m_expectRow ? row : row + 1;
    case Expect::Remove:
        return row < m_expectRow ? row : (row == m_expectRow ? -1 : row - 1);
    case Expect::Move:
        if (row == m_expectRow)
            return m_expectTo;
        if (m_expectRow < m_expectTo && row > m_expectRow && row <= m_expectTo)
            return row - 1;
        if (m_expectTo < m_expectRow && row >= m_expectTo && row < m_expectRow)
            return row + 1;
        return row;
    case Expect::Nothing:
        break;
    }
    return row;
}

QString ListModel::cellError(const QModelIndex &index) const
{
    return index.row() == m_errorRow && index.column() == m_errorColumn ? m_error : QString();
}

void ListModel::setCellError(const QModelIndex &index, const QString &message)
{
    const QModelIndex old =
        m_errorRow >= 0 && m_errorRow < m_rows ? this->index(m_errorRow, m_errorColumn) : QModelIndex();
    m_errorRow = message.isEmpty() ? -1 : index.row();
    m_errorColumn = index.column();
    m_error = message;
    if (old.isValid())
        Q_EMIT dataChanged(old, old);
    if (index.isValid())
        Q_EMIT dataChanged(index, index);
    if (!message.isEmpty())
        Q_EMIT editFailed(message);
}

} // namespace gw::views
