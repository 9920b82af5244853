// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/podnames.h"

#include <QHash>

namespace gw::views {

namespace {

/** The last \a parts dash-separated parts of \a name (the whole name when it has fewer). */
QString tail(const QString &name, int parts)
{
    qsizetype at = name.size();
    for (int i = 0; i < parts; ++i) {
        at = name.lastIndexOf(u'-', at - 1);
        if (at <= 0)
            return name;
    }
    return name.mid(at + 1);
}

} // namespace

QStringList PodNames::shortNames(const QStringList &names)
{
    std::vector<int> parts(size_t(names.size()), 1);
    QStringList labels;
    // Each round lengthens the labels that collide; a name has at most as many rounds as parts.
    for (int round = 0; round < 64; ++round) {
        labels.clear();
        for (qsizetype i = 0; i < names.size(); ++i)
            labels << tail(names[i], parts[size_t(i)]);
        QHash<QString, int> count;
        for (const QString &l : std::as_const(labels))
            ++count[l];
        bool clash = false;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (count.value(labels[i]) > 1 && labels[i] != names[i]) {
                ++parts[size_t(i)];
                clash = true;
            }
        }
        if (!clash)
            break;
    }
    return labels;
}

} // namespace gw::views
