// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/theme.h"

#include <QSize>
#include <QStringList>
#include <optional>

namespace gw {

/** What the command line asks of the desktop application (`gwstudio [OPTIONS] [FILE...]`). */
struct GuiOptions
{
    QStringList files;
    bool example = false; ///< --example: open the bundled cafe example
    bool recovery = true; ///< --no-recovery: do not offer to recover a crashed session
    std::optional<views::Theme::Scheme> scheme; ///< --color-scheme system|light|dark
    QString select; ///< --select Kind/namespace/name: the resource selected at start
    QString screenshot; ///< --screenshot OUT.png: grab the window, save it, quit (hidden)
    QSize size; ///< --size WxH: the window size (hidden, for screenshots)
    /// --simulation walkthrough|run|compare (hidden, for screenshots): the walk-through preset, or the
    /// cafe example at scale run or compared; a screenshot waits for the run.
    QString simulation;
    /// --migration dialog|report (hidden, for screenshots): the Migrate from ingress-nginx dialog with the
    /// bundled shop-ingress example, or the example migrated with its before/after run.
    QString migration;
    bool quitAfterFirstPaint = false; ///< --quit-after-first-paint: print the start-up time, quit (hidden)

    /** Parses the arguments of a QApplication; on error prints a message and returns nothing. */
    static std::optional<GuiOptions> parse(const QStringList &arguments);
};

/** Starts the desktop application (QApplication, main window) with the files on the command line. */
int runGui(int argc, char **argv);

} // namespace gw
