// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/simulationworkspace.h"

#include "core/design.h"
#include "probe/proberequests.h"
#include "probe/probesession.h"
#include "sim/resultwriter.h"
#include "sim/scenariorunner.h"
#include "views/common/icons.h"
#include "views/sim/probe/probeview.h"
#include "views/sim/results/methodcomparisonview.h"
#include "views/sim/results/simulationresultsview.h"
#include "views/sim/scenario/eventeditor.h"
#include "views/sim/scenario/scenarioeditor.h"
#include "views/sim/scenario/scenariostore.h"
#include "views/sim/scenario/timelinewidget.h"
#include "views/sim/simulationrun.h"

#include <algorithm>

#include <QAction>
#include <QComboBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace gw::views {

namespace {
/** Transcripts list every request; beyond this they are not worth reading. */
constexpr qint64 TranscriptLimit = 10000;
/**
 * Requests a run records in full (with their balancer traces) at most: "record: -1" (all) with a
 * million clients would take tens of GB. Compare Methods runs five times, and its Details only
 * browse a sample.
 */
constexpr int RecordLimit = 100000;
constexpr int CompareRecordLimit = 1000;
} // namespace

SimulationWorkspace::SimulationWorkspace(Design *design, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_store(new ScenarioStore(design, this))
    , m_run(new SimulationRun(this))
    , m_runAction(new QAction(Icons::icon(QStringLiteral("media-playback-start")), QString(), this))
    , m_compareAction(new QAction(Icons::icon(QStringLiteral("view-compare")), QString(), this))
    , m_cancelAction(new QAction(Icons::icon(QStringLiteral("process-stop")), QString(), this))
    , m_localNginx(new QAction(this))
    , m_showEditors(new QAction(this))
{
    setObjectName(QStringLiteral("simulationWorkspace"));
    m_runAction->setObjectName(QStringLiteral("simulationRun"));
    m_compareAction->setObjectName(QStringLiteral("simulationCompare"));
    m_cancelAction->setObjectName(QStringLiteral("simulationCancel"));
    m_localNginx->setObjectName(QStringLiteral("simulationLocalNginx"));
    // F5 is Reload (QKeySequence::Refresh) in the File menu.
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_showEditors->setObjectName(QStringLiteral("simulationShowEditors"));
    m_showEditors->setCheckable(true);
    m_showEditors->setChecked(true);
    m_showEditors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The run bar.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("simulationBar"));
    bar->setIconSize(QSize(18, 18));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_runAction);
    bar->addAction(m_compareAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    // The key of "hash … consistent" in the comparison.
    auto *hashLabel = new QLabel(tr("Hash key:"), bar);
    hashLabel->setContentsMargins(6, 0, 4, 0);
    m_hashKey = new QComboBox(bar);
    m_hashKey->setObjectName(QStringLiteral("compareHashKey"));
    m_hashKey->setEditable(true);
    m_hashKey->setMinimumContentsLength(16);
    m_hashKey->addItems({QString(), QStringLiteral("$remote_addr"), QStringLiteral("$cookie_session"),
                         QStringLiteral("$http_x_user")});
    m_hashKey->lineEdit()->setPlaceholderText(tr("from the requests"));
    m_hashKey->setToolTip(tr("The key of the consistent hash in Compare Methods: an nginx variable such as "
                             "$cookie_session or $http_x_user"));
    hashLabel->setBuddy(m_hashKey);
    bar->addWidget(hashLabel);
    bar->addWidget(m_hashKey);
    bar->addSeparator();
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("simulationProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    // A widget in a tool bar is shown and hidden through its action.
    m_progressAction = bar->addWidget(m_progress);
    m_progressAction->setVisible(false);
    m_status = new QLabel(bar);
    m_status->setContentsMargins(8, 0, 8, 0);
    bar->addWidget(m_status);
    layout->addWidget(bar);

    // Editor | results, the timeline below.
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("simulationVerticalSplitter"));
    auto *horizontal = new QSplitter(Qt::Horizontal, vertical);
    horizontal->setObjectName(QStringLiteral("simulationSplitter"));
    m_editor = new ScenarioEditor(m_store, horizontal);
    m_tabs = new QTabWidget(horizontal);
    m_tabs->setObjectName(QStringLiteral("simulationResultTabs"));
    m_tabs->setDocumentMode(true);
    auto *resultsSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_results = new SimulationResultsView(resultsSplit);
    m_transcriptPane = new QWidget(resultsSplit);
    auto *transcriptLayout = new QVBoxLayout(m_transcriptPane);
    transcriptLayout->setContentsMargins(4, 4, 4, 4);
    auto *transcriptLabel = new QLabel(tr("Transcript (as curl prints it)"), m_transcriptPane);
    transcriptLabel->setObjectName(QStringLiteral("transcriptLabel"));
    m_transcript = new QPlainTextEdit(m_transcriptPane);
    m_transcript->setObjectName(QStringLiteral("transcriptView"));
    m_transcript->setReadOnly(true);
    m_transcript->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_transcript->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    transcriptLayout->addWidget(transcriptLabel);
    transcriptLayout->addWidget(m_transcript);
    m_transcriptPane->hide();
    resultsSplit->setStretchFactor(0, 1);
    resultsSplit->setStretchFactor(1, 1);
    resultsSplit->setSizes({640, 460});
    m_comparison = new MethodComparisonView(m_tabs);
    m_tabs->addTab(resultsSplit, tr("Results"));
    m_tabs->addTab(m_comparison, tr("Compare Methods"));
    m_probe = new ProbeView(m_tabs);
    m_probe->setInputProvider([this](bool scenarioRequests, probe::ProbeSetup &setup, QString *error) {
        return probeInput(scenarioRequests, setup, error);
    });
    m_tabs->addTab(m_probe, tr("Probe"));
    horizontal->addWidget(m_editor);
    horizontal->addWidget(m_tabs);
    horizontal->setStretchFactor(0, 0);
    horizontal->setStretchFactor(1, 1);
    m_editor->setMinimumWidth(std::max(360, m_editor->minimumSizeHint().width()));
    horizontal->setSizes({std::max(440, m_editor->minimumWidth()), 1100});

    auto *timelineBox = new QGroupBox(tr("Events"), vertical);
    m_timelineBox = timelineBox;
    auto *timelineLayout = new QHBoxLayout(timelineBox);
    auto *timelineColumn = new QVBoxLayout;
    m_timeline = new TimelineWidget(m_store, timelineBox);
    timelineColumn->addWidget(m_timeline, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QToolButton(timelineBox);
    add->setIcon(Icons::icon(QStringLiteral("list-add")));
    add->setToolTip(tr("Add an event at the end of the timeline"));
    add->setAccessibleName(tr("Add Event"));
    add->setAutoRaise(true);
    auto *remove = new QToolButton(timelineBox);
    remove->setIcon(Icons::icon(QStringLiteral("list-remove")));
    remove->setToolTip(tr("Remove the selected event"));
    remove->setAccessibleName(tr("Remove Event"));
    remove->setAutoRaise(true);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(new QLabel(
        tr("Drag an event along the axis to move it; double-click the axis to add one."), timelineBox));
    buttons->addStretch(1);
    timelineColumn->addLayout(buttons);
    timelineLayout->addLayout(timelineColumn, 3);
    // The event's fields scroll, so that the timeline can stay low.
    auto *eventScroll = new QScrollArea(timelineBox);
    eventScroll->setWidgetResizable(true);
    eventScroll->setFrameShape(QFrame::NoFrame);
    eventScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_eventEditor = new EventEditor(m_store, eventScroll);
    eventScroll->setWidget(m_eventEditor);
    eventScroll->setMinimumWidth(300);
    timelineLayout->addWidget(eventScroll, 1);
    vertical->addWidget(horizontal);
    vertical->addWidget(timelineBox);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 0);
    vertical->setSizes({780, 190});
    layout->addWidget(vertical, 1);

    connect(add, &QToolButton::clicked, m_timeline, [this] {
        qint64 at = 0;
        for (int i = 0; i < m_timeline->eventCount(); ++i)
            at = std::max(at, m_timeline->eventTime(i));
        m_timeline->addEvent(m_timeline->eventCount() ? at + std::max<qint64>(1000, m_timeline->spanMs() / 10)
                                                      : m_timeline->spanMs() / 2);
    });
    connect(remove, &QToolButton::clicked, m_timeline,
            [this] { m_timeline->removeEvent(m_timeline->selectedEvent()); });
    connect(m_timeline, &TimelineWidget::selectionChanged, m_eventEditor, &EventEditor::setEvent);
    connect(m_store, &ScenarioStore::currentChanged, m_timeline,
            [this] { m_timeline->setSelectedEvent(-1); });
    connect(m_timeline, &TimelineWidget::editFailed, this, &SimulationWorkspace::statusMessage);
    connect(m_eventEditor, &EventEditor::editFailed, this, &SimulationWorkspace::statusMessage);
    connect(m_editor, &ScenarioEditor::editFailed, this, &SimulationWorkspace::statusMessage);

    connect(m_showEditors, &QAction::toggled, this, [this](bool on) {
        m_editor->setVisible(on);
        m_timelineBox->setVisible(on);
    });
    connect(m_runAction, &QAction::triggered, this, &SimulationWorkspace::runScenario);
    connect(m_compareAction, &QAction::triggered, this, &SimulationWorkspace::compareMethods);
    connect(m_cancelAction, &QAction::triggered, this, &SimulationWorkspace::cancel);
    connect(m_localNginx, &QAction::triggered, this, &SimulationWorkspace::runInLocalNginx);
    connect(m_probe, &ProbeView::statusMessage, this, &SimulationWorkspace::statusMessage);
    connect(m_run, &SimulationRun::started, this,
            [this](SimulationRun::Kind, qint64 planned) { runStarted(planned); });
    connect(m_run, &SimulationRun::progressed, this, &SimulationWorkspace::runProgressed);
    connect(m_run, &SimulationRun::finished, this, &SimulationWorkspace::runEnded);
    connect(m_run, &SimulationRun::diagnosticsChanged, this,
            [this](const Diagnostics &diagnostics) { m_lastDiagnostics = diagnostics; });
    connect(m_store, &ScenarioStore::scenarioChanged, this, &SimulationWorkspace::updateActions);
    connect(m_design, &Design::aboutToReset, this, &SimulationWorkspace::designReset);
    connect(m_comparison, &MethodComparisonView::methodActivated, this, &SimulationWorkspace::showMethod);

    retranslate();
    updateActions();
}

