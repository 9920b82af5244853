// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/migrate/migrationview.h"

#include "core/design.h"
#include "core/workload.h"
#include "ingress/ingressreader.h"
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"
#include "views/common/designselection.h"
#include "views/migrate/migrationcomparisonmodel.h"
#include "views/migrate/migrationreportmodel.h"
#include "views/sim/results/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTextBoundaryFinder>
#include <QThread>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace gw::views {

using Status = migrate::MigrationReport::Status;

MigrationView::MigrationView(DesignSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_selection(selection)
    , m_report(new MigrationReportModel(this))
    , m_comparison(new MigrationComparisonModel(this))
    , m_summary(new QLabel(this))
    , m_reportTable(new QTableView(this))
    , m_scenarioLabel(new QLabel(this))
    , m_run(new QPushButton(tr("Run Before and After"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_comparisonTable(new QTableView(this))
    , m_chart(ChartStyle::makeView(this))
    , m_runStatus(new QLabel(this))
    , m_cutOver(new QSpinBox(this))
{
    setObjectName(QStringLiteral("migrationView"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    leftLayout->addWidget(m_summary);
    auto *filterRow = new QHBoxLayout;
    const QString names[3] = {tr("Converted"), tr("With a difference"), tr("Not convertible")};
    for (int i = 0; i < 3; ++i) {
        m_filters[i] = new QCheckBox(names[i], this);
        m_filters[i]->setChecked(true);
        connect(m_filters[i], &QCheckBox::toggled, this,
                [this, i](bool on) { m_report->setStatusVisible(Status(i), on); });
        filterRow->addWidget(m_filters[i]);
    }
    filterRow->addStretch(1);
    leftLayout->addLayout(filterRow);
    m_reportTable->setModel(m_report);
    m_reportTable->setObjectName(QStringLiteral("migrationReport"));
    m_reportTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reportTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // The explanations are whole sentences: they wrap, and each row grows to show its text whole
    // (again when the panel or the column is resized); the last column takes the width left.
    m_reportTable->setWordWrap(true);
    m_reportTable->setTextElideMode(Qt::ElideNone);
    m_reportTable->verticalHeader()->hide();
    m_reportTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reportTable->horizontalHeader()->setStretchLastSection(true);
    m_reportTable->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_reportTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    leftLayout->addWidget(m_reportTable);
    connect(m_reportTable, &QTableView::activated, this, &MigrationView::activateRow);
    connect(m_reportTable, &QTableView::clicked, this, &MigrationView::activateRow);
    connect(m_report, &QAbstractItemModel::modelReset, this, &MigrationView::fitReportColumns);
    m_reportTable->viewport()->installEventFilter(this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scenarioLabel);
    auto *runRow = new QHBoxLayout;
    auto *cutOverLabel = new QLabel(tr("C&ut-over at"), this);
    cutOverLabel->setBuddy(m_cutOver);
    m_cutOver->setObjectName(QStringLiteral("migrationCutOver"));
    m_cutOver->setSuffix(tr(" s"));
    m_cutOver->setRange(0, 0);
    m_cutOver->setSpecialValueText(tr("automatic"));
    m_cutOver->setToolTip(
        tr("When the traffic moves from ingress-nginx to NGF. \"Kept across the cut-over\" compares each "
           "client's Pod just before it (ingress-nginx) with its Pod just after it (NGF). Automatic: half "
           "the time before the scenario's first event, else half the run."));
    connect(m_cutOver, &QSpinBox::valueChanged, this, [this](int seconds) {
        if (seconds == m_cutOverSeconds)
            return;
        m_cutOverSeconds = seconds;
        Q_EMIT cutOverChanged(seconds);
        updateComparison();
    });
    runRow->addWidget(cutOverLabel);
    runRow->addWidget(m_cutOver);
    runRow->addStretch(1);
    runRow->addWidget(m_progress);
    runRow->addWidget(m_run);
    runRow->addWidget(m_cancel);
    rightLayout->addLayout(runRow);
    m_scenarioLabel->setWordWrap(true);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    m_progress->hide();
    m_cancel->setEnabled(false);
    m_run->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &MigrationView::runComparison);
    connect(m_cancel, &QPushButton::clicked, this, &MigrationView::cancel);
    m_comparisonTable->setModel(m_comparison);
    m_comparisonTable->setObjectName(QStringLiteral("migrationComparison"));
    m_comparisonTable->verticalHeader()->hide();
    m_comparisonTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_reportTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_comparisonTable->horizontalHeader()->setStretchLastSection(true);
    m_comparisonTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_comparison, &QAbstractItemModel::modelReset, m_comparisonTable,
            &QTableView::resizeColumnsToContents);
    auto *results = new QSplitter(Qt::Vertical, right);
    results->addWidget(m_comparisonTable);
    results->addWidget(m_chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chart->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_chart->chart()->setMargins(QMargins(2, 2, 2, 2));
    results->setStretchFactor(0, 1);
    results->setStretchFactor(1, 1);
    rightLayout->addWidget(results, 1);
    rightLayout->addWidget(m_runStatus);
    m_runStatus->setWordWrap(true);

    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    updateSummary();
}

MigrationView::~MigrationView()
{
    cancel();
    wait(-1);
}

void MigrationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        ChartStyle::apply(m_chart->chart(), palette());
    QWidget::changeEvent(event);
}

void MigrationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The comparison's four columns need more room than the splitter's size hints give them.
    if (!m_sized && width() > 200) {
        m_sized = true;
        m_splitter->setSizes({width() / 2, width() / 2});
    }
}

bool MigrationView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_reportTable->viewport() && event->type() == QEvent::Resize)
        fitReportColumns();
    return QWidget::eventFilter(watched, event);
}

void MigrationView::fitReportColumns()
{
    const int available = m_reportTable->viewport()->width();
    if (available <= 0)
        return;
    // The columns before the explanation get their contents' width while the explanation keeps at
    // least two fifths of the width; beyond that the widest of them give way first, wrapping, but never below
    // their longest unbreakable piece ("converted", "$remote_addr"), which would be cut.
    constexpr int first = MigrationReportModel::VerdictColumn;
    constexpr int last = MigrationReportModel::ExplanationColumn;
    const QFontMetrics metrics(m_reportTable->font());
    const int padding = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_reportTable) + 12;
    const int icon = m_reportTable->iconSize().isValid()
        ? m_reportTable->iconSize().width()
        : style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_reportTable);
    int wanted[last] = {};
    int least[last] = {};
    for (int c = first; c < last; ++c) {
        wanted[c] = std::max(static_cast<QAbstractItemView *>(m_reportTable)->sizeHintForColumn(c),
                             m_reportTable->horizontalHeader()->sectionSizeHint(c));
        const int extra = padding + (c == first ? icon + 12 : 0); // the verdict's colour
        for (int row = 0; row < m_report->rowCount(); ++row) {
            const QString text = m_report->index(row, c).data().toString();
            QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
            qsizetype start = 0;
            while (lines.toNextBoundary() >= 0) {
                const qsizetype end = lines.position();
                least[c] = std::max(
                    least[c], metrics.horizontalAdvance(text.mid(start, end - start).trimmed()) + extra);
                start = end;
            }
        }
        least[c] = std::min(std::max(least[c], 40), wanted[c]);
    }
    const int room = available - std::max(available * 2 / 5, 160);
    // Too narrow even for that: the verdict keeps its words, the others give way (the tooltip keeps
    // their whole text) before the explanation does.
    int leastSum = 0;
    for (int c = first + 1; c < last; ++c)
        leastSum += least[c];
    if (least[first] + leastSum > room && leastSum > 0) {
        const int share = std::max(room - least[first], 0);
        for (int c = first + 1; c < last; ++c)
            least[c] = std::max(40, least[c] * share / leastSum);
    }
    auto total = [&](int cap) {
        int sum = 0;
        for (int c = first; c < last; ++c)
            sum += std::max(least[c], std::min(wanted[c], cap));
        return sum;
    };
    int lo = 0, hi = 0;
    for (int c = first; c < last; ++c)
        hi = std::max(hi, wanted[c]);
    while (lo < hi) { // the largest cap that fits
        const int mid = (lo + hi + 1) / 2;
        if (total(mid) <= room)
            lo = mid;
        else
            hi = mid - 1;
    }
    for (int c = first; c < last; ++c)
        m_reportTable->setColumnWidth(c, std::max(least[c], std::min(wanted[c], lo)));
}

