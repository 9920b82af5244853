// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "yaml/aliasexpansion.h"

#include "yaml/document.h"
#include "yaml/node.h"

#include <unordered_map>

namespace gw::yaml {

namespace {

class Counter
{
public:
    Counter(const Document &document, std::size_t cap)
        : m_doc(document)
        , m_limit(cap + 1)
    { }

    /** Nodes the subtree of \a node has once its aliases are resolved, saturated at cap + 1. */
    std::size_t expanded(const Node *node)
    {
        if (!node)
            return 0;
        if (node->isAlias()) {
            const Node *target = m_doc.anchorTarget(node->alias);
            if (!target)
                return 0;
            // Aliases nested this deep are a bomb too, and the count must not exhaust the stack.
            if (m_aliasDepth >= kMaxAliasDepth)
                return m_limit;
            ++m_aliasDepth;
            const std::size_t n = expanded(target);
            --m_aliasDepth;
            return n;
        }
        if (node->children.empty())
            return 1;
        const auto [it, inserted] = m_memo.try_emplace(node, kInProgress);
        if (!inserted)
            return it->second == kInProgress ? m_limit : it->second; // a cycle: infinitely many
        std::size_t n = 1;
        for (const Node *child : node->children) {
            n += expanded(child);
            if (n >= m_limit) {
                n = m_limit;
                break;
            }
        }
        m_memo[node] = n;
        return n;
    }

    /** Nodes produced by the aliases inside \a node (not counting \a node's own nodes). */
    std::size_t produced(const Node *node)
    {
        if (!node)
            return 0;
        if (node->isAlias())
            return expanded(node);
        std::size_t n = 0;
        for (const Node *child : node->children) {
            n += produced(child);
            if (n >= m_limit)
                return m_limit;
        }
        return n;
    }

private:
    static constexpr std::size_t kInProgress = std::size_t(-1);
    static constexpr int kMaxAliasDepth = 1000;
    int m_aliasDepth = 0;
    const Document &m_doc;
    std::size_t m_limit;
    std::unordered_map<const Node *, std::size_t> m_memo;
};

const Node *firstAliasIn(const Node *node)
{
    if (!node)
        return nullptr;
    if (node->isAlias())
        return node;
    for (const Node *child : node->children) {
        if (const Node *a = firstAliasIn(child))
            return a;
    }
    return nullptr;
}

} // namespace

std::size_t aliasExpansion(const Document &document, std::size_t cap)
{
    Counter counter(document, cap);
    return counter.produced(document.root());
}

const Node *firstAlias(const Document &document)
{
    return firstAliasIn(document.root());
}

} // namespace gw::yaml
