// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"

#include "core/podplanner.h"
#include "core/resourceparser.h"
#include "yaml/node.h"
#include "yaml/stream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace gw {

namespace {

/** "Kind/ns/name"; cluster-scoped kinds have no namespace (kubectl ignores one that is written). */
QString indexKey(Kind kind, const QString &kindName, const QString &ns, const QString &name)
{
    return kindName + u'/' + (isNamespaced(kind) ? ns : QString()) + u'/' + name;
}

QString indexKey(const Resource &r)
{
    return indexKey(r.kind, r.kindName, r.meta.ns, r.meta.name);
}

bool isSeparatorLine(std::string_view line)
{
    if (line.substr(0, 3) != "---")
        return false;
    const size_t rest = line.find_first_not_of(" \t\r", 3);
    return rest == std::string_view::npos || line[rest] == '#';
}

/** True when the first line that is not blank or a comment is a `---` line. */
bool startsWithSeparator(const std::string &text)
{
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line(text.data() + pos, end - pos);
        if (isSeparatorLine(line))
            return true;
        const size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#')
            return false;
        pos = end + 1;
    }
    return false;
}

/** True when \a out ends with a `...` line (the previous document is closed, YAML-wise). */
bool endsWithDocumentEnd(const QByteArray &out)
{
    qsizetype end = out.size();
    while (end > 0 && (out[end - 1] == '\n' || out[end - 1] == '\r'))
        --end;
    const qsizetype start = out.lastIndexOf('\n', end - 1) + 1;
    const QByteArrayView line(out.constData() + start, end - start);
    return line.startsWith("...") &&
        (line.size() == 3 || line[3] == ' ' || line[3] == '\t' || line[3] == '#');
}

bool hasContent(const std::string &text)
{
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line(text.data() + pos, end - pos);
        const size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#' && !isSeparatorLine(line) &&
            line.substr(0, 3) != "...")
            return true;
        pos = end + 1;
    }
    return false;
}

/**
 * Appends a document to a stream. The first document goes as it is; a later one needs the text
 * before it to end with a line break, and needs a `---` line of its own unless it has one. With
 * \a forKubectl, a document that follows a `...` line gets a `---` too (kubectl would skip it);
 * without, it is left as YAML reads it (a new document starts after `...`), so that files are
 * saved exactly as they were read.
 */
void appendDocument(QByteArray &out, const std::string &text, bool forKubectl)
{
    if (!out.isEmpty() && !text.empty()) {
        if (!out.endsWith('\n'))
            out.append('\n');
        if (!startsWithSeparator(text) && (forKubectl ? hasContent(text) : !endsWithDocumentEnd(out)))
            out.append("---\n");
    }
    out.append(text.data(), qsizetype(text.size()));
}

} // namespace

Design::Design(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &Design::updateModified);
}

void Design::attachUndoStack(QUndoStack *stack)
{
    if (std::find(m_attachedStacks.begin(), m_attachedStacks.end(), stack) != m_attachedStacks.end())
        return;
    m_attachedStacks.push_back(stack);
    connect(stack, &QUndoStack::cleanChanged, this, &Design::updateModified);
    connect(stack, &QObject::destroyed, this, [this, stack] {
        std::erase(m_attachedStacks, stack);
        updateModified();
    });
    updateModified();
}

