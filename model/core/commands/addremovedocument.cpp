// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/commands/addremovedocument.h"

#include "core/design.h"

namespace gw {

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
    QUndoCommand::undo();
    m_design->removeDocument(m_id);
}

void AddDocument::redo()
{
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
    QUndoCommand::undo();
    m_design->insertDocument(m_file, m_position, m_id, m_text);
}

void RemoveDocument::redo()
{
    m_design->removeDocument(m_id);
    QUndoCommand::redo();
}

} // namespace gw
