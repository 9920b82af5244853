// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendercommand.h"

#include "core/design.h"
#include "ngf/generator.h"

#include <QCoreApplication>
#include <QTextStream>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::RenderCommand)
};

} // namespace

RenderCommand::RenderCommand()
    : m_file(QStringLiteral("file"),
             Tr::tr("Print only the content of this generated file (e.g. /etc/nginx/conf.d/http.conf)."),
             Tr::tr("PATH"))
{ }

QString RenderCommand::summary() const
{
    return Tr::tr("print the nginx configuration NGF would generate, as nginx -T lists it");
}

void RenderCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser);
    parser.addOption(m_file);
}

bool RenderCommand::profile(const InputOptions &input, const QCommandLineParser &parser,
                            ngf::Profile &profile, QTextStream &err)
{
    const QString text = input.ngfVersion(parser);
    const auto version = ngf::NgfVersion::parse(text);
    if (!version) {
        err << Tr::tr("gwstudio: unknown NGF version \"%1\"; supported: %2 (also vX.Y.Z, X.Y, main)")
                   .arg(text, ngf::NgfVersion::supported().join(QStringLiteral(", ")))
            << Qt::endl;
        return false;
    }
    profile.version = *version;
    profile.plus = input.plus(parser);
    profile.experimental = input.experimental(parser);
    profile.snippets = input.snippets(parser);
    profile.gateway = input.gateway(parser);
    const QString family = input.ipFamily(parser);
    if (family == u"dual")
        profile.ipFamily = ngf::IpFamily::Dual;
    else if (family == u"ipv4")
        profile.ipFamily = ngf::IpFamily::IPv4;
    else if (family == u"ipv6")
        profile.ipFamily = ngf::IpFamily::IPv6;
    else if (!family.isEmpty()) {
        err << Tr::tr("gwstudio: --ip-family expects dual, ipv4 or ipv6, got \"%1\"").arg(family) << Qt::endl;
        return false;
    }
    const QString http2 = input.http2(parser);
    if (http2 == u"on" || http2 == u"off")
        profile.http2 = http2 == u"on";
    else if (!http2.isEmpty()) {
        err << Tr::tr("gwstudio: --http2 expects on or off, got \"%1\"").arg(http2) << Qt::endl;
        return false;
    }
    return true;
}

int RenderCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    ngf::Profile prof;
    if (!profile(m_input, parser, prof, err))
        return ExitUsage;
    Design design;
    if (!m_input.load(parser, design, err))
        return ExitUsage;
    const auto result = ngf::Generator::run(design, prof);
    for (const Diagnostic &d : result->graph.notes)
        err << Tr::tr("warning: ") << d.toString() << Qt::endl;
    if (result->gatewayIndex < 0) {
        err << QStringLiteral("gwstudio render: ") << result->gatewayError << Qt::endl;
        return ExitUsage;
    }
    QString text;
    if (parser.isSet(m_file)) {
        const QString path = parser.value(m_file);
        const ngf::GeneratedFile *file = result->file(path);
        if (!file) {
            QStringList paths;
            for (const ngf::GeneratedFile &f : result->files)
                paths << f.path;
            err << Tr::tr("gwstudio render: NGF writes no file %1; it writes: %2")
                       .arg(path, paths.join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitUsage;
        }
        text = file->content;
    } else {
        text = result->nginxT();
    }
    out.flush();
    return writeOutput(QString(), text.toUtf8(), err) ? ExitOk : ExitUsage;
}

} // namespace gw::cli
