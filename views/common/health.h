// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gw::views {

/** How healthy something is, as its status conditions say. Unknown: no status available. */
enum class Health { Unknown, Healthy, Warning, Error };

} // namespace gw::views
