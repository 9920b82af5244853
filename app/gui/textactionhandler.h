// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QTabWidget;

namespace gw {

namespace views {
class CodeView;
class FindBar;
class PreviewWidget;
class YamlView;
} // namespace views

/**
 * Reading the generated configuration and the YAML: Find (Ctrl+F), Find Next (F3) and Find
 * Previous (Shift+F3) in the nginx preview or the YAML tab, and Next Change (F8) and Previous
 * Change (Shift+F8) through the lines the last edit changed in the preview, as Qt Creator and
 * Kate step through issues and changes. Find acts on the YAML tab when it has the focus or is the
 * tab shown, else on the preview; the changes are the preview's.
 */
class TextActionHandler : public QObject
{
    Q_OBJECT

public:
    TextActionHandler(views::PreviewWidget *preview, views::YamlView *yaml, QTabWidget *tabs,
                      QObject *parent);

    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QAction *nextChangeAction() const { return m_nextChange; }
    QAction *previousChangeAction() const { return m_previousChange; }

    /** Shows the find bar of the preview or the YAML tab (see the class comment). */
    void find();
    /** Goes to the next (or previous) change of the preview; returns its line, or -1. */
    int nextChange(bool backward = false);
    void retranslate();

Q_SIGNALS:
    /** The preview panel must be visible (its dock may be closed or behind the problems). */
    void previewNeeded();
    void statusMessage(const QString &message);

private:
    /** The find bar that Find and Find Next act on. */
    views::FindBar *currentFindBar() const;

    views::PreviewWidget *m_preview;
    views::YamlView *m_yaml;
    QTabWidget *m_tabs;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
    QAction *m_nextChange;
    QAction *m_previousChange;
};

} // namespace gw
