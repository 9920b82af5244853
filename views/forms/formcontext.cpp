// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/forms/formcontext.h"

#include "core/design.h"
#include "core/designeditor.h"
#include "core/fielddescription.h"
#include "views/common/designselection.h"
#include "yaml/document.h"
#include "yaml/editor.h"

#include <QUndoStack>

namespace gw::views {

FormContext::FormContext(DesignSelection *selection, QObject *parent)
    : QObject(parent)
    , m_selection(selection)
    , m_design(selection->design())
{
    connect(m_design, &Design::changed, this, &FormContext::designChanged);
}

const Resource *FormContext::resource() const
{
    return m_design->resource(m_resource);
}

void FormContext::setResource(ResourceId resource)
{
    m_resource = resource;
    Q_EMIT refreshed();
}

void FormContext::setProblemsProvider(ProblemsProvider provider)
{
    m_problems = std::move(provider);
    Q_EMIT problemsChanged();
}

std::vector<FieldProblem> FormContext::problems() const
{
    if (!m_problems || !resource())
        return {};
    return m_problems(m_resource);
}

void FormContext::designChanged(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::Type::Reset || documentOf(m_resource) == event.document ||
        event.type == ChangeEvent::Type::DocumentInserted ||
        event.type == ChangeEvent::Type::DocumentRemoved) {
        // Other documents matter too: pickers list the Services and Gateways of the design.
        Q_EMIT refreshed();
    }
}

const yaml::Node *FormContext::node(const yaml::Path &path) const
{
    const Resource *r = resource();
    if (!r)
        return nullptr;
    const DesignDocument *doc = m_design->document(r->document);
    return doc ? doc->yaml->find(r->basePath + path) : nullptr;
}

std::optional<QString> FormContext::scalar(const yaml::Path &path) const
{
    const yaml::Node *n = node(path);
    if (!n || !n->isScalar())
        return std::nullopt;
    return QString::fromStdString(n->value);
}

int FormContext::size(const yaml::Path &path) const
{
    const yaml::Node *n = node(path);
    return n && (n->isSequence() || n->isMapping()) ? n->size() : 0;
}

QStringList FormContext::keys(const yaml::Path &path) const
{
    QStringList list;
    const yaml::Node *n = node(path);
    if (!n || !n->isMapping())
        return list;
    for (int i = 0; i < n->size(); ++i)
        list << QString::fromStdString(n->keyAt(i)->value);
    return list;
}

bool FormContext::finish(bool ok, const yaml::Path &path, const QString &error)
{
    m_error = ok ? QString() : error;
    if (!ok)
        Q_EMIT editFailed(path, error);
    return ok;
}

QString FormContext::undoText(Verb verb, const yaml::Path &path) const
{
    const Resource *r = resource();
    if (!r)
        return {};
    switch (verb) {
    case Verb::Change:
        return FieldDescription::change(*m_design, *r, path);
    case Verb::Remove:
        return FieldDescription::remove(*m_design, *r, path);
    case Verb::Add:
        return FieldDescription::add(*m_design, *r, path);
    case Verb::Reorder:
        return FieldDescription::reorder(*m_design, *r, path);
    }
    return {};
}

bool FormContext::set(const yaml::Path &path, const yaml::Value &value, const QString &undoText)
{
    DesignEditor editor(m_design);
    const bool ok = editor.setField(m_resource, path, value,
                                    undoText.isEmpty() ? this->undoText(Verb::Change, path) : undoText);
    return finish(ok, path, editor.lastError());
}

bool FormContext::remove(const yaml::Path &path, const QString &undoText)
{
    if (!node(path))
        return true; // already absent
    DesignEditor editor(m_design);
    const bool ok = editor.removeField(m_resource, path,
                                       undoText.isEmpty() ? this->undoText(Verb::Remove, path) : undoText);
    return finish(ok, path, editor.lastError());
}

bool FormContext::insert(const yaml::Path &sequence, int index, const yaml::Value &value,
                         const QString &undoText)
{
    DesignEditor editor(m_design);
    const bool ok = editor.insertItem(m_resource, sequence, index, value,
                                      undoText.isEmpty() ? this->undoText(Verb::Add, sequence) : undoText);
    return finish(ok, sequence, editor.lastError());
}

