// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/httpresponse.h"

#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace gw::probe {

/** Where and how a connection goes. */
struct ConnectionTarget
{
    QString address; ///< the address (or host name) to connect to
    quint16 port = 0;
    bool tls = false;
    QString serverName; ///< TLS: SNI and the name the certificate must carry
    QString source; ///< the local address to connect from (bound first); empty: the system's choice
    QList<QSslCertificate> caCertificates; ///< TLS: trusted besides the system's
    bool insecure = false; ///< TLS: accept any certificate
};

/**
 * One client connection of the probe (a QSslSocket, plain or TLS), made the way `curl --interface`
 * makes it: the source address bound before connecting. It carries requests one after the other
 * (keep-alive) or one request and closes (the request says `Connection: close`). Every request has
 * a deadline; abort() ends it at once. finished() comes exactly once per send().
 */
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    explicit HttpConnection(ConnectionTarget target, QObject *parent = nullptr);
    ~HttpConnection() override;

    /** Sends \a request (complete bytes); connects first when not connected. */
    void send(const QByteArray &request, bool headRequest, int timeoutMs);
    void abort();

    /** Idle, connected and the last response allowed another request. */
    bool isReusable() const;
    bool isBusy() const { return m_busy; }
    QString localAddress() const { return m_localAddress; }
    quint16 localPort() const { return m_localPort; }
    /** Requests sent on this connection so far (nginx's $connection_requests of the last one). */
    int requestCount() const { return m_requests; }
    const ConnectionTarget &target() const { return m_target; }

Q_SIGNALS:
    /** \a error is empty on success. */
    void finished(const gw::probe::HttpResponse &response, const QString &error);

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError(QAbstractSocket::SocketError error);
    void complete(const QString &error);

    ConnectionTarget m_target;
    QSslSocket *m_socket = nullptr;
    QTimer m_deadline;
    HttpResponseParser m_parser;
    QByteArray m_pending; ///< the request, until connected
    bool m_busy = false;
    bool m_reusable = false;
    int m_requests = 0;
    QString m_localAddress;
    quint16 m_localPort = 0;
    int m_timeoutMs = 0;
};

} // namespace gw::probe
