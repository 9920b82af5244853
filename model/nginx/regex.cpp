// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/regex.h"

namespace gw::nginx {

bool Regex::compile(QByteArrayView pattern, bool caseless, QString *error)
{
    m_pattern = pattern.toByteArray();
    m_caseless = caseless;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (caseless)
        options |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(QString::fromLatin1(pattern), options);
    m_valid = m_regex.isValid();
    if (!m_valid) {
        if (error) {
            *error = QStringLiteral("%1 at offset %2")
                         .arg(m_regex.errorString())
                         .arg(m_regex.patternErrorOffset());
        }
        return false;
    }
    m_regex.optimize();
    const QStringList names = m_regex.namedCaptureGroups();
    m_hasNames = false;
    for (const QString &n : names) {
        if (!n.isEmpty())
            m_hasNames = true;
    }
    return true;
}

bool Regex::match(QByteArrayView subject, Captures *captures) const
{
    if (!m_valid)
        return false;
    const QString text = QString::fromLatin1(subject);
    const QRegularExpressionMatch m = m_regex.match(text);
    if (!m.hasMatch())
        return false;
    if (captures) {
        captures->groups.clear();
        captures->named.clear();
        const int n = m_regex.captureCount();
        captures->groups.reserve(size_t(n) + 1);
        for (int i = 0; i <= n; ++i)
            captures->groups.push_back(m.captured(i).toLatin1());
        if (m_hasNames) {
            const QStringList names = m_regex.namedCaptureGroups();
            for (int i = 1; i < names.size(); ++i) {
                if (!names[i].isEmpty())
                    captures->named.emplace_back(names[i].toLatin1().toLower(), m.captured(i).toLatin1());
            }
        }
    }
    return true;
}

} // namespace gw::nginx
