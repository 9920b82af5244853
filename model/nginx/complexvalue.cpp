// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/complexvalue.h"

#include <QCoreApplication>

namespace gw::nginx {

namespace {

bool isNameChar(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_';
}

} // namespace

ComplexValue ComplexValue::literalValue(const QByteArray &text)
{
    ComplexValue v;
    v.m_source = text;
    if (!text.isEmpty())
        v.m_parts.push_back({Part::Literal, text, 0});
    return v;
}

bool ComplexValue::compile(QByteArrayView source, QString *error)
{
    m_parts.clear();
    m_source = source.toByteArray();
    const qsizetype n = source.size();
    qsizetype i = 0;
    auto fail = [&](const char *message) {
        if (error) {
            *error = QCoreApplication::translate("gw::nginx::ComplexValue", message)
                         .arg(QString::fromUtf8(m_source));
        }
        m_parts.clear();
        return false;
    };
    while (i < n) {
        if (source[i] == '$') {
            if (++i == n)
                return fail(QT_TRANSLATE_NOOP("gw::nginx::ComplexValue", "invalid variable name in \"%1\""));
            const char c = source[i];
            if (c >= '1' && c <= '9') {
                m_parts.push_back({Part::Capture, {}, c - '0'});
                ++i;
                continue;
            }
            bool bracket = false;
            if (c == '{') {
                bracket = true;
                if (++i == n)
                    return fail(
                        QT_TRANSLATE_NOOP("gw::nginx::ComplexValue", "invalid variable name in \"%1\""));
            }
            const qsizetype nameStart = i;
            qsizetype nameLen = 0;
            for (; i < n; ++i, ++nameLen) {
                const char ch = source[i];
                if (ch == '}' && bracket) {
                    ++i;
                    bracket = false;
                    break;
                }
                if (!isNameChar(ch))
                    break;
            }
            if (bracket)
                return fail(QT_TRANSLATE_NOOP("gw::nginx::ComplexValue",
                                              "the closing bracket in \"%1\" variable is missing"));
            if (nameLen == 0)
                return fail(QT_TRANSLATE_NOOP("gw::nginx::ComplexValue", "invalid variable name in \"%1\""));
            m_parts.push_back({Part::Variable, source.sliced(nameStart, nameLen).toByteArray().toLower(), 0});
            continue;
        }
        const qsizetype start = i;
        while (i < n && source[i] != '$')
            ++i;
        const QByteArray literal = source.sliced(start, i - start).toByteArray();
        if (!m_parts.empty() && m_parts.back().kind == Part::Literal)
            m_parts.back().text += literal;
        else
            m_parts.push_back({Part::Literal, literal, 0});
    }
    return true;
}

bool ComplexValue::isLiteral() const
{
    for (const Part &p : m_parts) {
        if (p.kind != Part::Literal)
            return false;
    }
    return true;
}

bool ComplexValue::hasCaptures() const
{
    for (const Part &p : m_parts) {
        if (p.kind == Part::Capture)
            return true;
    }
    return false;
}

} // namespace gw::nginx
