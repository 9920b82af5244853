// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/path.h"

#include <QUndoCommand>

#include <string>

namespace gw::views {

class ScenarioStore;

/**
 * One edit of a scenario document on the simulation workspace's undo stack: swaps the document's
 * text before and after. Consecutive edits of the same field merge (typing a number is one step);
 * a merge that brings the text back to where it was makes the command obsolete.
 */
class ScenarioEditCommand : public QUndoCommand
{
public:
    ScenarioEditCommand(ScenarioStore *store, DocumentId document, std::string before, std::string after,
                        const QString &text, yaml::Path mergePath = {});

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    DocumentId document() const { return m_document; }

private:
    ScenarioStore *m_store;
    DocumentId m_document;
    std::string m_before;
    std::string m_after;
    yaml::Path m_path;
};

/** Adds a new scenario document to the design (on the simulation workspace's undo stack). */
class AddScenarioCommand : public QUndoCommand
{
public:
    AddScenarioCommand(ScenarioStore *store, int file, int position, DocumentId document, std::string text,
                       const QString &label);

    void undo() override;
    void redo() override;

    DocumentId document() const { return m_document; }

private:
    ScenarioStore *m_store;
    int m_file;
    int m_position;
    DocumentId m_document;
    std::string m_text;
};

} // namespace gw::views
