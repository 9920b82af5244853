// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/previewproviders.h"

#ifdef GWSTUDIO_HAVE_NGF_PREVIEW
#include "gui/ngfpreviewprovider.h"
#endif

namespace gw {

std::unique_ptr<views::PreviewProvider> makePreviewProvider()
{
#ifdef GWSTUDIO_HAVE_NGF_PREVIEW
    return std::make_unique<NgfPreviewProvider>();
#else
    // This build has no NGF engine (model/ngf): the preview says so.
    return nullptr;
#endif
}

} // namespace gw