void Design::updateModified()
{
    const bool modified = isModified();
    if (m_wasModified != modified) {
        m_wasModified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

Design::~Design() = default;

Design::Parsed Design::parse(const std::string &text, DocumentId id, const yaml::TextOrigin &origin) const
{
    Parsed parsed;
    auto doc = yaml::Document::parse(text, origin, m_limits);
    parsed.diagnostics = std::move(doc.diagnostics);
    if (!doc.document)
        return parsed;
    auto resources = ResourceParser::parse(*doc.document, id, m_limits);
    parsed.diagnostics.insert(parsed.diagnostics.end(), resources.diagnostics.begin(),
                              resources.diagnostics.end());
    parsed.yaml = std::move(doc.document);
    parsed.resources = std::move(resources.resources);
    return parsed;
}

DesignDocument Design::makeDocument(DocumentId id, Parsed parsed) const
{
    DesignDocument doc;
    doc.id = id;
    doc.yaml = std::move(parsed.yaml);
    doc.resources = std::move(parsed.resources);
    return doc;
}

Design::LoadResult Design::addFile(const QByteArray &data, const QString &path)
{
    LoadResult result;
    const QString displayName = path.isEmpty() ? QStringLiteral("<stdin>") : path;
    const std::string bytes(data.constData(), size_t(data.size()));
    auto split = yaml::Stream::split(bytes, displayName, m_limits);
    result.diagnostics = std::move(split.diagnostics);
    if (hasErrors(result.diagnostics))
        return result;

    std::vector<DesignDocument> docs;
    DocumentId next = m_nextId;
    for (yaml::DocumentText &text : split.documents) {
        const DocumentId id = next++;
        Parsed parsed = parse(text.text, id, text.origin);
        result.diagnostics.insert(result.diagnostics.end(), parsed.diagnostics.begin(),
                                  parsed.diagnostics.end());
        if (!parsed.yaml)
            continue;
        docs.push_back(makeDocument(id, std::move(parsed)));
    }
    if (hasErrors(result.diagnostics))
        return result;

    // kubectl applies the documents in order: a later object of the same kind and name replaces
    // an earlier one. Keep both, and say so.
    ensureIndex();
    QHash<QString, const Resource *> seen;
    for (const DesignDocument &doc : docs) {
        for (const Resource &r : doc.resources) {
            const QString key = indexKey(r);
            if (seen.contains(key) || m_byName.contains(key)) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.location = doc.yaml->location(doc.yaml->root());
                d.resource = r.displayName();
                d.message = tr("defined more than once; the later definition wins, as with kubectl apply");
                result.diagnostics.push_back(d);
            }
            seen.insert(key, &r);
        }
    }

    Q_EMIT aboutToReset();
    m_nextId = next;
    DesignFile file;
    file.path = path;
    file.extractedFromShell = split.extractedFromShell;
    for (DesignDocument &doc : docs) {
        file.documents.push_back(doc.id);
        m_order.push_back(doc.id);
        m_documents.insert(doc.id, std::move(doc));
    }
    m_files.push_back(std::move(file));
    invalidateIndex();
    result.ok = true;
    emitChanged({ChangeEvent::Type::Reset});
    return result;
}

Design::LoadResult Design::openFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        LoadResult result;
        result.diagnostics.push_back(
            {Diagnostic::Severity::Error, {path, 0, 0}, {}, {}, tr("cannot open: %1").arg(f.errorString())});
        return result;
    }
    const qint64 size = f.size();
    if (size > qint64(m_limits.maxFileBytes)) {
        LoadResult result;
        result.diagnostics.push_back({Diagnostic::Severity::Error,
                                      {path, 0, 0},
                                      {},
                                      {},
                                      tr("the file is larger than %1 MiB").arg(m_limits.maxFileBytes >> 20)});
        return result;
    }
    return addFile(f.readAll(), path);
}

void Design::clear()
{
    Q_EMIT aboutToReset();
    // QUndoStack::clear() does nothing on an empty stack, so a stack marked as never clean
    // (resetClean(): edits whose history was dropped) would stay modified: mark each clean too.
    m_undoStack->clear();
    m_undoStack->setClean();
    for (QUndoStack *stack : m_attachedStacks) {
        stack->clear();
        stack->setClean();
    }
    m_files.clear();
    m_order.clear();
    m_documents.clear();
    invalidateIndex();
    m_firstLines.clear();
    emitChanged({ChangeEvent::Type::Reset});
}

void Design::setFilePath(int index, const QString &path)
{
    m_files[size_t(index)].path = path;
    emitChanged({ChangeEvent::Type::FilesChanged});
}

QByteArray Design::fileText(int index) const
{
    QByteArray out;
    for (DocumentId id : m_files[size_t(index)].documents)
        appendDocument(out, m_documents.find(id)->yaml->text(), false);
    return out;
}

