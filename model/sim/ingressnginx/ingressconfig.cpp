// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/ingressnginx/ingressconfig.h"

#include "core/design.h"
#include "ingress/annotations.h"
#include "sim/ingressnginx/ingressbackends.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace gw::sim::ingressnginx {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::sim::ingressnginx::IngressConfig)
};

using ingress::Annotations;
using ingress::Ingress;
using ingress::IngressPath;

/** A location before it is written out. */
struct PlannedLocation
{
    QString path; ///< the Ingress path
    IngressPath::Type type = IngressPath::Type::Prefix;
    const Ingress *ingress = nullptr; ///< null: the default backend's root location
    int rule = -1;
    int backend = -1;
    bool regexOwn = false; ///< use-regex or rewrite-target on its own Ingress: never normalised
};

struct PlannedServer
{
    QString host;
    std::vector<PlannedLocation> locations;
    bool tls = false; ///< a certificate from spec.tls
    bool regex = false; ///< some location uses a regex or a rewrite: every location becomes `~*`
    QString appRoot;
};

/** The annotations the engine does not act on, and what they would change. */
const std::vector<std::pair<const char *, const char *>> &unsimulated()
{
    static const std::vector<std::pair<const char *, const char *>> list = {
        {"limit-rps", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "rate limits")},
        {"limit-rpm", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "rate limits")},
        {"limit-connections", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "connection limits")},
        {"auth-type", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "basic authentication")},
        {"auth-url", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "external authentication")},
        {"allowlist-source-range",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the allow-list")},
        {"whitelist-source-range",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the allow-list")},
        {"denylist-source-range", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the deny-list")},
        {"enable-cors", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "CORS preflight answers")},
        {"configuration-snippet", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the snippet")},
        {"server-snippet", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the snippet")},
        {"custom-http-errors",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "custom error pages")},
        {"default-backend", QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the default backend")},
        {"from-to-www-redirect",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the www redirect")},
        {"proxy-next-upstream",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "retry conditions")},
        {"proxy-next-upstream-tries",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "retry counts")},
        {"service-upstream",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig",
                           "the Service's cluster IP as the only endpoint")},
        {"backend-protocol",
         QT_TRANSLATE_NOOP("gw::sim::ingressnginx::IngressConfig", "the backend protocol")},
    };
    return list;
}

QByteArray quote(const QString &s)
{
    QString q = s;
    q.replace(u'\\', QStringLiteral("\\\\"));
    q.replace(u'"', QStringLiteral("\\\""));
    return '"' + q.toUtf8() + '"';
}

} // namespace

const IngressLocation *IngressConfig::locationAt(int line) const
{
    const auto it = m_locationByLine.constFind(line);
    return it == m_locationByLine.constEnd() ? nullptr : &m_locations[size_t(*it)];
}

QString IngressConfig::podOf(int backend, const QString &id) const
{
    if (backend < 0 || backend >= int(m_backends.size()))
        return {};
    for (const LuaEndpoint &e : m_backends[size_t(backend)].endpoints) {
        if (e.id() == id)
            return e.pod;
    }
    return {};
}

std::shared_ptr<const IngressConfig> IngressConfig::build(std::shared_ptr<const Design> design,
                                                          const IngressOptions &options, QString *error)
{
    std::shared_ptr<IngressConfig> c(new IngressConfig);
    c->m_design = std::move(design);
    Diagnostics diagnostics;
    c->m_set = ingress::IngressReader::read(*c->m_design, diagnostics);
    if (hasErrors(diagnostics)) {
        if (error)
            *error = diagnostics.front().toString();
        return nullptr;
    }
    if (c->m_set.ingresses.empty()) {
        if (error)
            *error = Tr::tr("the design has no Ingress for ingress-nginx to serve");
        return nullptr;
    }
    // ingress-nginx orders Ingresses by creation time; unwritten times keep the document order.
    std::stable_sort(c->m_set.ingresses.begin(), c->m_set.ingresses.end(),
                     [](const Ingress &a, const Ingress &b) {
                         return a.meta.creationTimestamp && b.meta.creationTimestamp &&
                             *a.meta.creationTimestamp < *b.meta.creationTimestamp;
                     });
    const auto &config = c->m_set.config;
    bool workersOk = false;
    const int configured = config ? config->value(QStringLiteral("worker-processes")).toInt(&workersOk) : 0;
    c->m_workers = options.workers.value_or(workersOk && configured > 0 ? configured : 1);
    c->buildBackends();
    c->buildServers();
    for (const Ingress &ing : c->m_set.ingresses) {
        const Annotations a(ing);
        for (const auto &[name, what] : unsimulated()) {
            if (!a.has(QString::fromLatin1(name)))
                continue;
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.resource = QStringLiteral("Ingress ") + ing.qualifiedName();
            d.field = QStringLiteral("metadata.annotations[\"%1%2\"]")
                          .arg(ingress::annotationPrefix(), QLatin1String(name));
            d.message = Tr::tr("the ingress-nginx engine routes and balances only; it does not simulate %1")
                            .arg(Tr::tr(what));
            c->m_notes.push_back(d);
        }
    }
    return c;
}

