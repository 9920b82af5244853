// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/generator.h"

#include <QObject>
#include <QSet>

namespace gw {
class Design;
struct ChangeEvent;
} // namespace gw

namespace gw::ngf {

/**
 * The live NGF preview of a Design for the editor: re-runs the Generator when the design or the
 * profile changes (coalesced to once per event-loop turn) and remembers which generated lines the
 * last change added or altered, so a view can mark them. A full run takes a few milliseconds for a
 * 200-route design (docs/performance.md), so every change is rendered from scratch.
 */
class Preview : public QObject
{
    Q_OBJECT

public:
    explicit Preview(const Design *design, QObject *parent = nullptr);

    void setProfile(const Profile &profile);
    const Profile &profile() const { return m_profile; }

    /** The current result (never null once constructed). */
    std::shared_ptr<const Result> result() const { return m_result; }
    /** 0-based lines of \a path that the last update added or changed (empty for a new file). */
    QSet<int> changedLines(const QString &path) const { return m_changed.value(path); }

    /** Renders now (the editor calls this when it needs the result before the event loop runs). */
    void update();

    /** Lines of \a after that are not part of a longest common subsequence with \a before. */
    static QSet<int> changedLines(const QStringList &before, const QStringList &after);

Q_SIGNALS:
    /** The result was replaced (after a design or profile change). */
    void resultChanged();

private:
    void schedule();

    const Design *m_design;
    Profile m_profile;
    std::shared_ptr<const Result> m_result;
    QHash<QString, QSet<int>> m_changed;
    bool m_scheduled = false;
};

} // namespace gw::ngf
