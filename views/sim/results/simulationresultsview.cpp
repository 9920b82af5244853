// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/simulationresultsview.h"

#include "views/sim/results/assignmentstripview.h"
#include "views/sim/results/kpimodel.h"
#include "views/sim/results/podbarchart.h"
#include "views/sim/results/podloadchart.h"
#include "views/sim/results/podpalette.h"
#include "views/sim/results/rejectedchart.h"
#include "views/sim/results/requestinspector.h"

#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::views {

SimulationResultsView::SimulationResultsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_kpi(new KpiModel(this))
    , m_kpiTable(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_bars(new PodBarChart(this))
    , m_load(new PodLoadChart(this))
    , m_strip(new AssignmentStripView(this))
    , m_rejected(new RejectedChart(this))
    , m_stripPage(new QWidget(this))
    , m_stripRoute(new QComboBox(this))
    , m_legend(new QLabel(this))
    , m_inspector(new RequestInspector(this))
{
    m_summary->setWordWrap(true);

    m_kpiTable->setModel(m_kpi);
    m_kpiTable->verticalHeader()->hide();
    m_kpiTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kpiTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_kpiTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_kpiTable->horizontalHeader()->setStretchLastSection(false);
    m_kpiTable->setWordWrap(false);
    m_kpiTable->setAccessibleName(tr("Key figures per route"));
    // Selecting a route shows its bars.
    connect(m_kpiTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_bars->setGroup(m_kpi->groupAt(current.row()));
            });

    auto *scroll = new QScrollArea(m_stripPage);
    scroll->setWidget(m_strip);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_stripRoute->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_stripRoute, &QComboBox::activated, this,
            [this](int index) { m_strip->setGroup(m_stripRoute->itemData(index).toInt()); });
    auto *routeRow = new QHBoxLayout;
    auto *routeLabel = new QLabel(tr("Ro&ute:"), m_stripPage);
    routeLabel->setBuddy(m_stripRoute);
    routeRow->addWidget(routeLabel);
    routeRow->addWidget(m_stripRoute);
    routeRow->addStretch();
    auto *stripLayout = new QVBoxLayout(m_stripPage);
    stripLayout->setContentsMargins(0, 0, 0, 0);
    stripLayout->addLayout(routeRow);
    stripLayout->addWidget(scroll, 1);
    stripLayout->addWidget(m_legend);

    m_tabs->addTab(m_bars, tr("Requests per Pod"));
    m_tabs->addTab(m_load, tr("Load over time"));
    m_tabs->addTab(m_stripPage, tr("Clients over time"));
    m_tabs->addTab(m_inspector, tr("Requests"));
    m_tabs->addTab(m_rejected, tr("Rejected over time"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &SimulationResultsView::currentChartChanged);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_kpiTable);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    clear();
}

void SimulationResultsView::setResult(std::shared_ptr<const sim::SimulationResult> result,
                                      std::shared_ptr<const sim::Scenario> scenario)
{
    m_result = std::move(result);
    m_scenario = std::move(scenario);
    m_summary->setText(m_result ? summaryText(*m_result) : tr("No results yet: run the scenario."));
    m_kpi->setResult(m_result);
    m_bars->setResult(m_result);
    m_load->setResult(m_result);
    m_rejected->setResult(m_result);
    m_strip->setResult(m_result);
    m_stripRoute->clear();
    m_stripRoute->addItem(tr("All routes"), -1);
    if (m_result) {
        for (int g = 0; g < int(m_result->groups.size()); ++g) {
            const sim::RouteGroup &group = m_result->groups[size_t(g)];
            const bool sampled =
                std::any_of(m_result->strip.rows.begin(), m_result->strip.rows.end(),
                            [g](const sim::AssignmentStrip::Row &r) { return r.group == g; });
            if (sampled)
                m_stripRoute->addItem(group.label, g);
        }
    }
    m_legend->setText(m_result ? legendHtml(*m_result, palette()) : QString());
    m_inspector->setResult(m_result);
    Q_EMIT currentChartChanged();
}

void SimulationResultsView::clear()
{
    setResult(nullptr, nullptr);
}

void SimulationResultsView::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

SimulationResultsView::Tab SimulationResultsView::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

QWidget *SimulationResultsView::currentChart() const
{
    switch (currentTab()) {
    case BarsTab:
        return m_bars->chartView();
    case LoadTab:
        return m_load->chartView();
    case StripTab:
        return m_strip;
    case RejectedTab:
        return m_rejected->chartView();
    case RequestsTab:
        break;
    }
    return nullptr;
}

QString SimulationResultsView::currentChartName() const
{
    switch (currentTab()) {
    case BarsTab:
        return QStringLiteral("requests-per-pod");
    case LoadTab:
        return QStringLiteral("pod-load");
    case StripTab:
        return QStringLiteral("assignment-strip");
    case RejectedTab:
        return QStringLiteral("rejected");
    case RequestsTab:
        break;
    }
    return {};
}

QString SimulationResultsView::summaryText(const sim::SimulationResult &r)
{
    const QLocale locale;
    QString text = tr("<b>%1</b>: %2 requests from %3 clients over %4 s; Gateway replicas: %5; seed %6; %7.")
                       .arg(r.scenario.toHtmlEscaped(), locale.toString(r.requests),
                            locale.toString(r.clients), locale.toString(double(r.endMs) / 1000.0, 'g', 6),
                            QString::number(r.replicas), QString::number(r.seed), r.profile.toHtmlEscaped());
    if (r.cancelled)
        text += u' ' +
            tr("<b>Cancelled</b>: the figures cover the first %1 s.")
                .arg(locale.toString(double(r.endMs) / 1000.0, 'g', 6));
    if (!r.diagnostics.empty())
        text += u' ' +
            tr("Warnings (%1): %2")
                .arg(r.diagnostics.size())
                .arg(r.diagnostics.front().toString().toHtmlEscaped());
    return text;
}

QString SimulationResultsView::legendHtml(const sim::SimulationResult &r, const QPalette &palette)
{
    QString html;
    const auto item = [&html](const QColor &color, const QString &name) {
        html += QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2 &nbsp; ")
                    .arg(color.name(), name.toHtmlEscaped());
    };
    for (int i = 0; i < int(r.pods.size()); ++i)
        item(PodPalette::color(i, palette), r.pods[size_t(i)].name);
    item(PodPalette::notServed(palette), tr("answered by nginx (no Pod)"));
    item(PodPalette::noRequest(palette).darker(110), tr("no request"));
    return html;
}

void SimulationResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_result)
        m_legend->setText(legendHtml(*m_result, palette()));
    QWidget::changeEvent(event);
}

} // namespace gw::views