SimulationWorkspace::~SimulationWorkspace() = default;

void SimulationWorkspace::retranslate()
{
    m_runAction->setText(tr("&Run Simulation"));
    m_runAction->setToolTip(tr("Run the scenario (Ctrl+Return)"));
    m_compareAction->setText(tr("&Compare Methods"));
    m_compareAction->setToolTip(tr("Run the same clients and events under every session persistence method, "
                                   "side by side (Ctrl+Shift+Return)"));
    m_cancelAction->setText(tr("C&ancel Run"));
    m_cancelAction->setToolTip(tr("Stop the running simulation (Ctrl+.)"));
    m_localNginx->setText(tr("Run in &Local nginx"));
    m_localNginx->setToolTip(tr("Send the scenario's requests to the design running on a private local nginx "
                                "and compare each answer with the prediction"));
    m_tabs->setTabText(m_tabs->indexOf(m_probe), tr("Probe"));
    m_probe->retranslate();
    m_showEditors->setText(tr("Show Scenario &Editor"));
    m_showEditors->setToolTip(
        tr("Show the scenario editor and the event timeline; hide them to give the results "
           "the window (Ctrl+E)"));
}

void SimulationWorkspace::updateActions()
{
    const bool running = m_run->isRunning();
    const bool runnable = m_store->scenario().has_value();
    m_runAction->setEnabled(!running && runnable);
    m_compareAction->setEnabled(!running && runnable);
    m_cancelAction->setEnabled(running);
}

