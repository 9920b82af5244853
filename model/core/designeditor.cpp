// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/designeditor.h"

#include "core/commands/addremovedocument.h"
#include "core/commands/editdocument.h"
#include "core/design.h"
#include "yaml/editor.h"
#include "yaml/stream.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace gw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Undo Commands", text);
}

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

const Resource *DesignEditor::target(ResourceId id)
{
    const Resource *r = m_design->resource(id);
    if (!r)
        fail(tr("the resource no longer exists"));
    return r;
}

bool DesignEditor::commitText(DocumentId document, const std::string &text, const QString &undoText,
                              const yaml::Path &mergeField)
{
    const DesignDocument *doc = m_design->document(document);
    if (!doc)
        return fail(tr("the document no longer exists"));
    if (text == doc->yaml->text())
        return true; // nothing to do
    Design::Parsed parsed = m_design->parse(text, document, doc->yaml->origin());
    m_diagnostics = parsed.diagnostics;
    if (!parsed.yaml || hasErrors(parsed.diagnostics))
        return fail(firstError(parsed.diagnostics));
    m_design->undoStack()->push(
        new EditDocument(m_design, document, doc->yaml->text(), text, undoText, mergeField));
    return true;
}

bool DesignEditor::setField(ResourceId id, const yaml::Path &field, const yaml::Value &value,
                            const QString &undoText)
{
    m_error.clear();
    m_diagnostics.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::set(*doc->yaml, r->basePath + field, value);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? tr("Change %1").arg(field.toQString()) : undoText;
    return commitText(r->document, result.text, text, field);
}

bool DesignEditor::insertItem(ResourceId id, const yaml::Path &sequence, int index, const yaml::Value &value,
                              const QString &undoText)
{
    m_error.clear();
    m_diagnostics.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::insert(*doc->yaml, r->basePath + sequence, index, value);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? tr("Add to %1").arg(sequence.toQString()) : undoText;
    return commitText(r->document, result.text, text, {});
}

bool DesignEditor::removeField(ResourceId id, const yaml::Path &field, const QString &undoText)
{
    m_error.clear();
    m_diagnostics.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    const auto result = yaml::Editor::remove(*doc->yaml, r->basePath + field);
    if (!result.ok())
        return fail(result.error);
    const QString text = undoText.isEmpty() ? tr("Remove %1").arg(field.toQString()) : undoText;
    return commitText(r->document, result.text, text, {});
}

bool DesignEditor::moveItem(ResourceId id, const yaml::Path &sequence, int from, int to,
                            const QString &undoText)
{
    m_error.clear();
    m_diagnostics.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    if (from == to)
        return true;
    const DesignDocument *doc = m_design->document(r->document);
    const yaml::Path seqPath = r->basePath + sequence;
    const yaml::Node *item = doc->yaml->find(seqPath.index(from));
    if (!item)
        return fail(tr("there is no item %1 in %2").arg(from).arg(sequence.toQString()));
    QString error;
    const auto value = yaml::Value::fromNode(*doc->yaml, item, m_design->limits().maxAliasExpansion, &error);
    if (!value)
        return fail(error);
    const auto removed = yaml::Editor::remove(*doc->yaml, seqPath.index(from));
    if (!removed.ok())
        return fail(removed.error);
    auto reparsed = yaml::Document::parse(removed.text, doc->yaml->origin(), m_design->limits());
    if (!reparsed.document)
        return fail(firstError(reparsed.diagnostics));
    const auto inserted = yaml::Editor::insert(*reparsed.document, seqPath, to, *value);
    if (!inserted.ok())
        return fail(inserted.error);
    const QString text = undoText.isEmpty() ? tr("Move item of %1").arg(sequence.toQString()) : undoText;
    return commitText(r->document, inserted.text, text, {});
}

bool DesignEditor::addResource(const yaml::Value &object, int file)
{
    m_error.clear();
    m_diagnostics.clear();
    m_added.clear();
    const DocumentId id = m_design->allocateDocumentId();
    const bool needsSeparator =
        m_design->fileCount() > 0 && !m_design->file(std::max(file, 0)).documents.empty();
    const std::string text = yaml::Editor::emitDocument(object, needsSeparator);
    Design::Parsed parsed = m_design->parse(text, id);
    m_diagnostics = parsed.diagnostics;
    if (!parsed.yaml || hasErrors(parsed.diagnostics) || parsed.resources.empty())
        return fail(firstError(parsed.diagnostics));
    const int position =
        m_design->fileCount() > 0 ? int(m_design->file(std::max(file, 0)).documents.size()) : 0;
    const QString label = tr("Add %1").arg(parsed.resources.front().displayName());
    m_design->undoStack()->push(new AddDocument(m_design, file, position, id, text, label));
    for (const Resource &r : parsed.resources)
        m_added.push_back(r.id);
    return true;
}

