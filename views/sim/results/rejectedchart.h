// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;
class QLineSeries;

namespace gw::views {

/**
 * Requests rejected by limit_req over time, one line per route group whose requests were rejected
 * (RouteStats::rejectedOverTime, per SimulationResult::bucketMs); dry runs are not rejections. The time
 * axis is in seconds from the start.
 */
class RejectedChart : public QWidget
{
    Q_OBJECT

public:
    explicit RejectedChart(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    QChartView *chartView() const { return m_view; }
    /** The line of route group \a group, or null when none of its requests was rejected. */
    QLineSeries *groupSeries(int group) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::shared_ptr<const sim::SimulationResult> m_result;
    QChartView *m_view;
    std::vector<std::pair<int, QLineSeries *>> m_groups;
};

} // namespace gw::views
