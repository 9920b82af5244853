// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/topologyview.h"

#include "core/design.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/topologyscene.h"
#include "views/common/designselection.h"
#include "views/common/theme.h"
#include "views/tree/resourceactions.h"

#include <QContextMenuEvent>
#include <QCursor>
#include <QEvent>
#include <QFileInfo>
#include <QImage>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>
#include <cmath>

namespace gw::views {

namespace {

constexpr qreal minZoom = 0.15;
constexpr qreal maxZoom = 4.0;

} // namespace

TopologyView::TopologyView(DesignSelection *selection, QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new TopologyScene(selection, this))
{
    setObjectName(QStringLiteral("topologyView"));
    setAccessibleName(tr("Topology"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    connect(selection, &DesignSelection::currentChanged, this, &TopologyView::ensureCurrentVisible);
    connect(m_scene, &TopologyScene::rebuilt, this, &TopologyView::sceneRebuilt);
    connect(selection->design(), &Design::aboutToReset, this, [this] { m_fitted = false; });
}

qreal TopologyView::zoom() const
{
    return transform().m11();
}

void TopologyView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (qFuzzyCompare(zoom, this->zoom()))
        return;
    setTransform(QTransform::fromScale(zoom, zoom));
    Q_EMIT zoomChanged(zoom);
}

void TopologyView::zoomIn()
{
    setZoom(zoom() * 1.25);
}

void TopologyView::zoomOut()
{
    setZoom(zoom() / 1.25);
}

void TopologyView::resetZoom()
{
    setZoom(1.0);
}

void TopologyView::fitToWindow()
{
    const QRectF content = m_scene->sceneRect();
    if (content.isEmpty() || viewport()->width() < 10)
        return;
    const qreal z =
        std::min({1.0, viewport()->width() / content.width(), viewport()->height() / content.height()});
    setZoom(z);
    centerOn(content.center());
    m_fitted = true;
}

void TopologyView::sceneRebuilt()
{
    // The first graph of a design is fitted; later edits keep the user's zoom and scroll.
    if (!m_fitted && isVisible())
        fitToWindow();
    viewport()->update();
}

void TopologyView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (!m_fitted)
        fitToWindow();
}

void TopologyView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_scene->update();
}

void TopologyView::ensureCurrentVisible()
{
    for (NodeItem *item : m_scene->currentItems()) {
        ensureVisible(item, 40, 30);
        break;
    }
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal steps = event->angleDelta().y() / 120.0;
        setZoom(zoom() * std::pow(1.15, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() == Qt::NoModifier &&
        (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right)) {
        const std::vector<NodeItem *> current = m_scene->currentItems();
        if (NodeItem *next = m_scene->neighbour(current.empty() ? nullptr : current.front(), Qt::Key(key)))
            m_scene->selectNode(next);
        event->accept();
        return;
    }
    if (key == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, QPoint(), QCursor::pos());
        contextMenuEvent(&menu);
        event->accept();
        return;
    }
    if (event->modifiers() == Qt::NoModifier && (key == Qt::Key_Return || key == Qt::Key_Enter) &&
        !m_scene->currentItems().empty()) {
        Q_EMIT nodeActivated();
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

QMenu *TopologyView::contextMenu(const NodeItem *node)
{
    auto *menu = new QMenu(this);
    if (!m_actions)
        return menu;
    if (node) {
        const TopologyGraph::Node &n = node->node();
        if (n.type == TopologyGraph::Node::Type::Missing) {
            // A reference to nothing: make what it names.
            if (QAction *create = m_actions->createMissingAction(n.kind, n.title))
                menu->addAction(create);
        } else if (n.resource) {
            m_scene->selectNode(node);
            QAction *edit = menu->addAction(tr("&Edit Properties"));
            connect(edit, &QAction::triggered, this, &TopologyView::nodeActivated);
            menu->addSeparator();
            menu->addAction(m_actions->renameAction());
            menu->addAction(m_actions->duplicateAction());
            menu->addAction(m_actions->copyAction());
            if (QAction *partner = m_actions->partnerAction(); partner->isEnabled())
                menu->addAction(partner);
            menu->addSeparator();
            menu->addAction(m_actions->deleteAction());
        }
        menu->addSeparator();
    }
    menu->addMenu(m_actions->addMenu());
    return menu;
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    const NodeItem *node = nullptr;
    QPoint at = event->globalPos();
    if (event->reason() == QContextMenuEvent::Mouse) {
        for (QGraphicsItem *item : items(event->pos())) {
            if (item->type() == NodeItem::Type) {
                node = static_cast<const NodeItem *>(item);
                break;
            }
        }
    } else {
        // The Menu key or Shift+F10: the selected node's menu, at the node.
        const std::vector<NodeItem *> current = m_scene->currentItems();
        if (!current.empty()) {
            node = current.front();
            at = viewport()->mapToGlobal(mapFromScene(node->mapToScene(node->rect().center())));
        }
    }
    QMenu *menu = contextMenu(node);
    menu->exec(at);
    delete menu;
    event->accept();
}

void TopologyView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (!m_scene->nodeItems().empty())
        return;
    // An empty design: say what to do, in the middle of the view.
    painter->save();
    painter->resetTransform();
    const QPalette pal = palette();
    painter->setPen(Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45));
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    painter->setFont(f);
    painter->drawText(viewport()->rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap,
                      tr("Open a manifest, paste one (Ctrl+Shift+V), or add a Gateway to start.\n"
                         "Gateways, routes, Services and Pods will appear here."));
    painter->restore();
}

bool TopologyView::exportTo(const QString &path, QString *error)
{
    m_scene->flush();
    const QRectF source = m_scene->contentsRect().adjusted(-20, -16, 20, 20);
    if (m_scene->nodeItems().empty()) {
        if (error)
            *error = tr("There is nothing to export.");
        return false;
    }
    if (QFileInfo(path).suffix().compare(u"svg", Qt::CaseInsensitive) == 0) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(source.size().toSize());
        generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
        generator.setTitle(tr("Gateway Studio topology"));
        QPainter painter;
        if (!painter.begin(&generator)) {
            if (error)
                *error = tr("Cannot write %1.").arg(path);
            return false;
        }
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        return true;
    }
    const qreal scale = 2.0;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * scale), source);
    }
    if (!image.save(path)) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace gw::views