void IngressConfig::buildBackends()
{
    auto addBackend = [&](const Ingress &ing, const ingress::IngressBackend &ib) -> int {
        if (ib.service.isEmpty())
            return -1;
        const QString name = IngressBackends::name(ing.meta.ns, ib);
        const auto it = m_backendIndex.constFind(name);
        if (it != m_backendIndex.constEnd())
            return *it;
        LuaBackend b;
        b.name = name;
        QString note;
        b.endpoints = IngressBackends::endpoints(*m_design, ing.meta.ns, ib, &note);
        if (!note.isEmpty()) {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.resource = QStringLiteral("Ingress ") + ing.qualifiedName();
            d.message = note + Tr::tr(": requests for backend %1 get 503").arg(name);
            m_notes.push_back(d);
        }
        m_backendIndex.insert(name, int(m_backends.size()));
        m_backends.push_back(b);
        return int(m_backends.size()) - 1;
    };
    std::vector<bool> configured;
    for (const Ingress &ing : m_set.ingresses) {
        const bool canary = Annotations(ing).boolean(QStringLiteral("canary")).value_or(false);
        if (ing.defaultBackend)
            addBackend(ing, *ing.defaultBackend);
        for (const ingress::IngressRule &rule : ing.rules) {
            for (const IngressPath &p : rule.paths) {
                const int index = addBackend(ing, p.backend);
                if (index < 0)
                    continue;
                configured.resize(m_backends.size(), false);
                LuaBackend &b = m_backends[size_t(index)];
                IngressBackends::configure(b, ing, rule.host, p.path, !configured[size_t(index)],
                                           m_set.config);
                configured[size_t(index)] = true;
                if (canary) {
                    b.noServer = true;
                    b.trafficShaping = IngressBackends::trafficShaping(ing);
                }
            }
        }
    }
}

