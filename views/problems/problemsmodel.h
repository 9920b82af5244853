// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "views/common/health.h"
#include "yaml/diagnostic.h"
#include "yaml/path.h"

#include <QAbstractTableModel>
#include <vector>

namespace gw {
class Design;
}

namespace gw::views {

class PreviewSession;

/**
 * Everything that is not right with the design, in one list: the status conditions NGF would
 * report that are not healthy (with NGF's exact message), the problems the preview engine found,
 * and the diagnostics of loading and importing files. Each row links to its resource and field.
 * Errors come first, then warnings, each in the order they were reported.
 */
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MessageColumn, ResourceColumn, FieldColumn, LocationColumn, ColumnCount };
    enum Role { ResourceIdRole = Qt::UserRole + 1, FieldRole, HealthRole };

    struct Problem
    {
        Health health = Health::Error;
        QString message; ///< "ResolvedRefs/BackendNotFound: spec.rules[0]...: Not found"
        QString detail; ///< the message alone, as NGF (or the loader) words it: for the form's field
        ResourceId resource = 0;
        QString resourceName; ///< "HTTPRoute default/coffee"
        yaml::Path field;
        QString location; ///< "cafe.yaml:12:5"
    };

    ProblemsModel(PreviewSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Problem &problem(int row) const { return m_problems[size_t(row)]; }
    int errorCount() const;
    int warningCount() const;

    /** Diagnostics of the last load or import (kept until the next one, or a new design). */
    void setLoadDiagnostics(const Diagnostics &diagnostics);

Q_SIGNALS:
    void countsChanged(int errors, int warnings);

private:
    void rebuild();
    Problem fromDiagnostic(const Diagnostic &d) const;
    /** "cafe.yaml:12:5": where \a field of \a r is written (its key), in the file's name. */
    QString locationOf(const Resource &r, const yaml::Path &field) const;
    /** A file as the window names it: "cafe.yaml", or "Untitled" for text never saved. */
    static QString fileLabel(const QString &path);

    PreviewSession *m_session;
    Diagnostics m_loadDiagnostics;
    std::vector<Problem> m_problems;
};

} // namespace gw::views
