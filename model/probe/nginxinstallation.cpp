// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/nginxinstallation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::NginxInstallation)
};

const QString InstallHint = QStringLiteral("nginx-light");

} // namespace

NginxInstallation NginxInstallation::find(const QString &binary)
{
    NginxInstallation n;
    QString candidate = binary;
    if (candidate.isEmpty())
        candidate = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (candidate.isEmpty())
        candidate = QStandardPaths::findExecutable(QStringLiteral("nginx"), {QStringLiteral("/usr/sbin")});
    if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable() || QFileInfo(candidate).isDir()) {
        n.m_error = binary.isEmpty()
            ? Tr::tr("no nginx found (neither \"nginx\" on PATH nor /usr/sbin/nginx); install the %1 "
                     "package (or nginx), e.g. \"apt install %1\"")
                  .arg(InstallHint)
            : Tr::tr("%1 is not an executable nginx").arg(binary);
        return n;
    }
    QProcess v; // nginx -V prints to standard error
    v.start(candidate, {QStringLiteral("-V")});
    if (!v.waitForFinished(10000) || v.exitStatus() != QProcess::NormalExit || v.exitCode() != 0) {
        v.kill();
        v.waitForFinished(1000);
        n.m_error = Tr::tr("%1 -V did not answer as nginx does").arg(candidate);
        return n;
    }
    const QString text = QString::fromLocal8Bit(v.readAllStandardError() + v.readAllStandardOutput());
    const auto version =
        QRegularExpression(QStringLiteral("nginx version: nginx/(\\d+)\\.(\\d+)\\.(\\d+)")).match(text);
    if (!version.hasMatch()) {
        n.m_error = Tr::tr("%1 is not open-source nginx (nginx -V printed no \"nginx version: nginx/\")")
                        .arg(candidate);
        return n;
    }
    n.m_binary = candidate;
    n.m_major = version.captured(1).toInt();
    n.m_minor = version.captured(2).toInt();
    n.m_patch = version.captured(3).toInt();
    n.m_version = QStringLiteral("%1.%2.%3").arg(n.m_major).arg(n.m_minor).arg(n.m_patch);
    n.m_ssl = text.contains(u"--with-http_ssl_module");
    n.m_streamBuiltIn = QRegularExpression(QStringLiteral("--with-stream(?![=_])")).match(text).hasMatch();
    const auto modules = QRegularExpression(QStringLiteral("--modules-path=(\\S+)")).match(text);
    const QString dir = modules.hasMatch() ? modules.captured(1) : QStringLiteral("/usr/lib/nginx/modules");
    if (QFileInfo::exists(dir + QStringLiteral("/ngx_http_js_module.so")))
        n.m_njsModule = dir + QStringLiteral("/ngx_http_js_module.so");
    if (!n.m_streamBuiltIn && QFileInfo::exists(dir + QStringLiteral("/ngx_stream_module.so")))
        n.m_streamModule = dir + QStringLiteral("/ngx_stream_module.so");
    return n;
}

bool NginxInstallation::atLeast(int major, int minor, int patch) const
{
    if (m_major != major)
        return m_major > major;
    if (m_minor != minor)
        return m_minor > minor;
    return m_patch >= patch;
}

} // namespace gw::probe
