// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gw::cli {

/**
 * True when the command line asks for a headless subcommand (or --help / --version), which must
 * run without creating a window or needing a display.
 */
bool isHeadless(int argc, char **argv);

/** Runs the headless command line under a QCoreApplication; returns the exit code. */
int run(int argc, char **argv);

} // namespace gw::cli
