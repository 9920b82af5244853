// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/routebuilder.h"

#include "core/design.h"
#include "migrate/annotationmapper.h"

#include <QCoreApplication>
#include <QUrl>

namespace gw::migrate {

using ingress::Annotations;
using ingress::Ingress;
using ingress::IngressBackend;
using ingress::IngressPath;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::migrate::RouteBuilder)
};

const QString RegexChars = QStringLiteral("^$[](){}*+?|\\");

bool isLiteral(const QString &path)
{
    return std::none_of(path.begin(), path.end(), [](QChar c) { return RegexChars.contains(c); });
}

yaml::Value pathValue(const char *type, const QString &value)
{
    return yaml::Value::mapping().set("path", yaml::Value::mapping().set("type", type).set("value", value));
}

yaml::Value parentRef(const ConversionContext &ctx, const QString &routeNs, const QString &section)
{
    yaml::Value ref = yaml::Value::mapping();
    ref.set("name", ctx.options.gatewayName);
    if (routeNs != ctx.gatewayNs)
        ref.set("namespace", ctx.gatewayNs);
    ref.set("sectionName", section);
    return ref;
}

yaml::Value headerMatch(const char *type, const QString &name, const QString &value)
{
    return yaml::Value::mapping().set("type", type).set("name", name).set("value", value);
}

/** `P(/|$)(.*)` -> `/$2`, `P/(.*)` -> `/$1`, `P(/.*)` -> `$1`: the prefix P, or nothing. */
std::optional<QString> rewriteIdiomPrefix(const QString &path, const QString &target)
{
    struct Idiom
    {
        const char *suffix;
        const char *target;
    };
    static const Idiom idioms[] = {{"(/|$)(.*)", "/$2"}, {"/(.*)", "/$1"}, {"(/.*)", "$1"}};
    for (const Idiom &i : idioms) {
        const QString suffix = QLatin1String(i.suffix);
        if (path.endsWith(suffix) && target == QLatin1String(i.target)) {
            const QString prefix = path.left(path.size() - suffix.size());
            if (isLiteral(prefix))
                return prefix.isEmpty() ? QStringLiteral("/") : prefix;
        }
    }
    return std::nullopt;
}

} // namespace

RouteBuilder::RouteBuilder(ConversionContext &context, const std::vector<Ingress> &ingresses)
    : m_ctx(context)
{
    for (const Ingress &ing : ingresses) {
        if (!Annotations(ing).boolean(QStringLiteral("canary")).value_or(false))
            continue;
        for (const auto &rule : ing.rules) {
            for (const IngressPath &p : rule.paths)
                m_canaries[canaryKey(rule.host, p)].push_back({&ing, &p});
        }
    }
}

QString RouteBuilder::canaryKey(const QString &host, const IngressPath &path)
{
    return host + u'|' + path.path + u'|' + QString::number(int(path.type));
}

std::optional<yaml::Value> RouteBuilder::backendRef(const Ingress &ing, const IngressBackend &backend,
                                                    const QString &field)
{
    if (backend.isResource || backend.service.isEmpty()) {
        m_ctx.report.notConvertible(
            ing.qualifiedName(), field, QString(),
            Tr::tr("a resource backend has no Gateway API equivalent; the rule has no "
                   "backend (NGF answers 500)"));
        return std::nullopt;
    }
    int port = backend.portNumber.value_or(0);
    if (!backend.portNumber) {
        const Resource *svc = m_ctx.design.find(Kind::Service, ing.meta.ns, backend.service);
        if (const Service *s = svc ? svc->as<Service>() : nullptr) {
            for (const ServicePort &sp : s->ports) {
                if (sp.name == backend.portName)
                    port = sp.port;
            }
        }
        if (port == 0) {
            m_ctx.report.notConvertible(
                ing.qualifiedName(), field, backend.portName,
                Tr::tr(
                    "a backendRef needs a port number and the input has no Service %1/%2 with a port named "
                    "\"%3\"; the rule has no backend (NGF answers 500)")
                    .arg(ing.meta.ns, backend.service, backend.portName));
            return std::nullopt;
        }
    }
    QStringList &services = m_ctx.servicesOfIngress[ing.qualifiedName()];
    if (!services.contains(backend.service))
        services << backend.service;
    return yaml::Value::mapping().set("name", backend.service).set("port", port);
}

