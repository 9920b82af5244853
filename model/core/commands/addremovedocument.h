// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QUndoCommand>
#include <string>

namespace gw {

class Design;

/**
 * Adds a document (a new resource, a pasted manifest) at a position of a file. Like EditDocument,
 * AddDocument and RemoveDocument act only on the document as they left it: if something else
 * changed it since, they do nothing and become obsolete.
 */
class AddDocument : public QUndoCommand
{
public:
    AddDocument(Design *design, int file, int position, DocumentId id, std::string text, const QString &label,
                QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    DocumentId document() const { return m_id; }

private:
    Design *m_design;
    int m_file;
    int m_position;
    DocumentId m_id;
    std::string m_text;
};

/** Removes a document; undo puts the same text back at the same place with the same id. */
class RemoveDocument : public QUndoCommand
{
public:
    RemoveDocument(Design *design, DocumentId id, const QString &label, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    DocumentId document() const { return m_id; }

private:
    Design *m_design;
    DocumentId m_id;
    int m_file = 0;
    int m_position = 0;
    std::string m_text;
};

} // namespace gw
