// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/syntaxhighlighting.h"

#include "views/preview/fallbackhighlighter.h"

#include <QGuiApplication>
#include <QPalette>

#ifdef GWSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace gw::views {

#ifdef GWSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
namespace {

/** One repository for the application: loading the definitions is the expensive part. */
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Definition definitionFor(SyntaxHighlighting::Language language)
{
    KSyntaxHighlighting::Repository &repo = repository();
    if (language == SyntaxHighlighting::Language::Nginx)
        return repo.definitionForFileName(QStringLiteral("nginx.conf"));
    return repo.definitionForName(QStringLiteral("YAML"));
}

} // namespace
#endif

bool SyntaxHighlighting::usesKSyntaxHighlighting()
{
#ifdef GWSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

QSyntaxHighlighter *SyntaxHighlighting::attach(QTextDocument *document, Language language)
{
#ifdef GWSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = definitionFor(language);
    if (definition.isValid()) {
        auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setDefinition(definition);
        highlighter->setTheme(repository().themeForPalette(QGuiApplication::palette()));
        return highlighter;
    }
#endif
    return new FallbackHighlighter(language == Language::Nginx ? FallbackHighlighter::Language::Nginx
                                                               : FallbackHighlighter::Language::Yaml,
                                   document);
}

void SyntaxHighlighting::updateTheme(QSyntaxHighlighter *highlighter)
{
    if (auto *fallback = qobject_cast<FallbackHighlighter *>(highlighter)) {
        fallback->setPalette(QGuiApplication::palette());
        return;
    }
#ifdef GWSTUDIO_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *ksh = qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter)) {
        ksh->setTheme(repository().themeForPalette(QGuiApplication::palette()));
        ksh->rehighlight();
    }
#endif
}

} // namespace gw::views
