// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/migrate/migrationcomparisonmodel.h"

#include <QLocale>

#include <cmath>

namespace gw::views {

MigrationComparisonModel::MigrationComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MigrationComparisonModel::setComparison(const MigrationComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    endResetModel();
}

QString MigrationComparisonModel::figureName(MigrationComparison::Figure figure)
{
    switch (figure) {
    case MigrationComparison::Figure::PodsPerClient:
        return tr("Pods per client");
    case MigrationComparison::Figure::Stickiness:
        return tr("Stickiness");
    case MigrationComparison::Figure::SessionsKept:
        return tr("Sessions kept on one Pod");
    case MigrationComparison::Figure::CutOver:
        return tr("Clients kept across the cut-over");
    case MigrationComparison::Figure::EventMoved:
        return tr("Clients moved at %1");
    }
    return {};
}

int MigrationComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comparison.rows().size());
}

int MigrationComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MigrationComparison::Row &r = m_comparison.rows()[size_t(index.row())];
    const bool value = index.column() == BeforeColumn || index.column() == AfterColumn;
    const double v = index.column() == BeforeColumn ? r.before : r.after;
    if (role == ValueRole && value)
        return v;
    if (role == Qt::TextAlignmentRole && value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && r.figure == MigrationComparison::Figure::CutOver)
        return tr("Sampled clients answered by the same Pod just before the cut-over (ingress-nginx) and "
                  "just "
                  "after it (NGF), at %1 s")
            .arg(double(m_comparison.cutOverMs()) / 1000.0);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DeploymentColumn:
        return r.deployment;
    case FigureColumn:
        return r.figure == MigrationComparison::Figure::EventMoved ? figureName(r.figure).arg(r.event)
                                                                   : figureName(r.figure);
    default:
        break;
    }
    if (std::isnan(v))
        return QStringLiteral("–");
    const QLocale locale;
    if (r.figure == MigrationComparison::Figure::PodsPerClient)
        return locale.toString(v, 'f', 2);
    return QString(locale.toString(v * 100.0, 'f', 1) + QStringLiteral(" %"));
}

QVariant MigrationComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DeploymentColumn:
        return tr("Deployment");
    case FigureColumn:
        return tr("Figure");
    case BeforeColumn:
        return tr("ingress-nginx");
    case AfterColumn:
        return tr("NGF");
    default:
        return {};
    }
}

} // namespace gw::views
