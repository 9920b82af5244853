// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxarguments.h"

#include "probe/sandbox.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::SandboxArguments)
};

} // namespace

SandboxArguments::SandboxArguments()
    : m_port(
          QStringLiteral("port"),
          Tr::tr(
              "Run listener port LISTENER on local port LOCAL of 127.0.0.1 (default: the same port when it "
              "is 1024 or above and free, else a free one). May be repeated."),
          Tr::tr("LISTENER=LOCAL"))
    , m_nginx(QStringLiteral("nginx"),
              Tr::tr("The nginx binary (default: nginx on PATH, else /usr/sbin/nginx)."), Tr::tr("PATH"))
    , m_keepLogs(QStringLiteral("keep-logs"),
                 Tr::tr("When the sandbox stops, copy its error and access logs and configuration into DIR."),
                 Tr::tr("DIR"))
{ }

void SandboxArguments::setup(QCommandLineParser &parser)
{
    for (const QCommandLineOption *o : {&m_port, &m_nginx, &m_keepLogs})
        parser.addOption(*o);
}

bool SandboxArguments::anySet(const QCommandLineParser &parser) const
{
    return parser.isSet(m_port) || parser.isSet(m_nginx) || parser.isSet(m_keepLogs);
}

bool SandboxArguments::read(const QCommandLineParser &parser, probe::SandboxOptions &options,
                            QTextStream &err) const
{
    for (const QString &value : parser.values(m_port)) {
        const QStringList parts = value.split(u'=');
        bool okListener = false, okLocal = false;
        const int listener = parts.value(0).toInt(&okListener);
        const int local = parts.value(1).toInt(&okLocal);
        if (parts.size() != 2 || !okListener || !okLocal || listener < 1 || listener > 65535 || local < 1 ||
            local > 65535) {
            err << Tr::tr("gwstudio: --port expects LISTENER=LOCAL with two port numbers, e.g. 80=8080, not "
                          "\"%1\"")
                       .arg(value)
                << Qt::endl;
            return false;
        }
        options.ports.insert(listener, local);
    }
    options.nginx = parser.value(m_nginx);
    return true;
}

QString SandboxArguments::startLine(const probe::Sandbox &sandbox)
{
    return Tr::tr("nginx %1 (pid %2, user %3) runs the design under %4")
        .arg(sandbox.plan().nginx().version())
        .arg(sandbox.pid())
        .arg(sandbox.user(), sandbox.prefix());
}

bool SandboxArguments::start(probe::Sandbox &sandbox, std::shared_ptr<const Design> design,
                             const ngf::Profile &profile, const probe::SandboxOptions &options,
                             const QString &prefix, QTextStream &info, QTextStream &err)
{
    QString error;
    auto plan = probe::SandboxPlan::make(std::move(design), profile, options, &error);
    if (!plan) {
        err << prefix << error << Qt::endl;
        return false;
    }
    for (const QString &note : plan->notes())
        err << Tr::tr("note: %1").arg(note) << Qt::endl;
    if (!sandbox.start(*plan, &error)) {
        err << prefix << error << Qt::endl;
        return false;
    }
    info << startLine(sandbox) << Qt::endl;
    for (const QString &line : sandbox.plan().describe())
        info << QStringLiteral("  ") << line << Qt::endl;
    return true;
}

} // namespace gw::cli
