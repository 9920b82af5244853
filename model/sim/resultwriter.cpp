// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/resultwriter.h"

#include "sim/tracerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>
#include <numeric>

namespace gw::sim {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ResultWriter)
};

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

QString percent(double share)
{
    return std::isnan(share) ? Tr::tr("n/a") : QString::number(share * 100.0, 'f', 1) + QStringLiteral(" %");
}

QString fixed(double v, int decimals = 2)
{
    return std::isnan(v) ? Tr::tr("n/a") : QString::number(v, 'f', decimals);
}

QString changeName(ConfigChange c)
{
    switch (c) {
    case ConfigChange::None:
        return QStringLiteral("initial");
    case ConfigChange::Reload:
        return QStringLiteral("reload");
    case ConfigChange::ApiUpdate:
        return QStringLiteral("api");
    }
    return {};
}

QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

QString podName(const SimulationResult &r, int pod)
{
    return pod >= 0 && pod < int(r.pods.size()) ? r.pods[size_t(pod)].name : QString();
}

QByteArray field(const QString &text)
{
    return TraceRunner::csvField(text);
}

/** Group indexes in label order (the result keeps them in order of first appearance). */
std::vector<size_t> byLabel(const SimulationResult &r)
{
    std::vector<size_t> order(r.groups.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return r.groups[a].label < r.groups[b].label; });
    return order;
}

} // namespace

QByteArray ResultWriter::text(const SimulationResult &r)
{
    QString out;
    out += Tr::tr("Scenario %1: %2; seed %3").arg(r.scenario, r.profile).arg(r.seed) + u'\n';
    out +=
        Tr::tr("%1 clients, %2 Gateway replica(s), %3 requests over %4 (routing decisions: %5 computed, %6 "
               "reused)")
            .arg(r.clients)
            .arg(r.replicas)
            .arg(r.requests)
            .arg(seconds(r.endMs))
            .arg(r.routeCacheMisses)
            .arg(r.routeCacheHits) +
        u'\n';
    if (r.cancelled)
        out += Tr::tr("CANCELLED: the figures cover the requests made until then.") + u'\n';

    out += u'\n' + Tr::tr("Routes") + u'\n';
    for (const size_t g : byLabel(r)) {
        const RouteGroup &group = r.groups[g];
        const RouteStats &s = r.stats[g];
        out += QStringLiteral("  ") + group.label;
        if (!group.balancing.isEmpty())
            out += QStringLiteral(" [") + group.balancing +
                (group.sticky.isEmpty() ? QString() : QStringLiteral(", sticky ") + group.sticky) + u']';
        out += u'\n';
        QStringList statuses;
        for (const auto &[status, n] : s.statuses)
            statuses << QStringLiteral("%1: %2").arg(status).arg(n);
        out += QStringLiteral("    ") +
            Tr::tr("requests %1 (%2), answered by a Pod %3")
                .arg(s.requests)
                .arg(statuses.join(QStringLiteral(", ")))
                .arg(s.served) +
            u'\n';
        if (s.served == 0)
            continue;
        out += QStringLiteral("    ") +
            Tr::tr("stickiness %1 (%2 of %3 follow-up requests on the same Pod)")
                .arg(percent(s.stickiness()))
                .arg(s.stays)
                .arg(s.transitions) +
            u'\n';
        out += QStringLiteral("    ") +
            Tr::tr("sessions %1, broken %2 (%3 breaks); remapped by events %4")
                .arg(s.sessions)
                .arg(s.brokenSessions)
                .arg(s.sessionBreaks)
                .arg(s.remappedByEvents) +
            u'\n';
        QStringList seen;
        for (size_t k = 1; k < s.podsSeen.size(); ++k) {
            if (s.podsSeen[k])
                seen << QStringLiteral("%1%2: %3")
                            .arg(k)
                            .arg(k == 64 ? QStringLiteral("+") : QString())
                            .arg(s.podsSeen[k]);
        }
        out += QStringLiteral("    ") +
            Tr::tr("Pods seen per client: %1").arg(seen.join(QStringLiteral(", "))) + u'\n';
        out += QStringLiteral("    ") + Tr::tr("load:") + u'\n';
        for (const auto &[pod, n] : s.podLoad) {
            out += QStringLiteral("      %1 %2 %3 (%4)\n")
                       .arg(podName(r, pod), -32)
                       .arg(r.pods[size_t(pod)].ip, -15)
                       .arg(n, 8)
                       .arg(percent(double(n) / double(s.served)));
        }
    }

    out += u'\n' +
        Tr::tr("Balance per upstream (max/mean and coefficient of variation of the servers' loads)") + u'\n';
    for (const UpstreamStats &u : r.upstreams) {
        qint64 total = 0;
        for (const BalanceEpoch &e : u.epochs)
            total += e.requests();
        if (total == 0)
            continue;
        out += QStringLiteral("  %1 [%2]: max/mean %3, CV %4\n")
                   .arg(u.name, u.balancing, fixed(u.maxOverMean()), fixed(u.cv()));
        for (const BalanceEpoch &e : u.epochs) {
            QStringList loads;
            for (size_t i = 0; i < e.load.size(); ++i)
                loads << QStringLiteral("%1=%2").arg(podName(r, e.pods[i])).arg(e.load[i]);
            out += QStringLiteral("    %1 to %2 (%3): max/mean %4, CV %5; %6\n")
                       .arg(seconds(e.startMs), seconds(e.endMs), changeName(e.startedBy),
                            fixed(e.maxOverMean()), fixed(e.cv()), loads.join(QStringLiteral(" ")));
        }
    }

    if (!r.markers.empty()) {
        out += u'\n' + Tr::tr("Events") + u'\n';
        for (const EventMarker &m : r.markers) {
            out +=
                QStringLiteral("  %1 to %2: %3\n")
                    .arg(seconds(m.atMs), m.endMs < 0 ? Tr::tr("(not finished)") : seconds(m.endMs), m.label);
            QStringList added, removed;
            for (int p : m.podsAdded)
                added << podName(r, p);
            for (int p : m.podsRemoved)
                removed << podName(r, p);
            if (!added.isEmpty())
                out += QStringLiteral("    + ") + added.join(QStringLiteral(", ")) + u'\n';
            if (!removed.isEmpty())
                out += QStringLiteral("    - ") + removed.join(QStringLiteral(", ")) + u'\n';
            for (const EventImpact &i : m.impact) {
                out += QStringLiteral("    ") +
                    Tr::tr("%1: %2 of %3 clients remapped (%4)")
                        .arg(r.groups[size_t(i.group)].label)
                        .arg(i.remapped)
                        .arg(i.compared)
                        .arg(percent(i.share())) +
                    u'\n';
            }
        }
    }
    if (!r.changes.empty()) {
        out += u'\n' + Tr::tr("Configuration changes") + u'\n';
        for (const ConfigChangeRecord &c : r.changes)
            out += QStringLiteral("  %1 %2: %3\n")
                       .arg(seconds(c.atMs), changeName(c.change), c.upstreams.join(QStringLiteral(", ")));
    }
    if (!r.diagnostics.empty()) {
        out += u'\n' + Tr::tr("Warnings") + u'\n';
        for (const Diagnostic &d : r.diagnostics)
            out += QStringLiteral("  ") + d.toString() + u'\n';
    }
    return out.toUtf8();
}

