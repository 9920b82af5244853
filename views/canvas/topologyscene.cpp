// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/topologyscene.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "views/canvas/edgeitem.h"
#include "views/canvas/nodeitem.h"
#include "views/canvas/statusprovider.h"
#include "views/canvas/topologylayout.h"
#include "views/common/designselection.h"
#include "views/common/theme.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QPainter>

namespace gw::views {

using NodeType = TopologyGraph::Node::Type;

TopologyScene::TopologyScene(DesignSelection *selection, QObject *parent)
    : QGraphicsScene(parent)
    , m_selection(selection)
{
    // Rebuilding deletes the items, so never do it inside an item's event handler (a drop
    // connects two nodes from a mouse release): rebuild from the event loop, once per burst.
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &TopologyScene::rebuild);
    connect(selection->design(), &Design::changed, this, [this] { m_rebuildTimer.start(); });
    connect(selection->design(), &Design::podsChanged, this, [this] { m_rebuildTimer.start(); });
    connect(selection, &DesignSelection::currentChanged, this, &TopologyScene::updateCurrent);
    rebuild();
}

TopologyScene::~TopologyScene() = default;

void TopologyScene::setStatusProvider(const StatusProvider *provider)
{
    m_status = provider;
    refreshStatus();
}

void TopologyScene::refreshStatus()
{
    for (NodeItem *item : m_nodes) {
        const auto &node = item->node();
        if (!m_status || !node.resource || node.type == NodeType::Pod) {
            item->setHealth(Health::Unknown, QString());
            continue;
        }
        item->setHealth(m_status->health(node.resource, node.field),
                        m_status->summary(node.resource, node.field));
    }
}

void TopologyScene::flush()
{
    if (m_rebuildTimer.isActive())
        rebuild();
}

void TopologyScene::rebuild()
{
    m_rebuildTimer.stop();
    endConnect();
    m_pressed = nullptr;
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_headers.clear();
    m_rubber = nullptr;

    m_graph = TopologyGraph::build(*m_selection->design());
    TopologyLayout::apply(m_graph);
    for (size_t i = 0; i < m_graph.nodes().size(); ++i) {
        auto *item = new NodeItem(this, int(i), m_graph.nodes()[i]);
        addItem(item);
        m_nodes.push_back(item);
    }
    for (const TopologyGraph::Edge &e : m_graph.edges()) {
        auto *item = new EdgeItem(e, m_nodes[size_t(e.from)], m_nodes[size_t(e.to)]);
        addItem(item);
        m_edges.push_back(item);
    }
    if (!m_nodes.empty()) {
        const QString titles[] = {tr("Gateways"), tr("Listeners"), tr("Routes"),
                                  tr("Rules"),    tr("Services"),  tr("Pods")};
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 0.85);
        font.setWeight(QFont::DemiBold);
        font.setCapitalization(QFont::AllUppercase);
        font.setLetterSpacing(QFont::PercentageSpacing, 106);
        const QColor colour = Theme::mix(QApplication::palette().color(QPalette::Text),
                                         QApplication::palette().color(QPalette::Base), 0.45);
        for (int c = 0; c < TopologyGraph::ColumnCount; ++c) {
            auto *header = new QGraphicsSimpleTextItem(titles[c]);
            header->setFont(font);
            header->setBrush(colour);
            header->setPos(TopologyLayout::columnX(c) + 2, 6);
            addItem(header);
            m_headers.push_back(header);
        }
    }
    setSceneRect(contentsRect().adjusted(-40, -30, 40, 40));
    refreshStatus();
    updateCurrent();
    Q_EMIT rebuilt();
}

QRectF TopologyScene::contentsRect() const
{
    QRectF r;
    for (NodeItem *n : m_nodes)
        r = r.united(n->sceneBoundingRect());
    for (EdgeItem *e : m_edges)
        r = r.united(e->sceneBoundingRect());
    for (QGraphicsItem *h : m_headers)
        r = r.united(h->sceneBoundingRect());
    return r;
}

NodeItem *TopologyScene::nodeItem(const QString &key) const
{
    for (NodeItem *n : m_nodes) {
        if (n->node().key == key)
            return n;
    }
    return nullptr;
}

std::vector<NodeItem *> TopologyScene::currentItems() const
{
    std::vector<NodeItem *> list;
    for (NodeItem *n : m_nodes) {
        if (n->isCurrent())
            list.push_back(n);
    }
    return list;
}

