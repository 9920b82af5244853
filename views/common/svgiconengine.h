// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <memory>

class QSvgRenderer;

namespace gw::views {

/**
 * Draws one of Gateway Studio's SVG icons at any size, recoloured for the current palette: the
 * icon's ink colour (#232629 in the files) becomes the palette's text colour (so the icons work on
 * light and dark palettes), and is greyed out for the disabled mode. Accent colours are kept, and
 * lightened a little on dark palettes. Rendering happens at the device pixel ratio, so icons are
 * sharp on high-DPI screens.
 */
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine *clone() const override;
    QString key() const override;

    /** The SVG text as it is drawn for \a mode with the current application palette. */
    QByteArray recoloured(QIcon::Mode mode) const;

private:
    QByteArray m_svg;
    QHash<QString, QPixmap> m_cache;
    QHash<QString, std::shared_ptr<QSvgRenderer>> m_renderers;
};

} // namespace gw::views
