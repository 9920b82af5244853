// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/fallbackhighlighter.h"

#include "views/common/theme.h"

#include <QGuiApplication>

namespace gw::views {

namespace {

struct Rule
{
    QRegularExpression re;
    FallbackHighlighter::Style style;
    int group = 0;
};

} // namespace

FallbackHighlighter::FallbackHighlighter(Language language, QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_language(language)
{
    setPalette(QGuiApplication::palette());
}

void FallbackHighlighter::setPalette(const QPalette &palette)
{
    const bool dark = Theme::isDark(palette);
    auto colour = [dark](QRgb light, QRgb darkRgb) { return QColor::fromRgb(dark ? darkRgb : light); };
    for (QTextCharFormat &f : m_formats)
        f = QTextCharFormat();
    m_formats[int(Style::Keyword)].setForeground(colour(0x1f5aa6, 0x7ab8f5));
    m_formats[int(Style::Keyword)].setFontWeight(QFont::DemiBold);
    m_formats[int(Style::Header)].setForeground(colour(0x6a3d9a, 0xc39bf0));
    m_formats[int(Style::Header)].setFontWeight(QFont::Bold);
    m_formats[int(Style::Comment)].setForeground(colour(0x7f8c8d, 0x8e9aa3));
    m_formats[int(Style::Comment)].setFontItalic(true);
    m_formats[int(Style::String)].setForeground(colour(0xbf3f1f, 0xf39c6b));
    m_formats[int(Style::Number)].setForeground(colour(0xb0680a, 0xf6c177));
    m_formats[int(Style::Variable)].setForeground(colour(0x0e7c6b, 0x5fd7c0));
    m_formats[int(Style::Key)].setForeground(colour(0x1f5aa6, 0x7ab8f5));
    m_formats[int(Style::Punctuation)].setForeground(colour(0x5d6b78, 0xa5b0ba));
    rehighlight();
}

void FallbackHighlighter::apply(const QRegularExpression &re, Style style, const QString &text, int group)
{
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(group) > 0)
            setFormat(int(m.capturedStart(group)), int(m.capturedLength(group)), m_formats[int(style)]);
    }
}

void FallbackHighlighter::highlightBlock(const QString &text)
{
    if (m_language == Language::Nginx)
        highlightNginx(text);
    else
        highlightYaml(text);
}

void FallbackHighlighter::highlightNginx(const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^# configuration file .*:$"));
    if (header.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_formats[int(Style::Header)]);
        return;
    }
    static const Rule rules[] = {
        // The directive: the first word of a statement (also "location", "server", "upstream").
        {QRegularExpression(QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*)")), Style::Keyword, 1},
        {QRegularExpression(QStringLiteral("[{};]")), Style::Punctuation},
        {QRegularExpression(QStringLiteral("(?<![\\w.$/-])\\d+(?:\\.\\d+)*[kKmMsSdhy]?(?![\\w.])")),
         Style::Number},
        {QRegularExpression(QStringLiteral("\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?")), Style::Variable},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'")), Style::String},
    };
    for (const Rule &r : rules)
        apply(r.re, r.style, text, r.group);
    // A comment runs to the end of the line unless the # is inside a string.
    static const QRegularExpression comment(QStringLiteral("(?:^|\\s)(#.*)$"));
    const auto m = comment.match(text);
    if (m.hasMatch())
        setFormat(int(m.capturedStart(1)), int(m.capturedLength(1)), m_formats[int(Style::Comment)]);
}

void FallbackHighlighter::highlightYaml(const QString &text)
{
    static const Rule rules[] = {
        {QRegularExpression(QStringLiteral("^(---|\\.\\.\\.)\\s*$")), Style::Header},
        {QRegularExpression(
             QStringLiteral("^\\s*(?:-\\s+)*(\"[^\"]*\"|'[^']*'|[^\\s#'\"][^:#]*?)\\s*:(?=\\s|$)")),
         Style::Key, 1},
        {QRegularExpression(QStringLiteral("^\\s*(-)(?=\\s|$)")), Style::Punctuation, 1},
        {QRegularExpression(QStringLiteral(":\\s+(-?\\d+(?:\\.\\d+)?|true|false|null|~)\\s*(?:#.*)?$")),
         Style::Number, 1},
        {QRegularExpression(QStringLiteral("-\\s+(-?\\d+(?:\\.\\d+)?|true|false|null)\\s*$")), Style::Number,
         1},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^']|'')*'")), Style::String},
        {QRegularExpression(QStringLiteral("[&*][A-Za-z0-9_-]+")), Style::Variable},
        {QRegularExpression(QStringLiteral("(?:^|\\s)(#.*)$")), Style::Comment, 1},
    };
    for (const Rule &r : rules)
        apply(r.re, r.style, text, r.group);
}

} // namespace gw::views