QByteArray ResultWriter::csv(const SimulationResult &r)
{
    QByteArray out = "table,route,upstream,pod,event,time_ms,metric,value\n";
    const auto row = [&](const char *table, const QString &route, const QString &upstream, const QString &pod,
                         const QString &event, const QString &time, const QString &metric,
                         const QString &value) {
        out += table;
        out += ',' + field(route) + ',' + field(upstream) + ',' + field(pod) + ',' + field(event) + ',' +
            time.toUtf8() + ',' + metric.toUtf8() + ',' + value.toUtf8() + '\n';
    };
    const auto num = [](double v) { return std::isnan(v) ? QString() : QString::number(v, 'g', 10); };
    for (const size_t g : byLabel(r)) {
        const RouteGroup &group = r.groups[g];
        const RouteStats &s = r.stats[g];
        const QString route = group.route.isEmpty()
            ? QString()
            : group.route + QStringLiteral(" rule ") + QString::number(group.rule);
        const auto metric = [&](const QString &name, const QString &value) {
            row("route", route, group.upstream, {}, {}, {}, name, value);
        };
        metric(QStringLiteral("requests"), QString::number(s.requests));
        metric(QStringLiteral("served"), QString::number(s.served));
        for (const auto &[status, n] : s.statuses)
            metric(QStringLiteral("status_%1").arg(status), QString::number(n));
        metric(QStringLiteral("transitions"), QString::number(s.transitions));
        metric(QStringLiteral("stays"), QString::number(s.stays));
        metric(QStringLiteral("stickiness"), num(s.stickiness()));
        metric(QStringLiteral("sessions"), QString::number(s.sessions));
        metric(QStringLiteral("broken_sessions"), QString::number(s.brokenSessions));
        metric(QStringLiteral("session_breaks"), QString::number(s.sessionBreaks));
        metric(QStringLiteral("clients"), QString::number(s.pairs));
        metric(QStringLiteral("remapped_by_events"), QString::number(s.remappedByEvents));
        if (s.rejected) {
            metric(QStringLiteral("rejected"), QString::number(s.rejected));
            for (size_t b = 0; b < s.rejectedOverTime.size(); ++b) {
                if (s.rejectedOverTime[b])
                    row("route_time", route, group.upstream, {}, {}, QString::number(qint64(b) * r.bucketMs),
                        QStringLiteral("rejected"), QString::number(s.rejectedOverTime[b]));
            }
        }
        for (size_t k = 1; k < s.podsSeen.size(); ++k) {
            if (s.podsSeen[k])
                metric(QStringLiteral("pods_seen_%1").arg(k), QString::number(s.podsSeen[k]));
        }
        for (size_t k = 0; k < s.stickinessHistogram.size(); ++k) {
            if (s.stickinessHistogram[k])
                metric(k == 10 ? QStringLiteral("stickiness_100")
                               : QStringLiteral("stickiness_%1_%2").arg(k * 10).arg(k * 10 + 10),
                       QString::number(s.stickinessHistogram[k]));
        }
        for (const auto &[pod, n] : s.podLoad)
            row("pod_load", route, group.upstream, podName(r, pod), {}, {}, QStringLiteral("requests"),
                QString::number(n));
    }
    for (const UpstreamStats &u : r.upstreams) {
        row("balance", {}, u.name, {}, {}, {}, QStringLiteral("max_over_mean"), num(u.maxOverMean()));
        row("balance", {}, u.name, {}, {}, {}, QStringLiteral("cv"), num(u.cv()));
        for (const BalanceEpoch &e : u.epochs) {
            const QString t = QString::number(e.startMs);
            row("balance", {}, u.name, {}, changeName(e.startedBy), t, QStringLiteral("end_ms"),
                QString::number(e.endMs));
            row("balance", {}, u.name, {}, changeName(e.startedBy), t, QStringLiteral("max_over_mean"),
                num(e.maxOverMean()));
            row("balance", {}, u.name, {}, changeName(e.startedBy), t, QStringLiteral("cv"), num(e.cv()));
            for (size_t i = 0; i < e.load.size(); ++i)
                row("balance", {}, u.name, podName(r, e.pods[i]), changeName(e.startedBy), t,
                    QStringLiteral("requests"), QString::number(e.load[i]));
        }
    }
    for (const EventMarker &m : r.markers) {
        const QString t = QString::number(m.atMs);
        row("event", {}, {}, {}, m.label, t, QStringLiteral("end_ms"), QString::number(m.endMs));
        for (int p : m.podsAdded)
            row("event", {}, {}, podName(r, p), m.label, t, QStringLiteral("pod_added"), QStringLiteral("1"));
        for (int p : m.podsRemoved)
            row("event", {}, {}, podName(r, p), m.label, t, QStringLiteral("pod_removed"),
                QStringLiteral("1"));
        for (const EventImpact &i : m.impact) {
            const RouteGroup &g = r.groups[size_t(i.group)];
            const QString route =
                g.route.isEmpty() ? QString() : g.route + QStringLiteral(" rule ") + QString::number(g.rule);
            row("event", route, g.upstream, {}, m.label, t, QStringLiteral("compared"),
                QString::number(i.compared));
            row("event", route, g.upstream, {}, m.label, t, QStringLiteral("remapped"),
                QString::number(i.remapped));
            row("event", route, g.upstream, {}, m.label, t, QStringLiteral("remapped_share"), num(i.share()));
        }
    }
    for (const ConfigChangeRecord &c : r.changes) {
        for (const QString &u : c.upstreams)
            row("change", {}, u, {}, {}, QString::number(c.atMs), QStringLiteral("servers_changed"),
                changeName(c.change));
    }
    for (size_t p = 0; p < r.podLoadOverTime.size(); ++p) {
        const std::vector<qint64> &series = r.podLoadOverTime[p];
        for (size_t b = 0; b < series.size(); ++b) {
            if (series[b])
                row("pod_time", {}, {}, podName(r, int(p)), {}, QString::number(qint64(b) * r.bucketMs),
                    QStringLiteral("requests"), QString::number(series[b]));
        }
    }
    return out;
}

