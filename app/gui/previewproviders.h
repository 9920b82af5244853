// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/preview/previewprovider.h"

#include <memory>

namespace gw {

/**
 * The preview engine the application uses: the NGF generator (gw_ngf) behind the
 * views::PreviewProvider interface (NgfPreviewProvider, built when the tree has model/ngf).
 * Returns nullptr when the build has no engine; the preview then says so instead of showing
 * anything made up.
 */
std::unique_ptr<views::PreviewProvider> makePreviewProvider();

} // namespace gw
