// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gw {

/** Merge ids of undo commands, in one place (QUndoCommand::id()). */
enum UndoCommandId {
    Cmd_SetField = 1, ///< consecutive edits of the same field of the same document merge
};

} // namespace gw
