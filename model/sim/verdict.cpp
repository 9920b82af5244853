// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/verdict.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::Verdict)
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

const UpstreamStats *upstreamOf(const SimulationResult &result, const QString &name)
{
    for (const UpstreamStats &u : result.upstreams) {
        if (u.name == name)
            return &u;
    }
    return nullptr;
}

} // namespace

QString Verdict::percent(double share, int decimals)
{
    if (std::isnan(share))
        return QStringLiteral("–");
    return Tr::tr("%1%").arg(QLocale().toString(share * 100.0, 'f', decimals));
}

QString Verdict::decimal(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QLocale().toString(value, 'f', 2);
}

QString Verdict::seconds(qint64 ms)
{
    return Tr::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'g', 6));
}

EventImpact Verdict::impact(const EventMarker &marker)
{
    EventImpact sum;
    for (const EventImpact &i : marker.impact) {
        sum.compared += i.compared;
        sum.remapped += i.remapped;
    }
    return sum;
}

VerdictFigures Verdict::figures(const SimulationResult &result)
{
    VerdictFigures f;
    for (int g = 0; g < int(result.stats.size()) && g < int(result.groups.size()); ++g) {
        const RouteStats &s = result.stats[size_t(g)];
        f.requests += s.requests;
        f.rejected += s.rejected;
        if (s.rejected > 0 &&
            (f.mostRejectedGroup < 0 || s.rejected > result.stats[size_t(f.mostRejectedGroup)].rejected))
            f.mostRejectedGroup = g;
        if (s.served == 0)
            continue;
        f.served += s.served;
        f.transitions += s.transitions;
        f.stays += s.stays;
        f.sessions += s.sessions;
        f.brokenSessions += s.brokenSessions;
        f.sessionBreaks += s.sessionBreaks;
        // The hot spot: the balance epoch (a stretch in which the upstream's servers did not
        // change, with at least a tenth of its requests) whose busiest server is furthest above
        // its fair share.
        const UpstreamStats *u = upstreamOf(result, result.groups[size_t(g)].upstream);
        if (!u)
            continue;
        qint64 total = 0;
        for (const BalanceEpoch &e : u->epochs)
            total += e.requests();
        for (const BalanceEpoch &e : u->epochs) {
            const qint64 n = e.requests();
            // Too few clients to spread (one curl loop on two Pods) is no hot spot.
            if (n == 0 || n * 10 < total || e.load.empty() || s.pairs < 2 * qint64(e.load.size()))
                continue;
            const auto busiest = std::max_element(e.load.begin(), e.load.end());
            const double share = double(*busiest) / double(n);
            const int pods = int(e.load.size());
            if (f.hotGroup < 0 || share * pods > f.hotShare * f.hotGroupPods) {
                f.hotGroup = g;
                f.hotShare = share;
                f.hotGroupPods = pods;
                f.hotPod = e.pods.empty() ? -1 : e.pods[size_t(busiest - e.load.begin())];
            }
        }
    }
    for (const EventMarker &m : result.markers) {
        const EventImpact i = impact(m);
        f.compared += i.compared;
        f.remapped += i.remapped;
    }
    // max/mean and CV over the upstreams, weighted by their requests.
    double weight = 0, maxMean = 0, cv = 0;
    for (const UpstreamStats &u : result.upstreams) {
        qint64 n = 0;
        for (const BalanceEpoch &e : u.epochs)
            n += e.requests();
        const double mm = u.maxOverMean(), c = u.cv();
        if (n == 0 || std::isnan(mm))
            continue;
        weight += double(n);
        maxMean += mm * double(n);
        cv += (std::isnan(c) ? 0.0 : c) * double(n);
    }
    if (weight > 0) {
        f.maxOverMean = maxMean / weight;
        f.cv = cv / weight;
    }
    return f;
}

QString Verdict::clients(const SimulationResult &result, const Scenario *scenario)
{
    qint64 clients = result.clients;
    qint64 nats = 0;
    bool allNat = scenario && !scenario->populations.empty();
    if (scenario) {
        clients = 0;
        for (const Population &p : scenario->populations) {
            clients += p.clients;
            if (p.addresses.kind != AddressPlan::Kind::Nat) {
                allNat = false;
                continue;
            }
            const AddressPlan &a = p.addresses;
            nats +=
                a.groups > 0 ? a.groups : (a.groupSize > 0 ? (p.clients + a.groupSize - 1) / a.groupSize : 1);
        }
    }
    const QString who = clients == 1 ? Tr::tr("1 client") : Tr::tr("%1 clients").arg(number(clients));
    if (allNat && nats > 0)
        return nats == 1 ? Tr::tr("%1 behind one NAT address").arg(who)
                         : Tr::tr("%1 behind %2 NAT addresses").arg(who, number(nats));
    if (scenario && !scenario->populations.empty() &&
        std::all_of(scenario->populations.begin(), scenario->populations.end(),
                    [](const Population &p) { return !p.addresses.proxy.isEmpty(); }))
        return Tr::tr("%1 behind a proxy").arg(who);
    return who;
}

