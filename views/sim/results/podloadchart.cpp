// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/podloadchart.h"

#include "views/sim/results/chartstyle.h"
#include "views/sim/results/podpalette.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace gw::views {

PodLoadChart::PodLoadChart(QWidget *parent)
    : QWidget(parent)
    , m_view(ChartStyle::makeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_view->chart(), &QChart::plotAreaChanged, this, &PodLoadChart::placeLabels);
}

void PodLoadChart::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    m_result = std::move(result);
    rebuild();
}

void PodLoadChart::clear()
{
    setResult(nullptr);
}

QLineSeries *PodLoadChart::podSeries(int pod) const
{
    for (const auto &[p, series] : m_pods) {
        if (p == pod)
            return series;
    }
    return nullptr;
}

void PodLoadChart::rebuild()
{
    QChart *chart = m_view->chart();
    for (QGraphicsSimpleTextItem *label : m_labels)
        delete label;
    m_labels.clear();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller: delete it, or every rebuild leaks two.
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_pods.clear();
    m_markers.clear();
    if (!m_result)
        return;

    const double bucketS = double(m_result->bucketMs) / 1000.0;
    qint64 top = 1;
    int buckets = 0;
    for (int pod = 0; pod < int(m_result->podLoadOverTime.size()); ++pod) {
        const std::vector<qint64> &load = m_result->podLoadOverTime[size_t(pod)];
        buckets = std::max(buckets, int(load.size()));
        if (std::all_of(load.begin(), load.end(), [](qint64 v) { return v == 0; }))
            continue;
        auto *series = new QLineSeries;
        series->setName(size_t(pod) < m_result->pods.size() ? m_result->pods[size_t(pod)].name
                                                            : tr("Pod %1").arg(pod));
        QList<QPointF> points;
        points.reserve(qsizetype(load.size()));
        for (int b = 0; b < int(load.size()); ++b) {
            points.append(QPointF(b * bucketS, double(load[size_t(b)])));
            top = std::max(top, load[size_t(b)]);
        }
        series->replace(points);
        QPen pen(PodPalette::color(pod, palette()), 1.6);
        series->setPen(pen);
        chart->addSeries(series);
        // Hovering a line names its Pod and the load there.
        connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
            if (state)
                QToolTip::showText(QCursor::pos(),
                                   tr("%1, t = %2 s: %3 requests")
                                       .arg(series->name(), QLocale().toString(point.x(), 'g', 6),
                                            QLocale().toString(qRound64(point.y()))),
                                   m_view);
            else
                QToolTip::hideText();
        });
        m_pods.emplace_back(pod, series);
    }
    const double end = std::max(bucketS * std::max(buckets - 1, 1), double(m_result->endMs) / 1000.0);
    // Requests are whole numbers: a step of at least one, so that no two ticks read the same.
    auto *y = new QValueAxis;
    const double height = ChartStyle::countAxis(y, double(top));
    for (const sim::EventMarker &m : m_result->markers) {
        auto *series = new QLineSeries;
        series->setName(m.label);
        const double x = double(m.atMs) / 1000.0;
        series->append(x, 0);
        series->append(x, height);
        series->setPen(QPen(PodPalette::marker(palette()), 1.4, Qt::DashLine));
        chart->addSeries(series);
        m_markers.push_back(series);
        auto *label = new QGraphicsSimpleTextItem(m.label, chart);
        label->setBrush(palette().color(QPalette::Text));
        label->setZValue(20);
        m_labels.push_back(label);
    }
    auto *x = new QValueAxis;
    x->setRange(0, end);
    x->setTitleText(tr("Time (s)"));
    x->setLabelFormat(QStringLiteral("%g"));
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(ChartStyle::niceStep(end, 8));
    y->setTitleText(tr("Requests per %1 s").arg(bucketS));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (QLineSeries *s : m_markers) {
        for (QLegendMarker *marker : chart->legend()->markers(s))
            marker->setVisible(false);
    }
    // Beyond a dozen Pods the legend's names get cut; the lines name themselves on hover and the
    // strip's legend lists every Pod.
    chart->legend()->setVisible(m_pods.size() <= 12);
    chart->setTitle(tr("Pod load over time"));
    ChartStyle::apply(chart, palette());
    placeLabels();
}

void PodLoadChart::placeLabels()
{
    if (!m_result)
        return;
    QChart *chart = m_view->chart();
    const QRectF plot = chart->plotArea();
    for (size_t i = 0; i < m_labels.size() && i < m_markers.size(); ++i) {
        const QPointF top = chart->mapToPosition(m_markers[i]->at(1), m_markers[i]);
        m_labels[i]->setPos(std::min(top.x() + 3, plot.right() - m_labels[i]->boundingRect().width()),
                            plot.top() + 2 + 14 * qreal(i % 2));
    }
}

void PodLoadChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace gw::views
