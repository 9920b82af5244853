// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/profile.h"

namespace gw::ngf {

namespace {

struct Known
{
    int major, minor, patch;
};

// The NGF releases modelled (docs/ngf.md, Profile); v2.5.0 is the first with v2.6.7's locations and order.
constexpr Known knownReleases[] = {{2, 0, 0}, {2, 1, 0}, {2, 2, 0}, {2, 3, 0},
                                   {2, 4, 0}, {2, 4, 2}, {2, 5, 0}, {2, 6, 7}};

} // namespace

NgfVersion NgfVersion::edge()
{
    return NgfVersion(2, 6, 7, true);
}

std::optional<NgfVersion> NgfVersion::parse(const QString &input)
{
    QString text = input.trimmed().toLower();
    if (text.isEmpty())
        return NgfVersion();
    if (text == u"edge" || text == u"main")
        return edge();
    if (text.startsWith(u'v'))
        text.remove(0, 1);
    const QStringList parts = text.split(u'.');
    if (parts.size() < 2 || parts.size() > 3)
        return std::nullopt;
    int numbers[3] = {0, 0, -1};
    for (int i = 0; i < parts.size(); ++i) {
        bool ok = false;
        numbers[i] = parts[i].toInt(&ok);
        if (!ok || numbers[i] < 0)
            return std::nullopt;
    }
    std::optional<NgfVersion> best;
    for (const Known &k : knownReleases) {
        if (k.major != numbers[0] || k.minor != numbers[1])
            continue;
        if (numbers[2] >= 0 && k.patch != numbers[2])
            continue;
        best = NgfVersion(k.major, k.minor, k.patch, false); // the list is ascending: keep the last
    }
    return best;
}

QStringList NgfVersion::supported()
{
    QStringList list;
    for (const Known &k : knownReleases)
        list << QStringLiteral("%1.%2.%3").arg(k.major).arg(k.minor).arg(k.patch);
    list << QStringLiteral("edge");
    return list;
}

QString NgfVersion::name() const
{
    if (m_edge)
        return QStringLiteral("edge");
    return QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
}

} // namespace gw::ngf
