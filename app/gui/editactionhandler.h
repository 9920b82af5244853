// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
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
 * (add, duplicate, rename, delete, copy as YAML).
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
    views::ResourceActions *resourceActions() const { return m_resources; }

    /** Imports the manifests on the clipboard. */
    bool paste();
    void retranslate();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    views::DesignSelection *m_selection;
    DocumentActionHandler *m_documents;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_paste;
    views::ResourceActions *m_resources;
};

} // namespace gw
