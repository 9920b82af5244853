// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>

class QTextStream;

namespace gw {
class Design;
}

namespace gw::cli {

/**
 * The options every subcommand shares (--ngf-version, --plus, --experimental, --gateway, and the
 * NginxProxy overrides --ip-family and --http2) and the
 * reading of the FILE... arguments (`-` is standard input) into a Design.
 */
class InputOptions
{
public:
    InputOptions();

    /** Adds the shared options and the FILE... argument. */
    void setup(QCommandLineParser &parser, bool withProfile = true);

    /**
     * Reads the files named on the command line into \a design. On problems prints every
     * diagnostic (file:line:column: resource: field: message) to \a err and returns false.
     */
    bool load(const QCommandLineParser &parser, Design &design, QTextStream &err) const;

    QString ngfVersion(const QCommandLineParser &parser) const;
    bool plus(const QCommandLineParser &parser) const { return parser.isSet(m_plus); }
    bool experimental(const QCommandLineParser &parser) const { return parser.isSet(m_experimental); }
    bool snippets(const QCommandLineParser &parser) const { return parser.isSet(m_snippets); }
    QString gateway(const QCommandLineParser &parser) const { return parser.value(m_gateway); }
    /** --ip-family: "dual", "ipv4", "ipv6"; empty when not given (the NginxProxy decides). */
    QString ipFamily(const QCommandLineParser &parser) const { return parser.value(m_ipFamily); }
    /** --http2: "on", "off"; empty when not given (the NginxProxy decides). */
    QString http2(const QCommandLineParser &parser) const { return parser.value(m_http2); }

private:
    QCommandLineOption m_ngfVersion;
    QCommandLineOption m_plus;
    QCommandLineOption m_experimental;
    QCommandLineOption m_snippets;
    QCommandLineOption m_gateway;
    QCommandLineOption m_ipFamily;
    QCommandLineOption m_http2;
};

/**
 * Reads the file an option names (\a path, "-" for standard input; at most 256 MiB) into \a data;
 * false with "PREFIXcannot read ..." printed to \a err.
 */
bool readArgumentFile(const QString &path, QByteArray &data, const QString &prefix, QTextStream &err);

/** Writes \a data to \a path atomically, or to standard output for "" and "-". */
bool writeOutput(const QString &path, const QByteArray &data, QTextStream &err);

} // namespace gw::cli
