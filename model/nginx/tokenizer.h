// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace gw::nginx {

/**
 * Splits nginx configuration text into statements exactly as ngx_conf_read_token() does: words separated
 * by blanks, `"…"` and `'…'` quoting only at the start of a word, backslash escapes (`\"`, `\'`, `\\`,
 * `\t`, `\r`, `\n` are replaced, any other `\x` is kept as written), `${name}` kept inside a word, `#`
 * comments only where a word could start, a closing quote that must be followed by a blank, `;`, `{` or
 * `)`, and nginx's 4096-byte limit on one word. Errors carry nginx's own wording and the exact
 * line:column of the offending character.
 */
class Tokenizer
{
public:
    struct Word
    {
        QByteArray text; ///< unquoted and unescaped
        int offset = 0; ///< byte offset of the first character (the opening quote, if quoted)
        int line = 1;
        int column = 1;
    };

    struct Statement
    {
        enum Kind {
            Simple, ///< words terminated by ';'
            BlockStart, ///< words terminated by '{'
            BlockEnd, ///< a lone '}'
            EndOfFile,
            Error,
        };
        Kind kind = EndOfFile;
        std::vector<Word> words;
        int endOffset = 0; ///< just past the terminating character
        SourceLocation terminator; ///< where the terminating ';', '{' or '}' is
        QString error; ///< for Error: nginx's message
        SourceLocation errorLocation;
    };

    static constexpr int kMaxWordBytes = 4096; ///< NGX_CONF_BUFFER

    Tokenizer(const QByteArray &text, const QString &fileName);

    Statement next();

    /** The 1-based character column of a byte offset on a line starting at byte \a lineStart. */
    static int columnOf(const QByteArray &text, int lineStart, int offset);

private:
    Statement error(const QString &message, int line, int column) const;
    Statement finish(Statement &st, Statement::Kind kind, int line, int column) const;
    QByteArray unescape(int start, int end) const;

    QByteArray m_text;
    QString m_fileName;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1; ///< character column of m_pos
};

} // namespace gw::nginx
