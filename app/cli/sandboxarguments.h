// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/sandboxplan.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

class QTextStream;

namespace gw {
class Design;
}
namespace gw::probe {
class Sandbox;
}

namespace gw::cli {

/**
 * The options `gwstudio sandbox` and `gwstudio probe --sandbox` share (--port LISTENER=LOCAL,
 * --nginx PATH, --keep-logs DIR) and starting the sandbox with its mapping and notes printed.
 */
class SandboxArguments
{
public:
    SandboxArguments();

    void setup(QCommandLineParser &parser);
    /** Reads the options into \a options; false (message printed) when one is malformed. */
    bool read(const QCommandLineParser &parser, probe::SandboxOptions &options, QTextStream &err) const;
    /** Whether any of the sandbox's options was given (probe: they need --sandbox). */
    bool anySet(const QCommandLineParser &parser) const;
    QString keepLogs(const QCommandLineParser &parser) const { return parser.value(m_keepLogs); }

    /**
     * Plans and starts \a sandbox for \a design; prints the mapping to \a info and the notes to
     * \a err ("note: ..."). False with the reason printed to \a err.
     */
    static bool start(probe::Sandbox &sandbox, std::shared_ptr<const Design> design,
                      const ngf::Profile &profile, const probe::SandboxOptions &options,
                      const QString &prefix, QTextStream &info, QTextStream &err);

    /** "nginx 1.22.1 (pid 4321, user nobody) runs the design under /tmp/gwstudio-sandbox-…". */
    static QString startLine(const probe::Sandbox &sandbox);

private:
    QCommandLineOption m_port;
    QCommandLineOption m_nginx;
    QCommandLineOption m_keepLogs;
};

} // namespace gw::cli
