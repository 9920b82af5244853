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
    /**
     * "Add Service for Deployment coffee" (or "Add Deployment for Service coffee"): a new resource
     * that fits the selected one, named after it and selecting its Pods' labels. Disabled unless
     * a Deployment or a Service is selected.
     */
    QAction *partnerAction() const { return m_partner; }
    /** "Create Service coffee": the action that makes a resource a reference names (canvas). */
    QAction *createMissingAction(Kind kind, const QString &name);

    /**
     * Adds a new resource of \a kind (named uniquely) and selects it. Returns its id, or 0. A new
     * Service selects the Pods of a Deployment no Service selects yet (the selected one first); a
     * new Deployment labels its Pods as a Service without Pods selects them
     * (ResourceTemplates::partnerFor()). \a forSelection: made for the selected Deployment or
     * Service, whatever else it is linked to (partnerAction()).
     */
    ResourceId add(Kind kind, bool forSelection = false);
    /** Adds the partner of the selected Deployment or Service (see partnerAction()). */
    ResourceId addPartner();
    /** Adds a resource of \a kind named \a name (empty: see add()), in the selection's namespace. */
    ResourceId addNamed(Kind kind, const QString &name, bool forSelection = false);
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
    QAction *m_partner;
    QAction *m_createMissing;
};

} // namespace gw::views
