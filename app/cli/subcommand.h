// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

class QTextStream;

namespace gw::cli {

/** Exit codes of the command-line contract. */
enum ExitCode { ExitOk = 0, ExitProblems = 1, ExitUsage = 2 };

/**
 * One headless subcommand (`gwstudio render ...`). Subcommands run under a QCoreApplication: they
 * never create a window and work without a display.
 */
class Subcommand
{
public:
    virtual ~Subcommand() = default;

    virtual QString name() const = 0;
    /** One line for the general help. */
    virtual QString summary() const = 0;
    /** Adds the subcommand's own options and positional arguments to \a parser. */
    virtual void setup(QCommandLineParser &parser) = 0;
    /** Runs after parsing; returns an ExitCode. */
    virtual int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) = 0;
};

} // namespace gw::cli
