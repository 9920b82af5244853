// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "subcommand.h"

namespace gw::cli {

/**
 * `gwstudio status [OPTS] FILE...`: prints the status NGF would write, one YAML document per
 * resource. Exit 1 when a resource is not accepted or has unresolved references.
 */
class StatusCommand : public Subcommand
{
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    InputOptions m_input;
};

} // namespace gw::cli
