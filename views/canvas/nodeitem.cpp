// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/nodeitem.h"

#include "views/canvas/topologylayout.h"
#include "views/canvas/topologyscene.h"
#include "views/common/icons.h"
#include "views/common/theme.h"

#include <QApplication>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace gw::views {

using NodeType = TopologyGraph::Node::Type;

NodeItem::NodeItem(TopologyScene *scene, int index, const TopologyGraph::Node &node)
    : m_scene(scene)
    , m_index(index)
    , m_node(node)
{
    const QSizeF size(TopologyLayout::columnWidth(node.column),
                      node.type == NodeType::Pod || node.type == NodeType::Policy
                          ? TopologyLayout::podHeight
                          : TopologyLayout::nodeHeight);
    m_rect = QRectF(QPointF(0, 0), size);
    setPos(node.position);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    updateToolTip();
}

QRectF NodeItem::boundingRect() const
{
    return m_rect.adjusted(-3, -3, 3, 3);
}

QPointF NodeItem::outPort() const
{
    return mapToScene(QPointF(m_rect.right(), m_rect.center().y()));
}

QPointF NodeItem::inPort() const
{
    return mapToScene(QPointF(m_rect.left(), m_rect.center().y()));
}

QString NodeItem::iconName() const
{
    switch (m_node.type) {
    case NodeType::Listener:
        return QStringLiteral("listener");
    case NodeType::Rule:
        return QStringLiteral("rule");
    case NodeType::Pod:
        return QStringLiteral("pod");
    default:
        break;
    }
    return Icons::kindIconName(m_node.kind);
}

void NodeItem::setHealth(Health health, const QString &summary)
{
    if (health == m_health && summary == m_summary)
        return;
    m_health = health;
    m_summary = summary;
    updateToolTip();
    update();
}

void NodeItem::setCurrent(bool current)
{
    if (current != m_current) {
        m_current = current;
        setZValue(current ? 3 : 2);
        update();
    }
}

void NodeItem::setDropTarget(bool target)
{
    if (target != m_dropTarget) {
        m_dropTarget = target;
        update();
    }
}

void NodeItem::updateToolTip()
{
    QString tip = m_node.title;
    if (!m_node.subtitle.isEmpty())
        tip += u'\n' + m_node.subtitle;
    switch (m_node.type) {
    case NodeType::Rule:
        tip += u'\n' + TopologyScene::tr("Drag to a Service to add a backend");
        break;
    case NodeType::Route:
        tip += u'\n' + TopologyScene::tr("Drag to a listener to attach the route");
        break;
    case NodeType::Unmodelled:
        tip += u'\n' +
            TopologyScene::tr("Gateway Studio does not model this kind: the preview, the status and the "
                              "simulation leave it out (see the problems)");
        break;
    case NodeType::Policy:
        if (m_node.kind == Kind::UpstreamSettingsPolicy || m_node.kind == Kind::BackendTLSPolicy)
            tip += u'\n' + TopologyScene::tr("Drag to a Service to target it");
        break;
    case NodeType::ListenerSet:
        tip += u'\n' + TopologyScene::tr("Adds its listeners to the Gateway, when the Gateway allows it");
        break;
    default:
        break;
    }
    if (!m_summary.isEmpty())
        tip += QStringLiteral("\n\n") + m_summary;
    setToolTip(tip);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette pal = widget ? widget->palette() : QApplication::palette();
    const bool missing = m_node.type == NodeType::Missing;
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = Theme::kindColor(m_node.kind, pal);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor error = Theme::errorColor(pal);

    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF r = m_rect.adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = m_hover ? Theme::mix(base, accent, 0.07) : base;
    if (m_current)
        fill = Theme::mix(base, highlight, Theme::isDark(pal) ? 0.22 : 0.12);
    QPen border(m_current ? highlight : Theme::mix(text, base, m_hover ? 0.55 : 0.75), m_current ? 2.0 : 1.0);
    if (missing) {
        border = QPen(error, 1.2, Qt::DashLine);
        fill = Theme::mix(base, error, 0.06);
    } else if (m_node.type == NodeType::Unmodelled) {
        // Kept, but not acted on by the preview: dashed, in the warning colour.
        border = QPen(m_current ? highlight : Theme::healthColor(Health::Warning, pal), m_current ? 2.0 : 1.2,
                      Qt::DashLine);
    }
    if (m_dropTarget)
        border = QPen(highlight, 2.0, Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fill);
    painter->drawRoundedRect(r, 6, 6);

    // The kind's accent as a strip along the left edge.
    if (!missing) {
        QPainterPath strip;
        strip.addRoundedRect(QRectF(r.left(), r.top(), 8, r.height()), 6, 6);
        QPainterPath clip;
        clip.addRect(QRectF(r.left(), r.top(), 4, r.height()));
        painter->setPen(Qt::NoPen);
        painter->setBrush(accent);
        painter->drawPath(strip.intersected(clip));
    }

    const qreal iconSize = 16;
    const QRectF iconRect(r.left() + 11,
                          r.top() + (m_node.subtitle.isEmpty() ? (r.height() - iconSize) / 2 : 7), iconSize,
                          iconSize);
    Icons::icon(iconName()).paint(painter, iconRect.toRect());

    const qreal textLeft = iconRect.right() + 7;
    const qreal textWidth = r.right() - textLeft - 16;
    QFont titleFont = QApplication::font();
    titleFont.setWeight(QFont::DemiBold);
    QFont subFont = QApplication::font();
    subFont.setPointSizeF(subFont.pointSizeF() * 0.86);
    const QFontMetricsF tfm(titleFont);
    const QFontMetricsF sfm(subFont);
    const bool twoLines = !m_node.subtitle.isEmpty();
    const qreal block = twoLines ? tfm.height() + sfm.height() : tfm.height();
    const qreal top = r.top() + (r.height() - block) / 2;

    painter->setFont(titleFont);
    painter->setPen(missing ? error : text);
    painter->drawText(QRectF(textLeft, top, textWidth, tfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tfm.elidedText(m_node.title, Qt::ElideMiddle, textWidth));
    if (twoLines) {
        painter->setFont(subFont);
        painter->setPen(Theme::mix(text, base, 0.4));
        painter->drawText(QRectF(textLeft, top + tfm.height(), textWidth, sfm.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          sfm.elidedText(m_node.subtitle, Qt::ElideRight, textWidth));
    }

    // Status dot (neutral ring without a status).
    const QPointF dot(r.right() - 9, r.top() + 9);
    if (m_health == Health::Unknown) {
        painter->setPen(QPen(Theme::healthColor(Health::Unknown, pal), 1.2));
        painter->setBrush(Qt::NoBrush);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(Theme::healthColor(m_health, pal));
    }
    painter->drawEllipse(dot, 3.5, 3.5);
}

void NodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    m_scene->nodePressed(this, event->scenePos());
}

void NodeItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_scene->nodeDragged(this, event->scenePos(), event->buttonDownScreenPos(Qt::LeftButton),
                         event->screenPos());
}

void NodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_scene->nodeReleased(this, event->scenePos());
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = true;
    update();
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hover = false;
    update();
}

} // namespace gw::views
