// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/tlsbadgeitem.h"

#include "views/common/icons.h"

#include <QApplication>
#include <QPainter>
#include <QWidget>

namespace gw::views {

using Tls = TopologyGraph::Edge::Tls;

TlsBadgeItem::TlsBadgeItem(Tls tls, const QString &detail, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_tls(tls)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(true);
    setToolTip(TopologyGraph::tlsDescription(tls, detail));
}

QString TlsBadgeItem::iconName(Tls tls)
{
    switch (tls) {
    case Tls::Terminated:
        return QStringLiteral("tls-terminated");
    case Tls::Passthrough:
        return QStringLiteral("tls-passthrough");
    case Tls::Reencrypted:
        return QStringLiteral("tls-reencrypt");
    case Tls::None:
        break;
    }
    return {};
}

QRectF TlsBadgeItem::boundingRect() const
{
    // Centred on the item's position, with room for the ring around it.
    return QRectF(-size / 2 - 2, -size / 2 - 2, size + 4, size + 4);
}

void TlsBadgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette pal = widget ? widget->palette() : QApplication::palette();
    painter->setRenderHint(QPainter::Antialiasing);
    // A ring in the canvas's colour sets the badge off from the line under it.
    painter->setPen(Qt::NoPen);
    painter->setBrush(pal.color(QPalette::Base));
    painter->drawEllipse(QPointF(0, 0), size / 2 + 1.5, size / 2 + 1.5);
    Icons::icon(iconName(m_tls)).paint(painter, QRectF(-size / 2, -size / 2, size, size).toRect());
}

} // namespace gw::views
