// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/migrate/migrationreportmodel.h"

#include "core/design.h"

#include <QColor>

namespace gw::views {

MigrationReportModel::MigrationReportModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MigrationReportModel::setResult(const migrate::ConversionResult &result, const QString &gatewayName,
                                     Design *design)
{
    beginResetModel();
    Q_UNUSED(gatewayName);
    m_all = result.report.lines();
    m_design = design;
    m_rows.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (m_visible.count(m_all[size_t(i)].status))
            m_rows.push_back(i);
    }
    endResetModel();
}

void MigrationReportModel::clear()
{
    setResult({}, {}, nullptr);
}

void MigrationReportModel::setStatusVisible(Status status, bool visible)
{
    if (visible == isStatusVisible(status))
        return;
    if (visible)
        m_visible.insert(status);
    else
        m_visible.erase(status);
    refilter();
}

void MigrationReportModel::refilter()
{
    beginResetModel();
    m_rows.clear();
    for (int i = 0; i < int(m_all.size()); ++i) {
        if (m_visible.count(m_all[size_t(i)].status))
            m_rows.push_back(i);
    }
    endResetModel();
}

const migrate::MigrationReport::Line &MigrationReportModel::line(int row) const
{
    return m_all[size_t(m_rows[size_t(row)])];
}

ResourceId MigrationReportModel::resourceAt(int row) const
{
    if (!m_design || row < 0 || row >= int(m_rows.size()))
        return 0;
    const migrate::MigrationReport::Line &l = line(row);
    for (const migrate::MigrationReport::ResourceRef &ref : l.resources) {
        if (const Resource *r = m_design->find(ref.kind, ref.ns, ref.name))
            return r->id;
    }
    // Nothing produced (or deleted since): the source Ingress, when the design has it ("ns/name").
    if (l.ingress.count(u'/') == 1) {
        if (const Resource *r = m_design->find(QStringLiteral("Ingress"), l.ingress.section(u'/', 0, 0),
                                               l.ingress.section(u'/', 1)))
            return r->id;
    }
    return 0;
}

QStringList MigrationReportModel::resourceNames(int row) const
{
    QStringList names;
    if (row < 0 || row >= int(m_rows.size()))
        return names;
    for (const migrate::MigrationReport::ResourceRef &ref : line(row).resources) {
        QString name = ref.kind + u' ' + ref.ns + u'/' + ref.name;
        if (!ref.section.isEmpty())
            name = tr("%1, listener %2").arg(name, ref.section);
        names << name;
    }
    return names;
}

QString MigrationReportModel::summary() const
{
    int counts[3] = {0, 0, 0};
    for (const auto &l : m_all)
        ++counts[int(l.status)];
    return tr("%n item(s) converted", nullptr, counts[0]) + QStringLiteral(", ") +
        tr("%n with a difference", nullptr, counts[1]) + QStringLiteral(", ") +
        tr("%n not convertible", nullptr, counts[2]);
}

int MigrationReportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationReportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationReportModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const migrate::MigrationReport::Line &l = line(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case VerdictColumn:
            return migrate::MigrationReport::statusText(l.status);
        case IngressColumn:
            return l.ingress;
        case AnnotationColumn:
            return l.annotation;
        case ValueColumn:
            return l.value;
        case ExplanationColumn:
            return l.message;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        // The cell's whole text (values can be long), then what selecting the row selects.
        QString tip = index.column() == ValueColumn ? l.value : l.message;
        const QStringList names = resourceNames(index.row());
        tip += QStringLiteral("\n\n") +
            (names.isEmpty() ? tr("Produced nothing: selects the Ingress if the design has it")
                             : tr("Produced: %1").arg(names.join(QStringLiteral(", "))));
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() != VerdictColumn)
            return {};
        switch (l.status) {
        case Status::Converted:
            return QColor(0x2e, 0x7d, 0x32);
        case Status::Difference:
            return QColor(0xef, 0x8f, 0x00);
        case Status::NotConvertible:
            return QColor(0xc6, 0x28, 0x28);
        }
        return {};
    case StatusRole:
        return int(l.status);
    case ResourceRole:
        return QVariant::fromValue(resourceAt(index.row()));
    default:
        return {};
    }
}

QVariant MigrationReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case VerdictColumn:
        return tr("Verdict");
    case IngressColumn:
        return tr("Ingress");
    case AnnotationColumn:
        return tr("Annotation");
    case ValueColumn:
        return tr("Value");
    case ExplanationColumn:
        return tr("Explanation");
    default:
        return {};
    }
}

void MigrationReportModel::retranslate()
{
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace gw::views
