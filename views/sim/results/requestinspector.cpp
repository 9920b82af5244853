// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/requestinspector.h"

#include "views/sim/results/requestrecordmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace gw::views {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString section(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><pre style=\"white-space: pre-wrap\">").arg(escaped(title));
    for (const QString &l : lines)
        html += escaped(l) + u'\n';
    return html + QStringLiteral("</pre>");
}

} // namespace

void RequestInspector::applyFilter()
{
    m_filterTimer->stop();
    if (m_proxy->filterRegularExpression().pattern() != QRegularExpression::escape(m_filter->text()))
        m_proxy->setFilterFixedString(m_filter->text());
}

RequestInspector::RequestInspector(QWidget *parent)
    : QWidget(parent)
    , m_model(new RequestRecordModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_filterTimer(new QTimer(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter requests (client, path, route, Pod…)"));
    m_filter->setClearButtonEnabled(true);
    // Filtering reads every row: with many recorded requests it waits for a pause in the typing.
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, this, [this] {
        if (m_model->rowCount() > ImmediateFilterRows)
            m_filterTimer->start();
        else
            applyFilter();
    });
    connect(m_filterTimer, &QTimer::timeout, this, &RequestInspector::applyFilter);
    connect(m_filter, &QLineEdit::returnPressed, this, &RequestInspector::applyFilter);

    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                showRecord(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });

    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Request explanation"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showRecord(-1);
}

void RequestInspector::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    m_result = std::move(result);
    m_model->setResult(m_result);
    m_table->resizeColumnsToContents();
    const qint64 recorded = m_result ? qint64(m_result->records.size()) : 0;
    const qint64 total = m_result ? m_result->requests : 0;
    m_count->setText(recorded == total ? tr("%1 requests, every one recorded").arg(QLocale().toString(total))
                                       : tr("The first %1 of %2 requests are recorded (the scenario's "
                                            "record setting)")
                                             .arg(QLocale().toString(recorded), QLocale().toString(total)));
    showRecord(-1);
}

void RequestInspector::clear()
{
    setResult(nullptr);
}

void RequestInspector::selectRecord(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->setCurrentIndex(index);
    else
        showRecord(row);
}

QString RequestInspector::detailsText() const
{
    return m_details->toPlainText();
}

QString RequestInspector::detailsHtml(const sim::RequestRecord &r)
{
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(escaped(tr("Request #%1 at %2 s")
                                        .arg(r.index)
                                        .arg(QLocale().toString(double(r.atMs) / 1000.0, 'f', 3))));
    QStringList request;
    request
        << tr("%1 %2 (Host: %3)").arg(r.method, r.target.isEmpty() ? QStringLiteral("/") : r.target, r.host);
    request << tr("client %1").arg(r.client);
    if (!r.connection.isEmpty())
        request << tr("connection from %1").arg(r.connection);
    request << tr("Gateway replica %1").arg(r.replica);
    if (!r.cookie.isEmpty())
        request << tr("Cookie: %1").arg(r.cookie);
    if (r.population >= 0)
        request << tr("population %1, client %2, session %3, step %4")
                       .arg(r.population)
                       .arg(r.clientIndex)
                       .arg(r.session)
                       .arg(r.step);
    html += section(tr("Request"), request);

    QStringList route;
    route << (r.server.isEmpty() ? tr("server: the default server") : tr("server: %1").arg(r.server));
    if (!r.location.isEmpty())
        route << tr("location %1").arg(r.location);
    route << (r.route.isEmpty() ? tr("no route rule")
                                : tr("%1 %2 rule %3").arg(r.routeKind, r.route).arg(r.rule));
    route += r.routeTrace;
    html += section(tr("Route match"), route);

    if (!r.upstream.isEmpty()) {
        QStringList upstream;
        upstream << tr("upstream %1: %2").arg(r.upstream, r.balancing);
        upstream += r.balancerTrace;
        html += section(tr("Upstream and the balancer's reasoning"), upstream);
    }

    QStringList answer;
    if (!r.pod.isEmpty() || !r.endpoint.isEmpty())
        answer << tr("answered by %1 (%2)").arg(r.pod.isEmpty() ? tr("an unknown Pod") : r.pod, r.endpoint);
    answer << (r.status ? tr("status %1").arg(r.status) : tr("no HTTP answer"));
    if (!r.upstreamAddr.isEmpty())
        answer << tr("tried: %1").arg(r.upstreamAddr.join(QStringLiteral(", ")));
    if (!r.setCookie.isEmpty())
        answer << tr("Set-Cookie: %1").arg(QString::fromLatin1(r.setCookie));
    if (!r.error.isEmpty())
        answer << r.error;
    html += section(tr("Answer"), answer);
    if (r.routeTrace.isEmpty() && r.balancerTrace.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(escaped(tr("Recorded without explanations (only the first requests of a run are "
                                    "recorded in full).")));
    return html;
}

void RequestInspector::showRecord(int row)
{
    m_current = row;
    const sim::RequestRecord *r = m_model->record(row);
    if (!r) {
        m_details->setHtml(
            QStringLiteral("<p><i>%1</i></p>")
                .arg(escaped(m_result && !m_result->records.empty()
                                 ? tr("Select a request to see how nginx routed and balanced it.")
                                 : tr("No requests recorded."))));
        return;
    }
    m_details->setHtml(detailsHtml(*r));
}

} // namespace gw::views
