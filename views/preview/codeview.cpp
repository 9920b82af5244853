// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/codeview.h"

#include "views/common/theme.h"
#include "views/preview/markscrollbar.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>

namespace gw::views {

/** The gutter of a CodeView: paints through its view. */
class CodeViewGutter : public QWidget
{
public:
    explicit CodeViewGutter(CodeView *view)
        : QWidget(view)
        , m_view(view)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QSize sizeHint() const override { return {m_view->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_view->paintGutter(event); }
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        const int line = m_view->lineAt(QPoint(0, event->position().toPoint().y()));
        if (line >= 0)
            Q_EMIT m_view->lineActivated(line);
    }

private:
    CodeView *m_view;
};

CodeView::CodeView(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new CodeViewGutter(this))
    , m_scrollBar(new MarkScrollBar(this))
{
    setVerticalScrollBar(m_scrollBar);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setCenterOnScroll(false);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::cursorMoved);
    // Edits in an editable view move the matches and the line count.
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_search.isEmpty()) {
            updateMarks();
            return;
        }
        findMatches();
        updateExtraSelections();
    });
    updateGutterWidth();
}

void CodeView::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    const int scroll = verticalScrollBar()->value();
    const int hscroll = horizontalScrollBar()->value();
    m_programmatic = true;
    setPlainText(text);
    m_programmatic = false;
    verticalScrollBar()->setValue(scroll);
    horizontalScrollBar()->setValue(hscroll);
}

int CodeView::gutterWidth() const
{
    const int digits = std::max(3, int(QString::number(std::max(1, blockCount())).size()));
    return 14 + fontMetrics().horizontalAdvance(u'9') * digits;
}

void CodeView::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeView::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
}

void CodeView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        updateGutterWidth();
        updateExtraSelections();
    }
}

bool CodeView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(viewport()->mapFrom(this, help->pos()));
        QStringList messages;
        for (const LineError &e : m_errors) {
            if (e.line == line)
                messages << e.message;
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::event(event);
}

void CodeView::paintGutter(QPaintEvent *event)
{
    QPainter p(m_gutter);
    const QPalette pal = palette();
    const QColor background = Theme::mix(pal.color(QPalette::Base), pal.color(QPalette::Window), 0.5);
    p.fillRect(event->rect(), background);
    const QColor numberColour = Theme::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.55);
    const QColor currentColour = pal.color(QPalette::Text);
    const QColor changeColour = Theme::healthColor(Health::Healthy, pal);
    const QColor removedColour = Theme::healthColor(Health::Error, pal);
    const int currentLine = textCursor().blockNumber();
    const int w = m_gutter->width();

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber();
            p.setPen(line == currentLine && hasFocus() ? currentColour : numberColour);
            p.drawText(0, top, w - 8, fontMetrics().height(), Qt::AlignRight | Qt::AlignVCenter,
                       QString::number(line + 1));
            if (std::binary_search(m_changed.begin(), m_changed.end(), line))
                p.fillRect(w - 4, top, 3, bottom - top, changeColour);
            if (std::binary_search(m_removedBefore.begin(), m_removedBefore.end(), line)) {
                p.setPen(Qt::NoPen);
                p.setBrush(removedColour);
                const QPointF tip(w - 1, top);
                p.drawPolygon(QPolygonF({tip + QPointF(-5, -3), tip + QPointF(0, 0), tip + QPointF(-5, 3)}));
            }
            for (const LineError &e : m_errors) {
                if (e.line == line) {
                    p.setPen(Qt::NoPen);
                    p.setBrush(removedColour);
                    p.drawEllipse(QPointF(5, (top + bottom) / 2.0), 3, 3);
                    break;
                }
            }
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

int CodeView::lineAt(const QPoint &viewportPos) const
{
    const QTextCursor c = cursorForPosition(viewportPos);
    return c.isNull() ? -1 : c.blockNumber();
}

