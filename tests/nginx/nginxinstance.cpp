// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxinstance.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace gw::nginx::test {

NginxInstance::NginxInstance() = default;

NginxInstance::~NginxInstance()
{
    stop();
}

QString NginxInstance::binary()
{
    const QString env = qEnvironmentVariable("GW_NGINX");
    return env.isEmpty() ? QStringLiteral("/usr/sbin/nginx") : env;
}

int NginxInstance::version()
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary(), {QStringLiteral("-v")});
    p.waitForFinished(5000);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("nginx/(\\d+)\\.(\\d+)\\.(\\d+)"))
                                          .match(QString::fromUtf8(p.readAll()));
    if (!m.hasMatch())
        return 0;
    return m.captured(1).toInt() * 1000000 + m.captured(2).toInt() * 1000 + m.captured(3).toInt();
}

QString NginxInstance::njsModule()
{
    const QString path = QStringLiteral("/usr/lib/nginx/modules/ngx_http_js_module.so");
    return QFileInfo::exists(path) ? path : QString();
}

quint16 NginxInstance::port(const QString &name)
{
    if (m_ports.contains(name))
        return m_ports.value(name);
    for (;;) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            qFatal("cannot find a free port");
        const quint16 p = probe.serverPort();
        probe.close();
        bool taken = false;
        for (quint16 other : std::as_const(m_ports))
            taken = taken || other == p;
        if (!taken) {
            m_ports.insert(name, p);
            return p;
        }
    }
}

QByteArray NginxInstance::substitute(QByteArray text) const
{
    text.replace("@DIR@", m_dir.path().toUtf8());
    for (auto it = m_ports.constBegin(); it != m_ports.constEnd(); ++it)
        text.replace(QByteArray('@' + it.key().toUtf8() + '@'), QByteArray::number(it.value()));
    return text;
}

bool NginxInstance::start(const QMap<QString, QByteArray> &files, const QStringList &waitPorts,
                          QString *error)
{
    stop();
    const QDir dir(m_dir.path());
    for (const char *sub : {"logs", "body", "proxy", "fcgi", "uwsgi", "scgi"})
        dir.mkpath(QString::fromLatin1(sub));
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        QFile f(dir.filePath(it.key()));
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size()) {
            *error = QStringLiteral("cannot write %1").arg(f.fileName());
            return false;
        }
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(binary(),
                     {QStringLiteral("-p"), m_dir.path() + u'/', QStringLiteral("-c"),
                      dir.filePath(QStringLiteral("nginx.conf")), QStringLiteral("-e"),
                      dir.filePath(QStringLiteral("logs/error.log")), QStringLiteral("-g"),
                      QStringLiteral("daemon off; master_process off;")});
    if (!m_process->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(binary(), m_process->errorString());
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    for (const QString &name : waitPorts) {
        const quint16 p = m_ports.value(name);
        for (;;) {
            if (m_process->state() != QProcess::Running) {
                QFile log(dir.filePath(QStringLiteral("logs/error.log")));
                log.open(QIODevice::ReadOnly);
                *error = QStringLiteral("nginx exited: %1 %2")
                             .arg(QString::fromUtf8(m_process->readAll()), QString::fromUtf8(log.readAll()));
                return false;
            }
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, p);
            if (s.waitForConnected(100))
                break;
            if (timer.elapsed() > 10000) {
                *error = QStringLiteral("nginx does not listen on %1").arg(p);
                return false;
            }
            QThread::msleep(20);
        }
    }
    return true;
}

void NginxInstance::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to nginx's pid: fast shutdown
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

QString NginxInstance::test(const QByteArray &config)
{
    const QDir dir(m_dir.path());
    const QString path = dir.filePath(QStringLiteral("test.conf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1").arg(path);
    f.write(config);
    f.close();
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(binary(),
            {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-p"), m_dir.path() + u'/',
             QStringLiteral("-c"), path, QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-g"),
             QStringLiteral("pid %1;").arg(dir.filePath(QStringLiteral("test.pid")))});
    p.waitForFinished(10000);
    return QString::fromUtf8(p.readAll());
}

static QByteArray dechunk(const QByteArray &body)
{
    QByteArray out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        const qsizetype eol = body.indexOf("\r\n", pos);
        if (eol < 0)
            break;
        bool ok = false;
        const qsizetype n = body.mid(pos, eol - pos).trimmed().toLongLong(&ok, 16);
        if (!ok || n == 0)
            break;
        out += body.mid(eol + 2, n);
        pos = eol + 2 + n + 2;
    }
    return out;
}

static HttpResponse readResponse(QTcpSocket &s, const QByteArray &request, int timeoutMs);

HttpResponse NginxInstance::exchange(const QString &address, quint16 port, const QByteArray &request,
                                     int timeoutMs)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress(address), port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    return readResponse(s, request, timeoutMs);
}

HttpResponse NginxInstance::exchangeTls(quint16 port, const QString &sni, const QByteArray &request,
                                        int timeoutMs)
{
    QSslSocket s;
    s.setPeerVerifyMode(QSslSocket::VerifyNone);
    // A peer name that is an IP address sends no SNI.
    s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port,
                             sni.isEmpty() ? QStringLiteral("127.0.0.1") : sni);
    if (!s.waitForEncrypted(timeoutMs))
        return {};
    return readResponse(s, request, timeoutMs);
}

bool NginxInstance::makeCertificate(QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
             QStringLiteral("/CN=gwstudio-test"), QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1").arg(QString::fromUtf8(p.readAll()));
        return false;
    }
    return true;
}

static HttpResponse readResponse(QTcpSocket &s, const QByteArray &request, int timeoutMs)
{
    HttpResponse r;
    r.connected = true;
    s.write(request);
    s.waitForBytesWritten(timeoutMs);
    QByteArray data;
    QElapsedTimer timer;
    timer.start();
    while (s.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
        if (s.waitForReadyRead(100))
            data += s.readAll();
    }
    data += s.readAll();
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (!data.startsWith("HTTP/") || end < 0)
        return r;
    r.complete = true;
    const QList<QByteArray> lines = data.left(end).split('\n');
    r.status = lines.front().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    r.body = data.mid(end + 4);
    if (r.headers.value("transfer-encoding") == "chunked")
        r.body = dechunk(r.body);
    return r;
}

} // namespace gw::nginx::test