bool DesignEditor::importText(const QByteArray &data, int file)
{
    m_error.clear();
    m_diagnostics.clear();
    m_added.clear();
    const std::string bytes(data.constData(), size_t(data.size()));
    auto split = yaml::Stream::split(bytes, tr("pasted text"), m_design->limits());
    m_diagnostics = split.diagnostics;
    if (hasErrors(split.diagnostics))
        return fail(firstError(split.diagnostics));
    file = m_design->fileCount() > 0 ? std::clamp(file, 0, m_design->fileCount() - 1) : 0;
    int position = m_design->fileCount() > 0 ? int(m_design->file(file).documents.size()) : 0;
    bool fileHasDocuments = position > 0;

    std::vector<std::pair<DocumentId, std::string>> docs;
    for (yaml::DocumentText &t : split.documents) {
        std::string text = std::move(t.text);
        if (text.find_first_not_of(" \t\r\n") == std::string::npos)
            continue;
        const DocumentId id = m_design->allocateDocumentId();
        // Appended documents must be separated from what comes before them.
        if (fileHasDocuments) {
            const auto &prev = docs.empty()
                ? m_design->document(m_design->file(file).documents.back())->yaml->text()
                : docs.back().second;
            if (!prev.empty() && prev.back() != '\n')
                text.insert(0, "\n");
            if (text.find("---") != text.find_first_not_of(" \t\r\n"))
                text.insert(text.front() == '\n' ? 1 : 0, "---\n");
        }
        Design::Parsed parsed = m_design->parse(text, id, t.origin);
        m_diagnostics.insert(m_diagnostics.end(), parsed.diagnostics.begin(), parsed.diagnostics.end());
        if (!parsed.yaml || hasErrors(parsed.diagnostics))
            return fail(firstError(m_diagnostics));
        for (const Resource &r : parsed.resources)
            m_added.push_back(r.id);
        docs.emplace_back(id, std::move(text));
        fileHasDocuments = true;
    }
    if (docs.empty())
        return fail(tr("the text holds no manifests"));
    auto *macro = new QUndoCommand(
        QCoreApplication::translate("Undo Commands", "Import %n resource(s)", nullptr, int(m_added.size())));
    for (auto &[id, text] : docs)
        new AddDocument(m_design, file, position++, id, text, QString(), macro);
    m_design->undoStack()->push(macro);
    return true;
}

bool DesignEditor::removeResource(ResourceId id)
{
    m_error.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    const QString label = tr("Delete %1").arg(r->displayName());
    if (!r->basePath.isEmpty())
        return removeField(id, {}, label); // an item of a List
    m_design->undoStack()->push(new RemoveDocument(m_design, r->document, label));
    return true;
}

bool DesignEditor::duplicateResource(ResourceId id, const QString &newName)
{
    m_error.clear();
    m_added.clear();
    const Resource *r = target(id);
    if (!r)
        return false;
    const DesignDocument *doc = m_design->document(r->document);
    QString error;
    auto value = yaml::Value::fromNode(*doc->yaml, doc->yaml->find(r->basePath),
                                       m_design->limits().maxAliasExpansion, &error);
    if (!value)
        return fail(error);
    yaml::Value meta = value->get("metadata") ? *value->get("metadata") : yaml::Value::mapping();
    meta.set("name", yaml::Value(newName));
    value->set("metadata", meta);
    const int file = m_design->fileOf(r->document);
    const DocumentId newId = m_design->allocateDocumentId();
    const std::string text = yaml::Editor::emitDocument(*value, true);
    Design::Parsed parsed = m_design->parse(text, newId);
    if (!parsed.yaml || hasErrors(parsed.diagnostics))
        return fail(firstError(parsed.diagnostics));
    const auto &docs = m_design->file(file).documents;
    const int position = int(std::find(docs.begin(), docs.end(), r->document) - docs.begin()) + 1;
    m_design->undoStack()->push(
        new AddDocument(m_design, file, position, newId, text, tr("Duplicate %1").arg(r->displayName())));
    for (const Resource &res : parsed.resources)
        m_added.push_back(res.id);
    return true;
}

bool DesignEditor::renameResource(ResourceId id, const QString &newName)
{
    const Resource *r = target(id);
    if (!r)
        return false;
    return setField(id, yaml::Path::of("metadata.name"), yaml::Value(newName),
                    tr("Rename %1 to %2").arg(r->displayName(), newName));
}

bool DesignEditor::replaceDocumentText(DocumentId document, const std::string &text)
{
    m_error.clear();
    m_diagnostics.clear();
    return commitText(document, text, tr("Edit YAML"), {});
}

} // namespace gw
