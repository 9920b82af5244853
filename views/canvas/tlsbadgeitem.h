// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/canvas/topologygraph.h"

#include <QGraphicsItem>

namespace gw::views {

/**
 * The padlock on a TLS edge of the topology canvas (a child of the EdgeItem), in one of three looks:
 * an open lock on green where TLS is terminated at an HTTPS listener, a lock with an arrow on blue
 * where a TLS listener passes the encrypted stream through to a TLSRoute's backends, and a lock with
 * a circular arrow on ochre where a BackendTLSPolicy re-encrypts the traffic to the Service. Its
 * tooltip says what happens there (TopologyGraph::tlsDescription()).
 */
class TlsBadgeItem : public QGraphicsItem
{
public:
    TlsBadgeItem(TopologyGraph::Edge::Tls tls, const QString &detail, QGraphicsItem *parent);

    enum { Type = UserType + 3 };
    int type() const override { return Type; }
    static constexpr qreal size = 20;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    TopologyGraph::Edge::Tls tls() const { return m_tls; }
    /** The icon drawn for \a tls ("tls-terminated", "tls-passthrough", "tls-reencrypt"). */
    static QString iconName(TopologyGraph::Edge::Tls tls);

private:
    TopologyGraph::Edge::Tls m_tls;
};

} // namespace gw::views
