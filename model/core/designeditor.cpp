// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"

#include "core/commands/addremovedocument.h"
#include "core/commands/editdocument.h"
#include "core/design.h"
#include "core/fielddescription.h"
#include "yaml/editor.h"
#include "yaml/stream.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace gw {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::DesignEditor)
};

QString firstError(const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error) {
            QString s = d.field.isEmpty() ? d.message : d.field + QStringLiteral(": ") + d.message;
            return s;
        }
    }
    return {};
}

} // namespace

bool DesignEditor::fail(const QString &error)
{
    m_error = error;
    return false;
}

void DesignEditor::begin()
{
    m_error.clear();
    m_diagnostics.clear();
}

const Resource *DesignEditor::target(ResourceId id)
{
    const Resource *r = m_design->resource(id);
    if (!r)
        fail(Tr::tr("the resource no longer exists"));
    return r;
}

QString DesignEditor::nameTaken(const Resource &resource, const QString &name, ResourceId except) const
{
    const Resource *other = m_design->find(resource.kindName, resource.meta.ns, name);
    if (!other || other->id == except)
        return {};
    return Tr::tr("%1 already exists").arg(other->displayName());
}

bool DesignEditor::commitText(DocumentId document, const std::string &text, const QString &undoText,
                              ResourceId mergeResource, const yaml::Path &mergeField)
{
    const DesignDocument *doc = m_design->document(document);
    if (!doc)
        return fail(Tr::tr("the document no longer exists"));
    if (text == doc->yaml->text())
        return true; // nothing to do
    Design::Parsed parsed = m_design->parse(text, document, doc->yaml->origin());
    m_diagnostics = parsed.diagnostics;
    if (!parsed.yaml || hasErrors(parsed.diagnostics))
        return fail(firstError(parsed.diagnostics));
    if (mergeResource != 0)
        m_design->undoStack()->push(
            new EditDocument(m_design, mergeResource, doc->yaml->text(), text, undoText, mergeField));
    else
        m_design->undoStack()->push(new EditDocument(m_design, document, doc->yaml->text(), text, undoText));
    return true;
}

bool DesignEditor::setField(ResourceId id, const yaml::Path &field, const yaml::Value &value,
                            const QString &undoText)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::set(*doc->yaml, r->basePath + field, value);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? FieldDescription::change(*m_design, *r, field) : undoText;
    return commitText(r->document, result.text, text, id, field);
}

bool DesignEditor::insertItem(ResourceId id, const yaml::Path &sequence, int index, const yaml::Value &value,
                              const QString &undoText)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::insert(*doc->yaml, r->basePath + sequence, index, value);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? FieldDescription::add(*m_design, *r, sequence) : undoText;
    return commitText(r->document, result.text, text);
}

bool DesignEditor::removeField(ResourceId id, const yaml::Path &field, const QString &undoText)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::remove(*doc->yaml, r->basePath + field);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? FieldDescription::remove(*m_design, *r, field) : undoText;
    return commitText(r->document, result.text, text);
}

bool DesignEditor::moveItem(ResourceId id, const yaml::Path &sequence, int from, int to,
                            const QString &undoText)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::move(*doc->yaml, r->basePath + sequence, from, to);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? FieldDescription::reorder(*m_design, *r, sequence) : undoText;
    return commitText(r->document, result.text, text);
}

bool DesignEditor::addResource(const yaml::Value &object, int file)
{
    begin();
    m_added.clear();
    file = m_design->fileCount() > 0 ? std::clamp(file, 0, m_design->fileCount() - 1) : 0;
    const DocumentId id = m_design->allocateDocumentId();
    const bool needsSeparator = m_design->fileCount() > 0 && !m_design->file(file).documents.empty();
    const std::string text = yaml::Editor::emitDocument(object, needsSeparator);
    Design::Parsed parsed = m_design->parse(text, id);
    m_diagnostics = parsed.diagnostics;
    if (!parsed.yaml || hasErrors(parsed.diagnostics) || parsed.resources.empty())
        return fail(parsed.resources.empty() && !hasErrors(parsed.diagnostics)
                        ? Tr::tr("the object is empty")
                        : firstError(parsed.diagnostics));
    for (const Resource &r : parsed.resources) {
        if (const QString taken = nameTaken(r, r.meta.name); !taken.isEmpty())
            return fail(taken);
    }
    const int position = m_design->fileCount() > 0 ? int(m_design->file(file).documents.size()) : 0;
    const QString label = Tr::tr("Add %1").arg(parsed.resources.front().displayName());
    m_design->undoStack()->push(new AddDocument(m_design, file, position, id, text, label));
    for (const Resource &r : parsed.resources)
        m_added.push_back(r.id);
    return true;
}

