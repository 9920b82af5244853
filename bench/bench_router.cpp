// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Routing decisions per second over a generated NGF-style configuration with 200 routes (20 hostnames x 10
// path rules, every fifth rule with njs header/query matches), and the time to read and compile it.
#include "nginx/config.h"
#include "nginx/router.h"

#include <QRandomGenerator>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace gw::nginx;

namespace {

constexpr int kHosts = 20;
constexpr int kRulesPerHost = 10;

const char kProxyHeaders[] = "        proxy_http_version 1.1;\n"
                             "        proxy_set_header Host \"$gw_api_compliant_host\";\n"
                             "        proxy_set_header X-Forwarded-For \"$proxy_add_x_forwarded_for\";\n"
                             "        proxy_set_header X-Real-IP \"$remote_addr\";\n"
                             "        proxy_set_header X-Forwarded-Proto \"$scheme\";\n"
                             "        proxy_set_header X-Forwarded-Host \"$host\";\n"
                             "        proxy_set_header X-Forwarded-Port \"$server_port\";\n"
                             "        proxy_set_header Upgrade \"$http_upgrade\";\n"
                             "        proxy_set_header Connection \"$connection_keepalive\";\n";

/** NGF's http.conf and matches.json for 200 routes, shaped as NGF renders them (R). */
FileSet generate()
{
    QByteArray http = "http2 on;\n"
                      "map $http_host $gw_api_compliant_host {\n    '' $host;\n    default $http_host;\n}\n"
                      "map $http_upgrade $connection_keepalive {\n    default upgrade;\n    '' '';\n}\n"
                      "js_preload_object matches from /etc/nginx/conf.d/matches.json;\n"
                      "server {\n    listen 80 default_server;\n    listen [::]:80 default_server;\n"
                      "    default_type text/html;\n    return 404;\n}\n";
    QByteArray json = "{";
    QByteArray upstreams;
    for (int h = 0; h < kHosts; ++h) {
        const QByteArray server = QByteArray::number(h + 1);
        http += "server {\n    listen 80;\n    listen [::]:80;\n    server_name app" + QByteArray::number(h) +
            ".example.com;\n";
        QByteArray internals;
        for (int r = 0; r < kRulesPerHost; ++r) {
            const int route = h * kRulesPerHost + r;
            const QByteArray upstream = "default_svc" + QByteArray::number(route) + "_80";
            const QByteArray path = "/svc" + QByteArray::number(r) + "/api";
            const QByteArray rule = QByteArray::number(r);
            upstreams += "upstream " + upstream + " {\n    random two least_conn;\n    zone " + upstream +
                " 512k;\n    server 10.0." + QByteArray::number(route / 200) + '.' +
                QByteArray::number(route % 200) + ":8080;\n    keepalive 16;\n}\n";
            if (r % 5 == 4) {
                const QByteArray key = server + '_' + rule;
                for (const QByteArray &loc : {QByteArray(path + '/'), QByteArray("= " + path)})
                    http += "    location " + loc + " {\n        set $match_key " + key +
                        ";\n        js_content httpmatches.redirect;\n        proxy_http_version 1.1;\n    "
                        "}\n";
                for (int m = 0; m < 2; ++m) {
                    internals += "    location /_ngf-internal-rule" + rule + "-route" +
                        QByteArray::number(m) + " {\n        internal;\n" + kProxyHeaders +
                        "        proxy_pass http://" + upstream + "$request_uri;\n    }\n";
                }
                json += (json.size() > 1 ? "," : "") + QByteArray("\"") + key +
                    "\":[{\"redirectPath\":\"/_ngf-internal-rule" + rule +
                    "-route0\",\"headers\":[\"version:Exact:v2\"],\"params\":[\"beta=RegularExpression=^(on|"
                    "1)$\"]}," +
                    "{\"redirectPath\":\"/_ngf-internal-rule" + rule + "-route1\",\"any\":true}]";
                continue;
            }
            for (const QByteArray &loc : {QByteArray(path + '/'), QByteArray("= " + path)})
                http += "    location " + loc + " {\n" + kProxyHeaders + "        proxy_pass http://" +
                    upstream + ";\n    }\n";
        }
        http += internals +
            "    location = / {\n        return 404 \"\";\n        proxy_http_version 1.1;\n    }\n}\n";
    }
    http += "server {\n    listen unix:/var/run/nginx/nginx-503-server.sock;\n    return 503;\n}\n"
            "server {\n    listen unix:/var/run/nginx/nginx-500-server.sock;\n    return 500;\n}\n";
    http += upstreams +
        "upstream invalid-backend-ref {\n    server unix:/var/run/nginx/nginx-500-server.sock;\n}\n";
    json += "}\n";
    FileSet files;
    files.insert(QStringLiteral("/etc/nginx/conf.d/http.conf"), http);
    files.insert(QStringLiteral("/etc/nginx/conf.d/matches.json"), json);
    return files;
}

std::vector<Request> requests(bool conditionalOnly);

Config parse(const FileSet &files)
{
    ParseOptions o;
    o.root = ParseOptions::Root::Http;
    return Config::parse(files, QStringLiteral("/etc/nginx/conf.d/http.conf"), o);
}

const Router &router()
{
    static const Router r = [] {
        Router built(parse(generate()));
        if (gw::hasErrors(built.diagnostics())) {
            for (const gw::Diagnostic &d : built.diagnostics())
                std::fprintf(stderr, "%s\n", qPrintable(d.toString()));
            std::abort();
        }
        // Every kind of request of the mix must route as intended.
        const std::vector<Request> sample = requests(false);
        int proxied = 0;
        for (const Request &q : sample)
            proxied += built.route(q).action.kind == Action::Kind::Proxy ? 1 : 0;
        if (proxied < int(sample.size()) * 7 / 10)
            std::abort();
        return built;
    }();
    return r;
}

/** A mix: 70% plain routes, 10% conditional (njs) routes, 10% unknown hosts, 10% unknown paths. */
std::vector<Request> requests(bool conditionalOnly)
{
    QRandomGenerator g(7);
    std::vector<Request> out;
    for (int i = 0; i < 4096; ++i) {
        Request r;
        r.clientAddress = QStringLiteral("10.1.%1.%2").arg(g.bounded(256)).arg(g.bounded(256));
        const int h = g.bounded(kHosts);
        int rule = g.bounded(kRulesPerHost);
        const int kind = conditionalOnly ? 1 : g.bounded(10);
        if (kind == 1)
            rule = 4 + 5 * g.bounded(2);
        else if (rule % 5 == 4)
            rule -= 1;
        r.host = QStringLiteral("app%1.example.com").arg(h);
        r.target =
            QStringLiteral("/svc%1/api/items/%2?page=%3").arg(rule).arg(g.bounded(1000)).arg(g.bounded(9));
        if (kind == 1 && g.bounded(2))
            r.headers.append({QStringLiteral("version"), QStringLiteral("v2")});
        if (kind == 2)
            r.host = QStringLiteral("unknown%1.example.org").arg(h);
        if (kind == 3)
            r.target = QStringLiteral("/nothing/here");
        r.requestId = Request::makeRequestId(g);
        out.push_back(r);
    }
    return out;
}

void route(benchmark::State &state, bool trace, bool conditional)
{
    const Router &r = router();
    const std::vector<Request> reqs = requests(conditional);
    RouteOptions o;
    o.trace = trace;
    size_t i = 0;
    for (auto _ : state) {
        RouteResult res = r.route(reqs[i++ % reqs.size()], o);
        benchmark::DoNotOptimize(res.status);
    }
    state.SetItemsProcessed(int64_t(state.iterations()));
}

void BM_Route(benchmark::State &state)
{
    route(state, false, false);
}

void BM_RouteWithTrace(benchmark::State &state)
{
    route(state, true, false);
}

void BM_RouteConditionalNjs(benchmark::State &state)
{
    route(state, false, true);
}

void BM_ReadAndCompile(benchmark::State &state)
{
    const FileSet files = generate();
    for (auto _ : state) {
        const Router r(parse(files));
        auto servers = r.serverCount();
        benchmark::DoNotOptimize(servers);
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * files.files().front().content.size());
}

} // namespace

BENCHMARK(BM_Route);
BENCHMARK(BM_RouteWithTrace);
BENCHMARK(BM_RouteConditionalNjs);
BENCHMARK(BM_ReadAndCompile)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
