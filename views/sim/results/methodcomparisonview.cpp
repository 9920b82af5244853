// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/methodcomparisonview.h"

#include "views/common/theme.h"
#include "views/sim/results/podbarchart.h"
#include "views/sim/results/podnames.h"
#include "views/sim/results/podpalette.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace gw::views {

namespace {

QString percent(double share)
{
    return sim::Verdict::percent(share);
}

} // namespace

namespace {
constexpr int CardWidth = 280; ///< the narrowest a card may get
} // namespace

MethodComparisonView::MethodComparisonView(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel)
    , m_legend(new QLabel)
    , m_table(new QTableWidget)
    , m_cards(new QWidget)
    , m_grid(new QGridLayout(m_cards))
{
    m_header->setWordWrap(true);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setObjectName(QStringLiteral("podLegend"));

    m_table->setColumnCount(FirstMarkerColumn);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setAccessibleName(tr("Key figures per method"));

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);

    // Everything scrolls together: on a small screen the table's rows and every card stay reachable.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_header);
    column->addWidget(m_table);
    column->addWidget(m_legend);
    column->addWidget(m_cards, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    clear();
}

void MethodComparisonView::setComparison(std::shared_ptr<const sim::MethodComparison> comparison)
{
    m_comparison = std::move(comparison);
    rebuild();
}

void MethodComparisonView::clear()
{
    setComparison(nullptr);
}

QLabel *MethodComparisonView::verdictLabel(const QString &id) const
{
    for (const Card &c : m_cardList) {
        if (c.id == id)
            return c.verdict;
    }
    return nullptr;
}

PodBarChart *MethodComparisonView::barChart(const QString &id) const
{
    for (const Card &c : m_cardList) {
        if (c.id == id)
            return c.chart;
    }
    return nullptr;
}

void MethodComparisonView::rebuild()
{
    for (const Card &c : m_cardList)
        qDeleteAll(c.widgets);
    m_cardList.clear();
    m_columns = 0;
    fillTable();
    fillLegend();
    if (!m_comparison) {
        m_header->setText(tr("No comparison yet: choose Compare methods to run the scenario under every "
                             "method."));
        return;
    }
    const sim::ComparedMethod *first = nullptr;
    for (const sim::ComparedMethod &m : m_comparison->methods) {
        if (m.available && !first)
            first = &m;
    }
    QString text = tr("<b>%1</b>: the same clients and events under each method")
                       .arg(m_comparison->scenario.toHtmlEscaped());
    if (first)
        text +=
            tr(" (%1 requests from %2 clients, seed %3)")
                .arg(QLocale().toString(first->result.requests), QLocale().toString(first->result.clients))
                .arg(first->result.seed);
    text += u'.';
    if (m_comparison->cancelled)
        text += u' ' + tr("<b>Cancelled</b>: some methods did not run to the end.");
    m_header->setText(text);

    for (const sim::ComparedMethod &m : m_comparison->methods) {
        Card card;
        card.id = m.id;
        addCard(m, card);
        m_cardList.push_back(card);
    }
    layoutCards(columnsFor(width()));
}

int MethodComparisonView::columnsFor(int width) const
{
    const int n = std::max<int>(1, int(m_cardList.size()));
    return std::clamp((width - 16) / (CardWidth + 8), 1, n);
}

void MethodComparisonView::layoutCards(int columns)
{
    m_columns = columns;
    for (const Card &c : m_cardList) {
        for (QWidget *w : c.widgets)
            m_grid->removeWidget(w);
    }
    for (int i = 0; i < m_grid->rowCount(); ++i)
        m_grid->setRowStretch(i, 0);
    for (int i = 0; i < m_grid->columnCount(); ++i)
        m_grid->setColumnStretch(i, 0);
    // The parts of the cards in one row of cards share the grid's rows, so that verdicts, charts and
    // points line up across the methods; each frame spans its card, beneath its parts.
    for (size_t i = 0; i < m_cardList.size(); ++i) {
        const Card &c = m_cardList[i];
        const int top = int(i) / columns * Rows;
        const int column = int(i) % columns;
        m_grid->addWidget(c.frame, top, column, Rows, 1);
        for (const auto &[row, w] : c.parts)
            m_grid->addWidget(w, top + row, column);
        c.frame->lower();
        m_grid->setRowStretch(top + ChartRow, 1);
        m_grid->setColumnStretch(column, 1);
    }
}

void MethodComparisonView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_cardList.empty() && columnsFor(width()) != m_columns)
        layoutCards(columnsFor(width()));
}

