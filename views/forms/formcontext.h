// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "yaml/path.h"
#include "yaml/value.h"

#include <QObject>
#include <functional>
#include <optional>
#include <vector>

namespace gw {
class Design;
struct ChangeEvent;
namespace yaml {
struct Node;
} // namespace yaml
} // namespace gw

namespace gw::views {

class DesignSelection;

/** A problem NGF (or the preview) reports about a field of the resource a form shows. */
struct FieldProblem
{
    yaml::Path field; ///< the field it names (may be empty, or name no list index, as NGF writes it)
    QString message; ///< NGF's message
    bool warning = false; ///< a warning rather than an error
};

/**
 * What a form edits: the Design and the resource shown. Reads field values from the resource's
 * YAML (the text is the source of truth) and writes them through DesignEditor, one undo command
 * per edit. Emits refreshed() whenever what the form shows may have changed (an edit of the
 * resource's document from anywhere, undo, or another resource shown).
 */
class FormContext : public QObject
{
    Q_OBJECT

public:
    FormContext(DesignSelection *selection, QObject *parent = nullptr);

    Design *design() const { return m_design; }
    DesignSelection *selection() const { return m_selection; }
    ResourceId resourceId() const { return m_resource; }
    /** The resource shown, or nullptr. */
    const Resource *resource() const;
    void setResource(ResourceId resource);

    /** The YAML node at \a path (relative to the resource), or nullptr. */
    const yaml::Node *node(const yaml::Path &path) const;
    /** The scalar text at \a path; nothing when absent or not a scalar. */
    std::optional<QString> scalar(const yaml::Path &path) const;
    /** The number of items of the sequence (or entries of the mapping) at \a path. */
    int size(const yaml::Path &path) const;
    /** The keys of the mapping at \a path, in order. */
    QStringList keys(const yaml::Path &path) const;

    /// @name Edits (each one undo command); on failure lastError() says why
    /// @{
    bool set(const yaml::Path &path, const yaml::Value &value, const QString &undoText = {});
    bool remove(const yaml::Path &path, const QString &undoText = {});
    bool insert(const yaml::Path &sequence, int index, const yaml::Value &value,
                const QString &undoText = {});
    bool move(const yaml::Path &sequence, int from, int to, const QString &undoText = {});
    /** Renames a mapping key, keeping its value (remove + set as one undo step). */
    bool renameKey(const yaml::Path &mapping, const QString &from, const QString &to);
    /** One field edit of apply(): a value to set, or nothing to remove the field. */
    struct Edit
    {
        yaml::Path path;
        std::optional<yaml::Value> value;
    };
    /**
     * Several edits as one undo step named \a undoText (default: the change of the first field), checked
     * only as a whole: an AuthenticationFilter's type and its section, fields the CRD requires together.
     */
    bool apply(const std::vector<Edit> &edits, const QString &undoText);
    /// @}
    QString lastError() const { return m_error; }

    /// @name Problems of the resource shown (the Problems panel's rows), for the fields to show
    /// @{
    using ProblemsProvider = std::function<std::vector<FieldProblem>(ResourceId)>;
    void setProblemsProvider(ProblemsProvider provider);
    std::vector<FieldProblem> problems() const;
    /** The problems may have changed (a new preview): emits problemsChanged(). */
    void notifyProblemsChanged() { Q_EMIT problemsChanged(); }
    /// @}

Q_SIGNALS:
    /** Re-read every value: the resource's text changed or another resource is shown. */
    void refreshed();
    /** An edit was refused, with the message DesignEditor gave. */
    void editFailed(const gw::yaml::Path &path, const QString &message);
    /** The problems of the resource may have changed. */
    void problemsChanged();

private:
    void designChanged(const ChangeEvent &event);
    enum class Verb { Change, Remove, Add, Reorder };
    /** "Change path of coffee, rule 1, match 1" (FieldDescription) */
    QString undoText(Verb verb, const yaml::Path &path) const;
    bool finish(bool ok, const yaml::Path &path, const QString &error);

    DesignSelection *m_selection;
    Design *m_design;
    ResourceId m_resource = 0;
    QString m_error;
    ProblemsProvider m_problems;
};

/**
 * A place inside the resource that part of a form edits: `spec.rules[2]` for the rule editor,
 * `spec.rules[2].matches[0]` for the match details. Scopes nest; moving a scope (another rule
 * selected) moves every field bound under it.
 */
class FormScope : public QObject
{
    Q_OBJECT

public:
    FormScope(FormContext *context, FormScope *parent, yaml::Path relative, QObject *owner);

    FormContext *context() const { return m_context; }
    yaml::Path path() const;
    void setRelative(const yaml::Path &relative);
    /** An inactive scope (no rule selected) disables its fields. */
    bool isActive() const;
    void setActive(bool active);

Q_SIGNALS:
    /** The scope moved (or became active or inactive): re-read. */
    void moved();

private:
    FormContext *m_context;
    FormScope *m_parent;
    yaml::Path m_relative;
    bool m_active = true;
};

} // namespace gw::views
