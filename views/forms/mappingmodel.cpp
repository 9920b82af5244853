// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/mappingmodel.h"

#include "views/common/icons.h"
#include "views/forms/formcontext.h"
#include "yaml/node.h"

namespace gw::views {

MappingModel::MappingModel(FormScope *scope, yaml::Path relative, QObject *parent)
    : ListModel(scope, std::move(relative), parent)
{
    refresh();
}

int MappingModel::liveRowCount() const
{
    if (!isActive())
        return 0;
    const yaml::Node *node = m_scope->context()->node(path());
    return node && node->isMapping() ? node->size() : 0;
}

QString MappingModel::keyAt(int row) const
{
    return m_scope->context()->keys(path()).value(sourceRow(row));
}

int MappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

yaml::Path MappingModel::cellPath(const QModelIndex &index) const
{
    return path().key(keyAt(index.row()).toStdString());
}

FieldSpec MappingModel::columnSpec(int column) const
{
    return FieldSpec::text(QString(), column == 1);
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || sourceRow(index.row()) < 0)
        return {};
    const QString error = cellError(index);
    if (role == Qt::DecorationRole)
        return error.isEmpty() ? QVariant() : QVariant(Icons::health(Health::Error));
    if (role == Qt::ToolTipRole && !error.isEmpty())
        return error;
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    const QString key = keyAt(index.row());
    if (index.column() == 0)
        return key;
    return m_scope->context()->scalar(path().key(key.toStdString())).value_or(QString());
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    FormContext *context = m_scope->context();
    const QString key = keyAt(index.row());
    const QString text = value.toString();
    bool ok;
    if (index.column() == 0) {
        if (text == key)
            return true;
        if (text.trimmed().isEmpty()) {
            setCellError(index, tr("a key cannot be empty"));
            return false;
        }
        if (context->keys(path()).contains(text)) {
            setCellError(index, tr("the key %1 exists already").arg(text));
            return false;
        }
        ok = context->renameKey(path(), key, text);
    } else {
        if (context->scalar(path().key(key.toStdString())) == text)
            return true;
        ok = context->set(path().key(key.toStdString()), yaml::Value(text));
    }
    setCellError(index, ok ? QString() : context->lastError());
    return ok;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Key") : tr("Value");
}

int MappingModel::addItem(int)
{
    if (!isActive())
        return -1;
    FormContext *context = m_scope->context();
    const QStringList keys = context->keys(path());
    QString key = QStringLiteral("key");
    for (int i = 2; keys.contains(key); ++i)
        key = QStringLiteral("key-%1").arg(i);
    const int row = int(keys.size());
    const bool ok = expectInsert(
        row, [&] { return context->set(path().key(key.toStdString()), yaml::Value(QString())); });
    if (!ok) {
        Q_EMIT editFailed(context->lastError());
        return -1;
    }
    return row;
}

bool MappingModel::removeItem(int row)
{
    if (!isActive() || row < 0 || row >= rowCount())
        return false;
    FormContext *context = m_scope->context();
    const QString key = keyAt(row);
    const bool ok = expectRemove(row, [&] { return context->remove(path().key(key.toStdString())); });
    if (!ok)
        Q_EMIT editFailed(context->lastError());
    return ok;
}

} // namespace gw::views
