// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatecommand.h"

#include "rendercommand.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "sim/comparisonwriter.h"
#include "sim/gatewayconfig.h"
#include "sim/methodcomparison.h"
#include "sim/requestscsv.h"
#include "sim/resultwriter.h"
#include "sim/scenarioparser.h"
#include "sim/scenariorunner.h"
#include "sim/tracerunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::SimulateCommand)
};

const QString Prefix = QStringLiteral("gwstudio simulate: ");

void printDiagnostics(const Diagnostics &diagnostics, QTextStream &err)
{
    for (const Diagnostic &d : diagnostics) {
        const QString prefix = d.severity == Diagnostic::Severity::Error ? QString() : Tr::tr("warning: ");
        err << prefix << d.toString() << Qt::endl;
    }
}

/** Warns about upstreams the simulator cannot balance (their requests get 502). */
void warnUpstreams(const sim::GatewayConfig &config, QTextStream &err)
{
    for (const sim::UpstreamSnapshot &u : config.upstreams()) {
        for (const Diagnostic &d : u.diagnostics) {
            if (d.severity == Diagnostic::Severity::Error)
                err << Tr::tr("warning: %1 (the simulation answers its requests with 502)").arg(d.toString())
                    << Qt::endl;
        }
    }
}

/** Output that may be written piece by piece: standard output, or a file replaced atomically at the end. */
class OutputStream
{
public:
    bool open(const QString &path, QTextStream &err)
    {
        if (path.isEmpty() || path == u"-") {
            m_stdout = std::make_unique<QFile>();
            if (!m_stdout->open(stdout, QIODevice::WriteOnly)) {
                err << Tr::tr("gwstudio: cannot write to standard output") << Qt::endl;
                return false;
            }
            return true;
        }
        m_file = std::make_unique<QSaveFile>(path);
        if (!m_file->open(QIODevice::WriteOnly)) {
            err << Tr::tr("gwstudio: cannot write %1: %2").arg(path, m_file->errorString()) << Qt::endl;
            return false;
        }
        return true;
    }
    bool write(const QByteArray &data)
    {
        QIODevice *d = m_file ? static_cast<QIODevice *>(m_file.get()) : m_stdout.get();
        m_ok = m_ok && d->write(data) == data.size();
        return m_ok;
    }
    bool finish(QTextStream &err)
    {
        if (m_file && (!m_ok || !m_file->commit())) {
            err << Tr::tr("gwstudio: cannot write %1: %2").arg(m_file->fileName(), m_file->errorString())
                << Qt::endl;
            return false;
        }
        if (m_stdout)
            m_stdout->flush();
        return m_ok;
    }

private:
    std::unique_ptr<QFile> m_stdout;
    std::unique_ptr<QSaveFile> m_file;
    bool m_ok = true;
};

} // namespace

SimulateCommand::SimulateCommand()
    : m_requests(QStringLiteral("requests"),
                 Tr::tr("Trace mode: the requests to simulate, as CSV (client, host, path, ...)."),
                 Tr::tr("REQUESTS.csv"))
    , m_scenario(QStringLiteral("scenario"),
                 Tr::tr("Scenario mode: a SimulationScenario (client populations, replicas, events)."),
                 Tr::tr("SCENARIO.yaml"))
    , m_scenarioName(QStringLiteral("scenario-name"),
                     Tr::tr("The scenario to run when the file holds several."), Tr::tr("NAME"))
    , m_cookieJar(
          QStringLiteral("cookie-jar"),
          Tr::tr(
              "Trace mode: every client keeps the cookies responses set and sends them later (curl -c/-b)."))
    , m_seed(QStringLiteral("seed"),
             Tr::tr("Seed of every random draw (random methods, traffic splits, clients)."), Tr::tr("N"))
    , m_format(
          QStringLiteral("format"),
          Tr::tr(
              "Output format. Trace mode: csv (default) or json. Scenario mode: text (default), csv, json, "
              "transcript (the guide's curl output) or requests (one CSV row per request)."),
          Tr::tr("FORMAT"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               Tr::tr("Write to this file instead of standard output."), Tr::tr("OUT"))
    , m_start(QStringLiteral("start"),
              Tr::tr("Wall-clock time of the simulation's start, RFC 3339 (default 2026-01-01T00:00:00Z; the "
                     "scenario's startTime)."),
              Tr::tr("TIME"))
    , m_record(
          QStringLiteral("record"),
          Tr::tr("Scenario mode: requests kept in full with explanations (default: the scenario's record; "
                 "-1: all)."),
          Tr::tr("N"))
    , m_compare(
          QStringLiteral("compare"),
          Tr::tr("Scenario mode: run the scenario under every session persistence method (ip_hash, hash "
                 "consistent, sticky cookie, random two least_conn, round robin) and judge each; text "
                 "(default), csv or json."))
    , m_engine(
          QStringLiteral("engine"),
          Tr::tr("The data plane: ngf (default: the configuration NGF generates, nginx's balancers) or "
                 "ingress-nginx (the design's Ingresses through ingress-nginx v1.15.1's Lua balancers)."),
          Tr::tr("ENGINE"))
    , m_workers(QStringLiteral("workers"),
                Tr::tr("With --engine ingress-nginx: nginx workers per replica, each with its own balancers "
                       "(default: the ConfigMap's worker-processes, else 1)."),
                Tr::tr("N"))
    , m_hashKey(QStringLiteral("hash-key"),
                Tr::tr("With --compare: the key of the consistent hash (default: a cookie or header the "
                       "scenario's requests send, else $remote_addr)."),
                Tr::tr("KEY"))
{ }

QString SimulateCommand::summary() const
{
    return Tr::tr("simulate which Pod answers each request, as nginx balances them");
}

void SimulateCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser);
    for (const QCommandLineOption *o :
         {&m_requests, &m_scenario, &m_scenarioName, &m_cookieJar, &m_seed, &m_format, &m_output, &m_start,
          &m_record, &m_compare, &m_hashKey, &m_engine, &m_workers})
        parser.addOption(*o);
}