void TopologyScene::updateCurrent()
{
    const ResourceId resource = m_selection->resource();
    const yaml::Path &field = m_selection->field();
    // The nodes of the resource whose part is the longest prefix of the selected field.
    int best = -1;
    for (NodeItem *n : m_nodes) {
        const auto &node = n->node();
        if (!resource || node.resource != resource)
            continue;
        if (!field.startsWith(node.field))
            continue;
        best = std::max(best, node.field.size());
    }
    for (NodeItem *n : m_nodes) {
        const auto &node = n->node();
        n->setCurrent(best >= 0 && node.resource == resource && node.field.size() == best &&
                      field.startsWith(node.field));
    }
    for (EdgeItem *e : m_edges)
        e->setEmphasised(e->from()->isCurrent() || e->to()->isCurrent());
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

NodeItem *TopologyScene::neighbour(const NodeItem *from, Qt::Key key) const
{
    auto selectable = [](const NodeItem *n) { return n->node().resource != 0; };
    if (!from) {
        for (NodeItem *n : m_nodes) {
            if (selectable(n))
                return n;
        }
        return nullptr;
    }
    const QPointF centre = from->sceneBoundingRect().center();
    NodeItem *best = nullptr;
    qreal bestDistance = 0;
    auto consider = [&](NodeItem *n, qreal distance) {
        if (n != from && selectable(n) && (!best || distance < bestDistance)) {
            best = n;
            bestDistance = distance;
        }
    };
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        for (NodeItem *n : m_nodes) {
            if (n->node().column != from->node().column)
                continue;
            const qreal dy = n->sceneBoundingRect().center().y() - centre.y();
            if ((key == Qt::Key_Down && dy > 0) || (key == Qt::Key_Up && dy < 0))
                consider(n, std::abs(dy));
        }
        return best;
    }
    for (const EdgeItem *e : m_edges) {
        NodeItem *other = nullptr;
        if (key == Qt::Key_Right && e->from() == from)
            other = e->to();
        else if (key == Qt::Key_Left && e->to() == from)
            other = e->from();
        if (other)
            consider(other, std::abs(other->sceneBoundingRect().center().y() - centre.y()));
    }
    return best;
}

void TopologyScene::selectNode(const NodeItem *node)
{
    if (node && node->node().resource)
        m_selection->select(node->node().resource, node->node().field);
}

void TopologyScene::nodePressed(NodeItem *node, const QPointF &)
{
    m_pressed = node;
    m_connecting = false;
}

void TopologyScene::nodeDragged(NodeItem *node, const QPointF &scenePos, const QPointF &pressScreenPos,
                                const QPointF &screenPos)
{
    if (node != m_pressed)
        return;
    const auto type = node->node().type;
    const Kind kind = node->node().kind;
    if (type != NodeType::Rule && type != NodeType::Route &&
        !(type == NodeType::Policy &&
          (kind == Kind::UpstreamSettingsPolicy || kind == Kind::BackendTLSPolicy)))
        return;
    if (!m_connecting) {
        if ((screenPos - pressScreenPos).manhattanLength() < QApplication::startDragDistance())
            return;
        m_connecting = true;
        m_rubber = new QGraphicsPathItem;
        QPen pen(QApplication::palette().color(QPalette::Highlight), 1.6, Qt::DashLine);
        m_rubber->setPen(pen);
        m_rubber->setZValue(10);
        addItem(m_rubber);
    }
    const QPointF start = type == NodeType::Policy ? node->sceneBoundingRect().center() : node->outPort();
    QPainterPath path(start);
    path.lineTo(scenePos);
    m_rubber->setPath(path);
    NodeItem *target = nodeAt(scenePos);
    if (target && !canConnect(node, target))
        target = nullptr;
    if (target != m_dropTarget) {
        if (m_dropTarget)
            m_dropTarget->setDropTarget(false);
        m_dropTarget = target;
        if (m_dropTarget)
            m_dropTarget->setDropTarget(true);
    }
}

void TopologyScene::nodeReleased(NodeItem *node, const QPointF &scenePos)
{
    if (node != m_pressed)
        return;
    m_pressed = nullptr;
    if (!m_connecting) {
        selectNode(node);
        return;
    }
    NodeItem *target = nodeAt(scenePos);
    const bool ok = target && canConnect(node, target);
    // Connecting rebuilds the scene (the items go away): finish with the items first.
    const TopologyGraph::Node from = node->node();
    const QString targetKey = ok ? target->node().key : QString();
    endConnect();
    if (ok)
        connectNodes(nodeItem(from.key), nodeItem(targetKey));
}

void TopologyScene::endConnect()
{
    m_connecting = false;
    if (m_dropTarget)
        m_dropTarget->setDropTarget(false);
    m_dropTarget = nullptr;
    if (m_rubber) {
        removeItem(m_rubber);
        delete m_rubber;
        m_rubber = nullptr;
    }
}

