// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/servernames.h"

#include <QCoreApplication>

#include <algorithm>

namespace gw::nginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::nginx::ServerNames)
};

bool validWildcardChars(const QByteArray &name)
{
    int stars = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == '*' && ++stars > 1)
            return false;
        if (name[i] == '.' && i + 1 < name.size() && name[i + 1] == '.')
            return false;
        if (name[i] == '\0')
            return false;
    }
    return true;
}

} // namespace

std::vector<ServerNames::Problem> ServerNames::addServer(int server, const std::vector<QByteArray> &names)
{
    std::vector<Problem> problems;
    for (size_t i = 0; i < names.size(); ++i) {
        const QByteArray &written = names[i];
        auto conflict = [&]() {
            problems.push_back(
                {int(i), false,
                 Tr::tr("conflicting server name \"%1\", ignored").arg(QString::fromUtf8(written))});
        };
        if (written.startsWith('~')) {
            RegexName r;
            const QByteArray pattern = written.mid(1);
            bool hasUpper = false;
            for (char c : pattern)
                hasUpper = hasUpper || (c >= 'A' && c <= 'Z');
            QString error;
            if (!r.regex.compile(pattern, hasUpper, &error)) {
                problems.push_back(
                    {int(i), true,
                     Tr::tr("pcre2_compile() failed: %1 in \"%2\"").arg(error, QString::fromUtf8(pattern))});
                continue;
            }
            r.server = server;
            r.written = written;
            m_regex.push_back(std::move(r));
            continue;
        }
        const QByteArray name = written.toLower();
        if (!validWildcardChars(name)) {
            problems.push_back(
                {int(i), true,
                 Tr::tr("invalid server name or wildcard \"%1\"").arg(QString::fromUtf8(written))});
            continue;
        }
        Wildcard w;
        w.server = server;
        w.written = written;
        bool leading = false, trailing = false;
        if (name.size() > 1 && name[0] == '.') {
            w.key = name;
            w.alsoBare = true;
            leading = true;
        } else if (name.size() > 2 && name[0] == '*' && name[1] == '.') {
            w.key = name.mid(1);
            leading = true;
        } else if (name.size() > 2 && name.endsWith(".*")) {
            w.key = name.left(name.size() - 1);
            trailing = true;
        } else if (name.contains('*')) {
            problems.push_back(
                {int(i), true,
                 Tr::tr("invalid server name or wildcard \"%1\"").arg(QString::fromUtf8(written))});
            continue;
        }
        if (leading || trailing) {
            std::vector<Wildcard> &list = leading ? m_leading : m_trailing;
            const bool taken =
                std::any_of(list.begin(), list.end(), [&](const Wildcard &o) { return o.key == w.key; }) ||
                (w.alsoBare && m_exact.contains(w.key.mid(1)));
            if (taken) {
                conflict();
                continue;
            }
            list.push_back(w);
            continue;
        }
        const bool bareTaken = std::any_of(m_leading.begin(), m_leading.end(), [&](const Wildcard &o) {
            return o.alsoBare && o.key.mid(1) == name;
        });
        if (m_exact.contains(name) || bareTaken) {
            conflict();
            continue;
        }
        m_exact.insert(name, {server, written});
    }
    auto longestFirst = [](const Wildcard &a, const Wildcard &b) { return a.key.size() > b.key.size(); };
    std::stable_sort(m_leading.begin(), m_leading.end(), longestFirst);
    std::stable_sort(m_trailing.begin(), m_trailing.end(), longestFirst);
    return problems;
}

ServerNames::Match ServerNames::find(const QByteArray &host) const
{
    Match m;
    const auto exact = m_exact.constFind(host);
    if (exact != m_exact.constEnd()) {
        m.server = exact->first;
        m.kind = Kind::Exact;
        m.name = exact->second;
        return m;
    }
    for (const Wildcard &w : m_leading) {
        const bool fits = (host.size() > w.key.size() && host.endsWith(w.key)) ||
            (w.alsoBare && host.size() == w.key.size() - 1 && w.key.endsWith(host));
        if (fits) {
            m.server = w.server;
            m.kind = Kind::LeadingWildcard;
            m.name = w.written;
            return m;
        }
    }
    for (const Wildcard &w : m_trailing) {
        if (host.size() > w.key.size() && host.startsWith(w.key)) {
            m.server = w.server;
            m.kind = Kind::TrailingWildcard;
            m.name = w.written;
            return m;
        }
    }
    if (!host.isEmpty()) {
        for (const RegexName &r : m_regex) {
            if (r.regex.match(host, &m.captures)) {
                m.server = r.server;
                m.kind = Kind::Regex;
                m.name = r.written;
                return m;
            }
        }
    }
    m.captures = {};
    return m;
}

QStringList ServerNames::names() const
{
    QStringList out;
    for (auto it = m_exact.constBegin(); it != m_exact.constEnd(); ++it)
        out << QString::fromUtf8(it->second);
    out.sort();
    for (const Wildcard &w : m_leading)
        out << QString::fromUtf8(w.written);
    for (const Wildcard &w : m_trailing)
        out << QString::fromUtf8(w.written);
    for (const RegexName &r : m_regex)
        out << QString::fromUtf8(r.written);
    return out;
}

ServerNames::Stats ServerNames::stats() const
{
    return {int(m_exact.size()), int(m_leading.size()), int(m_trailing.size()), int(m_regex.size())};
}

} // namespace gw::nginx