void CodeView::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(line);
    if (!block.isValid())
        return;
    m_programmatic = true;
    QTextCursor c(block);
    setTextCursor(c);
    m_programmatic = false;
    m_lastLine = line;
    // Show the line with some context above it rather than at the very edge.
    const int visibleLines = std::max(1, viewport()->height() / std::max(1, fontMetrics().height()));
    verticalScrollBar()->setValue(std::max(0, line - visibleLines / 4));
}

void CodeView::setChangedLines(std::vector<int> lines, std::vector<int> removedBefore)
{
    m_changed = std::move(lines);
    m_removedBefore = std::move(removedBefore);
    std::sort(m_changed.begin(), m_changed.end());
    std::sort(m_removedBefore.begin(), m_removedBefore.end());
    updateExtraSelections();
    m_gutter->update();
}

void CodeView::setMarkedLines(std::vector<int> lines, bool scroll)
{
    std::sort(lines.begin(), lines.end());
    m_marked = std::move(lines);
    updateExtraSelections();
    if (scroll && !m_marked.empty()) {
        // Scroll only when none of the marked lines is visible already.
        const int first = firstVisibleBlock().blockNumber();
        const int visibleLines = viewport()->height() / std::max(1, fontMetrics().height());
        const bool visible = std::any_of(m_marked.begin(), m_marked.end(),
                                         [&](int l) { return l >= first && l < first + visibleLines; });
        if (!visible)
            goToLine(m_marked.front());
    }
}

void CodeView::setErrors(std::vector<LineError> errors)
{
    m_errors = std::move(errors);
    updateExtraSelections();
    m_gutter->update();
}

void CodeView::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> list;
    const QPalette pal = palette();
    const QColor changed = Theme::changedLineColor(pal);
    const QColor marked = Theme::selectedLineColor(pal);
    auto lineSelection = [&](int line, const QColor &colour) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document()->findBlockByNumber(line));
        s.format.setBackground(colour);
        s.format.setProperty(QTextFormat::FullWidthSelection, true);
        return s;
    };
    for (int line : m_changed)
        list.append(lineSelection(line, changed));
    for (int line : m_marked) {
        const bool alsoChanged = std::binary_search(m_changed.begin(), m_changed.end(), line);
        list.append(lineSelection(line, alsoChanged ? Theme::mix(marked, changed, 0.5) : marked));
    }
    const QColor match = Theme::findMatchColor(pal);
    for (const auto &[position, length] : m_matches) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(position);
        s.cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        s.format.setBackground(match);
        list.append(s);
    }
    for (const LineError &e : m_errors) {
        QTextBlock block = document()->findBlockByNumber(e.line);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(block);
        s.cursor.setPosition(block.position() + std::min(e.column, std::max(0, int(block.length()) - 2)));
        s.cursor.setPosition(block.position() + std::max(0, int(block.length()) - 1),
                             QTextCursor::KeepAnchor);
        if (!s.cursor.hasSelection()) {
            s.cursor.setPosition(block.position());
            s.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        }
        s.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        s.format.setUnderlineColor(Theme::errorColor(pal));
        s.format.setToolTip(e.message);
        list.append(s);
    }
    setExtraSelections(list);
    updateMarks();
}

void CodeView::updateMarks()
{
    const QPalette pal = palette();
    std::vector<MarkScrollBar::Mark> marks;
    const QColor changed = Theme::healthColor(Health::Healthy, pal);
    const QColor marked = Theme::mix(pal.color(QPalette::Highlight), pal.color(QPalette::Base), 0.2);
    for (int line : m_marked)
        marks.push_back({line, marked});
    for (int line : m_changed)
        marks.push_back({line, changed});
    for (int line : m_removedBefore)
        marks.push_back({line, Theme::healthColor(Health::Error, pal)});
    QColor match = Theme::findMatchColor(pal).darker(Theme::isDark(pal) ? 60 : 130);
    for (const auto &m : m_matches)
        marks.push_back({document()->findBlock(m.first).blockNumber(), match});
    for (const LineError &e : m_errors)
        marks.push_back({e.line, Theme::errorColor(pal)});
    m_scrollBar->setMarks(std::move(marks), blockCount());
}

