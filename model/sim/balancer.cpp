// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/balancer.h"

#include <algorithm>

namespace gw::sim {

Balancer::Balancer(const UpstreamConfig &config, quint64 seed)
    : m_config(config)
    , m_random(seed)
{
    if (!UpstreamConfig::methodAllowsBackup(config.method)) {
        for (const ServerConfig &s : config.servers) {
            if (s.backup) {
                m_error = QStringLiteral("invalid parameter \"backup\"");
                return;
            }
        }
    }
    if (!m_peers.build(config, &m_error) || !m_sticky.configure(config.sticky, &m_error))
        return;
    m_method = BalancingMethod::create(config, m_peers, &m_error);
}

Balancer::~Balancer() = default;

PeerId Balancer::findPeer(QStringView name) const
{
    for (PeerId id = 0; id < m_peers.size(); ++id) {
        if (m_peers.info(id).name == name)
            return id;
    }
    return NoPeer;
}

void Balancer::begin(RequestState &state, const Request &request, int maxTries) const
{
    state.request = &request;
    state.list = PeerTable::Primary;
    state.current = NoPeer;
    state.tries = m_peers.list(PeerTable::Primary).tries + m_peers.list(PeerTable::Backup).tries;
    if (maxTries > 0 && state.tries > maxTries)
        state.tries = maxTries;
    state.tried.reset(
        std::max(m_peers.list(PeerTable::Primary).number, m_peers.list(PeerTable::Backup).number));
    clearFast(state.key);
    state.hash = 0;
    state.rehash = 0;
    state.point = 0;
    state.methodTries = 0;
    if (!state.setCookie.isNull())
        state.setCookie.clear();
    clearFast(state.attempts);
    clearFast(state.stickyId);
    if (!m_method)
        return;
    m_method->begin(state);
    if (m_sticky.isEnabled())
        m_sticky.begin(state);
}

Selection Balancer::select(RequestState &state, qint64 nowMs, Explanation *why)
{
    Selection selection;
    if (why) {
        *why = Explanation();
        why->method = m_config.method;
    }
    if (!m_method) {
        state.attempts.append(NoPeer);
        return selection;
    }
    const QByteArray hint = m_sticky.isEnabled() ? m_sticky.hint(state, nowMs) : QByteArray();
    if (why && m_sticky.isEnabled()) {
        why->sticky.id = QByteArray(state.stickyId.constData(), state.stickyId.size());
        // A deep copy: the hint may be raw data in the request's state.
        if (!hint.isNull())
            why->sticky.sid = QByteArray(hint.constData(), hint.size());
    }
    PickContext context {m_peers, state, seconds(nowMs), hint, m_random, why};
    selection.peer = m_method->select(context);
    state.attempts.append(selection.peer);
    if (selection.peer != NoPeer && m_sticky.setsCookie()) {
        state.setCookie = m_sticky.cookie(m_peers.info(selection.peer).sid, *state.request, seconds(nowMs));
        selection.setCookie = state.setCookie;
        if (why)
            why->setCookie = state.setCookie;
    }
    return selection;
}

void Balancer::headerReceived(RequestState &state, const Response &response, qint64 nowMs)
{
    if (state.current != NoPeer && m_sticky.learns() && m_sticky.config().learnOnHeader)
        m_sticky.learn(state, m_peers.info(state.current).sid, &response, nowMs);
}

void Balancer::release(RequestState &state, Outcome outcome, qint64 nowMs, const Response *response)
{
    const PeerId id = state.current;
    if (id == NoPeer)
        return;
    state.current = NoPeer;
    if (outcome == Outcome::Success && m_sticky.learns() && !m_sticky.config().learnOnHeader)
        m_sticky.learn(state, m_peers.info(id).sid, response, nowMs);

    // ngx_http_upstream_free_round_robin_peer(), which every method uses.
    if (m_peers.list(state.list).single) {
        m_peers.disconnect(id);
        state.tries = 0;
        return;
    }
    if (outcome == Outcome::Failure)
        m_peers.recordFailure(id, seconds(nowMs));
    else
        m_peers.recordSuccess(id);
    m_peers.disconnect(id);
    if (state.tries > 0)
        --state.tries;
}

void Balancer::updateServers(const std::vector<ServerConfig> &servers, std::vector<PeerId> *remap)
{
    const PeerTable old = m_peers;
    m_config.servers = servers;
    m_peers = PeerTable();
    m_method.reset();
    m_error.clear();
    const bool built = m_peers.build(m_config, &m_error);
    if (built)
        m_method = BalancingMethod::create(m_config, m_peers, &m_error);
    if (remap)
        remap->assign(size_t(old.size()), NoPeer);
    if (!built)
        return;
    for (PeerId id = 0; id < m_peers.size(); ++id) {
        const QString &name = m_peers.info(id).name;
        for (PeerId o = 0; o < old.size(); ++o) {
            if (old.info(o).name != name || old.info(o).backup != m_peers.info(id).backup)
                continue;
            const Peer &from = old.peer(o);
            Peer &to = m_peers.peer(id);
            to.currentWeight = from.currentWeight;
            to.effectiveWeight = std::min(from.effectiveWeight, to.weight);
            to.fails = from.fails;
            to.conns = from.conns;
            to.checked = from.checked;
            to.accessed = from.accessed;
            if (remap)
                (*remap)[size_t(o)] = id;
            break;
        }
    }
    m_peers.recountInFlight();
}

void Balancer::remapRequest(RequestState &state, const std::vector<PeerId> &remap)
{
    if (state.current != NoPeer)
        state.current = state.current < PeerId(remap.size()) ? remap[size_t(state.current)] : NoPeer;
}

QString Balancer::upstreamAddr(const RequestState &state) const
{
    QString addr;
    for (PeerId id : state.attempts) {
        if (!addr.isEmpty())
            addr += QStringLiteral(", ");
        addr += id == NoPeer ? m_config.name : m_peers.info(id).name;
    }
    return addr;
}

} // namespace gw::sim