QJsonObject ResultWriter::json(const RequestRecord &rec)
{
    QJsonObject o;
    o[QStringLiteral("request")] = rec.index;
    o[QStringLiteral("at_ms")] = rec.atMs;
    o[QStringLiteral("duration_ms")] = rec.durationMs;
    o[QStringLiteral("client")] = rec.client;
    if (!rec.connection.isEmpty())
        o[QStringLiteral("connection")] = rec.connection;
    o[QStringLiteral("host")] = rec.host;
    o[QStringLiteral("path")] = rec.target;
    o[QStringLiteral("method")] = rec.method;
    o[QStringLiteral("cookie")] = rec.cookie;
    o[QStringLiteral("replica")] = rec.replica;
    if ((!rec.scheme.isEmpty() && rec.scheme != u"http") || !rec.streamServers.isEmpty()) {
        o[QStringLiteral("scheme")] = rec.scheme.isEmpty() ? QStringLiteral("http") : rec.scheme;
        o[QStringLiteral("sni")] = rec.sni;
        o[QStringLiteral("port")] = rec.port;
        o[QStringLiteral("stream_servers")] = QJsonArray::fromStringList(rec.streamServers);
    }
    o[QStringLiteral("route")] = rec.route;
    o[QStringLiteral("route_kind")] = rec.routeKind;
    o[QStringLiteral("rule")] = rec.rule;
    o[QStringLiteral("server")] = rec.server;
    o[QStringLiteral("location")] = rec.location;
    o[QStringLiteral("upstream")] = rec.upstream;
    o[QStringLiteral("balancing")] = rec.balancing;
    o[QStringLiteral("endpoint")] = rec.endpoint;
    o[QStringLiteral("pod")] = rec.pod;
    o[QStringLiteral("status")] = rec.status;
    o[QStringLiteral("set_cookie")] = QString::fromUtf8(rec.setCookie);
    o[QStringLiteral("upstream_addr")] = QJsonArray::fromStringList(rec.upstreamAddr);
    o[QStringLiteral("error")] = rec.error;
    if (!rec.limitReq.isEmpty()) {
        o[QStringLiteral("limit_req")] = rec.limitReq;
        o[QStringLiteral("delay_ms")] = rec.delayMs;
    }
    if (!rec.routeTrace.isEmpty())
        o[QStringLiteral("route_trace")] = QJsonArray::fromStringList(rec.routeTrace);
    if (!rec.balancerTrace.isEmpty())
        o[QStringLiteral("balancer_trace")] = QJsonArray::fromStringList(rec.balancerTrace);
    if (rec.population >= 0) {
        o[QStringLiteral("population")] = rec.population;
        o[QStringLiteral("client_index")] = rec.clientIndex;
        o[QStringLiteral("session")] = rec.session;
        o[QStringLiteral("step")] = rec.step;
    }
    return o;
}

