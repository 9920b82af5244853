// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/migrate/migrationcomparison.h"

#include <QAbstractTableModel>

namespace gw::views {

/** A MigrationComparison as a table: Deployment, figure, ingress-nginx, NGF. */
class MigrationComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DeploymentColumn, FigureColumn, BeforeColumn, AfterColumn, ColumnCount };
    /** The figure's value as a number (NaN when not measured), for tests and charts. */
    static constexpr int ValueRole = Qt::UserRole + 1;

    explicit MigrationComparisonModel(QObject *parent = nullptr);

    void setComparison(const MigrationComparison &comparison);
    void clear() { setComparison({}); }
    const MigrationComparison &comparison() const { return m_comparison; }
    /** "Pods per client", "Stickiness", ... */
    static QString figureName(MigrationComparison::Figure figure);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MigrationComparison m_comparison;
};

} // namespace gw::views
