// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcommand.h"

#include "interruptwatcher.h"
#include "rendercommand.h"

#include "core/design.h"
#include "probe/sandbox.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::SandboxCommand)
};

const QString Prefix = QStringLiteral("gwstudio sandbox: ");

} // namespace

SandboxCommand::SandboxCommand()
    : m_duration(QStringLiteral("duration"),
                 Tr::tr("Stop after this many seconds (default: run until Ctrl-C)."), Tr::tr("SECONDS"))
{ }

QString SandboxCommand::summary() const
{
    return Tr::tr("run the design on a private local nginx (loopback only) until stopped");
}

void SandboxCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser);
    m_sandbox.setup(parser);
    parser.addOption(m_duration);
}

int SandboxCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    probe::SandboxOptions options;
    if (!m_sandbox.read(parser, options, err))
        return ExitUsage;
    double seconds = 0;
    if (parser.isSet(m_duration)) {
        bool ok = false;
        seconds = parser.value(m_duration).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 7 * 24 * 3600) {
            err << Prefix
                << Tr::tr("--duration expects a number of seconds, not \"%1\"").arg(parser.value(m_duration))
                << Qt::endl;
            return ExitUsage;
        }
    }
    ngf::Profile profile;
    if (!RenderCommand::profile(m_input, parser, profile, err))
        return ExitUsage;
    auto design = std::make_shared<Design>();
    if (!m_input.load(parser, *design, err))
        return ExitUsage;

    InterruptWatcher interrupt;
    probe::Sandbox sandbox;
    if (!SandboxArguments::start(sandbox, design, profile, options, Prefix, out, err))
        return ExitUsage;
    out << (seconds > 0 ? Tr::tr("Running for %1 s; Ctrl-C stops it. Access log:").arg(seconds)
                        : Tr::tr("Running; Ctrl-C stops it. Access log:"))
        << Qt::endl;

    QEventLoop loop;
    int exitCode = ExitOk;
    QFile log(sandbox.accessLogPath());
    QTimer follow;
    const auto readLog = [&] {
        if (!log.isOpen() && !log.open(QIODevice::ReadOnly))
            return;
        const QByteArray data = log.readAll();
        if (!data.isEmpty())
            out << QString::fromUtf8(data) << Qt::flush;
    };
    QObject::connect(&follow, &QTimer::timeout, &loop, readLog);
    follow.start(200);
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &loop, &QEventLoop::quit);
    QObject::connect(&sandbox, &probe::Sandbox::exited, &loop, [&](const QString &reason) {
        err << Prefix << reason << Qt::endl;
        exitCode = ExitUsage;
        loop.quit();
    });
    if (seconds > 0)
        QTimer::singleShot(int(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    readLog();
    log.close();
    const QString keep = m_sandbox.keepLogs(parser);
    if (!keep.isEmpty()) {
        QString error;
        if (!sandbox.keepLogs(keep, &error)) {
            err << Prefix << error << Qt::endl;
            exitCode = ExitUsage;
        } else {
            out << Tr::tr("Logs and configuration kept in %1").arg(keep) << Qt::endl;
        }
    }
    const qint64 pid = sandbox.lastPid();
    sandbox.stop();
    out << Tr::tr("Stopped nginx (pid %1).").arg(pid) << Qt::endl;
    return exitCode;
}

} // namespace gw::cli
