// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Balancing decisions per second: one decision is a whole try as the simulator makes it —
// begin() (nginx's init_peer: key evaluation, tried bitmap), select() and release().
#include "sim/balancer.h"
#include "sim/upstreamparser.h"

#include <benchmark/benchmark.h>

using namespace gw::sim;

namespace {

constexpr int RequestPool = 4096;

UpstreamConfig upstream(const QString &method, int peers)
{
    QString body = method.isEmpty() ? QString() : method + QStringLiteral(";\n");
    for (int i = 0; i < peers; ++i)
        body += QStringLiteral("server 10.%1.%2.%3:8080;\n").arg(i / 65536).arg(i / 256 % 256).arg(i % 256);
    gw::Diagnostics diagnostics;
    UpstreamConfig config = UpstreamParser::parse(body, QStringLiteral("bench"), diagnostics);
    if (gw::hasErrors(diagnostics))
        qFatal("%s", qPrintable(diagnostics.front().toString()));
    return config;
}

/** Requests from distinct clients with distinct `user` arguments, so hash keys vary. */
std::vector<Request> requests()
{
    std::vector<Request> out(RequestPool);
    for (int i = 0; i < RequestPool; ++i) {
        Request &r = out[size_t(i)];
        r.client = SocketAddress::ipv4(0x0a000000u | quint32(i * 2654435761u >> 8), 40000);
        r.target = "/tea?user=user" + QByteArray::number(i);
        r.headers = {{"Host", "cafe.example.com"}};
    }
    return out;
}

void decisions(benchmark::State &state, const QString &method)
{
    Balancer balancer(upstream(method, int(state.range(0))), 1);
    if (!balancer.isValid()) {
        state.SkipWithError("invalid upstream");
        return;
    }
    const std::vector<Request> pool = requests();
    RequestState request;
    qint64 now = 1'767'225'600'000;
    size_t i = 0;
    for (auto _ : state) {
        const Request &r = pool[i++ % pool.size()];
        balancer.begin(request, r);
        Selection s = balancer.select(request, now);
        benchmark::DoNotOptimize(s.peer);
        balancer.release(request, Outcome::Success, now);
        ++now;
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

#define GW_BALANCER_BENCHMARK(name, method)                                                                  \
    BENCHMARK_CAPTURE(decisions, name, QStringLiteral(method))->Arg(3)->Arg(100)->Arg(1000)

GW_BALANCER_BENCHMARK(round_robin, "");
GW_BALANCER_BENCHMARK(least_conn, "least_conn");
GW_BALANCER_BENCHMARK(ip_hash, "ip_hash");
GW_BALANCER_BENCHMARK(hash, "hash $arg_user");
GW_BALANCER_BENCHMARK(hash_consistent, "hash $arg_user consistent");
GW_BALANCER_BENCHMARK(random, "random");
GW_BALANCER_BENCHMARK(random_two_least_conn, "random two least_conn");

BENCHMARK_MAIN();
