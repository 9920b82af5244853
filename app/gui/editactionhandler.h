// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QUndoGroup;
class QWidget;

namespace gw {

class DocumentActionHandler;

namespace views {
class DesignSelection;
class ResourceActions;
} // namespace views

/**
 * The Edit menu: Undo and Redo (named after the command they undo: "Undo Rename HTTPRoute
 * default/coffee to espresso"), pasting manifests from the clipboard, and the resource actions
 * (add, duplicate, rename, delete, copy as YAML). Undo and Redo act on the active stack of an undo
 * group: the design's, or another workspace's (the simulation scenarios') while it is shown.
 */
class EditActionHandler : public QObject
{
    Q_OBJECT

public:
    EditActionHandler(views::DesignSelection *selection, DocumentActionHandler *documents,
                      views::ResourceActions *resources, QWidget *window);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *pasteAction() const { return m_paste; }
    /** The undo stacks Undo and Redo follow; the design's is active at first. */
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    views::ResourceActions *resourceActions() const { return m_resources; }

    /** Imports the manifests on the clipboard. */
    bool paste();
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    views::DesignSelection *m_selection;
    DocumentActionHandler *m_documents;
    QUndoGroup *m_undoGroup;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_paste;
    views::ResourceActions *m_resources;
};

} // namespace gw
