// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputoptions.h"

#include "core/design.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli)
};

} // namespace

InputOptions::InputOptions()
    : m_ngfVersion(
          QStringLiteral("ngf-version"),
          Tr::tr("NGINX Gateway Fabric release profile (default: the latest release modelled; \"edge\" "
                 "for main)."),
          Tr::tr("VERSION"))
    , m_plus(QStringLiteral("plus"), Tr::tr("NGINX Plus data plane (default: NGINX OSS)."))
    , m_experimental(QStringLiteral("experimental"),
                     Tr::tr("Gateway API experimental features enabled (sessionPersistence needs it)."))
    , m_snippets(QStringLiteral("snippets"),
                 Tr::tr("NGF's control plane runs with snippets enabled (SnippetsFilter and SnippetsPolicy "
                        "take effect only then)."))
    , m_gateway(QStringLiteral("gateway"), Tr::tr("The Gateway to use (default: the only one)."),
                Tr::tr("NS/NAME"))
    , m_ipFamily(QStringLiteral("ip-family"),
                 Tr::tr("Address families the data plane listens on and sends to: dual, ipv4 or ipv6 "
                        "(default: the NginxProxy's ipFamily, else dual)."),
                 Tr::tr("FAMILY"))
    , m_http2(QStringLiteral("http2"),
              Tr::tr("HTTP/2 on the listeners: on or off (default: the NginxProxy's disableHTTP2, else on)."),
              Tr::tr("on|off"))
{ }

void InputOptions::setup(QCommandLineParser &parser, bool withProfile)
{
    if (withProfile) {
        parser.addOption(m_ngfVersion);
        parser.addOption(m_plus);
        parser.addOption(m_experimental);
        parser.addOption(m_snippets);
        parser.addOption(m_gateway);
        parser.addOption(m_ipFamily);
        parser.addOption(m_http2);
    }
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 Tr::tr("Manifests to read (.yaml/.yml); - for standard input."),
                                 QStringLiteral("FILE..."));
}

QString InputOptions::ngfVersion(const QCommandLineParser &parser) const
{
    return parser.value(m_ngfVersion);
}

bool InputOptions::load(const QCommandLineParser &parser, Design &design, QTextStream &err) const
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        err << Tr::tr("gwstudio: no input files (use - for standard input)") << Qt::endl;
        return false;
    }
    bool ok = true;
    bool stdinUsed = false;
    for (const QString &path : files) {
        Design::LoadResult result;
        if (path == u"-") {
            if (stdinUsed) {
                err << Tr::tr("gwstudio: standard input (-) can only be read once") << Qt::endl;
                return false;
            }
            stdinUsed = true;
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                err << Tr::tr("gwstudio: cannot read standard input") << Qt::endl;
                return false;
            }
            const qint64 limit = qint64(design.limits().maxFileBytes);
            const QByteArray data = in.read(limit + 1);
            if (data.size() > limit) {
                err << Tr::tr("<stdin>: the input is larger than %1 MiB").arg(limit >> 20) << Qt::endl;
                return false;
            }
            result = design.addFile(data, QString());
        } else {
            result = design.openFile(path);
        }
        for (const Diagnostic &d : result.diagnostics) {
            const QString prefix =
                d.severity == Diagnostic::Severity::Error ? QString() : Tr::tr("warning: ");
            err << prefix << d.toString() << Qt::endl;
        }
        ok = ok && result.ok;
    }
    return ok;
}

bool readArgumentFile(const QString &path, QByteArray &data, const QString &prefix, QTextStream &err)
{
    QFile f;
    if (path == u"-") {
        if (!f.open(stdin, QIODevice::ReadOnly)) {
            err << prefix << Tr::tr("cannot read standard input") << Qt::endl;
            return false;
        }
    } else {
        f.setFileName(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << prefix << Tr::tr("cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
            return false;
        }
    }
    data = f.read(qint64(256) << 20);
    return true;
}

bool writeOutput(const QString &path, const QByteArray &data, QTextStream &err)
{
    if (path.isEmpty() || path == u"-") {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            err << Tr::tr("gwstudio: cannot write to standard output") << Qt::endl;
            return false;
        }
        out.flush();
        return true;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        err << Tr::tr("gwstudio: cannot write %1: %2").arg(path, out.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace gw::cli
