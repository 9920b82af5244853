// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/design.h"
#include "sim/gatewayconfig.h"
#include "sim/scenarioparser.h"
#include "sim/simulationinput.h"

#include <QFile>

/** Builders for the simulation-pipeline tests: designs from files, configurations from designs. */
namespace pipelinetest {

/** The text of a file of tests/sim/data, or of the repository when \a path starts with '/'. */
inline QByteArray readFile(const QString &path)
{
    const QString full = path.startsWith(u'/') ? QStringLiteral(GW_SOURCE_DIR) + path
                                               : QStringLiteral(GW_TEST_DATA_DIR "/") + path;
    QFile f(full);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(full));
    return f.readAll();
}

/** A simulation input of one file. */
inline gw::sim::SimulationInput input(const QString &path, const gw::ngf::Profile &profile = {})
{
    gw::sim::SimulationInput in;
    in.files.push_back({path, readFile(path)});
    in.profile = profile;
    return in;
}

/** A scenario of resources/examples (by file name). */
inline gw::sim::Scenario exampleScenario(const char *name)
{
    gw::Diagnostics d;
    auto s = gw::sim::ScenarioParser::parse(
        readFile(QStringLiteral("/resources/examples/") + QLatin1String(name)), QLatin1String(name), d);
    if (!s)
        qFatal("example scenario does not read");
    return *s;
}

inline gw::ngf::Profile plusEdge()
{
    gw::ngf::Profile p;
    p.version = gw::ngf::NgfVersion::edge();
    p.plus = true;
    p.experimental = true;
    return p;
}

/** The configuration of \a path (plus \a extra manifests) under \a profile; fails the test if none. */
inline std::shared_ptr<const gw::sim::GatewayConfig> config(const QString &path,
                                                            const gw::ngf::Profile &profile = {},
                                                            const QByteArray &extra = {},
                                                            const gw::sim::GatewayConfig *previous = nullptr)
{
    const auto design = input(path, profile).makeDesign(extra);
    if (!design)
        qFatal("%s does not read", qPrintable(path));
    QString error;
    auto c = gw::sim::GatewayConfig::build(design, profile, previous, &error);
    if (!c)
        qFatal("%s: %s", qPrintable(path), qPrintable(error));
    return c;
}

/** An nginx request for \a host and \a target. */
inline gw::nginx::Request request(const QString &host, const QString &target,
                                  const QString &client = QStringLiteral("10.1.0.1"))
{
    gw::nginx::Request r;
    r.host = host;
    r.target = target;
    r.clientAddress = client;
    return r;
}

} // namespace pipelinetest
