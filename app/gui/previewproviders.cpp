// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewproviders.h"

namespace gw {

std::unique_ptr<views::PreviewProvider> makePreviewProvider()
{
    // The NGF engine (model/ngf) plugs in here: an adapter that implements views::PreviewProvider
    // with the same generator `gwstudio render` and `gwstudio status` use.
    return nullptr;
}

} // namespace gw
