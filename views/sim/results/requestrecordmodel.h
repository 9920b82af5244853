// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QAbstractTableModel>

#include <memory>

namespace gw::views {

/** The recorded requests of a simulation (SimulationResult::records), one row each, for the inspector. */
class RequestRecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndexColumn,
        TimeColumn,
        ClientColumn,
        RequestColumn,
        RouteColumn,
        UpstreamColumn,
        PodColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { RecordRole = Qt::UserRole + 1 };

    explicit RequestRecordModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    const sim::RequestRecord *record(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const sim::SimulationResult> m_result;
};

} // namespace gw::views
