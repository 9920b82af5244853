// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/timelinewidget.h"

#include "core/design.h"
#include "core/workload.h"
#include "sim/scenarioparser.h"
#include "views/sim/scenario/scenariofieldbinder.h"
#include "views/sim/scenario/scenariostore.h"
#include "yaml/value.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace gw::views {

namespace {

const yaml::Path Events = yaml::Path::of("spec.events");
constexpr int MarkerWidth = 14;
constexpr int LaneHeight = 22;
constexpr int Margin = 24;
// Lanes the widget keeps room for at its smallest; beyond that markers share the top lane.
constexpr int MinimumLanes = 4;

QColor typeColor(const QString &type)
{
    if (type == u"scale")
        return QColor(0x2e, 0x86, 0xc1);
    if (type == u"failPod")
        return QColor(0xc0, 0x39, 0x2b);
    if (type == u"restartPod")
        return QColor(0xd6, 0x8a, 0x10);
    return QColor(0x8e, 0x44, 0xad); // rollingUpdate
}

/** A tick step of 1, 2 or 5 times a power of ten seconds (or minutes) giving about \a ticks ticks. */
qint64 tickStep(qint64 span, int ticks)
{
    const qint64 raw = std::max<qint64>(1, span / std::max(1, ticks));
    static const qint64 steps[] = {100,   200,    500,    1000,   2000,   5000,    10000,   15000,  30000,
                                   60000, 120000, 300000, 600000, 900000, 1800000, 3600000, 7200000};
    for (qint64 s : steps) {
        if (s >= raw)
            return s;
    }
    return 3600000 * ((raw + 3599999) / 3600000);
}

} // namespace

TimelineWidget::TimelineWidget(ScenarioStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("scenarioTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Event timeline"));
    connect(store, &ScenarioStore::scenarioChanged, this, [this] {
        reload();
        if (m_selected >= eventCount())
            setSelectedEvent(eventCount() - 1);
        update();
    });
    reload();
}

void TimelineWidget::reload()
{
    const int count = m_store->count(Events);
    m_events.assign(size_t(std::max(0, count)), Event());
    qint64 last = 0;
    for (int i = 0; i < count; ++i) {
        Event &e = m_events[size_t(i)];
        e.atMs = sim::ScenarioParser::parseDuration(field(i, "at")).value_or(0);
        e.type = field(i, "type");
        last = std::max(last, e.atMs);
    }
    const qint64 duration =
        sim::ScenarioParser::parseDuration(m_store->scalar(yaml::Path::of("spec.duration"))).value_or(0);
    m_span = std::max(duration, last + last / 5);
    if (m_span <= 0)
        m_span = 300000;
    for (int i = 0; i < count; ++i)
        m_events[size_t(i)].text = describe(i);
    if (m_dragging >= count)
        m_dragging = -1;
    m_markers.clear();
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    m_markers.clear();
    QWidget::resizeEvent(event);
}

QSize TimelineWidget::sizeHint() const
{
    return {600, 130};
}

QSize TimelineWidget::minimumSizeHint() const
{
    // Room for the lanes of events close in time (three events at 1m30s in the cafe at scale),
    // packed as close as their labels allow, so that markers and labels never lie on top of each
    // other even where the Events box is at its smallest (a 1366×768 screen).
    ensureLayout();
    const int chrome = 8 + 26 + 6 + 2; // axisRect()'s margins, the gap above the axis, a spare line
    return {240, std::max(90, chrome + std::min(m_lanes, MinimumLanes) * compactLane())};
}

int TimelineWidget::compactLane() const
{
    return std::max(16, fontMetrics().height() + 2);
}

int TimelineWidget::eventCount() const
{
    return int(m_events.size());
}

QString TimelineWidget::field(int event, const char *key) const
{
    return m_store->scalar(Events[event] / key);
}

qint64 TimelineWidget::eventTime(int event) const
{
    return event >= 0 && event < eventCount() ? m_events[size_t(event)].atMs : 0;
}

qint64 TimelineWidget::spanMs() const
{
    return m_span;
}

