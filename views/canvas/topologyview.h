// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace gw::views {

class DesignSelection;
class TopologyScene;

/**
 * The topology canvas: the TopologyScene with zoom (Ctrl+wheel, actions), fit to window,
 * scrolling by dragging the background, keeping the selected node in view, keyboard navigation
 * (arrow keys move the selection along the graph), and export of the whole graph as PNG or SVG.
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

Q_SIGNALS:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void ensureCurrentVisible();
    void sceneRebuilt();

    TopologyScene *m_scene;
    bool m_fitted = false;
};

} // namespace gw::views
