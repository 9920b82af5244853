// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/theme.h"
#include "views/preview/previewprovider.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace gw {

/**
 * Gateway Studio's persistent settings (QSettings, the platform's native place): window geometry
 * and dock layout, recent files, the colour scheme and the preview profile. One typed accessor per
 * setting keeps the keys in one place.
 */
class Settings
{
public:
    Settings() = default;

    static constexpr int maxRecentFiles = 10;

    QStringList recentFiles() const;
    /** Puts \a path first in the recent files (and removes duplicates and the oldest). */
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    views::Theme::Scheme colorScheme() const;
    void setColorScheme(views::Theme::Scheme scheme);

    views::PreviewProfile previewProfile() const;
    void setPreviewProfile(const views::PreviewProfile &profile);

    /** The language of the interface ("de", "en"); empty: the system's. Applied at start-up. */
    QString language() const;
    void setLanguage(const QString &language);

    /** Seconds between autosaves of a modified design (0: never). */
    int autosaveInterval() const;

    /** The Migration panel's cut-over, in seconds (0: automatic). */
    int migrationCutOver() const;
    void setMigrationCutOver(int seconds);

private:
    mutable QSettings m_settings;
};

} // namespace gw
