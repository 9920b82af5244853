// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>

class QChart;
class QChartView;
class QValueAxis;

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
    /** A round step (1, 2 or 5 × 10^n) that divides \a span into about \a ticks parts. */
    static double niceStep(double span, int ticks);
    /**
     * Makes \a axis count whole things (requests) from 0 to a little above \a top: round steps of at
     * least one, so that no two ticks read the same ("0, 0, 1, 1, 2" for a top of 2). Returns the
     * axis' maximum.
     */
    static double countAxis(QValueAxis *axis, double top, int ticks = 5);
};

} // namespace gw::views
