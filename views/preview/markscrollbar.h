// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QScrollBar>
#include <vector>

namespace gw::views {

/**
 * A vertical scroll bar with marks in its groove, as Qt Creator and Kate show them: where the
 * changed lines, the selected resource's lines, errors and search matches are in the whole text,
 * so that they can be found without scrolling. The style paints the bar; the marks are drawn
 * over the groove, each a short stripe at its line's share of the text's height.
 */
class MarkScrollBar : public QScrollBar
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0; ///< 0-based
        QColor colour;
    };

    explicit MarkScrollBar(QWidget *parent = nullptr);

    /** Sets the marks of a text of \a lineCount lines (replaces the earlier ones). */
    void setMarks(std::vector<Mark> marks, int lineCount);
    const std::vector<Mark> &marks() const { return m_marks; }
    /** The y of a line's mark inside the bar, or -1 without a groove. */
    int markY(int line) const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect grooveRect() const;

    std::vector<Mark> m_marks;
    int m_lineCount = 0;
};

} // namespace gw::views