QJsonObject ResultWriter::json(const SimulationResult &r)
{
    QJsonObject o;
    o[QStringLiteral("scenario")] = r.scenario;
    o[QStringLiteral("profile")] = r.profile;
    o[QStringLiteral("seed")] = QString::number(r.seed);
    o[QStringLiteral("start")] =
        QDateTime::fromMSecsSinceEpoch(r.startEpochMs, QTimeZone::utc()).toString(Qt::ISODate);
    o[QStringLiteral("end_ms")] = r.endMs;
    o[QStringLiteral("replicas")] = r.replicas;
    o[QStringLiteral("cancelled")] = r.cancelled;
    o[QStringLiteral("requests")] = r.requests;
    o[QStringLiteral("clients")] = r.clients;
    o[QStringLiteral("bucket_ms")] = r.bucketMs;
    o[QStringLiteral("route_cache")] = QJsonObject {{QStringLiteral("hits"), r.routeCacheHits},
                                                    {QStringLiteral("misses"), r.routeCacheMisses}};
    QJsonArray pods;
    for (const PodInfo &p : r.pods) {
        pods.append(QJsonObject {{QStringLiteral("name"), p.name},
                                 {QStringLiteral("namespace"), p.ns},
                                 {QStringLiteral("deployment"), p.deployment},
                                 {QStringLiteral("ip"), p.ip},
                                 {QStringLiteral("created_ms"), p.createdMs},
                                 {QStringLiteral("ready_ms"), p.readyMs},
                                 {QStringLiteral("removed_ms"), p.removedMs},
                                 {QStringLiteral("initial"), p.initial}});
    }
    o[QStringLiteral("pods")] = pods;
    QJsonArray groups;
    for (size_t g = 0; g < r.groups.size(); ++g) {
        const RouteGroup &group = r.groups[g];
        const RouteStats &s = r.stats[g];
        QJsonObject j {{QStringLiteral("route"), group.route},
                       {QStringLiteral("route_kind"), group.routeKind},
                       {QStringLiteral("rule"), group.rule},
                       {QStringLiteral("upstream"), group.upstream},
                       {QStringLiteral("balancing"), group.balancing},
                       {QStringLiteral("sticky"), group.sticky},
                       {QStringLiteral("label"), group.label},
                       {QStringLiteral("requests"), s.requests},
                       {QStringLiteral("served"), s.served},
                       {QStringLiteral("transitions"), s.transitions},
                       {QStringLiteral("stays"), s.stays},
                       {QStringLiteral("stickiness"), number(s.stickiness())},
                       {QStringLiteral("sessions"), s.sessions},
                       {QStringLiteral("broken_sessions"), s.brokenSessions},
                       {QStringLiteral("session_breaks"), s.sessionBreaks},
                       {QStringLiteral("clients"), s.pairs},
                       {QStringLiteral("remapped_by_events"), s.remappedByEvents}};
        QJsonObject statuses;
        for (const auto &[status, n] : s.statuses)
            statuses[QString::number(status)] = n;
        j[QStringLiteral("statuses")] = statuses;
        QJsonArray seen, histogram;
        for (qint64 n : s.podsSeen)
            seen.append(n);
        for (qint64 n : s.stickinessHistogram)
            histogram.append(n);
        j[QStringLiteral("pods_seen")] = seen;
        j[QStringLiteral("stickiness_histogram")] = histogram;
        QJsonArray load;
        for (const auto &[pod, n] : s.podLoad)
            load.append(QJsonObject {{QStringLiteral("pod"), pod}, {QStringLiteral("requests"), n}});
        j[QStringLiteral("pod_load")] = load;
        groups.append(j);
    }
    o[QStringLiteral("groups")] = groups;
    QJsonArray upstreams;
    for (const UpstreamStats &u : r.upstreams) {
        QJsonArray epochs;
        for (const BalanceEpoch &e : u.epochs) {
            QJsonArray pods, load;
            for (int p : e.pods)
                pods.append(p);
            for (qint64 l : e.load)
                load.append(l);
            epochs.append(QJsonObject {{QStringLiteral("start_ms"), e.startMs},
                                       {QStringLiteral("end_ms"), e.endMs},
                                       {QStringLiteral("started_by"), changeName(e.startedBy)},
                                       {QStringLiteral("pods"), pods},
                                       {QStringLiteral("load"), load},
                                       {QStringLiteral("max_over_mean"), number(e.maxOverMean())},
                                       {QStringLiteral("cv"), number(e.cv())}});
        }
        upstreams.append(QJsonObject {{QStringLiteral("name"), u.name},
                                      {QStringLiteral("balancing"), u.balancing},
                                      {QStringLiteral("sticky"), u.sticky},
                                      {QStringLiteral("max_over_mean"), number(u.maxOverMean())},
                                      {QStringLiteral("cv"), number(u.cv())},
                                      {QStringLiteral("epochs"), epochs}});
    }
    o[QStringLiteral("upstreams")] = upstreams;
    QJsonArray markers;
    for (const EventMarker &m : r.markers) {
        QJsonArray events, added, removed, impact;
        for (int e : m.events)
            events.append(e);
        for (int p : m.podsAdded)
            added.append(p);
        for (int p : m.podsRemoved)
            removed.append(p);
        for (const EventImpact &i : m.impact) {
            impact.append(QJsonObject {{QStringLiteral("group"), i.group},
                                       {QStringLiteral("compared"), i.compared},
                                       {QStringLiteral("remapped"), i.remapped},
                                       {QStringLiteral("share"), number(i.share())}});
        }
        markers.append(QJsonObject {{QStringLiteral("at_ms"), m.atMs},
                                    {QStringLiteral("end_ms"), m.endMs},
                                    {QStringLiteral("label"), m.label},
                                    {QStringLiteral("events"), events},
                                    {QStringLiteral("pods_added"), added},
                                    {QStringLiteral("pods_removed"), removed},
                                    {QStringLiteral("impact"), impact}});
    }
    o[QStringLiteral("markers")] = markers;
    QJsonArray changes;
    for (const ConfigChangeRecord &c : r.changes) {
        changes.append(QJsonObject {{QStringLiteral("at_ms"), c.atMs},
                                    {QStringLiteral("change"), changeName(c.change)},
                                    {QStringLiteral("upstreams"), QJsonArray::fromStringList(c.upstreams)}});
    }
    o[QStringLiteral("changes")] = changes;
    QJsonArray series;
    for (const std::vector<qint64> &s : r.podLoadOverTime) {
        QJsonArray a;
        for (qint64 n : s)
            a.append(n);
        series.append(a);
    }
    o[QStringLiteral("pod_load_over_time")] = series;
    QJsonArray rows;
    for (size_t i = 0; i < r.strip.rows.size(); ++i) {
        const AssignmentStrip::Row &row = r.strip.rows[i];
        QJsonArray cells;
        for (int b = 0; b < r.strip.buckets; ++b)
            cells.append(r.strip.cell(int(i), b));
        rows.append(QJsonObject {{QStringLiteral("population"), row.population},
                                 {QStringLiteral("client"), row.client},
                                 {QStringLiteral("entry"), row.entry},
                                 {QStringLiteral("group"), row.group},
                                 {QStringLiteral("label"), row.label},
                                 {QStringLiteral("cells"), cells}});
    }
    o[QStringLiteral("strip")] =
        QJsonObject {{QStringLiteral("bucket_ms"), r.strip.bucketMs}, {QStringLiteral("rows"), rows}};
    QJsonArray records;
    for (const RequestRecord &rec : r.records)
        records.append(json(rec));
    o[QStringLiteral("records")] = records;
    QJsonArray warnings;
    for (const Diagnostic &d : r.diagnostics)
        warnings.append(d.toString());
    o[QStringLiteral("warnings")] = warnings;
    return o;
}

