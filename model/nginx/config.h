// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/directive.h"
#include "nginx/fileset.h"
#include "nginx/upstreamblock.h"
#include "yaml/diagnostic.h"

#include <vector>

namespace gw::nginx {

/** How Config::parse treats its input. */
struct ParseOptions
{
    /** Where the main file's directives live. Http: the main file is the *content* of an `http {}`
        block (for example NGF's /etc/nginx/conf.d/http.conf on its own). */
    enum class Root { Main, Http };
    Root root = Root::Main;
    /** nginx refuses to start when an included file is missing; NGF's output does not contain every
        file nginx.conf includes (mime.types, the gRPC error pages), so by default a missing file is a
        warning and the include is skipped. */
    bool missingIncludeIsError = false;
    int maxDepth = 100; ///< nesting of blocks
    int maxIncludeDepth = 32; ///< nesting of includes (nginx has no limit and would loop forever)
    int maxDirectives = 500000;
    qsizetype maxFileBytes = qsizetype(64) << 20;
};

/**
 * A parsed nginx configuration: the directive tree of the main context with every `include` resolved
 * against a FileSet, and the problems found on the way (nginx's wording, file:line:column). Parsing never
 * throws: after an error the tree holds what was read up to that point.
 *
 * Besides syntax, the parser checks what nginx checks for the directives this library interprets: that
 * block directives (http, server, location, upstream, map, split_clients, if, …) have a block and
 * simple ones do not, and that `include` has one argument.
 */
class Config
{
public:
    /** Parses \a mainFile (default: /etc/nginx/nginx.conf if present, else the first file of \a files). */
    static Config parse(const FileSet &files, const QString &mainFile = {}, const ParseOptions &options = {});
    /** Parses one text as file \a fileName. */
    static Config parseText(const QByteArray &text, const QString &fileName = QStringLiteral("nginx.conf"),
                            const ParseOptions &options = {});

    const std::vector<Directive> &directives() const { return m_directives; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const { return gw::hasErrors(m_diagnostics); }
    const FileSet &files() const { return m_files; }
    QString mainFile() const { return m_mainFile; }
    /** The directory relative paths are resolved against (nginx's conf prefix), ending in '/'. */
    QString prefix() const { return m_prefix; }
    /** Resolves \a path (absolute, or relative to prefix()) the way ngx_conf_full_name() does. */
    QString fullName(const QString &path) const;

    /** The `http` block, or nullptr. */
    const Directive *http() const;
    /** Every `upstream` block of the http context, in order. */
    std::vector<UpstreamBlock> upstreams() const;
    /** The `stream` block, or nullptr. */
    const Directive *stream() const;
    /** Every `upstream` block of the stream context, in order. */
    std::vector<UpstreamBlock> streamUpstreams() const;

private:
    friend class ConfigParser;
    std::vector<UpstreamBlock> upstreamsOf(const Directive *context) const;
    std::vector<Directive> m_directives;
    Diagnostics m_diagnostics;
    FileSet m_files;
    QString m_mainFile;
    QString m_prefix;
};

} // namespace gw::nginx
