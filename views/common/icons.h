// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "views/common/health.h"

#include <QIcon>

namespace gw::views {

/**
 * Gateway Studio's own icon set (the SVG files in resources/icons, bundled under :/gwstudio/icons), drawn
 * by SvgIconEngine so that it follows the palette. Names follow the freedesktop naming where one
 * exists ("document-save", "edit-undo").
 */
class Icons
{
public:
    /** The icon \a name; a null icon (and a warning) when the set has no such icon. */
    static QIcon icon(const QString &name);
    static QIcon kind(Kind kind);
    static QIcon health(Health health);
    /**
     * The application's icon, in its own colours: resources/icons/<app id>.svg when the build has
     * it (the icon the desktop file installs), else Gateway Studio's fallback drawing.
     */
    static QIcon application();
    /** The file name of a kind's icon without extension ("kind-httproute"). */
    static QString kindIconName(Kind kind);
};

} // namespace gw::views