std::optional<std::pair<sim::SimulationInput, sim::Scenario>> SimulationWorkspace::snapshot()
{
    if (m_run->isRunning()) {
        Q_EMIT statusMessage(tr("A simulation is running; cancel it first."));
        return std::nullopt;
    }
    if (!m_store->scenario()) {
        const Diagnostics &d = m_store->diagnostics();
        Q_EMIT statusMessage(d.empty() ? tr("There is no scenario to run; add one with New Scenario.")
                                       : tr("The scenario has errors: %1").arg(d.front().toString()));
        return std::nullopt;
    }
    const sim::Scenario &scenario = *m_store->scenario();
    const ngf::Profile profile = sim::ScenarioRunner::profile(scenario, m_profile);
    return std::make_pair(sim::SimulationInput::fromDesign(*m_design, profile), scenario);
}

bool SimulationWorkspace::runScenario()
{
    auto snap = snapshot();
    if (!snap)
        return false;
    sim::RunOptions options;
    const qint64 planned = sim::ScenarioRunner::plannedRequests(snap->second);
    const int record = snap->second.record;
    m_recordNote.clear();
    if ((record < 0 && planned > RecordLimit) || record > RecordLimit) {
        options.record = RecordLimit;
        m_recordNote = tr("Recorded the first %1 requests in full.").arg(QLocale().toString(RecordLimit));
    }
    if (!m_run->start(std::move(snap->first), std::move(snap->second), options))
        return false;
    showComparison(false);
    return true;
}

