// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/requestrecordmodel.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace gw::views {

RequestRecordModel::RequestRecordModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RequestRecordModel::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

const sim::RequestRecord *RequestRecordModel::record(int row) const
{
    if (!m_result || row < 0 || row >= int(m_result->records.size()))
        return nullptr;
    return &m_result->records[size_t(row)];
}

int RequestRecordModel::rowCount(const QModelIndex &parent) const
{
    // A view holds at most INT_MAX rows (runs record far fewer: see SimulationWorkspace).
    return parent.isValid() || !m_result
        ? 0
        : int(std::min<size_t>(m_result->records.size(), size_t(std::numeric_limits<int>::max())));
}

int RequestRecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestRecordModel::data(const QModelIndex &index, int role) const
{
    const sim::RequestRecord *r = record(index.row());
    if (!r)
        return {};
    if (role == RecordRole)
        return index.row();
    if (role == Qt::TextAlignmentRole)
        return index.column() == IndexColumn || index.column() == TimeColumn || index.column() == StatusColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case IndexColumn:
        return r->index;
    case TimeColumn:
        return QLocale().toString(double(r->atMs) / 1000.0, 'f', 3);
    case ClientColumn:
        return r->connection.isEmpty() ? r->client : tr("%1 via %2").arg(r->client, r->connection);
    case RequestColumn:
        return QStringLiteral("%1 %2%3").arg(r->method, r->host, r->target);
    case RouteColumn:
        return r->route.isEmpty() ? tr("(none)") : tr("%1 rule %2").arg(r->route).arg(r->rule);
    case UpstreamColumn:
        return r->upstream;
    case PodColumn:
        return r->pod.isEmpty() ? r->endpoint : r->pod;
    case StatusColumn:
        return r->status ? QVariant(r->status) : QVariant(tr("refused"));
    default:
        return {};
    }
}

QVariant RequestRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time (s)");
    case ClientColumn:
        return tr("Client");
    case RequestColumn:
        return tr("Request");
    case RouteColumn:
        return tr("Route");
    case UpstreamColumn:
        return tr("Upstream");
    case PodColumn:
        return tr("Pod");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace gw::views