RouteBuilder::PathResult RouteBuilder::pathMatch(const Ingress &ing, const Annotations &a,
                                                 const QString &host, const IngressPath &path)
{
    const QString who = ing.qualifiedName();
    const QString field = path.yamlPath.toQString();
    PathResult result;
    const auto target = a.string(QStringLiteral("rewrite-target"));
    if (target) {
        m_ctx.markReported(ing, QStringLiteral("rewrite-target"));
        const QString key = QStringLiteral("rewrite-target");
        if (const auto prefix = rewriteIdiomPrefix(path.path, *target)) {
            result.match = pathValue("PathPrefix", *prefix);
            result.rewrite = yaml::Value::mapping()
                                 .set("type", "URLRewrite")
                                 .set("urlRewrite",
                                      yaml::Value::mapping().set("path",
                                                                 yaml::Value::mapping()
                                                                     .set("type", "ReplacePrefixMatch")
                                                                     .set("replacePrefixMatch", "/")));
            m_ctx.report.difference(who, key, *target,
                                    Tr::tr("path %1: PathPrefix %2 with URLRewrite ReplacePrefixMatch \"/\"; "
                                           "NGF matches the prefix case-sensitively (ingress-nginx: \"~*\")")
                                        .arg(path.path, *prefix));
            return result;
        }
        if (!target->contains(u'$')) {
            result.rewrite = yaml::Value::mapping()
                                 .set("type", "URLRewrite")
                                 .set("urlRewrite",
                                      yaml::Value::mapping().set("path",
                                                                 yaml::Value::mapping()
                                                                     .set("type", "ReplaceFullPath")
                                                                     .set("replaceFullPath", *target)));
            m_ctx.report.difference(
                who, key, *target,
                Tr::tr("path %1: URLRewrite ReplaceFullPath %2: every URI the path matches "
                       "becomes %2, as in ingress-nginx, and the query string is kept")
                    .arg(path.path, *target));
        } else {
            m_ctx.report.notConvertible(
                who, key, *target,
                Tr::tr(
                    "path %1: URLRewrite cannot use regex captures (NGF forbids \"$\" in rewrite paths) and "
                    "the target is not one of the prefix idioms (P(/|$)(.*) -> /$2, P/(.*) -> /$1, "
                    "P(/.*) -> $1); requests reach the backend unrewritten. A SnippetsFilter with "
                    "'rewrite \"(?i)%1\" %2 break;' (snippets enabled) would keep the behaviour")
                    .arg(path.path, *target));
        }
    }
    if (m_ctx.regexHosts.contains(host)) {
        if (path.path.contains(u'{') || path.path.contains(u'}') || path.path.contains(u';') ||
            path.path.contains(u' ')) {
            m_ctx.report.notConvertible(
                who, field, path.path,
                Tr::tr("NGF refuses a RegularExpression path with \"{\", \"}\", \";\" or "
                       "spaces; written as PathPrefix %1")
                    .arg(path.path));
            result.match = pathValue("PathPrefix", path.path);
            return result;
        }
        const QString regex = QStringLiteral("/(?i)") + path.path.mid(path.path.startsWith(u'/') ? 1 : 0);
        result.match = pathValue("RegularExpression", regex);
        if (!a.boolean(QStringLiteral("use-regex")).value_or(false) && !target) {
            m_ctx.report.difference(
                who, field, path.path,
                Tr::tr("the host %1 is in regex mode (another Ingress of it uses use-regex or "
                       "rewrite-target), so ingress-nginx matched this path as the "
                       "case-insensitive regex \"^%2\"; written as RegularExpression %3")
                    .arg(host.isEmpty() ? QStringLiteral("*") : host, path.path, regex));
        }
        return result;
    }
    switch (path.type) {
    case IngressPath::Type::Exact:
        result.match = pathValue("Exact", path.path);
        break;
    case IngressPath::Type::Prefix:
        result.match = pathValue("PathPrefix", path.path);
        break;
    case IngressPath::Type::ImplementationSpecific:
        result.match = pathValue("PathPrefix", path.path);
        if (!path.path.endsWith(u'/')) {
            m_ctx.report.difference(who, field, path.path,
                                    Tr::tr("ImplementationSpecific: ingress-nginx matched \"%1\" as a string "
                                           "prefix (it also matched \"%1x\"); PathPrefix matches whole path "
                                           "segments only")
                                        .arg(path.path));
        }
        break;
    }
    return result;
}

