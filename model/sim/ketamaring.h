// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/peertable.h"

#include <QStringList>

#include <vector>

namespace gw::sim {

/**
 * The consistent-hash ring of `hash … consistent`, built as nginx builds it at configuration time
 * (compatible with Cache::Memcached::Fast): for each primary peer in order, `weight × 160` points
 * `crc32(host "\0" port LE32(previous point))` from its `server` string, sorted, with repeated
 * hashes dropped (the first kept). Each point names a server string; the peers with that string
 * share it.
 */
class KetamaRing
{
public:
    struct Point
    {
        quint32 hash = 0;
        int server = 0; ///< index into servers()
    };

    void build(const PeerTable &peers);

    int size() const { return int(m_points.size()); }
    const Point &point(quint32 index) const { return m_points[index % m_points.size()]; }
    const std::vector<Point> &points() const { return m_points; }
    /** The first point whose hash is >= \a hash; size() if there is none (nginx wraps around). */
    quint32 find(quint32 hash) const;

    const QString &serverName(int server) const { return m_servers[server]; }
    /** The peers whose `server` string is server \a server, in list order. */
    const std::vector<PeerId> &peersOf(int server) const { return m_peers[size_t(server)]; }

    /**
     * nginx's split of a `server` string: "unix:" (any case) makes the rest the host and no port;
     * otherwise trailing digits after the last ':' are the port; anything else is all host.
     */
    static void splitHostPort(QStringView server, QStringView &host, QStringView &port);

private:
    std::vector<Point> m_points;
    QStringList m_servers;
    std::vector<std::vector<PeerId>> m_peers;
};

} // namespace gw::sim
