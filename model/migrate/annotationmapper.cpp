// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/annotationmapper.h"

#include "migrate/basicauthsecret.h"

#include "ingress/annotations.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <functional>

namespace gw::migrate {

using ingress::Annotations;
using ingress::Ingress;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::migrate::AnnotationMapper)
};

yaml::Value localRef(const char *group, const char *kind, const QString &name)
{
    return yaml::Value::mapping().set("group", group).set("kind", kind).set("name", name);
}

/** Links the lines from \a mark on to every HTTPRoute of \a ing. */
void linkRoutes(ConversionContext &ctx, const Ingress &ing, size_t mark)
{
    for (const QString &route : ctx.routesOfIngress.value(ing.qualifiedName()))
        ctx.report.link(mark, resourceRef("HTTPRoute", ing.meta.ns, route));
}

/** targetRefs naming every HTTPRoute of \a ing. */
yaml::Value routeTargets(const ConversionContext &ctx, const Ingress &ing)
{
    yaml::Value refs = yaml::Value::sequence();
    for (const QString &route : ctx.routesOfIngress.value(ing.qualifiedName()))
        refs.append(localRef("gateway.networking.k8s.io", "HTTPRoute", route));
    return refs;
}

/** Replaces the filters of every rule of \a ing's routes that sends traffic to a backend by \a edit's. */
void editBackendRuleFilters(ConversionContext &ctx, const Ingress &ing,
                            const std::function<yaml::Value(const yaml::Value &filters)> &edit)
{
    const QStringList names = ctx.routesOfIngress.value(ing.qualifiedName());
    for (yaml::Value &route : ctx.routes) {
        const yaml::Value *meta = route.get("metadata");
        if (!names.contains(QString::fromStdString(meta->get("name")->toString())) ||
            QString::fromStdString(meta->get("namespace")->toString()) != ing.meta.ns)
            continue;
        yaml::Value *rules = route.get("spec")->get("rules");
        yaml::Value updated = yaml::Value::sequence();
        for (yaml::Value rule : rules->items()) {
            if (rule.get("backendRefs"))
                rule.set("filters",
                         edit(rule.get("filters") ? *rule.get("filters") : yaml::Value::sequence()));
            updated.append(rule);
        }
        *rules = updated;
    }
}

/** Appends \a filter to every rule of \a ing's routes that sends traffic to a backend. */
void addRuleFilter(ConversionContext &ctx, const Ingress &ing, const yaml::Value &filter)
{
    editBackendRuleFilters(ctx, ing, [&](yaml::Value filters) { return filters.append(filter); });
}

/** Sets urlRewrite.hostname on every backend rule of \a ing's routes (in its URLRewrite, or a new one). */
void setRewriteHostname(ConversionContext &ctx, const Ingress &ing, const QString &host)
{
    editBackendRuleFilters(ctx, ing, [&](const yaml::Value &filters) {
        yaml::Value result = yaml::Value::sequence();
        bool merged = false;
        for (yaml::Value f : filters.items()) {
            if (f.get("urlRewrite")) {
                f.get("urlRewrite")->set("hostname", host);
                merged = true;
            }
            result.append(f);
        }
        if (!merged)
            result.append(yaml::Value::mapping()
                              .set("type", "URLRewrite")
                              .set("urlRewrite", yaml::Value::mapping().set("hostname", host)));
        return result;
    });
}

yaml::Value extensionRef(const char *kind, const QString &name)
{
    return yaml::Value::mapping()
        .set("type", "ExtensionRef")
        .set("extensionRef", localRef("gateway.nginx.org", kind, name));
}

QString secondsDuration(const QString &value)
{
    return value + u's';
}

} // namespace

QString AnnotationMapper::gatewayDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0s");
    QString out;
    const qint64 h = seconds / 3600, m = (seconds % 3600) / 60, s = seconds % 60;
    if (h)
        out += QString::number(h) + u'h';
    if (m)
        out += QString::number(m) + u'm';
    if (s)
        out += QString::number(s) + u's';
    return out;
}

QString AnnotationMapper::ngfSize(const QString &size, bool *rounded)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)([bkmg]?)$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(size.trimmed());
    if (!m.hasMatch())
        return {};
    bool ok = false;
    qint64 n = m.captured(1).toLongLong(&ok);
    if (!ok)
        return {};
    const QString unit = m.captured(2).toLower();
    qint64 bytes = n *
        (unit == u"k"       ? 1024LL
             : unit == u"m" ? 1024LL * 1024
             : unit == u"g" ? 1024LL * 1024 * 1024
                            : 1);
    if (rounded)
        *rounded = false;
    if (unit != u"b" && n <= 9999)
        return QString::number(n) + unit;
    const char *units[] = {"", "k", "m", "g"};
    qint64 scale = 1;
    for (const char *u : units) {
        const qint64 value = (bytes + scale - 1) / scale;
        if (value <= 9999) {
            if (rounded)
                *rounded = value * scale != bytes;
            return QString::number(value) + QLatin1String(u);
        }
        scale *= 1024;
    }
    return {};
}