QRect TimelineWidget::axisRect() const
{
    return rect().adjusted(Margin, 8, -Margin, -26);
}

double TimelineWidget::xOf(qint64 ms) const
{
    const QRect a = axisRect();
    return a.left() + double(a.width()) * double(ms) / double(spanMs());
}

qint64 TimelineWidget::timeAt(double x) const
{
    const QRect a = axisRect();
    const double f = std::clamp((x - a.left()) / std::max(1, a.width()), 0.0, 1.0);
    return qint64(std::llround(f * double(spanMs())));
}

qint64 TimelineWidget::snap(qint64 ms) const
{
    const qint64 step = spanMs() >= 20000 ? 1000 : 100;
    return (ms + step / 2) / step * step;
}

void TimelineWidget::ensureLayout() const
{
    if (m_markers.size() == m_events.size())
        return;
    // Events close in time stack in lanes, in written order: an event's lane counts the events
    // written before it whose markers overlap its own. Sorted by x, only neighbours can overlap.
    const int n = eventCount();
    std::vector<double> xs(static_cast<size_t>(n));
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        xs[size_t(i)] = xOf(m_dragging == i ? m_dragMs : m_events[size_t(i)].atMs);
        order[size_t(i)] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return xs[size_t(a)] < xs[size_t(b)]; });
    const QRect a = axisRect();
    m_markers.assign(size_t(n), QRect());
    const int lanesBefore = m_lanes;
    m_lanes = 1;
    std::vector<int> lanes(size_t(n), 0);
    for (int k = 0; k < n; ++k) {
        const int i = order[size_t(k)];
        const double x = xs[size_t(i)];
        int lane = 0;
        for (int j = k - 1; j >= 0 && x - xs[size_t(order[size_t(j)])] < MarkerWidth; --j) {
            if (order[size_t(j)] < i)
                ++lane;
        }
        for (int j = k + 1; j < n && xs[size_t(order[size_t(j)])] - x < MarkerWidth; ++j) {
            if (order[size_t(j)] < i)
                ++lane;
        }
        lanes[size_t(i)] = lane;
        m_lanes = std::max(m_lanes, lane + 1);
    }
    // Lanes are LaneHeight apart where there is room, closer (down to a label's height) where not.
    const int step = std::clamp((a.height() - 6) / m_lanes, compactLane(), LaneHeight);
    for (int i = 0; i < n; ++i) {
        const int cx = int(std::lround(xs[size_t(i)]));
        const int y = a.bottom() - 6 - (lanes[size_t(i)] + 1) * step;
        m_markers[size_t(i)] = QRect(cx - MarkerWidth / 2, std::max(a.top(), y), MarkerWidth, step - 4);
    }
    // More or fewer lanes: the layout gives the widget the height they need (later, never from
    // inside a size hint).
    if (m_lanes != lanesBefore)
        QMetaObject::invokeMethod(const_cast<TimelineWidget *>(this), &QWidget::updateGeometry,
                                  Qt::QueuedConnection);
}

QRect TimelineWidget::markerRect(int event) const
{
    ensureLayout();
    return event >= 0 && event < eventCount() ? m_markers[size_t(event)] : QRect();
}

QPoint TimelineWidget::markerCenter(int event) const
{
    if (event < 0 || event >= eventCount())
        return {};
    return markerRect(event).center();
}

int TimelineWidget::eventAt(const QPoint &pos) const
{
    for (int i = eventCount() - 1; i >= 0; --i) {
        if (markerRect(i).adjusted(-2, -2, 2, 2).contains(pos))
            return i;
    }
    return -1;
}

QString TimelineWidget::describe(int event) const
{
    const QString type = field(event, "type");
    QString target = field(event, "pod");
    if (target.isEmpty()) {
        target = field(event, "deployment");
        if (!field(event, "index").isEmpty())
            target += QStringLiteral("[%1]").arg(field(event, "index"));
    }
    const QString at = formatDuration(eventTime(event));
    if (type == u"scale")
        return tr("%1: scale %2 to %3").arg(at, target, field(event, "replicas"));
    if (type == u"failPod")
        return tr("%1: fail %2").arg(at, target);
    if (type == u"restartPod")
        return tr("%1: restart %2").arg(at, target);
    if (type == u"rollingUpdate")
        return tr("%1: rolling update of %2").arg(at, target);
    return tr("%1: %2").arg(at, type);
}

