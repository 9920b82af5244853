// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/requestscsv.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace gw::probe {

/**
 * Which loopback address each client of a requests CSV connects from, when the target is on this
 * machine's loopback. Linux lets a socket bind any 127.0.0.0/8 address, so every client can have
 * its own, keeping what nginx's hashing sees distinct:
 *
 * - IPv4 clients in 127.0.0.0/8 keep their address;
 * - other IPv4 clients keep their last byte, and each of their /24 networks becomes one 127.A.B.0/24
 *   (A >= 1, in order of first appearance, skipping the /24s the CSV's own 127.x clients use): so
 *   clients that share a /24 (one ip_hash key) still share one, and clients that differ still differ
 *   for `hash $remote_addr`;
 * - IPv6 clients (nginx listens on IPv4 loopback) each get a /24 of their own, last byte 1.
 *
 * The predictions use the mapped addresses, since nginx sees those.
 */
class ClientAddressMap
{
public:
    /** The map for \a requests' clients. */
    static ClientAddressMap make(const std::vector<sim::TraceRequest> &requests);
    /** Every client kept as it is (a remote target: the source is this machine). */
    static ClientAddressMap identity(const std::vector<sim::TraceRequest> &requests);

    /** The address client \a clientText connects from ("" when unknown). */
    QString source(const QString &clientText) const { return m_map.value(clientText); }
    /** "10.0.0.5 -> 127.1.0.5" for every client that moved, in first-appearance order. */
    QStringList describe() const;
    bool isEmpty() const { return m_map.isEmpty(); }
    int moved() const { return int(m_order.size()); }

private:
    QHash<QString, QString> m_map;
    std::vector<QString> m_order; ///< clients that moved
};

} // namespace gw::probe
