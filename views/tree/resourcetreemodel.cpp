// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tree/resourcetreemodel.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "views/common/icons.h"

#include <QFileInfo>
#include <QMimeData>
#include <QSet>
#include <QUndoStack>
#include <algorithm>
#include <map>

namespace gw::views {

/** One node of the tree's shape. Only what identifies the node is stored; data() reads the Design. */
struct ResourceTreeModel::Node
{
    NodeType type = NodeType::Kind;
    Kind kind = Kind::Unknown;
    QString kindLabel; ///< the kind as written (tells unknown kinds apart)
    QString ns;
    ResourceId resource = 0;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    QString key() const
    {
        switch (type) {
        case NodeType::Kind:
            return u"k:" + kindLabel;
        case NodeType::Namespace:
            return u"n:" + ns;
        case NodeType::Resource:
            break;
        }
        return u"r:" + QString::number(resource);
    }
    int row() const
    {
        if (!parent)
            return 0;
        const auto &siblings = parent->children;
        for (size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].get() == this)
                return int(i);
        }
        return -1;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

/** Where a kind group sorts: the order in which a user reads a design, from the edge inwards. */
int kindOrder(Kind kind)
{
    static constexpr Kind order[] = {
        Kind::GatewayClass,
        Kind::Gateway,
        Kind::ListenerSet,
        Kind::HTTPRoute,
        Kind::GRPCRoute,
        Kind::TLSRoute,
        Kind::TCPRoute,
        Kind::UDPRoute,
        Kind::ReferenceGrant,
        Kind::UpstreamSettingsPolicy,
        Kind::ClientSettingsPolicy,
        Kind::ProxySettingsPolicy,
        Kind::RateLimitPolicy,
        Kind::SnippetsPolicy,
        Kind::ObservabilityPolicy,
        Kind::WAFPolicy,
        Kind::NginxProxy,
        Kind::Service,
        Kind::Deployment,
        Kind::EndpointSlice,
        Kind::Secret,
        Kind::ToolDocument,
        Kind::Unknown,
    };
    return int(std::find(std::begin(order), std::end(order), kind) - std::begin(order));
}

/**
 * The label of a resource's group: its kind, as written for kinds Gateway Studio does not know and
 * for its own documents ("SimulationScenario", never the internal "ToolDocument").
 */
QString groupLabel(const Resource &r)
{
    return r.kind == Kind::Unknown || r.kind == Kind::ToolDocument ? r.kindName : kindName(r.kind);
}

QList<ResourceId> decodeIds(const QMimeData *data)
{
    QList<ResourceId> ids;
    const QList<QByteArray> parts = data->data(ResourceTreeModel::resourceMimeType()).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const ResourceId id = part.toULongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

} // namespace

ResourceTreeModel::ResourceTreeModel(Design *design, QObject *parent)
    : QAbstractItemModel(parent)
    , m_design(design)
    , m_root(buildTree())
{
    connect(design, &Design::changed, this, &ResourceTreeModel::designChanged);
    connect(design, &Design::aboutToReset, this, [this] { beginResetModel(); });
}

ResourceTreeModel::~ResourceTreeModel() = default;

std::unique_ptr<ResourceTreeModel::Node> ResourceTreeModel::buildTree() const
{
    auto root = std::make_unique<Node>();
    const std::vector<const Resource *> resources = m_design->resources();
    QSet<QString> namespaces;
    for (const Resource *r : resources) {
        if (isNamespaced(r->kind) || r->kind == Kind::Unknown)
            namespaces.insert(r->meta.ns);
    }
    const bool byNamespace = namespaces.size() > 1;

    // kind label -> resources, in document order
    std::map<std::pair<int, QString>, std::vector<const Resource *>> groups;
    for (const Resource *r : resources) {
        const QString label = groupLabel(*r);
        groups[{kindOrder(r->kind), label}].push_back(r);
    }
    for (const auto &[key, members] : groups) {
        auto group = std::make_unique<Node>();
        group->type = NodeType::Kind;
        group->kind = members.front()->kind;
        group->kindLabel = key.second;
        const bool namespaced = group->kind == Kind::Unknown || isNamespaced(group->kind);
        std::map<QString, Node *> folders;
        for (const Resource *r : members) {
            Node *parent = group.get();
            if (byNamespace && namespaced) {
                Node *&folder = folders[r->meta.ns];
                if (!folder) {
                    auto n = std::make_unique<Node>();
                    n->type = NodeType::Namespace;
                    n->kind = group->kind;
                    n->kindLabel = group->kindLabel;
                    n->ns = r->meta.ns;
                    folder = n.get();
                    // Namespace folders sort by name: insert in order.
                    auto &siblings = group->children;
                    const auto pos = std::find_if(siblings.begin(), siblings.end(),
                                                  [&](const auto &s) { return s->ns > r->meta.ns; });
                    n->parent = group.get();
                    siblings.insert(pos, std::move(n));
                }
                parent = folder;
            }
            auto leaf = std::make_unique<Node>();
            leaf->type = NodeType::Resource;
            leaf->kind = r->kind;
            leaf->kindLabel = group->kindLabel;
            leaf->ns = r->meta.ns;
            leaf->resource = r->id;
            parent->add(std::move(leaf));
        }
        root->add(std::move(group));
    }
    return root;
}

void ResourceTreeModel::designChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset) {
        // aboutToReset() started the reset (a load or clear): take the new shape as it is.
        m_root = buildTree();
        endResetModel();
        return;
    }
    std::unique_ptr<Node> wanted = buildTree();
    sync(m_root.get(), {}, *wanted);
    for (ResourceId id : event.resourcesAfter) {
        const QModelIndex index = indexOf(id);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
    }
    notifyGroups(m_root.get(), {});
}

