// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// NGF's CORS filter against a real nginx on loopback: a design whose HTTPRoute has CORS filters (NGF's
// cors-filter example's filter, wildcards, the defaults, CORS with a redirect, with a header match that
// njs routes to an internal location, with a backend without endpoints, and a rule without CORS) is
// rendered by gw_ngf; the rendered files run in a private nginx (NgfSandbox: paths and listen ports
// moved, nothing else) and the simulator reads the very same text (GatewayConfig::fromFiles). Preflights
// (OPTIONS with varied Origin, Access-Control-Request-Method and -Headers) and GET, HEAD and POST
// requests with and without Origin go to both; the status and every Access-Control-* response header
// (names, values and order) must agree.
#include "ngfsandbox.h"
#include "nginxharness.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "sim/gatewayconfig.h"
#include "sim/simulationinput.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gw;
using namespace gw::sim;

namespace {

const QByteArray Host = "cors.example.com";

/** One Pod of the coffee Service: a backend of this process on 127.0.1.1. */
const QString CoffeePod = QStringLiteral("127.0.1.1");

QByteArray designText(quint16 backendPort)
{
    QFile f(QStringLiteral(GW_TEST_DATA_DIR "/cors-oracle.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll()
        .replace("@BACKEND_PORT@", QByteArray::number(backendPort))
        .replace("@COFFEE_POD@", CoffeePod.toLatin1());
}

/** The version of the nginx binary as nginx_version counts it (1.22.1 -> 1022001); 0 when unreadable. */
int nginxVersion()
{
    const QString env = qEnvironmentVariable("GW_NGINX");
    QProcess v; // nginx -v prints to standard error
    v.start(env.isEmpty() ? QStringLiteral("/usr/sbin/nginx") : env, {QStringLiteral("-v")});
    v.waitForFinished(5000);
    const QString text = QString::fromLatin1(v.readAllStandardError());
    const qsizetype at = text.indexOf(QStringLiteral("nginx/"));
    if (at < 0)
        return 0;
    const QStringList parts = text.mid(at + 6).section(u' ', 0, 0).trimmed().split(u'.');
    return parts.size() == 3 ? parts[0].toInt() * 1000000 + parts[1].toInt() * 1000 + parts[2].toInt() : 0;
}

struct Probe
{
    QByteArray method;
    QByteArray target;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

QString describe(const Probe &p)
{
    QStringList h;
    for (const auto &[name, value] : p.headers)
        h << QString::fromLatin1(name + ": " + value);
    return QStringLiteral("%1 %2 [%3]")
        .arg(QString::fromLatin1(p.method), QString::fromLatin1(p.target), h.join(QStringLiteral("; ")));
}

QString headerList(const std::vector<std::pair<QString, QString>> &headers)
{
    QStringList out;
    for (const auto &[name, value] : headers)
        out << name + QStringLiteral(": ") + value;
    return out.join(QStringLiteral(" | "));
}

} // namespace

class tst_CorsOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void agreement();

private:
    NgfSandbox m_sandbox;
    quint16 m_httpPort = 0;
    quint16 m_readyPort = 0;
    std::unique_ptr<LoopbackBackend> m_backend;
    std::shared_ptr<const GatewayConfig> m_config;
};

void tst_CorsOracle::initTestCase()
{
    if (m_sandbox.nginx().isEmpty())
        QFAIL("no nginx binary (install nginx-light or set GW_NGINX): the oracle needs a real nginx");
    for (const QString &r : m_sandbox.reductions())
        qInfo("reduced: %s", qPrintable(r));
    const std::vector<quint16> ports = freePorts(3);
    QCOMPARE(ports.size(), size_t(3));
    m_httpPort = ports[1];
    m_readyPort = ports[2];
    m_backend = std::make_unique<LoopbackBackend>(CoffeePod, ports[0]);
    QVERIFY2(m_backend->listen(), qPrintable(m_backend->name()));

    // Render the design as the product does.
    SimulationInput input;
    input.files.push_back({QStringLiteral("cors-oracle.yaml"), designText(ports[0])});
    std::shared_ptr<Design> design = input.makeDesign();
    QVERIFY(design);
    const std::shared_ptr<const ngf::Result> result = ngf::Generator::run(*design, input.profile);
    QVERIFY2(result->config, qPrintable(result->gatewayError));
    nginx::FileSet generated;
    for (const ngf::GeneratedFile &f : result->files)
        generated.insert(f.path, f.content.toUtf8());
    const nginx::FileSet files = m_sandbox.prepare(generated, m_httpPort, m_readyPort);
    const nginx::FileSet::File *http = files.file(QStringLiteral("/etc/nginx/conf.d/http.conf"));
    QVERIFY(http);
    // What the test is about is in the text both read.
    for (const char *line :
         {"map $http_origin $cors_allowed_origin_server", "\"~^https://.*\\.bar\\.com$\"",
          "if ($request_method = OPTIONS) {", "add_header Access-Control-Allow-Methods \"GET, POST\" always;",
          "add_header Access-Control-Allow-Methods $http_access_control_request_method always;",
          "add_header Access-Control-Allow-Headers $http_access_control_request_headers always;",
          "add_header Access-Control-Max-Age \"5\" always;", "js_content httpmatches.redirect;"})
        QVERIFY2(http->content.contains(line), line);
    QString error;
    m_config = GatewayConfig::fromFiles(design, result, files, nullptr, &error);
    QVERIFY2(m_config, qPrintable(error));
    QVERIFY2(m_sandbox.start(files, {}, m_readyPort, &error), qPrintable(error));
}

void tst_CorsOracle::cleanupTestCase()
{
    m_sandbox.stop();
}

void tst_CorsOracle::agreement()
{
    const QList<QByteArray> origins = {
        {},
        "https://www.foo.com",
        "https://WWW.FOO.COM",
        "https://www.foo.com:443",
        "http://www.foo.com",
        "https://www.fooXcom",
        "https://x.bar.com",
        "https://a.b.bar.com",
        "https://bar.com",
        "https://evil.com/.bar.com",
        "https://www.foo.com.evil.com",
        "http://app.example.com:8080",
        "null",
        "*",
    };
    const QList<QByteArray> targets = {"/coffee",   "/coffee/beans?x=1", "/open/x",  "/minimal", "/minimal/x",
                                       "/old/path", "/match/x",          "/empty/x", "/plain",   "/nothing"};
    // Preflight request headers besides Origin.
    const QList<QList<std::pair<QByteArray, QByteArray>>> preflights = {
        {{"Access-Control-Request-Method", "POST"}},
        {{"Access-Control-Request-Method", "DELETE"},
         {"Access-Control-Request-Headers", "X-Custom, Content-Type"}},
        {},
        {{"Access-Control-Request-Headers", "authorization"}},
    };

    std::vector<Probe> probes;
    for (const QByteArray &target : targets) {
        for (const QByteArray &origin : origins) {
            QList<std::pair<QByteArray, QByteArray>> base;
            if (!origin.isEmpty())
                base.append({"Origin", origin});
            for (const auto &extra : preflights)
                probes.push_back({"OPTIONS", target, base + extra});
            probes.push_back({"GET", target, base});
            // A header match picks the CORS rule through njs.
            probes.push_back(
                {"GET", target, base + QList<std::pair<QByteArray, QByteArray>> {{"X-Version", "v2"}}});
            probes.push_back({"OPTIONS", target,
                              base +
                                  QList<std::pair<QByteArray, QByteArray>> {
                                      {"X-Version", "v2"}, {"Access-Control-Request-Method", "PUT"}}});
        }
        probes.push_back({"HEAD", target, {{"Origin", "https://www.foo.com"}}});
        probes.push_back({"POST", target, {{"Origin", "https://x.bar.com"}, {"Content-Length", "0"}}});
        // Two Origin headers: $http_origin is the first one (nginx before 1.23.0) or both joined.
        probes.push_back(
            {"OPTIONS", target, {{"Origin", "https://www.foo.com"}, {"Origin", "https://evil.com"}}});
        probes.push_back(
            {"GET", target, {{"Origin", "https://evil.com"}, {"Origin", "https://www.foo.com"}}});
        // Header names are case-insensitive; the method is not.
        probes.push_back(
            {"OPTIONS", target, {{"origin", "https://x.bar.com"}, {"access-control-request-method", "GET"}}});
    }

    const int version = nginxVersion();
    QVERIFY(version > 0);
    const bool oldNginx = version < 1023000;
    int firstOriginOnly = 0;
    QStringList mismatches;
    QMap<int, int> statuses;
    int withAllowOrigin = 0;
    for (const Probe &p : probes) {
        QByteArray raw;
        nginx::Request r;
        r.clientAddress = QStringLiteral("127.0.0.1");
        r.serverAddress = QStringLiteral("127.0.0.1");
        r.port = m_httpPort;
        r.host = QString::fromLatin1(Host);
        r.method = QString::fromLatin1(p.method);
        r.target = QString::fromLatin1(p.target);
        r.httpVersion = QStringLiteral("HTTP/1.0");
        bool origin = false;
        for (const auto &[name, value] : p.headers) {
            raw += name + ": " + value + "\r\n";
            // The simulator models NGF's image (nginx 1.29: several Origin headers are joined with ", " in
            // $http_origin); before nginx 1.23.0 $http_origin is the first one, so the simulator is given
            // what that nginx reads. Said once per run, not silent.
            const bool repeated = origin && name.compare("Origin", Qt::CaseInsensitive) == 0;
            origin = origin || name.compare("Origin", Qt::CaseInsensitive) == 0;
            if (repeated && oldNginx) {
                ++firstOriginOnly;
                continue;
            }
            r.headers.append({QString::fromLatin1(name), QString::fromLatin1(value)});
        }
        r.headers.append({QStringLiteral("Connection"), QStringLiteral("close")});

        PendingRequest request(QStringLiteral("127.0.0.1"), m_httpPort, p.target, raw, Host, p.method);
        QVERIFY(waitUntil([&] { return request.isDone(); }));
        const HttpReply reply = request.reply();
        const RouteDecision d = m_config->route(r);

        // Proxied to the coffee Pod, which answers 200.
        const int predicted = d.status != 0 ? d.status : (d.upstream >= 0 ? 200 : -1);
        std::vector<std::pair<QString, QString>> got, expected;
        for (const auto &[name, value] : reply.headers) {
            if (name.toLower().startsWith("access-control-"))
                got.emplace_back(QString::fromLatin1(name), QString::fromLatin1(value));
        }
        for (const auto &[name, value] : d.responseHeaders) {
            if (name.toLower().startsWith(u"access-control-"))
                expected.emplace_back(name, value);
        }
        ++statuses[reply.status];
        withAllowOrigin += std::any_of(
            got.begin(), got.end(), [](const auto &h) { return h.first == u"Access-Control-Allow-Origin"; });
        const bool bodyOk = reply.status != 200 || d.upstream < 0 || p.method == "HEAD" ||
            reply.body.trimmed() == m_backend->name().toLatin1();
        if (!reply.complete || reply.status != predicted || got != expected || !bodyOk) {
            mismatches << QStringLiteral("%1: nginx %2 {%3}%4, simulator %5 {%6} (location %7)")
                              .arg(describe(p))
                              .arg(reply.complete ? reply.status : -1)
                              .arg(headerList(got), bodyOk ? QString() : QStringLiteral(" (not the backend)"))
                              .arg(predicted)
                              .arg(headerList(expected), d.location);
        }
    }
    QStringList summary;
    for (auto it = statuses.constBegin(); it != statuses.constEnd(); ++it)
        summary << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
    qInfo("%d requests (%d with Access-Control-Allow-Origin): %s", int(probes.size()), withAllowOrigin,
          qPrintable(summary.join(QStringLiteral(", "))));
    if (firstOriginOnly > 0)
        qInfo(
            "nginx %d.%d.%d (before 1.23.0): %d requests with two Origin headers went to the simulator with "
            "the first only, as that nginx reads $http_origin",
            version / 1000000, version / 1000 % 1000, version % 1000, firstOriginOnly);
    for (qsizetype i = 0; i < std::min<qsizetype>(mismatches.size(), 25); ++i)
        qWarning().noquote() << mismatches[i];
    QCOMPARE(mismatches.size(), 0);
    // Every kind of answer was seen: preflights and proxied requests (200), the redirect (302), the
    // backend without endpoints (503), no route (404, and 405 for other methods than GET, HEAD and POST).
    for (int s : {200, 302, 404, 405, 503})
        QVERIFY2(statuses.value(s) > 0, qPrintable(QString::number(s)));
    QVERIFY(withAllowOrigin > 50);
}

QTEST_GUILESS_MAIN(tst_CorsOracle)
#include "tst_corsoracle.moc"
