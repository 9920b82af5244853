// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preview/markscrollbar.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>

namespace gw::views {

MarkScrollBar::MarkScrollBar(QWidget *parent)
    : QScrollBar(Qt::Vertical, parent)
{ }

void MarkScrollBar::setMarks(std::vector<Mark> marks, int lineCount)
{
    m_marks = std::move(marks);
    m_lineCount = lineCount;
    update();
}

QRect MarkScrollBar::grooveRect() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    QRect groove = style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarGroove, this);
    if (!groove.isValid())
        groove = rect();
    return groove;
}

int MarkScrollBar::markY(int line) const
{
    if (m_lineCount <= 0)
        return -1;
    const QRect groove = grooveRect();
    return groove.top() + int(double(line) / m_lineCount * groove.height());
}

void MarkScrollBar::paintEvent(QPaintEvent *event)
{
    QScrollBar::paintEvent(event);
    if (m_marks.empty() || m_lineCount <= 0)
        return;
    QPainter p(this);
    const QRect groove = grooveRect();
    const int height = std::max(2, groove.height() / std::max(1, m_lineCount));
    const int stripe = std::min(height, 4);
    // Marks in the order given: later kinds (errors, matches) paint over earlier ones.
    for (const Mark &m : m_marks) {
        const int y = markY(m.line);
        p.fillRect(QRect(groove.left() + 1, y, groove.width() - 2, stripe), m.colour);
    }
}

} // namespace gw::views