void ResourceTreeModel::notifyGroups(Node *node, const QModelIndex &index)
{
    for (size_t i = 0; i < node->children.size(); ++i) {
        Node *child = node->children[i].get();
        if (child->type == NodeType::Resource)
            continue;
        const QModelIndex childIndex = this->index(int(i), 0, index);
        Q_EMIT dataChanged(childIndex, childIndex, {Qt::ToolTipRole});
        notifyGroups(child, childIndex);
    }
}

void ResourceTreeModel::sync(Node *current, const QModelIndex &currentIndex, Node &wanted)
{
    auto &have = current->children;
    auto &want = wanted.children;
    QSet<QString> wantedKeys;
    for (const auto &w : want)
        wantedKeys.insert(w->key());

    // 1. Remove what is no longer wanted, in contiguous runs from the end.
    for (int i = int(have.size()) - 1; i >= 0;) {
        if (wantedKeys.contains(have[size_t(i)]->key())) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wantedKeys.contains(have[size_t(first - 1)]->key()))
            --first;
        beginRemoveRows(currentIndex, first, i);
        have.erase(have.begin() + first, have.begin() + i + 1);
        endRemoveRows();
        i = first - 1;
    }

    // 2. Walk the wanted order: keep, move into place, or insert.
    for (size_t i = 0; i < want.size(); ++i) {
        const QString key = want[i]->key();
        if (i < have.size() && have[i]->key() == key) {
            sync(have[i].get(), index(int(i), 0, currentIndex), *want[i]);
            continue;
        }
        size_t j = i + 1;
        while (j < have.size() && have[j]->key() != key)
            ++j;
        if (j < have.size()) {
            beginMoveRows(currentIndex, int(j), int(j), currentIndex, int(i));
            std::unique_ptr<Node> moved = std::move(have[j]);
            have.erase(have.begin() + qsizetype(j));
            have.insert(have.begin() + qsizetype(i), std::move(moved));
            endMoveRows();
            sync(have[i].get(), index(int(i), 0, currentIndex), *want[i]);
            continue;
        }
        beginInsertRows(currentIndex, int(i), int(i));
        want[i]->parent = current;
        have.insert(have.begin() + qsizetype(i), std::move(want[i]));
        endInsertRows();
    }
}

