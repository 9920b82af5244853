// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nginx/config.h"
#include "nginx/tokenizer.h"

namespace gw::nginx {

/**
 * Builds a Config's directive tree from statements (ngx_conf_parse): blocks, `include` (files and globs,
 * relative to the conf prefix) and the checks nginx makes for the directives this library interprets.
 * Used by Config::parse; not meant to be used on its own.
 */
class ConfigParser
{
public:
    ConfigParser(Config &config, const ParseOptions &options);

    /** Parses \a path into \a out as context \a context ("" is the main context). */
    void parseFile(const QString &path, const QByteArray &context, std::vector<Directive> &out);

private:
    enum class Outcome { Done, Failed };

    Outcome parseStatements(Tokenizer &tokenizer, const QString &path, const QByteArray &text,
                            const QByteArray &context, bool inBlock, int depth, std::vector<Directive> &out,
                            int *blockEnd, SourceLocation *blockEndLocation);
    bool include(const Directive &directive, const QByteArray &context, std::vector<Directive> &out);
    void error(const SourceLocation &where, const QString &message);
    void warning(const SourceLocation &where, const QString &message);
    bool checkDirective(const Directive &d, const QByteArray &context);

    Config &m_config;
    ParseOptions m_options;
    int m_includeDepth = 0;
    int m_directiveCount = 0;
    bool m_stopped = false;
};

} // namespace gw::nginx
