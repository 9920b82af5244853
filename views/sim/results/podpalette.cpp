// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/podpalette.h"

#include "views/common/theme.h"

#include <array>

namespace gw::views {

namespace {

constexpr std::array<QRgb, 10> Hues {
    0x0072b2, // blue
    0xe69f00, // orange
    0x009e73, // bluish green
    0xcc79a7, // reddish purple
    0x56b4e9, // sky blue
    0xd55e00, // vermillion
    0x8c6d31, // brown
    0x7f63b8, // violet
    0xb8b800, // olive
    0x17a2b8, // teal
};

} // namespace

QColor PodPalette::color(int pod, const QPalette &palette)
{
    if (pod < 0)
        return notServed(palette);
    QColor c = QColor::fromRgb(Hues[size_t(pod) % Hues.size()]);
    const bool dark = Theme::isDark(palette);
    // Later cycles of ten turn the hue a little and, every other cycle, go darker on light
    // palettes and lighter on dark ones, so that Pod 0 and Pod 10 stay apart.
    if (const int cycle = pod / int(Hues.size()); cycle > 0) {
        int h = 0, s = 0, v = 0;
        c.getHsv(&h, &s, &v);
        c = QColor::fromHsv((h + 23 * cycle) % 360, s, v);
        if (cycle % 2)
            c = dark ? c.lighter(140) : c.darker(140);
    }
    if (dark)
        c = c.lighter(115);
    return c;
}

QColor PodPalette::notServed(const QPalette &palette)
{
    return Theme::errorColor(palette);
}

QColor PodPalette::noRequest(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.06);
}

QColor PodPalette::marker(const QPalette &palette)
{
    return Theme::isDark(palette) ? QColor(0xff, 0xd7, 0x4d) : QColor(0x20, 0x20, 0x20);
}

} // namespace gw::views
