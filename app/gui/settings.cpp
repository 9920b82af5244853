// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings.h"

#include <algorithm>

namespace gw {

namespace {

const QString recentKey = QStringLiteral("files/recent");

} // namespace

QStringList Settings::recentFiles() const
{
    return m_settings.value(recentKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > maxRecentFiles)
        list.removeLast();
    m_settings.setValue(recentKey, list);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(path);
    m_settings.setValue(recentKey, list);
}

void Settings::clearRecentFiles()
{
    m_settings.remove(recentKey);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

views::Theme::Scheme Settings::colorScheme() const
{
    const QString value = m_settings.value(QStringLiteral("appearance/colorScheme")).toString();
    if (value == u"light")
        return views::Theme::Scheme::Light;
    if (value == u"dark")
        return views::Theme::Scheme::Dark;
    return views::Theme::Scheme::System;
}

void Settings::setColorScheme(views::Theme::Scheme scheme)
{
    const char *names[] = {"system", "light", "dark"};
    m_settings.setValue(QStringLiteral("appearance/colorScheme"), QString::fromLatin1(names[int(scheme)]));
}

views::PreviewProfile Settings::previewProfile() const
{
    views::PreviewProfile p;
    p.ngfVersion = m_settings.value(QStringLiteral("preview/ngfVersion")).toString();
    p.plus = m_settings.value(QStringLiteral("preview/plus"), false).toBool();
    p.experimental = m_settings.value(QStringLiteral("preview/experimental"), false).toBool();
    p.snippets = m_settings.value(QStringLiteral("preview/snippets"), false).toBool();
    return p;
}

void Settings::setPreviewProfile(const views::PreviewProfile &profile)
{
    // The Gateway belongs to the design, not to the settings.
    m_settings.setValue(QStringLiteral("preview/ngfVersion"), profile.ngfVersion);
    m_settings.setValue(QStringLiteral("preview/plus"), profile.plus);
    m_settings.setValue(QStringLiteral("preview/experimental"), profile.experimental);
    m_settings.setValue(QStringLiteral("preview/snippets"), profile.snippets);
}

QString Settings::language() const
{
    return m_settings.value(QStringLiteral("appearance/language")).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        m_settings.remove(QStringLiteral("appearance/language"));
    else
        m_settings.setValue(QStringLiteral("appearance/language"), language);
}

int Settings::autosaveInterval() const
{
    return m_settings.value(QStringLiteral("files/autosaveSeconds"), 30).toInt();
}

int Settings::migrationCutOver() const
{
    return std::max(0, m_settings.value(QStringLiteral("migration/cutOverSeconds"), 0).toInt());
}

void Settings::setMigrationCutOver(int seconds)
{
    m_settings.setValue(QStringLiteral("migration/cutOverSeconds"), std::max(0, seconds));
}

} // namespace gw
