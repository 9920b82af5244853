// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/topologygraph.h"
#include "views/common/health.h"

#include <QGraphicsItem>

namespace gw::views {

class TopologyScene;

/**
 * A node of the topology canvas: kind icon, name and a one-line summary, a status dot coloured by
 * the StatusProvider, a highlight when selected. Pressing and dragging from a rule, route or policy
 * starts a connection (handled by the scene); a click selects.
 */
class NodeItem : public QGraphicsItem
{
public:
    NodeItem(TopologyScene *scene, int index, const TopologyGraph::Node &node);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    int index() const { return m_index; }
    const TopologyGraph::Node &node() const { return m_node; }
    QRectF rect() const { return m_rect; }
    /** Where edges leave (right) and arrive (left), in scene coordinates. */
    QPointF outPort() const;
    QPointF inPort() const;

    void setHealth(Health health, const QString &summary);
    Health health() const { return m_health; }
    void setCurrent(bool current);
    bool isCurrent() const { return m_current; }
    void setDropTarget(bool target);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QString iconName() const;
    void updateToolTip();

    TopologyScene *m_scene;
    int m_index;
    TopologyGraph::Node m_node;
    QRectF m_rect;
    Health m_health = Health::Unknown;
    QString m_summary;
    bool m_current = false;
    bool m_hover = false;
    bool m_dropTarget = false;
};

} // namespace gw::views