void MigrationView::setSession(const MigrationSession &session)
{
    cancel();
    wait(-1);
    m_session = session;
    m_hasSession = true;
    m_report->setResult(session.result, session.options.gatewayName, m_selection->design());
    m_comparison->clear();
    m_runStatus->clear();
    m_before.reset();
    m_after.reset();
    qint64 durationMs = 0;
    const qint64 automatic = automaticCutOver(scenarioText(), &durationMs);
    {
        // The range follows the scenario; the user's choice stays (cut to the duration).
        const QSignalBlocker blocker(m_cutOver);
        m_cutOver->setRange(0, int(std::max<qint64>(1, durationMs / 1000)));
        m_cutOver->setSpecialValueText(automatic > 0 ? tr("automatic (%1 s)").arg(double(automatic) / 1000.0)
                                                     : tr("automatic"));
        m_cutOver->setValue(std::min(m_cutOverSeconds, m_cutOver->maximum()));
    }
    m_scenarioLabel->setText(session.scenario.isEmpty()
                                 ? tr("Scenario: browsers with cookie jars on every host and path, each "
                                      "Deployment scaled up by two Pods at 60 s")
                                 : tr("Scenario: the one imported with the Ingresses"));
    m_run->setEnabled(true);
    updateSummary();
    updateChart();
}

