// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probereport.h"

#include <QWidget>

#include <optional>

class QChartView;

namespace gw::views {

/**
 * Observed against predicted answers per Pod for one route of a probe run: two bars per Pod,
 * the prediction's in the Pod's colour, light, and the observation's, full. Colours and text
 * follow the widget palette (ChartStyle).
 */
class ProbeChart : public QWidget
{
    Q_OBJECT

public:
    explicit ProbeChart(QWidget *parent = nullptr);

    void setRoute(const probe::RouteSummary *route);
    QChartView *chartView() const { return m_view; }
    /** The bars shown: per Pod, predicted and observed. */
    int podCount() const { return m_pods; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QChartView *m_view;
    int m_pods = 0;
    std::optional<probe::RouteSummary> m_route;
};

} // namespace gw::views
