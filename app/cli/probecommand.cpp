// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecommand.h"

#include "interruptwatcher.h"
#include "rendercommand.h"

#include "core/design.h"
#include "probe/probesession.h"
#include "sim/socketaddress.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <limits>

namespace gw::cli {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::cli::ProbeCommand)
};

const QString Prefix = QStringLiteral("gwstudio probe: ");

} // namespace

ProbeCommand::ProbeCommand()
    : m_sandbox(QStringLiteral("sandbox"),
                Tr::tr("Probe the design running on a private local nginx (see gwstudio "
                       "sandbox), started and stopped for this run."))
    , m_target(
          QStringLiteral("target"),
          Tr::tr(
              "Probe the gateway at this URL (http:// or https://, host and port; e.g. http://127.0.0.1:8080 "
              "through kubectl port-forward)."),
          Tr::tr("URL"))
    , m_requests(
          QStringLiteral("requests"),
          Tr::tr("The requests to send, as CSV (client, host, path, method, cookie, header:..., at_ms, "
                 "duration_ms), as gwstudio simulate --requests reads them."),
          Tr::tr("REQUESTS.csv"))
    , m_cookieJar(QStringLiteral("cookie-jar"),
                  Tr::tr("Every client keeps the cookies answers set and sends them later (curl -c/-b)."))
    , m_keepAlive(
          QStringLiteral("keep-alive"),
          Tr::tr("One connection per client, reused (default: one connection per request, as curl in a "
                 "loop)."))
    , m_podFrom(QStringLiteral("pod-from"),
                Tr::tr("Where the answer names its Pod: body (the demo apps' \"Server name:\" and \"Server "
                       "address:\", default), header:NAME or regex:RX."),
                Tr::tr("SOURCE"))
    , m_concurrency(QStringLiteral("concurrency"), Tr::tr("Requests in flight at most (default 1)."),
                    Tr::tr("N"))
    , m_timeout(QStringLiteral("timeout-ms"), Tr::tr("Time for one request's answer (default 5000)."),
                Tr::tr("N"))
    , m_maxRequests(QStringLiteral("max-requests"),
                    Tr::tr("Refuse a CSV with more requests than this (default 10000)."), Tr::tr("N"))
    , m_clientAddress(
          QStringLiteral("client-address"),
          Tr::tr("The address a remote gateway sees for every request (its $remote_addr), for the "
                 "predictions."),
          Tr::tr("ADDR"))
    , m_caCert(QStringLiteral("cacert"), Tr::tr("HTTPS: trust the certificates in this PEM file."),
               Tr::tr("FILE"))
    , m_insecure(QStringLiteral("insecure"), Tr::tr("HTTPS: accept any certificate."))
    , m_seed(QStringLiteral("seed"), Tr::tr("Seed of the predictions' random draws."), Tr::tr("N"))
    , m_format(QStringLiteral("format"), Tr::tr("Output format: csv (default) or json."), Tr::tr("FORMAT"))
    , m_output({QStringLiteral("o"), QStringLiteral("output")},
               Tr::tr("Write to this file instead of standard output."), Tr::tr("OUT"))
{ }

QString ProbeCommand::summary() const
{
    return Tr::tr("send requests for real and compare each answer with the prediction");
}

void ProbeCommand::setup(QCommandLineParser &parser)
{
    m_input.setup(parser);
    m_sandboxArgs.setup(parser);
    for (const QCommandLineOption *o :
         {&m_sandbox, &m_target, &m_requests, &m_cookieJar, &m_keepAlive, &m_podFrom, &m_concurrency,
          &m_timeout, &m_maxRequests, &m_clientAddress, &m_caCert, &m_insecure, &m_seed, &m_format,
          &m_output})
        parser.addOption(*o);
}

