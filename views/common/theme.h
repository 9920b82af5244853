// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/common/health.h"

#include <QColor>
#include <QPalette>

namespace gw::views {

/**
 * Colours derived from the current palette, so that every view works on light and dark palettes,
 * and the application-wide colour scheme (follow the system, or force light or dark).
 */
class Theme
{
public:
    enum class Scheme { System, Light, Dark };

    static bool isDark(const QPalette &palette);
    /** \a a blended towards \a b by \a t (0: a, 1: b). */
    static QColor mix(const QColor &a, const QColor &b, qreal t);

    /** Applies a colour scheme to the whole application (Fusion palettes for Light and Dark). */
    static void apply(Scheme scheme);
    static QPalette lightPalette();
    static QPalette darkPalette();

    /** The accent of a kind (canvas nodes, tree icons). */
    static QColor kindColor(Kind kind, const QPalette &palette);
    /** Status colour: neutral for Unknown. */
    static QColor healthColor(Health health, const QPalette &palette);
    /** Background of preview lines the last change touched. */
    static QColor changedLineColor(const QPalette &palette);
    /** Background of preview lines produced by the selected resource. */
    static QColor selectedLineColor(const QPalette &palette);
    /** Background of the matches of a search in a text view. */
    static QColor findMatchColor(const QPalette &palette);
    /** Underline and text colour of errors shown inline. */
    static QColor errorColor(const QPalette &palette);
};

} // namespace gw::views
