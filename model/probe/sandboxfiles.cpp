// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/sandboxfiles.h"

#include "probe/loopback.h"
#include "probe/sandboxplan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::SandboxFiles)
};

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size())
        return true;
    *error = Tr::tr("cannot write %1: %2").arg(path, f.errorString());
    return false;
}

/** A Pod name for nginx's `return 200 "..."` (Pod names are DNS labels; quotes and backslashes escaped). */
QString nginxQuoted(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c == u'$' ? QChar(u'_') : c;
    }
    return out;
}

} // namespace

QString SandboxFiles::rewrite(const SandboxPlan &plan, const QString &path, const QString &text,
                              const QString &prefix)
{
    static const QRegularExpression listen(QStringLiteral("^(\\s*)listen\\s+(\\d+)([^;]*);(.*)$"));
    static const QRegularExpression listenV6(QStringLiteral("^\\s*listen\\s+\\[::\\]:\\d+[^;]*;"));
    QStringList out;
    bool inStream = false;
    const auto leftOut = [&](const QString &line) {
        out << QStringLiteral("# gwstudio sandbox, left out: ") + line.trimmed();
    };
    const bool mainFile = path.endsWith(u"/nginx.conf");
    for (QString line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (plan.dropsJs() &&
            (t.startsWith(u"load_module modules/ngx_http_js_module.so") || t.startsWith(u"js_import") ||
             t.startsWith(u"js_preload_object") || t.startsWith(u"js_set"))) {
            leftOut(line);
            continue;
        }
        if (plan.dropsHttp2() && t == u"http2 on;") {
            leftOut(line);
            continue;
        }
        if (mainFile && plan.dropsStream()) {
            if (t == u"stream {")
                inStream = true;
            if (inStream) {
                inStream = line != u"}";
                leftOut(line);
                continue;
            }
        }
        if (listenV6.match(line).hasMatch()) {
            leftOut(line);
            continue;
        }
        if (const auto m = listen.match(line); m.hasMatch()) {
            line = m.captured(1) +
                QStringLiteral("listen %1:%2%3;%4")
                    .arg(Loopback::gatewayAddress())
                    .arg(plan.localPort(m.captured(2).toInt()))
                    .arg(m.captured(3), m.captured(4));
        }
        if (t == u"error_log stderr info;")
            line.replace(QStringLiteral("stderr"), errorLog(prefix));
        out << line;
    }
    QString result = out.join(u'\n');
    for (const char *dir : {"/etc/nginx/", "/var/run/nginx/", "/var/lib/nginx/"})
        result.replace(QLatin1String(dir), prefix + QLatin1String(dir));
    if (mainFile && !plan.nginx().streamModule().isEmpty()) // on line 1: the lines keep their numbers
        result.prepend(QStringLiteral("load_module %1; ").arg(plan.nginx().streamModule()));
    return result;
}

QByteArray SandboxFiles::sandboxConf(const SandboxPlan &plan, const QString &prefix)
{
    QString conf =
        QStringLiteral("# Gateway Studio's sandbox (docs/probe.md): the access log the probe reads, and one\n"
                       "# server per Pod answering as nginxdemos/nginx-hello:plain-text does.\n"
                       "log_format gwstudio_sandbox '$time_iso8601 client=$remote_addr:$remote_port "
                       "connection_requests=$connection_requests request_id=$request_id status=$status "
                       "upstream_addr=\"$upstream_addr\" host=\"$host\" request=\"$request\"';\n"
                       "access_log %1 gwstudio_sandbox;\n")
            .arg(accessLog(prefix));
    for (const SandboxBackend &b : plan.backends()) {
        conf +=
            QStringLiteral("server {\n"
                           "    listen %1;\n"
                           "    access_log off;\n"
                           "    location / {\n"
                           "        default_type text/plain;\n"
                           "        expires -1;\n"
                           "        return 200 \"Server address: $server_addr:$server_port\\nServer name: "
                           "%2\\nDate: $time_local\\nURI: $request_uri\\nRequest ID: $request_id\\n\";\n"
                           "    }\n"
                           "}\n")
                .arg(b.hostPort(), nginxQuoted(b.pod));
    }
    return conf.toUtf8();
}

bool SandboxFiles::write(const SandboxPlan &plan, const QString &prefix, const QByteArray &certificatePem,
                         QString *error)
{
    for (const char *dir : {"/logs", "/var/run/nginx", "/var/lib/nginx/state", "/modules/njs",
                            "/etc/nginx/modules/njs", "/etc/nginx/secrets"}) {
        if (!QDir().mkpath(prefix + QLatin1String(dir))) {
            *error = Tr::tr("cannot create %1").arg(prefix + QLatin1String(dir));
            return false;
        }
    }
    QFile mime(QStringLiteral("/etc/nginx/mime.types"));
    const QByteArray types = mime.open(QIODevice::ReadOnly)
        ? mime.readAll()
        : QByteArrayLiteral(
              "types {\n    text/html html;\n    text/plain txt;\n    application/json json;\n}\n");
    if (!writeFile(prefix + QStringLiteral("/etc/nginx/mime.types"), types, error))
        return false;
    for (const char *name : {"httpmatches.js", "epp.js"}) {
        QFile js(QStringLiteral(":/gwstudio/njs/") + QLatin1String(name));
        if (!js.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("NGF's njs module %1 is missing from this build").arg(QLatin1String(name));
            return false;
        }
        const QByteArray code = js.readAll();
        for (const char *dir : {"/modules/njs/", "/etc/nginx/modules/njs/"}) {
            if (!writeFile(prefix + QLatin1String(dir) + QLatin1String(name), code, error))
                return false;
        }
    }
    if (!plan.nginx().njsModule().isEmpty())
        QFile::link(plan.nginx().njsModule(), prefix + QStringLiteral("/modules/ngx_http_js_module.so"));
    for (const ngf::GeneratedFile &f : plan.result()->files) {
        if (!writeFile(prefix + f.path, rewrite(plan, f.path, f.content, prefix).toUtf8(), error))
            return false;
    }
    for (const QString &path : plan.certificatePaths()) {
        QString moved = path;
        for (const char *dir : {"/etc/nginx/", "/var/run/nginx/", "/var/lib/nginx/"}) {
            if (moved.startsWith(QLatin1String(dir)))
                moved.prepend(prefix);
        }
        if (!writeFile(moved, certificatePem, error))
            return false;
    }
    return writeFile(prefix + QStringLiteral("/etc/nginx/conf.d/zz-gwstudio-sandbox.conf"),
                     sandboxConf(plan, prefix), error);
}

} // namespace gw::probe