bool SimulateCommand::readFile(const QString &path, QByteArray &data, QTextStream &err) const
{
    return readArgumentFile(path, data, Prefix, err);
}

int SimulateCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const bool trace = parser.isSet(m_requests);
    if (trace == parser.isSet(m_scenario)) {
        err << Prefix
            << Tr::tr("give either --requests REQUESTS.csv (trace mode) or --scenario SCENARIO.yaml")
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(m_seed)) {
        bool ok = false;
        parser.value(m_seed).toULongLong(&ok);
        if (!ok) {
            err << Prefix << Tr::tr("--seed expects a whole number, got \"%1\"").arg(parser.value(m_seed))
                << Qt::endl;
            return ExitUsage;
        }
    }
    if (parser.isSet(m_start) && !QDateTime::fromString(parser.value(m_start), Qt::ISODate).isValid()) {
        err << Prefix
            << Tr::tr("--start expects an RFC 3339 time such as 2025-12-10T01:39:55Z, got \"%1\"")
                   .arg(parser.value(m_start))
            << Qt::endl;
        return ExitUsage;
    }
    const QString engine = parser.isSet(m_engine) ? parser.value(m_engine) : QStringLiteral("ngf");
    if (engine != u"ngf" && engine != u"ingress-nginx") {
        err << Prefix << Tr::tr("--engine is ngf or ingress-nginx, not \"%1\"").arg(engine) << Qt::endl;
        return ExitUsage;
    }
    m_engineOptions = {};
    m_engineOptions.kind = engine == u"ingress-nginx" ? sim::EngineKind::IngressNginx : sim::EngineKind::Ngf;
    if (parser.isSet(m_workers)) {
        bool ok = false;
        const int n = parser.value(m_workers).toInt(&ok);
        if (!ok || n < 1 || n > 64 || m_engineOptions.kind != sim::EngineKind::IngressNginx) {
            err << Prefix << Tr::tr("--workers expects 1 to 64 and goes with --engine ingress-nginx")
                << Qt::endl;
            return ExitUsage;
        }
        m_engineOptions.workers = n;
    }
    ngf::Profile profile;
    if (!RenderCommand::profile(m_input, parser, profile, err))
        return ExitUsage;
    return trace ? runTrace(parser, profile, err) : runScenario(parser, profile, err);
}