bool DesignEditor::importText(const QByteArray &data, int file)
{
    begin();
    m_added.clear();
    const std::string bytes(data.constData(), size_t(data.size()));
    auto split = yaml::Stream::split(bytes, Tr::tr("pasted text"), m_design->limits());
    m_diagnostics = split.diagnostics;
    if (hasErrors(split.diagnostics))
        return fail(firstError(split.diagnostics));
    file = m_design->fileCount() > 0 ? std::clamp(file, 0, m_design->fileCount() - 1) : 0;
    int position = m_design->fileCount() > 0 ? int(m_design->file(file).documents.size()) : 0;

    std::vector<std::pair<DocumentId, std::string>> docs;
    for (yaml::DocumentText &t : split.documents) {
        std::string text = std::move(t.text);
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            continue;
        // Taken as written: Design::fileText() puts a line break and a `---` before a document that
        // needs them.
        const DocumentId id = m_design->allocateDocumentId();
        Design::Parsed parsed = m_design->parse(text, id, t.origin);
        m_diagnostics.insert(m_diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
        if (!parsed.yaml || hasErrors(parsed.diagnostics))
            return fail(firstError(m_diagnostics));
        for (const Resource &r : parsed.resources) {
            m_added.push_back(r.id);
            if (const Resource *existing = m_design->find(r.kindName, r.meta.ns, r.meta.name)) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.location = parsed.yaml->location(parsed.yaml->root());
                d.resource = r.displayName();
                d.message =
                    Tr::tr("replaces the existing %1, as kubectl apply would").arg(existing->displayName());
                m_diagnostics.push_back(d);
            }
        }
        docs.emplace_back(id, std::move(text));
    }
    if (docs.empty() || m_added.empty())
        return fail(Tr::tr("the text holds no manifests"));
    auto *macro = new QUndoCommand(Tr::tr("Import %n resource(s)", nullptr, int(m_added.size())));
    for (auto &[id, text] : docs)
        new AddDocument(m_design, file, position++, id, text, QString(), macro);
    m_design->undoStack()->push(macro);
    return true;
}

bool DesignEditor::removeResource(ResourceId id)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    const QString label = Tr::tr("Delete %1").arg(r->displayName());
    if (!r->basePath.isEmpty())
        return removeField(id, {}, label); // an item of a List
    m_design->undoStack()->push(new RemoveDocument(m_design, r->document, label));
    return true;
}

bool DesignEditor::duplicateResource(ResourceId id, const QString &newName)
{
    begin();
    m_added.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    if (const QString taken = nameTaken(*r, newName); !taken.isEmpty())
        return fail(taken);
    const DesignDocument *doc = m_design->document(r->document);
    QString error;
    auto value = yaml::Value::fromNode(*doc->yaml, doc->yaml->find(r->basePath),
                                       m_design->limits().maxAliasExpansion, &error);
    if (!value)
        return fail(error);
    // What the API server fills in belongs to the original object only.
    yaml::Value meta = value->get("metadata") && value->get("metadata")->isMapping() ? *value->get("metadata")
                                                                                     : yaml::Value::mapping();
    for (const char *key :
         {"uid", "resourceVersion", "creationTimestamp", "generation", "managedFields", "selfLink"})
        meta.removeKey(key);
    meta.set("name", yaml::Value(newName));
    value->set("metadata", meta);
    value->removeKey("status");
    const int file = m_design->fileOf(r->document);
    const DocumentId newId = m_design->allocateDocumentId();
    const std::string text = yaml::Editor::emitDocument(*value, true);
    Design::Parsed parsed = m_design->parse(text, newId);
    m_diagnostics = parsed.diagnostics;
    if (!parsed.yaml || hasErrors(parsed.diagnostics))
        return fail(firstError(parsed.diagnostics));
    const auto &docs = m_design->file(file).documents;
    const int position = int(std::find(docs.begin(), docs.end(), r->document) - docs.begin()) + 1;
    m_design->undoStack()->push(
        new AddDocument(m_design, file, position, newId, text, Tr::tr("Duplicate %1").arg(r->displayName())));
    for (const Resource &res : parsed.resources)
        m_added.push_back(res.id);
    return true;
}

bool DesignEditor::renameResource(ResourceId id, const QString &newName)
{
    begin();
    const Resource *r = target(id);
    if (!r)
        return false;
    if (const QString taken = nameTaken(*r, newName, id); !taken.isEmpty())
        return fail(taken);
    return setField(id, yaml::Path::of("metadata.name"), yaml::Value(newName),
                    Tr::tr("Rename %1 to %2").arg(r->displayName(), newName));
}

bool DesignEditor::replaceDocumentText(DocumentId document, const std::string &text)
{
    begin();
    return commitText(document, text, Tr::tr("Edit YAML"));
}

} // namespace gw
