// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/sim/results/kpimodel.h"

#include "sim/verdict.h"

#include <QLocale>

#include <cmath>

namespace gw::views {

namespace {

QString percent(double share)
{
    return sim::Verdict::percent(share, 1);
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

KpiModel::KpiModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void KpiModel::setResult(std::shared_ptr<const sim::SimulationResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    m_groups.clear();
    if (m_result) {
        for (int g = 0; g < int(m_result->groups.size()) && g < int(m_result->stats.size()); ++g) {
            if (m_result->stats[size_t(g)].requests > 0)
                m_groups.push_back(g);
        }
    }
    endResetModel();
}

int KpiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int KpiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + (m_result ? int(m_result->markers.size()) : 0);
}

const sim::EventImpact *KpiModel::impactAt(int group, int column) const
{
    const int marker = column - ColumnCount;
    if (!m_result || marker < 0 || marker >= int(m_result->markers.size()))
        return nullptr;
    for (const sim::EventImpact &i : m_result->markers[size_t(marker)].impact) {
        if (i.group == group)
            return &i;
    }
    return nullptr;
}

const sim::UpstreamStats *KpiModel::upstreamOf(int group) const
{
    const QString &name = m_result->groups[size_t(group)].upstream;
    if (name.isEmpty())
        return nullptr;
    for (const sim::UpstreamStats &u : m_result->upstreams) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

QStringList KpiModel::remappedLines(int group) const
{
    QStringList lines;
    if (!m_result)
        return lines;
    for (const sim::EventMarker &m : m_result->markers) {
        for (const sim::EventImpact &i : m.impact) {
            if (i.group != group || i.compared == 0)
                continue;
            lines << tr("%1 at %2 s: %3 (%4 of %5)")
                         .arg(m.label, QLocale().toString(double(m.atMs) / 1000.0, 'g', 6),
                              percent(i.share()), QLocale().toString(i.remapped),
                              QLocale().toString(i.compared));
        }
    }
    return lines;
}

QVariant KpiModel::value(int group, int column) const
{
    const sim::RouteStats &s = m_result->stats[size_t(group)];
    switch (column) {
    case RequestsColumn:
        return s.requests;
    case ServedColumn:
        return s.served;
    case StickinessColumn:
        return s.stickiness();
    case BrokenSessionsColumn:
        return s.sessions ? double(s.brokenSessions) / double(s.sessions) : NaN;
    case SessionBreaksColumn:
        return s.sessionBreaks;
    case RemappedColumn:
        return s.remappedByEvents;
    case MaxOverMeanColumn:
        if (const sim::UpstreamStats *u = upstreamOf(group))
            return u->maxOverMean();
        return NaN;
    case CvColumn:
        if (const sim::UpstreamStats *u = upstreamOf(group))
            return u->cv();
        return NaN;
    default:
        if (const sim::EventImpact *i = impactAt(group, column))
            return i->share();
        break;
    }
    return column >= ColumnCount ? QVariant(NaN) : QVariant();
}

QVariant KpiModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !index.isValid() || index.row() >= int(m_groups.size()))
        return {};
    const int group = m_groups[size_t(index.row())];
    const sim::RouteGroup &g = m_result->groups[size_t(group)];
    const sim::RouteStats &s = m_result->stats[size_t(group)];
    if (role == GroupRole)
        return group;
    if (role == ValueRole)
        return value(group, index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= RequestsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() >= ColumnCount)
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    if (role == Qt::ToolTipRole) {
        if (index.column() == RemappedColumn)
            return remappedLines(group).join(u'\n');
        if (index.column() == RouteColumn)
            return g.label;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RouteColumn:
        return g.route.isEmpty() ? tr("(no route)") : tr("%1 rule %2").arg(g.route).arg(g.rule);
    case MethodColumn:
        if (g.upstream.isEmpty())
            return tr("not proxied");
        return g.sticky.isEmpty() ? g.balancing : tr("%1, sticky %2").arg(g.balancing, g.sticky);
    case RequestsColumn:
    case ServedColumn:
    case SessionBreaksColumn:
    case RemappedColumn:
        return QLocale().toString(value(group, index.column()).toLongLong());
    case StickinessColumn:
        return percent(s.stickiness());
    case BrokenSessionsColumn:
        return s.sessions ? tr("%1 (%2 of %3)")
                                .arg(percent(double(s.brokenSessions) / double(s.sessions)),
                                     QLocale().toString(s.brokenSessions), QLocale().toString(s.sessions))
                          : QStringLiteral("–");
    case MaxOverMeanColumn:
    case CvColumn:
        return sim::Verdict::decimal(value(group, index.column()).toDouble());
    default:
        if (const sim::EventImpact *i = impactAt(group, index.column()); i && i->compared)
            return tr("%1 (%2 of %3)")
                .arg(percent(i->share()), QLocale().toString(i->remapped), QLocale().toString(i->compared));
        if (index.column() >= ColumnCount)
            return QStringLiteral("–");
        break;
    }
    return {};
}

QVariant KpiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= ColumnCount && m_result && section - ColumnCount < int(m_result->markers.size())) {
        const sim::EventMarker &m = m_result->markers[size_t(section - ColumnCount)];
        if (role == Qt::DisplayRole)
            return tr("Moved at %1").arg(sim::Verdict::seconds(m.atMs));
        if (role == Qt::ToolTipRole)
            return tr("Clients answered by another Pod after \"%1\" than right before it").arg(m.label);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case StickinessColumn:
            return tr("Follow-up requests of a client and route answered by the same Pod as the one before");
        case BrokenSessionsColumn:
            return tr("Sessions in which the Pod changed at least once");
        case SessionBreaksColumn:
            return tr("Pod changes inside a session");
        case RemappedColumn:
            return tr(
                "Clients answered by another Pod after an event than before it, summed over the events");
        case MaxOverMeanColumn:
            return tr("Busiest server's requests over the mean (1 is perfectly even), per balance epoch");
        case CvColumn:
            return tr("Coefficient of variation of the servers' loads (0 is perfectly even)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RouteColumn:
        return tr("Route");
    case MethodColumn:
        return tr("Method");
    case RequestsColumn:
        return tr("Requests");
    case ServedColumn:
        return tr("Served");
    case StickinessColumn:
        return tr("Stickiness");
    case BrokenSessionsColumn:
        return tr("Broken sessions");
    case SessionBreaksColumn:
        return tr("Session breaks");
    case RemappedColumn:
        return tr("Remapped by events");
    case MaxOverMeanColumn:
        return tr("Max/mean");
    case CvColumn:
        return tr("CV");
    default:
        return {};
    }
}

} // namespace gw::views