bool FormContext::move(const yaml::Path &sequence, int from, int to, const QString &undoText)
{
    DesignEditor editor(m_design);
    const bool ok = editor.moveItem(m_resource, sequence, from, to,
                                    undoText.isEmpty() ? this->undoText(Verb::Reorder, sequence) : undoText);
    return finish(ok, sequence, editor.lastError());
}

bool FormContext::renameKey(const yaml::Path &mapping, const QString &from, const QString &to)
{
    if (from == to)
        return true;
    const yaml::Node *n = node(mapping.key(from.toStdString()));
    if (!n)
        return false;
    const Resource *r = resource();
    const DesignDocument *doc = m_design->document(r->document);
    const auto value = yaml::Value::fromNode(*doc->yaml, n);
    if (!value)
        return finish(false, mapping, tr("cannot read %1").arg(from));
    QUndoStack *stack = m_design->undoStack();
    stack->beginMacro(tr("Rename key %1 to %2").arg(from, to));
    DesignEditor editor(m_design);
    bool ok = editor.setField(m_resource, mapping.key(to.toStdString()), *value) &&
        editor.removeField(m_resource, mapping.key(from.toStdString()));
    stack->endMacro();
    if (!ok && stack->canUndo() && stack->undoText() == tr("Rename key %1 to %2").arg(from, to)) {
        // Half done: take the macro back so that nothing is left behind.
        stack->undo();
    }
    return finish(ok, mapping, editor.lastError());
}

bool FormContext::apply(const std::vector<Edit> &edits, const QString &undoText)
{
    const Resource *r = resource();
    const DesignDocument *doc = r ? m_design->document(r->document) : nullptr;
    if (edits.empty())
        return true;
    if (!doc)
        return finish(false, edits.front().path, tr("no resource"));
    // The edits one after the other on the text, checked only at the end: on the way the resource may
    // be one the CRD refuses (an AuthenticationFilter of type JWT with its basic section still there).
    std::shared_ptr<const yaml::Document> current = doc->yaml;
    for (const Edit &e : edits) {
        const yaml::Path path = r->basePath + e.path;
        if (!e.value && !current->find(path))
            continue;
        const yaml::Editor::Result result =
            e.value ? yaml::Editor::set(*current, path, *e.value) : yaml::Editor::remove(*current, path);
        if (!result.ok())
            return finish(false, e.path, result.error);
        auto parsed = yaml::Document::parse(result.text, current->origin());
        if (!parsed.document)
            return finish(false, e.path, tr("the edit does not give valid YAML"));
        current = parsed.document;
    }
    // Checked before the undo step is opened, so that a refused edit leaves no empty step behind.
    const Design::Parsed parsed = m_design->parse(current->text(), r->document, current->origin());
    for (const Diagnostic &d : parsed.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return finish(false, edits.front().path,
                          d.field.isEmpty() ? d.message : d.field + u": " + d.message);
    }
    QUndoStack *stack = m_design->undoStack();
    stack->beginMacro(undoText.isEmpty() ? this->undoText(Verb::Change, edits.front().path) : undoText);
    DesignEditor editor(m_design);
    const bool ok = editor.replaceDocumentText(r->document, current->text());
    stack->endMacro();
    return finish(ok, edits.front().path, editor.lastError());
}

FormScope::FormScope(FormContext *context, FormScope *parent, yaml::Path relative, QObject *owner)
    : QObject(owner)
    , m_context(context)
    , m_parent(parent)
    , m_relative(std::move(relative))
{
    if (parent)
        connect(parent, &FormScope::moved, this, &FormScope::moved);
}

yaml::Path FormScope::path() const
{
    return m_parent ? m_parent->path() + m_relative : m_relative;
}

void FormScope::setRelative(const yaml::Path &relative)
{
    if (relative == m_relative)
        return;
    m_relative = relative;
    Q_EMIT moved();
}

bool FormScope::isActive() const
{
    return m_active && (!m_parent || m_parent->isActive());
}

void FormScope::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    Q_EMIT moved();
}

} // namespace gw::views
