// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/clientaddressmap.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSet>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::ClientAddressMap)
};

} // namespace

ClientAddressMap ClientAddressMap::identity(const std::vector<sim::TraceRequest> &requests)
{
    ClientAddressMap m;
    for (const sim::TraceRequest &r : requests)
        m.m_map.insert(r.clientText, r.clientText);
    return m;
}

ClientAddressMap ClientAddressMap::make(const std::vector<sim::TraceRequest> &requests)
{
    ClientAddressMap m;
    // The /24s the CSV's own loopback clients use stay theirs.
    QSet<quint32> used;
    for (const sim::TraceRequest &r : requests) {
        const QHostAddress a(r.clientText);
        if (a.protocol() == QAbstractSocket::IPv4Protocol && (a.toIPv4Address() >> 24) == 127)
            used.insert(a.toIPv4Address() >> 8);
    }
    quint32 next = (127u << 16) | (1u << 8); // 127.1.0 as a /24 prefix
    const auto allocate = [&]() {
        while (used.contains(next))
            ++next;
        used.insert(next);
        return next++;
    };
    QHash<quint32, quint32> networks; // a.b.c -> 127.A.B
    for (const sim::TraceRequest &r : requests) {
        if (m.m_map.contains(r.clientText))
            continue;
        const QHostAddress a(r.clientText);
        QString mapped;
        if (a.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 v4 = a.toIPv4Address();
            if ((v4 >> 24) == 127) {
                m.m_map.insert(r.clientText, r.clientText);
                continue;
            }
            auto it = networks.find(v4 >> 8);
            if (it == networks.end())
                it = networks.insert(v4 >> 8, allocate());
            mapped = QHostAddress((*it << 8) | (v4 & 0xff)).toString();
        } else {
            mapped = QHostAddress((allocate() << 8) | 1u).toString();
        }
        m.m_map.insert(r.clientText, mapped);
        m.m_order.push_back(r.clientText);
    }
    return m;
}

QStringList ClientAddressMap::describe() const
{
    QStringList lines;
    for (const QString &c : m_order)
        lines << Tr::tr("client %1 -> %2").arg(c, m_map.value(c));
    return lines;
}

} // namespace gw::probe
