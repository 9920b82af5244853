// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/peertable.h"

#include <QCryptographicHash>

#include <algorithm>

namespace gw::sim {

namespace {

/** The port of "host:port" as written, or 80 (nginx's default for `server`). */
quint16 writtenPort(const QString &address)
{
    const qsizetype colon = address.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon < 0 ? 0 : QStringView(address).mid(colon + 1).toUInt(&ok);
    return ok && port > 0 && port < 65536 ? quint16(port) : 80;
}

} // namespace

bool PeerTable::build(const UpstreamConfig &config, QString *error)
{
    m_peers.clear();
    m_info.clear();
    m_sids = {};
    m_schedules = {};
    m_inFlight = {};
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        m_peers.clear();
        m_info.clear();
        m_lists = {};
        return false;
    };

    for (int which : {Primary, Backup}) {
        PeerList &list = m_lists[size_t(which)];
        list = PeerList {};
        list.first = size();
        for (size_t s = 0; s < config.servers.size(); ++s) {
            const ServerConfig &server = config.servers[s];
            if (server.backup != (which == Backup))
                continue;
            std::vector<SocketAddress> addresses = server.addresses;
            if (addresses.empty()) {
                const auto literal = SocketAddress::parse(server.address);
                if (!literal)
                    return fail(QStringLiteral("host not found in upstream \"%1\"").arg(server.address));
                addresses.push_back(*literal);
            }
            for (SocketAddress &address : addresses) {
                if (address.isIp() && address.port() == 0)
                    address.setPort(writtenPort(server.address));
                Peer peer;
                peer.weight = server.weight;
                peer.effectiveWeight = server.weight;
                peer.maxFails = server.maxFails;
                peer.failTimeout = server.failTimeout;
                peer.maxConns = server.maxConns;
                peer.down = server.down;
                m_peers.push_back(peer);

                PeerInfo info;
                info.address = address;
                info.name = address.toString();
                info.server = server.address;
                info.sid = server.route.isEmpty()
                    ? QCryptographicHash::hash(info.name.toUtf8(), QCryptographicHash::Md5).toHex()
                    : server.route.toUtf8();
                info.serverIndex = int(s);
                info.backup = server.backup;
                if (!m_sids[size_t(which)].contains(info.sid)) // the first peer with a SID wins
                    m_sids[size_t(which)].insert(info.sid, size() - 1);
                m_info.push_back(std::move(info));

                list.ranges.push_back(list.totalWeight);
                ++list.number;
                list.totalWeight += server.weight;
                if (!server.down)
                    ++list.tries;
            }
        }
        list.weighted = list.totalWeight != list.number;
    }
    if (m_lists[Primary].number == 0)
        return fail(QStringLiteral("no servers in upstream \"%1\"").arg(config.name));
    m_lists[Primary].single = m_lists[Primary].number == 1 && !hasBackup();
    return true;
}

int PeerTable::indexAtWeight(int which, quint64 w) const
{
    const PeerList &l = m_lists[size_t(which)];
    if (!l.weighted)
        return int(w);
    // The last range start <= w.
    const auto it = std::upper_bound(l.ranges.begin(), l.ranges.end(), qint64(w),
                                     [](qint64 value, int start) { return value < start; });
    return int(it - l.ranges.begin()) - 1;
}

PeerId PeerTable::findSid(int which, QByteArrayView sid) const
{
    const auto &sids = m_sids[size_t(which)];
    const auto it = sids.constFind(QByteArray::fromRawData(sid.data(), sid.size()));
    return it == sids.constEnd() ? NoPeer : *it;
}

void PeerTable::recordFailure(PeerId id, qint64 now)
{
    settle(listOf(id));
    Peer &p = peer(id);
    ++p.fails;
    p.accessed = now;
    p.checked = now;
    if (p.maxFails)
        p.effectiveWeight -= p.weight / p.maxFails;
    if (p.effectiveWeight < 0)
        p.effectiveWeight = 0;
}

void PeerTable::recordSuccess(PeerId id)
{
    Peer &p = peer(id);
    if (p.accessed < p.checked)
        p.fails = 0;
}

} // namespace gw::sim

namespace gw::sim {

void PeerTable::recountInFlight()
{
    m_inFlight = {};
    for (PeerId id = 0; id < size(); ++id)
        m_inFlight[size_t(listOf(id))] += m_peers[size_t(id)].conns;
}

bool PeerTable::startSchedule(int which)
{
    const PeerList &list = m_lists[size_t(which)];
    if (list.number < 2 || list.tries != list.number || list.totalWeight > RoundRobinSchedule::MaxPeriod)
        return false;
    const Peer *first = &m_peers[size_t(list.first)];
    for (int i = 0; i < list.number; ++i) {
        // Nothing may change while the schedule runs but a failure, which settles it: no max_conns,
        // no failed peer (its fail_timeout would end), every effective weight recovered.
        const Peer &p = first[i];
        if (p.maxConns || (p.maxFails && p.fails >= p.maxFails) || p.effectiveWeight != p.weight)
            return false;
    }
    return m_schedules[size_t(which)].build(first, list.number, list.totalWeight);
}

} // namespace gw::sim
