// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxharness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

HttpReply parseHttpReply(const QByteArray &raw)
{
    HttpReply reply;
    const qsizetype end = raw.indexOf("\r\n\r\n");
    if (end < 0) {
        reply.error = QStringLiteral("incomplete response: ") + QString::fromLatin1(raw.left(200));
        return reply;
    }
    const QList<QByteArray> lines = raw.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        reply.headers.emplace_back(line.left(colon).trimmed(), value);
        if (name == "x-upstream")
            reply.upstreamAddr = value;
        else if (name == "set-cookie")
            reply.setCookie = value;
    }
    reply.body = raw.mid(end + 4);
    reply.complete = reply.status > 0;
    return reply;
}

HttpReply httpGet(const QString &sourceAddress, quint16 port, const QByteArray &target,
                  const QByteArray &cookie, int timeoutMs, const QByteArray &host)
{
    HttpReply failed;
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(sourceAddress), 0)) {
        failed.error = QStringLiteral("bind %1: %2").arg(sourceAddress, socket.errorString());
        return failed;
    }
    const bool ipv6 = QHostAddress(sourceAddress).protocol() == QAbstractSocket::IPv6Protocol;
    socket.connectToHost(ipv6 ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(timeoutMs)) {
        failed.error = QStringLiteral("connect: ") + socket.errorString();
        return failed;
    }
    QByteArray request = "GET " + target + " HTTP/1.0\r\nHost: " + host + "\r\nConnection: close\r\n";
    if (!cookie.isEmpty())
        request += "Cookie: " + cookie + "\r\n";
    request += "\r\n";
    socket.write(request);
    QByteArray raw;
    QElapsedTimer timer;
    timer.start();
    // nginx closes the connection after the response (HTTP/1.0): read until then, or time out.
    while (timer.elapsed() < timeoutMs &&
           socket.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - timer.elapsed()))))
        raw += socket.readAll();
    raw += socket.readAll();
    return parseHttpReply(raw);
}

PendingRequest::PendingRequest(const QString &source, quint16 port, const QByteArray &target,
                               const QByteArray &headers, const QByteArray &host, const QByteArray &method)
{
    m_socket.bind(QHostAddress(source), 0);
    QObject::connect(&m_socket, &QTcpSocket::connected, &m_socket, [this, target, headers, host, method] {
        m_socket.write(method + ' ' + target + " HTTP/1.0\r\nHost: " + host + "\r\n" + headers +
                       "Connection: close\r\n\r\n");
    });
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_raw += m_socket.readAll(); });
    QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] {
        m_raw += m_socket.readAll();
        m_done = true;
    });
    QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] { m_done = true; });
    m_socket.connectToHost(source.contains(u':') ? QHostAddress::LocalHostIPv6 : QHostAddress::LocalHost,
                           port);
}

HttpReply PendingRequest::reply() const
{
    return parseHttpReply(m_raw);
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
    return true;
}

std::vector<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> servers;
    std::vector<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<QTcpServer>();
        if (!server->listen(QHostAddress::LocalHost, 0))
            return {};
        ports.push_back(server->serverPort());
        servers.push_back(std::move(server));
    }
    return ports;
}

RefusingPort::RefusingPort()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (m_fd < 0)
        return;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 ||
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        ::close(m_fd);
        m_fd = -1;
        return;
    }
    m_port = ntohs(address.sin_port);
}

RefusingPort::RefusingPort(RefusingPort &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_port(std::exchange(other.m_port, 0))
{ }

RefusingPort::~RefusingPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

NginxProcess::NginxProcess(QString binary)
    : m_binary(std::move(binary))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // Should the test process die without cleaning up, nginx gets SIGTERM too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
}

NginxProcess::~NginxProcess()
{
    stop();
}

QString NginxProcess::mainDirectives() const
{
    const QString p = m_dir.path();
    return QStringLiteral("pid %1/nginx.pid;\nlock_file %1/nginx.lock;\nerror_log %1/error.log info;\n"
                          "worker_processes 1;\n")
        .arg(p);
}

QString NginxProcess::httpDirectives() const
{
    const QString p = m_dir.path();
    return QStringLiteral(
               "access_log %1/access.log;\nclient_body_temp_path %1/body;\nproxy_temp_path %1/proxy;\n"
               "fastcgi_temp_path %1/fastcgi;\nuwsgi_temp_path %1/uwsgi;\nscgi_temp_path %1/scgi;\n")
        .arg(p);
}

QString NginxProcess::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("error.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool NginxProcess::start(const QString &config, quint16 readyPort, int timeoutMs)
{
    stop();
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return false;
    }
    QFile::remove(m_dir.filePath(QStringLiteral("error.log")));
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write nginx.conf");
        return false;
    }
    file.close();
    m_process.start(m_binary,
                    {QStringLiteral("-p"), m_dir.path() + u'/', QStringLiteral("-e"),
                     m_dir.filePath(QStringLiteral("error.log")), QStringLiteral("-c"), file.fileName(),
                     QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("nginx did not start: ") + m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("nginx exited: ") + QString::fromUtf8(m_process.readAll()) + errorLog();
            return false;
        }
        const HttpReply ready = httpGet(QStringLiteral("127.0.0.1"), readyPort, "/", {}, 500);
        if (ready.status == 200)
            return true;
        QThread::msleep(20);
    }
    m_error = QStringLiteral("nginx did not become ready: ") + errorLog();
    stop();
    return false;
}

void NginxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM to nginx's pid: fast shutdown
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void avoidSecondBoundary(int marginMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 intoSecond = now % 1000;
    if (intoSecond >= 1000 - marginMs)
        QThread::msleep(quint64(1000 - intoSecond + 5));
}