ResourceTreeModel::Node *ResourceTreeModel::nodeAt(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex ResourceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Node *node = nodeAt(parent);
    if (!node || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex ResourceTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeAt(child);
    return indexOf(node->parent);
}

QModelIndex ResourceTreeModel::indexOf(const Node *node) const
{
    if (!node || node == m_root.get() || !node->parent)
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

int ResourceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *node = nodeAt(parent);
    return node ? int(node->children.size()) : 0;
}

int ResourceTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ResourceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    switch (role) {
    case ResourceIdRole:
        return QVariant::fromValue<quint64>(node->resource);
    case KindRole:
        return int(node->kind);
    case NamespaceRole:
        return node->ns;
    case NodeTypeRole:
        return int(node->type);
    default:
        break;
    }

    if (node->type == NodeType::Kind) {
        switch (role) {
        case Qt::DisplayRole:
            return node->kindLabel;
        case Qt::DecorationRole:
            return Icons::kind(node->kind);
        case Qt::ToolTipRole: {
            int count = 0;
            for (const Resource *r : m_design->resources()) {
                if (groupLabel(*r) == node->kindLabel)
                    ++count;
            }
            if (node->kind == Kind::ToolDocument)
                return tr("%1: %n document(s) of Gateway Studio's own, saved with the design and left out of "
                          "File ▸ Export",
                          nullptr, count)
                    .arg(node->kindLabel);
            return tr("%1: %n resource(s)", nullptr, count).arg(node->kindLabel);
        }
        default:
            return {};
        }
    }
    if (node->type == NodeType::Namespace) {
        switch (role) {
        case Qt::DisplayRole:
            return node->ns;
        case Qt::DecorationRole:
            return Icons::icon(QStringLiteral("namespace"));
        case Qt::ToolTipRole:
            return tr("Namespace %1").arg(node->ns);
        default:
            return {};
        }
    }

    const Resource *r = m_design->resource(node->resource);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return r->meta.name;
    case Qt::DecorationRole:
        return Icons::kind(r->kind);
    case Qt::ToolTipRole: {
        const DesignDocument *doc = m_design->document(r->document);
        QString where;
        if (doc && doc->yaml) {
            const yaml::Node *n = r->basePath.isEmpty() ? doc->yaml->root() : doc->yaml->find(r->basePath);
            SourceLocation loc = doc->yaml->location(n);
            loc.column = 0;
            if (!loc.file.isEmpty())
                loc.file = QFileInfo(loc.file).fileName();
            where = loc.toString();
        }
        return where.isEmpty() ? r->displayName() : r->displayName() + u'\n' + where;
    }
    default:
        return {};
    }
}

bool ResourceTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || nodeType(index) != NodeType::Resource)
        return false;
    const ResourceId id = resourceAt(index);
    const Resource *r = m_design->resource(id);
    const QString name = value.toString().trimmed();
    if (!r || name == r->meta.name)
        return false;
    const QString oldName = r->meta.name;
    DesignEditor editor(m_design);
    if (!editor.renameResource(id, name)) {
        Q_EMIT editFailed(editor.lastError());
        return false;
    }
    Q_EMIT renamed(id, oldName);
    return true;
}

Qt::ItemFlags ResourceTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    if (nodeType(index) == NodeType::Resource)
        f |= Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
    return f;
}

QVariant ResourceTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Resource");
    return {};
}

QStringList ResourceTreeModel::mimeTypes() const
{
    return {resourceMimeType(), QStringLiteral("text/plain"), QStringLiteral("text/uri-list")};
}

