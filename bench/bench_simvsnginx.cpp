// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// In one run: the simulator's time per request against real nginx's on loopback, on the same
// configuration rendered by gw_ngf (the oracle's setup: NgfSandbox, endpoints on 127.0.1.K, here
// answered by server blocks of the same nginx). nginx's figure is the wall time of a whole HTTP/1.0
// request over a new connection from a client address, proxied to a backend; the simulator's is the
// time to route (from its cache, or afresh) and balance the same request.
#include "ngfsandbox.h"
#include "nginxharness.h"

#include "core/design.h"
#include "ngf/generator.h"
#include "sim/gatewayruntime.h"
#include "sim/simulationinput.h"

#include <QCoreApplication>

#include <benchmark/benchmark.h>

using namespace gw;
using namespace gw::sim;

namespace {

struct Setup
{
    NgfSandbox sandbox;
    quint16 httpPort = 0;
    std::shared_ptr<const GatewayConfig> config;
    QString error;
};

void prepare(Setup &s)
{
    {
        const std::vector<quint16> ports = freePorts(3);
        const quint16 backend = ports[0];
        s.httpPort = ports[1];
        QByteArray design =
            "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gateway\nspec:\n"
            "  gatewayClassName: nginx\n  listeners:\n  - {name: http, port: 80, protocol: HTTP}\n";
        QByteArray backends;
        int k = 1;
        for (const char *method : {"round_robin", "ip_hash", ""}) {
            const QByteArray name = *method ? QByteArray(method).replace('_', "") : QByteArray("default");
            design += "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: " + name +
                "\nspec:\n  ports:\n  - {name: http, port: 80, targetPort: 8080}\n---\napiVersion: "
                "discovery.k8s.io/v1\n"
                "kind: EndpointSlice\nmetadata:\n  name: " +
                name + "\n  labels: {kubernetes.io/service-name: " + name +
                "}\naddressType: IPv4\nports:\n- {name: http, port: " + QByteArray::number(backend) +
                "}\nendpoints:\n";
            for (int e = 0; e < 3; ++e, ++k) {
                const QByteArray address = "127.0.1." + QByteArray::number(k);
                design += "- addresses: [\"" + address + "\"]\n";
                backends += "server { listen " + address + ':' + QByteArray::number(backend) +
                    "; return 200 \"$server_addr:$server_port\\n\"; }\n";
            }
            if (*method) {
                design += "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: "
                          "UpstreamSettingsPolicy\nmetadata:\n  name: " +
                    name + "\nspec:\n  targetRefs:\n  - {group: core, kind: Service, name: " + name +
                    "}\n  loadBalancingMethod: " + method + '\n';
            }
            design +=
                "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: " + name +
                "\nspec:\n  parentRefs:\n  - name: gateway\n  hostnames: [bench.example.com]\n  rules:\n  - "
                "matches:\n"
                "    - path: {type: PathPrefix, value: /" +
                name + "}\n    backendRefs:\n    - {name: " + name + ", port: 80}\n";
        }
        SimulationInput input;
        input.files.push_back({QStringLiteral("bench.yaml"), design});
        std::shared_ptr<Design> d = input.makeDesign();
        const std::shared_ptr<const ngf::Result> result = ngf::Generator::run(*d, input.profile);
        nginx::FileSet generated;
        for (const ngf::GeneratedFile &f : result->files)
            generated.insert(f.path, f.content.toUtf8());
        const nginx::FileSet files = s.sandbox.prepare(generated, s.httpPort, ports[2]);
        s.config = GatewayConfig::fromFiles(d, result, files, nullptr, &s.error);
        if (s.config && !s.sandbox.start(files, backends, ports[2], &s.error))
            s.config.reset();
    }
}

Setup &setup()
{
    static Setup s;
    static const bool prepared = (prepare(s), true);
    Q_UNUSED(prepared);
    return s;
}

QString client(int i)
{
    return QStringLiteral("127.%1.%2.%3").arg(2 + i % 200).arg(i / 200 % 256).arg(1 + i % 250);
}

void BM_NginxRequest(benchmark::State &state, const char *path)
{
    Setup &s = setup();
    if (!s.config) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    int i = 0;
    for (auto _ : state) {
        const HttpReply r =
            httpGet(client(i++ % 4096), s.httpPort, QByteArray(path) + "/x", {}, 5000, "bench.example.com");
        if (r.status != 200) {
            state.SkipWithError("nginx did not answer 200");
            return;
        }
    }
}

void BM_SimulatorRequest(benchmark::State &state, const char *path, bool cached)
{
    Setup &s = setup();
    if (!s.config) {
        state.SkipWithError(qPrintable(s.error));
        return;
    }
    GatewayRuntime runtime(1, 1, 0);
    runtime.load(s.config);
    std::vector<nginx::Request> routing(4096);
    std::vector<QByteArray> keys(4096);
    std::vector<Request> balancing(4096);
    for (int i = 0; i < 4096; ++i) {
        nginx::Request &r = routing[size_t(i)];
        r.clientAddress = client(i);
        r.serverAddress = QStringLiteral("127.0.0.1");
        r.port = s.httpPort;
        r.host = QStringLiteral("bench.example.com");
        r.target = QString::fromLatin1(path) + QStringLiteral("/x");
        keys[size_t(i)] = RouteCache::baseKey(r);
        Request &b = balancing[size_t(i)];
        b.client = *SocketAddress::parseIp(r.clientAddress);
        b.target = r.target.toLatin1();
        b.headers.push_back({"Host", "bench.example.com"});
    }
    qint64 now = 1'767'225'600'000;
    if (runtime.serve(routing[0], &keys[0], balancing[0], 0, now, 0).status != 200) {
        state.SkipWithError("the simulator does not route the request to a Pod");
        return;
    }
    size_t i = 0;
    for (auto _ : state) {
        const size_t n = i++ % 4096;
        if (!cached) {
            RouteDecision d = s.config->route(routing[n]);
            benchmark::DoNotOptimize(d.upstream);
        }
        auto peer = runtime.serve(routing[n], &keys[n], balancing[n], 0, now++, 0).peer;
        benchmark::DoNotOptimize(peer);
    }
}

} // namespace

BENCHMARK_CAPTURE(BM_NginxRequest, round_robin, "/roundrobin")->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_NginxRequest, ip_hash, "/iphash")->UseRealTime()->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_NginxRequest, random_two_least_conn, "/default")
    ->UseRealTime()
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SimulatorRequest, round_robin, "/roundrobin", true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SimulatorRequest, ip_hash, "/iphash", true)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SimulatorRequest, random_two_least_conn, "/default", true)
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_SimulatorRequest, ip_hash_routed_afresh, "/iphash", false)
    ->Unit(benchmark::kMicrosecond);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt Network needs an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    setup().sandbox.stop();
    return 0;
}
