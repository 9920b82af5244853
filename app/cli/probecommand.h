// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "sandboxarguments.h"
#include "subcommand.h"

#include "probe/proberunner.h"

namespace gw::cli {

/**
 * `gwstudio probe [OPTS] FILE... (--sandbox | --target URL) --requests REQUESTS.csv [--cookie-jar]
 * [--keep-alive] [--pod-from body|header:NAME|regex:RX] [--concurrency N] [--timeout-ms N]
 * [--max-requests N] [--client-address ADDR] [--cacert FILE] [--insecure] [--seed N]
 * [--format csv|json] [-o OUT]`: sends the requests for real (Qt Network) and puts each answer
 * beside the simulator's prediction (docs/probe.md). The rows go to standard output (or OUT), the
 * summary per route and the address mappings to standard error. Exit 0 when every deterministic
 * prediction held, 1 when one did not, 2 on errors (a request without an answer, bad input, a
 * sandbox that cannot start, a cancel with Ctrl-C).
 */
class ProbeCommand : public Subcommand
{
public:
    ProbeCommand();

    QString name() const override { return QStringLiteral("probe"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    InputOptions m_input;
    SandboxArguments m_sandboxArgs;
    QCommandLineOption m_sandbox;
    QCommandLineOption m_target;
    QCommandLineOption m_requests;
    QCommandLineOption m_cookieJar;
    QCommandLineOption m_keepAlive;
    QCommandLineOption m_podFrom;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_timeout;
    QCommandLineOption m_maxRequests;
    QCommandLineOption m_clientAddress;
    QCommandLineOption m_caCert;
    QCommandLineOption m_insecure;
    QCommandLineOption m_seed;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
};

} // namespace gw::cli
