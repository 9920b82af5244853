// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/diagnostic.h"
#include "yaml/value.h"

#include <QByteArray>

namespace gw {

class Design;

/**
 * The one way views change a Design. Each call computes the new document text with the lossless
 * yaml::Editor, checks that the result still reads as valid resources, and pushes one undo command
 * (or nothing, returning false with lastError() set). Field paths are relative to the resource
 * (`spec.rules[0].backendRefs[0].port`), also for resources inside a `kind: List`.
 */
class DesignEditor
{
public:
    explicit DesignEditor(Design *design)
        : m_design(design)
    { }

    bool setField(ResourceId resource, const yaml::Path &field, const yaml::Value &value,
                  const QString &undoText = {});
    bool insertItem(ResourceId resource, const yaml::Path &sequence, int index, const yaml::Value &value,
                    const QString &undoText = {});
    bool removeField(ResourceId resource, const yaml::Path &field, const QString &undoText = {});
    /**
     * Moves item \a from of a sequence so that it ends up at index \a to (as QList::move does). Its
     * lines move with their comments (see yaml::Editor::move).
     */
    bool moveItem(ResourceId resource, const yaml::Path &sequence, int from, int to,
                  const QString &undoText = {});

    /**
     * Appends a new resource, written in canonical form (see yaml::Editor::emitDocument), to
     * \a file. Refused when a resource of that kind and name exists. Sets lastAdded().
     */
    bool addResource(const yaml::Value &object, int file = 0);
    /**
     * Adds the documents of a manifest stream (or a pasted `kubectl apply -f - <<EOF` snippet) to
     * the end of \a file, as they are written, in one undo step. Nothing is added when any of
     * them has an error. Resources that exist already are added too (as with kubectl apply, the
     * later definition wins) with a warning in lastDiagnostics().
     */
    bool importText(const QByteArray &text, int file = 0);
    bool removeResource(ResourceId resource);
    /**
     * Copies a resource under a new name, right after the original, in canonical form. What the
     * API server fills in (uid, resourceVersion, creationTimestamp, generation, managedFields,
     * status) is left out of the copy. Refused when the name is taken.
     */
    bool duplicateResource(ResourceId resource, const QString &newName);
    /** Changes metadata.name. Refused when another resource of the kind has that name. */
    bool renameResource(ResourceId resource, const QString &newName);
    /** Replaces a whole document (the YAML tab). */
    bool replaceDocumentText(DocumentId document, const std::string &text);

    QString lastError() const { return m_error; }
    /** Problems behind lastError(), with locations (from importText() and replaceDocumentText()). */
    const Diagnostics &lastDiagnostics() const { return m_diagnostics; }
    /** The resources the last add, import or duplicate created. */
    const std::vector<ResourceId> &lastAdded() const { return m_added; }

private:
    bool fail(const QString &error);
    bool commitText(DocumentId document, const std::string &text, const QString &undoText,
                    ResourceId mergeResource = 0, const yaml::Path &mergeField = {});
    const Resource *target(ResourceId resource);
    /** An error when a resource other than \a except already has this kind, namespace and name. */
    QString nameTaken(const Resource &resource, const QString &name, ResourceId except = 0) const;
    void begin();

    Design *m_design;
    QString m_error;
    Diagnostics m_diagnostics;
    std::vector<ResourceId> m_added;
};

} // namespace gw
