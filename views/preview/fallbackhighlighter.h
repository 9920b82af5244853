// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace gw::views {

/**
 * The built-in highlighter used when KF6 SyntaxHighlighting is not available: a few regular
 * expressions per language (nginx configuration or YAML), coloured from the palette so that light
 * and dark palettes both read well.
 */
class FallbackHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Language { Nginx, Yaml };
    enum class Style { Keyword, Header, Comment, String, Number, Variable, Key, Punctuation, Count };

    FallbackHighlighter(Language language, QTextDocument *document);

    Language language() const { return m_language; }
    /** Takes the colours from \a palette and highlights again. */
    void setPalette(const QPalette &palette);
    const QTextCharFormat &format(Style style) const { return m_formats[int(style)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightNginx(const QString &text);
    void highlightYaml(const QString &text);
    void apply(const QRegularExpression &re, Style style, const QString &text, int group = 0);

    Language m_language;
    QTextCharFormat m_formats[int(Style::Count)];
};

} // namespace gw::views
