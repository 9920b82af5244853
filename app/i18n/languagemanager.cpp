// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace gw {

namespace {
QString g_installed = QStringLiteral("en");
}

QString LanguageManager::installedLanguage()
{
    return g_installed;
}

LanguageManager::LanguageManager() = default;

LanguageManager::~LanguageManager()
{
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
}

QLocale LanguageManager::preferredLocale(const QString &chosen)
{
    const QString forced = qEnvironmentVariable("GWSTUDIO_LANGUAGE");
    if (!forced.isEmpty())
        return QLocale(forced);
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QString LanguageManager::nativeName(const QString &language)
{
    // The language itself, not a country's variant of it ("English", not "American English").
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"de")
        return QStringLiteral("Deutsch");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? language : name;
}

QStringList LanguageManager::availableLanguages()
{
    QStringList list;
    for (const QString &f : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("gwstudio_*.qm")})) {
        list << f.mid(9, f.size() - 12);
    }
    return list;
}

bool LanguageManager::install(const QLocale &locale)
{
    for (const auto &t : m_translators)
        QCoreApplication::removeTranslator(t.get());
    m_translators.clear();

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    auto own = std::make_unique<QTranslator>();
    const bool found =
        own->load(locale, QStringLiteral("gwstudio"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    // Without a catalog for the language, English it is: its catalog has the plural forms
    // ("1 error", "2 errors") that the source text only writes as "%n error(s)".
    g_installed = found ? locale.name().section(u'_', 0, 0) : QStringLiteral("en");
    if (found || own->load(QStringLiteral("gwstudio_en"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own.get());
        m_translators.push_back(std::move(own));
    }
    return found;
}

} // namespace gw
