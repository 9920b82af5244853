// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QTreeView>

namespace gw::views {

class DesignSelection;
class ResourceActions;
class ResourceTreeModel;

/**
 * The resource tree: kind groups and resources, in sync with the shared selection; context menus
 * (add, duplicate, rename, delete, copy), in-place renaming (F2), drag and drop (resources to
 * another namespace, YAML text and files from outside). Keeps expansion and selection across edits.
 */
class ResourceTreeView : public QTreeView
{
    Q_OBJECT

public:
    ResourceTreeView(DesignSelection *selection, ResourceActions *actions, QWidget *parent = nullptr);

    ResourceTreeModel *resourceModel() const { return m_model; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    void selectionChanged(ResourceId resource);
    void startRename(ResourceId resource);

    DesignSelection *m_selection;
    ResourceActions *m_actions;
    ResourceTreeModel *m_model;
    bool m_syncing = false;
};

} // namespace gw::views
