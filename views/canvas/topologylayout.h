// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSizeF>

namespace gw::views {

class TopologyGraph;

/**
 * Automatic layered layout of a TopologyGraph: one column per layer (Gateway, listener, route,
 * rule, Service, Pod), nodes ordered in each column by the mean position of the nodes that feed
 * them (few crossings), then placed level with them where there is room, so that a chain of
 * nodes draws as a straight line. Policies sit right under the Service they target.
 */
class TopologyLayout
{
public:
    static constexpr qreal nodeWidth = 152;
    /// Pods carry long generated names: their column is wider.
    static constexpr qreal podWidth = 182;
    static constexpr qreal nodeHeight = 46;
    static constexpr qreal podHeight = 38;
    static constexpr qreal verticalGap = 14;
    static constexpr qreal columnGap = 40;
    /// The gap before the Service column is wider: its edges carry the weight and persistence labels.
    static constexpr qreal labelledGap = 116;
    static constexpr qreal headerHeight = 34;

    static void apply(TopologyGraph &graph);
    /** The left edge of a column. */
    static qreal columnX(int column);
    static qreal columnWidth(int column);
    static QSizeF nodeSize(const TopologyGraph &graph, int node);
};

} // namespace gw::views