std::optional<yaml::Value> RouteBuilder::redirectFilter(const Ingress &ing, const Annotations &a)
{
    // redirect.go: temporal-redirect is checked first and wins over permanent-redirect.
    const QString who = ing.qualifiedName();
    QString key = QStringLiteral("temporal-redirect");
    auto url = a.string(key);
    int code = 302;
    if (url) {
        code = a.integer(QStringLiteral("temporal-redirect-code")).value_or(302);
        if (code < 300 || code > 307)
            code = 302;
        m_ctx.markReported(ing, QStringLiteral("temporal-redirect-code"));
        if (a.has(QStringLiteral("permanent-redirect"))) {
            m_ctx.markReported(ing, QStringLiteral("permanent-redirect"));
            m_ctx.markReported(ing, QStringLiteral("permanent-redirect-code"));
            m_ctx.report.converted(who, QStringLiteral("permanent-redirect"),
                                   *a.raw(QStringLiteral("permanent-redirect")),
                                   Tr::tr("ignored by ingress-nginx too: temporal-redirect wins"));
        }
    } else {
        key = QStringLiteral("permanent-redirect");
        url = a.string(key);
        if (!url)
            return std::nullopt;
        code = a.integer(QStringLiteral("permanent-redirect-code")).value_or(301);
        if (code < 300 || code > 308)
            code = 301;
        m_ctx.markReported(ing, QStringLiteral("permanent-redirect-code"));
    }
    m_ctx.markReported(ing, key);
    const QUrl parsed(*url);
    if (!parsed.isValid() || parsed.scheme().isEmpty() || parsed.host().isEmpty()) {
        m_ctx.report.notConvertible(who, key, *url,
                                    Tr::tr("not an absolute URL; RequestRedirect needs scheme and host"));
        return std::nullopt;
    }
    int status = code;
    QString note;
    if (code != 301 && code != 302 && code != 303 && code != 307 && code != 308) {
        status = key == u"temporal-redirect" ? 302 : 301;
        note = Tr::tr("; status %1 is not possible in Gateway API, %2 is used").arg(code).arg(status);
    }
    yaml::Value redirect = yaml::Value::mapping();
    redirect.set("scheme", parsed.scheme());
    redirect.set("hostname", parsed.host());
    if (parsed.port() > 0)
        redirect.set("port", parsed.port());
    redirect.set("path",
                 yaml::Value::mapping()
                     .set("type", "ReplaceFullPath")
                     .set("replaceFullPath", parsed.path().isEmpty() ? QStringLiteral("/") : parsed.path()));
    redirect.set("statusCode", status);
    m_ctx.report.difference(who, key, *url,
                            Tr::tr("RequestRedirect %1 to %2; NGF appends the request's query string "
                                   "($is_args$args), ingress-nginx's \"return\" does not%3")
                                .arg(status)
                                .arg(*url, note));
    return yaml::Value::mapping().set("type", "RequestRedirect").set("requestRedirect", redirect);
}

