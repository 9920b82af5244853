// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/tokenizer.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

bool isBlank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::Tokenizer)
};

} // namespace

Tokenizer::Tokenizer(const QByteArray &text, const QString &fileName)
    : m_text(text)
    , m_fileName(fileName)
{ }

int Tokenizer::columnOf(const QByteArray &text, int lineStart, int offset)
{
    int column = 1;
    for (int i = lineStart; i < offset && i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

Tokenizer::Statement Tokenizer::error(const QString &message, int line, int column) const
{
    Statement s;
    s.kind = Statement::Error;
    s.error = message;
    s.errorLocation = {m_fileName, line, column};
    s.endOffset = m_pos;
    return s;
}

QByteArray Tokenizer::unescape(int start, int end) const
{
    // The copy loop of ngx_conf_read_token().
    QByteArray out;
    out.reserve(end - start);
    int src = start;
    while (src < end) {
        char c = m_text[src];
        if (c == '\\' && src + 1 < m_text.size()) {
            const char n = m_text[src + 1];
            switch (n) {
            case '"':
            case '\'':
            case '\\':
                ++src;
                c = n;
                break;
            case 't':
                out += '\t';
                src += 2;
                continue;
            case 'r':
                out += '\r';
                src += 2;
                continue;
            case 'n':
                out += '\n';
                src += 2;
                continue;
            default:
                break;
            }
        }
        out += c;
        ++src;
    }
    return out;
}

Tokenizer::Statement Tokenizer::finish(Statement &st, Statement::Kind kind, int line, int column) const
{
    st.kind = kind;
    st.endOffset = m_pos;
    st.terminator = {m_fileName, line, column};
    return std::move(st);
}

Tokenizer::Statement Tokenizer::next()
{
    Statement st;
    bool needSpace = false, lastSpace = true, sharpComment = false, variable = false, quoted = false;
    bool sQuoted = false, dQuoted = false;
    int start = m_pos; // first byte of the current word's text
    int wordOffset = m_pos; // where the word (with its opening quote) begins
    int wordLine = m_line, wordColumn = 1;

    for (;;) {
        if (m_pos >= m_text.size()) {
            if (!st.words.empty() || !lastSpace)
                return error(Tr::tr("unexpected end of file, expecting \";\" or \"}\""), m_line, m_column);
            st.kind = Statement::EndOfFile;
            st.endOffset = m_pos;
            st.terminator = {m_fileName, m_line, m_column};
            return st;
        }
        if (!lastSpace && !needSpace && m_pos - wordOffset >= kMaxWordBytes) {
            if (dQuoted || sQuoted) {
                return error(Tr::tr("too long parameter, probably missing terminating \"%1\" character")
                                 .arg(dQuoted ? QLatin1Char('"') : QLatin1Char('\'')),
                             wordLine, wordColumn);
            }
            return error(Tr::tr("too long parameter \"%1...\" started")
                             .arg(QString::fromUtf8(m_text.mid(wordOffset, 10))),
                         wordLine, wordColumn);
        }

        const int at = m_pos;
        const int atColumn = m_column;
        const int atLine = m_line;
        const char ch = m_text[m_pos++];

        if (ch == '\n') {
            ++m_line;
            m_column = 1;
            sharpComment = false;
        } else if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) {
            ++m_column;
        }
        if (sharpComment)
            continue;
        if (quoted) {
            quoted = false;
            continue;
        }

        if (needSpace) {
            if (isBlank(ch)) {
                lastSpace = true;
                needSpace = false;
                continue;
            }
            if (ch == ';') {
                return finish(st, Statement::Simple, atLine, atColumn);
            }
            if (ch == '{')
                return finish(st, Statement::BlockStart, atLine, atColumn);
            if (ch == ')') {
                lastSpace = true;
                needSpace = false;
            } else {
                return error(Tr::tr("unexpected \"%1\"").arg(QString::fromLatin1(&ch, 1)), atLine, atColumn);
            }
        }

        if (lastSpace) {
            if (isBlank(ch))
                continue;
            start = at;
            wordOffset = at;
            wordLine = atLine;
            wordColumn = atColumn;
            switch (ch) {
            case ';':
            case '{':
                if (st.words.empty())
                    return error(Tr::tr("unexpected \"%1\"").arg(QLatin1Char(ch)), atLine, atColumn);
                return finish(st, ch == '{' ? Statement::BlockStart : Statement::Simple, atLine, atColumn);
            case '}':
                if (!st.words.empty())
                    return error(Tr::tr("unexpected \"}\""), atLine, atColumn);
                return finish(st, Statement::BlockEnd, atLine, atColumn);
            case '#':
                sharpComment = true;
                continue;
            case '\\':
                quoted = true;
                lastSpace = false;
                continue;
            case '"':
                start = m_pos;
                dQuoted = true;
                lastSpace = false;
                continue;
            case '\'':
                start = m_pos;
                sQuoted = true;
                lastSpace = false;
                continue;
            case '$':
                variable = true;
                lastSpace = false;
                continue;
            default:
                lastSpace = false;
            }
        } else {
            if (ch == '{' && variable)
                continue;
            variable = false;
            if (ch == '\\') {
                quoted = true;
                continue;
            }
            if (ch == '$') {
                variable = true;
                continue;
            }
            bool found = false;
            if (dQuoted) {
                if (ch == '"') {
                    dQuoted = false;
                    needSpace = true;
                    found = true;
                }
            } else if (sQuoted) {
                if (ch == '\'') {
                    sQuoted = false;
                    needSpace = true;
                    found = true;
                }
            } else if (isBlank(ch) || ch == ';' || ch == '{') {
                lastSpace = true;
                found = true;
            }
            if (found) {
                st.words.push_back({unescape(start, at), wordOffset, wordLine, wordColumn});
                if (ch == ';' || ch == '{')
                    return finish(st, ch == '{' ? Statement::BlockStart : Statement::Simple, atLine,
                                  atColumn);
            }
        }
    }
}

} // namespace gw::nginx
