// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/codeview.h"

#include "views/common/theme.h"

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
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    setCenterOnScroll(false);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeView::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeView::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeView::cursorMoved);
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
