// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/roundrobinschedule.h"

#include "sim/peertable.h"

#include <algorithm>

namespace gw::sim {

bool RoundRobinSchedule::build(const Peer *peers, int number, int total)
{
    if (m_active || m_wait > 0 || number < 2 || total > MaxPeriod)
        return false;
    m_number = number;
    m_total = total;
    m_start.resize(size_t(number));
    for (int i = 0; i < number; ++i)
        m_start[size_t(i)] = peers[i].currentWeight;

    // One period of nginx's pass on a copy: every peer adds its weight, the first highest wins.
    std::vector<int> &weights = m_scratch; // kept: a rebuild allocates nothing
    weights.assign(m_start.begin(), m_start.end());
    m_order.resize(size_t(total));
    for (int pass = 0; pass < total; ++pass) {
        int best = 0;
        for (int i = 0; i < number; ++i) {
            weights[size_t(i)] += peers[i].weight;
            if (weights[size_t(i)] > weights[size_t(best)])
                best = i;
        }
        weights[size_t(best)] -= total;
        m_order[size_t(pass)] = best;
    }
    if (weights != m_start) {
        // Not yet periodic: scan for as long as this build took before trying again.
        m_failedBuilds = std::min(m_failedBuilds + 1, 10);
        m_wait = qint64(total) << m_failedBuilds;
        return false;
    }
    m_failedBuilds = 0;
    m_chosen.assign(size_t(number), 0);
    m_pos = 0;
    m_served = 0;
    m_active = true;
    return true;
}

void RoundRobinSchedule::settle(Peer *peers)
{
    if (!m_active)
        return;
    for (int i = 0; i < m_number; ++i) {
        peers[i].currentWeight =
            int(m_start[size_t(i)] + qint64(m_pos) * peers[i].weight - qint64(m_total) * m_chosen[size_t(i)]);
    }
    m_active = false;
    // A schedule dropped before it paid for its build: scan a period's worth before the next one.
    if (m_served < m_total)
        m_wait = m_total;
}

} // namespace gw::sim
