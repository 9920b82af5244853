// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace gw::views {

/**
 * The colour of each Pod in every chart of a result: the same Pod index has the same colour in the
 * bars, the load lines, the assignment strip and each method of a comparison (whose runs have the
 * same Pods in the same order). Ten well-separated hues (after Okabe–Ito), each further cycle of ten
 * turned in hue and, every other cycle, darker (light palettes) or lighter (dark palettes); a little
 * lighter on dark palettes, so that they read on both.
 */
class PodPalette
{
public:
    static QColor color(int pod, const QPalette &palette);
    /** The colour of cells where nginx answered without a Pod (404, 502, …). */
    static QColor notServed(const QPalette &palette);
    /** The background of cells without a request. */
    static QColor noRequest(const QPalette &palette);
    /** Event marker lines. */
    static QColor marker(const QPalette &palette);
};

} // namespace gw::views
