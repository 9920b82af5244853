// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ketamaring.h"

#include "sim/crc32.h"

#include <QHash>

#include <algorithm>

namespace gw::sim {

void KetamaRing::splitHostPort(QStringView server, QStringView &host, QStringView &port)
{
    if (server.size() >= 5 && server.first(5).compare(u"unix:", Qt::CaseInsensitive) == 0) {
        host = server.sliced(5);
        port = {};
        return;
    }
    for (qsizetype j = 0; j < server.size(); ++j) {
        const QChar c = server[server.size() - j - 1];
        if (c == u':') {
            host = server.first(server.size() - j - 1);
            port = server.last(j);
            return;
        }
        if (c < u'0' || c > u'9')
            break;
    }
    host = server;
    port = {};
}

void KetamaRing::build(const PeerTable &peers)
{
    m_points.clear();
    m_servers.clear();
    m_peers.clear();
    QHash<QString, int> serverIndex;
    const PeerList &list = peers.list(PeerTable::Primary);
    m_points.reserve(size_t(list.totalWeight) * 160);
    for (PeerId id = list.first; id < list.first + list.number; ++id) {
        const QString &server = peers.info(id).server;
        auto it = serverIndex.constFind(server);
        if (it == serverIndex.constEnd()) {
            it = serverIndex.insert(server, int(m_servers.size()));
            m_servers.append(server);
            m_peers.emplace_back();
        }
        m_peers[size_t(*it)].push_back(id);

        QStringView host;
        QStringView port;
        splitHostPort(server, host, port);
        Crc32 base;
        base.update(host.toUtf8());
        base.update("", 1);
        base.update(port.toUtf8());
        quint32 previous = 0;
        for (int j = 0; j < peers.peer(id).weight * 160; ++j) {
            // The previous point as 4 little-endian bytes, whatever the host's byte order.
            const unsigned char bytes[4] = {quint8(previous), quint8(previous >> 8), quint8(previous >> 16),
                                            quint8(previous >> 24)};
            const quint32 hash = Crc32(base).update(bytes, 4).value();
            m_points.push_back({hash, *it});
            previous = hash;
        }
    }
    std::stable_sort(m_points.begin(), m_points.end(),
                     [](const Point &a, const Point &b) { return a.hash < b.hash; });
    m_points.erase(std::unique(m_points.begin(), m_points.end(),
                               [](const Point &a, const Point &b) { return a.hash == b.hash; }),
                   m_points.end());
}

quint32 KetamaRing::find(quint32 hash) const
{
    const auto it = std::lower_bound(m_points.begin(), m_points.end(), hash,
                                     [](const Point &p, quint32 h) { return p.hash < h; });
    return quint32(it - m_points.begin());
}

} // namespace gw::sim
