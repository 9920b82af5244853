// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <vector>

namespace gw::views {

/**
 * Which lines of a text changed from one version to the next, as `diff` would say: Myers'
 * O((N+M)D) shortest edit script on lines, after stripping the common head and tail. Used to mark
 * the preview lines the last edit changed.
 */
class LineDiff
{
public:
    struct Result
    {
        std::vector<int> changed; ///< 0-based lines of \a after that are new or modified, ascending
        std::vector<int> removedBefore; ///< lines of \a after in front of which lines were removed
        int editDistance = 0; ///< lines inserted + removed
    };

    static Result compare(const QStringList &before, const QStringList &after);
};

} // namespace gw::views
