// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gw::cli {

/**
 * What a command line asks for, decided before any application object exists (so that nothing
 * tries to open a display that is not there).
 */
enum class Request {
    Subcommand, ///< a registered subcommand: `gwstudio render ...`
    Information, ///< --help, -h, --version, -v
    Editor, ///< the editor, on the files given (or none)
    EditorWithoutDisplay, ///< the editor was asked for, but there is no display to show it on
    UnknownSubcommand, ///< a first word that is no subcommand and no file: `gwstudio prbe`
    MissingFile, ///< a first word that names a file that does not exist: `gwstudio cafe.yml`
};

/**
 * Whether a window can be shown: on X11 and Wayland systems, DISPLAY or WAYLAND_DISPLAY is set, or
 * Qt is told to use a platform that needs neither (QT_QPA_PLATFORM or `-platform offscreen`).
 * Always true on other systems.
 */
bool hasDisplay(const QStringList &arguments);

/**
 * Classifies \a arguments (the program name first) against the registered \a subcommands. The
 * first word decides: a subcommand, an option (the editor's), an existing file (the editor), a
 * word that looks like a file name (a dot or a slash in it: missing file), anything else (an
 * unknown subcommand). The editor without a display is EditorWithoutDisplay.
 */
Request classify(const QStringList &arguments, const QStringList &subcommands, bool display);

} // namespace gw::cli