QByteArray Design::exportText() const
{
    QByteArray out;
    for (DocumentId id : m_order) {
        const auto it = m_documents.constFind(id);
        const DesignDocument &doc = *it;
        const bool toolOnly = std::any_of(doc.resources.begin(), doc.resources.end(),
                                          [](const Resource &r) { return r.isToolOnly(); });
        if (!toolOnly)
            appendDocument(out, doc.yaml->text(), true);
    }
    return out;
}

bool Design::save(QString *error)
{
    for (int i = 0; i < fileCount(); ++i) {
        const DesignFile &f = m_files[size_t(i)];
        if (f.path.isEmpty()) {
            if (error)
                *error = tr("the design has text that was never saved to a file; use Save As");
            return false;
        }
        QSaveFile out(f.path);
        if (!out.open(QIODevice::WriteOnly)) {
            if (error)
                *error = tr("cannot write %1: %2").arg(f.path, out.errorString());
            return false;
        }
        out.write(fileText(i));
        if (!out.commit()) {
            if (error)
                *error = tr("cannot write %1: %2").arg(f.path, out.errorString());
            return false;
        }
        m_files[size_t(i)].extractedFromShell = false;
    }
    m_undoStack->setClean();
    for (QUndoStack *stack : m_attachedStacks)
        stack->setClean();
    return true;
}

const DesignDocument *Design::document(DocumentId id) const
{
    const auto it = m_documents.constFind(id);
    return it == m_documents.constEnd() ? nullptr : &it.value();
}

int Design::fileOf(DocumentId id) const
{
    for (int i = 0; i < fileCount(); ++i) {
        const auto &docs = m_files[size_t(i)].documents;
        if (std::find(docs.begin(), docs.end(), id) != docs.end())
            return i;
    }
    return -1;
}

std::vector<const Resource *> Design::resources() const
{
    std::vector<const Resource *> list;
    list.reserve(size_t(m_order.size()));
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.constFind(id)->resources)
            list.push_back(&r);
    }
    return list;
}

std::vector<const Resource *> Design::resources(Kind kind) const
{
    std::vector<const Resource *> list;
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.constFind(id)->resources) {
            if (r.kind == kind)
                list.push_back(&r);
        }
    }
    return list;
}

