// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/assignmentstripview.h"

#include "views/sim/results/podpalette.h"

#include "sim/verdict.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace gw::views {

namespace {

constexpr int AxisHeight = 22;
constexpr int MarkerLabelHeight = 16;
constexpr int Margin = 6;
/** The cell image's largest width and height: about a wide screen's pixels. */
constexpr int MaxImageSide = 4096;

/** A "nice" axis step (1, 2, 5 × 10^n seconds) giving about \a ticks ticks over \a spanMs. */
qint64 tickStep(qint64 spanMs, int ticks)
{
    const double raw = std::max(1.0, double(spanMs) / std::max(1, ticks));
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return qint64(m * power);
    }
    return qint64(10 * power);
}

} // namespace

AssignmentStripView::AssignmentStripView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Client by time assignment strip"));
}

void AssignmentStripView::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    m_result = std::move(result);
    m_group = -1;
    m_rows.clear();
    if (m_result) {
        for (int r = 0; r < int(m_result->strip.rows.size()); ++r)
            m_rows.push_back(r);
    }
    m_labelWidth = 0;
    if (m_result) {
        const QFontMetrics fm(font());
        for (const sim::AssignmentStrip::Row &row : m_result->strip.rows)
            m_labelWidth = std::max(m_labelWidth, fm.horizontalAdvance(row.label));
        m_labelWidth = std::min(m_labelWidth + Margin, 220);
    }
    rebuildImage();
    updateGeometry();
    update();
}

void AssignmentStripView::clear()
{
    setResult(nullptr);
}

void AssignmentStripView::setGroup(int group)
{
    m_group = group;
    m_rows.clear();
    if (m_result) {
        for (int r = 0; r < int(m_result->strip.rows.size()); ++r) {
            if (group < 0 || m_result->strip.rows[size_t(r)].group == group)
                m_rows.push_back(r);
        }
    }
    rebuildImage();
    updateGeometry();
    update();
}

int AssignmentStripView::stripRow(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1;
}

void AssignmentStripView::setRowHeight(int height)
{
    m_rowHeight = std::max(1, height);
    updateGeometry();
    update();
}

void AssignmentStripView::rebuildImage()
{
    m_image = QImage();
    if (!m_result || m_rows.empty() || m_result->strip.buckets <= 0)
        return;
    const sim::AssignmentStrip &s = m_result->strip;
    // The image is drawn scaled to the plot: more columns or rows than a screen shows only cost
    // memory. Each column covers a run of buckets and shows its last answered request (or none);
    // each image row shows the first strip row of its run.
    const int columns = std::min(s.buckets, MaxImageSide);
    const int rows = std::min(int(m_rows.size()), MaxImageSide);
    QImage image(columns, rows, QImage::Format_RGB32);
    if (image.isNull())
        return; // out of memory: the placeholder is painted instead
    const QPalette pal = palette();
    std::vector<QRgb> colors(m_result->pods.size());
    for (size_t i = 0; i < colors.size(); ++i)
        colors[i] = PodPalette::color(int(i), pal).rgb();
    const QRgb none = PodPalette::noRequest(pal).rgb();
    const QRgb notServed = PodPalette::notServed(pal).rgb();
    for (int r = 0; r < rows; ++r) {
        const int row = m_rows[size_t(qint64(r) * qint64(m_rows.size()) / rows)];
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(r));
        for (int x = 0; x < columns; ++x) {
            const int first = int(qint64(x) * s.buckets / columns);
            const int last = int(qint64(x + 1) * s.buckets / columns) - 1;
            qint32 c = sim::AssignmentStrip::NoRequest;
            for (int b = last; b >= first && c == sim::AssignmentStrip::NoRequest; --b)
                c = s.cell(row, b);
            line[x] = c == sim::AssignmentStrip::NoRequest ? none
                : c < 0 || size_t(c) >= colors.size()      ? notServed
                                                           : colors[size_t(c)];
        }
    }
    m_image = std::move(image);
}

QRectF AssignmentStripView::plotRect() const
{
    const int rows = int(m_rows.size());
    return QRectF(Margin + m_labelWidth, MarkerLabelHeight, std::max(1, width() - 2 * Margin - m_labelWidth),
                  qreal(rows) * m_rowHeight);
}

