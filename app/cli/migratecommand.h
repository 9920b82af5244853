// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "subcommand.h"

namespace gw::cli {

/**
 * `gwstudio migrate [--from ingress-nginx] [--plus] [--experimental] [--gateway-name NAME] FILE...
 * [-o OUT.yaml] [--report REPORT] [--report-format text|json]`: converts ingress-nginx Ingresses to a
 * Gateway, HTTPRoutes and NGF policies and filters (migrate::IngressConverter), passes every other
 * document through byte for byte, and reports each annotation (docs/migration.md "Converting").
 * Exit 0 when everything converted exactly, 1 when the report has differences or unconvertible
 * items, 2 on usage or input errors.
 */
class MigrateCommand : public Subcommand
{
public:
    MigrateCommand();

    QString name() const override { return QStringLiteral("migrate"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    InputOptions m_input;
    QCommandLineOption m_from;
    QCommandLineOption m_plus;
    QCommandLineOption m_experimental;
    QCommandLineOption m_gatewayName;
    QCommandLineOption m_output;
    QCommandLineOption m_report;
    QCommandLineOption m_reportFormat;
};

} // namespace gw::cli
