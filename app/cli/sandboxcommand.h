// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "sandboxarguments.h"
#include "subcommand.h"

namespace gw::cli {

/**
 * `gwstudio sandbox [OPTS] FILE... [--port LISTENER=LOCAL]... [--nginx PATH] [--keep-logs DIR]
 * [--duration SECONDS]`: the design on a private local nginx (docs/probe.md) until Ctrl-C (or
 * SIGTERM, or the duration): the mapping of listeners and Pods to loopback addresses on standard
 * output, then the access log's lines as they come; what open-source nginx cannot run on standard
 * error. Exit 0 when stopped, 2 when it cannot start or nginx stops by itself.
 */
class SandboxCommand : public Subcommand
{
public:
    SandboxCommand();

    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    InputOptions m_input;
    SandboxArguments m_sandbox;
    QCommandLineOption m_duration;
};

} // namespace gw::cli
