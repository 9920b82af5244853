// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace gw::sim::ingressnginx {

/**
 * lua-resty-balancer v0.05's consistent-hash ring (lib/resty/chash.lua with chash.c), as
 * ingress-nginx's `chash`, `chashsubset` and `sticky_balanced` balancers build it: every node id
 * ("10.0.0.1:8080", or "set1" for subsets) gets 160 points (its weight is always 1 here), point k
 * being the CRC-32 of the id followed by the 4 little-endian bytes of point k−1 (0 for the first);
 * the points are sorted by chash_point_sort (transcribed, so that equal hashes keep its order), and
 * find(key) takes the first point whose hash is at least CRC-32(key), wrapping to the first point.
 *
 * Nodes are numbered 1.. in the order given (`pairs()` order in Lua, see docs/migration.md).
 */
class RestyChash
{
public:
    static constexpr int PointsPerNode = 160; ///< CONSISTENT_POINTS

    struct Point
    {
        quint32 hash = 0;
        quint32 id = 0; ///< 1-based node index
    };

    RestyChash() = default;
    /** `chash:new(nodes)` / `reinit`: the ring for \a ids, in table order. */
    explicit RestyChash(const std::vector<QString> &ids);

    bool isEmpty() const { return m_ids.empty(); }
    const std::vector<QString> &ids() const { return m_ids; }
    const std::vector<Point> &points() const { return m_points; }

    /** `find(key)`: the node id for \a key; \a index, if given, receives the point's index. */
    const QString &find(QByteArrayView key, int *index = nullptr) const;
    /** The point index find() would use for hash \a hash (`_find_id`). */
    int pointFor(quint32 hash) const;

    /** chash_point_init: the 160 point hashes of node \a id, in generation order. */
    static std::vector<quint32> pointHashes(QByteArrayView id, int count = PointsPerNode);
    /** chash_point_sort, transcribed from chash.c (sorts \a points in place). */
    static void sortPoints(std::vector<Point> &points);

private:
    std::vector<QString> m_ids;
    std::vector<Point> m_points;
};

} // namespace gw::sim::ingressnginx
