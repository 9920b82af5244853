// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <queue>
#include <vector>

namespace gw::sim {

/**
 * The clients' next requests in time order: (time in ms, client) pairs popped by time, then by
 * client index. A binary heap of a million clients spends most of its time in cache misses; this is
 * a timer wheel instead: one bucket per millisecond over a sliding window of 64 seconds (times
 * beyond it wait in a small heap), so push and pop are O(1) amortised. Within a millisecond the
 * clients come in ascending index, also those pushed while that millisecond is being processed.
 */
class TimeQueue
{
public:
    struct Entry
    {
        qint64 at = 0;
        quint32 client = 0;
        bool operator>(const Entry &o) const { return at != o.at ? at > o.at : client > o.client; }
    };

    TimeQueue();

    /** Adds \a client at \a at; \a at must not be before the last popped time. */
    void push(qint64 at, quint32 client);
    bool isEmpty() const { return m_size == 0; }
    qint64 size() const { return m_size; }
    /** Removes and returns the earliest entry. Not for an empty queue. */
    Entry pop();

private:
    static constexpr qint64 Window = 65536; ///< milliseconds in the wheel

    void settle();

    std::vector<std::vector<quint32>> m_wheel;
    qint64 m_now = 0; ///< the millisecond the cursor is on
    size_t m_next = 0; ///< next index to pop in the current bucket (kept sorted)
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> m_later;
    qint64 m_size = 0;
    qint64 m_inWheel = 0; ///< entries in the wheel (the rest wait in m_later)
    bool m_sorted = false;
};

} // namespace gw::sim
