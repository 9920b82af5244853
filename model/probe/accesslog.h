// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace gw::probe {

/** One line of the sandbox's access log (format `gwstudio_sandbox`, see SandboxFiles). */
struct AccessLogEntry
{
    QString client; ///< "127.1.0.5:41234" ($remote_addr:$remote_port)
    int connectionRequests = 0; ///< $connection_requests
    QString requestId; ///< $request_id
    int status = 0;
    QString upstreamAddr; ///< $upstream_addr, "-" when nginx answered itself
    QString host;
    QString request; ///< the request line
};

/**
 * Reads the sandbox's access log. An entry is found by the connection it came on and its number
 * on that connection, which the probe knows for every request it sent: so each request gets
 * nginx's own $request_id (the traffic splits' draw) and $upstream_addr.
 */
class AccessLog
{
public:
    static AccessLog parse(const QByteArray &text);

    /** The entry of the \a number-th request on the connection from \a client ("addr:port"); null if none. */
    const AccessLogEntry *find(const QString &client, int number) const;
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, AccessLogEntry> m_entries; ///< "client#number"
};

} // namespace gw::probe
