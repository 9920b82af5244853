// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/timequeue.h"

#include <algorithm>

namespace gw::sim {

TimeQueue::TimeQueue()
    : m_wheel(size_t(Window))
{ }

void TimeQueue::push(qint64 at, quint32 client)
{
    ++m_size;
    if (at >= m_now + Window) {
        m_later.push({at, client});
        return;
    }
    at = std::max(at, m_now);
    ++m_inWheel;
    std::vector<quint32> &bucket = m_wheel[size_t(at % Window)];
    if (at == m_now && m_sorted) {
        // The bucket being popped: keep the rest of it in client order.
        const auto from = bucket.begin() + qsizetype(m_next);
        bucket.insert(std::upper_bound(from, bucket.end(), client), client);
        return;
    }
    bucket.push_back(client);
}

void TimeQueue::settle()
{
    // Move the cursor to the next non-empty millisecond, pulling far entries into the wheel.
    for (;;) {
        while (!m_later.empty() && m_later.top().at < m_now + Window) {
            const Entry e = m_later.top();
            m_later.pop();
            m_wheel[size_t(e.at % Window)].push_back(e.client);
            ++m_inWheel;
        }
        std::vector<quint32> &bucket = m_wheel[size_t(m_now % Window)];
        if (m_next < bucket.size()) {
            if (!m_sorted) {
                std::sort(bucket.begin(), bucket.end());
                m_sorted = true;
            }
            return;
        }
        bucket.clear();
        m_next = 0;
        m_sorted = false;
        ++m_now;
        // Jump over an empty wheel straight to the next far entry.
        if (m_inWheel == 0 && !m_later.empty())
            m_now = std::max(m_now, m_later.top().at);
    }
}

TimeQueue::Entry TimeQueue::pop()
{
    settle();
    std::vector<quint32> &bucket = m_wheel[size_t(m_now % Window)];
    --m_size;
    --m_inWheel;
    return {m_now, bucket[m_next++]};
}

} // namespace gw::sim