void RouteBuilder::addCanaryRules(const Ingress &primary, const QString &host, const IngressPath &path,
                                  const PathResult &match, yaml::Value &mainRule, yaml::Value &rules)
{
    Q_UNUSED(primary);
    const auto it = m_canaries.find(canaryKey(host, path));
    if (it == m_canaries.end())
        return;
    std::vector<Canary> &list = it->second;
    Canary *canary = nullptr;
    for (Canary &c : list) {
        if (c.used)
            continue;
        c.used = true;
        if (!canary) {
            canary = &c;
            continue;
        }
        // balancer.lua uses alternative_backends[1] only.
        m_ctx.markReported(*c.ingress, QStringLiteral("canary"));
        m_ctx.report.notConvertible(
            c.ingress->qualifiedName(), QStringLiteral("canary"), QStringLiteral("true"),
            Tr::tr("path %1: a second canary of the same path; ingress-nginx uses only the "
                   "first (%2), so does the conversion")
                .arg(path.path, canary->ingress->qualifiedName()));
    }
    if (!canary)
        return;
    const Ingress &cing = *canary->ingress;
    const QString who = cing.qualifiedName();
    const Annotations a(cing);
    const auto canaryRef = backendRef(cing, canary->path->backend, canary->path->yamlPath.toQString());
    if (!canaryRef)
        return;
    if (!m_ctx.isReported(cing, QStringLiteral("canary"))) {
        m_ctx.markReported(cing, QStringLiteral("canary"));
        m_ctx.report.converted(
            who, QStringLiteral("canary"), QStringLiteral("true"),
            Tr::tr("joins the rules of %1 for host %2")
                .arg(primary.qualifiedName(), host.isEmpty() ? QStringLiteral("*") : host));
    }
    auto ruleTo = [&](yaml::Value matchValue, const yaml::Value &ref) {
        yaml::Value rule = yaml::Value::mapping();
        rule.set("matches", yaml::Value::sequence().append(std::move(matchValue)));
        if (match.rewrite)
            rule.set("filters", yaml::Value::sequence().append(*match.rewrite));
        rule.set("backendRefs", yaml::Value::sequence().append(ref));
        return rule;
    };
    auto withHeader = [&](const char *type, const QString &name, const QString &value) {
        yaml::Value m = match.match;
        m.set("headers", yaml::Value::sequence().append(headerMatch(type, name, value)));
        return m;
    };
    const yaml::Value *primaryRefs = mainRule.get("backendRefs");
    const yaml::Value primaryRef =
        primaryRefs && primaryRefs->size() > 0 ? primaryRefs->items().front() : yaml::Value();
    const QString precedence = Tr::tr(
        "NGF's header rule always wins, while in ingress-nginx a client holding the primary's affinity "
        "cookie stays on the primary");
    if (const auto header = a.string(QStringLiteral("canary-by-header"))) {
        m_ctx.markReported(cing, QStringLiteral("canary-by-header"));
        if (const auto value = a.string(QStringLiteral("canary-by-header-value"))) {
            m_ctx.markReported(cing, QStringLiteral("canary-by-header-value"));
            rules.append(ruleTo(withHeader("Exact", *header, *value), *canaryRef));
            m_ctx.report.difference(who, QStringLiteral("canary-by-header-value"), *value,
                                    Tr::tr("a rule matching header %1: %2 goes to the canary; %3")
                                        .arg(*header, *value, precedence));
        } else if (const auto pattern = a.string(QStringLiteral("canary-by-header-pattern"))) {
            m_ctx.markReported(cing, QStringLiteral("canary-by-header-pattern"));
            rules.append(ruleTo(withHeader("RegularExpression", *header, *pattern), *canaryRef));
            m_ctx.report.difference(
                who, QStringLiteral("canary-by-header-pattern"), *pattern,
                Tr::tr("a rule matching header %1 against the regex %2 goes to the canary "
                       "(NGF's njs tests each comma-separated value, ingress-nginx the "
                       "whole header with PCRE); %3")
                    .arg(*header, *pattern, precedence));
        } else {
            rules.append(ruleTo(withHeader("Exact", *header, QStringLiteral("always")), *canaryRef));
            if (!primaryRef.isNull())
                rules.append(ruleTo(withHeader("Exact", *header, QStringLiteral("never")), primaryRef));
        }
        m_ctx.report.difference(
            who, QStringLiteral("canary-by-header"), *header,
            Tr::tr("header rules for %1 (\"always\" to the canary, \"never\" to the primary); "
                   "%2")
                .arg(*header, precedence));
    }
    if (const auto cookie = a.string(QStringLiteral("canary-by-cookie"))) {
        m_ctx.markReported(cing, QStringLiteral("canary-by-cookie"));
        const QString always = QStringLiteral("(^|;\\s*)%1=always(;|$)").arg(*cookie);
        const QString never = QStringLiteral("(^|;\\s*)%1=never(;|$)").arg(*cookie);
        rules.append(ruleTo(withHeader("RegularExpression", QStringLiteral("Cookie"), always), *canaryRef));
        if (!primaryRef.isNull())
            rules.append(
                ruleTo(withHeader("RegularExpression", QStringLiteral("Cookie"), never), primaryRef));
        m_ctx.report.difference(
            who, QStringLiteral("canary-by-cookie"), *cookie,
            Tr::tr("rules matching the Cookie header against %1 (canary) and %2 (primary); "
                   "%3")
                .arg(always, never, precedence));
    }
    const int weight = std::max(0, a.integer(QStringLiteral("canary-weight")).value_or(0));
    const int written = a.integer(QStringLiteral("canary-weight-total")).value_or(100);
    const int total = std::max(written, 100); // balancer.lua: totals below 100 are ignored
    m_ctx.markReported(cing, QStringLiteral("canary-weight"));
    m_ctx.markReported(cing, QStringLiteral("canary-weight-total"));
    if (weight > 0 && !primaryRef.isNull()) {
        const int canaryWeight = std::min(weight, total);
        yaml::Value refs = yaml::Value::sequence();
        yaml::Value p = primaryRef;
        p.set("weight", total - canaryWeight);
        yaml::Value c = *canaryRef;
        c.set("weight", canaryWeight);
        refs.append(p).append(c);
        mainRule.set("backendRefs", refs);
        m_ctx.report.difference(
            who, QStringLiteral("canary-weight"), QString::number(weight),
            Tr::tr("backendRef weights %1 (primary) and %2 (canary): NGF splits each request "
                   "anew (split_clients on $request_id), so a client is not kept on the "
                   "canary as ingress-nginx's affinity cookie keeps it")
                .arg(total - canaryWeight)
                .arg(canaryWeight));
        if (a.has(QStringLiteral("canary-weight-total"))) {
            m_ctx.report.converted(who, QStringLiteral("canary-weight-total"), QString::number(written),
                                   written < 100
                                       ? Tr::tr("below 100, which ingress-nginx ignores; 100 is used")
                                       : Tr::tr("the weights' total"));
        }
    }
}

