// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/linediff.h"

#include <algorithm>

namespace gw::views {

LineDiff::Result LineDiff::compare(const QStringList &before, const QStringList &after)
{
    Result result;
    const int n0 = int(before.size());
    const int m0 = int(after.size());
    int head = 0;
    while (head < n0 && head < m0 && before[head] == after[head])
        ++head;
    int tail = 0;
    while (tail < n0 - head && tail < m0 - head && before[n0 - 1 - tail] == after[m0 - 1 - tail])
        ++tail;
    const int n = n0 - head - tail; // the differing middle of before: [head, head + n)
    const int m = m0 - head - tail;
    if (n == 0 && m == 0)
        return result;
    auto a = [&](int i) -> const QString & { return before[head + i]; };
    auto b = [&](int j) -> const QString & { return after[head + j]; };

    // Myers: V[k] = furthest x on diagonal k after d edits; keep every V for the backtrack.
    const int max = n + m;
    const int offset = max + 1;
    std::vector<int> v(size_t(2 * max + 3), 0);
    std::vector<std::vector<int>> trace;
    int found = -1;
    for (int d = 0; d <= max && found < 0; ++d) {
        trace.push_back(v);
        for (int k = -d; k <= d; k += 2) {
            int x;
            if (k == -d || (k != d && v[size_t(offset + k - 1)] < v[size_t(offset + k + 1)]))
                x = v[size_t(offset + k + 1)]; // down: insertion from after
            else
                x = v[size_t(offset + k - 1)] + 1; // right: deletion from before
            int y = x - k;
            while (x < n && y < m && a(x) == b(y)) {
                ++x;
                ++y;
            }
            v[size_t(offset + k)] = x;
            if (x >= n && y >= m) {
                found = d;
                break;
            }
        }
    }
    result.editDistance = found;

    // Backtrack from (n, m) to collect the inserted lines of after and the deletion points.
    int x = n;
    int y = m;
    std::vector<int> inserted;
    std::vector<int> deletedAt;
    for (int d = found; d > 0; --d) {
        const std::vector<int> &vd = trace[size_t(d)];
        const int k = x - y;
        int prevK;
        if (k == -d || (k != d && vd[size_t(offset + k - 1)] < vd[size_t(offset + k + 1)]))
            prevK = k + 1;
        else
            prevK = k - 1;
        const int prevX = vd[size_t(offset + prevK)];
        const int prevY = prevX - prevK;
        while (x > prevX && y > prevY) { // snake
            --x;
            --y;
        }
        if (prevK == k + 1)
            inserted.push_back(head + prevY); // after[prevY] was inserted
        else
            deletedAt.push_back(head + y); // before[prevX] was removed in front of after[y]
        x = prevX;
        y = prevY;
    }
    std::sort(inserted.begin(), inserted.end());
    std::sort(deletedAt.begin(), deletedAt.end());
    deletedAt.erase(std::unique(deletedAt.begin(), deletedAt.end()), deletedAt.end());
    result.changed = std::move(inserted);
    // A deletion next to an insertion is a modification: the changed line says it all.
    for (int line : deletedAt) {
        if (!std::binary_search(result.changed.begin(), result.changed.end(), line) &&
            !std::binary_search(result.changed.begin(), result.changed.end(), line - 1))
            result.removedBefore.push_back(std::min(line, m0));
    }
    return result;
}

} // namespace gw::views