std::vector<int> CodeView::changeStarts() const
{
    std::vector<int> starts;
    for (size_t i = 0; i < m_changed.size(); ++i) {
        if (i == 0 || m_changed[i] != m_changed[i - 1] + 1)
            starts.push_back(m_changed[i]);
    }
    for (int line : m_removedBefore) {
        // A removal right before or inside a block of changes belongs to it.
        const bool inside = std::binary_search(m_changed.begin(), m_changed.end(), line) ||
            std::binary_search(m_changed.begin(), m_changed.end(), line - 1);
        if (!inside)
            starts.push_back(line);
    }
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    return starts;
}

int CodeView::nextChange(bool backward)
{
    const std::vector<int> starts = changeStarts();
    if (starts.empty())
        return -1;
    const int current = textCursor().blockNumber();
    int target = -1;
    if (!backward) {
        const auto it = std::upper_bound(starts.begin(), starts.end(), current);
        target = it == starts.end() ? starts.front() : *it;
    } else {
        const auto it = std::lower_bound(starts.begin(), starts.end(), current);
        target = it == starts.begin() ? starts.back() : *(it - 1);
    }
    goToLine(target);
    return target;
}

void CodeView::findMatches()
{
    m_matches.clear();
    if (m_search.isEmpty())
        return;
    QTextCursor c(document());
    // Bounded: a search never walks the text more than once (each match moves the cursor on).
    while (true) {
        c = document()->find(m_search, c, m_searchFlags);
        if (c.isNull() || !c.hasSelection())
            break;
        m_matches.emplace_back(c.selectionStart(), c.selectionEnd() - c.selectionStart());
    }
}

int CodeView::setSearch(const QString &text, QTextDocument::FindFlags flags)
{
    m_search = text;
    m_searchFlags = flags;
    m_searchFlags.setFlag(QTextDocument::FindBackward, false);
    findMatches();
    updateExtraSelections();
    return matchCount();
}

int CodeView::currentMatch() const
{
    const QTextCursor c = textCursor();
    for (size_t i = 0; i < m_matches.size(); ++i) {
        if (c.selectionStart() == m_matches[i].first &&
            c.selectionEnd() == m_matches[i].first + m_matches[i].second)
            return int(i) + 1;
    }
    return 0;
}

int CodeView::findNext(bool backward)
{
    if (m_matches.empty())
        return 0;
    const QTextCursor c = textCursor();
    size_t index = 0;
    if (!backward) {
        const int from = c.hasSelection() ? c.selectionStart() + 1 : c.position();
        index = m_matches.size();
        for (size_t i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i].first >= from) {
                index = i;
                break;
            }
        }
        if (index == m_matches.size())
            index = 0; // wrap around to the first
    } else {
        const int before = c.hasSelection() ? c.selectionStart() : c.position();
        index = m_matches.size() - 1; // wrap around to the last
        for (size_t i = m_matches.size(); i-- > 0;) {
            if (m_matches[i].first < before) {
                index = i;
                break;
            }
        }
    }
    QTextCursor select(document());
    select.setPosition(m_matches[index].first);
    select.setPosition(m_matches[index].first + m_matches[index].second, QTextCursor::KeepAnchor);
    m_programmatic = true;
    setTextCursor(select);
    m_programmatic = false;
    m_lastLine = select.blockNumber();
    centerCursor();
    return int(index) + 1;
}

void CodeView::cursorMoved()
{
    m_gutter->update();
    if (m_programmatic || m_mouseDown)
        return;
    const int line = textCursor().blockNumber();
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    if (isReadOnly())
        Q_EMIT lineActivated(line);
}

void CodeView::mousePressEvent(QMouseEvent *event)
{
    m_mouseDown = true;
    QPlainTextEdit::mousePressEvent(event);
}

void CodeView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    m_mouseDown = false;
    // A click on the line that already has the cursor activates it again.
    if (isReadOnly() && !textCursor().hasSelection()) {
        const int line = textCursor().blockNumber();
        m_lastLine = line;
        Q_EMIT lineActivated(line);
    }
}

} // namespace gw::views
