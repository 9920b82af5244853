// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QObject>

class QAction;
class QMenu;

namespace gw::views {

class DesignSelection;

/**
 * The actions on resources that the Edit menu, the toolbar and the tree's context menu share:
 * add (one per kind), duplicate, delete, rename and copy as YAML. They act on the shared
 * selection and push one undo command each through DesignEditor.
 */
class ResourceActions : public QObject
{
    Q_OBJECT

public:
    explicit ResourceActions(DesignSelection *selection, QObject *parent = nullptr);

    /** "Add Resource" submenu: one entry per kind. */
    QMenu *addMenu() const { return m_addMenu; }
    QAction *addAction(Kind kind) const;
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *renameAction() const { return m_rename; }
    QAction *copyAction() const { return m_copy; }

    /** Adds a new resource of \a kind (named uniquely) and selects it. Returns its id, or 0. */
    ResourceId add(Kind kind);
    /** Duplicates the selected resource under a free name and selects the copy. */
    ResourceId duplicate();
    bool remove();
    /** Copies the selected resource's YAML to the clipboard. */
    void copy();
    /** Re-translates the action texts. */
    void retranslate();

Q_SIGNALS:
    /** The user asked to rename \a resource: the view that owns the focus starts editing. */
    void renameRequested(gw::ResourceId resource);
    /** An action was refused; \a message says why. */
    void failed(const QString &message);

private:
    void updateEnabled();

    DesignSelection *m_selection;
    QMenu *m_addMenu;
    QList<QAction *> m_addActions;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_rename;
    QAction *m_copy;
};

} // namespace gw::views
