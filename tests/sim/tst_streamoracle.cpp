// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Stream routing against a real nginx (/usr/sbin/nginx or $GW_NGINX, with the stream module) on loopback:
// a design with a TLS passthrough listener (two TLSRoutes by SNI, one with a wildcard hostname) and TCP
// listeners (one TCPRoute, one weighted TCPRoute: split_clients $connection) is rendered by gw_ngf; its
// stream.conf runs in nginx and in the simulator (the same text: listens moved to 127.0.0.1 ports, the
// [::] listens commented out, /var/run/nginx/ moved under the test's directory, and before nginx 1.25.5,
// which has no stream `pass`, `pass $destN` run as `proxy_pass $destN`). Each Pod is a backend of this
// process on its own loopback address (TLS servers for the passthrough routes, plain TCP for the TCP
// routes) that answers with its own address; every connection must reach the backend the simulator
// predicts, and an unknown SNI must be closed by NGF's connection-closed server.
//
// $connection: one more server of the test's own (an extra file) answers `return "$connection"`, so the
// test reads nginx's connection counter and starts the simulator's there; the weighted route's picks then
// test the counting of connections (client, upstream, unix-socket hops) besides MurmurHash2.
#include "../nginx/nginxinstance.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "sim/ngfgateway.h"
#include "sim/simulationinput.h"
#include "sim/tracerunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <map>
#include <memory>

using namespace gw;
using namespace gw::sim;
using gw::nginx::test::NginxInstance;

namespace {

const QString StreamModule = QStringLiteral("/usr/lib/nginx/modules/ngx_stream_module.so");

/** A backend Pod: on each connection (after the TLS handshake for a TLS one) it sends its own name. */
class Backend
{
public:
    Backend(const QString &address, bool tls, const QSslConfiguration &ssl)
        : m_address(address)
        , m_tls(tls)
    {
        if (tls) {
            m_sslServer.setSslConfiguration(ssl);
            QObject::connect(&m_sslServer, &QSslServer::pendingConnectionAvailable, &m_sslServer, [this]() {
                while (QTcpSocket *s = m_sslServer.nextPendingConnection()) {
                    s->write(name().toUtf8());
                    s->disconnectFromHost();
                }
            });
        } else {
            QObject::connect(&m_tcpServer, &QTcpServer::newConnection, &m_tcpServer, [this]() {
                while (QTcpSocket *s = m_tcpServer.nextPendingConnection()) {
                    s->write(name().toUtf8());
                    s->disconnectFromHost();
                }
            });
        }
    }
    bool listen()
    {
        QTcpServer &server = m_tls ? static_cast<QTcpServer &>(m_sslServer) : m_tcpServer;
        if (!server.listen(QHostAddress(m_address), 0))
            return false;
        m_port = server.serverPort();
        return true;
    }
    QString name() const { return m_address + u':' + QString::number(m_port); }
    quint16 port() const { return m_port; }

private:
    QString m_address;
    bool m_tls;
    quint16 m_port = 0;
    QSslServer m_sslServer;
    QTcpServer m_tcpServer;
};

/** What one connection to nginx got: the backend's name, or "" when nginx closed it without one. */
QString connectTls(quint16 port, const QString &sni)
{
    QSslSocket s;
    s.setPeerVerifyMode(QSslSocket::VerifyNone);
    QByteArray data;
    s.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port, sni);
    QElapsedTimer timer;
    timer.start();
    // Bounded: 5 s per connection.
    while (timer.elapsed() < 5000 && s.state() != QAbstractSocket::UnconnectedState) {
        QTest::qWait(5);
        data += s.readAll();
    }
    data += s.readAll();
    return QString::fromUtf8(data);
}

QString connectTcp(quint16 port)
{
    QTcpSocket s;
    QByteArray data;
    s.connectToHost(QStringLiteral("127.0.0.1"), port);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && s.state() != QAbstractSocket::UnconnectedState) {
        QTest::qWait(5);
        data += s.readAll();
    }
    data += s.readAll();
    return QString::fromUtf8(data);
}