std::optional<yaml::Value> AnnotationMapper::sessionPersistence(ConversionContext &ctx, const Ingress &ing)
{
    const Annotations a(ing);
    const QString who = ing.qualifiedName();
    const auto affinity = a.string(QStringLiteral("affinity"));
    if (!affinity)
        return std::nullopt;
    static const char *const related[] = {"affinity",
                                          "affinity-mode",
                                          "affinity-canary-behavior",
                                          "session-cookie-name",
                                          "session-cookie-expires",
                                          "session-cookie-max-age",
                                          "session-cookie-path",
                                          "session-cookie-secure",
                                          "session-cookie-domain",
                                          "session-cookie-samesite",
                                          "session-cookie-conditional-samesite-none",
                                          "session-cookie-change-on-failure"};
    for (const char *r : related)
        ctx.markReported(ing, QLatin1String(r));
    const QString name =
        a.string(QStringLiteral("session-cookie-name")).value_or(QStringLiteral("INGRESSCOOKIE"));
    const bool persistent = a.string(QStringLiteral("affinity-mode")) == QStringLiteral("persistent");
    const QStringList lost = [&] {
        QStringList l;
        for (const char *r : {"session-cookie-path", "session-cookie-secure", "session-cookie-domain",
                              "session-cookie-samesite", "session-cookie-conditional-samesite-none",
                              "session-cookie-change-on-failure", "affinity-canary-behavior"}) {
            if (a.has(QLatin1String(r)))
                l << QLatin1String(r);
        }
        return l;
    }();
    if (!ctx.options.plus || !ctx.options.experimental) {
        // NGF graph/httproute.go: sessionPersistence needs NGINX Plus and experimental features; NGF's
        // own advice for OSS is ip_hash (set on the Services by map()).
        ctx.report.difference(
            who, QStringLiteral("affinity"), *affinity,
            Tr::tr(
                "cookie affinity needs NGINX Plus and experimental features in NGF (--plus --experimental); "
                "UpstreamSettingsPolicy ip_hash on the Ingress's Services instead: clients are kept by the "
                "first three octets of their IPv4 address (everyone behind one NAT shares a Pod), adding a "
                "Pod moves most clients, and no %1 cookie is set. Every session moves once at cut-over")
                .arg(name));
        for (const QString &l : lost)
            ctx.report.notConvertible(who, l, *a.raw(l), Tr::tr("no cookie affinity in NGF OSS"));
        for (const char *r :
             {"session-cookie-name", "session-cookie-expires", "session-cookie-max-age", "affinity-mode"}) {
            if (a.has(QLatin1String(r)))
                ctx.report.notConvertible(who, QLatin1String(r), *a.raw(QLatin1String(r)),
                                          Tr::tr("no cookie affinity in NGF OSS"));
        }
        return std::nullopt;
    }
    yaml::Value sp = yaml::Value::mapping();
    sp.set("sessionName", name);
    const auto maxAge = a.integer(QStringLiteral("session-cookie-max-age"));
    const auto expires = a.integer(QStringLiteral("session-cookie-expires"));
    const std::optional<int> ttl = maxAge ? maxAge : expires;
    if (ttl && *ttl > 0)
        sp.set("absoluteTimeout", gatewayDuration(*ttl));
    sp.set("type", "Cookie");
    sp.set("cookieConfig",
           yaml::Value::mapping().set("lifetimeType", ttl && *ttl > 0 ? "Permanent" : "Session"));
    ctx.report.difference(
        who, QStringLiteral("affinity"), *affinity,
        Tr::tr(
            "sessionPersistence (cookie %1) on the rules: NGINX Plus \"sticky cookie\" names the Pod like "
            "affinity-mode persistent%2; the cookie's value changes, so every session moves once at "
            "cut-over; "
            "NGF writes no HttpOnly, Secure, SameSite or Domain attribute, and re-sends the cookie on every "
            "response")
            .arg(name,
                 persistent ? QString()
                            : Tr::tr(" (balanced mode's sessions moved on scale-up, these do not)")));
    if (a.has(QStringLiteral("affinity-mode")))
        ctx.report.converted(who, QStringLiteral("affinity-mode"), *a.raw(QStringLiteral("affinity-mode")),
                             persistent
                                 ? Tr::tr("sticky cookie keeps a session on its Pod, as persistent mode")
                                 : Tr::tr("see affinity: sticky cookie behaves like persistent mode"));
    if (a.has(QStringLiteral("session-cookie-name")))
        ctx.report.converted(who, QStringLiteral("session-cookie-name"), name, Tr::tr("sessionName"));
    for (const char *r : {"session-cookie-max-age", "session-cookie-expires"}) {
        if (!a.has(QLatin1String(r)))
            continue;
        const bool used = (QLatin1String(r) == u"session-cookie-max-age") == bool(maxAge) || !maxAge;
        ctx.report.converted(who, QLatin1String(r), *a.raw(QLatin1String(r)),
                             used && ttl
                                 ? Tr::tr("absoluteTimeout %1 (cookie expires=)").arg(gatewayDuration(*ttl))
                                 : Tr::tr("session-cookie-max-age is used instead"));
    }
    for (const QString &l : lost) {
        ctx.report.notConvertible(who, l, *a.raw(l),
                                  l == u"session-cookie-path"
                                      ? Tr::tr("NGF sets the cookie's path from the rule's paths")
                                      : Tr::tr("Gateway API sessionPersistence has no such setting"));
    }
    return sp;
}

