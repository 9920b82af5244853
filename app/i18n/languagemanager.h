// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <memory>
#include <vector>

class QTranslator;

namespace gw {

/**
 * Installs the translations for the user's language, as Tiled's LanguageManager does: Qt's own
 * catalog (qt_<locale> from Qt's translations folder) and Gateway Studio's (gwstudio_<locale>,
 * built into the binary under :/i18n). The language is the one chosen in View ▸ Language (kept
 * in the settings, applied when Gateway Studio starts), else the system's; GWSTUDIO_LANGUAGE ("de",
 * "en") overrides both.
 */
class LanguageManager
{
public:
    LanguageManager();
    ~LanguageManager();

    /** Installs the catalogs for \a locale; returns whether Gateway Studio's own was found. */
    bool install(const QLocale &locale);
    /** The locale to use: GWSTUDIO_LANGUAGE, else \a chosen (the settings'), else the system's. */
    static QLocale preferredLocale(const QString &chosen = {});
    /** "Deutsch", "English": a language's name in itself. */
    static QString nativeName(const QString &language);
    /** The language of the catalog install() put in place last ("de", "en"). */
    static QString installedLanguage();
    /** The languages Gateway Studio has catalogs for ("de", "en"). */
    static QStringList availableLanguages();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace gw
