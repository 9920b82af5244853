// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QAbstractItemModel>
#include <QUrl>
#include <memory>
#include <vector>

namespace gw {
class Design;
struct ChangeEvent;
} // namespace gw

namespace gw::views {

/**
 * The resources of a Design as a tree: kind groups (Gateway, HTTPRoute, Service...) holding the
 * resources in document order; when the design uses more than one namespace, every kind group
 * holds a folder per namespace.
 *
 * The model keeps only the shape of the tree (kinds, namespaces and ResourceIds) so that indexes
 * stay stable; everything shown is read from the Design. It follows Design::changed with precise
 * row insertions, removals and moves, so selection and expansion survive edits. Renaming
 * (setData) and dropping (moving resources to another namespace, importing YAML text) push undo
 * commands through DesignEditor; dropped files are handed out with filesDropped().
 */
class ResourceTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class NodeType { Kind, Namespace, Resource };
    enum Role {
        ResourceIdRole = Qt::UserRole + 1, ///< quint64 ResourceId, 0 for groups
        KindRole, ///< int(Kind)
        NamespaceRole, ///< QString: the namespace of a namespace folder or resource
        NodeTypeRole, ///< int(NodeType)
    };

    static QString resourceMimeType() { return QStringLiteral("application/x-gwstudio-resources"); }

    explicit ResourceTreeModel(Design *design, QObject *parent = nullptr);
    ~ResourceTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    /** The index of a resource, or an invalid index. */
    QModelIndex indexOf(ResourceId resource) const;
    /** The index of a kind group, or an invalid index when the design has no resource of that kind. */
    QModelIndex indexOfKind(Kind kind) const;
    ResourceId resourceAt(const QModelIndex &index) const;
    NodeType nodeType(const QModelIndex &index) const;
    Kind kindAt(const QModelIndex &index) const;
    /** The namespace a drop on \a index or an addition there would use ("" when not a namespace). */
    QString namespaceAt(const QModelIndex &index) const;

Q_SIGNALS:
    /** Files were dropped on the tree; the application imports them. */
    void filesDropped(const QList<QUrl> &files);
    /** A rename or drop was refused; \a message says why (DesignEditor::lastError()). */
    void editFailed(const QString &message);
    /** \a resource was renamed in the tree; it was called \a oldName (see LabelCarrier). */
    void renamed(gw::ResourceId resource, const QString &oldName);

private:
    struct Node;

    void designChanged(const ChangeEvent &event);
    std::unique_ptr<Node> buildTree() const;
    void sync(Node *current, const QModelIndex &currentIndex, Node &wanted);
    QModelIndex indexOf(const Node *node) const;
    Node *nodeAt(const QModelIndex &index) const;
    void notifyGroups(Node *node, const QModelIndex &index);
    const Node *findResource(const Node *node, ResourceId id) const;

    Design *m_design;
    std::unique_ptr<Node> m_root;
};

} // namespace gw::views
