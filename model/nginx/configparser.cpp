// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/configparser.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::ConfigParser)
};

enum class Shape { Unknown, Block, Simple };

struct Spec
{
    Shape shape = Shape::Unknown;
    int minArgs = 0;
    int maxArgs = -1; ///< -1: any
    bool allowed = true;
};

bool isHandlerBlock(const QByteArray &context)
{
    // Blocks whose lines are not directives but key/value pairs read by a custom handler.
    return context == "map" || context == "split_clients" || context == "types" || context == "geo";
}

// What nginx requires of the directives this library interprets, by context.
Spec specFor(const QByteArray &context, const QByteArray &name)
{
    const bool main = context.isEmpty();
    const bool http = context == "http";
    const bool stream = context == "stream";
    const bool server = context == "server";
    const bool location = context == "location";
    const bool ifBlock = context == "if";
    const bool upstream = context == "upstream";

    if (name == "include")
        return {Shape::Simple, 1, 1};
    if (name == "http" || name == "events" || name == "stream")
        return {Shape::Block, 0, 0, main};
    if (name == "server") {
        if (upstream)
            return {Shape::Simple, 1};
        return {Shape::Block, 0, 0, http || stream || context == "mail"};
    }
    if (name == "upstream")
        return {Shape::Block, 1, 1, http || stream};
    if (name == "map" || name == "split_clients")
        return {Shape::Block, 2, 2, http || stream};
    if (name == "location")
        return {Shape::Block, 1, 2, server || location};
    if (name == "if")
        return {Shape::Block, 1, -1, server || location || ifBlock};
    if (name == "listen")
        return {Shape::Simple, 1, -1, server};
    if (name == "server_name")
        return {Shape::Simple, 1, -1, server};
    if (name == "return")
        return {Shape::Simple, 1, 2, server || location || ifBlock || stream};
    if (name == "rewrite")
        return {Shape::Simple, 2, 3, server || location || ifBlock};
    if (name == "set")
        return {Shape::Simple, 2, 2, server || location || ifBlock};
    if (name == "break")
        return {Shape::Simple, 0, 0, server || location || ifBlock};
    if (name == "internal")
        return {Shape::Simple, 0, 0, location};
    if (name == "proxy_pass" || name == "grpc_pass")
        return {Shape::Simple, 1, 1, location || ifBlock || (name == "proxy_pass" && server)};
    if (name == "auth_basic" || name == "auth_basic_user_file")
        return {Shape::Simple, 1, 1, http || server || location || context == "limit_except"};
    if (name == "auth_jwt")
        return {Shape::Simple, 1, 2, http || server || location || context == "limit_except"};
    if (name == "auth_oidc")
        return {Shape::Simple, 1, 1, http || server || location};
    if (name == "limit_req_zone")
        return {Shape::Simple, 3, 3, http};
    if (name == "limit_req")
        return {Shape::Simple, 1, 3, http || server || location};
    if (name == "limit_req_status" || name == "limit_req_log_level" || name == "limit_req_dry_run")
        return {Shape::Simple, 1, 1, http || server || location};
    if (name == "js_content")
        return {Shape::Simple, 1, 1, location || ifBlock};
    if (name == "js_import" || name == "js_preload_object")
        return {Shape::Simple, 1, 3, main || http || server || location || stream};
    return {};
}

} // namespace

ConfigParser::ConfigParser(Config &config, const ParseOptions &options)
    : m_config(config)
    , m_options(options)
{ }

void ConfigParser::error(const SourceLocation &where, const QString &message)
{
    Diagnostic d;
    d.location = where;
    d.message = message;
    m_config.m_diagnostics.push_back(d);
}

void ConfigParser::warning(const SourceLocation &where, const QString &message)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.location = where;
    d.message = message;
    m_config.m_diagnostics.push_back(d);
}

bool ConfigParser::checkDirective(const Directive &d, const QByteArray &context)
{
    if (isHandlerBlock(context))
        return true;
    const Spec spec = specFor(context, d.name);
    if (spec.shape == Shape::Unknown)
        return true;
    if (!spec.allowed) {
        error(d.location, Tr::tr("\"%1\" directive is not allowed here").arg(d.nameText()));
        return false;
    }
    if (spec.shape == Shape::Block && !d.block) {
        error(d.location, Tr::tr("directive \"%1\" has no opening \"{\"").arg(d.nameText()));
        return false;
    }
    if (spec.shape == Shape::Simple && d.block) {
        error(d.location, Tr::tr("directive \"%1\" is not terminated by \";\"").arg(d.nameText()));
        return false;
    }
    const int n = d.argCount();
    if (n < spec.minArgs || (spec.maxArgs >= 0 && n > spec.maxArgs)) {
        error(d.location, Tr::tr("invalid number of arguments in \"%1\" directive").arg(d.nameText()));
        return false;
    }
    return true;
}

