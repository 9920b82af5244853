// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngfsandbox.h"

#include "nginxharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace {

const QString modulesDir = QStringLiteral("/usr/lib/nginx/modules");

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

LoopbackBackend::LoopbackBackend(QString address, quint16 port)
    : m_address(std::move(address))
    , m_port(port)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *s = m_server.nextPendingConnection()) {
            QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] { onData(s); });
            QObject::connect(s, &QTcpSocket::disconnected, s, [this, s] {
                m_buffers.remove(s);
                m_held.erase(std::remove(m_held.begin(), m_held.end(), s), m_held.end());
                s->deleteLater();
            });
        }
    });
}

LoopbackBackend::~LoopbackBackend() = default;

bool LoopbackBackend::listen()
{
    return m_server.listen(QHostAddress(m_address), m_port);
}

void LoopbackBackend::close()
{
    m_server.close();
}

void LoopbackBackend::answerHeld()
{
    for (QTcpSocket *s : std::exchange(m_held, {}))
        answer(s);
}

void LoopbackBackend::onData(QTcpSocket *s)
{
    QByteArray &buffer = m_buffers[s];
    buffer += s->readAll();
    if (!buffer.contains("\r\n\r\n"))
        return;
    const bool slow = buffer.left(buffer.indexOf("\r\n")).contains("/slow");
    m_buffers.remove(s);
    if (slow)
        m_held.push_back(s);
    else
        answer(s);
}

void LoopbackBackend::answer(QTcpSocket *s)
{
    const QByteArray body = name().toLatin1() + '\n';
    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " +
             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    s->disconnectFromHost();
}

NgfSandbox::NgfSandbox()
{
    const QString env = qEnvironmentVariable("GW_NGINX");
    m_nginx = !env.isEmpty() ? env : QStringLiteral("/usr/sbin/nginx");
    if (!QFileInfo(m_nginx).isExecutable())
        m_nginx.clear();
    if (QFileInfo::exists(modulesDir + QStringLiteral("/ngx_http_js_module.so")))
        m_njsModule = modulesDir + QStringLiteral("/ngx_http_js_module.so");
    else
        m_reductions << QStringLiteral(
            "no njs module: load_module, js_import, js_preload_object and js_content lines removed");
    QProcess v; // nginx -v prints to standard error
    v.start(m_nginx, {QStringLiteral("-v")});
    v.waitForFinished();
    const auto version = QRegularExpression(QStringLiteral("nginx/(\\d+)\\.(\\d+)\\.(\\d+)"))
                             .match(QString::fromUtf8(v.readAllStandardError()));
    if (version.hasMatch()) {
        const int minor = version.captured(2).toInt(), patch = version.captured(3).toInt();
        m_http2Directive = version.captured(1).toInt() > 1 || minor > 25 || (minor == 25 && patch >= 1);
    }
    if (!m_http2Directive)
        m_reductions << QStringLiteral("nginx older than 1.25.1: `http2 on;` removed");
    if (QFileInfo::exists(modulesDir + QStringLiteral("/ngx_stream_module.so")))
        m_streamModule = modulesDir + QStringLiteral("/ngx_stream_module.so");
    else
        m_reductions << QStringLiteral("no stream module: the stream block removed");
}

NgfSandbox::~NgfSandbox()
{
    stop();
}

QString NgfSandbox::rewrite(const QString &path, QString text, quint16 httpPort, quint16 readyPort) const
{
    QStringList out;
    bool inStream = false;
    static const QRegularExpression listen80(QStringLiteral("^(\\s*)listen 80( default_server)?;$"));
    static const QRegularExpression listenV6(QStringLiteral("^\\s*listen \\[::\\]:\\d+[^;]*;$"));
    // Removed lines become comments, so that every line keeps its number (the source map's).
    const auto removed = [&](const QString &line) { out << QStringLiteral("# removed: ") + line.trimmed(); };
    for (QString line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (m_njsModule.isEmpty() &&
            (t.startsWith(u"load_module modules/ngx_http_js_module.so") || t.startsWith(u"js_import") ||
             t.startsWith(u"js_preload_object") || t.startsWith(u"js_content"))) {
            removed(line);
            continue;
        }
        if (!m_http2Directive && t == u"http2 on;") {
            removed(line);
            continue;
        }
        if (listenV6.match(line).hasMatch()) {
            removed(line);
            continue;
        }
        if (const auto m = listen80.match(line); m.hasMatch())
            line = m.captured(1) + QStringLiteral("listen 127.0.0.1:%1%2;").arg(httpPort).arg(m.captured(2));
        if (t == u"listen 8081;")
            line.replace(QStringLiteral("listen 8081;"),
                         QStringLiteral("listen 127.0.0.1:%1;").arg(readyPort));
        if (path.endsWith(u"/nginx.conf") && m_streamModule.isEmpty()) {
            if (t == u"stream {")
                inStream = true;
            if (inStream) {
                if (line == u"}")
                    inStream = false;
                removed(line);
                continue;
            }
        }
        out << line;
    }
    QString result = out.join(u'\n');
    if (path.endsWith(u"/nginx.conf") && !m_streamModule.isEmpty())
        result.prepend(QStringLiteral(
            "load_module modules/ngx_stream_module.so; ")); // on line 1: lines keep their numbers
    return result;
}

