// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxcheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace gw::ngf::test {

namespace {

const QString modulesDir = QStringLiteral("/usr/lib/nginx/modules");

} // namespace

NginxCheck::NginxCheck()
{
    const QString env = qEnvironmentVariable("GW_NGINX");
    m_nginx = !env.isEmpty() ? env : QStringLiteral("/usr/sbin/nginx");
    if (!QFileInfo(m_nginx).isExecutable()) {
        m_nginx.clear();
        return;
    }
    if (QFileInfo::exists(modulesDir + QStringLiteral("/ngx_http_js_module.so")))
        m_njsModule = modulesDir + QStringLiteral("/ngx_http_js_module.so");
    else
        m_reductions << QStringLiteral(
            "no njs module: js_import, js_preload_object and js_content lines removed");
    // stream.conf holds NGF's TLS passthrough, TCP and UDP servers: the stream module is required
    // (libnginx-mod-stream, scripts/lib/packages.sh). Without it every check fails and says why.
    if (QFileInfo::exists(modulesDir + QStringLiteral("/ngx_stream_module.so")))
        m_streamModule = modulesDir + QStringLiteral("/ngx_stream_module.so");
    if (QFileInfo::exists(modulesDir + QStringLiteral("/ngx_otel_module.so")))
        m_otelModule = modulesDir + QStringLiteral("/ngx_otel_module.so");
    else
        m_reductions << QStringLiteral(
            "no OpenTelemetry module: its load_module, otel_* directives and otel blocks removed");
    QProcess v; // nginx -v prints to standard error
    v.start(m_nginx, {QStringLiteral("-v")});
    v.waitForFinished();
    const QString version = QString::fromUtf8(v.readAllStandardError());
    const QRegularExpression re(QStringLiteral("nginx/(\\d+)\\.(\\d+)\\.(\\d+)"));
    const auto m = re.match(version);
    if (m.hasMatch()) {
        const int major = m.captured(1).toInt(), minor = m.captured(2).toInt(), patch = m.captured(3).toInt();
        m_http2Directive = major > 1 || minor > 25 || (minor == 25 && patch >= 1);
        m_upstreamResolve = major > 1 || minor > 27 || (minor == 27 && patch >= 3);
        m_streamPass = major > 1 || minor > 25 || (minor == 25 && patch >= 5);
    }
    if (!m_http2Directive)
        m_reductions << QStringLiteral("nginx older than 1.25.1: `http2 on;` removed");
    if (!m_upstreamResolve)
        m_reductions << QStringLiteral("nginx older than 1.27.3: upstream `server NAME:PORT resolve;` "
                                       "checked as `server 127.0.0.1:PORT;`");
    if (!m_streamPass)
        m_reductions << QStringLiteral("nginx older than 1.25.5 (no stream pass module): `pass $destPORT;` "
                                       "checked as `proxy_pass $destPORT;`");
    prepare();
}

bool NginxCheck::writeFile(const QString &path, const QByteArray &data) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool NginxCheck::prepare()
{
    const QString root = m_dir.path();
    for (const char *dir : {"/var/run/nginx", "/var/lib/nginx/state", "/logs", "/etc/nginx/secrets"})
        QDir().mkpath(root + QLatin1String(dir));
    writeFile(root + QStringLiteral("/etc/nginx/mime.types"), "types {\n    text/html html;\n}\n");
    writeFile(root + QStringLiteral("/etc/nginx/grpc-error-pages.conf"),
              "error_page 502 = @grpc_unavailable;\n");
    writeFile(root + QStringLiteral("/etc/nginx/grpc-error-locations.conf"),
              "location @grpc_unavailable {\n    default_type application/grpc;\n    return 204;\n}\n");
    const QString njsDir = QStringLiteral(GW_NJS_DIR);
    const QStringList targets {root + QStringLiteral("/etc/nginx/modules/njs"),
                               root + QStringLiteral("/modules/njs")};
    for (const QString &target : targets) {
        QDir().mkpath(target);
        for (const char *name : {"httpmatches.js", "epp.js"})
            QFile::copy(njsDir + u'/' + QLatin1String(name), target + u'/' + QLatin1String(name));
    }
    if (!m_njsModule.isEmpty())
        QFile::link(m_njsModule, root + QStringLiteral("/modules/ngx_http_js_module.so"));
    if (!m_streamModule.isEmpty())
        QFile::link(m_streamModule, root + QStringLiteral("/modules/ngx_stream_module.so"));
    if (!m_otelModule.isEmpty())
        QFile::link(m_otelModule, root + QStringLiteral("/modules/ngx_otel_module.so"));
    // One self-signed pair (tests/ngf/tls, test-only) serves as every certificate NGF would write.
    m_pem = QStringLiteral(GW_TLS_PEM);
    return QFileInfo::exists(m_pem);
}

