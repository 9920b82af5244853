// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/document.h"
#include "yaml/value.h"

namespace gw::yaml {

/**
 * Lossless edits of a YAML document. Every operation returns the complete new text of the document
 * and leaves every byte outside the edited node as it was: comments, blank lines, quoting, key
 * order, indentation. Edits follow the style around them: a value that was double-quoted stays
 * double-quoted, a new key is indented like its siblings, a new list item uses the dash style of the
 * list, a flow collection stays flow. The input document is not changed; parse the result again.
 */
class Editor
{
public:
    struct Result
    {
        std::string text;
        QString error; ///< empty on success

        bool ok() const { return error.isEmpty(); }
    };

    /**
     * Sets the node at \a path to \a value. A scalar replacing a scalar changes only that scalar's
     * text. A mapping set onto a block mapping changes only the entries that differ (recursively;
     * the order of keys does not count), so the others keep their comments and quoting. Missing
     * mapping keys on the way are created (as block mappings). Setting a key of a mapping that
     * does not exist yet, under an existing parent, appends the key after the parent's last entry.
     * Indices must exist (use insert() to add items).
     */
    static Result set(const Document &document, const Path &path, const Value &value);

    /**
     * Inserts \a value into the sequence at \a sequencePath before item \a index (index == size
     * appends). A missing sequence is created, like set() creates keys.
     */
    static Result insert(const Document &document, const Path &sequencePath, int index, const Value &value);

    /**
     * Removes the mapping entry or sequence item at \a path, together with the lines it occupied
     * (and comments on those lines). Removing the last item of a sequence leaves `key: []`;
     * removing the last entry of a mapping leaves `key: {}`. Inserting into such an empty `[]` or
     * `{}` in block context writes block style again. Refused when it would take away an anchor
     * that an alias elsewhere refers to.
     */
    static Result remove(const Document &document, const Path &path);

    /**
     * Moves item \a from of the sequence at \a sequencePath to index \a to (it ends up at \a to,
     * as with QList::move). The item's lines move with their comments; where items do not sit on
     * lines of their own, the item is written again in canonical form.
     */
    static Result move(const Document &document, const Path &sequencePath, int from, int to);

    /**
     * Every edit checks its own result: the new text must parse and read back as the expected
     * values (the whole document, or the edited node where aliases make that impossible). An edit
     * that fails the check is refused with an error instead of producing wrong text. The fuzzers
     * turn the check off to see the raw results.
     */
    static void setSelfCheck(bool enabled);

    /**
     * Emits \a value as a new document in canonical form: block style, two-space indentation,
     * sequences under a key not indented (as kubectl prints them), strings quoted only when needed.
     * The text ends with a newline; with \a separator it starts with a `---` line.
     */
    static std::string emitDocument(const Value &value, bool separator = true);

    /** The text a scalar value is written as in plain or quoted form ("80", "\"80\"", "'a: b'"). */
    static std::string emitScalar(const Value &value);
};

} // namespace gw::yaml
