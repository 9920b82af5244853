// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simulationresult.h"

#include <QWidget>

#include <map>
#include <memory>

class QChartView;
class QComboBox;
class QStackedBarSeries;

namespace gw::views {

/**
 * Requests per Pod for one route (or all routes): a bar per Pod that served, in the Pod's colour
 * (PodPalette), the counts from RouteStats::podLoad, with a route picker above. The bars are a
 * stacked series of one set per Pod, each set non-zero only at its own Pod, which is how QtCharts
 * gives every bar its own colour.
 */
class PodBarChart : public QWidget
{
    Q_OBJECT

public:
    /**
     * \a picker: show the route picker and the labels. Without it the chart is compact, as the
     * comparison view's small charts are: no title, the Pods' short names under the bars only
     * up to CompactLabelledPods of them (beyond that the legend and hovering a bar name them).
     */
    explicit PodBarChart(QWidget *parent = nullptr, bool picker = true);
    static constexpr int CompactLabelledPods = 8;

    void setResult(std::shared_ptr<const sim::SimulationResult> result);
    void clear();
    /** Shows route group \a group, or every route when -1. */
    void setGroup(int group);
    int group() const { return m_group; }

    /** The counts shown: Pod index -> requests. */
    std::map<int, qint64> values() const;
    QChartView *chartView() const { return m_view; }
    QComboBox *routePicker() const { return m_picker; }
    QStackedBarSeries *series() const { return m_series; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    std::shared_ptr<const sim::SimulationResult> m_result;
    QComboBox *m_picker = nullptr;
    QChartView *m_view;
    QStackedBarSeries *m_series = nullptr;
    int m_group = -1;
    bool m_compact = false;
};

} // namespace gw::views
