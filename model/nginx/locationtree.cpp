// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "nginx/locationtree.h"

#include <algorithm>

namespace gw::nginx {

int LocationTree::filenameCompare(const char *a, const char *b, qsizetype n)
{
    while (n) {
        unsigned c1 = static_cast<unsigned char>(*a++);
        unsigned c2 = static_cast<unsigned char>(*b++);
        if (c1 == c2) {
            if (c1 == 0)
                return 0;
            --n;
            continue;
        }
        if (c1 == 0 || c2 == 0)
            return int(c1) - int(c2);
        c1 = c1 == '/' ? 0 : c1;
        c2 = c2 == '/' ? 0 : c2;
        return int(c1) - int(c2);
    }
    return 0;
}

namespace {

// Compares like ngx_filename_cmp(a, b, min(len) + 1), reading the terminating NUL of the shorter name.
int compareNames(const QByteArray &a, const QByteArray &b)
{
    // QByteArray data is NUL-terminated, so reading one byte past the shorter name is safe.
    return LocationTree::filenameCompare(a.constData(), b.constData(), std::min(a.size(), b.size()) + 1);
}

} // namespace

bool LocationTree::build(std::vector<Entry> entries, QByteArray *duplicate)
{
    m_nodes.clear();
    m_root = -1;
    // ngx_queue_sort() is a stable insertion sort; an exact match sorts before the same inclusive one.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &x, const Entry &y) {
        const int rc = compareNames(x.name, y.name);
        if (rc == 0)
            return x.exact && !y.exact;
        return rc < 0;
    });

    // ngx_http_join_exact_locations()
    std::vector<Item> items;
    for (const Entry &e : entries) {
        if (!items.empty() && items.back().name == e.name) {
            Item &prev = items.back();
            if ((e.exact && prev.exact) || (!e.exact && prev.inclusive)) {
                if (duplicate)
                    *duplicate = e.name;
                return false;
            }
            prev.inclusive = e.location;
            prev.autoRedirect = prev.autoRedirect || e.autoRedirect;
            continue;
        }
        Item item;
        item.name = e.name;
        (e.exact ? item.exact : item.inclusive) = e.location;
        item.autoRedirect = e.autoRedirect;
        items.push_back(std::move(item));
    }
    if (items.empty())
        return true;
    createList(items);
    m_root = createTree(items, 0, qsizetype(items.size()), 0, 0);
    return true;
}

void LocationTree::createList(std::vector<Item> &items)
{
    // ngx_http_create_locations_list(), with its tail recursion along the list turned into a loop.
    for (size_t i = 0; i + 1 < items.size(); ++i) {
        Item &lq = items[i];
        if (!lq.inclusive)
            continue;
        const qsizetype len = lq.name.size();
        size_t x = i + 1;
        while (x < items.size()) {
            const Item &lx = items[x];
            if (len > lx.name.size() || filenameCompare(lq.name.constData(), lx.name.constData(), len) != 0)
                break;
            ++x;
        }
        if (x == i + 1)
            continue;
        lq.list.assign(std::make_move_iterator(items.begin() + qsizetype(i) + 1),
                       std::make_move_iterator(items.begin() + qsizetype(x)));
        items.erase(items.begin() + qsizetype(i) + 1, items.begin() + qsizetype(x));
        createList(items[i].list);
    }
}

int LocationTree::createTree(std::vector<Item> &items, qsizetype begin, qsizetype end, qsizetype prefix,
                             int depth)
{
    // ngx_http_create_locations_tree(): the middle item (ngx_queue_middle) becomes the node.
    const qsizetype mid = begin + (end - begin) / 2;
    Item &lq = items[size_t(mid)];
    const int index = int(m_nodes.size());
    m_nodes.push_back({});
    {
        Node &node = m_nodes.back();
        node.name = lq.name.mid(prefix);
        node.len = static_cast<uint8_t>(node.name.size());
        node.exact = lq.exact;
        node.inclusive = lq.inclusive;
        node.autoRedirect = lq.autoRedirect;
    }
    const qsizetype len = lq.name.size() - prefix;
    if (mid > begin) {
        const int left = createTree(items, begin, mid, prefix, depth + 1);
        m_nodes[size_t(index)].left = left;
        if (mid + 1 < end) {
            const int right = createTree(items, mid + 1, end, prefix, depth + 1);
            m_nodes[size_t(index)].right = right;
        }
    }
    if (!lq.list.empty()) {
        const int tree = createTree(lq.list, 0, qsizetype(lq.list.size()), prefix + len, depth + 1);
        m_nodes[size_t(index)].tree = tree;
    }
    return index;
}

LocationTree::Result LocationTree::find(QByteArrayView uriView, const Location **match) const
{
    const char *uri = uriView.data();
    qsizetype len = uriView.size();
    Result rv = Result::NotFound;
    int n = m_root;
    for (;;) {
        if (n < 0)
            return rv;
        const Node &node = m_nodes[size_t(n)];
        const qsizetype common = std::min<qsizetype>(len, node.len);
        const int rc = filenameCompare(uri, node.name.constData(), common);
        if (rc != 0) {
            n = rc < 0 ? node.left : node.right;
            continue;
        }
        if (len > node.len) {
            if (node.inclusive) {
                *match = node.inclusive;
                rv = Result::Prefix;
                n = node.tree;
                uri += common;
                len -= common;
                continue;
            }
            n = node.right; // exact only
            continue;
        }
        if (len == node.len) {
            if (node.exact) {
                *match = node.exact;
                return Result::Exact;
            }
            *match = node.inclusive;
            return Result::Prefix;
        }
        // len < node.len
        if (len + 1 == node.len && node.autoRedirect) {
            *match = node.exact ? node.exact : node.inclusive;
            rv = Result::Redirect;
        }
        n = node.left;
    }
}

} // namespace gw::nginx
