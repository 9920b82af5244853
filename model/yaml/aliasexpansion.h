// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

namespace gw::yaml {

class Document;
struct Node;

/**
 * How many nodes resolving every alias of \a document would produce (each alias counts as the nodes
 * of the subtree it stands for, aliases inside that subtree resolved too), without building them.
 * Counting stops just above \a cap, so an alias bomb costs time linear in the document's size.
 * An alias that refers to itself, directly or through another, counts as more than \a cap; an alias
 * to an unknown anchor counts as nothing (readers report it); aliases nested more than 1,000 deep
 * (an alias inside the node of an alias inside …) count as more than \a cap.
 *
 * This is the measure of Limits::maxAliasExpansion, applied to every document whatever its kind, as
 * kubectl refuses a document with "excessive aliasing" before it looks at the kind.
 */
std::size_t aliasExpansion(const Document &document, std::size_t cap);

/** The first alias node of \a document in document order, or nullptr (where to report a bomb). */
const Node *firstAlias(const Document &document);

} // namespace gw::yaml