bool TopologyScene::canConnect(const NodeItem *from, const NodeItem *to) const
{
    if (!from || !to || from == to)
        return false;
    const auto &a = from->node();
    const auto &b = to->node();
    const Design *design = m_selection->design();
    // Only the Service policies are connected by dragging; the others target Gateways and routes in
    // their forms.
    const bool servicePolicy = a.kind == Kind::UpstreamSettingsPolicy || a.kind == Kind::BackendTLSPolicy;
    bool kindsFit = (a.type == NodeType::Rule && b.type == NodeType::Service) ||
        (a.type == NodeType::Route && b.type == NodeType::Listener) ||
        (a.type == NodeType::Policy && servicePolicy && b.type == NodeType::Service);
    if (!kindsFit)
        return false;
    if (a.type == NodeType::Policy) {
        const Resource *policy = design->resource(a.resource);
        const Resource *service = design->resource(b.resource);
        if (!policy || !service || policy->meta.ns != service->meta.ns)
            return false; // policies target local Services only
    }
    // Already connected?
    for (const EdgeItem *e : m_edges) {
        if (e->from() == from && e->to() == to)
            return false;
    }
    return true;
}

bool TopologyScene::connectNodes(const NodeItem *fromItem, const NodeItem *toItem)
{
    if (!canConnect(fromItem, toItem))
        return false;
    const auto from = fromItem->node();
    const auto to = toItem->node();
    Design *design = m_selection->design();
    const Resource *source = design->resource(from.resource);
    const Resource *target = design->resource(to.resource);
    if (!source || !target)
        return false;
    DesignEditor editor(design);
    bool ok = false;
    if (from.type == NodeType::Rule) {
        const auto *svc = target->as<Service>();
        yaml::Value ref = yaml::Value::mapping().set("name", target->meta.name);
        if (target->meta.ns != source->meta.ns)
            ref.set("namespace", target->meta.ns);
        if (!svc->ports.empty())
            ref.set("port", svc->ports.front().port);
        const yaml::Path seq = from.field / "backendRefs";
        const auto *route = source->as<Route>();
        const int rule = from.field.last().index;
        const int count = route && rule >= 0 && rule < int(route->rules.size())
            ? int(route->rules[size_t(rule)].backendRefs.size())
            : 0;
        ok = editor.insertItem(source->id, seq, count, ref,
                               tr("Send %1 to Service %2").arg(from.title, target->meta.name));
    } else if (from.type == NodeType::Route) {
        yaml::Value ref = yaml::Value::mapping();
        if (target->kind == Kind::ListenerSet) // a listener of a ListenerSet: the route names the set
            ref.set("kind", "ListenerSet");
        ref.set("name", target->meta.name);
        if (target->meta.ns != source->meta.ns)
            ref.set("namespace", target->meta.ns);
        ref.set("sectionName", to.title);
        const auto *route = source->as<Route>();
        ok = editor.insertItem(source->id, yaml::Path::of("spec.parentRefs"), int(route->parentRefs.size()),
                               ref, tr("Attach %1 to listener %2").arg(source->meta.name, to.title));
    } else if (from.type == NodeType::Policy) {
        const auto *usp = source->as<UpstreamSettingsPolicy>();
        const auto *btp = source->as<BackendTLSPolicy>();
        // A BackendTLSPolicy names the core group "" (Gateway API LocalPolicyTargetReference); NGF's
        // policies write "core".
        const yaml::Value ref = yaml::Value::mapping()
                                    .set("group", btp ? "" : "core")
                                    .set("kind", "Service")
                                    .set("name", target->meta.name);
        const int count = usp ? int(usp->targetRefs.size()) : btp ? int(btp->targetRefs.size()) : 0;
        ok = editor.insertItem(source->id, yaml::Path::of("spec.targetRefs"), count, ref,
                               tr("Apply %1 to Service %2").arg(source->meta.name, target->meta.name));
    }
    if (!ok)
        Q_EMIT editFailed(editor.lastError());
    return ok;
}

void TopologyScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette pal = QApplication::palette();
    const QColor base = pal.color(QPalette::Base);
    painter->fillRect(rect, base);
    if (m_nodes.empty())
        return;
    // Light bands behind every other column make the layers easy to follow.
    const QColor band = Theme::mix(base, pal.color(QPalette::Window), Theme::isDark(pal) ? 0.35 : 0.45);
    const QRectF content = sceneRect();
    for (int c = 1; c < TopologyGraph::ColumnCount; c += 2) {
        const qreal x = TopologyLayout::columnX(c) - 14;
        const QRectF bandRect(x, content.top(), TopologyLayout::columnWidth(c) + 28, content.height());
        painter->fillRect(bandRect.intersected(rect), band);
    }
}

} // namespace gw::views
