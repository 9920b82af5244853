// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace gw::probe {

/**
 * The loopback addresses of the sandbox and the probe. Linux routes the whole of 127.0.0.0/8 to
 * the local host, so every Pod can have an address of its own and every client of a requests CSV
 * can connect from one:
 *
 * - nginx's listeners: 127.0.0.1 (ports as SandboxPlan maps them);
 * - the Pods: 127.0.1.1, 127.0.1.2, ... (127.0.X.Y with X >= 1, Y in 1..254);
 * - clients outside 127.0.0.0/8: 127.A.B.D with A >= 1 (ClientAddressMap), so they never share a
 *   /24 with the Pods or with nginx.
 */
namespace Loopback {

/** The address nginx's listeners bind. */
inline QString gatewayAddress()
{
    return QStringLiteral("127.0.0.1");
}
/** The \a index-th Pod address (0-based): 127.0.1.1 ... 127.0.1.254, 127.0.2.1, ... */
QString podAddress(int index);
/** Whether a listening socket could bind \a address:\a port now (SO_REUSEADDR, as nginx binds). */
bool canListen(const QString &address, quint16 port);
/** A port the kernel says is free on \a address (above 1023); 0 when none. */
quint16 freePort(const QString &address);
/** \a address is in 127.0.0.0/8 or ::1. */
bool isLoopback(const QHostAddress &address);

} // namespace Loopback

} // namespace gw::probe