void ConfigParser::parseFile(const QString &path, const QByteArray &context, std::vector<Directive> &out)
{
    const FileSet::File *file = m_config.m_files.file(path);
    if (!file)
        return;
    if (file->content.size() > m_options.maxFileBytes) {
        error({path, 1, 1}, Tr::tr("the file is larger than %1 MiB").arg(m_options.maxFileBytes >> 20));
        m_stopped = true;
        return;
    }
    const QByteArray text = file->content;
    Tokenizer tokenizer(text, path);
    int blockEnd = 0;
    SourceLocation blockEndLocation;
    parseStatements(tokenizer, path, text, context, false, 0, out, &blockEnd, &blockEndLocation);
}

ConfigParser::Outcome ConfigParser::parseStatements(Tokenizer &tokenizer, const QString &path,
                                                    const QByteArray &text, const QByteArray &context,
                                                    bool inBlock, int depth, std::vector<Directive> &out,
                                                    int *blockEnd, SourceLocation *blockEndLocation)
{
    for (;;) {
        if (m_stopped)
            return Outcome::Failed;
        Tokenizer::Statement st = tokenizer.next();
        switch (st.kind) {
        case Tokenizer::Statement::Error:
            error(st.errorLocation, st.error);
            m_stopped = true;
            return Outcome::Failed;
        case Tokenizer::Statement::EndOfFile:
            if (inBlock) {
                error(st.terminator, Tr::tr("unexpected end of file, expecting \"}\""));
                m_stopped = true;
                return Outcome::Failed;
            }
            return Outcome::Done;
        case Tokenizer::Statement::BlockEnd:
            if (!inBlock) {
                error(st.terminator, Tr::tr("unexpected \"}\""));
                m_stopped = true;
                return Outcome::Failed;
            }
            *blockEnd = st.endOffset;
            *blockEndLocation = st.terminator;
            return Outcome::Done;
        case Tokenizer::Statement::Simple:
        case Tokenizer::Statement::BlockStart:
            break;
        }

        if (++m_directiveCount > m_options.maxDirectives) {
            error(st.terminator, Tr::tr("more than %1 directives").arg(m_options.maxDirectives));
            m_stopped = true;
            return Outcome::Failed;
        }

        Directive d;
        const Tokenizer::Word &first = st.words.front();
        d.name = first.text;
        d.location = {path, first.line, first.column};
        d.offset = first.offset;
        for (size_t i = 1; i < st.words.size(); ++i) {
            d.args.push_back(st.words[i].text);
            d.argLocations.push_back({path, st.words[i].line, st.words[i].column});
        }
        d.endOffset = st.endOffset;
        d.endLocation = st.terminator;
        d.block = st.kind == Tokenizer::Statement::BlockStart;
        if (d.block) {
            d.bodyOffset = st.endOffset;
            d.bodyLine = st.terminator.line;
        }

        if (d.block && isHandlerBlock(context)) {
            error(st.terminator, Tr::tr("unexpected \"{\""));
            m_stopped = true;
            return Outcome::Failed;
        }

        if (d.name == "include" && !d.block && !isHandlerBlock(context)) {
            if (!checkDirective(d, context) || !include(d, context, out)) {
                if (m_stopped)
                    return Outcome::Failed;
            }
            continue;
        }

        if (!checkDirective(d, context)) {
            m_stopped = true;
            return Outcome::Failed;
        }

        if (d.block) {
            if (depth + 1 > m_options.maxDepth) {
                error(d.location, Tr::tr("blocks are nested more than %1 deep").arg(m_options.maxDepth));
                m_stopped = true;
                return Outcome::Failed;
            }
            int end = 0;
            SourceLocation endLocation;
            const Outcome o = parseStatements(tokenizer, path, text, d.name, true, depth + 1, d.children,
                                              &end, &endLocation);
            d.endOffset = end > 0 ? end : int(text.size());
            d.endLocation = endLocation;
            out.push_back(std::move(d));
            if (o == Outcome::Failed)
                return Outcome::Failed;
            continue;
        }
        out.push_back(std::move(d));
    }
}

bool ConfigParser::include(const Directive &directive, const QByteArray &context, std::vector<Directive> &out)
{
    const QString name = m_config.fullName(directive.arg(0));
    QStringList paths;
    const bool isGlob = name.contains(u'*') || name.contains(u'?') || name.contains(u'[');
    if (isGlob) {
        paths = m_config.m_files.glob(name);
    } else if (m_config.m_files.contains(name)) {
        paths.append(name);
    } else {
        const QString message = Tr::tr("open() \"%1\" failed (2: No such file or directory)").arg(name);
        if (m_options.missingIncludeIsError) {
            error(directive.location, message);
            m_stopped = true;
            return false;
        }
        warning(directive.location, message + Tr::tr("; the include is skipped"));
        return true;
    }
    if (m_includeDepth >= m_options.maxIncludeDepth) {
        error(directive.location,
              Tr::tr("includes are nested more than %1 deep (does \"%2\" include itself?)")
                  .arg(m_options.maxIncludeDepth)
                  .arg(name));
        m_stopped = true;
        return false;
    }
    ++m_includeDepth;
    for (const QString &p : paths) {
        parseFile(p, context, out);
        if (m_stopped)
            break;
    }
    --m_includeDepth;
    return !m_stopped;
}

} // namespace gw::nginx
