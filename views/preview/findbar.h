// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace gw::views {

class CodeView;

/**
 * The find bar under a code view (the nginx preview, the YAML tab), as Kate and Qt Creator have
 * it: typing highlights every match and selects the next one; Return and F3 go on, Shift+Return
 * and Shift+F3 go back, Escape closes the bar and gives the focus back to the text. Says how many
 * matches there are and which one is selected.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(CodeView *view, QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *countLabel() const { return m_count; }
    /** Shows the bar with the view's selected text (if any) and focuses the search field. */
    void activate();
    /** Selects the next (or previous) match; returns its 1-based number, or 0. */
    int findNext(bool backward = false);
    /** Hides the bar, clears the highlights and focuses the view. */
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void updateCount(int current);

    CodeView *m_view;
    QLineEdit *m_edit;
    QCheckBox *m_case;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
};

} // namespace gw::views