void MigrationView::clearSession()
{
    cancel();
    wait(-1);
    m_session = {};
    m_hasSession = false;
    m_before.reset();
    m_after.reset();
    m_report->clear();
    m_comparison->clear();
    m_runStatus->clear();
    m_scenarioLabel->clear();
    m_run->setEnabled(false);
    updateSummary();
    updateChart();
}

void MigrationView::updateSummary()
{
    m_summary->setText(m_hasSession
                           ? m_report->summary()
                           : tr("Nothing migrated yet: File ▸ Import ▸ Migrate from ingress-nginx…"));
}

void MigrationView::activateRow(const QModelIndex &index)
{
    const ResourceId id = m_report->resourceAt(index.row());
    if (id == 0) {
        Q_EMIT statusMessage(m_report->line(index.row()).resources.empty()
                                 ? tr("This line produced no resource, and its Ingress is not in the design")
                                 : tr("The resource of this line is no longer in the design"));
        return;
    }
    m_selection->select(id);
}

void MigrationView::setCutOverSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_cutOverSeconds)
        return;
    m_cutOverSeconds = seconds;
    {
        const QSignalBlocker blocker(m_cutOver);
        m_cutOver->setValue(std::min(seconds, m_cutOver->maximum()));
    }
    Q_EMIT cutOverChanged(seconds);
    updateComparison();
}

qint64 MigrationView::automaticCutOver(const QByteArray &scenarioText, qint64 *durationMs)
{
    Diagnostics ignored;
    const auto scenario =
        sim::ScenarioParser::parse(scenarioText, QStringLiteral("<migration scenario>"), ignored);
    if (!scenario)
        return -1;
    const qint64 end = scenario->planEndMs();
    if (durationMs)
        *durationMs = scenario->durationMs.value_or(end);
    // As MigrationComparison::defaultCutOver computes it from the run.
    if (!scenario->events.empty() && scenario->events.front().atMs > 0)
        return scenario->events.front().atMs / 2;
    return end / 2;
}

