// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace gw::nginx {

struct Location;

/**
 * nginx's static location tree (ngx_http_init_static_location_trees and
 * ngx_http_core_find_static_location), rebuilt node for node: exact (`=`) and prefix (plain and `^~`)
 * locations sorted with ngx_filename_cmp ('/' sorts lowest), same-name exact and prefix joined, prefixes
 * grouped under the prefix they extend, each group split at its middle into a binary tree. Searching the
 * same tree the same way gives the same answers as nginx, including the trailing-slash redirect of
 * ngx_http_core_find_static_location: a URI one '/' short of a location that has auto_redirect set.
 */
class LocationTree
{
public:
    struct Entry
    {
        QByteArray name;
        const Location *location = nullptr;
        bool exact = false;
        bool autoRedirect = false;
    };

    enum class Result {
        NotFound, ///< NGX_DECLINED
        Exact, ///< NGX_OK: an exact location matched
        Prefix, ///< NGX_AGAIN: the longest prefix so far; regexes and nested locations come next
        Redirect, ///< NGX_DONE: 301 to the location name (a '/' appended)
    };

    /** Builds the tree; returns false and sets \a duplicate to the duplicated name on "duplicate location".
     */
    bool build(std::vector<Entry> entries, QByteArray *duplicate);
    Result find(QByteArrayView uri, const Location **match) const;
    bool isEmpty() const { return m_root < 0; }

    /** ngx_filename_cmp(): bytewise, except that '/' sorts before every byte but NUL. */
    static int filenameCompare(const char *a, const char *b, qsizetype n);

private:
    struct Item
    {
        QByteArray name;
        const Location *exact = nullptr;
        const Location *inclusive = nullptr;
        bool autoRedirect = false;
        std::vector<Item> list; ///< the locations this one is a prefix of
    };
    struct Node
    {
        QByteArray name; ///< the part after the parent's prefix (nginx stores only that)
        uint8_t len = 0; ///< u_char len in nginx: a segment longer than 255 bytes wraps as it does there
        const Location *exact = nullptr;
        const Location *inclusive = nullptr;
        bool autoRedirect = false;
        int left = -1, right = -1, tree = -1;
    };

    static void createList(std::vector<Item> &items);
    int createTree(std::vector<Item> &items, qsizetype begin, qsizetype end, qsizetype prefix, int depth);

    std::vector<Node> m_nodes;
    int m_root = -1;
};

} // namespace gw::nginx
