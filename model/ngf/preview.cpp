// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/preview.h"

#include "core/design.h"

#include <QMetaObject>

namespace gw::ngf {

Preview::Preview(const Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
{
    connect(design, &Design::changed, this, &Preview::schedule);
    m_result = Generator::run(*m_design, m_profile);
}

void Preview::setProfile(const Profile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    schedule();
}

void Preview::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &Preview::update, Qt::QueuedConnection);
}

void Preview::update()
{
    m_scheduled = false;
    auto next = Generator::run(*m_design, m_profile);
    m_changed.clear();
    for (const GeneratedFile &f : next->files) {
        const GeneratedFile *old = m_result ? m_result->file(f.path) : nullptr;
        if (!old)
            continue;
        if (old->content == f.content)
            continue;
        m_changed.insert(f.path, changedLines(old->content.split(u'\n'), f.content.split(u'\n')));
    }
    m_result = std::move(next);
    Q_EMIT resultChanged();
}

QSet<int> Preview::changedLines(const QStringList &before, const QStringList &after)
{
    // Common head and tail first: an edit usually touches a few lines of a long file.
    int head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    int tail = 0;
    while (tail < before.size() - head && tail < after.size() - head &&
           before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const int n = int(before.size()) - head - tail;
    const int m = int(after.size()) - head - tail;
    QSet<int> changed;
    if (qint64(n) * qint64(m) > 4'000'000) {
        // Too large a middle for the table: mark all of it (still correct, just less precise).
        for (int j = 0; j < m; ++j)
            changed.insert(head + j);
        return changed;
    }
    // Longest common subsequence of the middle parts.
    std::vector<int> table(size_t(n + 1) * size_t(m + 1), 0);
    const auto at = [&](int i, int j) -> int & { return table[size_t(i) * size_t(m + 1) + size_t(j)]; };
    for (int i = n - 1; i >= 0; --i) {
        for (int j = m - 1; j >= 0; --j)
            at(i, j) = before[head + i] == after[head + j] ? at(i + 1, j + 1) + 1
                                                           : std::max(at(i + 1, j), at(i, j + 1));
    }
    int i = 0, j = 0;
    while (j < m) {
        if (i < n && before[head + i] == after[head + j]) {
            ++i;
            ++j;
        } else if (i < n && at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            changed.insert(head + j);
            ++j;
        }
    }
    return changed;
}

} // namespace gw::ngf