QByteArray designText(const std::map<QString, const Backend *> &pods)
{
    QByteArray text = R"(apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gateway
spec:
  gatewayClassName: nginx
  listeners:
  - name: tls
    port: 443
    protocol: TLS
    tls:
      mode: Passthrough
  - name: tcp
    port: 81
    protocol: TCP
  - name: split
    port: 82
    protocol: TCP
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: TLSRoute
metadata:
  name: alpha
spec:
  parentRefs:
  - name: gateway
    sectionName: tls
  hostnames:
  - "alpha.example.com"
  rules:
  - backendRefs:
    - name: alpha
      port: 8443
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: TLSRoute
metadata:
  name: beta
spec:
  parentRefs:
  - name: gateway
    sectionName: tls
  hostnames:
  - "*.beta.example.com"
  rules:
  - backendRefs:
    - name: beta
      port: 8443
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: TCPRoute
metadata:
  name: gamma
spec:
  parentRefs:
  - name: gateway
    sectionName: tcp
  rules:
  - backendRefs:
    - name: gamma
      port: 9000
---
apiVersion: gateway.networking.k8s.io/v1alpha2
kind: TCPRoute
metadata:
  name: split
spec:
  parentRefs:
  - name: gateway
    sectionName: split
  rules:
  - backendRefs:
    - name: gamma
      port: 9000
      weight: 60
    - name: delta
      port: 9000
      weight: 40
)";
    for (const auto &[service, backend] : pods) {
        const QString address = backend->name().section(u':', 0, 0);
        text += QStringLiteral(R"(---
apiVersion: v1
kind: Service
metadata:
  name: %1
spec:
  ports:
  - name: p
    port: %2
  selector:
    app: %1
---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: %1-slice
  labels:
    kubernetes.io/service-name: %1
addressType: IPv4
ports:
- name: p
  port: %3
endpoints:
- addresses:
  - %4
)")
                    .arg(service)
                    .arg(service == u"alpha" || service == u"beta" ? 8443 : 9000)
                    .arg(backend->port())
                    .arg(address)
                    .toUtf8();
    }
    return text;
}

} // namespace

