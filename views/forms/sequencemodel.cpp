// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/sequencemodel.h"

#include "core/design.h"
#include "views/common/icons.h"
#include "views/forms/formcontext.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace gw::views {

SequenceModel::SequenceModel(FormScope *scope, yaml::Path relative, std::vector<Column> columns,
                             NewItem newItem, QObject *parent)
    : ListModel(scope, std::move(relative), parent)
    , m_columns(std::move(columns))
    , m_newItem(std::move(newItem))
{
    refresh();
}

int SequenceModel::liveRowCount() const
{
    if (!isActive())
        return 0;
    const yaml::Node *node = m_scope->context()->node(path());
    return node && node->isSequence() ? node->size() : 0;
}

int SequenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

yaml::Path SequenceModel::cellPath(const QModelIndex &index) const
{
    return itemPath(index.row()) + m_columns[size_t(index.column())].path;
}

QVariant SequenceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || sourceRow(index.row()) < 0)
        return {};
    const Column &column = m_columns[size_t(index.column())];
    const FormContext *context = m_scope->context();
    const QString error = cellError(index);
    if (column.display) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return column.display(*context, itemPath(index.row()));
        return {};
    }
    const std::optional<QString> value = context->scalar(cellPath(index));
    switch (role) {
    case Qt::DisplayRole:
        return value ? *value : column.spec.defaultText;
    case Qt::EditRole:
        return value.value_or(QString());
    case Qt::ForegroundRole:
        if (!value)
            return QApplication::palette().color(QPalette::PlaceholderText);
        return {};
    case Qt::FontRole:
        if (!value && !column.spec.defaultText.isEmpty()) {
            QFont f = QApplication::font();
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::DecorationRole:
        return error.isEmpty() ? QVariant() : QVariant(Icons::health(Health::Error));
    case Qt::ToolTipRole:
        if (!error.isEmpty())
            return error;
        if (!value && !column.spec.defaultText.isEmpty())
            return tr("Not set: %1 applies").arg(column.spec.defaultText);
        return cellPath(index).toQString();
    default:
        break;
    }
    return {};
}

bool SequenceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || m_columns[size_t(index.column())].display)
        return false;
    const Column &column = m_columns[size_t(index.column())];
    FormContext *context = m_scope->context();
    const QString text = value.toString();
    const yaml::Path target = cellPath(index);
    const std::optional<QString> current = context->scalar(target);
    bool ok;
    if (text.isEmpty() && column.spec.optional) {
        if (!current)
            return true;
        ok = context->remove(target);
    } else {
        if (current && *current == text)
            return true;
        QString error;
        const auto typed = column.spec.toValue(text, &error);
        if (!typed) {
            setCellError(index, error);
            return false;
        }
        ok = context->set(target, *typed);
    }
    setCellError(index, ok ? QString() : context->lastError());
    return ok;
}

Qt::ItemFlags SequenceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_columns[size_t(index.column())].display)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SequenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section < int(m_columns.size()))
        return m_columns[size_t(section)].header;
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

int SequenceModel::addItem(int row)
{
    if (!isActive() || !m_newItem)
        return -1;
    const int rows = rowCount();
    const int at = row < 0 || row > rows ? rows : row;
    FormContext *context = m_scope->context();
    const yaml::Value item = m_newItem(*context, at);
    const bool ok = expectInsert(at, [&] { return context->insert(path(), at, item); });
    if (!ok) {
        Q_EMIT editFailed(context->lastError());
        return -1;
    }
    return at;
}

bool SequenceModel::removeItem(int row)
{
    if (!isActive() || row < 0 || row >= rowCount())
        return false;
    FormContext *context = m_scope->context();
    const yaml::Path item = itemPath(row);
    const bool ok = expectRemove(row, [&] { return context->remove(item); });
    if (!ok)
        Q_EMIT editFailed(context->lastError());
    return ok;
}

bool SequenceModel::moveItem(int from, int to)
{
    if (!isActive() || from < 0 || to < 0 || from >= rowCount() || to >= rowCount() || from == to)
        return false;
    FormContext *context = m_scope->context();
    const bool ok = expectMove(from, to, [&] { return context->move(path(), from, to); });
    if (!ok)
        Q_EMIT editFailed(context->lastError());
    return ok;
}

} // namespace gw::views
