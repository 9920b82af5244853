// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QUndoCommand>
#include <string>

namespace gw {

class Design;

/**
 * Changes the text of one document. Every field edit, list insertion and removal ends up as one of
 * these: the DesignEditor computes the new text losslessly, this command swaps old and new text.
 * Edits of the same field of the same resource merge (typing in a field is one undo step), and a
 * merge that brings the text back to where it was makes the command obsolete. A merge never
 * reaches past the point where the design was saved (QUndoStack does not merge into the clean
 * state). Undo and redo apply only to the text the command was made for: if something else
 * (the scenarios' own undo stack) changed the document meanwhile, the command does nothing and
 * becomes obsolete, so the stack drops it instead of overwriting that change.
 */
class EditDocument : public QUndoCommand
{
public:
    EditDocument(Design *design, DocumentId document, std::string before, std::string after,
                 const QString &text, yaml::Path mergeField = {}, QUndoCommand *parent = nullptr);
    /**
     * An edit of \a field of \a resource: consecutive edits of the same field of the same resource
     * merge (two items of a `kind: List` share a document but are different resources).
     */
    EditDocument(Design *design, ResourceId resource, std::string before, std::string after,
                 const QString &text, yaml::Path field, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    DocumentId document() const { return m_document; }

private:
    /**
     * Whether the document reads \a text (or already \a target); if not, the command becomes
     * obsolete.
     */
    bool documentReads(const std::string &text, const std::string &target);

    Design *m_design;
    DocumentId m_document;
    std::string m_before;
    std::string m_after;
    yaml::Path m_field;
    ResourceId m_resource = 0;
};

} // namespace gw
