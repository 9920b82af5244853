// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// NGF preview speed: the whole pipeline (Design -> graph -> configuration -> text with source
// map) for generated designs of 10, 200 and 2,000 routes; the editor's case (one route edited
// through DesignEditor, then re-rendered); and `nginx -t` on the same output, for the ratio.
#include "core/design.h"
#include "core/designeditor.h"
#include "ngf/generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace gw;

namespace {

/**
 * A design with \a routes HTTPRoutes spread over 20 hostnames and routes/4 Services with
 * Deployments of 3 replicas; every route has two rules (a prefix and an exact match with a
 * header), every 10th rule splits traffic, every 7th has sessionPersistence, every 5th Service
 * an UpstreamSettingsPolicy.
 */
QByteArray generatedDesign(int routes)
{
    QString text =
        QStringLiteral("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: gateway\n"
                       "spec:\n  gatewayClassName: nginx\n  listeners:\n  - name: http\n    port: 80\n"
                       "    protocol: HTTP\n");
    const int services = std::max(1, routes / 4);
    for (int s = 0; s < services; ++s) {
        text +=
            QStringLiteral(
                "---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app%1\nspec:\n  replicas: 3\n"
                "  selector:\n    matchLabels:\n      app: app%1\n  template:\n    metadata:\n      labels:\n"
                "        app: app%1\n    spec:\n      containers:\n      - name: app\n        image: x\n"
                "        ports:\n        - containerPort: 8080\n---\napiVersion: v1\nkind: Service\n"
                "metadata:\n  name: app%1\nspec:\n  ports:\n  - name: http\n    port: 80\n    targetPort: "
                "8080\n"
                "  selector:\n    app: app%1\n")
                .arg(s);
        if (s % 5 == 0)
            text +=
                QStringLiteral(
                    "---\napiVersion: gateway.nginx.org/v1alpha1\nkind: UpstreamSettingsPolicy\nmetadata:\n"
                    "  name: usp%1\nspec:\n  targetRefs:\n  - group: core\n    kind: Service\n    name: "
                    "app%1\n"
                    "  loadBalancingMethod: ip_hash\n  keepAlive:\n    connections: 32\n")
                    .arg(s);
    }
    for (int r = 0; r < routes; ++r) {
        const int svc = r % services;
        text +=
            QStringLiteral(
                "---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: route%1\n"
                "spec:\n  parentRefs:\n  - name: gateway\n  hostnames:\n  - host%2.example.com\n  rules:\n"
                "  - matches:\n    - path:\n        type: PathPrefix\n        value: /api/r%1\n    "
                "backendRefs:\n"
                "    - name: app%3\n      port: 80\n")
                .arg(r)
                .arg(r % 20)
                .arg(svc);
        if (r % 10 == 0)
            text += QStringLiteral("    - name: app%1\n      port: 80\n      weight: 3\n")
                        .arg((svc + 1) % services);
        if (r % 7 == 0)
            text += QStringLiteral(
                        "    sessionPersistence:\n      sessionName: s%1\n      absoluteTimeout: 1h30m\n")
                        .arg(r);
        text +=
            QStringLiteral(
                "  - matches:\n    - path:\n        type: Exact\n        value: /api/r%1/v2\n      headers:\n"
                "      - name: x-version\n        value: \"2\"\n    backendRefs:\n    - name: app%2\n"
                "      port: 80\n")
                .arg(r)
                .arg(svc);
    }
    return text.toUtf8();
}

ngf::Profile profile()
{
    ngf::Profile p;
    p.experimental = true;
    return p;
}

void BM_RenderFull(benchmark::State &state)
{
    Design design;
    design.addFile(generatedDesign(int(state.range(0))), QStringLiteral("bench.yaml"));
    design.pods(); // Pods are derived once per design change, by the Design, not by the generator
    size_t bytes = 0;
    for (auto _ : state) {
        auto result = ngf::Generator::run(design, profile());
        bytes = size_t(result->nginxT().size());
        benchmark::DoNotOptimize(result);
    }
    state.counters["bytes"] = double(bytes);
}
BENCHMARK(BM_RenderFull)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

/** The editor's case: change one route's path through DesignEditor, then render again. */
void BM_EditOneRouteAndRender(benchmark::State &state)
{
    Design design;
    design.addFile(generatedDesign(int(state.range(0))), QStringLiteral("bench.yaml"));
    DesignEditor editor(&design);
    const Resource *route = design.find(Kind::HTTPRoute, QStringLiteral("default"), QStringLiteral("route1"));
    const ResourceId id = route->id;
    int n = 0;
    for (auto _ : state) {
        editor.setField(id, yaml::Path::of("spec.rules[0].matches[0].path.value"),
                        yaml::Value(QStringLiteral("/edited/%1").arg(n++)));
        auto result = ngf::Generator::run(design, profile());
        benchmark::DoNotOptimize(result);
    }
}
BENCHMARK(BM_EditOneRouteAndRender)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond);

/** `nginx -t` on the same OSS output (files under a temporary prefix, njs lines removed). */
void BM_NginxTest(benchmark::State &state)
{
    const QString nginx = QStringLiteral("/usr/sbin/nginx");
    if (!QFile::exists(nginx)) {
        state.SkipWithError("no nginx");
        return;
    }
    Design design;
    design.addFile(generatedDesign(int(state.range(0))), QStringLiteral("bench.yaml"));
    const auto result = ngf::Generator::run(design, profile());
    QTemporaryDir dir;
    const QString root = dir.path();
    for (const char *d : {"/var/run/nginx", "/var/lib/nginx", "/logs"})
        QDir().mkpath(root + QLatin1String(d));
    for (const ngf::GeneratedFile &f : result->files) {
        QString text = f.content;
        text.replace(QStringLiteral("/etc/nginx/"), root + QStringLiteral("/etc/nginx/"));
        text.replace(QStringLiteral("/var/run/nginx/"), root + QStringLiteral("/var/run/nginx/"));
        QStringList lines;
        bool stream = false;
        for (const QString &l : text.split(u'\n')) {
            const QString t = l.trimmed();
            if (t.startsWith(u"load_module") || t.startsWith(u"js_") || t == u"http2 on;")
                continue;
            if (t == u"stream {")
                stream = true;
            if (!stream)
                lines << l;
            if (stream && l == u"}")
                stream = false;
        }
        QDir().mkpath(QFileInfo(root + f.path).absolutePath());
        QFile out(root + f.path);
        out.open(QIODevice::WriteOnly);
        out.write(lines.join(u'\n').toUtf8());
    }
    QFile mime(root + QStringLiteral("/etc/nginx/mime.types"));
    mime.open(QIODevice::WriteOnly);
    mime.write("types {}\n");
    mime.close();
    for (auto _ : state) {
        QProcess p;
        p.start(nginx,
                {QStringLiteral("-t"), QStringLiteral("-q"), QStringLiteral("-p"), root + u'/',
                 QStringLiteral("-e"), QStringLiteral("stderr"), QStringLiteral("-c"),
                 root + QStringLiteral("/etc/nginx/nginx.conf")});
        p.waitForFinished(60000);
        if (p.exitCode() != 0) {
            state.SkipWithError(p.readAllStandardError().constData());
            return;
        }
    }
}
BENCHMARK(BM_NginxTest)->Arg(10)->Arg(200)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
