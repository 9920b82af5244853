// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QSyntaxHighlighter;
class QTextDocument;

namespace gw::views {

/**
 * Highlighting for the preview and YAML views: KF6 SyntaxHighlighting when the build has it
 * (definitions "nginx Configuration", found for the file name nginx.conf, and "YAML", with the
 * theme that fits the palette), the built-in FallbackHighlighter otherwise.
 */
class SyntaxHighlighting
{
public:
    enum class Language { Nginx, Yaml };

    /** Creates a highlighter for \a document (owned by the document). */
    static QSyntaxHighlighter *attach(QTextDocument *document, Language language);
    /** Takes the colours of the current application palette (after a palette change). */
    static void updateTheme(QSyntaxHighlighter *highlighter);
    /** True when KF6 SyntaxHighlighting is used. */
    static bool usesKSyntaxHighlighting();
};

} // namespace gw::views
