// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/editdocument.h"

#include "core/commands/undocommands.h"
#include "core/design.h"

namespace gw {

EditDocument::EditDocument(Design *design, DocumentId document, std::string before, std::string after,
                           const QString &text, yaml::Path mergeField, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_field(std::move(mergeField))
{ }

EditDocument::EditDocument(Design *design, ResourceId resource, std::string before, std::string after,
                           const QString &text, yaml::Path field, QUndoCommand *parent)
    : EditDocument(design, documentOf(resource), std::move(before), std::move(after), text, std::move(field),
                   parent)
{
    m_resource = resource;
}

bool EditDocument::documentReads(const std::string &text, const std::string &target)
{
    // Another undo stack (the scenarios') may have changed the document since: an undo step
    // applies only to the text it was made for, so a command that no longer fits does nothing
    // and leaves the stack (QUndoStack drops a command that turns obsolete in undo or redo).
    const DesignDocument *doc = m_design->document(m_document);
    if (doc && (doc->yaml->text() == text || doc->yaml->text() == target))
        return true;
    setObsolete(true);
    return false;
}

void EditDocument::undo()
{
    if (!documentReads(m_after, m_before))
        return;
    QUndoCommand::undo(); // children first
    m_design->setDocumentText(m_document, m_before, m_field);
}

void EditDocument::redo()
{
    if (!documentReads(m_before, m_after))
        return;
    m_design->setDocumentText(m_document, m_after, m_field);
    QUndoCommand::redo();
}

int EditDocument::id() const
{
    return m_field.isEmpty() || childCount() > 0 ? -1 : Cmd_SetField;
}

bool EditDocument::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditDocument *>(other);
    if (!o || o->m_document != m_document || o->m_resource != m_resource || o->m_field != m_field ||
        o->m_before != m_after)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace gw
