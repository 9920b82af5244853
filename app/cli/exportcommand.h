// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "subcommand.h"

namespace gw::cli {

/**
 * `gwstudio export FILE... [-o OUT] [--set KIND/[NS/]NAME:FIELD=VALUE]...`: writes the manifests
 * kubectl-ready (here-documents unwrapped, Gateway Studio's own documents left out). Documents
 * that were not edited are written byte for byte; --set edits a field losslessly first.
 */
class ExportCommand : public Subcommand
{
public:
    ExportCommand();

    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    InputOptions m_input;
    QCommandLineOption m_output;
    QCommandLineOption m_set;
};

} // namespace gw::cli
