// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldencase.h"

#include "ngf/generator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace gw;
using namespace gw::ngf;
using namespace gw::ngf::test;

/**
 * Runs real nginx (with the njs module and Gateway Studio's httpmatches.js) on the OSS output of
 * golden cases and sends requests: the locations, njs matches, filters and upstreams route as the
 * golden cases' reviewed outputs say. Listens and upstream servers are moved to free loopback ports, and each
 * upstream server becomes a local server that answers with the name of its Service and what it
 * received. Every nginx started here is stopped by the test.
 */
class tst_NginxRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void njsMatches_data();
    void njsMatches();
    void filters_data();
    void filters();

private:
    struct Response
    {
        int status = 0;
        QByteArray body;
        QByteArray headers;
    };
    bool start(const QString &caseName, QString *error);
    void stop();
    Response get(const QByteArray &path, const QByteArray &host, const QByteArray &extraHeaders = {});
    static int freePort();

    QString m_nginx = QStringLiteral("/usr/sbin/nginx");
    QString m_njs = QStringLiteral("/usr/lib/nginx/modules/ngx_http_js_module.so");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

int tst_NginxRouting::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

void tst_NginxRouting::initTestCase()
{
    QVERIFY2(QFile::exists(m_nginx), "no nginx binary (install nginx-light)");
    QVERIFY2(QFile::exists(m_njs), "routing through njs matches needs the njs module (libnginx-mod-http-js)");
}

bool tst_NginxRouting::start(const QString &caseName, QString *error)
{
    stop();
    GoldenCase c = GoldenCase::load(caseName);
    c.profile.plus = false;
    const auto result = Generator::run(*c.design, c.profile);
    if (result->gatewayIndex < 0) {
        *error = result->gatewayError;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    for (const char *d :
         {"/var/run/nginx", "/var/lib/nginx", "/logs", "/modules/njs", "/etc/nginx/modules/njs"})
        QDir().mkpath(root + QLatin1String(d));
    QFile::link(m_njs, root + QStringLiteral("/modules/ngx_http_js_module.so"));
    for (const char *name : {"httpmatches.js", "epp.js"}) {
        QFile::copy(QStringLiteral(GW_NJS_DIR "/") + QLatin1String(name),
                    root + QStringLiteral("/modules/njs/") + QLatin1String(name));
        QFile::copy(QStringLiteral(GW_NJS_DIR "/") + QLatin1String(name),
                    root + QStringLiteral("/etc/nginx/modules/njs/") + QLatin1String(name));
    }
    m_port = freePort();
    // Each upstream server address becomes a local backend that names its upstream.
    QString backends;
    QHash<QString, int> backendPorts;
    for (const Upstream &u : result->config->upstreams) {
        for (const UpstreamServer &s : u.servers) {
            if (backendPorts.contains(s.hostPort()))
                continue;
            const int port = freePort();
            backendPorts.insert(s.hostPort(), port);
            backends +=
                QStringLiteral(
                    "server {\n    listen 127.0.0.1:%1;\n    location / {\n        return 200 "
                    "\"%2 uri=$request_uri host=$http_host my-header=$http_my_header x-env=$http_x_env "
                    "x-internal=$http_x_internal\\n\";\n    }\n}\n")
                    .arg(port)
                    .arg(u.serviceName);
        }
    }
    for (const GeneratedFile &f : result->files) {
        QString text = f.content;
        text.replace(QStringLiteral("/etc/nginx/"), root + QStringLiteral("/etc/nginx/"));
        text.replace(QStringLiteral("/var/run/nginx/"), root + QStringLiteral("/var/run/nginx/"));
        text.replace(QStringLiteral("/var/lib/nginx/"), root + QStringLiteral("/var/lib/nginx/"));
        for (auto it = backendPorts.cbegin(); it != backendPorts.cend(); ++it)
            text.replace(QStringLiteral("server %1;").arg(it.key()),
                         QStringLiteral("server 127.0.0.1:%1;").arg(it.value()));
        static const QRegularExpression listenV6(QStringLiteral("^ *listen \\[::\\]:\\d+[^;]*;\\n"),
                                                 QRegularExpression::MultilineOption);
        text.remove(listenV6);
        text.replace(QRegularExpression(QStringLiteral("listen 80( |;)")),
                     QStringLiteral("listen 127.0.0.1:%1\\1").arg(m_port));
        text.replace(QStringLiteral("listen 8081;"), QStringLiteral("listen 127.0.0.1:%1;").arg(freePort()));
        text.remove(QStringLiteral("http2 on;\n")); // nginx < 1.25.1 does not know the directive
        static const QRegularExpression stream(QStringLiteral("\\nstream \\{.*\\n\\}\\n"),
                                               QRegularExpression::DotMatchesEverythingOption);
        // NGF's image has the stream module built in; Debian ships it as a dynamic module, or not at all.
        const QString streamModule = QStringLiteral("/usr/lib/nginx/modules/ngx_stream_module.so");
        if (f.path.endsWith(u"/nginx.conf")) {
            if (QFile::exists(streamModule)) {
                QFile::link(streamModule, root + QStringLiteral("/modules/ngx_stream_module.so"));
                text.prepend(QStringLiteral("load_module modules/ngx_stream_module.so;\n"));
            } else {
                text.remove(stream);
            }
        }
        QDir().mkpath(QFileInfo(root + f.path).absolutePath());
        QFile out(root + f.path);
        out.open(QIODevice::WriteOnly);
        out.write(text.toUtf8());
    }
    QFile b(root + QStringLiteral("/etc/nginx/conf.d/zz-backends.conf"));
    b.open(QIODevice::WriteOnly);
    b.write(backends.toUtf8());
    b.close();
    QFile mime(root + QStringLiteral("/etc/nginx/mime.types"));
    mime.open(QIODevice::WriteOnly);
    mime.write("types {\n    text/html html;\n}\n");
    mime.close();

    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // One process, in the foreground, as the user running the test: it can read the temporary files.
    m_process->start(m_nginx,
                     {QStringLiteral("-p"), root + u'/', QStringLiteral("-e"), QStringLiteral("stderr"),
                      QStringLiteral("-c"), root + QStringLiteral("/etc/nginx/nginx.conf"),
                      QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("nginx did not start");
        return false;
    }
    // Wait until it accepts connections (bounded).
    for (int i = 0; i < 100; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
        if (probe.waitForConnected(100))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QTest::qWait(50);
    }
    *error = QStringLiteral("nginx is not listening: ") + QString::fromUtf8(m_process->readAll());
    return false;
}

void tst_NginxRouting::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

tst_NginxRouting::Response tst_NginxRouting::get(const QByteArray &path, const QByteArray &host,
                                                 const QByteArray &extraHeaders)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_port));
    Response r;
    if (!socket.waitForConnected(5000))
        return r;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\n" + extraHeaders +
                 "Connection: close\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        data += socket.readAll();
    data += socket.readAll();
    const int end = int(data.indexOf("\r\n\r\n"));
    r.headers = data.left(end);
    r.body = data.mid(end + 4);
    r.status = data.mid(9, 3).toInt();
    return r;
}

