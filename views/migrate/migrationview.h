// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/ingressconverter.h"
#include "sim/simulationresult.h"
#include "views/migrate/migrationcomparison.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableView;
class QThread;

namespace gw {
class Design;
}

namespace gw::views {

class DesignSelection;
class MigrationComparisonModel;
class MigrationReportModel;

/** What File ▸ Import ▸ Migrate from ingress-nginx converted, for the Migration view. */
struct MigrationSession
{
    QByteArray original; ///< the Ingress manifests (and ConfigMap) as read
    migrate::ConversionOptions options;
    migrate::ConversionResult result;
    QByteArray scenario; ///< a SimulationScenario of the input, else empty (the view makes one)
};

/**
 * The Migration dock (docs/migration.md "In the editor"): the conversion report, one row per
 * annotation with its verdict and explanation, filtered by verdict, with a summary line; activating
 * a row selects the resource it produced (MigrationReportModel::resourceAt) in the tree and the form;
 * the explanations wrap, the rows growing to show them whole. Beside it, before and after: one
 * scenario run by the ingress-nginx engine on the original Ingresses and by the NGF engine on the
 * converted design (as it is now, edits included), compared per Deployment (MigrationComparison),
 * in a table and a chart, with the traffic moving to NGF at the cut-over the user chooses
 * (automatic: half the time before the first event). Both runs go on one worker thread; the window
 * stays responsive and the run can be cancelled.
 */
class MigrationView : public QWidget
{
    Q_OBJECT

public:
    MigrationView(DesignSelection *selection, QWidget *parent = nullptr);
    ~MigrationView() override;

    void setSession(const MigrationSession &session);
    /** Forgets the migration (another design was opened): no report, no before/after. */
    void clearSession();
    const MigrationSession &session() const { return m_session; }
    bool hasSession() const { return m_hasSession; }

    MigrationReportModel *reportModel() const { return m_report; }
    MigrationComparisonModel *comparisonModel() const { return m_comparison; }
    QTableView *reportTable() const { return m_reportTable; }
    QTableView *comparisonTable() const { return m_comparisonTable; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *filterBox(int status) const { return m_filters[status]; }
    QPushButton *runButton() const { return m_run; }
    QChartView *chartView() const { return m_chart; }
    QSpinBox *cutOverBox() const { return m_cutOver; }

    /** The cut-over in seconds (0: automatic, MigrationComparison::defaultCutOver). A finished run's
     *  comparison is computed anew; the value is kept (up to the scenario's duration) across sessions. */
    void setCutOverSeconds(int seconds);
    int cutOverSeconds() const { return m_cutOverSeconds; }
    /** The automatic cut-over for \a scenarioText: half the first event's time, else half the plan (ms);
     *  \a durationMs: its duration (else the plan's end). */
    static qint64 automaticCutOver(const QByteArray &scenarioText, qint64 *durationMs = nullptr);

    /** Starts the before/after runs; false (with a message in the status line) when it cannot. */
    bool runComparison();
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    /** Blocks until the runs ended (tests); true when they have. */
    bool wait(int timeoutMs = 60000);

    /** A scenario for \a original's Ingresses: browsers with cookie jars on every host and path, and
     *  every Deployment scaled up by two Pods at 60 s. */
    static QByteArray defaultScenario(const QByteArray &original);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void statusMessage(const QString &message);
    void comparisonFinished(bool ok);
    /** The user chose another cut-over (seconds, 0: automatic); for the settings. */
    void cutOverChanged(int seconds);

private:
    void activateRow(const QModelIndex &index);
    void updateSummary();
    void runEnded(std::shared_ptr<sim::SimulationResult> before, std::shared_ptr<sim::SimulationResult> after,
                  const QString &error);
    void updateChart();
    void updateComparison();
    /** Gives the explanation at least two fifths of the report's width; the other columns share the rest. */
    void fitReportColumns();
    QByteArray scenarioText() const;

    DesignSelection *m_selection;
    MigrationSession m_session;
    bool m_hasSession = false;
    MigrationReportModel *m_report;
    MigrationComparisonModel *m_comparison;
    QLabel *m_summary;
    QCheckBox *m_filters[3];
    QTableView *m_reportTable;
    QLabel *m_scenarioLabel;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QTableView *m_comparisonTable;
    QChartView *m_chart;
    QLabel *m_runStatus;
    QSpinBox *m_cutOver;
    int m_cutOverSeconds = 0; ///< the user's choice, 0: automatic
    std::shared_ptr<sim::SimulationResult> m_before; ///< the last finished run, for a new cut-over
    std::shared_ptr<sim::SimulationResult> m_after;
    QSplitter *m_splitter = nullptr;
    bool m_sized = false; ///< the report and the comparison got their first widths
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelFlag {false};
};

} // namespace gw::views