QMimeData *ResourceTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray ids;
    QByteArray yamlText;
    for (const QModelIndex &index : indexes) {
        const Resource *r = m_design->resource(resourceAt(index));
        if (!r)
            continue;
        if (!ids.isEmpty())
            ids.append(',');
        ids.append(QByteArray::number(r->id));
        const DesignDocument *doc = m_design->document(r->document);
        const yaml::Node *node = doc->yaml->find(r->basePath);
        const std::string_view text =
            r->basePath.isEmpty() ? std::string_view(doc->yaml->text()) : doc->yaml->sourceOf(node);
        if (!yamlText.isEmpty() && !yamlText.endsWith("\n"))
            yamlText.append('\n');
        if (!yamlText.isEmpty() && !text.starts_with("---"))
            yamlText.append("---\n");
        yamlText.append(text.data(), qsizetype(text.size()));
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(resourceMimeType(), ids);
    data->setText(QString::fromUtf8(yamlText));
    return data;
}

bool ResourceTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &parent) const
{
    if (data->hasFormat(resourceMimeType())) {
        // Moving resources between namespaces: only onto a namespace (or a resource in one).
        const QString ns = namespaceAt(parent);
        if (ns.isEmpty())
            return false;
        const QList<ResourceId> ids = decodeIds(data);
        return std::any_of(ids.begin(), ids.end(), [&](ResourceId id) {
            const Resource *r = m_design->resource(id);
            return r && isNamespaced(r->kind) && r->meta.ns != ns;
        });
    }
    return data->hasUrls() || data->hasText();
}

bool ResourceTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                     const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    DesignEditor editor(m_design);
    if (data->hasFormat(resourceMimeType())) {
        const QString ns = namespaceAt(parent);
        const QList<ResourceId> ids = decodeIds(data);
        m_design->undoStack()->beginMacro(tr("Move to namespace %1").arg(ns));
        bool ok = true;
        for (ResourceId id : ids) {
            const Resource *r = m_design->resource(id);
            if (!r || !isNamespaced(r->kind) || r->meta.ns == ns)
                continue;
            ok = editor.setField(id, yaml::Path::of("metadata.namespace"), yaml::Value(ns)) && ok;
        }
        m_design->undoStack()->endMacro();
        if (!ok)
            Q_EMIT editFailed(editor.lastError());
        return ok;
    }
    if (data->hasUrls()) {
        Q_EMIT filesDropped(data->urls());
        return true;
    }
    if (!editor.importText(data->text().toUtf8())) {
        Q_EMIT editFailed(editor.lastError());
        return false;
    }
    return true;
}

Qt::DropActions ResourceTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

Qt::DropActions ResourceTreeModel::supportedDragActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

const ResourceTreeModel::Node *ResourceTreeModel::findResource(const Node *node, ResourceId id) const
{
    for (const auto &child : node->children) {
        if (child->type == NodeType::Resource) {
            if (child->resource == id)
                return child.get();
        } else if (const Node *found = findResource(child.get(), id)) {
            return found;
        }
    }
    return nullptr;
}

QModelIndex ResourceTreeModel::indexOf(ResourceId resource) const
{
    if (!resource)
        return {};
    return indexOf(findResource(m_root.get(), resource));
}

QModelIndex ResourceTreeModel::indexOfKind(Kind kind) const
{
    for (const auto &child : m_root->children) {
        if (child->kind == kind)
            return indexOf(child.get());
    }
    return {};
}

ResourceId ResourceTreeModel::resourceAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->resource : 0;
}

ResourceTreeModel::NodeType ResourceTreeModel::nodeType(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->type : NodeType::Kind;
}

Kind ResourceTreeModel::kindAt(const QModelIndex &index) const
{
    return index.isValid() ? nodeAt(index)->kind : Kind::Unknown;
}

QString ResourceTreeModel::namespaceAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeAt(index);
    if (node->type == NodeType::Namespace)
        return node->ns;
    if (node->type == NodeType::Resource && node->parent && node->parent->type == NodeType::Namespace)
        return node->ns;
    return {};
}

} // namespace gw::views