void TimelineWidget::setSelectedEvent(int event)
{
    if (event < -1 || event >= eventCount())
        event = -1;
    if (event == m_selected)
        return;
    m_selected = event;
    update();
    Q_EMIT selectionChanged(event);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRect a = axisRect();
    const qint64 span = spanMs();

    // Axis with ticks.
    QColor axis = pal.text().color();
    p.setPen(QPen(axis, 1));
    p.drawLine(a.left(), a.bottom(), a.right(), a.bottom());
    const qint64 step = tickStep(span, std::max(2, a.width() / 90));
    QColor grid = pal.mid().color();
    grid.setAlpha(90);
    const QFontMetrics fm(font());
    for (qint64 t = 0; t <= span; t += step) {
        const int x = int(std::lround(xOf(t)));
        p.setPen(QPen(grid, 1, Qt::DotLine));
        p.drawLine(x, a.top(), x, a.bottom());
        p.setPen(QPen(axis, 1));
        p.drawLine(x, a.bottom(), x, a.bottom() + 4);
        const QString label = formatDuration(t);
        p.drawText(QRect(x - 40, a.bottom() + 5, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }

    // Events.
    for (int i = 0; i < eventCount(); ++i) {
        const QRect r = markerRect(i);
        const QColor c = typeColor(m_events[size_t(i)].type);
        QColor line = c;
        line.setAlpha(110);
        p.setPen(QPen(line, 1, Qt::DashLine));
        p.drawLine(r.center().x(), a.top(), r.center().x(), a.bottom());
        QPainterPath diamond;
        diamond.moveTo(r.center().x(), r.top());
        diamond.lineTo(r.right(), r.center().y());
        diamond.lineTo(r.center().x(), r.bottom());
        diamond.lineTo(r.left(), r.center().y());
        diamond.closeSubpath();
        p.setPen(QPen(i == m_selected ? pal.highlight().color() : c.darker(130), i == m_selected ? 3 : 1));
        p.setBrush(c);
        p.drawPath(diamond);
        p.setPen(pal.text().color());
        const QString &text = m_events[size_t(i)].text;
        const int w = fm.horizontalAdvance(text);
        int tx = r.right() + 4;
        if (tx + w > rect().right() - 2)
            tx = r.left() - 4 - w;
        p.drawText(QPoint(tx, r.center().y() + fm.ascent() / 2 - 1), text);
    }
    if (eventCount() == 0) {
        p.setPen(pal.placeholderText().color());
        p.drawText(a, Qt::AlignCenter, tr("No events. Double-click the time axis to add one."));
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.highlight().color(), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const int hit = eventAt(event->position().toPoint());
    setSelectedEvent(hit);
    if (hit >= 0) {
        m_dragging = hit;
        m_dragMs = eventTime(hit);
        m_pressX = event->position().toPoint().x();
        m_markers.clear();
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging < 0) {
        setCursor(eventAt(event->position().toPoint()) >= 0 ? Qt::SizeHorCursor : Qt::ArrowCursor);
        return;
    }
    const qint64 ms = snap(timeAt(event->position().x()));
    if (ms != m_dragMs) {
        m_dragMs = ms;
        m_markers.clear();
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging < 0 || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    const int dragged = m_dragging;
    const qint64 ms = snap(timeAt(event->position().x()));
    const bool moved = std::abs(event->position().toPoint().x() - m_pressX) >= 2;
    m_dragging = -1;
    m_markers.clear();
    if (moved && ms != eventTime(dragged)) {
        const QString at = formatDuration(ms);
        if (!m_store->setField(Events[dragged] / "at", yaml::Value::raw(at.toStdString()),
                               tr("Move Event to %1").arg(at)))
            Q_EMIT editFailed(m_store->lastError());
    }
    update();
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (eventAt(event->position().toPoint()) >= 0 || m_store->current() == 0)
        return;
    addEvent(snap(timeAt(event->position().x())));
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_dragging >= 0) { // a drag let go of where it started
        m_dragging = -1;
        m_markers.clear();
        update();
        return;
    }
    if ((event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) && eventCount() > 0) {
        const int step = event->key() == Qt::Key_Down ? 1 : -1;
        setSelectedEvent(m_selected < 0 ? 0 : std::clamp(m_selected + step, 0, eventCount() - 1));
        return;
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_selected >= 0) {
        removeEvent(m_selected);
        return;
    }
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && m_selected >= 0) {
        const qint64 step = spanMs() >= 20000 ? 1000 : 100;
        const qint64 ms =
            std::max<qint64>(0, eventTime(m_selected) + (event->key() == Qt::Key_Left ? -step : step));
        const QString at = formatDuration(ms);
        if (!m_store->setField(Events[m_selected] / "at", yaml::Value::raw(at.toStdString()),
                               tr("Move Event to %1").arg(at)))
            Q_EMIT editFailed(m_store->lastError());
        return;
    }
    QWidget::keyPressEvent(event);
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_store->current() == 0)
        return;
    const int hit = eventAt(event->pos());
    const qint64 ms = snap(timeAt(event->pos().x()));
    QMenu menu(this);
    if (hit >= 0) {
        setSelectedEvent(hit);
        connect(menu.addAction(tr("&Delete %1").arg(describe(hit))), &QAction::triggered, this,
                [this, hit] { removeEvent(hit); });
        menu.addSeparator();
    }
    const QString at = formatDuration(ms);
    connect(menu.addAction(tr("Add &Scale at %1").arg(at)), &QAction::triggered, this,
            [this, ms] { addEvent(ms); });
    connect(menu.addAction(tr("Add &Pod Failure at %1").arg(at)), &QAction::triggered, this,
            [this, ms] { addEvent(ms, QStringLiteral("failPod")); });
    connect(menu.addAction(tr("Add Pod &Restart at %1").arg(at)), &QAction::triggered, this,
            [this, ms] { addEvent(ms, QStringLiteral("restartPod")); });
    connect(menu.addAction(tr("Add Rolling &Update at %1").arg(at)), &QAction::triggered, this,
            [this, ms] { addEvent(ms, QStringLiteral("rollingUpdate")); });
    menu.exec(event->globalPos());
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int hit = eventAt(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), describe(hit), this);
        else
            QToolTip::showText(help->globalPos(), formatDuration(snap(timeAt(help->pos().x()))), this);
        return true;
    }
    return QWidget::event(event);
}

