// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe/probereport.h"

#include "ngf/generator.h"
#include "probe/accesslog.h"
#include "sim/tracerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

namespace gw::probe {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::probe::ProbeReporter)
};

/** Route rules that split traffic over several backends (`split_clients $request_id`). */
QSet<QString> splitRules(const sim::GatewayConfig &config)
{
    QSet<QString> rules;
    if (!config.result().config)
        return rules;
    for (const ngf::BackendGroup &g : config.result().config->backendGroups) {
        int weighted = 0;
        for (const ngf::Backend &b : g.backends)
            weighted += b.weight > 0 ? 1 : 0;
        if (weighted > 1)
            rules.insert(g.routeNs + u'/' + g.routeName + u'#' + QString::number(g.ruleIndex));
    }
    return rules;
}

QByteArray field(const QString &text)
{
    return sim::TraceRunner::csvField(text);
}

} // namespace

int ProbeReport::exitCode() const
{
    if (errors > 0 || cancelled)
        return 2;
    return disagreements > 0 ? 1 : 0;
}

QString ProbeReporter::agreementText(Agreement a)
{
    switch (a) {
    case Agreement::Yes:
        return QStringLiteral("yes");
    case Agreement::No:
        return QStringLiteral("no");
    case Agreement::Random:
        return QStringLiteral("random");
    case Agreement::NotApplicable:
        break;
    }
    return QStringLiteral("n/a");
}

ProbeReport ProbeReporter::build(const ProbeRunner &run, const ProbeContext &context)
{
    ProbeReport report;
    report.cancelled = run.wasCancelled();
    const std::vector<ProbeObservation> &observations = run.observations();

    // The requests as nginx saw them.
    std::vector<sim::TraceRequest> predicted = run.requests();
    const auto seenAs = sim::SocketAddress::parseIp(context.clientAddress);
    for (size_t i = 0; i < predicted.size(); ++i) {
        sim::TraceRequest &t = predicted[i];
        QString seen = run.settings().target.bindSources ? run.clients().source(t.clientText) : t.clientText;
        if (seenAs)
            seen = context.clientAddress;
        if (const auto a = sim::SocketAddress::parseIp(seen)) {
            t.client = *a;
            t.clientText = seen;
        }
        const ProbeObservation &o = observations[i];
        if (o.sent) {
            t.cookie = QString::fromUtf8(o.cookie); // the CSV's and the jar's, as sent
            t.scheme = o.tls ? QStringLiteral("https") : QStringLiteral("http");
        }
        if (context.accessLog && o.sourcePort != 0) {
            const QString client = o.source + u':' + QString::number(o.sourcePort);
            if (const AccessLogEntry *e = context.accessLog->find(client, o.connectionRequest))
                t.requestId = e->requestId;
        }
    }
    sim::TraceOptions options;
    options.seed = context.seed;
    options.startEpochMs = QDateTime::currentMSecsSinceEpoch();
    const std::vector<sim::RequestRecord> records = sim::TraceRunner::run(context.config, predicted, options);

    const QSet<QString> splits = splitRules(*context.config);
    std::map<QString, RouteSummary> routes;
    std::map<QString, std::map<QString, PodShare>> shares;
    std::map<QString, std::map<QString, std::pair<double, double>>>
        randomCounts; // route -> pod -> (pred, obs)

    for (size_t i = 0; i < records.size(); ++i) {
        const sim::RequestRecord &p = records[i];
        const ProbeObservation &o = observations[i];
        const sim::TraceRequest &t = run.requests()[i];
        ProbeRow row;
        row.request = qint64(i) + 1;
        row.client = t.clientText;
        row.source = o.source;
        row.host = t.host;
        row.path = t.target;
        row.route = p.route;
        row.rule = p.rule;
        row.upstream = p.upstream;
        row.balancing = p.balancing;
        row.predictedEndpoint = p.endpoint;
        row.predictedPod = p.pod;
        row.predictedStatus = p.status;
        row.requestId = predicted[i].requestId;
        row.startMs = o.startMs;
        row.durationMs = o.endMs >= 0 && o.startMs >= 0 ? o.endMs - o.startMs : -1;
        row.error = o.error;
        if (context.accessLog && o.sourcePort != 0) {
            if (const AccessLogEntry *e = context.accessLog->find(
                    o.source + u':' + QString::number(o.sourcePort), o.connectionRequest))
                row.upstreamAddr = e->upstreamAddr;
        }
        if (o.error.isEmpty()) {
            row.observedStatus = o.response.status;
            QByteArrayList cookies;
            for (const QByteArray &c : o.response.setCookies())
                cookies << c;
            row.observedSetCookie = cookies.join('\n');
            const PodIdentity id = context.identifier.identify(o.response);
            row.observedEndpoint = id.endpoint;
            row.observedPod = id.pod;
        }

        const bool randomMethod = p.balancing.startsWith(u"random");
        const bool randomSplit =
            splits.contains(p.route + u'#' + QString::number(p.rule)) && row.requestId.isEmpty();
        const bool orderDependent = !p.balancing.contains(u"hash");
        if (!o.error.isEmpty()) {
            row.agree = Agreement::NotApplicable;
        } else if (row.observedStatus != row.predictedStatus) {
            row.agree = Agreement::No;
            row.why = Tr::tr("the status differs");
        } else if (p.endpoint.isEmpty()) {
            row.agree = Agreement::Yes; // nginx answered itself, as predicted
        } else if (row.observedPod.isEmpty() && row.observedEndpoint.isEmpty()) {
            row.agree = Agreement::NotApplicable;
            row.why = Tr::tr("no Pod identified in the answer");
        } else if (randomMethod || randomSplit || (o.concurrent && orderDependent)) {
            row.agree = Agreement::Random;
            row.why = randomMethod ? Tr::tr("%1 draws at random").arg(p.balancing)
                : randomSplit      ? Tr::tr("the traffic split draws at random ($request_id)")
                                   : Tr::tr("sent concurrently: nginx may see another order");
        } else if (!row.observedEndpoint.isEmpty() && !p.endpoint.isEmpty()) {
            row.agree = row.observedEndpoint == p.endpoint ? Agreement::Yes : Agreement::No;
        } else {
            row.agree = row.observedPod == p.pod ? Agreement::Yes : Agreement::No;
        }

        RouteSummary &s = routes[row.route];
        s.route = row.route;
        ++s.requests;
        switch (row.agree) {
        case Agreement::Yes:
            ++s.deterministic;
            ++s.agreed;
            break;
        case Agreement::No:
            ++s.deterministic;
            ++report.disagreements;
            break;
        case Agreement::Random:
            ++s.random;
            break;
        case Agreement::NotApplicable:
            ++s.notApplicable;
            break;
        }
        if (!row.error.isEmpty()) {
            ++s.errors;
            ++report.errors;
        }
        const QString observedPod = row.observedPod.isEmpty() ? row.observedEndpoint : row.observedPod;
        if (!row.predictedPod.isEmpty() || !row.predictedEndpoint.isEmpty()) {
            const QString pod = row.predictedPod.isEmpty() ? row.predictedEndpoint : row.predictedPod;
            shares[row.route][pod].pod = pod;
            ++shares[row.route][pod].predicted;
        }
        if (!observedPod.isEmpty()) {
            shares[row.route][observedPod].pod = observedPod;
            ++shares[row.route][observedPod].observed;
        }
        if (row.agree == Agreement::Random) {
            randomCounts[row.route][row.predictedPod].first += 1;
            randomCounts[row.route][observedPod].second += 1;
        }
        report.rows.push_back(std::move(row));
    }
    for (auto &[name, s] : routes) {
        for (const auto &[pod, share] : shares[name])
            s.pods.push_back(share);
        std::vector<double> a, b;
        for (const auto &[pod, counts] : randomCounts[name]) {
            a.push_back(counts.first);
            b.push_back(counts.second);
        }
        s.randomTest = ChiSquare::homogeneity(a, b);
        report.routes.push_back(s);
    }
    return report;
}

