// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <vector>

namespace gw::views {

class ScenarioStore;

/**
 * The scenario's event timeline: a time axis from 0 to the scenario's duration with each event as
 * a marker (events at the same time stack). Click a marker to select it; drag it along the axis
 * to move the event (one undo command when the mouse is released, snapped to whole seconds, or
 * tenths on short timelines; Escape lets go); double-click the axis to add a Scale event there, or
 * use the context menu for any kind; Delete removes the selected event. From the keyboard, Up and
 * Down select the previous or next event, Left and Right move it. Events are indexed as written in
 * `spec.events`. The events' times, types and texts are read once per change of the scenario and
 * the markers placed once per change, resize or drag step, so that painting and hovering a timeline
 * of hundreds of events costs a pass over them.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(ScenarioStore *store, QWidget *parent = nullptr);

    int selectedEvent() const { return m_selected; }
    void setSelectedEvent(int event);

    /** The time the axis spans: the scenario's duration, or a little past the last event. */
    qint64 spanMs() const;
    /** The x coordinate of \a ms, and back (clamped to the axis). */
    double xOf(qint64 ms) const;
    qint64 timeAt(double x) const;
    /** The centre of an event's marker (for tests and tooltips); null when there is no such event. */
    QPoint markerCenter(int event) const;
    /** Where events are: their times as written (`spec.events[i].at`). */
    qint64 eventTime(int event) const;
    int eventCount() const;

    /**
     * Adds an event at \a ms and selects it: a Scale of the first Deployment to one replica more, or
     * of \a type ("failPod", "restartPod", "rollingUpdate") on its first Pod.
     */
    bool addEvent(qint64 ms, const QString &type = QStringLiteral("scale"));
    bool removeEvent(int event);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void selectionChanged(int event);
    void editFailed(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    /** An event as the timeline shows it, read once per change of the scenario. */
    struct Event
    {
        qint64 atMs = 0;
        QString type;
        QString text; ///< describe()
    };

    /** Re-reads the events and the span from the scenario. */
    void reload();
    /** Places the markers (lanes for events close in time) when the events, size or a drag changed. */
    void ensureLayout() const;
    QRect axisRect() const;
    /** The closest lanes may lie: a label's height. */
    int compactLane() const;
    QRect markerRect(int event) const;
    int eventAt(const QPoint &pos) const;
    qint64 snap(qint64 ms) const;
    QString describe(int event) const;
    QString field(int event, const char *key) const;

    ScenarioStore *m_store;
    std::vector<Event> m_events; ///< as written in spec.events
    qint64 m_span = 300000;
    mutable std::vector<QRect> m_markers; ///< marker rectangles; empty when they must be placed again
    mutable int m_lanes = 1; ///< lanes the markers need at the current width
    int m_selected = -1;
    int m_dragging = -1;
    qint64 m_dragMs = 0;
    int m_pressX = 0;
};

} // namespace gw::views
