// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace gw::ngf::test {

/**
 * Reads nginx configuration text the way nginx's ngx_conf_read_token does (quotes only at the
 * start of a token, backslash escapes, `#` comments at the start of a token, `{` `}` `;`), so a
 * test can see the directives nginx would see rather than the lines a human would.
 */
class NginxTokenizer
{
public:
    struct Argument
    {
        QString text;
        bool quoted = false;
    };
    struct Directive
    {
        QStringList context; ///< names of the enclosing blocks ("http", "server", "location")
        QString name;
        std::vector<Argument> args;
        bool block = false;
    };

    /** Parses \a text; on a syntax error returns false and sets \a error. */
    bool parse(const QString &text, QString *error);
    const std::vector<Directive> &directives() const { return m_directives; }

private:
    std::vector<Directive> m_directives;
};

} // namespace gw::ngf::test
