// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/config.h"

#include "nginx/configparser.h"

#include <QCoreApplication>

namespace gw::nginx {

Config Config::parse(const FileSet &files, const QString &mainFile, const ParseOptions &options)
{
    Config config;
    config.m_files = files;
    QString main = mainFile;
    if (main.isEmpty()) {
        main = files.contains(QStringLiteral("/etc/nginx/nginx.conf"))
            ? QStringLiteral("/etc/nginx/nginx.conf")
            : (files.isEmpty() ? QString() : files.files().front().path);
    }
    config.m_mainFile = main;
    const qsizetype slash = main.lastIndexOf(u'/');
    config.m_prefix = slash >= 0 ? main.left(slash + 1) : QString();

    if (!files.contains(main)) {
        Diagnostic d;
        d.location = {main, 0, 0};
        d.message = QCoreApplication::translate("gw::nginx::Config",
                                                "open() \"%1\" failed (2: No such file or directory)")
                        .arg(main);
        config.m_diagnostics.push_back(d);
        return config;
    }

    ConfigParser parser(config, options);
    if (options.root == ParseOptions::Root::Http) {
        Directive http;
        http.name = "http";
        http.block = true;
        http.location = {main, 1, 1};
        http.offset = 0;
        http.endOffset = int(files.file(main)->content.size());
        parser.parseFile(main, "http", http.children);
        config.m_directives.push_back(std::move(http));
    } else {
        parser.parseFile(main, QByteArray(), config.m_directives);
    }
    return config;
}

Config Config::parseText(const QByteArray &text, const QString &fileName, const ParseOptions &options)
{
    FileSet files;
    files.insert(fileName, text);
    return parse(files, fileName, options);
}

QString Config::fullName(const QString &path) const
{
    if (path.startsWith(u'/') || m_prefix.isEmpty())
        return path;
    return m_prefix + path;
}

const Directive *Config::http() const
{
    return findDirective(m_directives, "http");
}

const Directive *Config::stream() const
{
    return findDirective(m_directives, "stream");
}

std::vector<UpstreamBlock> Config::upstreams() const
{
    return upstreamsOf(http());
}

std::vector<UpstreamBlock> Config::streamUpstreams() const
{
    return upstreamsOf(stream());
}

std::vector<UpstreamBlock> Config::upstreamsOf(const Directive *h) const
{
    std::vector<UpstreamBlock> out;
    if (!h)
        return out;
    for (const Directive &d : h->children) {
        if (d.name != "upstream" || !d.block)
            continue;
        UpstreamBlock u {d.arg(0), d.location, d.children, {}, d.bodyLine};
        if (const FileSet::File *f = m_files.file(d.location.file);
            f && d.bodyOffset >= 0 && d.endOffset > d.bodyOffset)
            u.body = QString::fromUtf8(f->content.mid(d.bodyOffset, d.endOffset - 1 - d.bodyOffset));
        out.push_back(std::move(u));
    }
    return out;
}

QStringList UpstreamBlock::serverAddresses() const
{
    QStringList out;
    for (const Directive &d : directives) {
        if (d.name == "server" && !d.args.empty())
            out.append(d.arg(0));
    }
    return out;
}

} // namespace gw::nginx