bool SimulationWorkspace::compareMethods()
{
    auto snap = snapshot();
    if (!snap)
        return false;
    sim::CompareOptions options;
    options.hashKey = hashKey();
    sim::RunOptions runOptions;
    const int record = snap->second.record;
    runOptions.record = record < 0 ? CompareRecordLimit : std::min(record, CompareRecordLimit);
    m_recordNote.clear();
    if (!m_run->startComparison(std::move(snap->first), std::move(snap->second), options, runOptions))
        return false;
    showComparison(true);
    return true;
}

QString SimulationWorkspace::hashKey() const
{
    return m_hashKey->currentText().trimmed();
}

void SimulationWorkspace::setHashKey(const QString &key)
{
    m_hashKey->setCurrentText(key);
}

void SimulationWorkspace::cancel()
{
    if (!m_run->isRunning())
        return;
    m_run->cancel();
    m_status->setText(tr("Cancelling…"));
}

void SimulationWorkspace::showComparison(bool comparison)
{
    m_tabs->setCurrentIndex(comparison ? 1 : 0);
}

void SimulationWorkspace::runStarted(qint64 planned)
{
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progressAction->setVisible(true);
    m_status->setText(tr("Simulating %1 requests…").arg(QLocale().toString(planned)));
    if (!m_recordNote.isEmpty())
        m_status->setText(m_status->text() + u' ' + m_recordNote);
    updateActions();
}

void SimulationWorkspace::runProgressed(qint64 done, qint64 planned)
{
    // In double: done * 1000 overflows qint64 for absurd scenarios.
    m_progress->setValue(planned > 0 ? int(std::min(1000.0, 1000.0 * double(done) / double(planned))) : 0);
}

void SimulationWorkspace::designReset()
{
    // Results of another design (or of one being reloaded) would mislead: drop them, and a run of
    // the old design ends without showing what it had.
    m_discardRun = m_run->isRunning();
    m_results->clear();
    m_comparison->clear();
    m_run->clearResults();
    m_transcript->clear();
    m_transcriptPane->hide();
    m_status->clear();
    m_probe->clear(); // the sandbox ran the old design
}

bool SimulationWorkspace::probeInput(bool scenarioRequests, probe::ProbeSetup &setup, QString *error)
{
    ngf::Profile profile = m_profile;
    std::optional<sim::Scenario> scenario = m_store->scenario();
    if (scenario)
        profile = sim::ScenarioRunner::profile(*scenario, m_profile);
    const sim::SimulationInput input = sim::SimulationInput::fromDesign(*m_design, profile);
    Diagnostics diagnostics;
    setup.design = input.makeDesign({}, &diagnostics);
    setup.profile = profile;
    if (!setup.design) {
        *error = diagnostics.empty() ? tr("The design cannot be read.") : diagnostics.front().toString();
        return false;
    }
    if (!scenarioRequests)
        return true;
    if (!scenario) {
        *error = m_store->diagnostics().empty()
            ? tr("There is no scenario whose requests to send; add one with New Scenario.")
            : tr("The scenario has errors: %1").arg(m_store->diagnostics().front().toString());
        return false;
    }
    QStringList notes;
    bool cookieJar = false;
    auto requests = probe::ProbeRequests::fromScenario(input, *scenario, 10000, &cookieJar, &notes, error);
    if (!requests)
        return false;
    setup.requests = std::move(*requests);
    // The scenario's own Pods (its pins): the design as its run renders it.
    setup.design = probe::ProbeRequests::scenarioDesign(input, *scenario, error);
    if (!setup.design)
        return false;
    setup.settings.cookieJar = setup.settings.cookieJar || cookieJar;
    for (const QString &note : notes)
        Q_EMIT statusMessage(note);
    return true;
}