void IngressConfig::buildServers()
{
    std::map<QString, PlannedServer> servers; // by host; "_" is the catch-all
    auto server = [&](const QString &host) -> PlannedServer & {
        PlannedServer &s = servers[host.isEmpty() ? QStringLiteral("_") : host];
        s.host = host.isEmpty() ? QStringLiteral("_") : host;
        return s;
    };
    server(QString());
    // Locations of the non-canary Ingresses; the first Ingress with a host and path keeps it.
    std::vector<std::pair<const Ingress *, const ingress::IngressRule *>> canaries;
    for (const Ingress &ing : m_set.ingresses) {
        const Annotations a(ing);
        const bool regexOwn = a.boolean(QStringLiteral("use-regex")).value_or(false) ||
            a.string(QStringLiteral("rewrite-target")).has_value();
        const bool canary = a.boolean(QStringLiteral("canary")).value_or(false);
        int flat = 0;
        for (const ingress::IngressRule &rule : ing.rules) {
            if (canary) {
                canaries.emplace_back(&ing, &rule);
                flat += int(rule.paths.size());
                continue;
            }
            PlannedServer &s = server(rule.host);
            s.regex = s.regex || regexOwn;
            if (s.appRoot.isEmpty())
                s.appRoot = a.string(QStringLiteral("app-root")).value_or(QString());
            for (const IngressPath &p : rule.paths) {
                const int rulIndex = flat++;
                const bool taken =
                    std::any_of(s.locations.begin(), s.locations.end(), [&](const PlannedLocation &l) {
                        return l.path == p.path && l.type == p.type;
                    });
                if (taken)
                    continue;
                PlannedLocation l;
                l.path = p.path;
                l.type = p.type;
                l.ingress = &ing;
                l.rule = rulIndex;
                l.backend = m_backendIndex.value(IngressBackends::name(ing.meta.ns, p.backend), -1);
                l.regexOwn = regexOwn;
                s.locations.push_back(l);
            }
        }
        for (const ingress::IngressTls &tls : ing.tls) {
            if (tls.secretName.isEmpty())
                continue;
            for (const QString &h : tls.hosts)
                server(h).tls = true;
        }
    }
    // mergeAlternativeBackends: a canary path joins the primary backend of the location with the same
    // host, path and pathType; unmatched canaries are dropped.
    for (const auto &[ing, rule] : canaries) {
        const Annotations a(*ing);
        const auto it = servers.find(rule->host.isEmpty() ? QStringLiteral("_") : rule->host);
        for (const IngressPath &p : rule->paths) {
            const int alt = m_backendIndex.value(IngressBackends::name(ing->meta.ns, p.backend), -1);
            bool merged = false;
            if (it != servers.end()) {
                for (const PlannedLocation &l : it->second.locations) {
                    if (l.path != p.path || l.type != p.type || l.backend < 0 || alt < 0 || l.backend == alt)
                        continue;
                    LuaBackend &primary = m_backends[size_t(l.backend)];
                    if (primary.noServer)
                        continue;
                    if (!primary.alternativeBackends.contains(m_backends[size_t(alt)].name))
                        primary.alternativeBackends << m_backends[size_t(alt)].name;
                    if (a.string(QStringLiteral("affinity-canary-behavior")) != u"legacy") {
                        LuaBackend &canary = m_backends[size_t(alt)];
                        canary.affinityType = primary.affinityType;
                        canary.affinityMode = primary.affinityMode;
                        canary.cookie = primary.cookie;
                    }
                    merged = true;
                }
            }
            if (!merged) {
                Diagnostic d;
                d.severity = Diagnostic::Severity::Warning;
                d.resource = QStringLiteral("Ingress ") + ing->qualifiedName();
                d.field = p.yamlPath.toQString();
                d.message =
                    Tr::tr("canary path %1 on host %2 has no primary Ingress with the same host, path and "
                           "pathType: ingress-nginx drops it")
                        .arg(p.path, rule->host.isEmpty() ? QStringLiteral("*") : rule->host);
                m_notes.push_back(d);
            }
        }
    }

    // The configuration, server by server (nginx.tmpl), the catch-all first.
    QByteArrayList lines;
    lines << "events {}"
          << "http {"
          << "    upstream upstream_balancer { server 0.0.0.1; }";
    auto emitServer = [&](PlannedServer &s) {
        const bool catchAll = s.host == u"_";
        lines << "    server {";
        lines << "        server_name " + s.host.toUtf8() + ';';
        lines << QByteArray("        listen 80") + (catchAll ? " default_server" : "") + ';';
        lines << QByteArray("        listen 443 ssl") + (catchAll ? " default_server" : "") + ';';
        if (!s.appRoot.isEmpty())
            lines << "        if ($uri = /) { return 302 $scheme://$http_host" + s.appRoot.toUtf8() + "; }";
        // controller.go: longer paths first, then by path descending (the order of regex locations).
        std::stable_sort(s.locations.begin(), s.locations.end(),
                         [](const PlannedLocation &a, const PlannedLocation &b) { return a.path > b.path; });
        std::stable_sort(
            s.locations.begin(), s.locations.end(),
            [](const PlannedLocation &a, const PlannedLocation &b) { return a.path.size() > b.path.size(); });
        const bool hasRoot =
            std::any_of(s.locations.begin(), s.locations.end(), [](const PlannedLocation &l) {
                return l.path == u"/" && l.type != IngressPath::Type::Exact;
            });
        if (!hasRoot)
            s.locations.push_back(PlannedLocation {QStringLiteral("/"), IngressPath::Type::Prefix});
        for (const PlannedLocation &l : s.locations) {
            // updateServerLocations: a Prefix path other than "/" becomes "path/" plus an exact "path",
            // unless its Ingress uses a regex or a rewrite, or an Exact path of the same text exists.
            std::vector<std::pair<QString, bool>> written; // (path, exact)
            if (l.type == IngressPath::Type::Prefix && l.path != u"/" && !l.regexOwn) {
                const bool exactExists =
                    std::any_of(s.locations.begin(), s.locations.end(), [&](const PlannedLocation &o) {
                        return o.type == IngressPath::Type::Exact && o.path == l.path;
                    });
                written.emplace_back(l.path.endsWith(u'/') ? l.path : l.path + u'/', false);
                if (!exactExists)
                    written.emplace_back(l.path, true);
            } else {
                written.emplace_back(l.path, l.type == IngressPath::Type::Exact);
            }
            for (const auto &[path, exact] : written) {
                IngressLocation loc;
                loc.ingress = l.ingress ? l.ingress->qualifiedName() : QString();
                loc.rule = l.rule;
                loc.ingressPath = l.path;
                loc.host = s.host;
                loc.backend = l.backend;
                if (!l.ingress && l.backend < 0) {
                    // The server's root: an Ingress's spec.defaultBackend for its hosts, else the default
                    // backend.
                    for (const Ingress &ing : m_set.ingresses) {
                        if (!ing.defaultBackend)
                            continue;
                        const bool forHost = catchAll ||
                            std::any_of(ing.rules.begin(), ing.rules.end(),
                                        [&](const auto &r) { return r.host == s.host; });
                        if (forHost) {
                            loc.backend = m_backendIndex.value(
                                IngressBackends::name(ing.meta.ns, *ing.defaultBackend), -1);
                            loc.ingress = ing.qualifiedName();
                            break;
                        }
                    }
                }
                loc.nginxLocation = s.regex ? QStringLiteral("~* ") + QString::fromUtf8(quote(u'^' + path))
                                            : (exact ? QStringLiteral("= ") + path : path);
                loc.line = int(lines.size()) + 1;
                lines << "        location " + loc.nginxLocation.toUtf8() + " {";
                const Ingress *ing = l.ingress;
                bool redirected = false;
                if (ing) {
                    const Annotations a(*ing);
                    // redirect.go: temporal-redirect first, then permanent-redirect; `return` runs before
                    // the Lua rewrite phase, so it wins over the ssl redirect.
                    if (const auto url = a.string(QStringLiteral("temporal-redirect"))) {
                        int code = a.integer(QStringLiteral("temporal-redirect-code")).value_or(302);
                        if (code < 300 || code > 307)
                            code = 302;
                        lines << "            return " + QByteArray::number(code) + ' ' + url->toUtf8() + ';';
                        redirected = true;
                    } else if (const auto purl = a.string(QStringLiteral("permanent-redirect"))) {
                        int code = a.integer(QStringLiteral("permanent-redirect-code")).value_or(301);
                        if (code < 300 || code > 308)
                            code = 301;
                        lines << "            return " + QByteArray::number(code) + ' ' + purl->toUtf8() +
                                ';';
                        redirected = true;
                    }
                    const bool force = a.boolean(QStringLiteral("force-ssl-redirect")).value_or(false);
                    const bool ssl = a.boolean(QStringLiteral("ssl-redirect")).value_or(true) && s.tls;
                    if (!redirected && (force || ssl))
                        lines << "            if ($scheme = http) { return 308 https://$host$request_uri; }";
                }
                if (!redirected)
                    lines << "            proxy_pass http://upstream_balancer;";
                lines << "        }";
                m_locationByLine.insert(loc.line, int(m_locations.size()));
                m_locations.push_back(loc);
            }
        }
        lines << "    }";
    };
    emitServer(servers[QStringLiteral("_")]);
    for (auto &[host, s] : servers) {
        if (host != u"_")
            emitServer(s);
    }
    lines << "}";
    m_text = lines.join('\n') + '\n';
    const nginx::Config parsed = nginx::Config::parseText(m_text, QStringLiteral("/etc/nginx/nginx.conf"));
    m_router = nginx::Router(parsed);
}

} // namespace gw::sim::ingressnginx
