// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <list>

namespace gw::sim {

/**
 * `sticky learn`'s shared-memory zone: session id → SID, keyed by MD5(session id). A session lives
 * `timeout` after its last use; when the zone is full the least recently used one is dropped.
 * nginx expires sessions from a timer; here expiry is applied whenever the store is read or
 * written, which gives the same answers at every lookup.
 */
class SessionStore
{
public:
    /** \a capacity sessions at most (0: unlimited), each living \a timeoutMs after its last use. */
    explicit SessionStore(qint64 capacity = 0, qint64 timeoutMs = 600000);

    /** The SID session \a id is bound to at \a nowMs, or a null array. Does not refresh the session. */
    QByteArray find(QByteArrayView id, qint64 nowMs);
    /**
     * After a successful response from the peer with \a sid: an existing session \a id is refreshed
     * (and re-pointed if another peer served it); a new one is made only if \a create.
     */
    void learn(QByteArrayView id, QByteArrayView sid, bool create, qint64 nowMs);

    int size() const { return int(m_sessions.size()); }
    qint64 capacity() const { return m_capacity; }

private:
    struct Session
    {
        QByteArray sid;
        qint64 last = 0;
        std::list<QByteArray>::iterator order;
    };

    static QByteArray keyOf(QByteArrayView id);
    void expire(qint64 nowMs);

    QHash<QByteArray, Session> m_sessions;
    std::list<QByteArray> m_order; ///< least recently used first
    qint64 m_capacity;
    qint64 m_timeoutMs;
};

} // namespace gw::sim
