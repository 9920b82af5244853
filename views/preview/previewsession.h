// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/preview/previewprovider.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>

namespace gw::views {

/**
 * Keeps the preview of a Design current: regenerates through the PreviewProvider a short moment
 * after the last change (debounced, so that typing never waits for the generator), keeps the
 * result as one `nginx -T` listing with the origin of every line, and works out which lines of the
 * listing the last change touched. The preview dock, the problems list and the canvas's status
 * colours all read from here.
 */
class PreviewSession : public QObject
{
    Q_OBJECT

public:
    explicit PreviewSession(Design *design, QObject *parent = nullptr);
    ~PreviewSession() override;

    Design *design() const { return m_design; }
    /** Sets (and owns) the provider; nullptr: no preview available. Regenerates. */
    void setProvider(std::unique_ptr<PreviewProvider> provider);
    PreviewProvider *provider() const { return m_provider.get(); }

    const PreviewProfile &profile() const { return m_profile; }
    void setProfile(const PreviewProfile &profile);

    /** Delay between the last change and the regeneration. */
    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    /** Regenerates now (also cancels a pending regeneration). */
    void regenerate();
    /** Whether a regeneration is scheduled. */
    bool isPending() const { return m_timer.isActive(); }

    const PreviewResult &result() const { return m_result; }
    /** All files as `nginx -T` lists them: "# configuration file PATH:" then the content. */
    const QString &listing() const { return m_listing; }
    int lineCount() const { return int(m_origins.size()); }
    /** What produced a 0-based listing line, most specific first (empty for boilerplate). */
    const SourceRefs &lineSources(int line) const;
    /** The most specific source of a line (resource 0 for headers and boilerplate). */
    SourceRef lineOrigin(int line) const;
    /** The listing lines a resource produced (any field of it, as any of their sources), ascending. */
    std::vector<int> linesOf(ResourceId resource) const;
    /** The listing line where each file starts (its "# configuration file" header). */
    const std::vector<int> &fileStarts() const { return m_fileStarts; }
    /** Listing lines that the last regeneration added or modified, compared with the one before. */
    const std::vector<int> &changedLines() const { return m_changed; }
    /** Listing lines in front of which the last regeneration removed lines. */
    const std::vector<int> &removedBefore() const { return m_removedBefore; }
    /** Wall time of the last generate() call, in milliseconds. */
    double lastDuration() const { return m_lastDuration; }

    /** "ns/name" of every Gateway in the design, for the profile's Gateway choice. */
    QStringList gateways() const;

Q_SIGNALS:
    /** A regeneration finished (result(), listing() and changedLines() are new). */
    void updated();
    void profileChanged(const gw::views::PreviewProfile &profile);
    void providerChanged();

private:
    void schedule();

    Design *m_design;
    std::unique_ptr<PreviewProvider> m_provider;
    PreviewProfile m_profile;
    QTimer m_timer;
    PreviewResult m_result;
    QString m_listing;
    std::vector<SourceRefs> m_origins;
    std::vector<int> m_fileStarts;
    std::vector<int> m_changed;
    std::vector<int> m_removedBefore;
    bool m_hasResult = false;
    double m_lastDuration = 0;
};

} // namespace gw::views
