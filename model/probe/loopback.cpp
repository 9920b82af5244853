// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/loopback.h"

#include <QTcpServer>

namespace gw::probe::Loopback {

QString podAddress(int index)
{
    return QStringLiteral("127.0.%1.%2").arg(1 + index / 254).arg(1 + index % 254);
}

bool canListen(const QString &address, quint16 port)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), port);
}

quint16 freePort(const QString &address)
{
    QTcpServer server;
    return server.listen(QHostAddress(address), 0) ? server.serverPort() : quint16(0);
}

bool isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

} // namespace gw::probe::Loopback
