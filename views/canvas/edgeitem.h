// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/topologygraph.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace gw::views {

class NodeItem;

/**
 * An edge of the topology canvas: a smooth curve from one node's right side to the next node's
 * left side with an arrowhead (a dashed line from a policy to its Service), and, on rule ->
 * Service edges, a label with the persistence mode and the weight.
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

private:
    void build();

    TopologyGraph::Edge m_edge;
    NodeItem *m_from;
    NodeItem *m_to;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QRectF m_labelRect;
    QStringList m_labelLines;
    bool m_emphasised = false;
};

} // namespace gw::views
