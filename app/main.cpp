// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"
#include "gui/guiapplication.h"

int main(int argc, char **argv)
{
    // Subcommands run before any QApplication exists: no window, no display needed.
    if (gw::cli::isHeadless(argc, argv))
        return gw::cli::run(argc, argv);
    return gw::runGui(argc, argv);
}
