// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>

#include <vector>

namespace gw::sim {

struct Peer;

/**
 * Smooth weighted round robin in O(1) amortised per decision, exactly as nginx's scan
 * (`ngx_http_upstream_get_peer`) would decide. While every peer of a list is usable, untried and
 * at its full weight (effective weight = weight), a pass adds each peer's weight to its current
 * weight and the winner pays the list's total W back: the decisions repeat with a period of W
 * passes once the current weights come back to where they started. build() runs one period on a
 * copy of the current weights and keeps the order if it closes; next() then hands out the order,
 * and the peers' current weights are not written at all until settle() computes them:
 * currentWeight = start + passes · weight − W · times chosen. Anything that reads or changes the
 * weights another way (a failure, an explanation, a retry, a sticky hint, the backup list) settles
 * first (PeerTable::settle()).
 *
 * When a period does not close (weights far from their steady state after failures) or schedules
 * are dropped soon after being built, the next build waits for as many scanned decisions as a build
 * costs, so the worst case stays within twice the scan's cost.
 */
class RoundRobinSchedule
{
public:
    /** Longest period kept (W = Σ weight of the list); longer lists are always scanned. */
    static constexpr int MaxPeriod = 1 << 16;

    bool isActive() const { return m_active; }
    /**
     * Builds the schedule for the \a number peers at \a peers if none is active and the wait since
     * the last one is over; false if they cannot be scheduled (call it only when every peer is
     * usable, untried and at full weight; see PeerTable::schedulable()).
     */
    bool build(const Peer *peers, int number, int total);
    /** The index (in the list) of the next pass's winner; only while isActive(). */
    int next()
    {
        const int index = m_order[size_t(m_pos)];
        ++m_chosen[size_t(index)];
        ++m_served;
        if (++m_pos == m_total) {
            m_pos = 0;
            std::fill(m_chosen.begin(), m_chosen.end(), 0);
        }
        return index;
    }
    /** Writes the exact current weights into \a peers and deactivates the schedule. */
    void settle(Peer *peers);
    /** Counts a decision made by scanning (the wait before the next build). */
    void scanned()
    {
        if (m_wait > 0)
            --m_wait;
    }

private:
    bool m_active = false;
    int m_number = 0;
    int m_total = 0; ///< W, the period
    int m_pos = 0; ///< passes since the period started
    qint64 m_served = 0; ///< decisions since the build
    qint64 m_wait = 0; ///< scanned decisions before the next build
    int m_failedBuilds = 0;
    std::vector<int> m_start; ///< current weights at the start of the period
    std::vector<int> m_chosen; ///< times each peer won since the start of the period
    std::vector<int> m_order; ///< the period's winners
    std::vector<int> m_scratch; ///< build()'s current weights
};

} // namespace gw::sim
