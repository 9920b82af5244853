// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/canvas/topologylayout.h"

#include "views/canvas/topologygraph.h"

#include <algorithm>
#include <map>

namespace gw::views {

qreal TopologyLayout::columnWidth(int column)
{
    return column == TopologyGraph::PodColumn ? podWidth : nodeWidth;
}

qreal TopologyLayout::columnX(int column)
{
    qreal x = 0;
    for (int c = 0; c < column; ++c)
        x += columnWidth(c) + (c == TopologyGraph::RuleColumn ? labelledGap : columnGap);
    return x;
}

QSizeF TopologyLayout::nodeSize(const TopologyGraph &graph, int node)
{
    const auto type = graph.nodes()[size_t(node)].type;
    const bool small = type == TopologyGraph::Node::Type::Pod || type == TopologyGraph::Node::Type::Policy;
    return {columnWidth(graph.nodes()[size_t(node)].column), small ? podHeight : nodeHeight};
}

void TopologyLayout::apply(TopologyGraph &graph)
{
    auto &nodes = graph.nodes();
    const size_t n = nodes.size();
    // Predecessors along flow edges between columns (policies hang off their target instead, and an
    // edge inside a column, as to a missing filter, says nothing about the order of the columns).
    const auto flows = [&nodes](const TopologyGraph::Edge &e) {
        return e.style != TopologyGraph::Edge::Style::Policy &&
            nodes[size_t(e.from)].column != nodes[size_t(e.to)].column;
    };
    std::vector<std::vector<int>> preds(n);
    std::vector<std::vector<int>> succs(n);
    for (const auto &e : graph.edges()) {
        if (flows(e)) {
            preds[size_t(e.to)].push_back(e.from);
            succs[size_t(e.from)].push_back(e.to);
        }
    }
    std::vector<qreal> order(n, 0); // position within the column, for the barycentre
    std::vector<qreal> centreY(n, 0);
    std::vector<std::vector<int>> sequences(TopologyGraph::ColumnCount);

    for (int column = 0; column < TopologyGraph::ColumnCount; ++column) {
        std::vector<int> members = graph.column(column);
        // Policies (and ListenerSets) are placed right below what they attach to.
        std::vector<int> placed;
        std::map<int, std::vector<int>> attached;
        for (int m : members) {
            const int host = nodes[size_t(m)].attachedTo;
            if (host >= 0 && nodes[size_t(host)].column == column)
                attached[host].push_back(m);
            else
                placed.push_back(m);
        }
        // Barycentre ordering: nodes fed by nodes higher up come first; the unfed keep their order
        // at the end (or where they were, for the first column).
        std::vector<std::pair<qreal, int>> keyed;
        for (size_t i = 0; i < placed.size(); ++i) {
            const int m = placed[i];
            qreal key = 1e9 + qreal(i);
            if (!preds[size_t(m)].empty()) {
                qreal sum = 0;
                for (int p : preds[size_t(m)])
                    sum += order[size_t(p)];
                key = sum / qreal(preds[size_t(m)].size()) + qreal(i) * 1e-6;
            } else if (column == 0) {
                key = qreal(i);
            }
            keyed.emplace_back(key, m);
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::vector<int> sequence;
        for (auto &[host, list] : attached) {
            // The policies right under their target, then what else hangs off it (a Gateway's
            // ListenerSets, which move down to their listeners).
            std::stable_partition(list.begin(), list.end(), [&nodes](int m) {
                return nodes[size_t(m)].type == TopologyGraph::Node::Type::Policy;
            });
        }
        for (const auto &[key, m] : keyed) {
            sequence.push_back(m);
            for (int p : attached[m])
                sequence.push_back(p);
        }
        // Nodes attached to nodes placed later in this column (a policy on a missing target) go last.
        for (const auto &[host, list] : attached) {
            for (int p : list) {
                if (std::find(sequence.begin(), sequence.end(), p) == sequence.end())
                    sequence.push_back(p);
            }
        }

        // Place: each node level with the mean of its feeders if there is room, else right below
        // the previous node.
        qreal y = headerHeight;
        for (size_t i = 0; i < sequence.size(); ++i) {
            const int m = sequence[i];
            order[size_t(m)] = qreal(i);
            const QSizeF size = nodeSize(graph, m);
            qreal wanted = y;
            if (!preds[size_t(m)].empty() && nodes[size_t(m)].type != TopologyGraph::Node::Type::Policy) {
                qreal sum = 0;
                for (int p : preds[size_t(m)])
                    sum += centreY[size_t(p)];
                wanted = std::max(y, sum / qreal(preds[size_t(m)].size()) - size.height() / 2);
            }
            nodes[size_t(m)].position = QPointF(columnX(column), wanted);
            centreY[size_t(m)] = wanted + size.height() / 2;
            y = wanted + size.height() + verticalGap;
        }
        sequences[size_t(column)] = std::move(sequence);
    }

    // Back pass, right to left: centre each node on the nodes it feeds (a Gateway in the middle
    // of its listeners' routes), never above where it was and never overlapping its neighbours.
    for (int column = TopologyGraph::PodColumn - 1; column >= 0; --column) {
        qreal y = headerHeight;
        for (int m : sequences[size_t(column)]) {
            const QSizeF size = nodeSize(graph, m);
            qreal wanted = nodes[size_t(m)].position.y();
            if (!succs[size_t(m)].empty() && nodes[size_t(m)].type != TopologyGraph::Node::Type::Policy) {
                qreal sum = 0;
                for (int t : succs[size_t(m)])
                    sum += centreY[size_t(t)];
                wanted = std::max(wanted, sum / qreal(succs[size_t(m)].size()) - size.height() / 2);
            }
            wanted = std::max(wanted, y);
            nodes[size_t(m)].position.setY(wanted);
            centreY[size_t(m)] = wanted + size.height() / 2;
            y = wanted + size.height() + verticalGap;
        }
    }
}

} // namespace gw::views
