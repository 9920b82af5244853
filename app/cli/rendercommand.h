// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "subcommand.h"

#include "ngf/profile.h"

namespace gw::cli {

/**
 * `gwstudio render [OPTS] FILE... [--file PATH]`: prints the configuration NGF would generate
 * for the chosen Gateway, listed as `nginx -T` lists it, or only the content of one file.
 */
class RenderCommand : public Subcommand
{
public:
    RenderCommand();

    QString name() const override { return QStringLiteral("render"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

    /** The profile the shared options describe; false (message printed) for an unknown version. */
    static bool profile(const InputOptions &input, const QCommandLineParser &parser, ngf::Profile &profile,
                        QTextStream &err);

private:
    InputOptions m_input;
    QCommandLineOption m_file;
};

} // namespace gw::cli
