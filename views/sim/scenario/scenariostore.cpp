// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/scenario/scenariostore.h"

#include "core/commands/addremovedocument.h"
#include "core/commands/editdocument.h"
#include "core/design.h"
#include "core/route.h"
#include "sim/scenarioparser.h"
#include "views/sim/scenario/scenarioeditcommand.h"
#include "yaml/editor.h"

#include <QSet>
#include <QUndoStack>

namespace gw::views {

namespace {

/** Whether \a command, or one of its children, is a design command on \a document. */
bool touches(const QUndoCommand *command, DocumentId document)
{
    if (const auto *edit = dynamic_cast<const EditDocument *>(command); edit && edit->document() == document)
        return true;
    if (const auto *add = dynamic_cast<const AddDocument *>(command); add && add->document() == document)
        return true;
    if (const auto *remove = dynamic_cast<const RemoveDocument *>(command);
        remove && remove->document() == document)
        return true;
    for (int i = 0; i < command->childCount(); ++i) {
        if (touches(command->child(i), document))
            return true;
    }
    return false;
}

/**
 * Clears \a stack if one of its commands was made for \a document's text, which the store is
 * about to change; like ScenarioStore::dropHistory(), a stack that held unsaved edits stays
 * never clean.
 */
void dropHistoryOf(QUndoStack *stack, DocumentId document)
{
    bool found = false;
    for (int i = 0; i < stack->count() && !found; ++i)
        found = touches(stack->command(i), document);
    if (!found)
        return;
    const bool unsaved = !stack->isClean();
    stack->clear();
    if (unsaved)
        stack->resetClean();
}

} // namespace

ScenarioStore::ScenarioStore(Design *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
    , m_undoStack(new QUndoStack(this))
{
    m_undoStack->setObjectName(QStringLiteral("scenarioUndoStack"));
    design->attachUndoStack(m_undoStack);
    connect(design, &Design::changed, this, &ScenarioStore::designChanged);
    rescan();
    if (!m_scenarios.empty())
        setCurrent(m_scenarios.front());
}

ScenarioStore::~ScenarioStore() = default;

QString ScenarioStore::name(DocumentId document) const
{
    const DesignDocument *doc = m_design->document(document);
    const yaml::Node *node = doc ? doc->yaml->find(yaml::Path::of("metadata.name")) : nullptr;
    return node && node->isScalar() ? QString::fromStdString(node->value) : QString();
}

void ScenarioStore::setCurrent(DocumentId document)
{
    if (document && std::find(m_scenarios.begin(), m_scenarios.end(), document) == m_scenarios.end())
        document = 0;
    if (document == m_current)
        return;
    m_current = document;
    reparse();
    Q_EMIT currentChanged(m_current);
    Q_EMIT scenarioChanged();
}

const DesignDocument *ScenarioStore::currentDocument() const
{
    return m_current ? m_design->document(m_current) : nullptr;
}

QByteArray ScenarioStore::text() const
{
    const DesignDocument *doc = currentDocument();
    return doc ? QByteArray::fromStdString(doc->yaml->text()) : QByteArray();
}

const yaml::Value *ScenarioStore::value(const yaml::Path &path) const
{
    return m_root ? m_root->at(path) : nullptr;
}

QString ScenarioStore::scalar(const yaml::Path &path) const
{
    const yaml::Value *v = value(path);
    return v && v->isScalar() && !v->isNull() ? QString::fromStdString(v->scalarText()) : QString();
}

int ScenarioStore::count(const yaml::Path &path) const
{
    const yaml::Value *v = value(path);
    return v && v->isSequence() ? v->size() : 0;
}

bool ScenarioStore::commit(const std::string &text, const QString &undoText, const yaml::Path &mergePath)
{
    const DesignDocument *doc = currentDocument();
    if (!doc) {
        m_error = tr("there is no scenario to edit");
        return false;
    }
    if (text == doc->yaml->text())
        return true;
    const Design::Parsed parsed = m_design->parse(text, m_current);
    if (!parsed.yaml) {
        m_error = parsed.diagnostics.empty() ? tr("the edit does not read as YAML")
                                             : parsed.diagnostics.front().message;
        return false;
    }
    // The design's stack must not keep steps made for the text this edit replaces (undoing one
    // there would overwrite this edit): the mirror of dropHistory().
    dropHistoryOf(m_design->undoStack(), m_current);
    m_undoStack->push(new ScenarioEditCommand(this, m_current, doc->yaml->text(), text, undoText, mergePath));
    return true;
}

bool ScenarioStore::setField(const yaml::Path &path, const yaml::Value &value, const QString &undoText)
{
    const DesignDocument *doc = currentDocument();
    if (!doc) {
        m_error = tr("there is no scenario to edit");
        return false;
    }
    if (const yaml::Value *old = this->value(path); old && *old == value)
        return true;
    const yaml::Editor::Result r = yaml::Editor::set(*doc->yaml, path, value);
    if (!r.ok()) {
        m_error = r.error;
        return false;
    }
    return commit(r.text, undoText, value.isScalar() ? path : yaml::Path());
}

bool ScenarioStore::insertItem(const yaml::Path &sequence, int index, const yaml::Value &value,
                               const QString &undoText)
{
    const DesignDocument *doc = currentDocument();
    if (!doc) {
        m_error = tr("there is no scenario to edit");
        return false;
    }
    const yaml::Editor::Result r = yaml::Editor::insert(*doc->yaml, sequence, index, value);
    if (!r.ok()) {
        m_error = r.error;
        return false;
    }
    return commit(r.text, undoText, {});
}

bool ScenarioStore::removeField(const yaml::Path &path, const QString &undoText)
{
    const DesignDocument *doc = currentDocument();
    if (!doc) {
        m_error = tr("there is no scenario to edit");
        return false;
    }
    if (!value(path))
        return true;
    const yaml::Editor::Result r = yaml::Editor::remove(*doc->yaml, path);
    if (!r.ok()) {
        m_error = r.error;
        return false;
    }
    return commit(r.text, undoText, {});
}

bool ScenarioStore::moveItem(const yaml::Path &sequence, int from, int to, const QString &undoText)
{
    const DesignDocument *doc = currentDocument();
    if (!doc) {
        m_error = tr("there is no scenario to edit");
        return false;
    }
    if (from == to)
        return true;
    const yaml::Editor::Result r = yaml::Editor::move(*doc->yaml, sequence, from, to);
    if (!r.ok()) {
        m_error = r.error;
        return false;
    }
    return commit(r.text, undoText, {});
}

yaml::Value ScenarioStore::scenarioTemplate(const Design &design, const QString &name)
{
    // The design's routes: every hostname with the path of every rule's matches (at most six).
    yaml::Value routes = yaml::Value::sequence();
    QSet<QString> seen;
    for (const Resource *r : design.resources(Kind::HTTPRoute)) {
        const Route *route = r->as<Route>();
        if (!route)
            continue;
        const QString host =
            route->hostnames.empty() ? QStringLiteral("example.com") : route->hostnames.front();
        for (const RouteRule &rule : route->rules) {
            QString path = QStringLiteral("/");
            if (!rule.matches.empty() && rule.matches.front().path)
                path = rule.matches.front().path->value;
            if (path.isEmpty())
                path = QStringLiteral("/");
            if (seen.contains(host + path) || routes.size() >= 6)
                continue;
            seen.insert(host + path);
            routes.append(yaml::Value::mapping().set("host", host).set("path", path).set("weight", 1));
        }
    }
    if (routes.size() == 0)
        routes.append(yaml::Value::mapping().set("host", "example.com").set("path", "/").set("weight", 1));

    yaml::Value population = yaml::Value::mapping();
    population.set("name", "clients")
        .set("clients", 100)
        .set("addresses", yaml::Value::mapping().set("plan", "distinct"))
        .set("cookieJar", true)
        .set("rampUp", "30s")
        .set("sessions", 3)
        .set("requestsPerSession", 10)
        .set("thinkTime", "2s")
        .set("sessionGap", "30s")
        .set("routes", routes);
    yaml::Value spec = yaml::Value::mapping();
    spec.set("seed", 1)
        .set("duration", "5m")
        .set("gateway", yaml::Value::mapping().set("replicas", 1))
        .set("populations", yaml::Value::sequence().append(population))
        .set("events", yaml::Value::sequence());
    yaml::Value doc = yaml::Value::mapping();
    doc.set("apiVersion", "gwstudio.dev/v1alpha1")
        .set("kind", "SimulationScenario")
        .set("metadata", yaml::Value::mapping().set("name", name))
        .set("spec", spec);
    return doc;
}

DocumentId ScenarioStore::newScenario(const QString &requested)
{
    QString name = requested;
    if (name.isEmpty()) {
        QSet<QString> taken;
        for (DocumentId id : m_scenarios)
            taken.insert(this->name(id));
        for (int n = 1; name.isEmpty() || taken.contains(name); ++n)
            name = QStringLiteral("scenario-%1").arg(n);
    }
    const int file = 0;
    const bool needsSeparator = m_design->fileCount() > 0 && !m_design->file(file).documents.empty();
    const std::string text = yaml::Editor::emitDocument(scenarioTemplate(*m_design, name), needsSeparator);
    const DocumentId id = m_design->allocateDocumentId();
    const int position = m_design->fileCount() > 0 ? int(m_design->file(file).documents.size()) : 0;
    // Checked before it is pushed: a refused insert must not leave an undo step that does nothing.
    if (const Design::Parsed parsed = m_design->parse(text, id); !parsed.yaml) {
        m_error = parsed.diagnostics.empty() ? tr("the new scenario could not be added")
                                             : parsed.diagnostics.front().message;
        return 0;
    }
    m_undoStack->push(
        new AddScenarioCommand(this, file, position, id, text, tr("New Scenario %1").arg(name)));
    if (!m_design->document(id)) {
        m_error = tr("the new scenario could not be added");
        return 0;
    }
    setCurrent(id);
    return id;
}

void ScenarioStore::applyText(DocumentId document, const std::string &text)
{
    m_applying = true;
    m_design->setDocumentText(document, text);
    m_applying = false;
}

void ScenarioStore::applyInsert(DocumentId document, int file, int position, const std::string &text)
{
    m_applying = true;
    // On an empty design the insert creates an unnamed file: undo takes it away again.
    if (m_design->fileCount() == 0)
        m_createdFiles.insert(document);
    else
        m_createdFiles.remove(document);
    m_design->insertDocument(file, position, document, text);
    m_applying = false;
}

void ScenarioStore::applyRemove(DocumentId document)
{
    m_applying = true;
    const int file = m_design->fileOf(document);
    m_design->removeDocument(document);
    if (m_createdFiles.remove(document) && file >= 0 && file < m_design->fileCount() &&
        m_design->file(file).path.isEmpty())
        m_design->removeFile(file);
    m_applying = false;
}

void ScenarioStore::dropHistory()
{
    if (m_undoStack->count() == 0)
        return;
    const bool unsaved = !m_undoStack->isClean();
    m_undoStack->clear();
    // The text still holds the edits: the design must not look saved.
    if (unsaved)
        m_undoStack->resetClean();
}

void ScenarioStore::rescan()
{
    std::vector<DocumentId> found;
    for (DocumentId id : m_design->documents()) {
        const DesignDocument *doc = m_design->document(id);
        if (doc && doc->yaml && sim::ScenarioParser::isScenario(*doc->yaml))
            found.push_back(id);
    }
    m_scenarios = std::move(found);
}

void ScenarioStore::reparse()
{
    m_root.reset();
    m_scenario.reset();
    m_diagnostics.clear();
    const DesignDocument *doc = currentDocument();
    if (!doc)
        return;
    if (doc->yaml->root())
        m_root = yaml::Value::fromNode(*doc->yaml, doc->yaml->root());
    m_scenario = sim::ScenarioParser::parse(*doc->yaml, m_diagnostics);
}

void ScenarioStore::switchTo(DocumentId document)
{
    m_current = document;
    reparse();
    Q_EMIT currentChanged(m_current);
    Q_EMIT scenarioChanged();
}

bool ScenarioStore::isScenario(DocumentId document) const
{
    return std::find(m_scenarios.begin(), m_scenarios.end(), document) != m_scenarios.end();
}

void ScenarioStore::designChanged(const ChangeEvent &event)
{
    const bool was = isScenario(event.document);
    switch (event.type) {
    case ChangeEvent::Type::FilesChanged: // a file was added or renamed: documents stay as they are
        rescan();
        Q_EMIT scenariosChanged();
        return;
    case ChangeEvent::Type::Reset:
        if (!m_applying)
            dropHistory();
        rescan();
        switchTo(m_scenarios.empty() ? 0 : m_scenarios.front());
        Q_EMIT scenariosChanged();
        return;
    case ChangeEvent::Type::DocumentChanged: {
        rescan();
        const bool is = isScenario(event.document);
        if (!was && !is)
            return;
        if (!m_applying)
            dropHistory();
        if (event.document == m_current && is) { // an edit: same scenario, new text
            reparse();
            Q_EMIT scenarioChanged();
        } else if (event.document == m_current) { // no longer a scenario
            switchTo(m_scenarios.empty() ? 0 : m_scenarios.front());
        } else if (!m_current && is)
            switchTo(event.document);
        Q_EMIT scenariosChanged();
        return;
    }
    case ChangeEvent::Type::DocumentInserted:
        rescan();
        if (!isScenario(event.document))
            return;
        if (!m_current)
            switchTo(event.document);
        Q_EMIT scenariosChanged();
        return;
    case ChangeEvent::Type::DocumentRemoved:
        if (!was)
            return;
        if (!m_applying)
            dropHistory();
        rescan();
        if (event.document == m_current)
            switchTo(m_scenarios.empty() ? 0 : m_scenarios.front());
        Q_EMIT scenariosChanged();
        return;
    }
}

} // namespace gw::views
