// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "views/canvas/topologygraph.h"

#include <QGraphicsScene>
#include <QPointer>
#include <QTimer>

class QGraphicsPathItem;

namespace gw::views {

class DesignSelection;
class EdgeItem;
class NodeItem;
class StatusProvider;

/**
 * The topology of the design as a graphics scene: a TopologyGraph laid out by TopologyLayout,
 * drawn with NodeItems and EdgeItems. It rebuilds itself when the Design changes, follows and
 * sets the shared selection, colours nodes through a StatusProvider, and turns drags into edits:
 * a rule dropped on a Service adds a backendRef, a route dropped on a listener adds a parentRef,
 * a policy dropped on a Service adds a targetRef (each one undo command).
 */
class TopologyScene : public QGraphicsScene
{
    Q_OBJECT

public:
    TopologyScene(DesignSelection *selection, QObject *parent = nullptr);
    ~TopologyScene() override;

    /** Not owned; nullptr for neutral colours. Call refreshStatus() when its answers change. */
    void setStatusProvider(const StatusProvider *provider);
    void refreshStatus();

    /** Rebuilds now if a change of the Design is waiting (rebuilds are deferred to the event loop). */
    void flush();
    const TopologyGraph &graph() const { return m_graph; }
    const std::vector<NodeItem *> &nodeItems() const { return m_nodes; }
    const std::vector<EdgeItem *> &edgeItems() const { return m_edges; }
    NodeItem *nodeItem(const QString &key) const;
    /** The nodes that show the current selection. */
    std::vector<NodeItem *> currentItems() const;
    /**
     * The node keyboard navigation moves to from \a from: Up and Down within the column, Left
     * to a node that feeds it, Right to a node it feeds (the nearest one). Nodes without a
     * resource (missing references) are skipped. Without \a from: the first node.
     */
    NodeItem *neighbour(const NodeItem *from, Qt::Key key) const;
    /** Selects \a node's resource and part. */
    void selectNode(const NodeItem *node);
    /** The area the graph covers (for fitting and exporting). */
    QRectF contentsRect() const;

    /**
     * Connects \a from to \a to as a drop would: rule -> Service, route -> listener, policy ->
     * Service. Returns false when the pair cannot be connected (or already is).
     */
    bool connectNodes(const NodeItem *from, const NodeItem *to);
    bool canConnect(const NodeItem *from, const NodeItem *to) const;

    /// @name Called by NodeItem
    /// @{
    void nodePressed(NodeItem *node, const QPointF &scenePos);
    void nodeDragged(NodeItem *node, const QPointF &scenePos, const QPointF &pressScreenPos,
                     const QPointF &screenPos);
    void nodeReleased(NodeItem *node, const QPointF &scenePos);
    /// @}

Q_SIGNALS:
    /** The scene was rebuilt (after a change of the Design). */
    void rebuilt();
    /** A connection was refused; \a message says why. */
    void editFailed(const QString &message);

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void rebuild();
    void updateCurrent();
    NodeItem *nodeAt(const QPointF &scenePos) const;
    void endConnect();

    DesignSelection *m_selection;
    const StatusProvider *m_status = nullptr;
    TopologyGraph m_graph;
    std::vector<NodeItem *> m_nodes;
    std::vector<EdgeItem *> m_edges;
    std::vector<QGraphicsItem *> m_headers;
    QGraphicsPathItem *m_rubber = nullptr;
    NodeItem *m_pressed = nullptr;
    NodeItem *m_dropTarget = nullptr;
    bool m_connecting = false;
    QTimer m_rebuildTimer;
};

} // namespace gw::views