QString NginxCheck::rewrite(const QString &path, QString text) const
{
    const QString root = m_dir.path();
    text.replace(QStringLiteral("/etc/nginx/"), root + QStringLiteral("/etc/nginx/"));
    text.replace(QStringLiteral("/var/run/nginx/"), root + QStringLiteral("/var/run/nginx/"));
    text.replace(QStringLiteral("/var/lib/nginx/"), root + QStringLiteral("/var/lib/nginx/"));
    text.replace(QStringLiteral("/etc/ssl/cert.pem"), root + QStringLiteral("/etc/ssl/cert.pem"));
    QStringList out;
    bool inOtel = false;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (m_otelModule.isEmpty()) {
            if (t.startsWith(u"otel_exporter {") || t.startsWith(u"split_clients $otel_trace_id")) {
                inOtel = true;
                continue;
            }
            if (inOtel) {
                inOtel = line != u"}";
                continue;
            }
            if (t.startsWith(u"load_module modules/ngx_otel_module.so") || t.startsWith(u"otel_"))
                continue;
        }
        if (m_njsModule.isEmpty() &&
            (t.startsWith(u"load_module modules/ngx_http_js_module.so") || t.startsWith(u"js_import") ||
             t.startsWith(u"js_preload_object") || t.startsWith(u"js_content")))
            continue;
        if (!m_http2Directive && t == u"http2 on;")
            continue;
        if (!m_upstreamResolve && t.startsWith(u"server ") && t.endsWith(u" resolve;")) {
            static const QRegularExpression resolved(QStringLiteral(R"(server \S+:(\d+) resolve;)"));
            out << QString(line).replace(resolved, QStringLiteral("server 127.0.0.1:\\1;"));
            continue;
        }
        if (!m_streamPass && t.startsWith(u"pass $dest") && path.endsWith(u"/stream.conf")) {
            out << QString(line).replace(QStringLiteral("pass $dest"), QStringLiteral("proxy_pass $dest"));
            continue;
        }
        out << line;
    }
    QString result = out.join(u'\n');
    if (path.endsWith(u"/nginx.conf") && !m_streamModule.isEmpty())
        result.prepend(QStringLiteral("load_module modules/ngx_stream_module.so;\n"));
    return result;
}

bool NginxCheck::test(const std::vector<GeneratedFile> &files, QString *output)
{
    const QString root = m_dir.path();
    QDir(root + QStringLiteral("/etc/nginx/conf.d")).removeRecursively();
    for (const GeneratedFile &f : files) {
        if (!writeFile(root + f.path, rewrite(f.path, f.content).toUtf8())) {
            *output = QStringLiteral("cannot write ") + f.path;
            return false;
        }
        // Every certificate the configuration names is the self-signed pair.
        static const QRegularExpression pem(
            QStringLiteral("/etc/nginx/secrets/[^;\\s]+\\.(pem|crt)|/etc/ssl/cert\\.pem"));
        auto it = pem.globalMatch(f.content);
        while (it.hasNext()) {
            const QString target = root + it.next().captured(0);
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::remove(target);
            QFile::copy(m_pem, target);
        }
    }
    // The htpasswd files of AuthenticationFilters (basic_auth_NS_NAME): one test user.
    for (const GeneratedFile &f : files) {
        static const QRegularExpression htpasswd(QStringLiteral("/etc/nginx/secrets/basic_auth_[^;\\s]+"));
        auto it = htpasswd.globalMatch(f.content);
        while (it.hasNext())
            writeFile(root + it.next().captured(0), "user:{PLAIN}password\n");
    }
    QProcess nginx;
    nginx.start(m_nginx,
                {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-p"), root + u'/',
                 QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-c"),
                 root + QStringLiteral("/etc/nginx/nginx.conf")});
    if (!nginx.waitForFinished(30000)) {
        nginx.kill();
        nginx.waitForFinished();
        *output = QStringLiteral("nginx -t did not finish");
        return false;
    }
    *output = QString::fromUtf8(nginx.readAllStandardError());
    return nginx.exitStatus() == QProcess::NormalExit && nginx.exitCode() == 0;
}

} // namespace gw::ngf::test