QByteArray ResultWriter::jsonText(const SimulationResult &result)
{
    return QJsonDocument(json(result)).toJson(QJsonDocument::Indented);
}

QByteArray ResultWriter::transcript(const SimulationResult &r, const Scenario &scenario)
{
    QString out;
    // Records are in arrival order; the guide prints each curl loop as a whole.
    for (int p = 0; p < int(scenario.populations.size()); ++p) {
        const Population &pop = scenario.populations[size_t(p)];
        std::map<qint64, std::vector<const RequestRecord *>> byClient;
        for (const RequestRecord &rec : r.records) {
            if (rec.population == p)
                byClient[rec.clientIndex].push_back(&rec);
        }
        if (!out.isEmpty())
            out += u'\n';
        out += QStringLiteral("# ") + (pop.title.isEmpty() ? pop.name : pop.title) + u'\n';
        for (const auto &[client, records] : byClient) {
            if (byClient.size() > 1)
                out += QStringLiteral("## ") +
                    Tr::tr("client %1 (%2)").arg(client).arg(records.front()->client) + u'\n';
            int number = 0;
            int lastStep = -1;
            for (const RequestRecord *rec : records) {
                const RequestTemplate *step =
                    pop.scripted() && rec->step >= 0 && rec->step < int(pop.script.size())
                    ? &pop.script[size_t(rec->step)]
                    : nullptr;
                const QString mode = step ? step->transcript : QStringLiteral("numbered");
                if (step && rec->step != lastStep && !step->title.isEmpty())
                    out += QStringLiteral("$ ") + step->title + u'\n';
                lastStep = rec->step;
                if (mode == u"hidden")
                    continue;
                if (mode == u"headers") {
                    out += QStringLiteral("< HTTP/1.1 %1").arg(rec->status) + u'\n';
                    if (!rec->setCookie.isEmpty())
                        out += QStringLiteral("< Set-Cookie: ") + QString::fromUtf8(rec->setCookie) + u'\n';
                    out += u'\n';
                    continue;
                }
                out += QStringLiteral("Request #%1").arg(++number) + u'\n';
                if (rec->endpoint.isEmpty()) {
                    out += QStringLiteral("Status: %1").arg(rec->status) + u'\n';
                } else {
                    out += QStringLiteral("Server address: ") + rec->endpoint + u'\n';
                    out += QStringLiteral("Server name: ") + rec->pod + u'\n';
                }
                out += u'\n';
            }
        }
    }
    return out.toUtf8();
}

} // namespace gw::sim
