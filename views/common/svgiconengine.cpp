// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/svgiconengine.h"

#include "views/common/theme.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QRegularExpression>
#include <QSvgRenderer>

namespace gw::views {

namespace {

const QByteArray inkColour = QByteArrayLiteral("#232629");

} // namespace

SvgIconEngine::SvgIconEngine(QByteArray svg)
    : m_svg(std::move(svg))
{ }

QByteArray SvgIconEngine::recoloured(QIcon::Mode mode) const
{
    const QPalette palette = QGuiApplication::palette();
    const bool dark = Theme::isDark(palette);
    QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
    if (mode == QIcon::Disabled)
        ink = palette.color(QPalette::Disabled, QPalette::WindowText);
    else if (mode == QIcon::Selected)
        ink = palette.color(QPalette::Active, QPalette::HighlightedText);
    QByteArray svg = m_svg;
    svg.replace(inkColour, ink.name().toLatin1());
    if (dark || mode == QIcon::Disabled) {
        // Accent colours: lighter on dark palettes so they keep their contrast, faded when disabled.
        static const QRegularExpression hex(QStringLiteral("#[0-9a-fA-F]{6}\\b"));
        QString text = QString::fromUtf8(svg);
        QString out;
        qsizetype last = 0;
        for (auto it = hex.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            QColor c(m.captured());
            if (c != ink) {
                if (mode == QIcon::Disabled)
                    c = Theme::mix(c, palette.color(QPalette::Window), 0.55);
                else
                    c = c.lighter(125);
            }
            out += QStringView(text).mid(last, m.capturedStart() - last) + c.name();
            last = m.capturedEnd();
        }
        out += QStringView(text).mid(last);
        svg = out.toUtf8();
    }
    return svg;
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    // Drawn as vectors: sharp at any zoom of the canvas, and still vectors in an SVG export.
    const QPalette palette = QGuiApplication::palette();
    const QString key =
        QStringLiteral("%1/%2/%3")
            .arg(int(mode))
            .arg(palette.color(QPalette::WindowText).name(), palette.color(QPalette::Window).name());
    auto it = m_renderers.find(key);
    if (it == m_renderers.end()) {
        if (m_renderers.size() > 8)
            m_renderers.clear();
        it = m_renderers.insert(key, std::make_shared<QSvgRenderer>(recoloured(mode)));
    }
    it.value()->render(painter, QRectF(rect));
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QPalette palette = QGuiApplication::palette();
    const QString cacheKey =
        QStringLiteral("%1x%2@%3/%4/%5/%6")
            .arg(size.width())
            .arg(size.height())
            .arg(scale)
            .arg(int(mode))
            .arg(palette.color(QPalette::WindowText).name(), palette.color(QPalette::Window).name());
    const auto it = m_cache.constFind(cacheKey);
    if (it != m_cache.constEnd())
        return it.value();
    QPixmap pm(size * scale);
    pm.fill(Qt::transparent);
    QSvgRenderer renderer(recoloured(mode));
    if (renderer.isValid()) {
        QPainter p(&pm);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size * scale)));
    }
    pm.setDevicePixelRatio(scale);
    if (m_cache.size() > 64)
        m_cache.clear();
    m_cache.insert(cacheKey, pm);
    return pm;
}

QSize SvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(m_svg);
}

QString SvgIconEngine::key() const
{
    return QStringLiteral("gw::views::SvgIconEngine");
}

} // namespace gw::views
