// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;
class QToolButton;

namespace gw::views {

class ListModel;

/**
 * A list of a form: a table over a ListModel with Add, Remove, Move Up and Move Down buttons
 * beside it. Keeps a current row across edits (a new item becomes current), and tells the form
 * which item is current, for master-detail forms (the rules of a route, then the matches of the
 * selected rule).
 */
class SequenceEditor : public QWidget
{
    Q_OBJECT

public:
    SequenceEditor(ListModel *model, const QString &itemName, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    ListModel *model() const { return m_model; }
    int currentRow() const;
    void setCurrentRow(int row);
    /**
     * A master list (rules, matches, listeners, containers): while it has items, one is current, so
     * that the details below it (a rule's matches, a match's headers, a listener's certificates)
     * can be edited at once.
     */
    void setKeepsCurrent(bool keep);
    /** Rows shown before the table scrolls (the table grows with its content up to this). */
    void setVisibleRows(int minimum, int maximum);

    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /** The current item changed (-1: none). */
    void currentRowChanged(int row);

private:
    void add();
    void remove();
    void move(int delta);
    void updateButtons();
    void updateHeight();
    /** Makes the first item current when a master list has items and none is current. */
    void ensureCurrent();
    /** Emits currentRowChanged() when the current row differs from the one last told. */
    void notifyCurrent(int row);

    ListModel *m_model;
    QTableView *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_minRows = 2;
    int m_maxRows = 8;
    int m_rowBeforeReset = -1;
    int m_notifiedRow = -1;
    bool m_keepCurrent = false;
};

} // namespace gw::views
