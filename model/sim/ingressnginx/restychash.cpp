// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/restychash.h"

#include "sim/crc32.h"

#include <cmath>

namespace gw::sim::ingressnginx {

RestyChash::RestyChash(const std::vector<QString> &ids)
    : m_ids(ids)
{
    m_points.reserve(ids.size() * PointsPerNode);
    for (size_t i = 0; i < ids.size(); ++i) {
        for (quint32 hash : pointHashes(ids[i].toUtf8()))
            m_points.push_back({hash, quint32(i + 1)});
    }
    sortPoints(m_points);
}

std::vector<quint32> RestyChash::pointHashes(QByteArrayView id, int count)
{
    // chash.lua: base_hash = bxor(crc32(id), 0xffffffff) is the CRC register after the id;
    // chash_point_init_crc then adds the previous point's 4 bytes, little-endian, and finishes.
    Crc32 base;
    base.update(id);
    std::vector<quint32> out;
    out.reserve(size_t(count));
    quint32 prev = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned char bytes[4] = {
            static_cast<unsigned char>(prev & 0xff), static_cast<unsigned char>((prev >> 8) & 0xff),
            static_cast<unsigned char>((prev >> 16) & 0xff), static_cast<unsigned char>((prev >> 24) & 0xff)};
        Crc32 c = base;
        c.update(bytes, 4);
        prev = c.value();
        out.push_back(prev);
    }
    return out;
}

void RestyChash::sortPoints(std::vector<Point> &arr)
{
    // chash.c chash_point_sort: insertion into a table of m > 1.6·n slotCount indexed by hash / step,
    // shifting neighbours left or right into the nearest free slot. Slot id 0 means free.
    const auto n = quint32(arr.size());
    if (n == 0)
        return;
    const auto minSize = quint32(double(n) * 1.6);
    quint32 m = 2;
    while (m <= minSize)
        m *= 2;
    const auto step = quint32(std::pow(2.0, 32) / m);
    std::vector<Point> points(m);
    const int slotCount = int(m);
    for (quint32 i = 0; i < n; ++i) {
        const Point node = arr[i];
        const int index = int(node.hash / step);
        int end = 0;
        int start = 0;
        for (end = index; end >= 0; end--) {
            if (points[size_t(end)].id == 0)
                goto insert;
            if (node.hash >= points[size_t(end)].hash)
                break;
        }
        for (start = end - 1; start >= 0; start--) {
            if (points[size_t(start)].id == 0) {
                // left shift before end
                for (int j = start; j < end; j++)
                    points[size_t(j)] = points[size_t(j + 1)];
                // left shift after end while node.hash is bigger (only end == index can match)
                while (end + 1 < slotCount && points[size_t(end + 1)].id != 0 &&
                       points[size_t(end + 1)].hash < node.hash) {
                    points[size_t(end)] = points[size_t(end + 1)];
                    end += 1;
                }
                goto insert;
            }
        }
        // full before index: try to append
        for (end = end + 1; end < slotCount; end++) {
            if (points[size_t(end)].id == 0)
                goto insert;
            if (node.hash < points[size_t(end)].hash)
                break;
        }
        for (start = end + 1; start < slotCount; start++) {
            if (points[size_t(start)].id == 0)
                break;
        }
        // right shift
        for (int j = start; j > end; j--)
            points[size_t(j)] = points[size_t(j - 1)];
    insert:
        points[size_t(end)] = node;
    }
    quint32 j = 0;
    for (const Point &p : points) {
        if (p.id != 0)
            arr[j++] = p;
    }
}

int RestyChash::pointFor(quint32 hash) const
{
    // chash.lua _find_id: start at floor(hash / step), walk to the first point >= hash.
    const int npoints = int(m_points.size());
    const double step = std::pow(2.0, 32) / npoints;
    int index = int(std::floor(double(hash) / step));
    const int maxIndex = npoints - 1;
    if (index > maxIndex)
        index = maxIndex;
    if (m_points[size_t(index)].hash >= hash) {
        for (int i = index; i >= 1; --i) {
            if (m_points[size_t(i - 1)].hash < hash)
                return i;
        }
        return 0;
    }
    for (int i = index + 1; i <= maxIndex; ++i) {
        if (hash <= m_points[size_t(i)].hash)
            return i;
    }
    return 0;
}

const QString &RestyChash::find(QByteArrayView key, int *index) const
{
    static const QString none;
    if (m_points.empty())
        return none;
    const int i = pointFor(Crc32::of(key));
    if (index)
        *index = i;
    return m_ids[m_points[size_t(i)].id - 1];
}

} // namespace gw::sim::ingressnginx
