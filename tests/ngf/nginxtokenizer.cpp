// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginxtokenizer.h"

namespace gw::ngf::test {

bool NginxTokenizer::parse(const QString &text, QString *error)
{
    m_directives.clear();
    QStringList stack;
    std::vector<Argument> words;
    int i = 0;
    const int n = int(text.size());
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message + QStringLiteral(" at offset %1").arg(i);
        return false;
    };
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u'#') {
            while (i < n && text[i] != u'\n')
                ++i;
            continue;
        }
        if (c == u';' || c == u'{') {
            if (words.empty())
                return fail(QStringLiteral("unexpected '%1'").arg(c));
            Directive d;
            d.context = stack;
            d.name = words.front().text;
            d.args.assign(words.begin() + 1, words.end());
            d.block = c == u'{';
            if (d.block)
                stack << d.name;
            m_directives.push_back(std::move(d));
            words.clear();
            ++i;
            continue;
        }
        if (c == u'}') {
            if (!words.empty())
                return fail(QStringLiteral("unexpected '}' after an unterminated directive"));
            if (stack.isEmpty())
                return fail(QStringLiteral("unexpected '}'"));
            stack.removeLast();
            ++i;
            continue;
        }
        Argument word;
        if (c == u'"' || c == u'\'') {
            const QChar quote = c;
            word.quoted = true;
            ++i;
            while (i < n && text[i] != quote) {
                if (text[i] == u'\\' && i + 1 < n) {
                    word.text += text[i + 1];
                    i += 2;
                    continue;
                }
                word.text += text[i++];
            }
            if (i >= n)
                return fail(QStringLiteral("unterminated quoted string"));
            ++i;
            if (i < n && !text[i].isSpace() && text[i] != u';' && text[i] != u'{')
                return fail(QStringLiteral("unexpected character after a quoted string"));
        } else {
            while (i < n && !text[i].isSpace() && text[i] != u';' &&
                   (text[i] != u'{' || word.text.endsWith(u'$'))) { // "${var}" stays one word
                if (text[i] == u'\\' && i + 1 < n) {
                    word.text += text[i];
                    word.text += text[i + 1];
                    i += 2;
                    continue;
                }
                if (text[i] == u'}' && word.text.isEmpty())
                    break;
                word.text += text[i++];
            }
        }
        words.push_back(word);
    }
    if (!words.empty())
        return fail(QStringLiteral("unterminated directive at end of file"));
    if (!stack.isEmpty())
        return fail(QStringLiteral("unclosed block %1").arg(stack.join(u'/')));
    return true;
}

} // namespace gw::ngf::test