gw::nginx::FileSet NgfSandbox::prepare(const gw::nginx::FileSet &generated, quint16 httpPort,
                                       quint16 readyPort) const
{
    // The files keep NGF's paths (the simulator's source map refers to them); only their text moves.
    gw::nginx::FileSet out;
    for (const gw::nginx::FileSet::File &f : generated.files())
        out.insert(f.path, rewrite(f.path, QString::fromUtf8(f.content), httpPort, readyPort).toUtf8());
    return out;
}

bool NgfSandbox::start(const gw::nginx::FileSet &files, const QByteArray &extraHttp, quint16 readyPort,
                       QString *error)
{
    stop();
    const QString root = m_dir.path();
    for (const char *dir :
         {"/var/run/nginx", "/var/lib/nginx/state", "/logs", "/modules/njs", "/etc/nginx/modules/njs"})
        QDir().mkpath(root + QLatin1String(dir));
    writeFile(root + QStringLiteral("/etc/nginx/mime.types"), "types {\n    text/html html;\n}\n");
    const QStringList njsDirs {root + QStringLiteral("/modules/njs"),
                               root + QStringLiteral("/etc/nginx/modules/njs")};
    for (const QString &target : njsDirs) {
        for (const char *name : {"httpmatches.js", "epp.js"}) {
            QFile::remove(target + u'/' + QLatin1String(name));
            QFile::copy(QStringLiteral(GW_NJS_DIR "/") + QLatin1String(name),
                        target + u'/' + QLatin1String(name));
        }
    }
    if (!m_njsModule.isEmpty())
        QFile::link(m_njsModule, root + QStringLiteral("/modules/ngx_http_js_module.so"));
    if (!m_streamModule.isEmpty())
        QFile::link(m_streamModule, root + QStringLiteral("/modules/ngx_stream_module.so"));
    for (const gw::nginx::FileSet::File &f : files.files()) {
        // Only where the files live changes: paths move under the prefix, the error log into a file.
        QByteArray text = f.content;
        for (const char *dir : {"/etc/nginx/", "/var/run/nginx/", "/var/lib/nginx/"}) {
            QByteArray moved = root.toUtf8();
            moved += dir;
            text.replace(QByteArray(dir), moved);
        }
        QByteArray errorLog = "error_log ";
        errorLog += root.toUtf8();
        errorLog += "/error.log info;";
        text.replace(QByteArray("error_log stderr info;"), errorLog);
        if (!writeFile(root + f.path, text)) {
            *error = QStringLiteral("cannot write ") + f.path;
            return false;
        }
    }
    writeFile(root + QStringLiteral("/etc/nginx/conf.d/zz-oracle.conf"), extraHttp);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process->start(m_nginx,
                     {QStringLiteral("-p"), root + u'/', QStringLiteral("-e"),
                      root + QStringLiteral("/error.log"), QStringLiteral("-c"),
                      root + QStringLiteral("/etc/nginx/nginx.conf"), QStringLiteral("-g"),
                      QStringLiteral("daemon off; master_process off;")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start");
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000) {
        if (m_process->waitForFinished(20) || m_process->state() != QProcess::Running) {
            *error = QStringLiteral("nginx exited: ") + QString::fromUtf8(m_process->readAll()) + errorLog();
            return false;
        }
        const HttpReply ready = httpGet(QStringLiteral("127.0.0.1"), readyPort, "/readyz", {}, 500);
        if (ready.status == 200)
            return true;
    }
    *error = QStringLiteral("nginx did not become ready: ") + errorLog();
    return false;
}

void NgfSandbox::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

QString NgfSandbox::errorLog() const
{
    QFile f(m_dir.filePath(QStringLiteral("error.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}
