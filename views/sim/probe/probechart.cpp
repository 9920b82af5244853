// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/probe/probechart.h"

#include "views/sim/results/chartstyle.h"
#include "views/sim/results/podpalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace gw::views {

namespace {

/** "tea-859766c68c-cnb8n" -> "tea-…-cnb8n": the Deployment and the Pod's own suffix stay readable. */
QString shortPodName(const QString &pod)
{
    const QStringList parts = pod.split(u'-');
    if (pod.size() <= 14 || parts.size() < 3)
        return pod;
    return parts.constFirst() + QStringLiteral("-…-") + parts.constLast();
}

} // namespace

ProbeChart::ProbeChart(QWidget *parent)
    : QWidget(parent)
    , m_view(ChartStyle::makeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setRoute(nullptr);
}

void ProbeChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const std::optional<probe::RouteSummary> route = m_route;
        setRoute(route ? &*route : nullptr);
    }
}

void ProbeChart::setRoute(const probe::RouteSummary *route)
{
    m_route = route ? std::optional<probe::RouteSummary>(*route) : std::nullopt;
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_pods = 0;
    if (route && !route->pods.empty()) {
        auto *predicted = new QBarSet(tr("Predicted"));
        auto *observed = new QBarSet(tr("Observed"));
        QStringList names;
        int max = 1;
        for (const probe::PodShare &p : route->pods) {
            names << shortPodName(p.pod);
            *predicted << p.predicted;
            *observed << p.observed;
            max = std::max({max, p.predicted, p.observed});
        }
        QColor colour = PodPalette::color(0, palette());
        observed->setColor(colour);
        observed->setBorderColor(colour);
        colour.setAlpha(90);
        predicted->setColor(colour);
        predicted->setBorderColor(PodPalette::color(0, palette()));
        auto *series = new QBarSeries;
        series->append(predicted);
        series->append(observed);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(names);
        auto *y = new QValueAxis;
        y->setRange(0, max);
        y->setLabelFormat(QStringLiteral("%d"));
        y->setTickCount(max <= 4 ? max + 1 : 5);
        if (max > 4)
            y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->setTitle(route->route.isEmpty() ? tr("Requests no route served")
                                               : tr("Requests per Pod: %1").arg(route->route));
        m_pods = int(route->pods.size());
    } else {
        chart->setTitle(tr("No answers yet"));
    }
    ChartStyle::apply(chart, palette());
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace gw::views
