// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "sim/scenario.h"
#include "yaml/diagnostic.h"
#include "yaml/path.h"
#include "yaml/value.h"

#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

class QUndoStack;

namespace gw {
class Design;
struct ChangeEvent;
struct DesignDocument;
} // namespace gw

namespace gw::views {

/**
 * The simulation scenarios of a Design and the undo history of their edits.
 *
 * Scenarios are `kind: SimulationScenario` documents (apiVersion gwstudio.dev/v1alpha1) stored in the
 * design's own files, so they are saved, autosaved and reopened with it; the Design keeps them as
 * tool-only documents, which `gwstudio export` and the cluster manifests leave out.
 *
 * Their edits go on an undo stack of their own (the simulation workspace's), not on the design's:
 * every edit is one ScenarioEditCommand that replaces the scenario document's text with the text
 * yaml::Editor computed losslessly, so undo restores it byte for byte. The stack is attached to the
 * Design (Design::attachUndoStack) so that the design counts as modified while it is not clean and
 * saving marks it clean. The two stacks never hold commands for the same text: when a scenario
 * document is changed or removed by anything but this store (the YAML tab, the resource tree, a
 * reload), the store's history is dropped, and marked as never clean when it held unsaved edits, so
 * that the design still asks to be saved; and when the store edits a scenario the design's stack
 * holds a step for, it drops the design's history the same way.
 *
 * Paths are relative to the document root (`spec.populations[0].clients`).
 */
class ScenarioStore : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioStore(Design *design, QObject *parent = nullptr);
    ~ScenarioStore() override;

    Design *design() const { return m_design; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /** The design's scenario documents, in document order. */
    const std::vector<DocumentId> &scenarios() const { return m_scenarios; }
    /** metadata.name of a scenario document ("" when it has none). */
    QString name(DocumentId document) const;

    /** The scenario being edited (0: none). */
    DocumentId current() const { return m_current; }
    void setCurrent(DocumentId document);

    /** The current scenario as the simulator reads it; nothing when it has errors (see diagnostics()). */
    const std::optional<sim::Scenario> &scenario() const { return m_scenario; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    /** The current document's text. */
    QByteArray text() const;
    /** The value at \a path of the current document, or nullptr. */
    const yaml::Value *value(const yaml::Path &path) const;
    /** The scalar at \a path of the current document as text ("" when there is none, or null). */
    QString scalar(const yaml::Path &path) const;
    /** The number of items of the sequence at \a path (0 when there is none). */
    int count(const yaml::Path &path) const;

    /// @name Edits of the current scenario: one undo command each; false with lastError() when refused
    /// @{
    bool setField(const yaml::Path &path, const yaml::Value &value, const QString &undoText);
    bool insertItem(const yaml::Path &sequence, int index, const yaml::Value &value, const QString &undoText);
    bool removeField(const yaml::Path &path, const QString &undoText);
    bool moveItem(const yaml::Path &sequence, int from, int to, const QString &undoText);
    /// @}

    /**
     * Appends a new scenario to the design's first file (an undo command of this store) and makes it
     * current: one population of 100 clients sending the design's routes, named \a name or
     * "scenario-N". Returns its document, 0 on failure.
     */
    DocumentId newScenario(const QString &name = {});
    /** The document a new scenario would be: a population asking for the design's routes. */
    static yaml::Value scenarioTemplate(const Design &design, const QString &name);

    QString lastError() const { return m_error; }

    /// For ScenarioEditCommand: changes a document's text as one of this store's own edits.
    void applyText(DocumentId document, const std::string &text);
    /// For ScenarioEditCommand: inserts or removes a scenario document as this store's own edit.
    void applyInsert(DocumentId document, int file, int position, const std::string &text);
    void applyRemove(DocumentId document);

Q_SIGNALS:
    /** Scenario documents were added, removed or renamed. */
    void scenariosChanged();
    void currentChanged(gw::DocumentId document);
    /** The current scenario's text changed (an edit, undo, redo, or another scenario became current). */
    void scenarioChanged();

private:
    void designChanged(const ChangeEvent &event);
    void rescan();
    void reparse();
    /** Makes \a document current and says so, also when it already was (its text changed). */
    void switchTo(DocumentId document);
    bool isScenario(DocumentId document) const;
    bool commit(const std::string &text, const QString &undoText, const yaml::Path &mergePath);
    void dropHistory();
    const DesignDocument *currentDocument() const;

    Design *m_design;
    QUndoStack *m_undoStack;
    std::vector<DocumentId> m_scenarios;
    DocumentId m_current = 0;
    std::optional<sim::Scenario> m_scenario;
    Diagnostics m_diagnostics;
    std::optional<yaml::Value> m_root;
    QString m_error;
    /** New scenarios whose insertion created the design's (unnamed) file. */
    QSet<DocumentId> m_createdFiles;
    bool m_applying = false;
};

} // namespace gw::views