class TestStreamOracle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFileInfo::exists(NginxInstance::binary()))
            QSKIP("no nginx binary");
        if (!QFileInfo::exists(StreamModule))
            QSKIP("no nginx stream module (install libnginx-mod-stream)");
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS support in QtNetwork");
    }

    void connectionsReachThePredictedBackends()
    {
        NginxInstance nginx;
        QString error;
        QVERIFY2(nginx.makeCertificate(&error), qPrintable(error));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        QFile cert(nginx.dir() + QStringLiteral("/cert.pem"));
        QFile key(nginx.dir() + QStringLiteral("/key.pem"));
        QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        ssl.setLocalCertificate(QSslCertificate(&cert, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);

        // The Pods: one per Service, each on its own loopback address.
        std::map<QString, std::unique_ptr<Backend>> backends;
        const std::pair<const char *, bool> specs[] = {
            {"alpha", true}, {"beta", true}, {"gamma", false}, {"delta", false}};
        int k = 1;
        std::map<QString, const Backend *> pods;
        for (const auto &[service, tls] : specs) {
            auto b = std::make_unique<Backend>(QStringLiteral("127.0.1.%1").arg(k++), tls, ssl);
            QVERIFY2(b->listen(), service);
            pods[QLatin1String(service)] = b.get();
            backends[QLatin1String(service)] = std::move(b);
        }

        // Render as the product does (TCPRoute is experimental).
        SimulationInput input;
        input.profile.experimental = true;
        input.files.push_back({QStringLiteral("stream-oracle.yaml"), designText(pods)});
        std::shared_ptr<Design> design = input.makeDesign();
        QVERIFY(design);
        const std::shared_ptr<const ngf::Result> result = ngf::Generator::run(*design, input.profile);
        QVERIFY2(result->config, qPrintable(result->gatewayError));

        // The documented normalisation of stream.conf, applied to both.
        const bool hasPass = NginxInstance::version() >= 1025005;
        const QString runDir = nginx.dir() + QStringLiteral("/run/");
        QDir().mkpath(runDir);
        std::map<int, quint16> ports;
        for (int p : {443, 81, 82})
            ports[p] = nginx.port(QString::number(p));
        const quint16 counterPort = nginx.port(QStringLiteral("COUNTER"));
        QByteArray stream;
        nginx::FileSet files;
        for (const ngf::GeneratedFile &f : result->files) {
            if (!f.path.endsWith(u"/stream.conf")) {
                files.insert(f.path, f.content.toUtf8());
                continue;
            }
            QStringList lines = f.content.split(u'\n');
            for (QString &line : lines) {
                const QString t = line.trimmed();
                for (const auto &[from, to] : ports) {
                    if (t == QStringLiteral("listen %1;").arg(from))
                        line = QStringLiteral("    listen 127.0.0.1:%1;").arg(to);
                    if (t == QStringLiteral("listen [::]:%1;").arg(from))
                        line = u"#" + line;
                }
                if (!hasPass && t.startsWith(u"pass $dest"))
                    line.replace(QStringLiteral("pass $dest"), QStringLiteral("proxy_pass $dest"));
                line.replace(QStringLiteral("unix:/var/run/nginx/"), u"unix:" + runDir);
            }
            stream = lines.join(u'\n').toUtf8();
            files.insert(f.path, stream);
        }
        QVERIFY2(stream.contains("ssl_preread on;"), stream.constData());
        QVERIFY2(stream.contains("split_clients $connection"), stream.constData());
        QVERIFY2(stream.contains("*.beta.example.com"), stream.constData());

        // The simulator reads the same stream.conf.
        std::shared_ptr<const GatewayConfig> config =
            GatewayConfig::fromFiles(design, result, files, nullptr, &error);
        QVERIFY2(config, qPrintable(error));
        QVERIFY(config->streamRouter().diagnostics().empty());

        const QByteArray conf = "load_module " + StreamModule.toUtf8() +
            ";\nevents { worker_connections 256; }\nstream {\n    include stream.conf;\n"
            "    server { listen 127.0.0.1:" +
            QByteArray::number(counterPort) + "; return \"$connection\"; }\n}\n";
        QMap<QString, QByteArray> written {{QStringLiteral("nginx.conf"), conf},
                                           {QStringLiteral("stream.conf"), stream}};
        QVERIFY2(nginx.start(written,
                             {QStringLiteral("443"), QStringLiteral("81"), QStringLiteral("COUNTER")},
                             &error),
                 qPrintable(error));

        struct Probe
        {
            QString scheme;
            QString sni;
            int port;
        };
        std::vector<Probe> probes;
        for (int i = 0; i < 3; ++i) {
            probes.push_back({QStringLiteral("tls"), QStringLiteral("alpha.example.com"), 443});
            probes.push_back({QStringLiteral("tls"), QStringLiteral("x%1.beta.example.com").arg(i), 443});
            probes.push_back({QStringLiteral("tls"), QStringLiteral("ALPHA.example.com"), 443});
            probes.push_back(
                {QStringLiteral("tls"), QStringLiteral("beta.example.com"), 443}); // no label: default
            probes.push_back({QStringLiteral("tls"), QStringLiteral("unknown.example.com"), 443});
            probes.push_back({QStringLiteral("tcp"), QString(), 81});
        }
        for (int i = 0; i < 60; ++i)
            probes.push_back({QStringLiteral("tcp"), QString(), 82});

        // nginx's counter now: the counter server's own connection takes the number it answers.
        const QString counter = connectTcp(counterPort);
        bool ok = false;
        const quint64 next = counter.toULongLong(&ok) + 1;
        QVERIFY2(ok, qPrintable(counter));

        std::vector<TraceRequest> requests;
        for (const Probe &p : probes) {
            TraceRequest t;
            t.client = *SocketAddress::parseIp(QStringLiteral("127.0.0.1"));
            t.clientText = QStringLiteral("127.0.0.1");
            t.scheme = p.scheme;
            t.sni = p.sni;
            t.port = ports[p.port];
            requests.push_back(t);
        }
        NgfGateway gateway(input.profile, 1, 7, 0);
        gateway.load(config);
        gateway.runtime().setNextConnection(0, next);
        TraceOptions options;
        options.seed = 7;
        const std::vector<RequestRecord> predicted = TraceRunner::run(gateway, requests, options);
        QCOMPARE(predicted.size(), probes.size());

        int reached = 0, closed = 0;
        std::map<QString, int> splitCounts;
        for (size_t i = 0; i < probes.size(); ++i) {
            const Probe &p = probes[i];
            const RequestRecord &r = predicted[i];
            const QString got =
                p.scheme == u"tls" ? connectTls(ports[p.port], p.sni) : connectTcp(ports[p.port]);
            const QString what =
                QStringLiteral("#%1 %2 %3 port %4: nginx reached \"%5\", the simulator predicted "
                               "\"%6\" (%7)")
                    .arg(i + 1)
                    .arg(p.scheme, p.sni)
                    .arg(p.port)
                    .arg(got, r.endpoint, r.streamServers.join(QStringLiteral(" -> ")));
            QVERIFY2(got == r.endpoint, qPrintable(what));
            QVERIFY2(!r.streamServers.isEmpty(), qPrintable(what));
            if (r.endpoint.isEmpty()) {
                ++closed;
                QVERIFY2(r.streamServers.back().contains(u"connection-closed-server.sock"), qPrintable(what));
            } else {
                ++reached;
            }
            if (p.port == 82)
                ++splitCounts[got];
        }
        QCOMPARE(closed, 6);
        QCOMPARE(reached, int(probes.size()) - 6);
        // Both sides of the 60/40 split were taken.
        QCOMPARE(splitCounts.size(), size_t(2));
        qInfo("%d connections reached the predicted backend, %d closed as predicted; split %d/%d", reached,
              closed, splitCounts.begin()->second, std::next(splitCounts.begin())->second);
        nginx.stop();
    }
};

QTEST_GUILESS_MAIN(TestStreamOracle)
#include "tst_streamoracle.moc"
