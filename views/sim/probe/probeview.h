// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/probesession.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace gw::views {

class ProbeChart;
class ProbeRowModel;

/**
 * The Probe view of the simulation workspace: sends requests for real — to the design running on
 * a private local nginx (the sandbox) or to a gateway at a URL — and puts each answer beside the
 * simulator's prediction (probe::ProbeSession, docs/probe.md).
 *
 * Above: the target, the requests (the current scenario's, a CSV file, or "N requests to
 * host/path from K clients"), the cookie jar, concurrency and timeout, Run / Cancel / Stop
 * Sandbox / Keep Logs and the progress. Below: the side-by-side table (disagreements tinted),
 * observed-versus-predicted bars per Pod for a chosen route with the route's summary, and the
 * sandbox's mapping, notes and logs (error and access log, with $upstream_addr), followed while
 * it runs.
 */
class ProbeView : public QWidget
{
    Q_OBJECT

public:
    enum class Requests { Scenario, CsvFile, Spread };

    /**
     * Fills \a setup's design and profile (and, when \a scenarioRequests, its requests and cookie
     * jar from the current scenario); false with \a error set when it cannot.
     */
    using InputProvider =
        std::function<bool(bool scenarioRequests, probe::ProbeSetup &setup, QString *error)>;

    explicit ProbeView(QWidget *parent = nullptr);
    ~ProbeView() override;

    void setInputProvider(InputProvider provider) { m_provider = std::move(provider); }

    void setSandboxTarget(bool sandbox);
    bool isSandboxTarget() const;
    void setUrl(const QString &url);
    void setRequests(Requests source);
    Requests requests() const;
    void setCsvPath(const QString &path);
    void setSpread(const QString &host, const QString &path, int count, int clients);
    void setCookieJar(bool on);

    /** Starts a run with what the controls say; false (the reason shown) when it cannot. */
    bool start();
    void cancel();
    void stopSandbox();
    /** Stops the sandbox and forgets the last run (the design was replaced). */
    void clear();
    bool isRunning() const;

    probe::ProbeSession *session() const { return m_session; }
    ProbeRowModel *model() const { return m_model; }
    ProbeChart *chart() const { return m_chart; }
    QTableView *table() const { return m_table; }
    QPlainTextEdit *accessLogView() const { return m_accessLog; }
    QPlainTextEdit *errorLogView() const { return m_errorLog; }
    QPlainTextEdit *sandboxInfoView() const { return m_info; }
    QLabel *summaryLabel() const { return m_summary; }
    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *stopSandboxAction() const { return m_stopAction; }
    QAction *keepLogsAction() const { return m_keepLogsAction; }
    /** Shows route \a index of the report in the chart and the summary. */
    void showRoute(int index);

    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);
    /** A run ended (\a report null when it could not start). */
    void finished(std::shared_ptr<const gw::probe::ProbeReport> report);
    /** Keep Logs asks where to copy the logs (the main window answers through its prompts). */
    void keepLogsRequested();

private:
    void runFinished(std::shared_ptr<const probe::ProbeReport> report);
    void refreshLogs();
    void updateActions();
    void showError(const QString &message);
    QString browseCsv();

    InputProvider m_provider;
    probe::ProbeSession *m_session;
    ProbeRowModel *m_model;
    ProbeChart *m_chart = nullptr;
    QTableView *m_table = nullptr;
    QRadioButton *m_sandboxTarget = nullptr;
    QRadioButton *m_urlTarget = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_sourcePages = nullptr;
    QLineEdit *m_csvPath = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_path = nullptr;
    QSpinBox *m_clients = nullptr;
    QCheckBox *m_cookieJar = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QSpinBox *m_timeout = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_route = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_logTabs = nullptr;
    QPlainTextEdit *m_info = nullptr;
    QPlainTextEdit *m_accessLog = nullptr;
    QPlainTextEdit *m_errorLog = nullptr;
    QTimer *m_logTimer = nullptr;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QAction *m_stopAction;
    QAction *m_keepLogsAction;
    QList<QLabel *> m_labels; ///< the form's labels, retranslated
};

} // namespace gw::views
