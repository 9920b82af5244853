// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/topologygraph.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace gw::views {

class NodeItem;
class TlsBadgeItem;

/**
 * An edge of the topology canvas: a smooth curve from one node's right side to the next node's
 * left side with an arrowhead (a dashed line from a policy to its Service), and, on rule ->
 * Service edges, a label with the persistence mode and the weight; a padlock (TlsBadgeItem) on
 * edges where TLS is terminated, passed through or re-encrypted.
 */
class EdgeItem : public QGraphicsItem
{
public:
    EdgeItem(const TopologyGraph::Edge &edge, NodeItem *from, NodeItem *to);

    enum { Type = UserType + 2 };
    int type() const override { return Type; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const TopologyGraph::Edge &edge() const { return m_edge; }
    NodeItem *from() const { return m_from; }
    NodeItem *to() const { return m_to; }
    /** Drawn stronger when it touches the selected node. */
    void setEmphasised(bool emphasised);
    /** The label's rectangle in scene coordinates (empty without a label). */
    QRectF labelRect() const;
    /** The padlock, nullptr on edges without TLS. */
    TlsBadgeItem *tlsBadge() const { return m_badge; }

private:
    void build();
    QPointF badgePosition() const;

    TopologyGraph::Edge m_edge;
    NodeItem *m_from;
    NodeItem *m_to;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QStringList m_labelLines;
    TlsBadgeItem *m_badge = nullptr;
    bool m_emphasised = false;
};

} // namespace gw::views
