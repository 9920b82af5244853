// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gw {

/** Starts the desktop application (QApplication, main window) with the files on the command line. */
int runGui(int argc, char **argv);

} // namespace gw
