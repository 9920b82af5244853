// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/migrate/migrationcomparison.h"

#include <QStringList>

#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace gw::views {

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

/** The Deployment whose Pods served most of group \a g's requests ("" when none did). */
QString deploymentOf(const sim::SimulationResult &r, int g)
{
    if (g < 0 || g >= int(r.stats.size()))
        return {};
    std::map<QString, qint64> load;
    for (const auto &[pod, n] : r.stats[size_t(g)].podLoad) {
        if (pod >= 0 && pod < int(r.pods.size()))
            load[r.pods[size_t(pod)].deployment] += n;
    }
    QString best;
    qint64 most = -1;
    for (const auto &[name, n] : load) {
        if (n > most) {
            best = name;
            most = n;
        }
    }
    return best;
}

struct Sums
{
    qint64 pairs = 0, podsSum = 0, transitions = 0, stays = 0, sessions = 0, broken = 0;
    std::map<int, std::pair<qint64, qint64>> moved; ///< marker -> (remapped, compared)
};

std::map<QString, Sums> sums(const sim::SimulationResult &r)
{
    std::map<QString, Sums> out;
    std::vector<QString> deployment(r.groups.size());
    for (int g = 0; g < int(r.groups.size()); ++g) {
        deployment[size_t(g)] = deploymentOf(r, g);
        if (deployment[size_t(g)].isEmpty())
            continue;
        const sim::RouteStats &s = r.stats[size_t(g)];
        Sums &d = out[deployment[size_t(g)]];
        for (size_t k = 1; k < s.podsSeen.size(); ++k) {
            d.pairs += s.podsSeen[k];
            d.podsSum += qint64(k) * s.podsSeen[k];
        }
        d.transitions += s.transitions;
        d.stays += s.stays;
        d.sessions += s.sessions;
        d.broken += s.brokenSessions;
    }
    for (int m = 0; m < int(r.markers.size()); ++m) {
        for (const sim::EventImpact &e : r.markers[size_t(m)].impact) {
            if (e.group < 0 || e.group >= int(deployment.size()) || deployment[size_t(e.group)].isEmpty())
                continue;
            auto &p = out[deployment[size_t(e.group)]].moved[m];
            p.first += e.remapped;
            p.second += e.compared;
        }
    }
    return out;
}

double ratio(qint64 a, qint64 b)
{
    return b ? double(a) / double(b) : NaN;
}

using RowKey = std::tuple<int, qint64, int>; ///< population, client, entry

} // namespace

qint64 MigrationComparison::defaultCutOver(const sim::SimulationResult &result)
{
    if (!result.markers.empty() && result.markers.front().atMs > 0)
        return result.markers.front().atMs / 2;
    return result.endMs / 2;
}

MigrationComparison MigrationComparison::compute(const sim::SimulationResult &before,
                                                 const sim::SimulationResult &after, qint64 cutOverMs)
{
    MigrationComparison c;
    c.m_cutOverMs = cutOverMs >= 0 ? cutOverMs : defaultCutOver(before);
    const std::map<QString, Sums> b = sums(before);
    const std::map<QString, Sums> a = sums(after);
    QStringList names;
    for (const auto &[name, s] : b)
        names << name;
    for (const auto &[name, s] : a) {
        if (!names.contains(name))
            names << name;
    }
    names.sort();

    // Across the cut-over: the strip's sampled clients, matched by population, client and entry.
    std::map<QString, std::pair<qint64, qint64>> cut; ///< deployment -> (kept, compared)
    {
        const auto bucketBefore = [&](const sim::AssignmentStrip &s) {
            return int((c.m_cutOverMs - 1) / std::max<qint64>(1, s.bucketMs));
        };
        std::map<RowKey, QString> podBefore;
        std::map<RowKey, QString> deploymentBefore;
        const sim::AssignmentStrip &sb = before.strip;
        for (int row = 0; row < int(sb.rows.size()); ++row) {
            const auto &r = sb.rows[size_t(row)];
            for (int k = std::min(bucketBefore(sb), sb.buckets - 1); k >= 0; --k) {
                const qint32 pod = sb.cell(row, k);
                if (pod == sim::AssignmentStrip::NoRequest)
                    continue;
                if (pod >= 0 && pod < qint32(before.pods.size())) {
                    podBefore[{r.population, r.client, r.entry}] = before.pods[size_t(pod)].name;
                    deploymentBefore[{r.population, r.client, r.entry}] = before.pods[size_t(pod)].deployment;
                }
                break;
            }
        }
        const sim::AssignmentStrip &sa = after.strip;
        const int first = int(c.m_cutOverMs / std::max<qint64>(1, sa.bucketMs));
        for (int row = 0; row < int(sa.rows.size()); ++row) {
            const auto &r = sa.rows[size_t(row)];
            const RowKey key {r.population, r.client, r.entry};
            const auto was = podBefore.find(key);
            if (was == podBefore.end())
                continue;
            for (int k = first; k < sa.buckets; ++k) {
                const qint32 pod = sa.cell(row, k);
                if (pod == sim::AssignmentStrip::NoRequest)
                    continue;
                auto &p = cut[deploymentBefore[key]];
                ++p.second;
                if (pod >= 0 && pod < qint32(after.pods.size()) &&
                    after.pods[size_t(pod)].name == was->second)
                    ++p.first;
                break;
            }
        }
    }

    const Sums none;
    for (const QString &name : names) {
        const auto ib = b.find(name);
        const auto ia = a.find(name);
        const Sums &sb = ib == b.end() ? none : ib->second;
        const Sums &sa = ia == a.end() ? none : ia->second;
        const auto row = [&](Figure figure, double before, double after) {
            c.m_rows.push_back({name, figure, {}, {}, before, after});
        };
        row(Figure::PodsPerClient, ratio(sb.podsSum, sb.pairs), ratio(sa.podsSum, sa.pairs));
        row(Figure::Stickiness, ratio(sb.stays, sb.transitions), ratio(sa.stays, sa.transitions));
        row(Figure::SessionsKept, ratio(sb.sessions - sb.broken, sb.sessions),
            ratio(sa.sessions - sa.broken, sa.sessions));
        const auto cutOver = cut.find(name);
        row(Figure::CutOver, NaN,
            cutOver == cut.end() ? NaN : ratio(cutOver->second.first, cutOver->second.second));
        const size_t markers = std::max(before.markers.size(), after.markers.size());
        for (size_t m = 0; m < markers; ++m) {
            const sim::EventMarker &marker = m < before.markers.size() ? before.markers[m] : after.markers[m];
            const auto mb = sb.moved.find(int(m));
            const auto ma = sa.moved.find(int(m));
            if (mb == sb.moved.end() && ma == sa.moved.end())
                continue;
            row(Figure::EventMoved, mb == sb.moved.end() ? NaN : ratio(mb->second.first, mb->second.second),
                ma == sa.moved.end() ? NaN : ratio(ma->second.first, ma->second.second));
            c.m_rows.back().event = QStringLiteral("%1 s").arg(double(marker.atMs) / 1000.0);
            c.m_rows.back().eventLabel = marker.label;
        }
    }
    return c;
}

QStringList MigrationComparison::deployments() const
{
    QStringList list;
    for (const Row &r : m_rows) {
        if (!list.contains(r.deployment))
            list << r.deployment;
    }
    return list;
}

double MigrationComparison::value(const QString &deployment, Figure figure, bool before) const
{
    for (const Row &r : m_rows) {
        if (r.deployment == deployment && r.figure == figure)
            return before ? r.before : r.after;
    }
    return NaN;
}

} // namespace gw::views
