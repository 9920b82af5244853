// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "yaml/diagnostic.h"

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace gw::sim {

/** A request a population sends: one entry of its route mix or one step of its script. */
struct RequestTemplate
{
    QString host; ///< Host header (may carry ":port")
    QString path; ///< path with optional ?query
    QString method = QStringLiteral("GET");
    std::vector<std::pair<QString, QString>> headers;
    QString scheme = QStringLiteral("http"); ///< http or https (https: SNI = host)
    int port = 0; ///< 0: from the host, else the configuration's first HTTP port
    double weight = 1; ///< route mix: relative share
    int repeat = 1; ///< script: how many times in a row
    /// Transcript: `numbered` prints "Request #i / Server address / Server name" (the guide's curl
    /// loop), `headers` prints the response's Set-Cookie as `curl -v` shows it, `hidden` nothing.
    QString transcript = QStringLiteral("numbered");
    QString title; ///< transcript: a heading (the curl command) printed before the step
    SourceLocation location;
};

/** How the clients of a population get their addresses. */
struct AddressPlan
{
    enum class Kind : quint8 {
        Distinct, ///< one client per /24 (distinct to ip_hash): base + 256·i
        Shared24, ///< clients packed into /24s, perSubnet each
        Nat, ///< groups of clients behind one address (each group its own /24)
        IPv6, ///< one IPv6 address per client: base + i
    };
    Kind kind = Kind::Distinct;
    QString base; ///< first address; empty: a default per population
    int perSubnet = 254; ///< Shared24
    int groupSize = 0; ///< Nat: clients per address (or derived from groups)
    int groups = 0; ///< Nat: number of addresses
    qint64 churnEveryMs = 0; ///< 0: addresses never change
    double churnFraction = 0; ///< at each churn tick, the share of addresses that change
    /// A proxy or load balancer in front of the Gateway: nginx sees this address, and the client's
    /// own in X-Forwarded-For (which NginxProxy rewriteClientIP can recover). Empty: none.
    QString proxy;
    bool forwardedFor = true;
};

/** A group of clients that behave alike. */
struct Population
{
    QString name;
    QString title; ///< transcript heading
    qint64 clients = 1;
    AddressPlan addresses;
    bool cookieJar = true;
    qint64 startMs = 0; ///< when the first client starts
    qint64 rampUpMs = 0; ///< clients start spread uniformly over this time (seeded)
    int sessions = 1; ///< sessions per client
    int requestsPerSession = 1; ///< with routes (a script has its own length)
    qint64 thinkTimeMs = 1000; ///< between requests of a session
    double jitter = 0; ///< ± this share of the think time, uniformly (seeded)
    qint64 sessionGapMs = 60000; ///< between the sessions of a client
    qint64 requestDurationMs = 0; ///< time in flight
    bool routePerSession = true; ///< route mix: one draw per session (true) or per request
    std::vector<RequestTemplate> routes; ///< route mix (weighted)
    std::vector<RequestTemplate> script; ///< or: the same steps for every client, in order
    SourceLocation location;

    bool scripted() const { return !script.empty(); }
    /** Requests one session makes. */
    int requestsInSession() const;
};

/** A Pod pinned to a name and address (as `kubectl get pods -o wide` shows it). */
struct PinnedPod
{
    QString ns = QStringLiteral("default");
    QString deployment;
    QString name;
    QString ip;
    SourceLocation location;
};

/** Something that happens to the cluster at a point of the timeline. */
struct ScenarioEvent
{
    enum class Type : quint8 {
        Scale, ///< set a Deployment's replicas
        FailPod, ///< a Pod stops answering; removed from the endpoints after detectAfter
        RestartPod, ///< a Pod is replaced: a new Pod with a new name and IP
        RollingUpdate, ///< a new Pod template: Pods replaced as maxSurge/maxUnavailable allow
    };
    Type type = Type::Scale;
    qint64 atMs = 0;
    QString ns = QStringLiteral("default");
    QString deployment;
    QString pod; ///< FailPod/RestartPod by name
    int index = -1; ///< or by position among the Deployment's Pods (name order)
    int replicas = 0; ///< Scale
    qint64 readyAfterMs = 0; ///< new Pods become ready after this
    qint64 detectAfterMs = 0; ///< FailPod: until then the Pod is listed but refuses connections
    std::optional<qint64> recoverAfterMs; ///< FailPod: ready again (same name and IP) after this
    QString maxSurge; ///< RollingUpdate: override ("25%", "1"); empty: the Deployment's
    QString maxUnavailable;
    QString label; ///< for charts; default: a description of the event
    SourceLocation location;

    /** "scale coffee to 4", "fail coffee-…", … */
    QString describe() const;
};

/**
 * A `kind: SimulationScenario` document (apiVersion gwstudio.dev/v1alpha1): client populations,
 * Gateway replicas and a timeline of cluster events, run against a design by ScenarioRunner. See
 * docs/simulator.md for every field. Times are milliseconds from the start.
 */
struct Scenario
{
    QString name;
    QString description;
    // Profile (each optional; command-line options override)
    std::optional<QString> ngfVersion;
    std::optional<bool> plus;
    std::optional<bool> experimental;
    std::optional<bool> snippets;
    std::optional<QString> gateway;

    std::optional<quint64> seed;
    qint64 startEpochMs = 1767225600000; ///< wall clock at t=0 (default 2026-01-01T00:00:00Z)
    std::optional<qint64> durationMs; ///< no request starts after this
    std::optional<qint64> bucketMs; ///< chart time bucket; default: about 200 buckets
    int replicas = 1; ///< Gateway (nginx) replicas
    bool connectionPerSession = false; ///< kube-proxy: a replica per session instead of per request
    int record = 200; ///< requests recorded in full (with explanations) for the inspector; -1: all
    int stripClients = 100; ///< clients in the assignment strip
    std::vector<PinnedPod> pods;
    std::vector<Population> populations;
    std::vector<ScenarioEvent> events; ///< sorted by time (stable)
    SourceLocation location;

    /** When the plan ends: the populations' last requests and the last event, cut at the duration. */
    qint64 planEndMs() const;
    /** The chart bucket: spec.bucket, else about 200 buckets over planEndMs() (in steps of 100 ms). */
    qint64 chartBucketMs() const;
};

} // namespace gw::sim
