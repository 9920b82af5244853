// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The probe's parts that need no nginx: the HTTP response reader, the client address mapping,
// the chi-square test, the Pod identification, the access log, and the sandbox's plan and files.
#include "core/design.h"
#include "probe/accesslog.h"
#include "probe/chisquare.h"
#include "probe/clientaddressmap.h"
#include "probe/httpresponse.h"
#include "probe/podidentifier.h"
#include "probe/sandboxfiles.h"
#include "probe/sandboxplan.h"
#define GW_PROBETEST_DESIGN
#include "probetest.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw;
using namespace gw::probe;

namespace {

std::vector<sim::TraceRequest> requests(const QByteArray &csv)
{
    Diagnostics d;
    return sim::RequestsCsv::parse(csv, QStringLiteral("test.csv"), d);
}

/** A fake nginx: a script answering -V as nginx 1.22.1 does, with modules in \a modules. */
QString fakeNginx(const QTemporaryDir &dir, const QString &modules)
{
    const QString path = dir.filePath(QStringLiteral("nginx"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write("#!/bin/sh\necho 'nginx version: nginx/1.22.1' >&2\necho 'configure arguments: "
            "--with-http_ssl_module "
            "--modules-path=" +
            modules.toUtf8() + " --with-stream=dynamic' >&2\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

class tst_ProbeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void responseContentLength();
    void responseChunked();
    void responseUntilClose();
    void responseBroken_data();
    void responseBroken();
    void clientAddresses();
    void chiSquare();
    void podIdentification();
    void accessLog();
    void planCafe();
    void planPlusNotes();
    void planRefusals();
    void noNginx();
    void files();
};

void tst_ProbeModel::responseContentLength()
{
    HttpResponseParser p;
    QCOMPARE(
        p.feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 5\r\nSet-Cookie: a=1\r\n"),
        HttpResponseParser::State::Incomplete);
    QCOMPARE(p.feed("set-cookie: b=2\r\n\r\nhel"), HttpResponseParser::State::Incomplete);
    QCOMPARE(p.feed("lo"), HttpResponseParser::State::Complete);
    QCOMPARE(p.response().status, 200);
    QCOMPARE(p.response().body, QByteArray("hello"));
    QVERIFY(p.response().keepAlive);
    QCOMPARE(p.response().setCookies(), (std::vector<QByteArray> {"a=1", "b=2"}));
    HttpResponseParser head(true);
    QCOMPARE(head.feed("HTTP/1.1 200 OK\r\nContent-Length: 500\r\nConnection: close\r\n\r\n"),
             HttpResponseParser::State::Complete);
    QVERIFY(!head.response().keepAlive);
}

void tst_ProbeModel::responseChunked()
{
    HttpResponseParser p;
    const QByteArray raw =
        "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\n"
        "0\r\nTrailer: t\r\n\r\n";
    for (char c : raw) // byte by byte: every split point
        p.feed(QByteArrayView(&c, 1));
    QVERIFY2(p.state() == HttpResponseParser::State::Complete, qPrintable(p.errorString()));
    QCOMPARE(p.response().status, 404);
    QCOMPARE(p.response().body, QByteArray("Wikipedia"));
}

void tst_ProbeModel::responseUntilClose()
{
    HttpResponseParser p;
    QCOMPARE(p.feed("HTTP/1.0 200 OK\r\n\r\nServer name: a\n"), HttpResponseParser::State::Incomplete);
    QCOMPARE(p.finish(), HttpResponseParser::State::Complete);
    QCOMPARE(p.response().body, QByteArray("Server name: a\n"));
    QVERIFY(!p.response().keepAlive);
    HttpResponseParser empty;
    QCOMPARE(empty.finish(), HttpResponseParser::State::Failed);
    QCOMPARE(empty.errorString(), QStringLiteral("the connection closed without an answer"));
}

void tst_ProbeModel::responseBroken_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("error");
    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n") << QStringLiteral("not an HTTP response");
    QTest::newRow("bad status") << QByteArray("HTTP/1.1 2x0 OK\r\n") << QStringLiteral("not an HTTP status");
    QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n")
                                << QStringLiteral("a bad Content-Length");
    QTest::newRow("huge body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 999999999\r\n\r\n")
                               << QStringLiteral("larger than");
    QTest::newRow("huge headers") << QByteArray("HTTP/1.1 200 OK\r\nX: ") + QByteArray(70000, 'a')
                                  << QStringLiteral("headers are larger than");
    QTest::newRow("no name") << QByteArray("HTTP/1.1 200 OK\r\n: x\r\n") << QStringLiteral("without a name");
}

void tst_ProbeModel::responseBroken()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, error);
    HttpResponseParser p;
    QCOMPARE(p.feed(raw), HttpResponseParser::State::Failed);
    QVERIFY2(p.errorString().contains(error), qPrintable(p.errorString()));
}

void tst_ProbeModel::clientAddresses()
{
    const auto r = requests("client,host,path\n10.0.0.5,a,/\n10.0.0.6,a,/\n10.0.1.5,a,/\n127.1.0.9,a,/\n"
                            "2001:db8::1,a,/\n198.51.100.7,a,/\n10.0.0.5,a,/\n");
    const ClientAddressMap m = ClientAddressMap::make(r);
    // 127.1.0.0/24 is the CSV's own: the first mapped /24 is 127.1.1.
    QCOMPARE(m.source(QStringLiteral("10.0.0.5")), QStringLiteral("127.1.1.5"));
    QCOMPARE(m.source(QStringLiteral("10.0.0.6")), QStringLiteral("127.1.1.6")); // same /24, same ip_hash key
    QCOMPARE(m.source(QStringLiteral("10.0.1.5")), QStringLiteral("127.1.2.5"));
    QCOMPARE(m.source(QStringLiteral("127.1.0.9")), QStringLiteral("127.1.0.9"));
    QCOMPARE(m.source(QStringLiteral("2001:db8::1")), QStringLiteral("127.1.3.1"));
    QCOMPARE(m.source(QStringLiteral("198.51.100.7")), QStringLiteral("127.1.4.7"));
    QCOMPARE(m.moved(), 5);
    QCOMPARE(m.describe().constFirst(), QStringLiteral("client 10.0.0.5 -> 127.1.1.5"));
    QCOMPARE(ClientAddressMap::identity(r).source(QStringLiteral("10.0.0.5")), QStringLiteral("10.0.0.5"));
}

void tst_ProbeModel::chiSquare()
{
    // The 5% critical values of the chi-square distribution (tables): 3.841 (1), 5.991 (2), 11.070 (5).
    QVERIFY(qAbs(ChiSquare::survival(3.841, 1) - 0.05) < 1e-3);
    QVERIFY(qAbs(ChiSquare::survival(5.991, 2) - 0.05) < 1e-3);
    QVERIFY(qAbs(ChiSquare::survival(11.070, 5) - 0.05) < 1e-3);
    QVERIFY(qAbs(ChiSquare::survival(2.0, 2) - std::exp(-1.0)) < 1e-9); // 2 dof: e^(-x/2)
    // A 2x2 table worked by hand: (10, 20) against (20, 10): chi-square 20/3.
    const ChiSquare t = ChiSquare::homogeneity({10, 20}, {20, 10});
    QCOMPARE(t.degreesOfFreedom, 1);
    QVERIFY(qAbs(t.statistic - 20.0 / 3) < 1e-9);
    QVERIFY(t.pValue < 0.01);
    const ChiSquare same = ChiSquare::homogeneity({50, 50, 0}, {48, 52, 0});
    QCOMPARE(same.degreesOfFreedom, 1); // the empty category is left out
    QVERIFY(same.pValue > 0.5);
}

void tst_ProbeModel::podIdentification()
{
    HttpResponse r;
    r.status = 200;
    r.body =
        "Server address: 127.0.1.2:8080\nServer name: coffee-abc\nDate: x\nURI: /coffee\nRequest ID: 1\n";
    r.headers = {{"X-Pod", "10.244.0.94:8080"}, {"X-Name", "tea-1"}};
    PodIdentifier body;
    QString error;
    QVERIFY(body.parse(QStringLiteral("body"), &error));
    body.setAddresses({{QStringLiteral("10.244.0.94:8080"), QStringLiteral("coffee-x")},
                       {QStringLiteral("10.244.0.94"), QStringLiteral("coffee-x")}});
    QCOMPARE(body.identify(r).endpoint, QStringLiteral("127.0.1.2:8080"));
    QCOMPARE(body.identify(r).pod, QStringLiteral("coffee-abc"));
    PodIdentifier header = body;
    QVERIFY(header.parse(QStringLiteral("header:x-pod"), &error));
    QCOMPARE(header.identify(r).endpoint, QStringLiteral("10.244.0.94:8080"));
    QCOMPARE(header.identify(r).pod, QStringLiteral("coffee-x")); // an address: its Pod from the design
    QVERIFY(header.parse(QStringLiteral("header:X-Name"), &error));
    QCOMPARE(header.identify(r).pod, QStringLiteral("tea-1"));
    PodIdentifier regex = body;
    QVERIFY(regex.parse(QStringLiteral("regex:^URI: (\\S+)"), &error));
    QCOMPARE(regex.identify(r).pod, QStringLiteral("/coffee"));
    QVERIFY(!regex.parse(QStringLiteral("regex:(("), &error));
    QVERIFY(error.contains(QStringLiteral("not valid")));
    QVERIFY(!regex.parse(QStringLiteral("cookie"), &error));
    QVERIFY(error.contains(QStringLiteral("body, header:NAME or regex:RX")));
    HttpResponse bare;
    bare.body = "hello\n";
    QVERIFY(body.identify(bare).pod.isEmpty());
}

void tst_ProbeModel::accessLog()
{
    const AccessLog log = AccessLog::parse(
        "2026-01-01T00:00:00+00:00 client=127.1.1.5:40000 connection_requests=2 request_id=abc status=200 "
        "upstream_addr=\"127.0.1.1:8080, 127.0.1.2:8080\" host=\"a\" request=\"GET / HTTP/1.1\"\nnoise\n");
    QCOMPARE(log.size(), 1);
    const AccessLogEntry *e = log.find(QStringLiteral("127.1.1.5:40000"), 2);
    QVERIFY(e);
    QCOMPARE(e->requestId, QStringLiteral("abc"));
    QCOMPARE(e->upstreamAddr, QStringLiteral("127.0.1.1:8080, 127.0.1.2:8080"));
    QVERIFY(!log.find(QStringLiteral("127.1.1.5:40000"), 1));
}

void tst_ProbeModel::planCafe()
{
    if (!NginxInstallation::find().isValid())
        QFAIL("the sandbox's tests need nginx (scripts/lib/packages.sh installs nginx-light)");
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QString error;
    SandboxOptions options;
    const auto plan = SandboxPlan::make(design, {}, options, &error);
    QVERIFY2(plan, qPrintable(error));
    QCOMPARE(plan->backends().size(), size_t(6));
    QCOMPARE(plan->backends()[0].address, QStringLiteral("127.0.1.1"));
    QCOMPARE(plan->backends()[0].port, quint16(8080));
    QVERIFY(plan->backends()[0].pod.startsWith(QStringLiteral("coffee-")));
    // Port 80 is privileged: a free high port; the readiness server likewise.
    QVERIFY(plan->localPort(80) >= 1024);
    QVERIFY(plan->localPort(8081) >= 1024 && plan->localPort(8081) != plan->localPort(80));
    // The rendering lists the sandbox's addresses, and the Pods keep their names.
    const QString http = plan->result()->file(QStringLiteral("/etc/nginx/conf.d/http.conf"))->content;
    QVERIFY(http.contains(QStringLiteral("server 127.0.1.1:8080;")));
    QVERIFY(!http.contains(QStringLiteral("10.244.")));
    QCOMPARE(plan->predictionProfile().endpointOverrides.size(), 6);
    QVERIFY(!plan->predictionProfile().plus);
    QCOMPARE(plan->podAt(QStringLiteral("127.0.1.1:8080")), plan->backends()[0].pod);
    QVERIFY(plan->describe().join(u'\n').contains(QStringLiteral("-> 127.0.1.1:8080")));
    // A port asked for that is taken is an error naming it.
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    options.ports.insert(80, busy.serverPort());
    QVERIFY(!SandboxPlan::make(design, {}, options, &error));
    QVERIFY2(error.contains(QStringLiteral("port %1 on 127.0.0.1 is in use").arg(busy.serverPort())),
             qPrintable(error));
}

void tst_ProbeModel::planPlusNotes()
{
    auto design = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    ngf::Profile plus;
    plus.version = *ngf::NgfVersion::parse(QStringLiteral("edge"));
    plus.plus = true;
    plus.experimental = true;
    QString error;
    const auto plan = SandboxPlan::make(design, plus, {}, &error);
    QVERIFY2(plan, qPrintable(error));
    const QString notes = plan->notes().join(u'\n');
    QVERIFY2(
        notes.contains(QStringLiteral("upstream default_tea_80_tea_default_0: the sticky cookie cookie-tea "
                                      "needs NGINX Plus; the sandbox runs the OSS rendering (random two "
                                      "least_conn, no cookie)")),
        qPrintable(notes));
    QVERIFY(notes.contains(QStringLiteral("the `state` files")));
    QVERIFY(notes.contains(QStringLiteral("plus-api.conf (NGINX Plus) is left out")));
    QVERIFY(!plan->predictionProfile().plus);
    QVERIFY(!plan->result()->nginxT().contains(QStringLiteral("sticky")));
}

void tst_ProbeModel::planRefusals()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.nginx = fakeNginx(dir, dir.filePath(QStringLiteral("no-modules")));
    QString error;
    // The header match needs njs, which the fake nginx does not have.
    auto methods = loadDesign(QStringLiteral(GW_TEST_DATA_DIR "/methods.yaml"));
    QVERIFY(!SandboxPlan::make(methods, {}, options, &error));
    QVERIFY2(error.contains(QStringLiteral("njs (httpmatches.js)")) &&
                 error.contains(QStringLiteral("libnginx-mod-http-js")),
             qPrintable(error));
    // Without njs matches the js lines are left out and said; so is the stream block with only NGF's
    // connection-closed server.
    auto cafe = loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    const auto plan = SandboxPlan::make(cafe, {}, options, &error);
    QVERIFY2(plan, qPrintable(error));
    QVERIFY(plan->dropsJs() && plan->dropsStream() && plan->dropsHttp2());
    QVERIFY(plan->notes().join(u'\n').contains(QStringLiteral("no njs module")));
    // least_time is NGINX Plus's (edge lets OSS configure it).
    QByteArray text;
    QFile f(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    text = f.readAll();
    text.replace("loadBalancingMethod: \"ip_hash\"", "loadBalancingMethod: \"least_time header\"");
    const QString path = dir.filePath(QStringLiteral("least-time.yaml"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
    out.close();
    ngf::Profile edge;
    edge.version = *ngf::NgfVersion::parse(QStringLiteral("edge"));
    QVERIFY(!SandboxPlan::make(loadDesign(path), edge, options, &error));
    QVERIFY2(
        error.contains(QStringLiteral("upstream default_coffee_80 balances with \"least_time header\", which "
                                      "only NGINX Plus has")),
        qPrintable(error));
}

void tst_ProbeModel::noNginx()
{
    SandboxOptions options;
    options.nginx = QStringLiteral("/nonexistent/nginx");
    QString error;
    QVERIFY(!SandboxPlan::make(loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml")), {},
                               options, &error));
    QCOMPARE(error, QStringLiteral("/nonexistent/nginx is not an executable nginx"));
    // Nothing on PATH and no /usr/sbin/nginx: the message names the package.
    qputenv("PATH", "/nonexistent");
    const NginxInstallation none = NginxInstallation::find();
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/nginx"))) {
        QVERIFY(!none.isValid());
        QVERIFY(none.errorString().contains(QStringLiteral("apt install nginx-light")));
    } else {
        QCOMPARE(none.binary(), QStringLiteral("/usr/sbin/nginx"));
    }
}

void tst_ProbeModel::files()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.nginx = fakeNginx(dir, dir.filePath(QStringLiteral("no-modules")));
    QString error;
    const auto plan = SandboxPlan::make(
        loadDesign(QStringLiteral(GW_SOURCE_DIR "/resources/examples/cafe.yaml")), {}, options, &error);
    QVERIFY2(plan, qPrintable(error));
    const QString prefix = dir.filePath(QStringLiteral("prefix"));
    QVERIFY2(SandboxFiles::write(*plan, prefix, {}, &error), qPrintable(error));
    QFile http(prefix + QStringLiteral("/etc/nginx/conf.d/http.conf"));
    QVERIFY(http.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(http.readAll());
    QVERIFY(text.contains(QStringLiteral("listen 127.0.0.1:%1 default_server;").arg(plan->localPort(80))));
    QVERIFY(text.contains(QStringLiteral("# gwstudio sandbox, left out: listen [::]:80 default_server;")));
    QVERIFY(text.contains(QStringLiteral("# gwstudio sandbox, left out: http2 on;")));
    QVERIFY(text.contains(QStringLiteral("listen unix:%1/var/run/nginx/nginx-503-server.sock;").arg(prefix)));
    // Every line keeps its number.
    const QString rendered = plan->result()->file(QStringLiteral("/etc/nginx/conf.d/http.conf"))->content;
    QCOMPARE(text.count(u'\n'), rendered.count(u'\n'));
    QFile conf(prefix + QStringLiteral("/etc/nginx/conf.d/zz-gwstudio-sandbox.conf"));
    QVERIFY(conf.open(QIODevice::ReadOnly));
    const QString own = QString::fromUtf8(conf.readAll());
    QCOMPARE(own.count(QStringLiteral("server {")), 6);
    QVERIFY(own.contains(QStringLiteral("listen 127.0.0.1:")) == false);
    QVERIFY(own.contains(QStringLiteral("Server name: %1\\n").arg(plan->backends()[0].pod)));
    QVERIFY(QFile::exists(prefix + QStringLiteral("/modules/njs/httpmatches.js")));
    QFile main(prefix + QStringLiteral("/etc/nginx/main-includes/main.conf"));
    QVERIFY(main.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(main.readAll()).trimmed(),
             QStringLiteral("error_log %1/logs/error.log info;").arg(prefix));
}

QTEST_GUILESS_MAIN(tst_ProbeModel)
#include "tst_probemodel.moc"
