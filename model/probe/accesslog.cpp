// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/accesslog.h"

#include <QRegularExpression>

namespace gw::probe {

AccessLog AccessLog::parse(const QByteArray &text)
{
    static const QRegularExpression line(QStringLiteral(
        "client=(\\S+) connection_requests=(\\d+) request_id=(\\S+) status=(\\d+) upstream_addr=\"([^\"]*)\" "
        "host=\"([^\"]*)\" request=\"([^\"]*)\""));
    AccessLog log;
    for (const QByteArray &l : text.split('\n')) {
        const auto m = line.match(QString::fromUtf8(l));
        if (!m.hasMatch())
            continue;
        AccessLogEntry e;
        e.client = m.captured(1);
        e.connectionRequests = m.captured(2).toInt();
        e.requestId = m.captured(3);
        e.status = m.captured(4).toInt();
        e.upstreamAddr = m.captured(5);
        e.host = m.captured(6);
        e.request = m.captured(7);
        log.m_entries.insert(e.client + u'#' + QString::number(e.connectionRequests), e);
    }
    return log;
}

const AccessLogEntry *AccessLog::find(const QString &client, int number) const
{
    const auto it = m_entries.constFind(client + u'#' + QString::number(number));
    return it == m_entries.cend() ? nullptr : &*it;
}

} // namespace gw::probe
