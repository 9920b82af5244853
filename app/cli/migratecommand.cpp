// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migratecommand.h"

#include "core/design.h"
#include "migrate/ingressconverter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::MigrateCommand)
};

} // namespace

MigrateCommand::MigrateCommand()
    : m_from(QStringLiteral("from"),
             Tr::tr("The controller the Ingresses were written for (only ingress-nginx)."),
             Tr::tr("CONTROLLER"), QStringLiteral("ingress-nginx"))
    , m_plus(QStringLiteral("plus"), Tr::tr("Convert for NGF with NGINX Plus (cookie session persistence)."))
    , m_experimental(QStringLiteral("experimental"),
                     Tr::tr("Convert for NGF with experimental features (session persistence)."))
    , m_gatewayName(QStringLiteral("gateway-name"),
                    Tr::tr("Name of the Gateway to create (default: gateway)."), Tr::tr("NAME"),
                    QStringLiteral("gateway"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               Tr::tr("Write the converted manifests to OUT instead of standard output."), Tr::tr("OUT"))
    , m_report(QStringLiteral("report"), Tr::tr("Write the report to REPORT instead of standard error."),
               Tr::tr("REPORT"))
    , m_reportFormat(QStringLiteral("report-format"), Tr::tr("Format of the report: text (default) or json."),
                     Tr::tr("FORMAT"), QStringLiteral("text"))
{ }

QString MigrateCommand::summary() const
{
    return Tr::tr(
        "Convert ingress-nginx Ingresses to a Gateway, HTTPRoutes and NGF policies, with a report.");
}

void MigrateCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser, false);
    parser.addOption(m_from);
    parser.addOption(m_plus);
    parser.addOption(m_experimental);
    parser.addOption(m_gatewayName);
    parser.addOption(m_output);
    parser.addOption(m_report);
    parser.addOption(m_reportFormat);
}

int MigrateCommand::run(const QCommandLineParser &parser, QTextStream &, QTextStream &err)
{
    const QString prefix = QStringLiteral("gwstudio migrate: ");
    if (parser.value(m_from) != u"ingress-nginx") {
        err << prefix
            << Tr::tr("--from: only \"ingress-nginx\" is supported, got \"%1\"").arg(parser.value(m_from))
            << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(m_reportFormat);
    if (format != u"text" && format != u"json") {
        err << prefix << Tr::tr("--report-format: expected text or json, got \"%1\"").arg(format) << Qt::endl;
        return ExitUsage;
    }
    static const QRegularExpression dnsName(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    const QString gatewayName = parser.value(m_gatewayName);
    if (!dnsName.match(gatewayName).hasMatch() || gatewayName.size() > 63) {
        err << prefix << Tr::tr("--gateway-name: \"%1\" is not a valid resource name").arg(gatewayName)
            << Qt::endl;
        return ExitUsage;
    }
    Design design;
    if (!m_input.load(parser, design, err))
        return ExitUsage;
    migrate::ConversionOptions options;
    options.plus = parser.isSet(m_plus);
    options.experimental = parser.isSet(m_experimental);
    options.gatewayName = gatewayName;
    const migrate::ConversionResult result = migrate::IngressConverter::convert(design, options);
    for (const Diagnostic &d : result.diagnostics)
        err << prefix << d.toString() << Qt::endl;
    if (!result.ok)
        return ExitUsage;
    const QByteArray report = format == u"json" ? result.report.toJson() : result.report.toText().toUtf8();
    if (!writeOutput(parser.value(m_output), result.yaml, err))
        return ExitUsage;
    if (parser.isSet(m_report)) {
        if (!writeOutput(parser.value(m_report), report, err))
            return ExitUsage;
    } else {
        err << QString::fromUtf8(report);
        err.flush();
    }
    return result.report.exitCode() == 0 ? ExitOk : ExitProblems;
}

} // namespace gw::cli
