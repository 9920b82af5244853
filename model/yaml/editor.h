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
     * text. Missing mapping keys on the way are created (as block mappings). Setting a key of a
     * mapping that does not exist yet, under an existing parent, appends the key after the
     * parent's last entry. Indices must exist (use insert() to add items).
     */
    static Result set(const Document &document, const Path &path, const Value &value);

    /**
     * Inserts \a value into the sequence at \a sequencePath before item \a index (index == size
     * appends). A missing sequence is created, like set() creates keys.
     */
    static Result insert(const Document &document, const Path &sequencePath, int index, const Value &value);

    /**
     * Removes the mapping entry or sequence item at \a path, together with the lines it occupied
     * (and comments on those lines). Removing the last item of a block sequence leaves `key: []`;
     * removing the last entry of a block mapping leaves `key: {}`.
     */
    static Result remove(const Document &document, const Path &path);

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
