// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeevent.h"
#include "core/pod.h"
#include "core/resource.h"
#include "yaml/document.h"
#include "yaml/limits.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <memory>

class QUndoStack;

namespace gw {

/** A document of a design: its YAML (exact text and tree) and the resources read from it. */
struct DesignDocument
{
    DocumentId id = 0;
    std::shared_ptr<const yaml::Document> yaml;
    std::vector<Resource> resources;
};

/** A manifest file of a design: its path and its documents, in order. */
struct DesignFile
{
    QString path; ///< empty for text that was never saved (pasted, standard input)
    bool extractedFromShell = false; ///< read from a `kubectl apply -f - <<EOF` snippet
    std::vector<DocumentId> documents;
};

/**
 * A Gateway Studio document: a set of Kubernetes manifests (one or more files of YAML documents),
 * the resources read from them, and the undo history of their edits.
 *
 * The YAML text is the source of truth: every edit is a QUndoCommand (see designeditor.h) that
 * changes the text of one document losslessly; the Design then reads that document again and
 * emits changed(). Documents nobody edited keep their exact bytes, so saving writes them back
 * byte for byte. Views and the generator only listen.
 */
class Design : public QObject
{
    Q_OBJECT

public:
    struct LoadResult
    {
        bool ok = false;
        Diagnostics diagnostics; ///< errors (nothing was loaded) or warnings
    };

    explicit Design(QObject *parent = nullptr);
    ~Design() override;

    /** Reads a manifest stream and adds it as one more file. On any error nothing is added. */
    LoadResult addFile(const QByteArray &data, const QString &path);
    /** Reads \a path from disk and adds it (see addFile()). */
    LoadResult openFile(const QString &path);
    /** Removes everything, including the undo history. */
    void clear();

    int fileCount() const { return int(m_files.size()); }
    const DesignFile &file(int index) const { return m_files[size_t(index)]; }
    /** Changes where a file is saved (Save As). */
    void setFilePath(int index, const QString &path);
    /**
     * The bytes of a file as it would be saved: its documents one after the other. Documents
     * nobody touched are joined exactly as they were read; where an edit took away what separated
     * two documents (a removed document that ended with `...`, a last line without a line break),
     * a line break and a `---` line are put back.
     */
    QByteArray fileText(int index) const;
    /**
     * The whole design as one kubectl-ready stream: the files one after the other, joined like
     * fileText() joins documents, without Gateway Studio's own documents. Every document kubectl
     * should apply starts with `---` or is the first: a document that followed a `...` line without
     * a `---` (which kubectl would skip) gets one. A design read from one file of manifests that
     * kubectl reads whole exports byte-identical.
     */
    QByteArray exportText() const;
    /** Saves every file atomically (QSaveFile) and marks the undo stack clean. */
    bool save(QString *error = nullptr);

    /** All documents, file by file, in order. */
    const std::vector<DocumentId> &documents() const { return m_order; }
    const DesignDocument *document(DocumentId id) const;
    int fileOf(DocumentId id) const;

    /** All resources in document order. */
    std::vector<const Resource *> resources() const;
    std::vector<const Resource *> resources(Kind kind) const;
    const Resource *resource(ResourceId id) const;
    /** The resource of that kind and name (the later one when there are several, as with kubectl). */
    const Resource *find(Kind kind, const QString &ns, const QString &name) const;
    /** Same, by the kind as written: finds resources of kinds Gateway Studio does not know too. */
    const Resource *find(const QString &kindName, const QString &ns, const QString &name) const;
    /** Position of a resource in document order; older resources (written first) rank lower. */
    int rank(ResourceId id) const;

    /** The Pods the Deployments run (derived, stable across unrelated edits). */
    /**
     * The Pods of the design: PodPlanner's, with the Pods the current scenario pins (its
     * `spec.pods`) in place of the pinned Deployments' planned ones, so that the canvas, the preview
     * and the simulator show the same Pod names and addresses.
     */
    const std::vector<Pod> &pods() const;
    /**
     * The scenario (a SimulationScenario document) whose pinned Pods are the design's: the one set
     * with setCurrentScenario() while it exists, else the first in the design (0: none).
     */
    DocumentId currentScenario() const;
    /** Makes \a document's pins the design's Pods (the Simulation workspace's scenario choice). */
    void setCurrentScenario(DocumentId document);
    /** The current scenario's `spec.pods`, read leniently (the simulator reports what is wrong). */
    std::vector<PodPin> podPins() const;

    QUndoStack *undoStack() const { return m_undoStack; }
    /**
     * Another undo stack whose commands edit this design's documents (the simulation workspace keeps
     * the edits of its scenario documents apart from the design's). The design is modified while any
     * of its stacks is not clean; save() marks them all clean and clear() clears them. Not owned;
     * detached when destroyed.
     */
    void attachUndoStack(QUndoStack *stack);
    bool isModified() const;
    const yaml::Limits &limits() const { return m_limits; }

    /// @name Mutation API, for undo commands only
    /// @{
    void setDocumentText(DocumentId id, const std::string &text, const yaml::Path &field = {});
    void insertDocument(int file, int position, DocumentId id, const std::string &text);
    void removeDocument(DocumentId id);
    /** Removes file \a index if it holds no document (undoing what created it); else does nothing. */
    void removeFile(int index);
    DocumentId allocateDocumentId() { return m_nextId++; }
    /// @}

    /** Parses \a text as a document of this design; what a command checks before it is pushed. */
    struct Parsed
    {
        std::shared_ptr<const yaml::Document> yaml;
        std::vector<Resource> resources;
        Diagnostics diagnostics;
    };
    Parsed parse(const std::string &text, DocumentId id, const yaml::TextOrigin &origin = {}) const;

Q_SIGNALS:
    void changed(const gw::ChangeEvent &event);
    void documentAboutToBeInserted(int index);
    void documentInserted(int index);
    void documentAboutToBeRemoved(int index);
    void documentRemoved(int index);
    void aboutToReset();
    void modifiedChanged(bool modified);
    /** The current scenario changed its pinned Pods (another scenario became current). */
    void podsChanged();

private:
    void invalidateIndex();
    void ensureIndex() const;
    void emitChanged(ChangeEvent event);
    void updateModified();
    DesignDocument makeDocument(DocumentId id, Parsed parsed) const;
    int firstLineOf(int file, int position) const;

    std::vector<DesignFile> m_files;
    std::vector<DocumentId> m_order;
    QHash<DocumentId, DesignDocument> m_documents;
    // Built on demand: an edit of one document of a 10,000-document design must not rebuild them.
    mutable QHash<QString, ResourceId> m_byName; ///< "Kind/ns/name"; the later definition wins
    mutable QHash<ResourceId, int> m_rank;
    mutable bool m_indexValid = false;
    /// Per file: the first line of each document, for messages; built on demand.
    mutable std::vector<std::vector<int>> m_firstLines;
    mutable std::vector<Pod> m_pods;
    mutable bool m_podsValid = false;
    DocumentId m_currentScenario = 0;
    DocumentId m_nextId = 1;
    QUndoStack *m_undoStack;
    std::vector<QUndoStack *> m_attachedStacks;
    yaml::Limits m_limits;
    bool m_wasModified = false;
};

} // namespace gw