QRectF AssignmentStripView::cellRect(int row, int bucket) const
{
    if (!m_result || m_result->strip.buckets <= 0)
        return {};
    const QRectF plot = plotRect();
    const qreal w = plot.width() / m_result->strip.buckets;
    return QRectF(plot.left() + w * bucket, plot.top() + qreal(row) * m_rowHeight, w, m_rowHeight);
}

std::pair<int, int> AssignmentStripView::cellAt(const QPointF &pos) const
{
    if (!m_result || m_result->strip.buckets <= 0)
        return {-1, -1};
    const QRectF plot = plotRect();
    if (!plot.contains(pos))
        return {-1, -1};
    const int bucket = int((pos.x() - plot.left()) * m_result->strip.buckets / plot.width());
    const int row = int((pos.y() - plot.top()) / m_rowHeight);
    if (row < 0 || row >= int(m_rows.size()) || bucket < 0 || bucket >= m_result->strip.buckets)
        return {-1, -1};
    return {row, bucket};
}

qreal AssignmentStripView::xOf(qint64 ms) const
{
    if (!m_result || m_result->strip.buckets <= 0)
        return 0;
    const QRectF plot = plotRect();
    const double span = double(m_result->strip.bucketMs) * m_result->strip.buckets;
    return plot.left() + plot.width() * double(ms) / span;
}

QString AssignmentStripView::cellText(int row, int bucket) const
{
    const int r = stripRow(row);
    if (!m_result || r < 0)
        return {};
    const sim::AssignmentStrip &s = m_result->strip;
    const qint32 c = s.cell(r, bucket);
    QString who;
    if (c == sim::AssignmentStrip::NoRequest)
        who = tr("no request");
    else if (c == sim::AssignmentStrip::NotServed || c < 0 || size_t(c) >= m_result->pods.size())
        who = tr("answered by nginx, no Pod");
    else
        who = m_result->pods[size_t(c)].name;
    return tr("%1, t = %2: %3")
        .arg(s.rows[size_t(r)].label, sim::Verdict::seconds(qint64(bucket) * s.bucketMs), who);
}

QSize AssignmentStripView::sizeHint() const
{
    const int rows = int(m_rows.size());
    return QSize(640, MarkerLabelHeight + rows * m_rowHeight + AxisHeight);
}

QSize AssignmentStripView::minimumSizeHint() const
{
    return QSize(200, sizeHint().height());
}

void AssignmentStripView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    if (!m_result || m_image.isNull()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No clients sampled"));
        return;
    }
    const QRectF plot = plotRect();
    const sim::AssignmentStrip &s = m_result->strip;
    p.drawImage(plot, m_image);

    // Row labels: every row when rows are tall enough to read, else every few rows.
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics fm(font());
    const int every = std::max(1, (fm.height() + m_rowHeight - 1) / m_rowHeight);
    for (int r = 0; r < int(m_rows.size()); r += every) {
        const QRectF box(Margin, plot.top() + r * m_rowHeight, m_labelWidth - Margin, fm.height());
        p.drawText(
            box, Qt::AlignTop | Qt::AlignRight,
            fm.elidedText(s.rows[size_t(m_rows[size_t(r)])].label, Qt::ElideMiddle, m_labelWidth - Margin));
    }

    // Time axis.
    const qint64 span = s.bucketMs * s.buckets;
    const qint64 step = tickStep(span, std::max(2, int(plot.width() / 90)));
    p.setPen(pal.color(QPalette::Text));
    for (qint64 t = 0; t <= span; t += step) {
        const qreal x = xOf(t);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, AxisHeight - 4), Qt::AlignHCenter | Qt::AlignTop,
                   sim::Verdict::seconds(t));
    }

    // Event markers.
    QPen pen(PodPalette::marker(pal), 1.5, Qt::DashLine);
    for (const sim::EventMarker &m : m_result->markers) {
        const qreal x = xOf(m.atMs);
        p.setPen(pen);
        p.drawLine(QPointF(x, plot.top() - 2), QPointF(x, plot.bottom()));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x + 3, 0, std::max<qreal>(60, plot.right() - x - 3), MarkerLabelHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(m.label, Qt::ElideRight, int(plot.right() - x)));
    }
}

bool AssignmentStripView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, bucket] = cellAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), cellText(row, bucket), this,
                               cellRect(row, bucket).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void AssignmentStripView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        rebuildImage();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace gw::views
