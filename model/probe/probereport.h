// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "probe/chisquare.h"
#include "probe/podidentifier.h"
#include "probe/proberunner.h"
#include "sim/gatewayconfig.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace gw::probe {

class AccessLog;

/** Whether a prediction held (the `agree` column). */
enum class Agreement {
    Yes, ///< a deterministic choice, and nginx made the same
    No, ///< a deterministic choice (or the status), and nginx made another
    Random, ///< nginx chose at random: judged in distribution in the summary
    NotApplicable, ///< no answer, or no Pod could be identified in it
};

/** One request: the prediction and the observation side by side. */
struct ProbeRow
{
    qint64 request = 0; ///< 1-based, the CSV's order
    QString client; ///< as the CSV has it
    QString source; ///< the address the connection came from (nginx's $remote_addr on loopback)
    QString host;
    QString path; ///< with query
    QString route;
    int rule = -1;
    QString upstream;
    QString balancing; ///< the upstream's method as written
    QString predictedEndpoint;
    QString predictedPod;
    int predictedStatus = 0;
    QString observedEndpoint;
    QString observedPod;
    int observedStatus = 0; ///< 0: no HTTP answer
    QByteArray observedSetCookie; ///< the Set-Cookie headers, one per line
    Agreement agree = Agreement::NotApplicable;
    QString why; ///< why the row is random or n/a (concurrency, a split without nginx's $request_id, ...)
    QString error; ///< why there is no answer
    QString requestId; ///< nginx's $request_id (sandbox: from its access log)
    QString upstreamAddr; ///< nginx's $upstream_addr (sandbox: from its access log)
    qint64 startMs = -1;
    qint64 durationMs = -1;
};

/** A Pod's share of one route's answers. */
struct PodShare
{
    QString pod;
    int predicted = 0;
    int observed = 0;
};

/** The summary of one route ("" for requests no route served). */
struct RouteSummary
{
    QString route;
    int requests = 0;
    int deterministic = 0; ///< rows with yes or no
    int agreed = 0; ///< rows with yes
    int random = 0;
    int notApplicable = 0; ///< errors included
    int errors = 0;
    std::vector<PodShare> pods; ///< every Pod predicted or observed, by name
    /// The random rows' Pods, predicted against observed (degreesOfFreedom 0: no test).
    ChiSquare randomTest;
};

/** The outcome of a probe run. */
struct ProbeReport
{
    std::vector<ProbeRow> rows;
    std::vector<RouteSummary> routes;
    bool cancelled = false;
    int errors = 0; ///< rows without an answer
    int disagreements = 0; ///< rows with "no"

    /** 0 when every deterministic prediction held, 1 when one did not, 2 on errors (or a cancel). */
    int exitCode() const;
};

/** What ProbeReport::build() needs besides the run. */
struct ProbeContext
{
    std::shared_ptr<const sim::GatewayConfig>
        config; ///< the rendering predicted on (the sandbox's, or the design's)
    PodIdentifier identifier;
    QString clientAddress; ///< --client-address: what a remote gateway sees for every request
    quint64 seed = 0;
    const AccessLog *accessLog = nullptr; ///< the sandbox's; null for a URL target
};

/**
 * Puts a ProbeRunner's answers next to the simulator's predictions: the requests as nginx got
 * them — from the addresses it saw (mapped clients, or --client-address), with the Cookie header
 * each one carried (the CSV's and the jar's) and, with the sandbox, nginx's own $request_id from
 * its access log (so traffic splits are predicted from nginx's draw) — through sim::TraceRunner on
 * the rendering the gateway runs. Each prediction thus answers "given this request, which Pod?".
 *
 * A choice is random (`agree` random) when the upstream's method draws (random, random two ...), when
 * the route splits traffic and nginx's $request_id is unknown (a URL target), or when the request
 * overlapped another in time on a method that depends on the order (round robin, least_conn: nginx
 * may see concurrent requests in another order). The status is always compared.
 */
class ProbeReporter
{
public:
    static ProbeReport build(const ProbeRunner &run, const ProbeContext &context);

    /** `request,client,host,path,route,rule,upstream,predicted_endpoint,predicted_pod,predicted_status,
     * observed_endpoint,observed_pod,observed_status,observed_set_cookie,agree,error` */
    static QByteArray csv(const ProbeReport &report);
    /** Every row with its source address, nginx's $request_id and $upstream_addr, and the summary. */
    static QJsonObject json(const ProbeReport &report);
    /** The summary for people: per route, requests, agreement, Pod shares, the random test. */
    static QString summary(const ProbeReport &report);
    static QString agreementText(Agreement a);
};

} // namespace gw::probe