void MethodComparisonView::fillLegend()
{
    const sim::SimulationResult *result = nullptr;
    if (m_comparison) {
        for (const sim::ComparedMethod &m : m_comparison->methods) {
            if (m.available && !result)
                result = &m.result;
        }
    }
    if (!result || result->pods.empty()) {
        m_legend->clear();
        m_legend->hide();
        return;
    }
    // The methods' runs share their Pods (same index, same colour): one legend for all the cards.
    QStringList names;
    for (const sim::PodInfo &p : result->pods)
        names << p.name;
    const QStringList labels = PodNames::shortNames(names);
    // Grouped by Deployment (Pods made by events come later in the index order, mixed).
    std::map<QString, std::vector<size_t>> byDeployment;
    for (size_t i = 0; i < result->pods.size(); ++i)
        byDeployment[result->pods[i].deployment].push_back(i);
    QString html;
    QStringList tips;
    for (const auto &[deployment, pods] : byDeployment) {
        if (!html.isEmpty())
            html += QStringLiteral("&nbsp;&nbsp;&nbsp; ");
        html += QStringLiteral("<b>%1</b>:").arg(deployment.toHtmlEscaped());
        for (size_t i : pods) {
            const sim::PodInfo &p = result->pods[i];
            html +=
                QStringLiteral(" <span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                    .arg(PodPalette::color(int(i), palette()).name(), labels[qsizetype(i)].toHtmlEscaped());
            tips << tr("%1: %2 (%3)").arg(labels[qsizetype(i)], p.name, p.ip);
        }
    }
    m_legend->setText(tr("Pods: %1").arg(html));
    m_legend->setToolTip(tips.join(u'\n'));
    m_legend->show();
}

QString MethodComparisonView::busiestPod(const sim::ComparedMethod &m)
{
    const sim::VerdictFigures &f = m.details.figures;
    if (f.hotGroup >= 0)
        return tr("%1 of %2 Pods").arg(percent(f.hotShare)).arg(f.hotGroupPods);
    // Too few clients for a hot spot (one curl loop): still say how the busiest Pod of a route fared.
    double best = -1;
    QString text = QStringLiteral("–");
    for (size_t g = 0; g < m.result.stats.size(); ++g) {
        const sim::RouteStats &s = m.result.stats[g];
        if (s.served == 0 || s.podLoad.empty())
            continue;
        qint64 top = 0;
        for (const auto &entry : s.podLoad)
            top = std::max(top, entry.second);
        const double share = double(top) / double(s.served);
        const int pods = int(s.podLoad.size());
        if (share > best) {
            best = share;
            text = tr("%1 of %n Pod(s) that served", nullptr, pods).arg(percent(share));
        }
    }
    return text;
}

void MethodComparisonView::fillTable()
{
    m_table->clearSpans();
    m_table->setRowCount(0);
    const std::vector<sim::EventMarker> *markers = nullptr;
    if (m_comparison) {
        for (const sim::ComparedMethod &m : m_comparison->methods) {
            if (m.available && !markers)
                markers = &m.result.markers;
        }
    }
    const int columns = FirstMarkerColumn + (markers ? int(markers->size()) : 0);
    m_table->setColumnCount(columns);
    const auto header = [this](int column, const QString &text, const QString &tip) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(tip);
        m_table->setHorizontalHeaderItem(column, item);
    };
    header(MethodColumn, tr("Method"), {});
    header(StickinessColumn, tr("Stickiness"),
           tr("Follow-up requests answered by the same Pod as the one before"));
    header(BrokenColumn, tr("Broken sessions"), tr("Sessions in which the Pod changed at least once"));
    header(HotShareColumn, tr("Busiest Pod"),
           tr("The busiest Pod's share of a route's traffic, where it is furthest above its fair share"));
    header(MaxOverMeanColumn, tr("Max/mean"), tr("Busiest server over the mean (1 is perfectly even)"));
    header(CvColumn, tr("CV"), tr("Coefficient of variation of the servers' loads (0 is perfectly even)"));
    for (int i = FirstMarkerColumn; i < columns; ++i) {
        const sim::EventMarker &marker = (*markers)[size_t(i - FirstMarkerColumn)];
        header(i, tr("Moved at %1 s").arg(QLocale().toString(double(marker.atMs) / 1000.0, 'g', 6)),
               tr("Clients answered by another Pod after \"%1\" than before it").arg(marker.label));
    }
    if (!m_comparison) {
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth());
        return;
    }
    m_table->setRowCount(int(m_comparison->methods.size()));
    int row = 0;
    for (const sim::ComparedMethod &m : m_comparison->methods) {
        const auto set = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            if (column != MethodColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(MethodColumn, m.label);
        if (!m.available) {
            set(StickinessColumn, m.unavailableReason);
            m_table->setSpan(row, StickinessColumn, 1, columns - StickinessColumn);
            m_table->item(row, StickinessColumn)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
            ++row;
            continue;
        }
        const sim::VerdictFigures &f = m.details.figures;
        set(StickinessColumn, percent(f.stickiness()));
        set(BrokenColumn, percent(f.brokenShare()));
        set(HotShareColumn, busiestPod(m));
        set(MaxOverMeanColumn, sim::Verdict::decimal(f.maxOverMean));
        set(CvColumn, sim::Verdict::decimal(f.cv));
        for (int i = FirstMarkerColumn;
             i < columns && size_t(i - FirstMarkerColumn) < m.result.markers.size(); ++i) {
            const sim::EventImpact impact =
                sim::Verdict::impact(m.result.markers[size_t(i - FirstMarkerColumn)]);
            set(i, percent(impact.share()));
        }
        ++row;
    }
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void MethodComparisonView::addCard(const sim::ComparedMethod &m, Card &card)
{
    constexpr int Inset = 10;
    const auto add = [&](QWidget *w, int row) {
        w->setContentsMargins(Inset, row == TitleRow ? Inset : 0, Inset, row == ButtonRow ? Inset : 0);
        card.parts.emplace_back(row, w);
        card.widgets.push_back(w);
    };
    auto *frame = new QFrame(m_cards);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setMinimumWidth(CardWidth);
    frame->setObjectName(QStringLiteral("method-") + m.id);
    card.frame = frame;
    card.widgets.push_back(frame);

    auto *title = new QLabel(m.label, m_cards);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    add(title, TitleRow);

    if (!m.available) {
        auto *reason = new QLabel(tr("Not run: %1").arg(m.unavailableReason), m_cards);
        reason->setWordWrap(true);
        reason->setForegroundRole(QPalette::PlaceholderText);
        reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        add(reason, VerdictRow);
        return;
    }

    // The verdict, beside a coloured rule that says at a glance how the method did: green sticky
    // and even, amber one of the two, red neither.
    auto *verdictBox = new QWidget(m_cards);
    auto *verdictRow = new QHBoxLayout(verdictBox);
    verdictRow->setContentsMargins(0, 0, 0, 0);
    card.accent = new QFrame(verdictBox);
    card.accent->setFixedWidth(4);
    card.accent->setAutoFillBackground(true);
    card.verdict = new QLabel(m.verdict, verdictBox);
    card.verdict->setWordWrap(true);
    card.verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    card.verdict->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont verdictFont = card.verdict->font();
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.1);
    verdictFont.setBold(true);
    card.verdict->setFont(verdictFont);
    verdictRow->addWidget(card.accent);
    verdictRow->addWidget(card.verdict, 1);
    const bool sticky = m.details.stickiness == sim::VerdictText::Stickiness::Sticky;
    const bool balanced = m.details.balance == sim::VerdictText::Balance::Even;
    card.health =
        sticky && balanced ? Health::Healthy : (sticky || balanced ? Health::Warning : Health::Error);
    styleVerdict(card);
    add(verdictBox, VerdictRow);

    card.chart = new PodBarChart(m_cards, false);
    card.chart->setMinimumHeight(180);
    card.chart->setResult(std::shared_ptr<const sim::SimulationResult>(m_comparison, &m.result));
    add(card.chart, ChartRow);

    QString points = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &p : m.details.points)
        points += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
    points += QStringLiteral("</ul>");
    auto *list = new QLabel(points, m_cards);
    list->setWordWrap(true);
    list->setTextFormat(Qt::RichText);
    list->setTextInteractionFlags(Qt::TextSelectableByMouse);
    list->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    add(list, PointsRow);

    auto *buttons = new QWidget(m_cards);
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    auto *details = new QPushButton(tr("Details"), buttons);
    details->setObjectName(QStringLiteral("details-") + m.id);
    details->setToolTip(tr("Show the full results of %1").arg(m.label));
    const QString id = m.id;
    connect(details, &QPushButton::clicked, this, [this, id] { Q_EMIT methodActivated(id); });
    buttonRow->addStretch();
    buttonRow->addWidget(details);
    add(buttons, ButtonRow);
}

void MethodComparisonView::styleVerdict(const Card &card) const
{
    if (!card.accent)
        return;
    QPalette pal = card.accent->palette();
    pal.setColor(QPalette::Window, Theme::healthColor(card.health, palette()));
    card.accent->setPalette(pal);
}

void MethodComparisonView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        for (const Card &c : m_cardList)
            styleVerdict(c);
        fillLegend(); // the Pods' colours follow the palette
    }
    QWidget::changeEvent(event);
}

} // namespace gw::views
