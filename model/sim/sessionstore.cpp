// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/sessionstore.h"

#include <QCryptographicHash>

namespace gw::sim {

SessionStore::SessionStore(qint64 capacity, qint64 timeoutMs)
    : m_capacity(capacity)
    , m_timeoutMs(timeoutMs)
{ }

QByteArray SessionStore::keyOf(QByteArrayView id)
{
    return QCryptographicHash::hash(id, QCryptographicHash::Md5);
}

void SessionStore::expire(qint64 nowMs)
{
    while (!m_order.empty()) {
        const auto it = m_sessions.find(m_order.front());
        if (it->last + m_timeoutMs > nowMs)
            break;
        m_sessions.erase(it);
        m_order.pop_front();
    }
}

QByteArray SessionStore::find(QByteArrayView id, qint64 nowMs)
{
    expire(nowMs);
    const auto it = m_sessions.constFind(keyOf(id));
    return it == m_sessions.constEnd() ? QByteArray() : it->sid;
}

void SessionStore::learn(QByteArrayView id, QByteArrayView sid, bool create, qint64 nowMs)
{
    expire(nowMs);
    const QByteArray key = keyOf(id);
    auto it = m_sessions.find(key);
    if (it != m_sessions.end()) {
        if (it->sid != sid)
            it->sid = sid.toByteArray();
        it->last = nowMs;
        m_order.splice(m_order.end(), m_order, it->order);
        return;
    }
    if (!create)
        return;
    if (m_capacity > 0 && m_sessions.size() >= m_capacity) {
        m_sessions.remove(m_order.front());
        m_order.pop_front();
    }
    m_order.push_back(key);
    m_sessions.insert(key, Session {sid.toByteArray(), nowMs, std::prev(m_order.end())});
}

} // namespace gw::sim