QByteArray MigrationView::scenarioText() const
{
    return m_session.scenario.isEmpty() ? defaultScenario(m_session.original) : m_session.scenario;
}

void MigrationView::updateComparison()
{
    if (!m_before || !m_after)
        return;
    const qint64 cutOverMs = m_cutOver->value() > 0 ? qint64(m_cutOver->value()) * 1000 : -1;
    m_comparison->setComparison(MigrationComparison::compute(*m_before, *m_after, cutOverMs));
    if (cutOverMs < 0)
        m_cutOver->setSpecialValueText(
            tr("automatic (%1 s)").arg(double(m_comparison->comparison().cutOverMs()) / 1000.0));
    m_runStatus->setText(tr("%1 requests on each engine; the cut-over is at %2 s")
                             .arg(m_before->requests)
                             .arg(double(m_comparison->comparison().cutOverMs()) / 1000.0));
    updateChart();
}

QByteArray MigrationView::defaultScenario(const QByteArray &original)
{
    Design design;
    design.addFile(original, QString());
    Diagnostics ignored;
    const ingress::IngressSet set = ingress::IngressReader::read(design, ignored);
    QByteArray routes;
    for (const ingress::Ingress &ing : set.ingresses) {
        for (const ingress::IngressRule &rule : ing.rules) {
            for (const ingress::IngressPath &path : rule.paths) {
                const QString host = rule.host.isEmpty() ? QStringLiteral("example.com") : rule.host;
                routes += QStringLiteral("    - {host: \"%1\", path: \"%2\", weight: 1}\n")
                              .arg(host, path.path.isEmpty() ? QStringLiteral("/") : path.path)
                              .toUtf8();
            }
        }
    }
    QByteArray events;
    for (const Resource *r : design.resources(Kind::Deployment)) {
        if (const auto *d = r->as<Deployment>())
            events +=
                QStringLiteral("  - {at: 60s, type: scale, deployment: %1, replicas: %2, readyAfter: 5s}\n")
                    .arg(r->meta.name)
                    .arg(d->replicas + 2)
                    .toUtf8();
    }
    QByteArray text = "apiVersion: gwstudio.dev/v1alpha1\n"
                      "kind: SimulationScenario\n"
                      "metadata:\n"
                      "  name: migration\n"
                      "spec:\n"
                      "  description: browsers on every Ingress path; each Deployment scales up at 60 s\n"
                      "  seed: 1\n"
                      "  duration: 2m\n"
                      "  bucket: 5s\n"
                      "  populations:\n"
                      "  - name: browsers\n"
                      "    clients: 200\n"
                      "    addresses: {plan: nat, groups: 20, base: 198.51.100.1}\n"
                      "    cookieJar: true\n"
                      "    rampUp: 10s\n"
                      "    sessions: 1\n"
                      "    requestsPerSession: 50\n"
                      "    thinkTime: 2s\n"
                      "    routes:\n";
    text += routes.isEmpty() ? QByteArray("    - {host: example.com, path: /, weight: 1}\n") : routes;
    if (!events.isEmpty())
        text += "  events:\n" + events;
    return text;
}

