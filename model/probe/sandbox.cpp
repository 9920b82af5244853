// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/sandbox.h"

#include "probe/loopback.h"
#include "probe/sandboxfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::Sandbox)
};

/** GET /readyz on 127.0.0.1:\a port: nginx's readiness server answers 200. */
bool answersReady(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress(Loopback::gatewayAddress()), port);
    if (!s.waitForConnected(500))
        return false;
    s.write("GET /readyz HTTP/1.0\r\nHost: localhost\r\n\r\n");
    QByteArray reply;
    QElapsedTimer t;
    t.start();
    while (!reply.contains("\r\n") && t.elapsed() < 1000 && s.waitForReadyRead(200))
        reply += s.readAll();
    return reply.startsWith("HTTP/1.1 200") || reply.startsWith("HTTP/1.0 200");
}

/** Hands \a root and everything below it to \a uid:\a gid (symbolic links themselves, not their targets). */
bool handOver(const QString &root, uid_t uid, gid_t gid)
{
    bool ok = ::lchown(QFile::encodeName(root).constData(), uid, gid) == 0;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = ::lchown(QFile::encodeName(it.next()).constData(), uid, gid) == 0 && ok;
    return ok;
}

bool copyFile(const QString &from, const QString &to, QString *error)
{
    QFile::remove(to);
    if (!QFile::exists(from) || QFile::copy(from, to))
        return true;
    *error = Tr::tr("cannot copy %1 to %2").arg(from, to);
    return false;
}

} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{ }

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::start(SandboxPlan plan, QString *error, int timeoutMs)
{
    stop();
    m_plan = std::move(plan);
    if (!m_plan->certificatePaths().isEmpty() && !m_certificate.generate(m_plan->tlsHostnames(), error))
        return false;
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool addressInUse = false;
        if (startOnce(error, &addressInUse, timeoutMs))
            return true;
        bool requested = false;
        for (const SandboxPort &p : m_plan->ports())
            requested = requested || p.requested;
        // Something took an address or port between planning and nginx's start: choose again.
        if (!addressInUse || requested || !m_plan->reallocate(error))
            return false;
    }
    return false;
}

bool Sandbox::startOnce(QString *error, bool *addressInUse, int timeoutMs)
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/gwstudio-sandbox-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = Tr::tr("cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    const QString root = m_dir->path();
    if (!SandboxFiles::write(*m_plan, root, m_certificate.keyPairPem(), error))
        return false;
    // Never nginx as root: as root, the prefix goes to the user nobody and nginx runs as nobody.
    bool drop = false;
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    m_user = QString::fromLocal8Bit(::getpwuid(uid) ? ::getpwuid(uid)->pw_name : "");
    if (uid == 0) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || nobody->pw_uid == 0 || !handOver(root, nobody->pw_uid, nobody->pw_gid)) {
            *error =
                Tr::tr("Gateway Studio runs as root, and nginx never does; the user nobody to run it as is "
                       "missing");
            return false;
        }
        drop = true;
        uid = nobody->pw_uid;
        gid = nobody->pw_gid;
        m_user = QStringLiteral("nobody");
    }
    m_stopping = false;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // nginx goes when Gateway Studio goes, even when it is killed: PR_SET_PDEATHSIG, set after the
    // change of user (which clears it). The kernel sends the signal when the thread that started
    // nginx ends: start() runs on the main thread, in the CLI and the editor.
    m_process->setChildProcessModifier([drop, uid, gid] {
        if (drop && (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0))
            ::_exit(127);
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    m_process->start(m_plan->nginx().binary(),
                     {QStringLiteral("-p"), root + u'/', QStringLiteral("-e"), SandboxFiles::errorLog(root),
                      QStringLiteral("-c"), SandboxFiles::configFile(root), QStringLiteral("-g"),
                      QStringLiteral("daemon off; master_process off;")});
    if (!m_process->waitForStarted(5000)) {
        *error = Tr::tr("%1 did not start: %2").arg(m_plan->nginx().binary(), m_process->errorString());
        m_process.reset();
        return false;
    }
    m_lastPid = m_process->processId();
    if (!waitReady(error, addressInUse, timeoutMs)) {
        stop();
        return false;
    }
    connect(m_process.get(), &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping)
            return;
        Q_EMIT exited(status == QProcess::CrashExit
                          ? Tr::tr("nginx crashed: %1").arg(errorLogTail(1000))
                          : Tr::tr("nginx exited with code %1: %2").arg(code).arg(errorLogTail(1000)));
    });
    return true;
}

bool Sandbox::waitReady(QString *error, bool *addressInUse, int timeoutMs)
{
    quint16 ready = 0;
    for (const SandboxPort &p : m_plan->ports()) {
        if (p.readiness)
            ready = p.local;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (m_process->waitForFinished(20) || m_process->state() != QProcess::Running) {
            const QString output = QString::fromLocal8Bit(m_process->readAll()).trimmed();
            const QString log = errorLogTail(2000).trimmed();
            *addressInUse = log.contains(QLatin1String("Address already in use")) ||
                output.contains(QLatin1String("Address already in use"));
            *error = Tr::tr("nginx stopped at once: %1").arg(output.isEmpty() ? log : output + u'\n' + log);
            return false;
        }
        if (ready == 0) {
            // No readiness server in the rendering: running for half a second counts as started.
            if (timer.elapsed() > 500)
                return true;
            continue;
        }
        if (answersReady(ready))
            return true;
        QThread::msleep(20);
    }
    *error = Tr::tr("nginx did not become ready within %1 ms: %2").arg(timeoutMs).arg(errorLogTail(2000));
    return false;
}

void Sandbox::stop()
{
    if (m_process) {
        m_stopping = true;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->terminate(); // SIGTERM to nginx's pid: a fast shutdown
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
    }
    m_dir.reset();
}

bool Sandbox::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

qint64 Sandbox::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString Sandbox::prefix() const
{
    return m_dir ? m_dir->path() : QString();
}

QString Sandbox::errorLogPath() const
{
    return m_dir ? SandboxFiles::errorLog(m_dir->path()) : QString();
}

QString Sandbox::accessLogPath() const
{
    return m_dir ? SandboxFiles::accessLog(m_dir->path()) : QString();
}

QString Sandbox::errorLogTail(qint64 maxBytes) const
{
    QFile f(errorLogPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    if (f.size() > maxBytes)
        f.seek(f.size() - maxBytes);
    return QString::fromUtf8(f.readAll());
}

bool Sandbox::keepLogs(const QString &directory, QString *error) const
{
    if (!m_dir) {
        *error = Tr::tr("the sandbox is not running");
        return false;
    }
    if (!QDir().mkpath(directory)) {
        *error = Tr::tr("cannot create %1").arg(directory);
        return false;
    }
    const QString root = m_dir->path();
    return copyFile(errorLogPath(), directory + QStringLiteral("/error.log"), error) &&
        copyFile(accessLogPath(), directory + QStringLiteral("/access.log"), error) &&
        copyFile(root + QStringLiteral("/etc/nginx/conf.d/http.conf"),
                 directory + QStringLiteral("/http.conf"), error) &&
        copyFile(SandboxFiles::configFile(root), directory + QStringLiteral("/nginx.conf"), error) &&
        copyFile(root + QStringLiteral("/etc/nginx/conf.d/zz-gwstudio-sandbox.conf"),
                 directory + QStringLiteral("/zz-gwstudio-sandbox.conf"), error);
}

} // namespace gw::probe