QByteArray ProbeReporter::csv(const ProbeReport &report)
{
    QByteArray out =
        "request,client,host,path,route,rule,upstream,predicted_endpoint,predicted_pod,"
        "predicted_status,observed_endpoint,observed_pod,observed_status,observed_set_cookie,agree,"
        "error\n";
    for (const ProbeRow &r : report.rows) {
        out += QByteArray::number(r.request) + ',' + field(r.client) + ',' + field(r.host) + ',' +
            field(r.path) + ',' + field(r.route) + ',' +
            (r.rule >= 0 ? QByteArray::number(r.rule) : QByteArray()) + ',' + field(r.upstream) + ',' +
            field(r.predictedEndpoint) + ',' + field(r.predictedPod) + ',' +
            QByteArray::number(r.predictedStatus) + ',' + field(r.observedEndpoint) + ',' +
            field(r.observedPod) + ',' + QByteArray::number(r.observedStatus) + ',' +
            field(QString::fromUtf8(r.observedSetCookie)) + ',' + agreementText(r.agree).toLatin1() + ',' +
            field(r.error) + '\n';
    }
    return out;
}

QJsonObject ProbeReporter::json(const ProbeReport &report)
{
    QJsonArray rows;
    for (const ProbeRow &r : report.rows) {
        QJsonObject o {{QStringLiteral("request"), r.request},
                       {QStringLiteral("client"), r.client},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("host"), r.host},
                       {QStringLiteral("path"), r.path},
                       {QStringLiteral("route"), r.route},
                       {QStringLiteral("rule"), r.rule},
                       {QStringLiteral("upstream"), r.upstream},
                       {QStringLiteral("balancing"), r.balancing},
                       {QStringLiteral("predictedEndpoint"), r.predictedEndpoint},
                       {QStringLiteral("predictedPod"), r.predictedPod},
                       {QStringLiteral("predictedStatus"), r.predictedStatus},
                       {QStringLiteral("observedEndpoint"), r.observedEndpoint},
                       {QStringLiteral("observedPod"), r.observedPod},
                       {QStringLiteral("observedStatus"), r.observedStatus},
                       {QStringLiteral("observedSetCookie"), QString::fromUtf8(r.observedSetCookie)},
                       {QStringLiteral("agree"), agreementText(r.agree)},
                       {QStringLiteral("why"), r.why},
                       {QStringLiteral("error"), r.error},
                       {QStringLiteral("requestId"), r.requestId},
                       {QStringLiteral("upstreamAddr"), r.upstreamAddr},
                       {QStringLiteral("startMs"), r.startMs},
                       {QStringLiteral("durationMs"), r.durationMs}};
        rows.append(o);
    }
    QJsonArray routes;
    for (const RouteSummary &s : report.routes) {
        QJsonArray pods;
        for (const PodShare &p : s.pods)
            pods.append(QJsonObject {{QStringLiteral("pod"), p.pod},
                                     {QStringLiteral("predicted"), p.predicted},
                                     {QStringLiteral("observed"), p.observed}});
        QJsonObject o {{QStringLiteral("route"), s.route},
                       {QStringLiteral("requests"), s.requests},
                       {QStringLiteral("deterministic"), s.deterministic},
                       {QStringLiteral("agreed"), s.agreed},
                       {QStringLiteral("random"), s.random},
                       {QStringLiteral("notApplicable"), s.notApplicable},
                       {QStringLiteral("errors"), s.errors},
                       {QStringLiteral("pods"), pods}};
        if (s.randomTest.degreesOfFreedom > 0)
            o.insert(QStringLiteral("randomTest"),
                     QJsonObject {{QStringLiteral("chiSquare"), s.randomTest.statistic},
                                  {QStringLiteral("degreesOfFreedom"), s.randomTest.degreesOfFreedom},
                                  {QStringLiteral("pValue"), s.randomTest.pValue}});
        routes.append(o);
    }
    return QJsonObject {{QStringLiteral("rows"), rows},
                        {QStringLiteral("routes"), routes},
                        {QStringLiteral("errors"), report.errors},
                        {QStringLiteral("disagreements"), report.disagreements},
                        {QStringLiteral("cancelled"), report.cancelled},
                        {QStringLiteral("exitCode"), report.exitCode()}};
}