int ProbeCommand::run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(out);
    const bool useSandbox = parser.isSet(m_sandbox);
    if (useSandbox == parser.isSet(m_target)) {
        err << Prefix << Tr::tr("give either --sandbox or --target URL") << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(m_requests)) {
        err << Prefix << Tr::tr("give the requests to send with --requests REQUESTS.csv") << Qt::endl;
        return ExitUsage;
    }
    if (!useSandbox && m_sandboxArgs.anySet(parser)) {
        err << Prefix << Tr::tr("--port, --nginx and --keep-logs belong to --sandbox") << Qt::endl;
        return ExitUsage;
    }
    const QString format = parser.value(m_format).isEmpty() ? QStringLiteral("csv") : parser.value(m_format);
    if (format != u"csv" && format != u"json") {
        err << Prefix << Tr::tr("the output is csv or json, not \"%1\"").arg(format) << Qt::endl;
        return ExitUsage;
    }
    const auto number = [&](const QCommandLineOption &o, qint64 fallback, qint64 min, qint64 max,
                            qint64 &value) {
        if (!parser.isSet(o)) {
            value = fallback;
            return true;
        }
        bool ok = false;
        value = parser.value(o).toLongLong(&ok);
        if (ok && value >= min && value <= max)
            return true;
        err << Prefix
            << Tr::tr("--%1 expects a number from %2 to %3, not \"%4\"")
                   .arg(o.names().constLast())
                   .arg(min)
                   .arg(max)
                   .arg(parser.value(o))
            << Qt::endl;
        return false;
    };
    qint64 concurrency = 1, timeout = 5000, maxRequests = 10000, seed = 0;
    if (!number(m_concurrency, 1, 1, 1000, concurrency) || !number(m_timeout, 5000, 1, 3600000, timeout) ||
        !number(m_maxRequests, 10000, 1, 10000000, maxRequests) ||
        !number(m_seed, 0, 0, std::numeric_limits<qint64>::max(), seed))
        return ExitUsage;
    if (parser.isSet(m_clientAddress) && !sim::SocketAddress::parseIp(parser.value(m_clientAddress))) {
        err << Prefix
            << Tr::tr("--client-address expects an IP address, not \"%1\"").arg(parser.value(m_clientAddress))
            << Qt::endl;
        return ExitUsage;
    }
    {
        probe::PodIdentifier identifier;
        QString error;
        if (!identifier.parse(parser.value(m_podFrom), &error)) {
            err << Prefix << error << Qt::endl;
            return ExitUsage;
        }
    }
    probe::ProbeSetup setup;
    setup.seed = quint64(seed);
    setup.podFrom = parser.value(m_podFrom);
    setup.clientAddress = parser.value(m_clientAddress);
    setup.sandbox = useSandbox;
    setup.url = parser.value(m_target);
    setup.settings.cookieJar = parser.isSet(m_cookieJar);
    setup.settings.keepAlive = parser.isSet(m_keepAlive);
    setup.settings.concurrency = int(concurrency);
    setup.settings.timeoutMs = int(timeout);
    setup.settings.target.insecure = parser.isSet(m_insecure);
    if (parser.isSet(m_caCert)) {
        setup.settings.target.caCertificates = QSslCertificate::fromPath(parser.value(m_caCert));
        if (setup.settings.target.caCertificates.isEmpty()) {
            err << Prefix << Tr::tr("no PEM certificate in %1").arg(parser.value(m_caCert)) << Qt::endl;
            return ExitUsage;
        }
    }
    if (!m_sandboxArgs.read(parser, setup.sandboxOptions, err))
        return ExitUsage;
    if (!RenderCommand::profile(m_input, parser, setup.profile, err))
        return ExitUsage;
    auto design = std::make_shared<Design>();
    if (!m_input.load(parser, *design, err))
        return ExitUsage;
    setup.design = design;
    const QString csvPath = parser.value(m_requests);
    QByteArray csv;
    if (!readArgumentFile(csvPath, csv, Prefix, err))
        return ExitUsage;
    Diagnostics diagnostics;
    const QString csvName = csvPath == u"-" ? QStringLiteral("<stdin>") : csvPath;
    setup.requests = sim::RequestsCsv::parse(csv, csvName, diagnostics);
    sim::RequestsCsv::requireHttp(setup.requests, csvName, diagnostics); // the probe sends HTTP
    if (hasErrors(diagnostics)) {
        for (const Diagnostic &d : diagnostics)
            err << d.toString() << Qt::endl;
        return ExitUsage;
    }
    if (qint64(setup.requests.size()) > maxRequests) {
        err << Prefix
            << Tr::tr("%1 holds %2 requests, more than %3 (raise --max-requests to send them)")
                   .arg(csvPath)
                   .arg(setup.requests.size())
                   .arg(maxRequests)
            << Qt::endl;
        return ExitUsage;
    }

    InterruptWatcher interrupt;
    probe::ProbeSession session;
    QString error;
    QEventLoop loop;
    std::shared_ptr<const probe::ProbeReport> report;
    QObject::connect(&session, &probe::ProbeSession::finished, &loop,
                     [&](std::shared_ptr<const probe::ProbeReport> r) {
                         report = std::move(r);
                         loop.quit();
                     });
    QObject::connect(&interrupt, &InterruptWatcher::interrupted, &session, &probe::ProbeSession::cancel);
    QObject::connect(&session, &probe::ProbeSession::sandboxExited, &loop,
                     [&](const QString &reason) { err << Prefix << reason << Qt::endl; });
    const bool started = session.start(std::move(setup), &error);
    for (const QString &note : session.notes())
        err << Tr::tr("note: %1").arg(note) << Qt::endl;
    if (!started) {
        err << Prefix << error << Qt::endl;
        return ExitUsage;
    }
    if (useSandbox)
        err << SandboxArguments::startLine(session.sandbox()) << Qt::endl;
    for (const QString &line : session.mapping())
        err << QStringLiteral("  ") << line << Qt::endl;
    if (!report)
        loop.exec();
    if (useSandbox) {
        const QString keep = m_sandboxArgs.keepLogs(parser);
        if (!keep.isEmpty() && !session.sandbox().keepLogs(keep, &error))
            err << Prefix << error << Qt::endl;
        session.stopSandbox();
    }
    err << probe::ProbeReporter::summary(*report);
    const QByteArray data = format == u"csv"
        ? probe::ProbeReporter::csv(*report)
        : QJsonDocument(probe::ProbeReporter::json(*report)).toJson(QJsonDocument::Indented);
    if (!writeOutput(parser.value(m_output), data, err))
        return ExitUsage;
    return report->exitCode();
}

} // namespace gw::cli