bool TimelineWidget::addEvent(qint64 ms, const QString &type)
{
    // A Scale of the first Deployment to one more replica than it has: the most common event.
    QString deployment;
    int replicas = 2;
    for (const Resource *r : m_store->design()->resources(Kind::Deployment)) {
        deployment = r->meta.name;
        if (const Deployment *d = r->as<Deployment>())
            replicas = d->replicas + 1;
        break;
    }
    yaml::Value item = yaml::Value::mapping();
    item.set("at", yaml::Value::raw(formatDuration(ms).toStdString())).set("type", type);
    if (!deployment.isEmpty())
        item.set("deployment", deployment);
    if (type == u"scale")
        item.set("replicas", replicas);
    else if (type == u"failPod" || type == u"restartPod")
        item.set("index", 0);
    // Kept in time order, after the events at the same time.
    int index = 0;
    while (index < eventCount() && eventTime(index) <= ms)
        ++index;
    if (!m_store->insertItem(Events, index, item, tr("Add Event at %1").arg(formatDuration(ms)))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    m_selected = -1;
    setSelectedEvent(index);
    return true;
}

bool TimelineWidget::removeEvent(int event)
{
    if (event < 0 || event >= eventCount())
        return false;
    const QString text = describe(event);
    if (!m_store->removeField(Events[event], tr("Remove Event %1").arg(text))) {
        Q_EMIT editFailed(m_store->lastError());
        return false;
    }
    m_selected = -1;
    setSelectedEvent(std::min(event, eventCount() - 1));
    return true;
}

} // namespace gw::views