QString ProbeReporter::summary(const ProbeReport &report)
{
    const QLocale c = QLocale::c();
    QString out;
    for (const RouteSummary &s : report.routes) {
        out += (s.route.isEmpty() ? Tr::tr("no route") : Tr::tr("route %1").arg(s.route)) + u'\n';
        // Counts as "name: N", the same in every language (no %n plural forms).
        out += Tr::tr("  requests: %1; deterministic predictions held: %2 of %3")
                   .arg(s.requests)
                   .arg(s.agreed)
                   .arg(s.deterministic);
        if (s.random > 0)
            out += Tr::tr("; drawn at random: %1").arg(s.random);
        if (s.notApplicable > 0)
            out += Tr::tr("; without a Pod or an answer: %1").arg(s.notApplicable);
        if (s.errors > 0)
            out += Tr::tr(" (errors: %1)").arg(s.errors);
        out += u'\n';
        int predictedTotal = 0, observedTotal = 0;
        for (const PodShare &p : s.pods) {
            predictedTotal += p.predicted;
            observedTotal += p.observed;
        }
        for (const PodShare &p : s.pods) {
            out += Tr::tr("  %1: observed %2 (%3%), predicted %4 (%5%)")
                       .arg(p.pod)
                       .arg(p.observed)
                       .arg(c.toString(observedTotal ? 100.0 * p.observed / observedTotal : 0.0, 'f', 1))
                       .arg(p.predicted)
                       .arg(c.toString(predictedTotal ? 100.0 * p.predicted / predictedTotal : 0.0, 'f', 1)) +
                u'\n';
        }
        if (s.randomTest.degreesOfFreedom > 0)
            out += Tr::tr("  random choices: chi-square %1, degrees of freedom: %2, p = %3 (%4)")
                       .arg(c.toString(s.randomTest.statistic, 'f', 2))
                       .arg(s.randomTest.degreesOfFreedom)
                       .arg(c.toString(s.randomTest.pValue, 'g', 3))
                       .arg(s.randomTest.pValue >= 0.001 ? Tr::tr("consistent with the prediction")
                                                         : Tr::tr("not consistent with the prediction")) +
                u'\n';
    }
    if (report.cancelled)
        out += Tr::tr("cancelled") + u'\n';
    return out;
}

} // namespace gw::probe
