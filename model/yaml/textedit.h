// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/document.h"
#include "yaml/editor.h"
#include "yaml/emitter.h"

#include <string>

namespace gw::yaml {

/**
 * The text of one document seen by the Editor: line and indicator helpers, the document's line
 * break and indentation style, and the one primitive every edit ends in, replacing a byte range.
 * All offsets refer to the document's original text. Internal to gw_yaml.
 */
class TextEdit
{
public:
    explicit TextEdit(const Document &document);

    const Document &document() const { return m_doc; }
    const std::string &text() const { return m_text; }
    /** "\r\n" when the document uses CRLF line ends, else "\n". */
    const std::string &newline() const { return m_newline; }
    /** Indentation of block mappings and of sequences under keys, as the document writes them. */
    const Emitter::Style &style() const { return m_style; }

    Editor::Result replace(int begin, int end, const std::string &with) const;
    Editor::Result insert(int at, const std::string &what) const { return replace(at, at, what); }

    /** Offset of the line break ending the line that contains \a pos (before a '\r'), or the end. */
    int lineEnd(int pos) const;
    /** Offset just after the line break that ends the line containing \a pos. */
    int afterLine(int pos) const;
    /** Start of the line containing \a pos; the first line starts after a byte order mark. */
    int lineStart(int pos) const;
    int column(int pos) const { return pos - lineStart(pos); }
    bool onlyBlanksBefore(int pos) const;
    /** True when the rest of the line from \a pos holds only blanks and maybe a comment. */
    bool onlyCommentAfter(int pos) const;

    /** The '-' of a block sequence item (searching back from the item). */
    int dashOf(const Node *item) const;
    /** Offset just after the ':' that follows the key of a mapping entry (or the key's end). */
    int afterColon(const Node *key) const;
    /** Where the value of \a node begins after its key's ':' or its item's '-'. */
    int indicatorEnd(const Node *node) const;
    /** The key of the mapping entry whose value is \a node, or nullptr. */
    static const Node *keyOf(const Node *node);
    /** End of the anchor and tag properties of \a node (== begin without them), before blanks. */
    int propertiesEnd(const Node *node) const;
    /**
     * The properties of \a node that survive a new value: its anchor and custom tags. Standard tags
     * (`!!str`, `!!int`...) go, because the new value carries its own type.
     */
    std::string keptProperties(const Node *node) const;

    /** \a s with "\n" turned into this document's line break. */
    std::string withNewlines(const std::string &s) const;
    /** A block value whose lines after the first are indented to \a column. */
    std::string block(const Value &value, int column) const;

private:
    void detectStyle(const Node *n);

    const Document &m_doc;
    const std::string &m_text;
    std::string m_newline;
    int m_bom;
    Emitter::Style m_style;
    bool m_indentFound = false;
    bool m_sequenceFound = false;
};

/** True when \a n or one of its ancestors is a flow collection. */
bool inFlow(const Node *n);

} // namespace gw::yaml