bool SimulationWorkspace::runInLocalNginx()
{
    m_probe->setSandboxTarget(true);
    m_probe->setRequests(ProbeView::Requests::Scenario);
    m_tabs->setCurrentWidget(m_probe);
    return m_probe->start();
}

void SimulationWorkspace::runEnded(bool ok, bool cancelled)
{
    m_progressAction->setVisible(false);
    updateActions();
    if (m_discardRun) {
        m_discardRun = false;
        m_status->clear();
        Q_EMIT runFinished(false, true);
        return;
    }
    if (!ok) {
        const QString why = m_lastDiagnostics.empty() ? tr("the design cannot be simulated")
                                                      : m_lastDiagnostics.front().toString();
        m_status->setText(cancelled ? tr("Cancelled.") : tr("The simulation failed: %1").arg(why));
        Q_EMIT statusMessage(m_status->text());
        Q_EMIT runFinished(false, cancelled);
        return;
    }
    if (m_run->kind() == SimulationRun::Kind::Scenario) {
        const auto result = m_run->result();
        m_results->setResult(result, m_run->scenario());
        const QString text = transcript();
        m_transcript->setPlainText(text);
        m_transcriptPane->setVisible(!text.isEmpty());
        m_status->setText((cancelled ? tr("Cancelled after %1 requests (%2 of simulated time).")
                                     : tr("%1 requests, %2 of simulated time."))
                              .arg(QLocale().toString(result->requests),
                                   QLocale().toString(double(result->endMs) / 1000.0, 'f', 1) + tr(" s")));
        if (!m_recordNote.isEmpty() && qint64(result->records.size()) < result->requests)
            m_status->setText(m_status->text() + u' ' + m_recordNote);
        showComparison(false);
    } else {
        m_comparison->setComparison(m_run->comparison());
        m_status->setText(
            cancelled ? tr("Comparison cancelled.")
                      : tr("Compared %n method(s).", nullptr, int(m_run->comparison()->methods.size())));
        showComparison(true);
    }
    if (!m_lastDiagnostics.empty())
        Q_EMIT statusMessage(m_lastDiagnostics.front().toString());
    Q_EMIT runFinished(true, cancelled);
}

bool SimulationWorkspace::showMethod(const QString &id)
{
    const std::shared_ptr<const sim::MethodComparison> comparison = m_comparison->comparison();
    const sim::ComparedMethod *method = comparison ? comparison->find(id) : nullptr;
    if (!method)
        return false;
    if (!method->available) {
        Q_EMIT statusMessage(tr("%1 has no results: %2").arg(method->label, method->unavailableReason));
        return false;
    }
    // Shares ownership of the comparison, which keeps the method's result alive.
    std::shared_ptr<const sim::SimulationResult> result(comparison, &method->result);
    m_results->setResult(std::move(result), m_run->comparisonScenario());
    // The transcript belongs to the last plain run, not to this method.
    m_transcript->clear();
    m_transcriptPane->hide();
    m_status->setText(tr("Results of %1 from the comparison.").arg(method->label));
    showComparison(false);
    return true;
}

QString SimulationWorkspace::transcript() const
{
    const auto result = m_run->result();
    const auto scenario = m_run->scenario();
    if (!result || !scenario || result->requests == 0 || result->requests > TranscriptLimit ||
        qint64(result->records.size()) < result->requests)
        return {};
    return QString::fromUtf8(sim::ResultWriter::transcript(*result, *scenario));
}

} // namespace gw::views