void RouteBuilder::build(const Ingress &ing)
{
    const Annotations a(ing);
    const QString who = ing.qualifiedName();
    // Hosts in first-appearance order, each with its paths.
    std::vector<std::pair<QString, std::vector<const IngressPath *>>> groups;
    auto group = [&](const QString &host) -> std::vector<const IngressPath *> & {
        for (auto &g : groups) {
            if (g.first == host)
                return g.second;
        }
        groups.emplace_back(host, std::vector<const IngressPath *> {});
        return groups.back().second;
    };
    for (const auto &rule : ing.rules) {
        auto &paths = group(rule.host);
        for (const IngressPath &p : rule.paths)
            paths.push_back(&p);
    }
    std::optional<yaml::Value> defaultRef;
    if (ing.defaultBackend) {
        group(QString());
        defaultRef = backendRef(ing, *ing.defaultBackend, QStringLiteral("spec.defaultBackend"));
    }
    // The report's lines link to what they produced: the redirect's and the affinity's (when it is
    // sessionPersistence) to every route of the Ingress, a path's to its host's route.
    const size_t redirectMark = m_ctx.report.size();
    const auto redirect = redirectFilter(ing, a);
    const size_t persistenceMark = m_ctx.report.size();
    const auto persistence = AnnotationMapper::sessionPersistence(m_ctx, ing);
    const size_t routesMark = m_ctx.report.size();
    std::vector<MigrationReport::ResourceRef> madeRoutes;
    const QString configSsl = m_ctx.config ? m_ctx.config->value(QStringLiteral("ssl-redirect")) : QString();
    const bool sslRedirect =
        a.boolean(QStringLiteral("ssl-redirect"))
            .value_or(Annotations::parseGoBool(configSsl.isEmpty() ? QStringLiteral("true") : configSsl)
                          .value_or(true));
    const bool forceSsl = a.boolean(QStringLiteral("force-ssl-redirect")).value_or(false);
    m_ctx.markReported(ing, QStringLiteral("ssl-redirect"));
    m_ctx.markReported(ing, QStringLiteral("force-ssl-redirect"));
    const auto appRoot = a.string(QStringLiteral("app-root"));
    bool sslReported = false;
    bool stickyCanaryReported = false;

    QStringList &routeNames = m_ctx.routesOfIngress[who];
    for (const auto &[host, paths] : groups) {
        const QString routeName = groups.size() == 1 ? ing.meta.name : ing.meta.name + u'-' + hostSlug(host);
        routeNames << routeName;
        const size_t hostMark = m_ctx.report.size();
        yaml::Value route = newResource("gateway.networking.k8s.io/v1", "HTTPRoute", ing.meta.ns, routeName);
        yaml::Value spec = yaml::Value::mapping();
        const QString listener = m_ctx.listenerOfHost.value(host);
        yaml::Value parents = yaml::Value::sequence();
        if (listener.isEmpty() || !sslRedirect)
            parents.append(parentRef(m_ctx, ing.meta.ns, QStringLiteral("http")));
        if (!listener.isEmpty())
            parents.append(parentRef(m_ctx, ing.meta.ns, listener));
        spec.set("parentRefs", parents);
        if (!host.isEmpty())
            spec.set("hostnames", yaml::Value::sequence().append(host));

        yaml::Value rules = yaml::Value::sequence();
        yaml::Value redirectRules = yaml::Value::sequence(); // the ssl redirect's, same matches
        bool hasRoot = false;
        auto finishRule = [&](yaml::Value &rule) {
            if (persistence && rule.get("backendRefs"))
                rule.set("sessionPersistence", *persistence);
        };
        if (appRoot) {
            m_ctx.markReported(ing, QStringLiteral("app-root"));
            yaml::Value rule = yaml::Value::mapping();
            rule.set("matches", yaml::Value::sequence().append(pathValue("Exact", QStringLiteral("/"))));
            rule.set("filters",
                     yaml::Value::sequence().append(yaml::Value::mapping()
                                                        .set("type", "RequestRedirect")
                                                        .set("requestRedirect",
                                                             yaml::Value::mapping()
                                                                 .set("path",
                                                                      yaml::Value::mapping()
                                                                          .set("type", "ReplaceFullPath")
                                                                          .set("replaceFullPath", *appRoot))
                                                                 .set("statusCode", 302))));
            rules.append(rule);
        }
        for (const IngressPath *p : paths) {
            if (p->path == u"/" && p->type != IngressPath::Type::Exact)
                hasRoot = true;
            const PathResult match = pathMatch(ing, a, host, *p);
            yaml::Value rule = yaml::Value::mapping();
            rule.set("matches", yaml::Value::sequence().append(match.match));
            if (redirect) {
                rule.set("filters", yaml::Value::sequence().append(*redirect));
            } else {
                if (match.rewrite)
                    rule.set("filters", yaml::Value::sequence().append(*match.rewrite));
                if (const auto ref = backendRef(ing, p->backend, p->yamlPath.toQString()))
                    rule.set("backendRefs", yaml::Value::sequence().append(*ref));
            }
            yaml::Value extra = yaml::Value::sequence();
            if (!redirect)
                addCanaryRules(ing, host, *p, match, rule, extra);
            if (persistence && rule.get("backendRefs") && rule.get("backendRefs")->size() > 1 &&
                !stickyCanaryReported) {
                stickyCanaryReported = true;
                m_ctx.report.difference(
                    who, QStringLiteral("affinity"), QStringLiteral("cookie"),
                    Tr::tr("path %1 splits between the primary and a canary by weight: NGF gives "
                           "each backend its own sticky upstream under the same cookie name "
                           "(graph/backend_refs.go), so a client drawn to the other backend has "
                           "its cookie replaced; ingress-nginx keeps a canary client on the "
                           "canary")
                        .arg(p->path));
            }
            finishRule(rule);
            rules.append(rule);
            for (const yaml::Value &e : extra.items()) {
                yaml::Value r = e;
                finishRule(r);
                rules.append(r);
            }
            redirectRules.append(
                yaml::Value::mapping()
                    .set("matches", yaml::Value::sequence().append(match.match))
                    .set(
                        "filters",
                        yaml::Value::sequence().append(
                            yaml::Value::mapping()
                                .set("type", "RequestRedirect")
                                .set("requestRedirect",
                                     yaml::Value::mapping().set("scheme", "https").set("statusCode", 308)))));
        }
        if (!hasRoot && defaultRef && !redirect) {
            yaml::Value rule = yaml::Value::mapping();
            rule.set("matches", yaml::Value::sequence().append(pathValue("PathPrefix", QStringLiteral("/"))));
            rule.set("backendRefs", yaml::Value::sequence().append(*defaultRef));
            finishRule(rule);
            rules.append(rule);
        }
        // force-ssl-redirect on a host without TLS: ingress-nginx sits behind a TLS-terminating load
        // balancer; redirect only what the balancer received as plain HTTP.
        if (listener.isEmpty() && forceSsl) {
            yaml::Value guarded = yaml::Value::sequence();
            for (const yaml::Value &r : redirectRules.items()) {
                yaml::Value copy = r;
                yaml::Value m = copy.get("matches")->items().front();
                m.set("headers",
                      yaml::Value::sequence().append(
                          headerMatch("Exact", QStringLiteral("X-Forwarded-Proto"), QStringLiteral("http"))));
                copy.set("matches", yaml::Value::sequence().append(m));
                guarded.append(copy);
            }
            for (const yaml::Value &r : rules.items())
                guarded.append(r);
            rules = guarded;
            if (!sslReported) {
                sslReported = true;
                m_ctx.report.difference(
                    who, QStringLiteral("force-ssl-redirect"), QStringLiteral("true"),
                    Tr::tr("the host has no TLS here; rules answer 308 to https only for "
                           "requests with X-Forwarded-Proto: http (a TLS-terminating load "
                           "balancer in front); ingress-nginx redirected every plain-HTTP "
                           "request unless use-forwarded-headers was on"));
            }
        }
        spec.set("rules", rules);
        route.set("spec", spec);
        m_ctx.routes.push_back(route);
        madeRoutes.push_back(resourceRef("HTTPRoute", ing.meta.ns, routeName));
        m_ctx.report.link(hostMark, madeRoutes.back());
        const size_t sslMark = m_ctx.report.size();

        if (!listener.isEmpty() && sslRedirect) {
            yaml::Value r = newResource("gateway.networking.k8s.io/v1", "HTTPRoute", ing.meta.ns,
                                        routeName + QStringLiteral("-ssl-redirect"));
            yaml::Value rs = yaml::Value::mapping();
            rs.set("parentRefs",
                   yaml::Value::sequence().append(parentRef(m_ctx, ing.meta.ns, QStringLiteral("http"))));
            if (!host.isEmpty())
                rs.set("hostnames", yaml::Value::sequence().append(host));
            rs.set("rules", redirectRules);
            r.set("spec", rs);
            m_ctx.routes.push_back(r);
            if (!sslReported) {
                sslReported = true;
                const bool written =
                    a.has(QStringLiteral("ssl-redirect")) || a.has(QStringLiteral("force-ssl-redirect"));
                m_ctx.report.difference(
                    who,
                    a.has(QStringLiteral("force-ssl-redirect")) ? QStringLiteral("force-ssl-redirect")
                                                                : QStringLiteral("ssl-redirect"),
                    written ? QStringLiteral("true") : Tr::tr("true (default)"),
                    Tr::tr(
                        "HTTPRoute %1-ssl-redirect on the http listener answers 308 to https; NGF keeps a "
                        "trailing slash and redirects /.well-known/acme-challenge too, where ingress-nginx "
                        "strips the slash and exempts that path")
                        .arg(routeName));
            }
            m_ctx.report.link(
                sslMark, resourceRef("HTTPRoute", ing.meta.ns, routeName + QStringLiteral("-ssl-redirect")));
        }
    }
    const size_t afterMark = m_ctx.report.size();
    if (appRoot) {
        m_ctx.report.difference(who, QStringLiteral("app-root"), *appRoot,
                                Tr::tr("an Exact \"/\" rule with RequestRedirect 302 to %1; NGF's Location "
                                       "names the listener's port and keeps the query string")
                                    .arg(*appRoot));
    }
    if (a.has(QStringLiteral("ssl-redirect")) && !sslReported) {
        m_ctx.report.converted(who, QStringLiteral("ssl-redirect"), *a.raw(QStringLiteral("ssl-redirect")),
                               sslRedirect ? Tr::tr("no TLS host: nothing to redirect")
                                           : Tr::tr("the routes attach to the http and https listeners"));
    }
    if (a.has(QStringLiteral("force-ssl-redirect")) && !sslReported) {
        m_ctx.report.converted(who, QStringLiteral("force-ssl-redirect"),
                               *a.raw(QStringLiteral("force-ssl-redirect")),
                               Tr::tr("off: nothing to redirect"));
    }
    if (a.has(QStringLiteral("use-regex"))) {
        m_ctx.markReported(ing, QStringLiteral("use-regex"));
        const bool on = a.boolean(QStringLiteral("use-regex")).value_or(false);
        if (on) {
            m_ctx.report.difference(
                who, QStringLiteral("use-regex"), *a.raw(QStringLiteral("use-regex")),
                Tr::tr("paths as RegularExpression \"/(?i)...\" (case-insensitive like "
                       "ingress-nginx's \"~*\"); NGF orders regex locations of equal length "
                       "by path ascending, ingress-nginx descending"));
        } else {
            m_ctx.report.converted(who, QStringLiteral("use-regex"), *a.raw(QStringLiteral("use-regex")),
                                   Tr::tr("off"));
        }
    }
    for (const MigrationReport::ResourceRef &route : madeRoutes) {
        m_ctx.report.link(redirectMark, route, persistenceMark);
        if (persistence)
            m_ctx.report.link(persistenceMark, route, routesMark);
        m_ctx.report.link(afterMark, route);
    }
}

void RouteBuilder::reportUnmatchedCanaries()
{
    for (const auto &[key, list] : m_canaries) {
        for (const Canary &c : list) {
            if (c.used)
                continue;
            m_ctx.markReported(*c.ingress, QStringLiteral("canary"));
            m_ctx.report.notConvertible(
                c.ingress->qualifiedName(), QStringLiteral("canary"), QStringLiteral("true"),
                Tr::tr("path %1 has no primary Ingress with the same host, path and pathType (ingress-nginx "
                       "drops such a canary too); nothing emitted")
                    .arg(c.path->path));
        }
    }
}

} // namespace gw::migrate
