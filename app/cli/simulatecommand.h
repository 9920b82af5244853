// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputoptions.h"
#include "subcommand.h"

#include "ngf/profile.h"
#include "sim/simulatedgateway.h"

namespace gw::cli {

/**
 * `gwstudio simulate`: which Pod answers each request, as nginx would choose it.
 *
 * Trace mode, `--requests REQUESTS.csv [--cookie-jar] [--seed N] [-o OUT.csv]`: the requests of a
 * CSV through the configuration NGF would generate; one output row per request (the command-line
 * contract's columns), or JSON with the routing and balancing explanations (`--format json`).
 *
 * Scenario mode, `--scenario SCENARIO.yaml [--format text|csv|json|transcript|requests] [-o OUT]`:
 * a SimulationScenario (client populations, Gateway replicas, cluster events) and its metrics; the
 * scenario's `profile` applies unless --ngf-version, --plus, --experimental or --gateway say
 * otherwise.
 *
 * Compare methods, `--scenario SCENARIO.yaml --compare [--hash-key KEY] [--format text|csv|json]`:
 * the same scenario under ip_hash, hash KEY consistent, the sticky cookie (NGINX Plus), NGF's
 * default random two least_conn and round robin (MethodComparer), each with its verdict.
 *
 * `--engine ingress-nginx [--workers N]`: both modes through ingress-nginx v1.15.1 instead of NGF —
 * the design's Ingresses, ingress-nginx's locations and its Lua balancers (docs/migration.md).
 */
class SimulateCommand : public Subcommand
{
public:
    SimulateCommand();

    QString name() const override { return QStringLiteral("simulate"); }
    QString summary() const override;
    void setup(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

private:
    int runTrace(const QCommandLineParser &parser, const ngf::Profile &profile, QTextStream &err);
    int runScenario(const QCommandLineParser &parser, ngf::Profile profile, QTextStream &err);
    bool readFile(const QString &path, QByteArray &data, QTextStream &err) const;

    InputOptions m_input;
    QCommandLineOption m_requests;
    QCommandLineOption m_scenario;
    QCommandLineOption m_scenarioName;
    QCommandLineOption m_cookieJar;
    QCommandLineOption m_seed;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
    QCommandLineOption m_start;
    QCommandLineOption m_record;
    QCommandLineOption m_compare;
    QCommandLineOption m_engine;
    QCommandLineOption m_workers;
    QCommandLineOption m_hashKey;
    sim::EngineOptions m_engineOptions;
};

} // namespace gw::cli
