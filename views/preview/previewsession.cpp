// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/previewsession.h"

#include "core/design.h"
#include "views/common/linediff.h"

namespace gw::views {

PreviewSession::PreviewSession(Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(120);
    connect(&m_timer, &QTimer::timeout, this, &PreviewSession::regenerate);
    connect(design, &Design::changed, this, [this](const ChangeEvent &event) {
        if (event.type == ChangeEvent::Type::Reset) {
            // Another design (opened, reloaded): nothing to compare with, and no typing to wait
            // for, so the first paint of the window already shows its preview.
            m_hasResult = false;
            regenerate();
            return;
        }
        schedule();
    });
    // Another scenario's pinned Pods: other endpoints in the upstreams.
    connect(design, &Design::podsChanged, this, &PreviewSession::schedule);
}

PreviewSession::~PreviewSession() = default;

void PreviewSession::setProvider(std::unique_ptr<PreviewProvider> provider)
{
    m_provider = std::move(provider);
    m_hasResult = false;
    Q_EMIT providerChanged();
    regenerate();
}

void PreviewSession::setProfile(const PreviewProfile &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    Q_EMIT profileChanged(m_profile);
    regenerate();
}

void PreviewSession::schedule()
{
    m_timer.start();
}

void PreviewSession::regenerate()
{
    m_timer.stop();
    const QStringList before = m_listing.split(u'\n');
    PreviewResult result;
    QElapsedTimer clock;
    clock.start();
    if (m_provider)
        result = m_provider->generate(*m_design, m_profile);
    m_lastDuration = double(clock.nsecsElapsed()) / 1e6;

    QString listing;
    std::vector<SourceRefs> origins;
    std::vector<int> starts;
    for (const GeneratedFile &file : result.files) {
        // As nginx -T prints it: the header line, the content, and one more line feed.
        starts.push_back(int(origins.size()));
        listing += QStringLiteral("# configuration file ") + file.path + QStringLiteral(":\n");
        origins.push_back({});
        const QString block = file.text + u'\n';
        listing += block;
        const int lines = int(block.count(u'\n'));
        for (int i = 0; i < lines; ++i)
            origins.push_back(size_t(i) < file.lineSources.size() ? file.lineSources[size_t(i)]
                                                                  : SourceRefs());
    }
    // The text view shows lines, not line feeds: drop the final one.
    if (listing.endsWith(u'\n'))
        listing.chop(1);

    if (m_hasResult) {
        const LineDiff::Result diff = LineDiff::compare(before, listing.split(u'\n'));
        m_changed = diff.changed;
        m_removedBefore = diff.removedBefore;
    } else {
        m_changed.clear(); // the first preview of a design: nothing "changed"
        m_removedBefore.clear();
    }
    m_hasResult = m_provider != nullptr;
    m_result = std::move(result);
    m_listing = std::move(listing);
    m_origins = std::move(origins);
    m_fileStarts = std::move(starts);
    Q_EMIT updated();
}

const SourceRefs &PreviewSession::lineSources(int line) const
{
    static const SourceRefs none;
    if (line < 0 || line >= int(m_origins.size()))
        return none;
    return m_origins[size_t(line)];
}

SourceRef PreviewSession::lineOrigin(int line) const
{
    const SourceRefs &sources = lineSources(line);
    for (const SourceRef &s : sources) {
        if (s.resource)
            return s;
    }
    return {};
}

std::vector<int> PreviewSession::linesOf(ResourceId resource) const
{
    std::vector<int> lines;
    if (!resource)
        return lines;
    for (size_t i = 0; i < m_origins.size(); ++i) {
        const SourceRefs &sources = m_origins[i];
        if (std::any_of(sources.begin(), sources.end(),
                        [resource](const SourceRef &s) { return s.resource == resource; }))
            lines.push_back(int(i));
    }
    return lines;
}

QStringList PreviewSession::gateways() const
{
    QStringList list;
    for (const Resource *r : m_design->resources(Kind::Gateway))
        list << r->meta.ns + u'/' + r->meta.name;
    return list;
}

} // namespace gw::views
