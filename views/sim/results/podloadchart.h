// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QWidget>

#include <memory>
#include <vector>

class QChartView;
class QGraphicsSimpleTextItem;
class QLineSeries;

namespace gw::views {

/**
 * Pod load over time: requests per time bucket for every Pod that served (a line in the Pod's
 * colour, from SimulationResult::podLoadOverTime), with the scenario's event markers as dashed
 * vertical lines labelled with what happened. The time axis is in seconds from the start.
 */
class PodLoadChart : public QWidget
{
    Q_OBJECT

public:
    explicit PodLoadChart(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    void clear();

    QChartView *chartView() const { return m_view; }
    /** The line of Pod \a pod, or null when it served nothing. */
    QLineSeries *podSeries(int pod) const;
    /** The marker lines, in the order of SimulationResult::markers. */
    const std::vector<QLineSeries *> &markerSeries() const { return m_markers; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void placeLabels();

    std::shared_ptr<const sim::SimulationResult> m_result;
    QChartView *m_view;
    std::vector<std::pair<int, QLineSeries *>> m_pods;
    std::vector<QLineSeries *> m_markers;
    std::vector<QGraphicsSimpleTextItem *> m_labels;
};

} // namespace gw::views
