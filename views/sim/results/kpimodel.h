// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace gw::views {

/**
 * The KPIs of a simulation, one row per route group that received requests: requests and served,
 * stickiness (stays over transitions), broken sessions and session breaks, the clients each event
 * marker remapped (in all and, in one column per marker, for each), and the upstream's balance
 * (busiest server over the mean, coefficient of variation). DisplayRole is formatted for reading; ValueRole
 * holds the number (NaN where there is none) for sorting and tests.
 */
class KpiModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RouteColumn,
        MethodColumn,
        RequestsColumn,
        ServedColumn,
        StickinessColumn,
        BrokenSessionsColumn,
        SessionBreaksColumn,
        RemappedColumn,
        MaxOverMeanColumn,
        CvColumn,
        ColumnCount ///< the fixed columns; after them, one per event marker: the clients it remapped
    };
    enum Role { ValueRole = Qt::UserRole + 1, GroupRole };

    explicit KpiModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The route group of \a row. */
    int groupAt(int row) const { return m_groups[size_t(row)]; }
    /** "scale coffee to 4 at 90 s: 37% (37 of 100)" per marker, for route group \a group. */
    QStringList remappedLines(int group) const;

private:
    QVariant value(int group, int column) const;
    const sim::UpstreamStats *upstreamOf(int group) const;
    /** The impact of the marker of \a column on \a group, or null. */
    const sim::EventImpact *impactAt(int group, int column) const;

    std::shared_ptr<const sim::SimulationResult> m_result;
    std::vector<int> m_groups;
};

} // namespace gw::views
