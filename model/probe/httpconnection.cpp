// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/httpconnection.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QSslConfiguration>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::HttpConnection)
};

} // namespace

HttpConnection::HttpConnection(ConnectionTarget target, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this,
            [this] { complete(Tr::tr("no answer within %1 ms").arg(m_timeoutMs)); });
}

HttpConnection::~HttpConnection()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

bool HttpConnection::isReusable() const
{
    return !m_busy && m_reusable && m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void HttpConnection::send(const QByteArray &request, bool headRequest, int timeoutMs)
{
    const bool reuse = isReusable();
    m_busy = true;
    m_timeoutMs = timeoutMs;
    m_parser = HttpResponseParser(headRequest);
    m_deadline.start(timeoutMs);
    if (reuse) {
        ++m_requests;
        m_socket->write(request);
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_requests = 1;
    m_pending = request;
    m_localAddress = m_target.source;
    m_localPort = 0;
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpConnection::onError);
    if (!m_target.source.isEmpty() && !m_socket->bind(QHostAddress(m_target.source), 0)) {
        const QString error = Tr::tr("cannot send from %1: %2").arg(m_target.source, m_socket->errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { complete(error); }, Qt::QueuedConnection);
        return;
    }
    if (m_target.tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_target.caCertificates.isEmpty())
            config.addCaCertificates(m_target.caCertificates);
        if (m_target.insecure)
            config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(config);
        connect(m_socket, &QSslSocket::encrypted, this, &HttpConnection::onConnected);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            QStringList texts;
            for (const QSslError &e : errors)
                texts << e.errorString();
            complete(Tr::tr("TLS: %1").arg(texts.join(QStringLiteral("; "))));
        });
        m_socket->connectToHostEncrypted(m_target.address, m_target.port,
                                         m_target.serverName.isEmpty() ? m_target.address
                                                                       : m_target.serverName);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &HttpConnection::onConnected);
        m_socket->connectToHost(m_target.address, m_target.port);
    }
}

void HttpConnection::onConnected()
{
    m_localAddress = m_socket->localAddress().toString();
    m_localPort = m_socket->localPort();
    if (!m_pending.isEmpty())
        m_socket->write(std::exchange(m_pending, {}));
}

void HttpConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    if (!m_busy)
        return; // nothing asked: a server talking out of turn; the next send() replaces it
    switch (m_parser.feed(data)) {
    case HttpResponseParser::State::Complete:
        m_reusable = m_parser.response().keepAlive;
        complete({});
        break;
    case HttpResponseParser::State::Failed:
        complete(m_parser.errorString());
        break;
    case HttpResponseParser::State::Incomplete:
        break;
    }
}

void HttpConnection::onDisconnected()
{
    m_reusable = false;
    if (!m_busy)
        return;
    if (m_parser.finish() == HttpResponseParser::State::Complete)
        complete({});
    else
        complete(m_parser.errorString());
}

void HttpConnection::onError(QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    if (m_busy)
        complete(m_socket->errorString());
}

void HttpConnection::abort()
{
    if (m_busy)
        complete(Tr::tr("cancelled"));
}

void HttpConnection::complete(const QString &error)
{
    if (!m_busy)
        return;
    m_busy = false;
    m_deadline.stop();
    m_pending.clear();
    if (!error.isEmpty()) {
        m_reusable = false;
        if (m_socket) {
            m_socket->disconnect(this);
            m_socket->abort();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
    }
    const HttpResponse response = m_parser.response(); // a slot may send() again
    Q_EMIT finished(response, error);
}

} // namespace gw::probe
