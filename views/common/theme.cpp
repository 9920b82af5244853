// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/theme.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace gw::views {

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QPalette Theme::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Base, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::AlternateBase, QColor(0xf4, 0xf5, 0xf6));
    p.setColor(QPalette::ToolTipBase, QColor(0xf7, 0xf7, 0xf7));
    p.setColor(QPalette::ToolTipText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::PlaceholderText, QColor(0x70, 0x7d, 0x8a));
    p.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::Button, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ButtonText, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xe0, 0xe2, 0xe4));
    p.setColor(QPalette::Mid, QColor(0xbc, 0xc0, 0xc4));
    p.setColor(QPalette::Dark, QColor(0x88, 0x8e, 0x93));
    p.setColor(QPalette::Shadow, QColor(0x47, 0x4a, 0x4c));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa4, 0xa8));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    p.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x94, 0x9c));
    p.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x1f, 0x22, 0x25));
    p.setColor(QPalette::Dark, QColor(0x14, 0x16, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0d, 0x0e, 0x0f));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x74, 0x7a));
    return p;
}

void Theme::apply(Scheme scheme)
{
    static const QString systemStyle = QApplication::style()->name();
    static const QPalette systemPalette = QApplication::palette();
    switch (scheme) {
    case Scheme::System:
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
        break;
    case Scheme::Light:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(lightPalette());
        break;
    case Scheme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QColor Theme::kindColor(Kind kind, const QPalette &palette)
{
    QColor c;
    switch (kind) {
    case Kind::GatewayClass:
    case Kind::Gateway:
    case Kind::ListenerSet:
        c = QColor(0x29, 0x80, 0xb9); // blue
        break;
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
    case Kind::TLSRoute:
    case Kind::TCPRoute:
    case Kind::UDPRoute:
        c = QColor(0x8e, 0x44, 0xad); // purple
        break;
    case Kind::Service:
    case Kind::EndpointSlice:
        c = QColor(0x16, 0xa0, 0x85); // teal
        break;
    case Kind::Deployment:
        c = QColor(0x27, 0xae, 0x60); // green
        break;
    case Kind::UpstreamSettingsPolicy:
    case Kind::ClientSettingsPolicy:
    case Kind::ProxySettingsPolicy:
    case Kind::RateLimitPolicy:
    case Kind::SnippetsPolicy:
    case Kind::ObservabilityPolicy:
    case Kind::WAFPolicy:
    case Kind::SnippetsFilter:
    case Kind::AuthenticationFilter:
    case Kind::NginxProxy:
        c = QColor(0xd3, 0x54, 0x00); // orange
        break;
    case Kind::ReferenceGrant:
    case Kind::Secret:
    case Kind::BackendTLSPolicy:
        c = QColor(0xc0, 0x9a, 0x16); // ochre
        break;
    default:
        c = QColor(0x7f, 0x8c, 0x8d); // grey
        break;
    }
    return isDark(palette) ? c.lighter(130) : c;
}

QColor Theme::healthColor(Health health, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (health) {
    case Health::Healthy:
        return dark ? QColor(0x3d, 0xd4, 0x7a) : QColor(0x27, 0xae, 0x60);
    case Health::Warning:
        return dark ? QColor(0xfd, 0xbc, 0x4b) : QColor(0xe6, 0x7e, 0x22);
    case Health::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xda, 0x44, 0x53);
    case Health::Unknown:
        break;
    }
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.55);
}

QColor Theme::changedLineColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3a, 0x4a, 0x2a) : QColor(0xe4, 0xf5, 0xd6);
}

QColor Theme::selectedLineColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight),
               isDark(palette) ? 0.30 : 0.18);
}

QColor Theme::findMatchColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6b, 0x5a, 0x1e) : QColor(0xff, 0xe8, 0x8c);
}

QColor Theme::errorColor(const QPalette &palette)
{
    return healthColor(Health::Error, palette);
}

} // namespace gw::views