bool MigrationView::runComparison()
{
    if (!m_hasSession || m_thread)
        return false;
    Diagnostics diagnostics;
    const auto scenario =
        sim::ScenarioParser::parse(scenarioText(), QStringLiteral("<migration scenario>"), diagnostics);
    if (!scenario) {
        const QString why = diagnostics.empty() ? QString() : diagnostics.front().toString();
        m_runStatus->setText(tr("The scenario cannot be run: %1").arg(why));
        return false;
    }
    ngf::Profile base;
    base.plus = m_session.options.plus;
    base.experimental = m_session.options.experimental;
    const ngf::Profile profile = sim::ScenarioRunner::profile(*scenario, base);
    sim::SimulationInput before;
    before.files.push_back({QString(), m_session.original});
    before.profile = profile;
    const sim::SimulationInput after = sim::SimulationInput::fromDesign(*m_selection->design(), profile);
    const qint64 planned = std::max<qint64>(1, sim::ScenarioRunner::plannedRequests(*scenario));

    m_cancelFlag = false;
    m_progress->setValue(0);
    m_progress->show();
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_runStatus->setText(tr("Running the scenario on ingress-nginx and on NGF…"));
    m_thread = QThread::create([this, before, after, s = *scenario, planned] {
        std::shared_ptr<sim::SimulationResult> results[2];
        QString error;
        for (int i = 0; i < 2 && !m_cancelFlag; ++i) {
            sim::RunOptions options;
            options.engine = i == 0 ? sim::EngineKind::IngressNginx : sim::EngineKind::Ngf;
            options.cancel = &m_cancelFlag;
            options.progress = [this, i, planned](qint64 done, qint64) {
                const int percent = int((double(i) * 50.0) + 50.0 * double(done) / double(planned));
                QMetaObject::invokeMethod(
                    this, [this, percent] { m_progress->setValue(std::min(percent, 100)); },
                    Qt::QueuedConnection);
            };
            Diagnostics d;
            auto r = sim::ScenarioRunner::run(i == 0 ? before : after, s, options, d);
            if (!r) {
                error = (i == 0 ? tr("ingress-nginx: %1") : tr("NGF: %1"))
                            .arg(d.empty() ? tr("the design cannot be simulated") : d.front().toString());
                break;
            }
            results[i] = std::make_shared<sim::SimulationResult>(std::move(*r));
        }
        QMetaObject::invokeMethod(
            this, [this, b = results[0], a = results[1], error] { runEnded(b, a, error); },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void MigrationView::runEnded(std::shared_ptr<sim::SimulationResult> before,
                             std::shared_ptr<sim::SimulationResult> after, const QString &error)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_progress->hide();
    m_run->setEnabled(m_hasSession);
    m_cancel->setEnabled(false);
    const bool ok = before && after && !before->cancelled && !after->cancelled;
    if (ok) {
        m_before = std::move(before);
        m_after = std::move(after);
        updateComparison();
    } else {
        m_before.reset();
        m_after.reset();
        m_comparison->clear();
        m_runStatus->setText(error.isEmpty() ? tr("Cancelled") : error);
        updateChart();
    }
    Q_EMIT comparisonFinished(ok);
}

void MigrationView::cancel()
{
    m_cancelFlag = true;
}

bool MigrationView::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    if (!m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs)))
        return false;
    // Deliver the queued end of the run.
    QCoreApplication::sendPostedEvents(this);
    return m_thread == nullptr;
}

void MigrationView::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const MigrationComparison &c = m_comparison->comparison();
    const QStringList deployments = c.deployments();
    chart->setTitle(QString());
    ChartStyle::apply(chart, palette());
    if (deployments.isEmpty())
        return;
    auto *series = new QBarSeries;
    const auto addSet = [&](const QString &name, MigrationComparison::Figure figure, bool before) {
        auto *set = new QBarSet(name);
        for (const QString &d : deployments) {
            const double v = c.value(d, figure, before);
            *set << (std::isnan(v) ? 0.0 : v * 100.0);
        }
        series->append(set);
    };
    addSet(tr("Stickiness, ingress-nginx"), MigrationComparison::Figure::Stickiness, true);
    addSet(tr("Stickiness, NGF"), MigrationComparison::Figure::Stickiness, false);
    addSet(tr("Kept across the cut-over"), MigrationComparison::Figure::CutOver, false);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(deployments);
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    y->setTickCount(3);
    chart->setTitle(tr("Stickiness and clients kept, per Deployment"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    ChartStyle::apply(chart, palette());
}

} // namespace gw::views
