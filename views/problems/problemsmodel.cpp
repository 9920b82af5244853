// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/problems/problemsmodel.h"

#include "core/design.h"
#include "views/common/icons.h"
#include "views/preview/previewsession.h"
#include "yaml/node.h"

#include <QFileInfo>
#include <algorithm>

namespace gw::views {

ProblemsModel::ProblemsModel(PreviewSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &PreviewSession::updated, this, &ProblemsModel::rebuild);
    connect(session->design(), &Design::aboutToReset, this, [this] { m_loadDiagnostics.clear(); });
    rebuild();
}

void ProblemsModel::setLoadDiagnostics(const Diagnostics &diagnostics)
{
    m_loadDiagnostics = diagnostics;
    rebuild();
}

QString ProblemsModel::fileLabel(const QString &path)
{
    return path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
}

QString ProblemsModel::locationOf(const Resource &r, const yaml::Path &field) const
{
    const Design *design = m_session->design();
    const DesignDocument *doc = design->document(r.document);
    if (!doc || !doc->yaml)
        return {};
    const yaml::Node *node = doc->yaml->find(r.basePath + field);
    if (!node)
        node = doc->yaml->find(r.basePath);
    if (!node)
        node = doc->yaml->root();
    // A field is where its key is written, not where its value starts.
    if (node && node->parent && node->parent->isMapping()) {
        const auto &children = node->parent->children;
        for (size_t i = 1; i < children.size(); i += 2) {
            if (children[i] == node)
                node = children[i - 1];
        }
    }
    SourceLocation loc = doc->yaml->location(node);
    // The document's file as the window names it: its file name, or "Untitled" before a save.
    const int file = design->fileOf(r.document);
    loc.file = fileLabel(file >= 0 ? design->file(file).path : QString());
    return loc.toString();
}

ProblemsModel::Problem ProblemsModel::fromDiagnostic(const Diagnostic &d) const
{
    Problem p;
    p.health = d.severity == Diagnostic::Severity::Error ? Health::Error : Health::Warning;
    p.message = d.message;
    p.detail = d.message;
    p.resourceName = d.resource;
    if (const auto path = yaml::Path::parse(d.field.toStdString()))
        p.field = *path;
    // Diagnostics name their resource as text ("HTTPRoute default/coffee"): find it.
    const Resource *resource = nullptr;
    if (!d.resource.isEmpty()) {
        for (const Resource *r : m_session->design()->resources()) {
            if (r->displayName() == d.resource) {
                resource = r;
                break;
            }
        }
    }
    p.resource = resource ? resource->id : 0;
    if (d.location.isValid()) {
        SourceLocation loc = d.location;
        loc.file = fileLabel(loc.file);
        p.location = loc.toString();
    } else if (resource) {
        // The model's notes know the resource and field, not the line: look it up.
        p.location = locationOf(*resource, p.field);
    } else if (!d.location.file.isEmpty()) {
        p.location = fileLabel(d.location.file);
    }
    return p;
}

void ProblemsModel::rebuild()
{
    const Design *design = m_session->design();
    std::vector<Problem> list;
    for (const Diagnostic &d : m_loadDiagnostics)
        list.push_back(fromDiagnostic(d));
    for (const Diagnostic &d : m_session->result().diagnostics)
        list.push_back(fromDiagnostic(d));
    for (const StatusCondition &c : m_session->result().conditions) {
        if (c.health == Health::Healthy || c.health == Health::Unknown)
            continue;
        Problem p;
        p.health = c.health;
        p.message = c.type + u'=' + c.status + u'/' + c.reason + QStringLiteral(": ") + c.message;
        p.detail = c.message;
        if (!c.scope.isEmpty())
            p.message = c.scope + QStringLiteral(": ") + p.message;
        p.resource = c.source.resource;
        p.field = c.source.field;
        if (const Resource *r = design->resource(c.source.resource)) {
            p.resourceName = r->displayName();
            p.location = locationOf(*r, c.source.field);
        }
        list.push_back(std::move(p));
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Problem &a, const Problem &b) { return int(a.health) > int(b.health); });
    beginResetModel();
    m_problems = std::move(list);
    endResetModel();
    Q_EMIT countsChanged(errorCount(), warningCount());
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [](const Problem &p) { return p.health == Health::Error; }));
}

int ProblemsModel::warningCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [](const Problem &p) { return p.health == Health::Warning; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_problems.size()))
        return {};
    const Problem &p = m_problems[size_t(index.row())];
    switch (role) {
    case ResourceIdRole:
        return QVariant::fromValue<quint64>(p.resource);
    case FieldRole:
        return p.field.toQString();
    case HealthRole:
        return int(p.health);
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? QVariant(Icons::health(p.health)) : QVariant();
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case MessageColumn:
            return p.message;
        case ResourceColumn:
            return p.resourceName;
        case FieldColumn:
            return p.field.toQString();
        case LocationColumn:
            return p.location;
        default:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case ResourceColumn:
        return tr("Resource");
    case FieldColumn:
        return tr("Field");
    case LocationColumn:
        return tr("Location");
    default:
        break;
    }
    return {};
}

} // namespace gw::views