void AnnotationMapper::map(ConversionContext &ctx, const Ingress &ing)
{
    const Annotations a(ing);
    const QString who = ing.qualifiedName();
    const QStringList written = a.names(); // as written: an alias is not the annotation it stands for
    auto unreported = [&](const QString &name) {
        return written.contains(name) && !ctx.isReported(ing, name);
    };
    auto done = [&](const QString &name) { ctx.markReported(ing, name); };
    const QStringList services = ctx.servicesOfIngress.value(who);
    auto setService = [&](const QString &method, const QString &key) {
        for (const QString &svc : services) {
            const QString k = ing.meta.ns + u'/' + svc;
            if (!ctx.services.count(k))
                ctx.services[k] = {ing.meta.ns, svc, method, key, who};
        }
    };
    const QString ns = ing.meta.ns;
    const QString base = ing.meta.name;

    // A canary Ingress takes its location settings from the primary; ingress-nginx reads only the canary
    // annotations, load-balance, upstream-hash-by and affinity on it (annotations.md, "Canary").
    if (a.boolean(QStringLiteral("canary")).value_or(false)) {
        for (const QString &name : written) {
            if (ctx.isReported(ing, name) || name.startsWith(u"canary") ||
                name.startsWith(u"upstream-hash-by") || name == u"load-balance")
                continue;
            done(name);
            const bool affinity = name.startsWith(u"affinity") || name.startsWith(u"session-cookie");
            ctx.report.converted(
                who, name, *a.raw(name),
                affinity ? Tr::tr("the canary's rules take the primary's sessionPersistence (or its "
                                  "OSS fallback)")
                         : Tr::tr("ignored on a canary Ingress by ingress-nginx too: the primary's "
                                  "settings apply to the canary's rules"));
        }
    }

    // Invalid values: ingress-nginx ignores them, so does the conversion.
    for (const QString &name : a.names()) {
        const QString why = a.invalidReason(name);
        if (!why.isEmpty() && !ctx.isReported(ing, name)) {
            done(name);
            ctx.report.converted(who, name, *a.raw(name),
                                 Tr::tr("ingress-nginx ignores this value (%1); nothing emitted").arg(why));
        }
    }

    // Load balancing (balancer.lua get_implementation: affinity, then upstream-hash-by, then load-balance).
    // Its lines concern the UpstreamSettingsPolicies finish() writes for the Ingress's Services.
    const size_t balancingMark = ctx.report.size();
    if (a.string(QStringLiteral("affinity")) && !(ctx.options.plus && ctx.options.experimental))
        setService(QStringLiteral("ip_hash"), {});
    const bool cookieAffinity = a.string(QStringLiteral("affinity")).has_value();
    if (unreported(QStringLiteral("upstream-hash-by")) && cookieAffinity) {
        done(QStringLiteral("upstream-hash-by"));
        ctx.report.converted(
            who, QStringLiteral("upstream-hash-by"), *a.raw(QStringLiteral("upstream-hash-by")),
            Tr::tr("ignored by ingress-nginx too: cookie affinity takes precedence (balancer.lua "
                   "get_implementation)"));
    }
    if (unreported(QStringLiteral("upstream-hash-by"))) {
        done(QStringLiteral("upstream-hash-by"));
        const QString raw = *a.raw(QStringLiteral("upstream-hash-by"));
        const QString key = raw.trimmed().toLower();
        static const QRegularExpression single(QStringLiteral("^\\$[a-z_]+$"));
        if (single.match(key).hasMatch()) {
            setService(QStringLiteral("hash consistent"), key);
            ctx.report.difference(who, QStringLiteral("upstream-hash-by"), raw,
                                  Tr::tr("UpstreamSettingsPolicy hash consistent on %1: nginx's ring is not "
                                         "resty.chash's, so about (n-1)/n of the keys reach another Pod at "
                                         "cut-over; a request without the key goes by round robin instead of "
                                         "to one Pod")
                                      .arg(key));
        } else {
            ctx.report.notConvertible(
                who, QStringLiteral("upstream-hash-by"), raw,
                Tr::tr("NGF's hashMethodKey is a single variable (^\\$[a-z_]+$); use one "
                       "variable such as $remote_addr or $cookie_name"));
        }
    }
    for (const char *subset : {"upstream-hash-by-subset", "upstream-hash-by-subset-size"}) {
        if (unreported(QLatin1String(subset))) {
            done(QLatin1String(subset));
            ctx.report.notConvertible(who, QLatin1String(subset), *a.raw(QLatin1String(subset)),
                                      Tr::tr("nginx has no subset hashing; the key hashes to single Pods"));
        }
    }
    if (unreported(QStringLiteral("load-balance")) &&
        (cookieAffinity || a.string(QStringLiteral("upstream-hash-by")))) {
        done(QStringLiteral("load-balance"));
        ctx.report.converted(
            who, QStringLiteral("load-balance"), *a.raw(QStringLiteral("load-balance")),
            Tr::tr("ignored by ingress-nginx too: affinity or upstream-hash-by takes precedence "
                   "(balancer.lua get_implementation)"));
    }
    if (unreported(QStringLiteral("load-balance"))) {
        done(QStringLiteral("load-balance"));
        const QString lb = *a.raw(QStringLiteral("load-balance"));
        if (lb == u"ewma") {
            const QString method = ctx.options.plus ? QStringLiteral("random two least_time=last_byte")
                                                    : QStringLiteral("random two least_conn");
            setService(method, {});
            ctx.report.difference(
                who, QStringLiteral("load-balance"), lb,
                Tr::tr("UpstreamSettingsPolicy %1, the nearest nginx method to peak EWMA").arg(method));
        } else if (lb == u"round_robin") {
            setService(QStringLiteral("round_robin"), {});
            ctx.report.converted(who, QStringLiteral("load-balance"), lb,
                                 Tr::tr("UpstreamSettingsPolicy round_robin"));
        } else {
            ctx.report.converted(who, QStringLiteral("load-balance"), lb,
                                 Tr::tr("ingress-nginx does not use this value alone; round robin"));
        }
    }

    for (const QString &svc : services) {
        const auto usp = resourceRef("UpstreamSettingsPolicy", ns, svc + u"-lb");
        ctx.report.link(balancingMark, usp);
        if (a.string(QStringLiteral("affinity")) && !(ctx.options.plus && ctx.options.experimental))
            ctx.report.link(who, QStringLiteral("affinity"), usp); // the OSS fallback, ip_hash
    }

    // ClientSettingsPolicy: one per route (it has a single targetRef).
    if (unreported(QStringLiteral("proxy-body-size"))) {
        done(QStringLiteral("proxy-body-size"));
        const QString raw = *a.raw(QStringLiteral("proxy-body-size"));
        bool rounded = false;
        const QString size = ngfSize(raw, &rounded);
        const size_t mark = ctx.report.size();
        if (size.isEmpty()) {
            ctx.report.notConvertible(who, QStringLiteral("proxy-body-size"), raw,
                                      Tr::tr("not an nginx size"));
        } else {
            for (const QString &route : ctx.routesOfIngress.value(who)) {
                yaml::Value p =
                    newResource("gateway.nginx.org/v1alpha1", "ClientSettingsPolicy", ns, route + u"-client");
                p.set("spec",
                      yaml::Value::mapping()
                          .set("targetRef", localRef("gateway.networking.k8s.io", "HTTPRoute", route))
                          .set("body", yaml::Value::mapping().set("maxSize", size)));
                ctx.extras.push_back(p);
            }
            if (rounded)
                ctx.report.difference(
                    who, QStringLiteral("proxy-body-size"), raw,
                    Tr::tr("ClientSettingsPolicy body.maxSize %1 (rounded up to 4 digits)").arg(size));
            else
                ctx.report.converted(who, QStringLiteral("proxy-body-size"), raw,
                                     Tr::tr("ClientSettingsPolicy body.maxSize %1").arg(size));
            for (const QString &route : ctx.routesOfIngress.value(who))
                ctx.report.link(mark, resourceRef("ClientSettingsPolicy", ns, route + u"-client"));
        }
    }

    // ProxySettingsPolicy: timeouts and buffering.
    {
        const size_t mark = ctx.report.size();
        yaml::Value timeout = yaml::Value::mapping();
        yaml::Value buffering = yaml::Value::mapping();
        static const std::pair<const char *, const char *> timeouts[] = {{"proxy-connect-timeout", "connect"},
                                                                         {"proxy-read-timeout", "read"},
                                                                         {"proxy-send-timeout", "send"}};
        for (const auto &[annotation, field] : timeouts) {
            const QString name = QLatin1String(annotation);
            if (!unreported(name))
                continue;
            done(name);
            const auto seconds = a.integer(name);
            if (!seconds || *seconds < 0 || *seconds > 9999) {
                ctx.report.notConvertible(who, name, *a.raw(name),
                                          Tr::tr("not a number of seconds NGF accepts"));
                continue;
            }
            timeout.set(field, secondsDuration(QString::number(*seconds)));
            ctx.report.converted(
                who, name, *a.raw(name),
                Tr::tr("ProxySettingsPolicy timeout.%1 %2s").arg(QLatin1String(field)).arg(*seconds));
        }
        if (unreported(QStringLiteral("proxy-buffering"))) {
            done(QStringLiteral("proxy-buffering"));
            const QString raw = *a.raw(QStringLiteral("proxy-buffering"));
            buffering.set("disable", raw != u"on");
            ctx.report.converted(
                who, QStringLiteral("proxy-buffering"), raw,
                Tr::tr("ProxySettingsPolicy buffering.disable %1").arg(raw != u"on" ? u"true" : u"false"));
        }
        static const std::pair<const char *, const char *> sizes[] = {
            {"proxy-buffer-size", "bufferSize"}, {"proxy-busy-buffers-size", "busyBuffersSize"}};
        for (const auto &[annotation, field] : sizes) {
            const QString name = QLatin1String(annotation);
            if (!unreported(name))
                continue;
            done(name);
            const QString size = ngfSize(*a.raw(name));
            if (size.isEmpty()) {
                ctx.report.notConvertible(who, name, *a.raw(name), Tr::tr("not an nginx size"));
                continue;
            }
            buffering.set(field, size);
            ctx.report.converted(
                who, name, *a.raw(name),
                Tr::tr("ProxySettingsPolicy buffering.%1 %2").arg(QLatin1String(field), size));
        }
        if (unreported(QStringLiteral("proxy-buffers-number"))) {
            done(QStringLiteral("proxy-buffers-number"));
            const QString raw = *a.raw(QStringLiteral("proxy-buffers-number"));
            const auto n = a.integer(QStringLiteral("proxy-buffers-number"));
            const QString size = buffering.get("bufferSize")
                ? QString::fromStdString(buffering.get("bufferSize")->toString())
                : QStringLiteral("4k");
            if (n && *n > 0) {
                buffering.set("buffers", yaml::Value::mapping().set("number", *n).set("size", size));
                ctx.report.converted(
                    who, QStringLiteral("proxy-buffers-number"), raw,
                    Tr::tr("ProxySettingsPolicy buffering.buffers %1 x %2").arg(*n).arg(size));
            } else {
                ctx.report.notConvertible(who, QStringLiteral("proxy-buffers-number"), raw,
                                          Tr::tr("not a number"));
            }
        }
        if (timeout.size() > 0 || buffering.size() > 0) {
            yaml::Value spec = yaml::Value::mapping();
            spec.set("targetRefs", routeTargets(ctx, ing));
            if (buffering.size() > 0)
                spec.set("buffering", buffering);
            if (timeout.size() > 0)
                spec.set("timeout", timeout);
            yaml::Value p =
                newResource("gateway.nginx.org/v1alpha1", "ProxySettingsPolicy", ns, base + u"-proxy");
            p.set("spec", spec);
            ctx.extras.push_back(p);
            ctx.report.link(mark, resourceRef("ProxySettingsPolicy", ns, base + u"-proxy"));
        }
    }

    // RateLimitPolicy (ratelimit/main.go: burst = limit x limit-burst-multiplier, default 5, nodelay).
    {
        const size_t mark = ctx.report.size();
        yaml::Value rules = yaml::Value::sequence();
        const int multiplier = a.integer(QStringLiteral("limit-burst-multiplier")).value_or(5);
        for (const char *unit : {"rps", "rpm"}) {
            const QString name = QStringLiteral("limit-") + QLatin1String(unit);
            if (!unreported(name))
                continue;
            done(name);
            const auto limit = a.integer(name);
            if (!limit || *limit <= 0) {
                ctx.report.notConvertible(who, name, *a.raw(name), Tr::tr("not a positive number"));
                continue;
            }
            rules.append(yaml::Value::mapping()
                             .set("rate", QStringLiteral("%1r/%2").arg(*limit).arg(QLatin1Char(unit[2])))
                             .set("key", "$binary_remote_addr")
                             .set("burst", *limit * multiplier)
                             .set("noDelay", true)
                             .set("zoneSize", "5m"));
            ctx.report.difference(
                who, name, *a.raw(name),
                Tr::tr("RateLimitPolicy %1r/%2, burst %3, nodelay, per client address, "
                       "rejectCode 503 as in ingress-nginx; the limit applies to every path of "
                       "the route, and NGF's zone is its own (ingress-nginx: one per Ingress)")
                    .arg(*limit)
                    .arg(QLatin1Char(unit[2]))
                    .arg(*limit * multiplier));
        }
        if (unreported(QStringLiteral("limit-burst-multiplier"))) {
            done(QStringLiteral("limit-burst-multiplier"));
            ctx.report.converted(who, QStringLiteral("limit-burst-multiplier"),
                                 *a.raw(QStringLiteral("limit-burst-multiplier")),
                                 Tr::tr("the rules' burst"));
        }
        if (rules.size() > 0) {
            yaml::Value p =
                newResource("gateway.nginx.org/v1alpha1", "RateLimitPolicy", ns, base + u"-ratelimit");
            p.set("spec",
                  yaml::Value::mapping()
                      .set("targetRefs", routeTargets(ctx, ing))
                      .set("rateLimit",
                           yaml::Value::mapping()
                               .set("rejectCode", 503)
                               .set("local", yaml::Value::mapping().set("rules", rules))));
            ctx.extras.push_back(p);
            ctx.report.link(mark, resourceRef("RateLimitPolicy", ns, base + u"-ratelimit"));
        }
    }

    // SnippetsFilter: allow- and deny-lists and the snippets (need snippets enabled in NGF).
    {
        const size_t mark = ctx.report.size();
        QStringList location;
        QStringList server;
        auto cidrs = [&](const QString &name) { return a.raw(name)->split(u',', Qt::SkipEmptyParts); };
        for (const char *deny : {"denylist-source-range"}) {
            if (unreported(QLatin1String(deny))) {
                done(QLatin1String(deny));
                for (const QString &c : cidrs(QLatin1String(deny)))
                    location << QStringLiteral("deny %1;").arg(c.trimmed());
                ctx.report.difference(
                    who, QLatin1String(deny), *a.raw(QLatin1String(deny)),
                    Tr::tr("SnippetsFilter (\"deny\" in the locations): needs snippets enabled "
                           "in NGF"));
            }
        }
        for (const char *allow : {"allowlist-source-range", "whitelist-source-range"}) {
            if (unreported(QLatin1String(allow))) {
                done(QLatin1String(allow));
                for (const QString &c : cidrs(QLatin1String(allow)))
                    location << QStringLiteral("allow %1;").arg(c.trimmed());
                location << QStringLiteral("deny all;");
                ctx.report.difference(
                    who, QLatin1String(allow), *a.raw(QLatin1String(allow)),
                    Tr::tr("SnippetsFilter (\"allow\" ... \"deny all\" in the locations): needs "
                           "snippets enabled in NGF"));
            }
        }
        if (unreported(QStringLiteral("configuration-snippet"))) {
            done(QStringLiteral("configuration-snippet"));
            location << a.raw(QStringLiteral("configuration-snippet"))->trimmed();
            ctx.report.difference(
                who, QStringLiteral("configuration-snippet"), QStringLiteral("..."),
                Tr::tr("SnippetsFilter context http.server.location, copied as written: needs "
                       "snippets enabled in NGF, and Lua or more_set_headers directives do not "
                       "exist in NGF's nginx"));
        }
        if (unreported(QStringLiteral("server-snippet"))) {
            done(QStringLiteral("server-snippet"));
            server << a.raw(QStringLiteral("server-snippet"))->trimmed();
            ctx.report.difference(
                who, QStringLiteral("server-snippet"), QStringLiteral("..."),
                Tr::tr("SnippetsFilter context http.server, copied as written: needs snippets "
                       "enabled in NGF"));
        }
        if (!location.isEmpty() || !server.isEmpty()) {
            yaml::Value snippets = yaml::Value::sequence();
            if (!server.isEmpty())
                snippets.append(
                    yaml::Value::mapping().set("context", "http.server").set("value", server.join(u'\n')));
            if (!location.isEmpty())
                snippets.append(yaml::Value::mapping()
                                    .set("context", "http.server.location")
                                    .set("value", location.join(u'\n')));
            yaml::Value f =
                newResource("gateway.nginx.org/v1alpha1", "SnippetsFilter", ns, base + u"-snippets");
            f.set("spec", yaml::Value::mapping().set("snippets", snippets));
            ctx.extras.push_back(f);
            addRuleFilter(ctx, ing, extensionRef("SnippetsFilter", base + u"-snippets"));
            ctx.report.link(mark, resourceRef("SnippetsFilter", ns, base + u"-snippets"));
        }
    }

    // AuthenticationFilter (basic).
    if (unreported(QStringLiteral("auth-type"))) {
        done(QStringLiteral("auth-type"));
        done(QStringLiteral("auth-secret"));
        done(QStringLiteral("auth-realm"));
        done(QStringLiteral("auth-secret-type"));
        const QString type = *a.raw(QStringLiteral("auth-type"));
        const auto secret = a.string(QStringLiteral("auth-secret"));
        const QString secretType =
            a.string(QStringLiteral("auth-secret-type")).value_or(QStringLiteral("auth-file"));
        if (type != u"basic") {
            ctx.report.notConvertible(who, QStringLiteral("auth-type"), type,
                                      Tr::tr("NGF has no digest authentication"));
        } else if (!secret || secret->contains(u'/')) {
            ctx.report.notConvertible(who, QStringLiteral("auth-secret"), secret.value_or(QString()),
                                      Tr::tr("AuthenticationFilter needs a Secret in the route's namespace"));
        } else {
            const QString realm =
                a.string(QStringLiteral("auth-realm")).value_or(QStringLiteral("Authentication Required"));
            const BasicAuthSecret htpasswd(ctx, ns, *secret, secretType);
            yaml::Value f =
                newResource("gateway.nginx.org/v1alpha1", "AuthenticationFilter", ns, base + u"-auth");
            f.set("spec",
                  yaml::Value::mapping()
                      .set("type", "Basic")
                      .set("basic",
                           yaml::Value::mapping()
                               .set("secretRef", yaml::Value::mapping().set("name", htpasswd.name()))
                               .set("realm", realm)));
            ctx.extras.push_back(f);
            addRuleFilter(ctx, ing, extensionRef("AuthenticationFilter", base + u"-auth"));
            ctx.report.difference(
                who, QStringLiteral("auth-type"), type,
                Tr::tr("AuthenticationFilter Basic with Secret %1 (key \"auth\"), realm \"%2\"; "
                       "NGF passes the Authorization header on to the backend, ingress-nginx "
                       "removed it%3")
                    .arg(htpasswd.name(), realm, htpasswd.note()));
            ctx.report.link(who, QStringLiteral("auth-type"),
                            resourceRef("AuthenticationFilter", ns, base + u"-auth"));
            ctx.report.link(who, QStringLiteral("auth-type"), resourceRef("Secret", ns, htpasswd.name()));
        }
    }

    // CORS filter (cors/main.go defaults).
    if (unreported(QStringLiteral("enable-cors"))) {
        done(QStringLiteral("enable-cors"));
        const bool on = a.boolean(QStringLiteral("enable-cors")).value_or(false);
        static const char *const corsNames[] = {"cors-allow-origin",      "cors-allow-methods",
                                                "cors-allow-headers",     "cors-expose-headers",
                                                "cors-allow-credentials", "cors-max-age"};
        for (const char *n : corsNames)
            done(QLatin1String(n));
        if (!on) {
            ctx.report.converted(who, QStringLiteral("enable-cors"), *a.raw(QStringLiteral("enable-cors")),
                                 Tr::tr("off"));
        } else {
            auto list = [&](const char *name, const QString &fallback) {
                yaml::Value seq = yaml::Value::sequence();
                for (const QString &v :
                     a.raw(QLatin1String(name)).value_or(fallback).split(u',', Qt::SkipEmptyParts))
                    seq.append(v.trimmed());
                return seq;
            };
            yaml::Value cors = yaml::Value::mapping();
            cors.set("allowOrigins", list("cors-allow-origin", QStringLiteral("*")));
            cors.set("allowMethods",
                     list("cors-allow-methods", QStringLiteral("GET, PUT, POST, DELETE, PATCH, OPTIONS")));
            cors.set("allowHeaders",
                     list("cors-allow-headers",
                          QStringLiteral(
                              "DNT,Keep-Alive,User-Agent,X-Requested-With,If-Modified-Since,Cache-Control,"
                              "Content-Type,Range,Authorization")));
            if (a.has(QStringLiteral("cors-expose-headers")))
                cors.set("exposeHeaders", list("cors-expose-headers", {}));
            cors.set("allowCredentials", a.boolean(QStringLiteral("cors-allow-credentials")).value_or(true));
            cors.set("maxAge", a.integer(QStringLiteral("cors-max-age")).value_or(1728000));
            addRuleFilter(ctx, ing, yaml::Value::mapping().set("type", "CORS").set("cors", cors));
            const size_t mark = ctx.report.size();
            ctx.report.difference(
                who, QStringLiteral("enable-cors"), *a.raw(QStringLiteral("enable-cors")),
                Tr::tr("the CORS filter on every rule, with ingress-nginx's defaults for what is "
                       "not written; with origin \"*\" and credentials NGF echoes the request's "
                       "Origin where ingress-nginx sends \"*\""));
            linkRoutes(ctx, ing, mark);
        }
    }

    // Headers.
    if (unreported(QStringLiteral("upstream-vhost"))) {
        // NGF refuses Host in RequestHeaderModifier (validation: connection, host, upgrade); URLRewrite's
        // hostname sets the proxied Host header (NGF config/servers.go).
        done(QStringLiteral("upstream-vhost"));
        const QString host = *a.raw(QStringLiteral("upstream-vhost"));
        setRewriteHostname(ctx, ing, host);
        const size_t mark = ctx.report.size();
        ctx.report.converted(who, QStringLiteral("upstream-vhost"), host, Tr::tr("URLRewrite hostname"));
        linkRoutes(ctx, ing, mark);
    }
    if (unreported(QStringLiteral("x-forwarded-prefix"))) {
        done(QStringLiteral("x-forwarded-prefix"));
        const QString prefix = *a.raw(QStringLiteral("x-forwarded-prefix"));
        addRuleFilter(
            ctx, ing,
            yaml::Value::mapping()
                .set("type", "RequestHeaderModifier")
                .set(
                    "requestHeaderModifier",
                    yaml::Value::mapping().set(
                        "set",
                        yaml::Value::sequence().append(
                            yaml::Value::mapping().set("name", "X-Forwarded-Prefix").set("value", prefix)))));
        const size_t mark = ctx.report.size();
        ctx.report.converted(who, QStringLiteral("x-forwarded-prefix"), prefix,
                             Tr::tr("RequestHeaderModifier set X-Forwarded-Prefix"));
        linkRoutes(ctx, ing, mark);
    }

    // What has no equivalent.
    struct Unmapped
    {
        const char *name;
        const char *why;
    };
    static const Unmapped unmapped[] = {
        {"custom-http-errors",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper",
                           "NGF has no error pages served by a default backend")},
        {"default-backend",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper",
                           "NGF answers 503 when a Service has no endpoints; there is no "
                           "fallback Service")},
        {"service-upstream",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper", "NGF always balances over the endpoints")},
        {"proxy-next-upstream",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper", "NGF uses nginx's defaults for retries")},
        {"proxy-next-upstream-tries",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper", "NGF uses nginx's defaults for retries")},
        {"proxy-next-upstream-timeout",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper", "NGF uses nginx's defaults for retries")},
        {"limit-connections",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper",
                           "no policy; it needs limit_conn_zone in the http context and "
                           "limit_conn in the locations (snippets)")},
        {"from-to-www-redirect",
         QT_TRANSLATE_NOOP("gw::migrate::AnnotationMapper",
                           "not converted; add an HTTPRoute for the other name with a "
                           "RequestRedirect")},
    };
    for (const Unmapped &u : unmapped) {
        if (unreported(QLatin1String(u.name))) {
            done(QLatin1String(u.name));
            ctx.report.notConvertible(who, QLatin1String(u.name), *a.raw(QLatin1String(u.name)),
                                      QCoreApplication::translate("gw::migrate::AnnotationMapper", u.why));
        }
    }
    if (unreported(QStringLiteral("backend-protocol"))) {
        done(QStringLiteral("backend-protocol"));
        const QString proto = *a.raw(QStringLiteral("backend-protocol"));
        if (proto.compare(u"HTTP", Qt::CaseInsensitive) == 0)
            ctx.report.converted(who, QStringLiteral("backend-protocol"), proto, Tr::tr("the default"));
        else
            ctx.report.notConvertible(
                who, QStringLiteral("backend-protocol"), proto,
                Tr::tr("not converted (HTTPS needs a BackendTLSPolicy with a CA and hostname, "
                       "GRPC a GRPCRoute)"));
    }

    // Everything else.
    for (const QString &name : a.names()) {
        if (ctx.isReported(ing, name))
            continue;
        done(name);
        if (!Annotations::isKnown(name))
            ctx.report.notConvertible(who, name, *a.raw(name),
                                      Tr::tr("ingress-nginx v1.15.1 does not know this annotation (it had no "
                                             "effect); nothing emitted"));
        else
            ctx.report.notConvertible(
                who, name, *a.raw(name),
                Tr::tr("Gateway Studio does not convert this annotation; nothing emitted"));
    }
}

void AnnotationMapper::finish(ConversionContext &ctx)
{
    // Services without a setting keep ingress-nginx's round robin (ConfigMap load-balance aside); NGF's
    // default would be random two least_conn (NGF internal/controller/nginx/config/upstreams.go).
    QString fallback = QStringLiteral("round_robin");
    size_t configMark = size_t(-1); // the ConfigMap's load-balance line, linked to the fallback's policies
    if (ctx.config) {
        const QString lb = ctx.config->value(QStringLiteral("load-balance"));
        if (lb == u"ewma") {
            configMark = ctx.report.size();
            fallback = ctx.options.plus ? QStringLiteral("random two least_time=last_byte")
                                        : QStringLiteral("random two least_conn");
            ctx.report.difference(
                ctx.config->name, QStringLiteral("load-balance"), lb,
                Tr::tr("UpstreamSettingsPolicy %1 for the Services without their own setting").arg(fallback));
        }
    }
    QSet<QString> fallbackServices; ///< "ns/name" of the Services that got the fallback
    for (const auto &[ingress, services] : ctx.servicesOfIngress.asKeyValueRange()) {
        const QString ns = ingress.section(u'/', 0, 0);
        for (const QString &svc : services) {
            const QString key = ns + u'/' + svc;
            if (!ctx.services.count(key)) {
                ctx.services[key] = {ns, svc, fallback, {}, ingress};
                fallbackServices.insert(key);
            }
        }
    }
    for (const auto &[key, s] : ctx.services) {
        yaml::Value spec = yaml::Value::mapping();
        spec.set("targetRefs", yaml::Value::sequence().append(localRef("", "Service", s.name)));
        spec.set("loadBalancingMethod", s.method);
        if (!s.hashKey.isEmpty())
            spec.set("hashMethodKey", s.hashKey);
        yaml::Value p =
            newResource("gateway.nginx.org/v1alpha1", "UpstreamSettingsPolicy", s.ns, s.name + u"-lb");
        p.set("spec", spec);
        ctx.extras.push_back(p);
        if (configMark != size_t(-1) && fallbackServices.contains(key)) // in name order, as written
            ctx.report.link(configMark, resourceRef("UpstreamSettingsPolicy", s.ns, s.name + u"-lb"),
                            configMark + 1);
    }
}

} // namespace gw::migrate
