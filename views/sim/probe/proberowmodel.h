// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probereport.h"

#include <QAbstractTableModel>

#include <memory>

namespace gw::views {

/**
 * The rows of a probe run, prediction beside observation, for the Probe view's table. A "no" row
 * has a red tint, an "n/a" row grey text; the tooltip tells why, with nginx's $request_id and
 * $upstream_addr when the sandbox's log gave them.
 */
class ProbeRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /** The comparison first, what was sent after it. */
    enum Column {
        Request,
        Client,
        Path,
        PredictedPod,
        ObservedPod,
        Agree,
        PredictedStatus,
        ObservedStatus,
        Route,
        Upstream,
        Host,
        Note,
        ColumnCount
    };

    explicit ProbeRowModel(QObject *parent = nullptr);

    void setReport(std::shared_ptr<const probe::ProbeReport> report);
    std::shared_ptr<const probe::ProbeReport> report() const { return m_report; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const probe::ProbeReport> m_report;
};

} // namespace gw::views
