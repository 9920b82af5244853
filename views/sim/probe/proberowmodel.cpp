// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/probe/proberowmodel.h"

#include <QApplication>
#include <QColor>
#include <QPalette>

namespace gw::views {

ProbeRowModel::ProbeRowModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ProbeRowModel::setReport(std::shared_ptr<const probe::ProbeReport> report)
{
    beginResetModel();
    m_report = std::move(report);
    endResetModel();
}

int ProbeRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_report ? 0 : int(m_report->rows.size());
}

int ProbeRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeRowModel::data(const QModelIndex &index, int role) const
{
    if (!m_report || !index.isValid() || index.row() >= rowCount())
        return {};
    const probe::ProbeRow &r = m_report->rows[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Request:
            return r.request;
        case Client:
            return r.client;
        case Host:
            return r.host;
        case Path:
            return r.path;
        case Route:
            return r.rule >= 0 ? QStringLiteral("%1 #%2").arg(r.route).arg(r.rule) : r.route;
        case Upstream:
            return r.upstream;
        case PredictedPod:
            return r.predictedPod.isEmpty() ? r.predictedEndpoint : r.predictedPod;
        case PredictedStatus:
            return r.predictedStatus;
        case ObservedPod:
            return r.observedPod.isEmpty() ? r.observedEndpoint : r.observedPod;
        case ObservedStatus:
            return r.observedStatus ? QVariant(r.observedStatus) : QVariant(QStringLiteral("–"));
        case Agree:
            return probe::ProbeReporter::agreementText(r.agree);
        case Note:
            return r.error.isEmpty() ? r.why : r.error;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Request || index.column() == PredictedStatus || index.column() == ObservedStatus))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && r.agree == probe::Agreement::No) {
        QColor tint(220, 50, 47);
        tint.setAlpha(70);
        return tint;
    }
    if (role == Qt::ForegroundRole && r.agree == probe::Agreement::NotApplicable)
        return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole) {
        QStringList lines;
        lines << tr("Sent from %1").arg(r.source.isEmpty() ? r.client : r.source);
        if (!r.predictedEndpoint.isEmpty())
            lines << tr("Predicted: %1 (%2), status %3")
                         .arg(r.predictedPod, r.predictedEndpoint)
                         .arg(r.predictedStatus);
        if (r.error.isEmpty())
            lines << tr("Observed: %1 (%2), status %3")
                         .arg(r.observedPod, r.observedEndpoint)
                         .arg(r.observedStatus);
        if (!r.upstreamAddr.isEmpty())
            lines << tr("nginx's $upstream_addr: %1").arg(r.upstreamAddr);
        if (!r.requestId.isEmpty())
            lines << tr("nginx's $request_id: %1").arg(r.requestId);
        if (!r.balancing.isEmpty())
            lines << tr("Balancing: %1").arg(r.balancing);
        if (!r.why.isEmpty() || !r.error.isEmpty())
            lines << (r.error.isEmpty() ? r.why : r.error);
        return lines.join(u'\n');
    }
    return {};
}

QVariant ProbeRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Request:
        return tr("#");
    case Client:
        return tr("Client");
    case Host:
        return tr("Host");
    case Path:
        return tr("Path");
    case Route:
        return tr("Route");
    case Upstream:
        return tr("Upstream");
    case PredictedPod:
        return tr("Predicted Pod");
    case PredictedStatus:
        return tr("Predicted");
    case ObservedPod:
        return tr("Observed Pod");
    case ObservedStatus:
        return tr("Observed");
    case Agree:
        return tr("Agree");
    case Note:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gw::views
