// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

class QMenu;

namespace gw::views {

class DesignSelection;
class NodeItem;
class ResourceActions;
class TopologyScene;

/**
 * The topology canvas: the TopologyScene with zoom (Ctrl+wheel, actions), fit to window,
 * scrolling by dragging the background, keeping the selected node in view, keyboard navigation
 * (arrow keys move the selection along the graph, Return goes on to the node's form), a context
 * menu on nodes and on the background (also from the Menu key and Shift+F10, at the selected
 * node), and export of the whole graph as PNG or SVG.
 */
class TopologyView : public QGraphicsView
{
    Q_OBJECT

public:
    TopologyView(DesignSelection *selection, QWidget *parent = nullptr);

    TopologyScene *topologyScene() const { return m_scene; }
    qreal zoom() const;

    void zoomIn();
    void zoomOut();
    void resetZoom();
    /** Zooms so that the whole graph fits (never above 100%). */
    void fitToWindow();
    void setZoom(qreal zoom);

    /** Writes the whole graph to \a path: SVG when it ends in .svg, PNG (at 2x) otherwise. */
    bool exportTo(const QString &path, QString *error = nullptr);

    /** The actions the context menu offers (rename, duplicate, delete, add...). Not owned. */
    void setResourceActions(ResourceActions *actions) { m_actions = actions; }
    /** The context menu for \a node (nullptr: the background); the caller runs and deletes it. */
    QMenu *contextMenu(const NodeItem *node);

Q_SIGNALS:
    void zoomChanged(qreal zoom);
    /** Return on a node: the user wants to edit it. */
    void nodeActivated();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureCurrentVisible();
    void sceneRebuilt();

    TopologyScene *m_scene;
    ResourceActions *m_actions = nullptr;
    bool m_fitted = false;
};

} // namespace gw::views
