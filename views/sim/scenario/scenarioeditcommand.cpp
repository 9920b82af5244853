// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/scenarioeditcommand.h"

#include "views/sim/scenario/scenariostore.h"

namespace gw::views {

namespace {
constexpr int ScenarioFieldCommandId = 0x5ce0;
}

ScenarioEditCommand::ScenarioEditCommand(ScenarioStore *store, DocumentId document, std::string before,
                                         std::string after, const QString &text, yaml::Path mergePath)
    : QUndoCommand(text)
    , m_store(store)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_path(std::move(mergePath))
{ }

void ScenarioEditCommand::undo()
{
    m_store->applyText(m_document, m_before);
}

void ScenarioEditCommand::redo()
{
    m_store->applyText(m_document, m_after);
}

int ScenarioEditCommand::id() const
{
    return m_path.isEmpty() ? -1 : ScenarioFieldCommandId;
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const ScenarioEditCommand *>(other);
    if (!o || o->m_document != m_document || o->m_path != m_path || o->m_before != m_after)
        return false;
    m_after = o->m_after;
    setObsolete(m_after == m_before);
    return true;
}

AddScenarioCommand::AddScenarioCommand(ScenarioStore *store, int file, int position, DocumentId document,
                                       std::string text, const QString &label)
    : QUndoCommand(label)
    , m_store(store)
    , m_file(file)
    , m_position(position)
    , m_document(document)
    , m_text(std::move(text))
{ }

void AddScenarioCommand::undo()
{
    m_store->applyRemove(m_document);
}

void AddScenarioCommand::redo()
{
    m_store->applyInsert(m_document, m_file, m_position, m_text);
}

} // namespace gw::views
