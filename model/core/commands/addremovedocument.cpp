// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/addremovedocument.h"

#include "core/design.h"

namespace gw {

namespace {

/**
 * Whether the command may act on document \a id: true when the document is absent (\a present
 * false) or reads \a text (\a present true). Otherwise something else (the scenarios' own undo
 * stack) changed it since: the command does nothing and becomes obsolete, so the stack drops it.
 */
bool fits(QUndoCommand *command, const Design *design, DocumentId id, const std::string &text, bool present)
{
    const DesignDocument *doc = design->document(id);
    if (!doc && !present)
        return true;
    if (doc && present && doc->yaml->text() == text)
        return true;
    // Already done (absent when it should be removed, or with this very text when it should be added).
    if (!doc || doc->yaml->text() == text)
        return false;
    command->setObsolete(true);
    return false;
}

} // namespace

AddDocument::AddDocument(Design *design, int file, int position, DocumentId id, std::string text,
                         const QString &label, QUndoCommand *parent)
    : QUndoCommand(label, parent)
    , m_design(design)
    , m_file(file)
    , m_position(position)
    , m_id(id)
    , m_text(std::move(text))
{ }

void AddDocument::undo()
{
    if (!fits(this, m_design, m_id, m_text, true))
        return;
    QUndoCommand::undo();
    m_design->removeDocument(m_id);
}

void AddDocument::redo()
{
    if (!fits(this, m_design, m_id, m_text, false))
        return;
    m_design->insertDocument(m_file, m_position, m_id, m_text);
    QUndoCommand::redo();
}

RemoveDocument::RemoveDocument(Design *design, DocumentId id, const QString &label, QUndoCommand *parent)
    : QUndoCommand(label, parent)
    , m_design(design)
    , m_id(id)
{
    m_file = design->fileOf(id);
    const auto &docs = design->file(m_file).documents;
    m_position = int(std::find(docs.begin(), docs.end(), id) - docs.begin());
    m_text = design->document(id)->yaml->text();
}

void RemoveDocument::undo()
{
    if (!fits(this, m_design, m_id, m_text, false))
        return;
    QUndoCommand::undo();
    m_design->insertDocument(m_file, m_position, m_id, m_text);
}

void RemoveDocument::redo()
{
    if (!fits(this, m_design, m_id, m_text, true))
        return;
    m_design->removeDocument(m_id);
    QUndoCommand::redo();
}

} // namespace gw
