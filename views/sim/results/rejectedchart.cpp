// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/rejectedchart.h"

#include "views/sim/results/chartstyle.h"
#include "views/sim/results/podpalette.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace gw::views {

RejectedChart::RejectedChart(QWidget *parent)
    : QWidget(parent)
    , m_view(ChartStyle::makeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void RejectedChart::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    m_result = std::move(result);
    rebuild();
}

QLineSeries *RejectedChart::groupSeries(int group) const
{
    for (const auto &[g, series] : m_groups) {
        if (g == group)
            return series;
    }
    return nullptr;
}

void RejectedChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_groups.clear();
    if (!m_result)
        return;
    const double bucketS = double(m_result->bucketMs) / 1000.0;
    qint64 top = 1;
    int buckets = 0;
    for (int g = 0; g < int(m_result->stats.size()) && g < int(m_result->groups.size()); ++g) {
        const std::vector<qint64> &rejected = m_result->stats[size_t(g)].rejectedOverTime;
        if (std::all_of(rejected.begin(), rejected.end(), [](qint64 v) { return v == 0; }))
            continue;
        buckets = std::max(buckets, int(rejected.size()));
        auto *series = new QLineSeries;
        series->setName(m_result->groups[size_t(g)].label);
        QList<QPointF> points;
        points.reserve(qsizetype(rejected.size()));
        for (int b = 0; b < int(rejected.size()); ++b) {
            points.append(QPointF(b * bucketS, double(rejected[size_t(b)])));
            top = std::max(top, rejected[size_t(b)]);
        }
        series->replace(points);
        series->setPen(QPen(PodPalette::color(int(m_groups.size()), palette()), 1.6));
        chart->addSeries(series);
        m_groups.emplace_back(g, series);
    }
    const double end = std::max(bucketS * std::max(buckets - 1, 1), double(m_result->endMs) / 1000.0);
    auto *x = new QValueAxis;
    x->setRange(0, end);
    x->setTitleText(tr("Time (s)"));
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(ChartStyle::niceStep(end, 8));
    auto *y = new QValueAxis;
    ChartStyle::countAxis(y, double(top));
    y->setTitleText(tr("Rejected per %1 s").arg(bucketS));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(!m_groups.empty() && m_groups.size() <= 12);
    chart->setTitle(m_groups.empty() ? tr("Requests rejected over time: no limit_req rejected a request")
                                     : tr("Requests rejected over time (limit_req), per route"));
    ChartStyle::apply(chart, palette());
}

void RejectedChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace gw::views
