// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"
#include "yaml/limits.h"
#include "yaml/node.h"
#include "yaml/path.h"

#include <deque>
#include <map>
#include <memory>
#include <string>

namespace gw::yaml {

/** Where a document's text came from, to turn its offsets into file:line:column. */
struct TextOrigin
{
    QString file;
    int firstLine = 1; ///< 1-based line of the file where the document text starts
    std::vector<int> lineMap; ///< when not empty: the 1-based file line of each document line
};

/**
 * One YAML document: its exact text and a node tree that knows where every node sits in that text.
 * Parsing uses yaml-cpp's event API; the byte ranges are completed by scanning the text, because
 * yaml-cpp reports start marks only. A Document is immutable: edits (see editor.h) produce new text,
 * which is parsed again.
 */
class Document
{
public:
    struct Result
    {
        std::shared_ptr<const Document> document; ///< null when the text has errors
        Diagnostics diagnostics;
    };

    /** Parses exactly one YAML document (a leading `---` line and comments are fine). */
    static Result parse(std::string text, TextOrigin origin = {}, const Limits &limits = {});

    const std::string &text() const { return m_text; }
    const TextOrigin &origin() const { return m_origin; }
    /** The root node; nullptr for a document that holds only comments or whitespace. */
    const Node *root() const { return m_root; }

    /** The node at \a path, following the tree as written (aliases are not followed). */
    const Node *find(const Path &path) const;
    /** The path of \a node from the root. */
    Path pathOf(const Node *node) const;
    /** The node an alias refers to, or nullptr. */
    const Node *anchorTarget(const std::string &anchor) const;

    /** 0-based line and column of a byte offset in text(). */
    std::pair<int, int> lineColumn(int offset) const;
    /** File location (1-based) of a byte offset in text(). */
    SourceLocation location(int offset) const;
    SourceLocation location(const Node *node) const;
    /** The 1-based file line of a 0-based document line. */
    int fileLine(int documentLine) const;

    /** The source text of a node, from its properties to its end. */
    std::string_view sourceOf(const Node *node) const;
    /** Offset of the first byte of the line containing \a offset. */
    int lineStart(int offset) const;
    /** Number of lines: line breaks + 1 (a text that ends with a line break ends with an empty line). */
    int lineCount() const { return int(m_lineStarts.size()); }

private:
    friend class TreeBuilder;
    Document() = default;

    std::string m_text;
    TextOrigin m_origin;
    std::deque<Node> m_nodes;
    Node *m_root = nullptr;
    std::vector<int> m_lineStarts;
    std::map<std::string, const Node *> m_anchors;
};

} // namespace gw::yaml