void tst_NginxRouting::njsMatches_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("backend");
    // Golden case spec-ex2-njs-matches: header match, then query match, then the path-only rule.
    QTest::newRow("header") << QByteArray("/coffee") << QByteArray("cafe.example.com")
                            << QByteArray("version: v2\r\n") << 200 << QByteArray("coffee-v2 uri=/coffee ");
    QTest::newRow("query") << QByteArray("/coffee?TEST=v2") << QByteArray("cafe.example.com") << QByteArray()
                           << 200 << QByteArray("coffee-v2 uri=/coffee?TEST=v2 ");
    QTest::newRow("path only") << QByteArray("/coffee") << QByteArray("cafe.example.com") << QByteArray()
                               << 200 << QByteArray("coffee-v1 uri=/coffee ");
    QTest::newRow("prefix") << QByteArray("/coffee/beans?x=1") << QByteArray("cafe.example.com")
                            << QByteArray("version: v1\r\n") << 200
                            << QByteArray("coffee-v1 uri=/coffee/beans?x=1 ");
    QTest::newRow("header under prefix")
        << QByteArray("/coffee/beans") << QByteArray("cafe.example.com") << QByteArray("version: v2\r\n")
        << 200 << QByteArray("coffee-v2 uri=/coffee/beans ");
    QTest::newRow("not a segment") << QByteArray("/coffeebeans") << QByteArray("cafe.example.com")
                                   << QByteArray() << 404 << QByteArray();
    QTest::newRow("root 404") << QByteArray("/") << QByteArray("cafe.example.com") << QByteArray() << 404
                              << QByteArray();
    QTest::newRow("default server") << QByteArray("/coffee") << QByteArray("other.example.com")
                                    << QByteArray() << 404 << QByteArray();
}

void tst_NginxRouting::njsMatches()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(QByteArray, backend);
    QString error;
    QVERIFY2(start(QStringLiteral("spec-ex2-njs-matches"), &error), qPrintable(error));
    const Response r = get(path, host, headers);
    stop();
    QCOMPARE(r.status, status);
    if (!backend.isEmpty())
        QVERIFY2(r.body.startsWith(backend), r.body.constData());
}

void tst_NginxRouting::filters_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expect");
    // Golden case spec-ex8-filters-r (v2.6.7 OSS): header modifiers, URLRewrite, redirect.
    QTest::newRow("rewrite and headers")
        << QByteArray("/coffee/latte?size=l") << 200
        << QByteArray("coffee uri=/beans/latte?size=l host=beans.example.com my-header=foo x-env=canary "
                      "x-internal=\n");
    QTest::newRow("exact prefix form") << QByteArray("/coffee") << 200 << QByteArray("coffee uri=/beans");
    QTest::newRow("redirect") << QByteArray("/old") << 301
                              << QByteArray("Location: https://cafe.example.com/old");
}

void tst_NginxRouting::filters()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, expect);
    QString error;
    QVERIFY2(start(QStringLiteral("spec-ex8-filters-r"), &error), qPrintable(error));
    const Response r = get(path, "cafe.example.com", "X-Internal: secret\r\nX-Env: prod\r\n");
    stop();
    QCOMPARE(r.status, status);
    if (status == 200) {
        // X-Env is added to the client's value ("prod,canary"): the add map prepends what came in.
        QByteArray body = r.body;
        body.replace("x-env=prod,canary", "x-env=canary");
        QVERIFY2(body.startsWith(expect), r.body.constData());
        QVERIFY2(r.body.contains("x-env=prod,canary"), r.body.constData());
    } else {
        QVERIFY2(r.headers.contains(expect), r.headers.constData());
    }
}

QTEST_GUILESS_MAIN(tst_NginxRouting)
#include "tst_nginxrouting.moc"
