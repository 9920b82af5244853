// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tree/resourcetreeview.h"

#include "core/design.h"
#include "views/common/designselection.h"
#include "views/tree/resourceactions.h"
#include "views/tree/resourcetreemodel.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace gw::views {

ResourceTreeView::ResourceTreeView(DesignSelection *selection, ResourceActions *actions, QWidget *parent)
    : QTreeView(parent)
    , m_selection(selection)
    , m_actions(actions)
    , m_model(new ResourceTreeModel(selection->design(), this))
{
    setModel(m_model);
    setObjectName(QStringLiteral("resourceTree"));
    setAccessibleName(tr("Resources"));
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setAnimated(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    header()->setStretchLastSection(true);

    addAction(actions->duplicateAction());
    addAction(actions->deleteAction());
    addAction(actions->renameAction());
    addAction(actions->copyAction());

    // New groups and folders open, so that what was added is visible.
    connect(m_model, &QAbstractItemModel::modelReset, this, &QTreeView::expandAll);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int last) {
                for (int row = first; row <= last; ++row)
                    expandRecursively(m_model->index(row, 0, parent));
                if (parent.isValid())
                    expand(parent);
            });
    connect(selection, &DesignSelection::currentChanged, this, &ResourceTreeView::selectionChanged);
    connect(actions, &ResourceActions::renameRequested, this, &ResourceTreeView::startRename);
    expandAll();
}

void ResourceTreeView::selectionChanged(ResourceId resource)
{
    if (m_syncing)
        return;
    const QModelIndex index = m_model->indexOf(resource);
    m_syncing = true;
    if (index.isValid()) {
        setCurrentIndex(index);
        scrollTo(index);
    } else if (resource == 0) {
        clearSelection();
        setCurrentIndex({});
    }
    m_syncing = false;
}

void ResourceTreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTreeView::currentChanged(current, previous);
    if (m_syncing)
        return;
    const ResourceId id = m_model->resourceAt(current);
    // Moving onto a group keeps the selected resource (the forms keep showing it).
    if (!id)
        return;
    m_syncing = true;
    m_selection->select(id);
    m_syncing = false;
}

void ResourceTreeView::startRename(ResourceId resource)
{
    const QModelIndex index = m_model->indexOf(resource);
    if (!index.isValid())
        return;
    setCurrentIndex(index);
    scrollTo(index);
    setFocus();
    edit(index);
}

void ResourceTreeView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    QMenu menu(this);
    if (m_model->resourceAt(index)) {
        m_selection->select(m_model->resourceAt(index));
        menu.addAction(m_actions->renameAction());
        menu.addAction(m_actions->duplicateAction());
        menu.addAction(m_actions->copyAction());
        if (m_actions->partnerAction()->isEnabled())
            menu.addAction(m_actions->partnerAction());
        menu.addSeparator();
        menu.addAction(m_actions->deleteAction());
        menu.addSeparator();
    } else if (index.isValid()) {
        if (QAction *add = m_actions->addAction(m_model->kindAt(index))) {
            menu.addAction(add);
            menu.addSeparator();
        }
    }
    menu.addMenu(m_actions->addMenu());
    menu.exec(event->globalPos());
}

} // namespace gw::views
