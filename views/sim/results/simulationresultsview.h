// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/scenario.h"
#include "sim/simulationresult.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace gw::views {

class AssignmentStripView;
class KpiModel;
class PodBarChart;
class PodLoadChart;
class RejectedChart;
class RequestInspector;

/**
 * The results of one simulation run: a summary line, the KPIs per route (KpiModel) and tabs with
 * the charts: requests per Pod per route (PodBarChart), Pod load over time with the event markers
 * (PodLoadChart), the client × time assignment strip with its Pod legend (AssignmentStripView) and
 * the request inspector (RequestInspector). The same Pod has the same colour everywhere.
 *
 * The workspace exports and prints whatever tab is showing: currentChart() is the widget to render
 * (a chart view, or the whole strip), currentChartName() a file name stem for it.
 */
class SimulationResultsView : public QWidget
{
    Q_OBJECT

public:
    enum Tab { BarsTab, LoadTab, StripTab, RequestsTab, RejectedTab };

    explicit SimulationResultsView(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const sim::SimulationResult> result,
                   std::shared_ptr<const sim::Scenario> scenario = {});
    void clear();
    std::shared_ptr<const sim::SimulationResult> result() const { return m_result; }
    std::shared_ptr<const sim::Scenario> scenario() const { return m_scenario; }

    void setCurrentTab(Tab tab);
    Tab currentTab() const;
    /** The widget the current tab shows for export and printing (null on the requests tab). */
    QWidget *currentChart() const;
    /** "requests-per-pod", "pod-load", "assignment-strip", "rejected"; empty on the requests tab. */
    QString currentChartName() const;

    QLabel *summary() const { return m_summary; }
    QTableView *kpiTable() const { return m_kpiTable; }
    KpiModel *kpiModel() const { return m_kpi; }
    PodBarChart *barChart() const { return m_bars; }
    PodLoadChart *loadChart() const { return m_load; }
    RejectedChart *rejectedChart() const { return m_rejected; }
    AssignmentStripView *strip() const { return m_strip; }
    RequestInspector *inspector() const { return m_inspector; }
    /** The route filter above the strip. */
    QComboBox *stripRoutePicker() const { return m_stripRoute; }
    /** The Pod colour legend under the strip. */
    QLabel *legend() const { return m_legend; }

    /** "cafe-at-scale: 40,000 requests from 1,000 clients …" for \a result. */
    static QString summaryText(const sim::SimulationResult &result);
    /** The Pod legend as rich text (coloured squares and names) for \a palette. */
    static QString legendHtml(const sim::SimulationResult &result, const QPalette &palette);

Q_SIGNALS:
    /** The current tab changed (so export actions can enable themselves). */
    void currentChartChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::shared_ptr<const sim::SimulationResult> m_result;
    std::shared_ptr<const sim::Scenario> m_scenario;
    QLabel *m_summary;
    KpiModel *m_kpi;
    QTableView *m_kpiTable;
    QTabWidget *m_tabs;
    PodBarChart *m_bars;
    PodLoadChart *m_load;
    AssignmentStripView *m_strip;
    RejectedChart *m_rejected;
    QWidget *m_stripPage;
    QComboBox *m_stripRoute;
    QLabel *m_legend;
    RequestInspector *m_inspector;
};

} // namespace gw::views
