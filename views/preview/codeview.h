// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <vector>

namespace gw::views {

class MarkScrollBar;

/**
 * A monospace text view with a gutter, as Kate shows code: line numbers, a bar next to the lines
 * the last change touched (and a notch where lines were removed), a background on marked lines
 * (the lines of the selected resource) and wavy underlines with messages on error lines. Clicking
 * a line (or moving the cursor to it with the keyboard) emits lineActivated(). The scroll bar
 * shows where the changes, marked lines, errors and search matches are in the whole text; the
 * changes can be stepped through (nextChange(), F8 in the main window) and the text searched
 * (setSearch(), findNext()) with QTextDocument::find.
 */
class CodeView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeView(QWidget *parent = nullptr);

    /** Replaces the text, keeping the scroll position when the text is an edit of the old one. */
    void setText(const QString &text);

    void setChangedLines(std::vector<int> lines, std::vector<int> removedBefore = {});
    const std::vector<int> &changedLines() const { return m_changed; }
    /** Gives \a lines the "selected" background; scrolls the first into view when \a scroll. */
    void setMarkedLines(std::vector<int> lines, bool scroll = true);
    const std::vector<int> &markedLines() const { return m_marked; }
    struct LineError
    {
        int line = 0; ///< 0-based
        int column = 0; ///< 0-based; the underline runs from here to the end of the line
        QString message;
    };
    void setErrors(std::vector<LineError> errors);
    const std::vector<LineError> &errors() const { return m_errors; }

    /** The 0-based line at a viewport position. */
    int lineAt(const QPoint &viewportPos) const;
    /** Moves the cursor to \a line and centres it, without emitting lineActivated(). */
    void goToLine(int line);

    /**
     * Moves the cursor to the start of the next block of changed lines after the cursor's line (or
     * the previous one before it), wrapping around. Returns the line, or -1 without changes.
     */
    int nextChange(bool backward = false);
    /** The first lines of the blocks of changed lines (and of removals), ascending. */
    std::vector<int> changeStarts() const;

    /** Highlights every match of \a text (empty: none); returns the number of matches. */
    int setSearch(const QString &text, QTextDocument::FindFlags flags = {});
    QString searchText() const { return m_search; }
    int matchCount() const { return int(m_matches.size()); }
    /**
     * Selects the next match after the cursor (or the previous one), wrapping around; returns its
     * 1-based number, or 0 when there is none.
     */
    int findNext(bool backward = false);
    /** The 1-based number of the match the cursor is on, or 0. */
    int currentMatch() const;

    MarkScrollBar *markScrollBar() const { return m_scrollBar; }

    int gutterWidth() const;
    /** The first line in view (0-based). */
    int firstVisibleLine() const { return firstVisibleBlock().blockNumber(); }

Q_SIGNALS:
    /** The user clicked on, or moved the cursor to, a 0-based \a line. */
    void lineActivated(int line);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class CodeViewGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void cursorMoved();
    void updateMarks();
    void findMatches();

    QWidget *m_gutter;
    MarkScrollBar *m_scrollBar;
    QString m_search;
    QTextDocument::FindFlags m_searchFlags;
    std::vector<std::pair<int, int>> m_matches; ///< position and length of every match
    std::vector<int> m_changed;
    std::vector<int> m_removedBefore;
    std::vector<int> m_marked;
    std::vector<LineError> m_errors;
    bool m_programmatic = false;
    bool m_mouseDown = false;
    int m_lastLine = -1;
};

} // namespace gw::views
