// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/podbarchart.h"

#include "views/sim/results/chartstyle.h"
#include "views/sim/results/podnames.h"
#include "views/sim/results/podpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace gw::views {

PodBarChart::PodBarChart(QWidget *parent, bool picker)
    : QWidget(parent)
    , m_view(ChartStyle::makeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (picker) {
        auto *row = new QHBoxLayout;
        m_picker = new QComboBox(this);
        m_picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto *label = new QLabel(tr("&Route:"), this);
        label->setBuddy(m_picker);
        row->addWidget(label);
        row->addWidget(m_picker);
        row->addStretch();
        layout->addLayout(row);
        connect(m_picker, &QComboBox::activated, this,
                [this](int index) { setGroup(m_picker->itemData(index).toInt()); });
    }
    layout->addWidget(m_view, 1);
    m_view->chart()->legend()->hide();
    m_compact = !picker;
}

void PodBarChart::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    m_result = std::move(result);
    if (m_picker) {
        m_picker->clear();
        m_picker->addItem(tr("All routes"), -1);
        if (m_result) {
            for (int g = 0; g < int(m_result->groups.size()); ++g) {
                const sim::RouteGroup &group = m_result->groups[size_t(g)];
                if (!group.upstream.isEmpty() && m_result->stats[size_t(g)].served > 0)
                    m_picker->addItem(group.label, g);
            }
        }
    }
    m_group = -1;
    rebuild();
}

void PodBarChart::clear()
{
    setResult(nullptr);
}

void PodBarChart::setGroup(int group)
{
    m_group = group;
    if (m_picker) {
        const int index = m_picker->findData(group);
        if (index >= 0)
            m_picker->setCurrentIndex(index);
    }
    rebuild();
}

std::map<int, qint64> PodBarChart::values() const
{
    std::map<int, qint64> out;
    if (!m_result)
        return out;
    for (int g = 0; g < int(m_result->stats.size()); ++g) {
        if (m_group >= 0 && g != m_group)
            continue;
        for (const auto &[pod, load] : m_result->stats[size_t(g)].podLoad)
            out[pod] += load;
    }
    return out;
}

void PodBarChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    // removeAxis() hands the axis back to the caller: delete it, or every rebuild leaks two.
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;
    if (!m_result)
        return;
    const std::map<int, qint64> counts = values();
    m_series = new QStackedBarSeries;
    QStringList names;
    for (const auto &entry : counts) {
        const int pod = entry.first;
        names << (pod >= 0 && size_t(pod) < m_result->pods.size() ? m_result->pods[size_t(pod)].name
                                                                  : tr("Pod %1").arg(pod));
    }
    // Under the bars the short, unique part of each name (the full name on hover).
    const QStringList categories = PodNames::shortNames(names);
    const int n = int(counts.size());
    int position = 0;
    qint64 top = 0;
    for (const auto &[pod, load] : counts) {
        const QString name = names[position];
        auto *set = new QBarSet(name);
        for (int i = 0; i < n; ++i)
            *set << (i == position ? double(load) : 0.0);
        set->setColor(PodPalette::color(pod, palette()));
        set->setBorderColor(PodPalette::color(pod, palette()).darker(120));
        m_series->append(set);
        top = std::max(top, load);
        ++position;
    }
    m_series->setBarWidth(0.7);
    chart->addSeries(m_series);
    // Hovering a bar names its Pod and count.
    connect(m_series, &QStackedBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (status && set)
            QToolTip::showText(
                QCursor::pos(),
                tr("%1: %2 requests").arg(set->label(), QLocale().toString(qint64(set->at(index)))), m_view);
        else
            QToolTip::hideText();
    });
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    if (n > (m_compact ? 4 : 8))
        x->setLabelsAngle(-45);
    // A card's chart has no room to name many Pods: the comparison's legend names them by colour
    // and a bar names its Pod on hover, rather than a row of elided labels.
    if (m_compact && n > CompactLabelledPods)
        x->setLabelsVisible(false);
    auto *y = new QValueAxis;
    ChartStyle::countAxis(y, double(top), m_compact ? 4 : 5);
    if (!m_compact)
        y->setTitleText(tr("Requests"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    m_series->attachAxis(x);
    m_series->attachAxis(y);
    const QString route = m_group >= 0 ? m_result->groups[size_t(m_group)].route : tr("all routes");
    chart->setTitle(m_compact ? QString() : tr("Requests per Pod, %1").arg(route));
    ChartStyle::apply(chart, palette());
    if (m_compact) {
        QFont small = x->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        x->setLabelsFont(small);
    }
}

void PodBarChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace gw::views