const Resource *Design::resource(ResourceId id) const
{
    const auto it = m_documents.constFind(documentOf(id));
    if (it == m_documents.constEnd())
        return nullptr;
    for (const Resource &r : it->resources) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

const Resource *Design::find(Kind kind, const QString &ns, const QString &name) const
{
    ensureIndex();
    const QString key = indexKey(kind, kindName(kind), ns, name);
    const auto it = m_byName.constFind(key);
    return it == m_byName.constEnd() ? nullptr : resource(it.value());
}

const Resource *Design::find(const QString &kindName, const QString &ns, const QString &name) const
{
    ensureIndex();
    const Kind kind = [&] {
        for (int k = 0; k < KindCount; ++k) {
            if (gw::kindName(Kind(k)) == kindName)
                return Kind(k);
        }
        return Kind::Unknown;
    }();
    const auto it =
        m_byName.constFind(indexKey(kind, kindName, ns.isEmpty() ? QStringLiteral("default") : ns, name));
    return it == m_byName.constEnd() ? nullptr : resource(it.value());
}

int Design::rank(ResourceId id) const
{
    ensureIndex();
    return m_rank.value(id, INT_MAX);
}

DocumentId Design::currentScenario() const
{
    const auto isScenario = [this](DocumentId id) {
        const auto it = m_documents.constFind(id);
        return it != m_documents.constEnd() &&
            std::any_of(it->resources.begin(), it->resources.end(), [](const Resource &r) {
                   return r.kind == Kind::ToolDocument && r.kindName == u"SimulationScenario";
               });
    };
    if (m_currentScenario && isScenario(m_currentScenario))
        return m_currentScenario;
    for (DocumentId id : m_order) {
        if (isScenario(id))
            return id;
    }
    return 0;
}

void Design::setCurrentScenario(DocumentId document)
{
    if (document == m_currentScenario)
        return;
    const std::vector<PodPin> before = podPins();
    m_currentScenario = document;
    if (podPins() != before) {
        m_podsValid = false;
        Q_EMIT podsChanged();
    }
}

std::vector<PodPin> Design::podPins() const
{
    std::vector<PodPin> pins;
    const DesignDocument *doc = document(currentScenario());
    const yaml::Node *root = doc && doc->yaml ? doc->yaml->root() : nullptr;
    const yaml::Node *spec = root && root->isMapping() ? root->get("spec") : nullptr;
    const yaml::Node *list = spec && spec->isMapping() ? spec->get("pods") : nullptr;
    const auto text = [](const yaml::Node *map, const char *key) {
        const yaml::Node *n = map->get(key);
        return n && n->isScalar() ? QString::fromStdString(n->value) : QString();
    };
    for (int i = 0; list && list->isSequence() && i < list->size(); ++i) {
        const yaml::Node *item = list->itemAt(i);
        if (!item || !item->isMapping())
            continue;
        PodPin pin;
        pin.deployment = text(item, "deployment");
        pin.name = text(item, "name");
        pin.ip = text(item, "ip");
        if (const QString ns = text(item, "namespace"); !ns.isEmpty())
            pin.ns = ns;
        if (!pin.deployment.isEmpty() && !pin.name.isEmpty() && !pin.ip.isEmpty())
            pins.push_back(pin);
    }
    return pins;
}

const std::vector<Pod> &Design::pods() const
{
    if (!m_podsValid) {
        m_pods = PodPlanner::plan(resources(Kind::Deployment), podPins());
        m_podsValid = true;
    }
    return m_pods;
}

bool Design::isModified() const
{
    return !m_undoStack->isClean() ||
        std::any_of(m_attachedStacks.begin(), m_attachedStacks.end(),
                    [](const QUndoStack *s) { return !s->isClean(); });
}

void Design::invalidateIndex()
{
    m_indexValid = false;
    m_podsValid = false;
}

void Design::ensureIndex() const
{
    if (m_indexValid)
        return;
    m_byName.clear();
    m_rank.clear();
    m_byName.reserve(qsizetype(m_order.size()));
    m_rank.reserve(qsizetype(m_order.size()));
    int rank = 0;
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.constFind(id)->resources) {
            m_byName.insert(indexKey(r), r.id);
            m_rank.insert(r.id, rank++);
        }
    }
    m_indexValid = true;
}

int Design::firstLineOf(int file, int position) const
{
    // Line numbers of documents in their file, cached: an edit in a 10,000-document file must not
    // walk all documents before it. Cleared when documents come, go or change their line count.
    if (m_firstLines.size() != m_files.size())
        m_firstLines.assign(m_files.size(), {});
    std::vector<int> &lines = m_firstLines[size_t(file)];
    const DesignFile &f = m_files[size_t(file)];
    if (lines.size() != f.documents.size() + 1) {
        lines.clear();
        lines.reserve(f.documents.size() + 1);
        int line = 1;
        lines.push_back(line);
        for (DocumentId id : f.documents) {
            line += m_documents.find(id)->yaml->lineCount() - 1;
            lines.push_back(line);
        }
    }
    return lines[size_t(std::clamp(position, 0, int(f.documents.size())))];
}

void Design::emitChanged(ChangeEvent event)
{
    Q_EMIT changed(event);
}

