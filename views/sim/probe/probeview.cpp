// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/probe/probeview.h"

#include "probe/proberequests.h"
#include "views/common/icons.h"
#include "views/sim/probe/probechart.h"
#include "views/sim/probe/proberowmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QScrollBar>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace gw::views {

namespace {

/** The last \a maxBytes of \a path (whole lines). */
QString tail(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > maxBytes)
        f.seek(f.size() - maxBytes);
    QByteArray data = f.readAll();
    if (f.size() > maxBytes)
        data = data.mid(data.indexOf('\n') + 1);
    return QString::fromUtf8(data);
}

void setFollowing(QPlainTextEdit *view, const QString &text)
{
    if (view->toPlainText() == text)
        return;
    QScrollBar *bar = view->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    view->setPlainText(text);
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace

ProbeView::ProbeView(QWidget *parent)
    : QWidget(parent)
    , m_session(new probe::ProbeSession(this))
    , m_model(new ProbeRowModel(this))
    , m_runAction(new QAction(Icons::icon(QStringLiteral("media-playback-start")), QString(), this))
    , m_cancelAction(new QAction(Icons::icon(QStringLiteral("process-stop")), QString(), this))
    , m_stopAction(new QAction(this))
    , m_keepLogsAction(new QAction(Icons::icon(QStringLiteral("document-save")), QString(), this))
{
    setObjectName(QStringLiteral("probeView"));
    m_runAction->setObjectName(QStringLiteral("probeRun"));
    m_cancelAction->setObjectName(QStringLiteral("probeCancel"));
    m_stopAction->setObjectName(QStringLiteral("probeStopSandbox"));
    m_keepLogsAction->setObjectName(QStringLiteral("probeKeepLogs"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // What to send where.
    auto *form = new QWidget(this);
    auto *grid = new QFormLayout(form);
    grid->setContentsMargins(0, 0, 0, 0);
    const auto label = [&](QWidget *buddy) {
        auto *l = new QLabel(form);
        l->setBuddy(buddy);
        m_labels << l;
        return l;
    };
    auto *targetRow = new QHBoxLayout;
    m_sandboxTarget = new QRadioButton(form);
    m_sandboxTarget->setObjectName(QStringLiteral("probeTargetSandbox"));
    m_sandboxTarget->setChecked(true);
    m_urlTarget = new QRadioButton(form);
    m_urlTarget->setObjectName(QStringLiteral("probeTargetUrl"));
    m_url = new QLineEdit(form);
    m_url->setObjectName(QStringLiteral("probeUrl"));
    m_url->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_url->setEnabled(false);
    targetRow->addWidget(m_sandboxTarget);
    targetRow->addWidget(m_urlTarget);
    targetRow->addWidget(m_url, 1);
    grid->addRow(label(m_sandboxTarget), targetRow);

    auto *sourceRow = new QHBoxLayout;
    m_source = new QComboBox(form);
    m_source->setObjectName(QStringLiteral("probeRequests"));
    m_source->addItems({QString(), QString(), QString()});
    m_sourcePages = new QStackedWidget(form);
    m_sourcePages->addWidget(new QWidget(m_sourcePages));
    auto *csvPage = new QWidget(m_sourcePages);
    auto *csvRow = new QHBoxLayout(csvPage);
    csvRow->setContentsMargins(0, 0, 0, 0);
    m_csvPath = new QLineEdit(csvPage);
    m_csvPath->setObjectName(QStringLiteral("probeCsvPath"));
    auto *browse = new QAction(Icons::icon(QStringLiteral("document-open")), QString(), csvPage);
    m_csvPath->addAction(browse, QLineEdit::TrailingPosition);
    connect(browse, &QAction::triggered, this, [this] {
        const QString path = browseCsv();
        if (!path.isEmpty())
            m_csvPath->setText(path);
    });
    csvRow->addWidget(m_csvPath);
    m_sourcePages->addWidget(csvPage);
    auto *spreadPage = new QWidget(m_sourcePages);
    auto *spreadRow = new QHBoxLayout(spreadPage);
    spreadRow->setContentsMargins(0, 0, 0, 0);
    m_count = new QSpinBox(spreadPage);
    m_count->setObjectName(QStringLiteral("probeCount"));
    m_count->setRange(1, 10000);
    m_count->setValue(100);
    m_host = new QLineEdit(QStringLiteral("cafe.example.com"), spreadPage);
    m_host->setObjectName(QStringLiteral("probeHost"));
    m_path = new QLineEdit(QStringLiteral("/coffee"), spreadPage);
    m_path->setObjectName(QStringLiteral("probePath"));
    m_clients = new QSpinBox(spreadPage);
    m_clients->setObjectName(QStringLiteral("probeClients"));
    m_clients->setRange(1, 10000);
    m_clients->setValue(10);
    auto *toLabel = new QLabel(spreadPage);
    auto *fromLabel = new QLabel(spreadPage);
    auto *clientsLabel = new QLabel(spreadPage);
    m_labels << toLabel << fromLabel << clientsLabel;
    spreadRow->addWidget(m_count);
    spreadRow->addWidget(toLabel);
    spreadRow->addWidget(m_host, 2);
    spreadRow->addWidget(m_path, 1);
    spreadRow->addWidget(fromLabel);
    spreadRow->addWidget(m_clients);
    spreadRow->addWidget(clientsLabel);
    m_sourcePages->addWidget(spreadPage);
    sourceRow->addWidget(m_source);
    sourceRow->addWidget(m_sourcePages, 1);
    grid->addRow(label(m_source), sourceRow);

    auto *optionsRow = new QHBoxLayout;
    m_cookieJar = new QCheckBox(form);
    m_cookieJar->setObjectName(QStringLiteral("probeCookieJar"));
    m_concurrency = new QSpinBox(form);
    m_concurrency->setObjectName(QStringLiteral("probeConcurrency"));
    m_concurrency->setRange(1, 100);
    m_timeout = new QSpinBox(form);
    m_timeout->setObjectName(QStringLiteral("probeTimeout"));
    m_timeout->setRange(100, 600000);
    m_timeout->setSingleStep(500);
    m_timeout->setValue(5000);
    m_timeout->setSuffix(QStringLiteral(" ms"));
    optionsRow->addWidget(m_cookieJar);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(label(m_concurrency));
    optionsRow->addWidget(m_concurrency);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(label(m_timeout));
    optionsRow->addWidget(m_timeout);
    optionsRow->addStretch(1);
    grid->addRow(label(m_cookieJar), optionsRow);
    layout->addWidget(form);

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("probeBar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_runAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_stopAction);
    bar->addAction(m_keepLogsAction);
    bar->addSeparator();
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("probeProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setValue(0);
    bar->addWidget(m_progress);
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("probeStatus"));
    m_status->setContentsMargins(8, 0, 8, 0);
    m_status->setWordWrap(false);
    bar->addWidget(m_status);
    layout->addWidget(bar);

    // The rows | the bars and the sandbox.
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("probeSplitter"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("probeTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *right = new QSplitter(Qt::Vertical, split);
    auto *chartBox = new QWidget(right);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *routeRow = new QHBoxLayout;
    m_route = new QComboBox(chartBox);
    m_route->setObjectName(QStringLiteral("probeRoute"));
    routeRow->addWidget(label(m_route));
    routeRow->addWidget(m_route, 1);
    chartLayout->addLayout(routeRow);
    m_chart = new ProbeChart(chartBox);
    m_chart->setMinimumHeight(180);
    chartLayout->addWidget(m_chart, 1);
    m_summary = new QLabel(chartBox);
    m_summary->setObjectName(QStringLiteral("probeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chartLayout->addWidget(m_summary);
    m_logTabs = new QTabWidget(right);
    m_logTabs->setDocumentMode(true);
    const auto textView = [&](const QString &name) {
        auto *v = new QPlainTextEdit(m_logTabs);
        v->setObjectName(name);
        v->setReadOnly(true);
        v->setLineWrapMode(QPlainTextEdit::NoWrap);
        v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return v;
    };
    m_info = textView(QStringLiteral("probeSandboxInfo"));
    m_accessLog = textView(QStringLiteral("probeAccessLog"));
    m_errorLog = textView(QStringLiteral("probeErrorLog"));
    m_logTabs->addTab(m_info, QString());
    m_logTabs->addTab(m_accessLog, QString());
    m_logTabs->addTab(m_errorLog, QString());
    right->addWidget(chartBox);
    right->addWidget(m_logTabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->addWidget(m_table);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_logTimer = new QTimer(this);
    m_logTimer->setInterval(500);
    connect(m_logTimer, &QTimer::timeout, this, &ProbeView::refreshLogs);

    connect(m_urlTarget, &QRadioButton::toggled, m_url, &QLineEdit::setEnabled);
    connect(m_source, &QComboBox::currentIndexChanged, m_sourcePages, &QStackedWidget::setCurrentIndex);
    connect(m_route, &QComboBox::currentIndexChanged, this, &ProbeView::showRoute);
    connect(m_runAction, &QAction::triggered, this, &ProbeView::start);
    connect(m_cancelAction, &QAction::triggered, this, &ProbeView::cancel);
    connect(m_stopAction, &QAction::triggered, this, &ProbeView::stopSandbox);
    connect(m_keepLogsAction, &QAction::triggered, this, &ProbeView::keepLogsRequested);
    connect(m_session, &probe::ProbeSession::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("%1 of %n request(s) answered", nullptr, total).arg(done));
    });
    connect(m_session, &probe::ProbeSession::finished, this, &ProbeView::runFinished);
    connect(m_session, &probe::ProbeSession::sandboxExited, this, [this](const QString &reason) {
        showError(reason);
        refreshLogs();
        updateActions();
    });
    retranslate();
    updateActions();
}

ProbeView::~ProbeView() = default;

void ProbeView::retranslate()
{
    m_runAction->setText(tr("Run Probe"));
    m_runAction->setToolTip(tr("Send the requests and compare each answer with the prediction"));
    m_cancelAction->setText(tr("Cancel"));
    m_stopAction->setText(tr("Stop Sandbox"));
    m_stopAction->setToolTip(tr("Stop the local nginx (it keeps running after a run so that its logs stay)"));
    m_keepLogsAction->setText(tr("Keep Logs…"));
    m_keepLogsAction->setToolTip(
        tr("Copy the sandbox's error and access logs and its configuration into a folder"));
    m_sandboxTarget->setText(tr("Local nginx (sandbox)"));
    m_urlTarget->setText(tr("Gateway at"));
    m_source->setItemText(0, tr("The scenario's requests"));
    m_source->setItemText(1, tr("A requests CSV file"));
    m_source->setItemText(2, tr("Requests to one path"));
    m_csvPath->setPlaceholderText(tr("requests.csv (client,host,path,…)"));
    m_cookieJar->setText(tr("Cookie jar (curl -c/-b)"));
    const QStringList texts {tr("&Target:"),      tr("&Requests:"), tr("requests to"),
                             tr("from"),          tr("clients"),    tr("&Options:"),
                             tr("C&oncurrency:"), tr("&Timeout:"),  tr("Route:")};
    // The labels in the order they were made: target, to, from, clients, requests, concurrency,
    // timeout, options, route.
    const int order[] = {0, 2, 3, 4, 1, 6, 7, 5, 8};
    for (int i = 0; i < m_labels.size() && i < 9; ++i)
        m_labels[i]->setText(texts[order[i]]);
    m_logTabs->setTabText(0, tr("Sandbox"));
    m_logTabs->setTabText(1, tr("Access Log"));
    m_logTabs->setTabText(2, tr("Error Log"));
    if (!m_session->report())
        m_summary->setText(tr("Run the probe to compare real answers with the predictions."));
}

void ProbeView::setSandboxTarget(bool sandbox)
{
    (sandbox ? m_sandboxTarget : m_urlTarget)->setChecked(true);
}

bool ProbeView::isSandboxTarget() const
{
    return m_sandboxTarget->isChecked();
}

void ProbeView::setUrl(const QString &url)
{
    m_url->setText(url);
}

void ProbeView::setRequests(Requests source)
{
    m_source->setCurrentIndex(int(source));
}

ProbeView::Requests ProbeView::requests() const
{
    return Requests(m_source->currentIndex());
}

void ProbeView::setCsvPath(const QString &path)
{
    m_csvPath->setText(path);
}

void ProbeView::setSpread(const QString &host, const QString &path, int count, int clients)
{
    m_host->setText(host);
    m_path->setText(path);
    m_count->setValue(count);
    m_clients->setValue(clients);
}

void ProbeView::setCookieJar(bool on)
{
    m_cookieJar->setChecked(on);
}

QString ProbeView::browseCsv()
{
    return QFileDialog::getOpenFileName(this, tr("Requests CSV"), m_csvPath->text(),
                                        tr("CSV files (*.csv);;All files (*)"));
}

void ProbeView::showError(const QString &message)
{
    m_status->setText(message.section(u'\n', 0, 0));
    m_status->setToolTip(message);
    Q_EMIT statusMessage(message.section(u'\n', 0, 0));
}

bool ProbeView::start()
{
    if (m_session->isRunning() || !m_provider)
        return false;
    probe::ProbeSetup setup;
    setup.sandbox = isSandboxTarget();
    setup.url = m_url->text().trimmed();
    setup.settings.cookieJar = m_cookieJar->isChecked();
    setup.settings.concurrency = m_concurrency->value();
    setup.settings.timeoutMs = m_timeout->value();
    QString error;
    const Requests source = requests();
    if (!m_provider(source == Requests::Scenario, setup, &error)) {
        showError(error);
        return false;
    }
    if (source == Requests::Scenario && setup.settings.cookieJar)
        m_cookieJar->setChecked(true);
    if (source == Requests::CsvFile) {
        QFile f(m_csvPath->text());
        if (!f.open(QIODevice::ReadOnly)) {
            showError(tr("Cannot read %1: %2").arg(m_csvPath->text(), f.errorString()));
            return false;
        }
        Diagnostics diagnostics;
        setup.requests = sim::RequestsCsv::parse(f.read(qint64(64) << 20), m_csvPath->text(), diagnostics);
        sim::RequestsCsv::requireHttp(setup.requests, m_csvPath->text(), diagnostics); // the probe sends HTTP
        if (hasErrors(diagnostics)) {
            showError(diagnostics.front().toString());
            return false;
        }
    } else if (source == Requests::Spread) {
        setup.requests = probe::ProbeRequests::spread(m_host->text().trimmed(), m_path->text().trimmed(),
                                                      m_count->value(), m_clients->value());
    }
    if (setup.requests.size() > 10000) {
        showError(tr("A probe sends at most 10,000 requests; these are %1.").arg(setup.requests.size()));
        return false;
    }
    m_model->setReport(nullptr);
    m_route->clear();
    m_chart->setRoute(nullptr);
    m_progress->setRange(0, std::max<int>(1, int(setup.requests.size())));
    m_progress->setValue(0);
    m_status->setToolTip(QString());
    m_status->setText(setup.sandbox ? tr("Starting the local nginx…") : tr("Sending…"));
    if (!m_session->start(std::move(setup), &error)) {
        showError(error);
        m_info->setPlainText(m_session->notes().join(u'\n'));
        refreshLogs();
        updateActions();
        Q_EMIT finished(nullptr);
        return false;
    }
    QStringList info;
    if (m_session->sandbox().isRunning())
        info << tr("nginx %1, pid %2, user %3, under %4")
                    .arg(m_session->sandbox().plan().nginx().version())
                    .arg(m_session->sandbox().pid())
                    .arg(m_session->sandbox().user(), m_session->sandbox().prefix());
    if (!m_session->notes().isEmpty())
        info << tr("Notes:") << m_session->notes() << QString();
    info << m_session->mapping();
    m_info->setPlainText(info.join(u'\n'));
    m_logTimer->start();
    updateActions();
    return true;
}

void ProbeView::cancel()
{
    m_session->cancel();
}

void ProbeView::stopSandbox()
{
    m_session->stopSandbox();
    m_logTimer->stop();
    m_status->setText(tr("The local nginx is stopped."));
    updateActions();
}

void ProbeView::clear()
{
    stopSandbox();
    m_model->setReport(nullptr);
    m_route->clear();
    m_chart->setRoute(nullptr);
    m_info->clear();
    m_accessLog->clear();
    m_errorLog->clear();
    m_status->clear();
    m_progress->setValue(0);
}

bool ProbeView::isRunning() const
{
    return m_session->isRunning();
}

void ProbeView::runFinished(std::shared_ptr<const probe::ProbeReport> report)
{
    m_model->setReport(report);
    m_table->resizeColumnsToContents();
    m_route->blockSignals(true);
    m_route->clear();
    for (const probe::RouteSummary &s : report->routes)
        m_route->addItem(s.route.isEmpty() ? tr("(no route)") : s.route);
    m_route->blockSignals(false);
    // The route with the most requests first.
    int best = 0;
    for (int i = 0; i < int(report->routes.size()); ++i) {
        if (report->routes[size_t(i)].requests > report->routes[size_t(best)].requests)
            best = i;
    }
    m_route->setCurrentIndex(best);
    showRoute(best);
    int agreed = 0, deterministic = 0, random = 0;
    for (const probe::RouteSummary &s : report->routes) {
        agreed += s.agreed;
        deterministic += s.deterministic;
        random += s.random;
    }
    QString text = report->cancelled ? tr("Cancelled. ") : QString();
    text += tr("%1 of %n deterministic prediction(s) held", nullptr, deterministic).arg(agreed);
    if (random > 0)
        text += tr("; %n random choice(s) judged in distribution", nullptr, random);
    if (report->errors > 0)
        text += tr("; %n request(s) without an answer", nullptr, report->errors);
    m_status->setText(text);
    refreshLogs();
    updateActions();
    Q_EMIT statusMessage(text);
    Q_EMIT finished(report);
}

void ProbeView::showRoute(int index)
{
    const auto report = m_session->report();
    if (!report || index < 0 || index >= int(report->routes.size())) {
        m_chart->setRoute(nullptr);
        return;
    }
    const probe::RouteSummary &s = report->routes[size_t(index)];
    m_chart->setRoute(&s);
    const QLocale locale;
    QStringList lines;
    if (s.deterministic > 0 || s.random == 0)
        lines << tr("%1 of %n deterministic prediction(s) held", nullptr, s.deterministic).arg(s.agreed);
    if (s.random > 0) {
        QString line = tr("%n random choice(s)", nullptr, s.random);
        if (s.randomTest.degreesOfFreedom > 0)
            line += tr(": chi-square %1, degrees of freedom: %2, p = %3, %4")
                        .arg(locale.toString(s.randomTest.statistic, 'f', 2))
                        .arg(s.randomTest.degreesOfFreedom)
                        .arg(locale.toString(s.randomTest.pValue, 'g', 3))
                        .arg(s.randomTest.pValue >= 0.001 ? tr("consistent with the prediction")
                                                          : tr("not consistent with the prediction"));
        lines << line;
    }
    if (s.notApplicable > 0)
        lines << tr("%n request(s) without an identified Pod or answer", nullptr, s.notApplicable);
    // What the sandbox could not run for this route's upstreams (NGINX Plus's sticky cookie, …).
    QSet<QString> upstreams;
    for (const probe::ProbeRow &r : report->rows) {
        if (r.route == s.route && !r.upstream.isEmpty())
            upstreams.insert(r.upstream);
    }
    for (const QString &note : m_session->notes()) {
        for (const QString &u : std::as_const(upstreams)) {
            if (note.contains(u)) {
                lines << note;
                break;
            }
        }
    }
    m_summary->setText(lines.join(u'\n'));
}

void ProbeView::refreshLogs()
{
    const probe::Sandbox &sandbox = m_session->sandbox();
    setFollowing(m_accessLog, tail(sandbox.accessLogPath(), 256 * 1024));
    setFollowing(m_errorLog, tail(sandbox.errorLogPath(), 256 * 1024));
    if (!sandbox.isRunning())
        m_logTimer->stop();
}

void ProbeView::updateActions()
{
    const bool running = m_session->isRunning();
    m_runAction->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_stopAction->setEnabled(m_session->sandbox().isRunning());
    m_keepLogsAction->setEnabled(m_session->sandbox().isRunning());
}

} // namespace gw::views
