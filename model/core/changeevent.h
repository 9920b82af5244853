// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <vector>

namespace gw {

/**
 * What changed in a Design. Listeners switch on the type. Paired signals (documentAboutToBe...)
 * exist for item models that need the begin/end protocol.
 */
struct ChangeEvent
{
    enum class Type {
        Reset, ///< everything may have changed (load, clear)
        DocumentChanged, ///< the text of one document changed (an edit)
        DocumentInserted, ///< a document was added
        DocumentRemoved, ///< a document was removed
        FilesChanged, ///< file names or the set of files changed
    };

    Type type = Type::Reset;
    DocumentId document = 0;
    std::vector<ResourceId> resourcesBefore; ///< the document's resources before the change
    std::vector<ResourceId> resourcesAfter; ///< ... and after it
    /// For DocumentChanged from a field edit: the edited field, relative to the resource.
    yaml::Path field;
};

} // namespace gw