void Design::setDocumentText(DocumentId id, const std::string &text, const yaml::Path &field)
{
    auto it = m_documents.find(id);
    if (it == m_documents.end())
        return;
    const int file = fileOf(id);
    const auto &docs = m_files[size_t(file)].documents;
    const int position = int(std::find(docs.begin(), docs.end(), id) - docs.begin());
    Parsed parsed = parse(text, id, {m_files[size_t(file)].path, firstLineOf(file, position), {}});
    if (!parsed.yaml) {
        qWarning("gw::Design: refusing an edit that does not parse (a command should have checked it)");
        return;
    }
    ChangeEvent event {ChangeEvent::Type::DocumentChanged, id};
    QStringList keysBefore;
    for (const Resource &r : it->resources) {
        event.resourcesBefore.push_back(r.id);
        keysBefore.append(indexKey(r));
    }
    const int linesBefore = it->yaml->lineCount();
    *it = makeDocument(id, std::move(parsed));
    if (it->yaml->lineCount() != linesBefore)
        m_firstLines.clear();
    QStringList keysAfter;
    for (const Resource &r : it->resources) {
        event.resourcesAfter.push_back(r.id);
        keysAfter.append(indexKey(r));
    }
    event.field = field;
    // Most edits change a field, not a name: then the index stays as it is.
    if (keysBefore != keysAfter || event.resourcesBefore != event.resourcesAfter)
        invalidateIndex();
    m_podsValid = false;
    emitChanged(std::move(event));
}

void Design::insertDocument(int file, int position, DocumentId id, const std::string &text)
{
    if (m_files.empty()) {
        m_files.emplace_back();
        emitChanged({ChangeEvent::Type::FilesChanged});
    }
    file = std::clamp(file, 0, fileCount() - 1);
    DesignFile &f = m_files[size_t(file)];
    position = std::clamp(position, 0, int(f.documents.size()));
    // Line numbers of the new document in its file, for messages.
    Parsed parsed = parse(text, id, {f.path, firstLineOf(file, position), {}});
    if (!parsed.yaml) {
        qWarning("gw::Design: refusing a document that does not parse (a command should have checked it)");
        return;
    }
    // Global index: documents of the earlier files, then the position in this file.
    int index = position;
    for (int i = 0; i < file; ++i)
        index += int(m_files[size_t(i)].documents.size());
    Q_EMIT documentAboutToBeInserted(index);
    f.documents.insert(f.documents.begin() + position, id);
    m_order.insert(m_order.begin() + index, id);
    m_documents.insert(id, makeDocument(id, std::move(parsed)));
    m_nextId = std::max(m_nextId, id + 1);
    invalidateIndex();
    // Appending (opening, pasting) extends the line numbers; anything else recounts them.
    if (file < int(m_firstLines.size()) && position + 1 == int(f.documents.size()) &&
        m_firstLines[size_t(file)].size() == f.documents.size()) {
        auto &lines = m_firstLines[size_t(file)];
        lines.push_back(lines.back() + m_documents.find(id)->yaml->lineCount() - 1);
    } else {
        m_firstLines.clear();
    }
    Q_EMIT documentInserted(index);
    ChangeEvent event {ChangeEvent::Type::DocumentInserted, id};
    for (const Resource &r : m_documents.value(id).resources)
        event.resourcesAfter.push_back(r.id);
    emitChanged(std::move(event));
}

void Design::removeFile(int index)
{
    if (index < 0 || index >= fileCount() || !m_files[size_t(index)].documents.empty())
        return;
    m_files.erase(m_files.begin() + index);
    m_firstLines.clear();
    emitChanged({ChangeEvent::Type::FilesChanged});
}

void Design::removeDocument(DocumentId id)
{
    const auto pos = std::find(m_order.begin(), m_order.end(), id);
    if (pos == m_order.end())
        return;
    const int index = int(pos - m_order.begin());
    ChangeEvent event {ChangeEvent::Type::DocumentRemoved, id};
    for (const Resource &r : m_documents.value(id).resources)
        event.resourcesBefore.push_back(r.id);
    Q_EMIT documentAboutToBeRemoved(index);
    m_order.erase(pos);
    for (DesignFile &f : m_files)
        f.documents.erase(std::remove(f.documents.begin(), f.documents.end(), id), f.documents.end());
    m_documents.remove(id);
    invalidateIndex();
    m_firstLines.clear();
    Q_EMIT documentRemoved(index);
    emitChanged(std::move(event));
}

} // namespace gw
