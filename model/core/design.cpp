// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/design.h"

#include "core/podplanner.h"
#include "core/resourceparser.h"
#include "yaml/stream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUndoStack>

namespace gw {

namespace {

QString indexKey(Kind kind, const QString &kindName, const QString &ns, const QString &name)
{
    return (kind == Kind::Unknown ? kindName : kindName) + u'/' + ns + u'/' + name;
}

/** True when the first line that is not blank or a comment is a `---` line. */
bool startsWithSeparator(const std::string &text)
{
    size_t pos = 0;
    while (pos < text.size()) {
        const size_t end = std::min(text.find('\n', pos), text.size());
        const std::string_view line(text.data() + pos, end - pos);
        if (line.substr(0, 3) == "---")
            return true;
        const size_t first = line.find_first_not_of(" \t\r");
        if (first != std::string_view::npos && line[first] != '#')
            return false;
        pos = end + 1;
    }
    return false;
}

int countLines(const std::string &text)
{
    return int(std::count(text.begin(), text.end(), '\n'));
}

} // namespace

Design::Design(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (m_wasModified != !clean) {
            m_wasModified = !clean;
            Q_EMIT modifiedChanged(!clean);
        }
    });
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
    QHash<QString, const Resource *> seen;
    for (const DesignDocument &doc : docs) {
        for (const Resource &r : doc.resources) {
            const QString key = indexKey(r.kind, r.kindName, r.meta.ns, r.meta.name);
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
    rebuildIndex();
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
    m_undoStack->clear();
    m_files.clear();
    m_order.clear();
    m_documents.clear();
    rebuildIndex();
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
    for (DocumentId id : m_files[size_t(index)].documents) {
        const std::string &text = m_documents.value(id).yaml->text();
        out.append(text.data(), qsizetype(text.size()));
    }
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
        if (toolOnly)
            continue;
        const std::string &text = doc.yaml->text();
        if (!out.isEmpty()) {
            if (!out.endsWith('\n'))
                out.append('\n');
            // The document needs a separator of its own when it does not start with one (the first
            // document of a file, or one after a skipped document).
            const bool hasSeparator = startsWithSeparator(text);
            if (!hasSeparator)
                out.append("---\n");
        }
        out.append(text.data(), qsizetype(text.size()));
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
    list.reserve(size_t(m_resources.size()));
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.find(id).value().resources)
            list.push_back(&r);
    }
    return list;
}

std::vector<const Resource *> Design::resources(Kind kind) const
{
    std::vector<const Resource *> list;
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.find(id).value().resources) {
            if (r.kind == kind)
                list.push_back(&r);
        }
    }
    return list;
}

const Resource *Design::resource(ResourceId id) const
{
    return m_resources.value(id, nullptr);
}

const Resource *Design::find(Kind kind, const QString &ns, const QString &name) const
{
    const QString key = indexKey(kind, kindName(kind), isNamespaced(kind) ? ns : QString(), name);
    const auto it = m_byName.constFind(key);
    return it == m_byName.constEnd() ? nullptr : resource(it.value());
}

int Design::rank(ResourceId id) const
{
    return m_rank.value(id, INT_MAX);
}

const std::vector<Pod> &Design::pods() const
{
    if (!m_podsValid) {
        m_pods = PodPlanner::plan(resources(Kind::Deployment));
        m_podsValid = true;
    }
    return m_pods;
}

bool Design::isModified() const
{
    return !m_undoStack->isClean();
}

void Design::rebuildIndex()
{
    m_resources.clear();
    m_byName.clear();
    m_rank.clear();
    int rank = 0;
    for (DocumentId id : m_order) {
        for (const Resource &r : m_documents.find(id).value().resources) {
            m_resources.insert(r.id, &r);
            m_byName.insert(indexKey(r.kind, r.kindName, r.meta.ns, r.meta.name), r.id);
            m_rank.insert(r.id, rank++);
        }
    }
    m_podsValid = false;
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
    yaml::TextOrigin origin = it->yaml->origin();
    origin.lineMap.clear();
    Parsed parsed = parse(text, id, origin);
    if (!parsed.yaml) {
        qWarning("gw::Design: refusing an edit that does not parse (a command should have checked it)");
        return;
    }
    ChangeEvent event {ChangeEvent::Type::DocumentChanged, id};
    for (const Resource &r : it->resources)
        event.resourcesBefore.push_back(r.id);
    *it = makeDocument(id, std::move(parsed));
    for (const Resource &r : it->resources)
        event.resourcesAfter.push_back(r.id);
    event.field = field;
    rebuildIndex();
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
    int firstLine = 1;
    for (int i = 0; i < position; ++i)
        firstLine += countLines(m_documents.value(f.documents[size_t(i)]).yaml->text());
    Parsed parsed = parse(text, id, {f.path, firstLine, {}});
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
    rebuildIndex();
    Q_EMIT documentInserted(index);
    ChangeEvent event {ChangeEvent::Type::DocumentInserted, id};
    for (const Resource &r : m_documents.value(id).resources)
        event.resourcesAfter.push_back(r.id);
    emitChanged(std::move(event));
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
    rebuildIndex();
    Q_EMIT documentRemoved(index);
    emitChanged(std::move(event));
}

} // namespace gw
