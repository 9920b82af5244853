// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/edgeitem.h"

#include "views/canvas/nodeitem.h"
#include "views/canvas/tlsbadgeitem.h"
#include "views/common/theme.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QWidget>

namespace gw::views {

namespace {

QFont labelFont()
{
    QFont f = QApplication::font();
    f.setPointSizeF(f.pointSizeF() * 0.82);
    return f;
}

} // namespace

EdgeItem::EdgeItem(const TopologyGraph::Edge &edge, NodeItem *from, NodeItem *to)
    : m_edge(edge)
    , m_from(from)
    , m_to(to)
{
    setZValue(m_edge.label.isEmpty() ? 0 : 1);
    setAcceptedMouseButtons(Qt::NoButton);
    // "weight 1 · ip_hash": the mode on top, the weight below.
    const QStringList parts = m_edge.label.split(QStringLiteral(" · "));
    if (parts.size() == 2)
        m_labelLines = {parts[1], parts[0]};
    else if (!m_edge.label.isEmpty())
        m_labelLines = {m_edge.label};
    build();
    if (m_edge.tls != TopologyGraph::Edge::Tls::None && !m_path.isEmpty()) {
        m_badge = new TlsBadgeItem(m_edge.tls, m_edge.tlsDetail, this);
        m_badge->setPos(badgePosition());
    }
}

QPointF EdgeItem::badgePosition() const
{
    if (m_labelRect.isEmpty())
        return m_path.pointAtPercent(0.5);
    // Right of the label, on the curve: the point of the curve nearest to that x.
    const qreal x = m_labelRect.right() + TlsBadgeItem::size / 2 + 3;
    QPointF best = m_path.pointAtPercent(1);
    for (int i = 0; i <= 50; ++i) {
        const QPointF p = m_path.pointAtPercent(0.5 + i / 100.0);
        if (std::abs(p.x() - x) < std::abs(best.x() - x))
            best = p;
    }
    return best;
}

void EdgeItem::build()
{
    m_path = QPainterPath();
    m_arrow.clear();
    if (m_edge.style == TopologyGraph::Edge::Style::Policy || m_from->node().column == m_to->node().column) {
        // From the policy up to what it targets above it (or from a node to another of its column),
        // along their left edges.
        const QRectF a = m_from->sceneBoundingRect().adjusted(3, 3, -3, -3);
        const QRectF b = m_to->sceneBoundingRect().adjusted(3, 3, -3, -3);
        const bool below = a.top() > b.bottom();
        const QPointF start(a.left() + 22, below ? a.top() : a.bottom());
        const QPointF end(b.left() + 22, below ? b.bottom() : b.top());
        m_path.moveTo(start);
        m_path.lineTo(end);
        return;
    }
    const QPointF start = m_from->outPort();
    const QPointF end = m_to->inPort() - QPointF(5, 0);
    const qreal dx = std::max<qreal>(30, (end.x() - start.x()) / 2);
    m_path.moveTo(start);
    m_path.cubicTo(start + QPointF(dx, 0), end - QPointF(dx, 0), end);
    const QPointF tip = m_to->inPort();
    m_arrow << tip << tip + QPointF(-7, -3.5) << tip + QPointF(-7, 3.5);

    if (!m_labelLines.isEmpty()) {
        const QFontMetricsF fm(labelFont());
        qreal w = 0;
        for (const QString &line : m_labelLines)
            w = std::max(w, fm.horizontalAdvance(line));
        const QSizeF size(w + 12, fm.height() * m_labelLines.size() + 4);
        // Near the rule, where edges of different rules are still apart.
        const QPointF at = m_path.pointAtPercent(0.42);
        m_labelRect = QRectF(at - QPointF(size.width() / 2, size.height() / 2), size);
    }
}

QRectF EdgeItem::labelRect() const
{
    return m_labelRect;
}

QRectF EdgeItem::boundingRect() const
{
    QRectF r = m_path.boundingRect().united(m_arrow.boundingRect()).adjusted(-4, -4, 4, 4);
    if (!m_labelRect.isEmpty())
        r = r.united(m_labelRect.adjusted(-2, -2, 2, 2));
    return r;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    QPainterPath p = stroker.createStroke(m_path);
    if (!m_labelRect.isEmpty())
        p.addRect(m_labelRect);
    return p;
}

void EdgeItem::setEmphasised(bool emphasised)
{
    if (emphasised != m_emphasised) {
        m_emphasised = emphasised;
        setZValue(emphasised ? 1.5 : (m_edge.label.isEmpty() ? 0 : 1));
        update();
    }
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette pal = widget ? widget->palette() : QApplication::palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    QColor colour = Theme::mix(text, base, m_emphasised ? 0.15 : 0.55);
    if (m_emphasised)
        colour = Theme::mix(pal.color(QPalette::Highlight), text, 0.2);
    QPen pen(colour, m_emphasised ? 1.8 : 1.2);
    switch (m_edge.style) {
    case TopologyGraph::Edge::Style::Policy:
        pen.setColor(Theme::kindColor(m_from->node().kind, pal));
        pen.setStyle(Qt::DashLine);
        break;
    case TopologyGraph::Edge::Style::Missing:
        pen.setColor(Theme::errorColor(pal));
        pen.setStyle(Qt::DashLine);
        break;
    case TopologyGraph::Edge::Style::Flow:
        break;
    }
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (!m_arrow.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(pen.color());
        painter->drawPolygon(m_arrow);
    }
    if (!m_labelRect.isEmpty()) {
        const QColor window = pal.color(QPalette::Window);
        painter->setPen(QPen(Theme::mix(text, base, m_emphasised ? 0.4 : 0.7), 1));
        painter->setBrush(Theme::mix(base, window, 0.6));
        painter->drawRoundedRect(m_labelRect, 4, 4);
        painter->setFont(labelFont());
        const QFontMetricsF fm(labelFont());
        QRectF line(m_labelRect.left(), m_labelRect.top() + 2, m_labelRect.width(), fm.height());
        for (int i = 0; i < m_labelLines.size(); ++i) {
            painter->setPen(i == 0 ? text : Theme::mix(text, base, 0.4));
            painter->drawText(line, Qt::AlignCenter, m_labelLines[i]);
            line.translate(0, fm.height());
        }
    }
}

} // namespace gw::views
