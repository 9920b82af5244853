// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"
#include "migrate/ingressconverter.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <set>
#include <vector>

namespace gw {
class Design;
}

namespace gw::views {

/**
 * The lines of a MigrationReport (`gwstudio migrate`'s report, docs/migration.md) as a table: one
 * row per annotation or field with its verdict, the Ingress, the annotation and its value, and the
 * explanation. Rows can be filtered by verdict. Each row is linked to the resource of the converted
 * design its line produced (MigrationReport::Line::resources: the policy, filter, Secret, route or
 * Gateway listener); a line that produced nothing links to its Ingress when the design has it
 * (resourceAt(), looked up in the live design by kind, namespace and name, so it follows undo).
 */
class MigrationReportModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Status = migrate::MigrationReport::Status;
    enum Column {
        VerdictColumn,
        IngressColumn,
        AnnotationColumn,
        ValueColumn,
        ExplanationColumn,
        ColumnCount
    };
    enum Role { StatusRole = Qt::UserRole + 1, ResourceRole };

    explicit MigrationReportModel(QObject *parent = nullptr);

    /** Shows \a result's report; rows link into \a design (may be null: no links). */
    void setResult(const migrate::ConversionResult &result, const QString &gatewayName, Design *design);
    void clear();

    /** Shows only the rows whose verdict is in the set (all three by default). */
    void setStatusVisible(Status status, bool visible);
    bool isStatusVisible(Status status) const { return m_visible.count(status) > 0; }

    /** The report line of row \a row (of the rows shown). */
    const migrate::MigrationReport::Line &line(int row) const;
    /** The first resource row \a row's line produced that is in the design, else its Ingress if the
     *  design has it; 0 when none is there. */
    ResourceId resourceAt(int row) const;
    /** "RateLimitPolicy default/admin-ratelimit", one per resource row \a row's line produced. */
    QStringList resourceNames(int row) const;
    /** "2 items converted, 1 converted with a difference, 0 not convertible" over every line. */
    QString summary() const;
    /** Every line of the report, shown or not. */
    int totalCount() const { return int(m_all.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    void refilter();

    std::vector<migrate::MigrationReport::Line> m_all;
    std::vector<int> m_rows; ///< indexes into m_all of the rows shown
    std::set<Status> m_visible {Status::Converted, Status::Difference, Status::NotConvertible};
    QPointer<Design> m_design;
};

} // namespace gw::views