int SimulateCommand::runTrace(const QCommandLineParser &parser, const ngf::Profile &profile, QTextStream &err)
{
    const QString format = parser.value(m_format).isEmpty() ? QStringLiteral("csv") : parser.value(m_format);
    if (format != u"csv" && format != u"json") {
        err << Prefix << Tr::tr("trace mode writes csv or json, not \"%1\"").arg(format) << Qt::endl;
        return ExitUsage;
    }
    for (const QCommandLineOption *o : {&m_scenarioName, &m_record, &m_compare, &m_hashKey}) {
        if (parser.isSet(*o)) {
            err << Prefix << Tr::tr("--%1 belongs to scenario mode").arg(o->names().constLast()) << Qt::endl;
            return ExitUsage;
        }
    }
    auto design = std::make_shared<Design>();
    if (!m_input.load(parser, *design, err))
        return ExitUsage;
    const QString csvPath = parser.value(m_requests);
    QByteArray csv;
    if (!readFile(csvPath, csv, err))
        return ExitUsage;
    Diagnostics diagnostics;
    const std::vector<sim::TraceRequest> requests =
        sim::RequestsCsv::parse(csv, csvPath == u"-" ? QStringLiteral("<stdin>") : csvPath, diagnostics);
    if (hasErrors(diagnostics)) {
        printDiagnostics(diagnostics, err);
        return ExitUsage;
    }
    sim::TraceOptions options;
    options.cookieJar = parser.isSet(m_cookieJar);
    options.seed = parser.value(m_seed).toULongLong();
    options.explain = format == u"json";
    if (parser.isSet(m_start))
        options.startEpochMs = QDateTime::fromString(parser.value(m_start), Qt::ISODate).toMSecsSinceEpoch();
    QString error;
    std::vector<sim::RequestRecord> records;
    if (m_engineOptions.kind == sim::EngineKind::IngressNginx) {
        const std::unique_ptr<sim::SimulatedGateway> gateway =
            sim::makeGateway(m_engineOptions, 1, options.seed, options.startEpochMs);
        if (!gateway->load(design, 0, true, nullptr, &error)) {
            err << Prefix << error << Qt::endl;
            return ExitUsage;
        }
        printDiagnostics(gateway->notes(), err);
        records = sim::TraceRunner::run(*gateway, requests, options);
    } else {
        const auto config = sim::GatewayConfig::build(design, profile, nullptr, &error);
        if (!config) {
            err << Prefix << error << Qt::endl;
            return ExitUsage;
        }
        printDiagnostics(config->result().graph.notes, err);
        warnUpstreams(*config, err);
        records = sim::TraceRunner::run(config, requests, options);
    }
    QByteArray data;
    if (format == u"csv") {
        data = sim::TraceRunner::toCsv(records);
    } else {
        QJsonArray array;
        for (const sim::RequestRecord &r : records)
            array.append(sim::ResultWriter::json(r));
        data = QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    return writeOutput(parser.value(m_output), data, err) ? ExitOk : ExitUsage;
}

int SimulateCommand::runScenario(const QCommandLineParser &parser, ngf::Profile profile, QTextStream &err)
{
    const QString format = parser.value(m_format).isEmpty() ? QStringLiteral("text") : parser.value(m_format);
    const QStringList formats {QStringLiteral("text"), QStringLiteral("csv"), QStringLiteral("json"),
                               QStringLiteral("transcript"), QStringLiteral("requests")};
    if (!formats.contains(format)) {
        err << Prefix
            << Tr::tr("scenario mode writes %1, not \"%2\"").arg(formats.join(QStringLiteral(", ")), format)
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(m_cookieJar)) {
        err << Prefix
            << Tr::tr("--cookie-jar belongs to trace mode; a scenario sets cookieJar per population")
            << Qt::endl;
        return ExitUsage;
    }
    const bool compare = parser.isSet(m_compare);
    if (compare && format != u"text" && format != u"csv" && format != u"json") {
        err << Prefix << Tr::tr("--compare writes text, csv or json, not \"%1\"").arg(format) << Qt::endl;
        return ExitUsage;
    }
    if (compare && m_engineOptions.kind != sim::EngineKind::Ngf) {
        err << Prefix
            << Tr::tr("--compare compares NGF's methods; it does not go with --engine ingress-nginx")
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(m_hashKey) && !compare) {
        err << Prefix << Tr::tr("--hash-key goes with --compare") << Qt::endl;
        return ExitUsage;
    }
    const QString scenarioPath = parser.value(m_scenario);
    QByteArray text;
    if (!readFile(scenarioPath, text, err))
        return ExitUsage;
    Diagnostics diagnostics;
    const auto scenario =
        sim::ScenarioParser::parse(text, scenarioPath == u"-" ? QStringLiteral("<stdin>") : scenarioPath,
                                   diagnostics, parser.value(m_scenarioName));
    if (!scenario) {
        printDiagnostics(diagnostics, err);
        return ExitUsage;
    }
    printDiagnostics(diagnostics, err);
    sim::Scenario s = *scenario;
    if (parser.isSet(m_start))
        s.startEpochMs = QDateTime::fromString(parser.value(m_start), Qt::ISODate).toMSecsSinceEpoch();

    // The scenario's profile, unless the command line says otherwise.
    ngf::Profile merged = sim::ScenarioRunner::profile(s, profile);
    if (parser.isSet(QStringLiteral("ngf-version")))
        merged.version = profile.version;
    if (parser.isSet(QStringLiteral("plus")))
        merged.plus = true;
    if (parser.isSet(QStringLiteral("experimental")))
        merged.experimental = true;
    if (parser.isSet(QStringLiteral("snippets")))
        merged.snippets = true;
    if (parser.isSet(QStringLiteral("gateway")))
        merged.gateway = profile.gateway;

    Design design;
    if (!m_input.load(parser, design, err))
        return ExitUsage;
    const sim::SimulationInput input = sim::SimulationInput::fromDesign(design, merged);

    sim::RunOptions options;
    options.engine = m_engineOptions.kind;
    options.workers = m_engineOptions.workers;
    if (parser.isSet(m_seed))
        options.seed = parser.value(m_seed).toULongLong();
    if (parser.isSet(m_record)) {
        bool ok = false;
        const int n = parser.value(m_record).toInt(&ok);
        if (!ok || n < -1) {
            err << Prefix << Tr::tr("--record expects a number of requests, or -1 for all") << Qt::endl;
            return ExitUsage;
        }
        options.record = n;
    }
    if (format == u"transcript") {
        constexpr qint64 Limit = 100000;
        if (sim::ScenarioRunner::plannedRequests(s) > Limit) {
            err << Prefix
                << Tr::tr("a transcript lists every request; this scenario plans more than %1 (use --format "
                          "requests)")
                       .arg(Limit)
                << Qt::endl;
            return ExitUsage;
        }
        options.record = -1;
    }
    if (compare) {
        sim::CompareOptions compareOptions;
        compareOptions.hashKey = parser.value(m_hashKey);
        Diagnostics compareDiagnostics;
        const auto comparison =
            sim::MethodComparer::run(input, s, compareOptions, options, compareDiagnostics);
        if (!comparison) {
            if (compareDiagnostics.empty())
                err << Prefix << Tr::tr("the design cannot be simulated") << Qt::endl;
            printDiagnostics(compareDiagnostics, err);
            return ExitUsage;
        }
        for (const sim::ComparedMethod &m : comparison->methods) {
            if (!m.available)
                err << Tr::tr("warning: %1 not run: %2").arg(m.label, m.unavailableReason) << Qt::endl;
        }
        const QByteArray data = format == u"csv" ? sim::ComparisonWriter::csv(*comparison)
            : format == u"json"                  ? sim::ComparisonWriter::jsonText(*comparison)
                                                 : sim::ComparisonWriter::text(*comparison);
        return writeOutput(parser.value(m_output), data, err) ? ExitOk : ExitUsage;
    }
    OutputStream stream;
    if (format == u"requests") {
        if (!stream.open(parser.value(m_output), err))
            return ExitUsage;
        // The rows stream out while the run goes on, so the limit_req columns are decided before it:
        // they are there when the design can limit (a RateLimitPolicy, or limit_req in a snippet).
        const bool limitReq = std::any_of(input.files.begin(), input.files.end(), [](const auto &f) {
            return f.text.contains("RateLimitPolicy") || f.text.contains("limit_req");
        });
        stream.write(sim::TraceRunner::csvHeader(limitReq));
        QByteArray buffer;
        options.onRequest = [&](const sim::RequestRecord &r) {
            buffer += sim::TraceRunner::csvRow(r, limitReq);
            if (buffer.size() > (1 << 20)) {
                stream.write(buffer);
                buffer.clear();
            }
        };
        Diagnostics runDiagnostics;
        const auto result = sim::ScenarioRunner::run(input, s, options, runDiagnostics);
        if (!result) {
            printDiagnostics(runDiagnostics, err);
            return ExitUsage;
        }
        stream.write(buffer);
        printDiagnostics(result->diagnostics, err);
        return stream.finish(err) ? ExitOk : ExitUsage;
    }
    Diagnostics runDiagnostics;
    const auto result = sim::ScenarioRunner::run(input, s, options, runDiagnostics);
    if (!result) {
        if (runDiagnostics.empty())
            err << Prefix << Tr::tr("the design cannot be simulated") << Qt::endl;
        printDiagnostics(runDiagnostics, err);
        return ExitUsage;
    }
    printDiagnostics(result->diagnostics, err);
    QByteArray data;
    if (format == u"text")
        data = sim::ResultWriter::text(*result);
    else if (format == u"csv")
        data = sim::ResultWriter::csv(*result);
    else if (format == u"json")
        data = sim::ResultWriter::jsonText(*result);
    else
        data = sim::ResultWriter::transcript(*result, s);
    return writeOutput(parser.value(m_output), data, err) ? ExitOk : ExitUsage;
}

} // namespace gw::cli