VerdictText Verdict::judge(const SimulationResult &result, const QString &method, const Scenario *scenario)
{
    VerdictText v;
    const VerdictFigures f = figures(result);
    v.figures = f;
    // Rate limits act before the balancer; the line is the same under every method of a comparison
    // unless the method changes which replica's zone a client meets.
    QString rejections;
    if (f.rejected > 0) {
        rejections = Tr::tr("Rate limits (limit_req) rejected %1 of %2 requests (%3), most of them for %4.")
                         .arg(number(f.rejected), number(f.requests), percent(f.rejectedShare(), 1),
                              result.groups[size_t(f.mostRejectedGroup)].route);
    }
    if (f.served == 0) {
        v.headline = Tr::tr("No request reached a Pod under %1.").arg(method);
        if (!rejections.isEmpty())
            v.points << rejections;
        return v;
    }

    const double s = f.stickiness();
    if (f.transitions == 0)
        v.stickiness = VerdictText::Stickiness::Unknown;
    else if (s >= StickyAt)
        v.stickiness = VerdictText::Stickiness::Sticky;
    else if (s < NotStickyBelow)
        v.stickiness = VerdictText::Stickiness::None;
    else
        v.stickiness = VerdictText::Stickiness::Partial;

    const int pods = f.hotGroupPods;
    const bool hot = pods >= 2 && f.hotShare >= std::max(HotFactor / pods, HotShareAtLeast) - 1e-9;
    if (hot)
        v.balance = VerdictText::Balance::Hot;
    else if (!std::isnan(f.maxOverMean) && f.maxOverMean > UnevenAbove)
        v.balance = VerdictText::Balance::Uneven;
    else if (!std::isnan(f.maxOverMean))
        v.balance = VerdictText::Balance::Even;

    const QString stayed = percent(s);
    const QString busiest = decimal(f.maxOverMean);
    if (hot) {
        v.headline = Tr::tr("%1 put %2 of %3 traffic for %4 on one Pod of %5.")
                         .arg(clients(result, scenario), percent(f.hotShare), method,
                              result.groups[size_t(f.hotGroup)].route, QString::number(pods));
    } else {
        using S = VerdictText::Stickiness;
        const bool even = v.balance == VerdictText::Balance::Even;
        switch (v.stickiness) {
        case S::Sticky:
            v.headline = even
                ? Tr::tr("%1 keeps clients on their Pod (%2 of follow-up requests stayed) and "
                         "spreads the load evenly (busiest Pod %3× the mean).")
                      .arg(method, stayed, busiest)
                : Tr::tr("%1 keeps clients on their Pod (%2 of follow-up requests stayed) but loads "
                         "the Pods unevenly (busiest Pod %3× the mean).")
                      .arg(method, stayed, busiest);
            break;
        case S::None:
            v.headline = even
                ? Tr::tr("%1 spreads the load evenly (busiest Pod %3× the mean) but is not sticky: "
                         "only %2 of follow-up requests reached the same Pod.")
                      .arg(method, stayed, busiest)
                : Tr::tr("%1 is neither sticky (%2 of follow-up requests reached the same Pod) nor "
                         "even (busiest Pod %3× the mean).")
                      .arg(method, stayed, busiest);
            break;
        case S::Partial:
            v.headline = Tr::tr("%1 is only partly sticky: %2 of follow-up requests reached the same Pod "
                                "(busiest Pod %3× the mean).")
                             .arg(method, stayed, busiest);
            break;
        case S::Unknown:
            v.headline =
                Tr::tr("%1: no client sent a second request, so stickiness cannot be judged (busiest "
                       "Pod %2× the mean).")
                    .arg(method, busiest);
            break;
        }
    }

    // What the events did, in one sentence.
    QStringList moved;
    for (const EventMarker &m : result.markers) {
        if (const EventImpact i = impact(m); i.compared > 0)
            moved << Tr::tr("%1 at %2").arg(percent(i.share()), seconds(m.atMs));
    }
    if (!moved.isEmpty())
        v.headline += u' ' + Tr::tr("Clients moved by events: %1.").arg(moved.join(QStringLiteral(", ")));

    // The points behind it.
    if (f.transitions > 0)
        v.points << Tr::tr("Stickiness %1: %2 of %3 follow-up requests reached the Pod before.")
                        .arg(percent(s), number(f.stays), number(f.transitions));
    if (f.sessions > 0)
        v.points << Tr::tr("%1 of %2 sessions broke (%3), with %4 Pod changes inside a session.")
                        .arg(number(f.brokenSessions), number(f.sessions), percent(f.brokenShare()),
                             number(f.sessionBreaks));
    for (const EventMarker &m : result.markers) {
        const EventImpact i = impact(m);
        if (i.compared == 0)
            continue;
        v.points << Tr::tr("%1 at %2 moved %3 of the clients seen before and after it (%4 of %5).")
                        .arg(m.label, seconds(m.atMs), percent(i.share()), number(i.remapped),
                             number(i.compared));
    }
    if (f.hotGroup >= 0 && !hot)
        v.points << Tr::tr("Busiest Pod: %1 of the traffic for %2 (%3 Pods).")
                        .arg(percent(f.hotShare), result.groups[size_t(f.hotGroup)].route,
                             QString::number(pods));
    if (!std::isnan(f.maxOverMean))
        v.points << Tr::tr("Balance: busiest server %1× the mean, coefficient of variation %2.")
                        .arg(busiest, decimal(f.cv));
    if (!rejections.isEmpty())
        v.points << rejections;
    if (result.cancelled)
        v.points
            << Tr::tr("The run was cancelled at %1; the figures cover what ran.").arg(seconds(result.endMs));
    return v;
}

} // namespace gw::sim
