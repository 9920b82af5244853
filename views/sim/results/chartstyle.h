// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QChart;
class QChartView;

namespace gw::views {

/**
 * The look of the simulation charts: QtCharts' own themes are fixed light or dark, so the charts
 * take their background, text and grid colours from the widget palette instead (light, dark and
 * the user's scheme alike) and draw antialiased.
 */
class ChartStyle
{
public:
    /** A chart view ready for a result chart: antialiasing, no margins wasted, palette colours. */
    static QChartView *makeView(QWidget *parent);
    /** Applies \a palette to \a chart and its axes (call again after adding axes or on a palette change). */
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace gw::views
