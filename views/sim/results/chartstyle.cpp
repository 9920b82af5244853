// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/chartstyle.h"

#include "views/common/theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gw::views {

QChartView *ChartStyle::makeView(QWidget *parent)
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(180);
    apply(chart, view->palette());
    return view;
}

void ChartStyle::apply(QChart *chart, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor grid = Theme::mix(base, text, 0.15);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(Theme::mix(base, text, 0.4));
        axis->setMinorGridLineColor(Theme::mix(base, text, 0.07));
    }
}

double ChartStyle::niceStep(double span, int ticks)
{
    const double raw = std::max(span / std::max(ticks, 1), 1e-9);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10.0 * power;
}

double ChartStyle::countAxis(QValueAxis *axis, double top, int ticks)
{
    const double step = std::max(1.0, niceStep(std::max(top, 1.0) * 1.05, ticks));
    const double height = std::max(step, std::ceil(std::max(top, 1.0) * 1.05 / step) * step);
    axis->setRange(0, height);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return height;
}

} // namespace gw::views
