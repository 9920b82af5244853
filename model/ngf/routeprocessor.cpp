// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/routeprocessor.h"

#include "core/design.h"
#include "ngf/backendrefresolver.h"
#include "ngf/filterprocessor.h"
#include "ngf/note.h"
#include "ngf/validation.h"

#include <QCoreApplication>

namespace gw::ngf {

namespace {

const QString spErrMsg =
    QStringLiteral("SessionPersistence is only supported with NGINX Plus and when experimental "
                   "features are enabled. This configuration will be ignored.");
// Limits of the Gateway API CRDs: the API server rejects longer values before NGF sees them.
constexpr int maxPathLength = 1024;
constexpr int maxHeaderValueLength = 4096;
constexpr int maxHostnameLength = 253;

/**
 * A filter path NGF accepts but nginx cannot read back: a trailing backslash escapes the `;` of
 * the rewrite or return directive (docs/ngf.md, "Injection"). Empty when fine.
 */
QString unreadableInRewrite(const QString &value)
{
    int backslashes = 0;
    for (int i = int(value.size()) - 1; i >= 0 && value[i] == u'\\'; --i)
        ++backslashes;
    if (backslashes % 2 == 1)
        return QStringLiteral(
            "must not end with an unescaped '\\' (nginx would read it as escaping the end of "
            "the directive)");
    return {};
}

QString idx(const QString &path, const char16_t *key, int i)
{
    return path + u'.' + QString::fromUtf16(key) + u'[' + QString::number(i) + u']';
}

QString child(const QString &path, const char16_t *key)
{
    return path + u'.' + QString::fromUtf16(key);
}

QString pathModifierJson(const PathModifier &m)
{
    QString s = QStringLiteral("{\"type\":") + jsonQuote(m.type);
    if (m.replaceFullPath)
        s += QStringLiteral(",\"replaceFullPath\":") + jsonQuote(*m.replaceFullPath);
    if (m.replacePrefixMatch)
        s += QStringLiteral(",\"replacePrefixMatch\":") + jsonQuote(*m.replacePrefixMatch);
    return s + u'}';
}

/** The path value a path modifier sets, or nothing when its type is not supported. */
std::optional<QString> modifierValue(const PathModifier &m)
{
    if (m.type == u"ReplaceFullPath")
        return m.replaceFullPath.value_or(QString());
    if (m.type == u"ReplacePrefixMatch")
        return m.replacePrefixMatch.value_or(QString());
    return std::nullopt;
}

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::RouteProcessor)
};

const QString ngfGroup = QStringLiteral("gateway.nginx.org");

/** helpers.CapitalizeString */
QString capitalize(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

/** A LocalObjectReference as apimachinery prints a bad value (JSON). */
QString localRefJson(const ObjectReference &ref)
{
    return QStringLiteral("{\"group\":%1,\"kind\":%2,\"name\":%3}")
        .arg(jsonQuote(ref.group), jsonQuote(ref.kind), jsonQuote(ref.name));
}

bool hasAuthenticationFilter(const RouteRule &rule)
{
    for (const RouteFilter &f : rule.filters) {
        if (f.type == u"ExtensionRef" && f.extensionRef && f.extensionRef->kind == u"AuthenticationFilter")
            return true;
    }
    return false;
}

} // namespace

QString cookiePathForMatches(const std::vector<HTTPRouteMatch> &matches)
{
    QStringList paths;
    for (const HTTPRouteMatch &m : matches) {
        const QString type = m.path ? m.path->type : QStringLiteral("PathPrefix");
        const QString value = m.path ? m.path->value : QStringLiteral("/");
        if (type == u"RegularExpression")
            return {};
        paths << value;
    }
    if (paths.isEmpty())
        return {};
    if (paths.size() == 1)
        return paths.first();
    QStringList common = paths.first().split(u'/');
    for (int i = 1; i < paths.size(); ++i) {
        const QStringList segments = paths[i].split(u'/');
        int n = 0;
        while (n < common.size() && n < segments.size() && common[n] == segments[n])
            ++n;
        common = common.mid(0, n);
    }
    return common.join(u'/');
}

RouteProcessor::RouteProcessor(const Design &design, const Profile &profile,
                               const BackendRefResolver *backends)
    : m_design(design)
    , m_profile(profile)
    , m_backends(backends)
{ }

void RouteProcessor::process(GraphRoute &route, std::vector<Diagnostic> &notes) const
{
    const Route &spec = *route.resource->as<Route>();
    FieldErrors hostnameErrors;
    for (int i = 0; i < int(spec.hostnames.size()); ++i) {
        const QString &h = spec.hostnames[size_t(i)];
        if (const QString e = validation::hostname(h); !e.isEmpty())
            hostnameErrors.push_back(
                FieldError::invalid(QStringLiteral("spec.hostnames[%1]").arg(i), jsonQuote(h), e));
    }
    if (!hostnameErrors.empty()) {
        route.valid = false;
        route.attachable = false;
        route.conditions.push_back(conditions::routeUnsupportedValue(aggregate(hostnameErrors)));
        return;
    }

    RuleErrors all;
    bool atLeastOneValid = false;
    for (int i = 0; i < int(spec.rules.size()); ++i) {
        GraphRule rule;
        rule.index = i;
        rule.source = sourceOf(*route.resource, QStringLiteral("spec.rules[%1]").arg(i));
        RuleErrors errors;
        processRule(route, spec.rules[size_t(i)], rule, errors, notes);
        if (rule.validMatches && rule.filters.valid)
            atLeastOneValid = true;
        all.warn.insert(all.warn.end(), errors.warn.begin(), errors.warn.end());
        all.invalid.insert(all.invalid.end(), errors.invalid.begin(), errors.invalid.end());
        all.resolve.insert(all.resolve.end(), errors.resolve.begin(), errors.resolve.end());
        route.rules.push_back(std::move(rule));
    }
    if (!all.warn.empty())
        route.conditions.push_back(conditions::routeAcceptedUnsupportedField(aggregate(all.warn)));
    if (!all.invalid.empty()) {
        const QString msg = aggregate(all.invalid);
        if (atLeastOneValid) {
            route.conditions.push_back(conditions::routePartiallyInvalid(msg));
        } else {
            route.conditions.push_back(
                conditions::routeUnsupportedValue(QStringLiteral("All rules are invalid: ") + msg));
            route.valid = false;
        }
    }
    // Resolve errors do not invalidate the route (processHTTPRouteRules capitalizes the message,
    // processGRPCRouteRules does not).
    if (!all.resolve.empty()) {
        const QString msg = aggregate(all.resolve);
        route.conditions.push_back(conditions::routeInvalidFilter(route.grpc ? msg : capitalize(msg)));
    }
    if (route.valid) {
        resolveBackendRefs(route);
        buildMirrorRoutes(route);
    }
}

void RouteProcessor::buildMirrorRoutes(GraphRoute &route) const
{
    const Route &spec = *route.resource->as<Route>();
    for (const GraphRule &rule : route.rules) {
        if (!rule.filters.valid)
            continue;
        const RouteRule &specRule = spec.rules[size_t(rule.index)];
        for (const GraphBackendRef &ref : rule.backendRefs) {
            if (ref.mirrorFilter < 0)
                continue;
            const RequestMirror &m = *specRule.filters[size_t(ref.mirrorFilter)].requestMirror;
            const QString name =
                QStringLiteral("_ngf-internal-mirror-%1-%2/%3-%4")
                    .arg(route.name(), m.backendRef.ns.value_or(route.ns()), m.backendRef.name)
                    .arg(rule.index);
            bool seen = false;
            for (const GraphRoute::MirrorRoute &other : route.mirrorRoutes)
                seen = seen || other.name == name;
            if (seen)
                continue; // the same key in NGF's route map
            GraphRoute::MirrorRoute mirror;
            mirror.name = name;
            GraphRule &r = mirror.rule;
            r.index = 0;
            const QString filterPath =
                QStringLiteral("spec.rules[%1].filters[%2]").arg(rule.index).arg(ref.mirrorFilter);
            r.source = sourceOf(*route.resource, filterPath);
            HTTPRouteMatch match;
            match.path = HTTPPathMatch {
                QStringLiteral("Exact"),
                mirrorPath(rule.index, m.backendRef.ns, m.backendRef.name, route.ns(), route.name())};
            r.matches.push_back(match);
            r.matchPaths << filterPath;
            // removeHTTPMirrorFilters: the rule's other filters. The mirror route resolves no
            // AuthenticationFilter (buildHTTPMirrorRoutes passes none): such a rule answers 500 there.
            r.filters = rule.filters;
            r.filters.mirrors.clear();
            if (r.filters.basicAuth || hasAuthenticationFilter(specRule)) {
                r.filters.valid = false;
                r.filters.basicAuth.reset();
            }
            GraphBackendRef backend = ref;
            backend.index = 0;
            backend.mirrorFilter = -1;
            r.backendRefs.push_back(backend);
            route.mirrorRoutes.push_back(std::move(mirror));
        }
    }
}

void RouteProcessor::processRule(const GraphRoute &route, const RouteRule &spec, GraphRule &rule,
                                 RuleErrors &errors, std::vector<Diagnostic> &notes) const
{
    const QString rulePath = QStringLiteral("spec.rules[%1]").arg(rule.index);
    // checkForUnsupportedHTTPFields / checkForUnsupportedGRPCFields
    if (spec.name)
        errors.warn.push_back(FieldError::forbidden(child(rulePath, u"name"), QStringLiteral("Name")));
    if (!route.grpc && spec.timeouts)
        errors.warn.push_back(
            FieldError::forbidden(child(rulePath, u"timeouts"), QStringLiteral("Timeouts")));
    if (!route.grpc && spec.hasRetry)
        errors.warn.push_back(FieldError::forbidden(child(rulePath, u"retry"), QStringLiteral("Retry")));
    if (spec.sessionPersistence) {
        const QString spPath = child(rulePath, u"sessionPersistence");
        if (!m_profile.version.sessionPersistenceSupported()) {
            errors.warn.push_back(FieldError::forbidden(spPath, QStringLiteral("SessionPersistence")));
        } else {
            if (!m_profile.plus)
                errors.warn.push_back(FieldError::forbidden(
                    spPath,
                    spErrMsg +
                        QStringLiteral(" OSS users can use `ip_hash` load balancing method via the "
                                       "UpstreamSettingsPolicy for session affinity.")));
            if (!m_profile.experimental)
                errors.warn.push_back(FieldError::forbidden(spPath, spErrMsg));
        }
    }

    FieldErrors invalid;
    if (route.grpc) {
        convertGrpcMatches(spec, rulePath, rule, invalid);
    } else {
        for (int j = 0; j < int(spec.matches.size()); ++j) {
            const QString matchPath = idx(rulePath, u"matches", j);
            const size_t before = invalid.size();
            validateHttpMatch(spec.matches[size_t(j)], matchPath, invalid);
            if (invalid.size() != before)
                rule.validMatches = false;
            rule.matches.push_back(spec.matches[size_t(j)]);
            rule.matchPaths.push_back(matchPath);
        }
    }
    if (!invalid.empty())
        rule.validMatches = false;

    FieldErrors filterErrors;
    processFilters(route, spec, rulePath, rule, filterErrors, errors.resolve, notes);
    if (!filterErrors.empty() || !errors.resolve.empty())
        rule.filters.valid = false;
    invalid.insert(invalid.end(), filterErrors.begin(), filterErrors.end());
    errors.invalid.insert(errors.invalid.end(), invalid.begin(), invalid.end());

    for (int j = 0; j < int(spec.backendRefs.size()); ++j) {
        GraphBackendRef ref;
        ref.index = j;
        ref.source = sourceOf(*route.resource, idx(rulePath, u"backendRefs", j));
        rule.backendRefs.push_back(ref);
    }
    // processHTTPRouteRule / processGRPCRouteRule: with valid filters, every RequestMirror filter's
    // backendRef is one more backendRef of the rule (MirrorBackendIdx), resolved and reported as the others.
    if (rule.filters.valid) {
        for (int k = 0; k < int(spec.filters.size()); ++k) {
            if (spec.filters[size_t(k)].type != u"RequestMirror" || !spec.filters[size_t(k)].requestMirror)
                continue;
            GraphBackendRef ref;
            ref.index = int(rule.backendRefs.size());
            ref.mirrorFilter = k;
            ref.source =
                sourceOf(*route.resource, child(idx(rulePath, u"filters", k), u"requestMirror.backendRef"));
            rule.backendRefs.push_back(ref);
        }
    }
    if (spec.sessionPersistence && m_profile.version.sessionPersistenceSupported())
        processSessionPersistence(route, spec, rule, errors);
}

void RouteProcessor::validateHttpMatch(const HTTPRouteMatch &match, const QString &matchPath,
                                       FieldErrors &errors) const
{
    if (match.path) {
        const QString pathPath = child(matchPath, u"path");
        const QString &value = match.path->value;
        const QString &type = match.path->type;
        if (value.startsWith(u"/_ngf-internal")) {
            errors.push_back(
                FieldError::invalid(child(pathPath, u"value"), goQuote(value),
                                    QStringLiteral("path cannot start with /_ngf-internal. This prefix "
                                                   "is reserved for internal use")));
        } else if (value.toUtf8().size() > maxPathLength) {
            errors.push_back(FieldError::tooLong(child(pathPath, u"value"), maxPathLength));
        } else if (type == u"Exact" || type == u"PathPrefix") {
            if (const QString e = validation::pathInMatch(value); !e.isEmpty())
                errors.push_back(FieldError::invalid(child(pathPath, u"value"), goQuote(value), e));
        } else if (type == u"RegularExpression" && m_profile.version.regexPathsSupported()) {
            if (const QString e = validation::pathInRegexMatch(value); !e.isEmpty())
                errors.push_back(FieldError::invalid(child(pathPath, u"value"), goQuote(value), e));
        } else {
            QStringList supported {QStringLiteral("Exact"), QStringLiteral("PathPrefix")};
            if (m_profile.version.regexPathsSupported())
                supported << QStringLiteral("RegularExpression");
            errors.push_back(FieldError::notSupported(child(pathPath, u"type"), jsonQuote(type), supported));
        }
    }
    for (int j = 0; j < int(match.headers.size()); ++j)
        validateValueMatch(match.headers[size_t(j)], idx(matchPath, u"headers", j), true, errors);
    for (int j = 0; j < int(match.queryParams.size()); ++j)
        validateValueMatch(match.queryParams[size_t(j)], idx(matchPath, u"queryParams", j), false, errors);
    if (match.method && !validation::supportedMethods().contains(*match.method))
        errors.push_back(FieldError::notSupported(child(matchPath, u"method"), jsonQuote(*match.method),
                                                  validation::supportedMethods()));
}

void RouteProcessor::validateValueMatch(const ValueMatch &m, const QString &path, bool header,
                                        FieldErrors &errors) const
{
    // Header names must be HTTP tokens; query names, like all values, only non-empty (they reach
    // matches.json as JSON strings, never nginx syntax).
    if (m.type != u"Exact" && m.type != u"RegularExpression")
        errors.push_back(
            FieldError::notSupported(child(path, u"type"), jsonQuote(m.type),
                                     {QStringLiteral("Exact"), QStringLiteral("RegularExpression")}));
    const QString nameError =
        header ? validation::headerNameInMatch(m.name) : validation::njsMatchPart(m.name);
    if (!nameError.isEmpty())
        errors.push_back(FieldError::invalid(child(path, u"name"), jsonQuote(m.name), nameError));
    const int maxLength = header ? maxHeaderValueLength : maxPathLength;
    if (const QString e = validation::njsMatchPart(m.value); !e.isEmpty())
        errors.push_back(FieldError::invalid(child(path, u"value"), goQuote(m.value), e));
    else if (m.value.toUtf8().size() > maxLength)
        errors.push_back(FieldError::tooLong(child(path, u"value"), maxLength));
}

void RouteProcessor::convertGrpcMatches(const RouteRule &spec, const QString &rulePath, GraphRule &rule,
                                        FieldErrors &errors) const
{
    const auto prefixRoot = [] { return HTTPPathMatch {QStringLiteral("PathPrefix"), QStringLiteral("/")}; };
    if (spec.grpcMatches.empty()) {
        rule.matches.push_back(HTTPRouteMatch {prefixRoot(), {}, {}, {}});
        rule.matchPaths.push_back(rulePath);
        return;
    }
    for (int j = 0; j < int(spec.grpcMatches.size()); ++j) {
        const GRPCRouteMatch &gm = spec.grpcMatches[size_t(j)];
        const QString matchPath = idx(rulePath, u"matches", j);
        HTTPRouteMatch m;
        m.path = prefixRoot();
        if (gm.method) {
            const QString mp = child(matchPath, u"method");
            bool ok = true;
            if (gm.method->type != u"Exact") {
                errors.push_back(FieldError::notSupported(child(mp, u"type"), jsonQuote(gm.method->type),
                                                          {QStringLiteral("Exact")}));
                ok = false;
            }
            if (!gm.method->service || gm.method->service->isEmpty()) {
                errors.push_back(
                    FieldError::required(child(mp, u"service"), QStringLiteral("service is required")));
                ok = false;
            }
            if (!gm.method->method || gm.method->method->isEmpty()) {
                errors.push_back(
                    FieldError::required(child(mp, u"method"), QStringLiteral("method is required")));
                ok = false;
            }
            if (ok) {
                const QString path = u'/' + *gm.method->service + u'/' + *gm.method->method;
                if (const QString e = validation::pathInMatch(path); !e.isEmpty())
                    errors.push_back(FieldError::invalid(mp, goQuote(path), e));
                m.path = HTTPPathMatch {QStringLiteral("Exact"), path};
            }
        }
        for (int k = 0; k < int(gm.headers.size()); ++k)
            validateValueMatch(gm.headers[size_t(k)], idx(matchPath, u"headers", k), true, errors);
        m.headers = gm.headers;
        rule.matches.push_back(std::move(m));
        rule.matchPaths.push_back(matchPath);
    }
}

void RouteProcessor::processFilters(const GraphRoute &route, const RouteRule &spec, const QString &rulePath,
                                    GraphRule &rule, FieldErrors &errors, FieldErrors &resolveErrors,
                                    std::vector<Diagnostic> &notes) const
{
    RouteFilters &out = rule.filters;
    bool seenAuth = false;
    for (int k = 0; k < int(spec.filters.size()); ++k) {
        const RouteFilter &f = spec.filters[size_t(k)];
        const QString fp = idx(rulePath, u"filters", k);
        const SourceRef source = sourceOf(*route.resource, fp);
        const bool http = !route.grpc;
        if (f.type == u"ExtensionRef" && f.extensionRef && f.extensionRef->kind == u"AuthenticationFilter") {
            if (seenAuth) {
                errors.push_back(
                    FieldError::invalid(child(fp, u"extensionRef"), localRefJson(*f.extensionRef),
                                        QStringLiteral("only one AuthenticationFilter is allowed "
                                                       "per Route rule")));
                continue;
            }
            seenAuth = true;
        }
        if (f.type == u"ExtensionRef") {
            processExtensionRef(route, f, fp, out, errors, resolveErrors, notes);
        } else if (http && f.type == u"RequestRedirect" && f.requestRedirect) {
            const RequestRedirect &r = *f.requestRedirect;
            const QString rp = child(fp, u"requestRedirect");
            const size_t before = errors.size();
            if (r.scheme && *r.scheme != u"http" && *r.scheme != u"https")
                errors.push_back(FieldError::notSupported(child(rp, u"scheme"), goQuote(*r.scheme),
                                                          {QStringLiteral("http"), QStringLiteral("https")}));
            validateHostAndPath(r.hostname, r.path, rp, QStringLiteral("requestRedirect"), errors);
            // v2.6.7 checks no code (validateFilterRedirect): the CRD allows 301, 302, 303, 307
            // and 308. Earlier releases accepted only 301 and 302.
            QStringList codes {QStringLiteral("301"), QStringLiteral("302")};
            if (m_profile.version.redirectCodes303To308())
                codes << QStringLiteral("303") << QStringLiteral("307") << QStringLiteral("308");
            if (r.statusCode && !codes.contains(QString::number(*r.statusCode)))
                errors.push_back(FieldError::notSupported(child(rp, u"statusCode"),
                                                          QString::number(*r.statusCode), codes));
            if (errors.size() == before && !out.redirect) {
                out.redirect = r;
                out.redirectSource = source;
            }
        } else if (http && f.type == u"URLRewrite" && f.urlRewrite) {
            const URLRewrite &r = *f.urlRewrite;
            const QString rp = child(fp, u"urlRewrite");
            const size_t before = errors.size();
            validateHostAndPath(r.hostname, r.path, rp, QStringLiteral("urlRewrite"), errors);
            if (errors.size() == before && !out.rewrite) {
                out.rewrite = r;
                out.rewriteSource = source;
            }
        } else if (f.type == u"RequestHeaderModifier" && f.requestHeaderModifier) {
            const size_t before = errors.size();
            validateHeaderModifier(*f.requestHeaderModifier, child(fp, u"requestHeaderModifier"), errors);
            if (errors.size() == before && !out.requestHeaders) {
                out.requestHeaders = f.requestHeaderModifier;
                out.requestHeadersSource = source;
            }
        } else if (f.type == u"ResponseHeaderModifier" && f.responseHeaderModifier) {
            const size_t before = errors.size();
            validateHeaderModifier(*f.responseHeaderModifier, child(fp, u"responseHeaderModifier"), errors);
            if (errors.size() == before && !out.responseHeaders) {
                out.responseHeaders = f.responseHeaderModifier;
                out.responseHeadersSource = source;
            }
        } else if (f.type == u"RequestMirror") {
            processMirror(route, f, fp, rule.index, out, errors);
        } else if (http && f.type == u"CORS") {
            // validateFilterCORS checks only that the filter is there (the CRD validates its fields);
            // createHTTPFilters uses the first CORS filter.
            if (!f.cors) {
                errors.push_back(
                    FieldError::required(child(fp, u"CORS"), QStringLiteral("CORS filter cannot be nil")));
            } else if (!out.cors) {
                out.cors = *f.cors;
                if (!out.cors->maxAge)
                    out.cors->maxAge = 5; // the CRD's default (apis/v1 HTTPCORSFilter.MaxAge)
                out.corsSource = source;
            }
        } else {
            // common_filter.go supportedHTTPFilterTypes / supportedGRPCFilterTypes, in NGF's order.
            const QStringList supported = http
                ? QStringList {QStringLiteral("ResponseHeaderModifier"),
                               QStringLiteral("RequestHeaderModifier"),
                               QStringLiteral("ExtensionRef"),
                               QStringLiteral("RequestRedirect"),
                               QStringLiteral("URLRewrite"),
                               QStringLiteral("RequestMirror"),
                               QStringLiteral("CORS")}
                : QStringList {QStringLiteral("ResponseHeaderModifier"),
                               QStringLiteral("RequestHeaderModifier"), QStringLiteral("RequestMirror"),
                               QStringLiteral("ExtensionRef")};
            errors.push_back(FieldError::notSupported(child(fp, u"type"), jsonQuote(f.type), supported));
        }
    }
}

static QString mirrorJson(const RequestMirror &m)
{
    // The filter as the API server stores it (CRD defaults: group "", kind Service, denominator 100),
    // marshalled in field order as apimachinery prints a struct value.
    const BackendObjectReference &b = m.backendRef;
    QString ref = QStringLiteral("{\"group\":%1,\"kind\":%2,\"name\":%3")
                      .arg(jsonQuote(b.group), jsonQuote(b.kind), jsonQuote(b.name));
    if (b.ns)
        ref += QStringLiteral(",\"namespace\":") + jsonQuote(*b.ns);
    if (b.port)
        ref += QStringLiteral(",\"port\":") + QString::number(*b.port);
    QString json = QStringLiteral("{\"backendRef\":") + ref + u'}';
    if (m.percent)
        json += QStringLiteral(",\"percent\":") + QString::number(*m.percent);
    if (m.fraction)
        json += QStringLiteral(",\"fraction\":{\"numerator\":%1,\"denominator\":%2}")
                    .arg(m.fraction->numerator)
                    .arg(m.fraction->denominator.value_or(100));
    return json + u'}';
}

void RouteProcessor::processMirror(const GraphRoute &route, const RouteFilter &f, const QString &fp,
                                   int ruleIndex, RouteFilters &out, FieldErrors &errors) const
{
    // common_filter.go validateFilterMirror
    const QString mp = child(fp, u"requestMirror");
    if (!f.requestMirror) {
        errors.push_back(FieldError::required(mp, QStringLiteral("cannot be nil")));
        return;
    }
    const RequestMirror &m = *f.requestMirror;
    if (m.percent && m.fraction) {
        errors.push_back(
            FieldError::invalid(mp, mirrorJson(m), QStringLiteral("cannot set both percent and fraction")));
        return;
    }
    if (m.fraction && m.fraction->denominator) {
        const int d = *m.fraction->denominator;
        const int n = m.fraction->numerator;
        const QString fr = child(mp, u"fraction");
        if (d <= 0) {
            errors.push_back(FieldError::invalid(child(fr, u"denominator"), QString::number(d),
                                                 QStringLiteral("must be greater than 0")));
            return;
        }
        if (n < 0) {
            errors.push_back(FieldError::invalid(child(fr, u"numerator"), QString::number(n),
                                                 QStringLiteral("must be greater than or equal to 0")));
            return;
        }
        if (n > d) {
            errors.push_back(
                FieldError::invalid(child(fr, u"numerator"), QString::number(n),
                                    QStringLiteral("must be less than or equal to denominator")));
            return;
        }
    }
    // dataplane convertHTTPRequestMirrorFilter: no target without a Service name.
    if (m.backendRef.name.isEmpty())
        return;
    RouteFilters::Mirror mirror;
    mirror.target = mirrorPath(ruleIndex, m.backendRef.ns, m.backendRef.name, route.ns(), route.name());
    if (m.percent) {
        mirror.percent = *m.percent;
    } else if (m.fraction) {
        const qint32 d = m.fraction->denominator.value_or(100);
        mirror.percent = double(qint32(m.fraction->numerator * 100)) / double(d);
    }
    mirror.percent = std::min(mirror.percent, 100.0);
    mirror.source = sourceOf(*route.resource, fp);
    out.mirrors.push_back(mirror);
}

QString RouteProcessor::mirrorPath(int ruleIndex, const std::optional<QString> &ns, const QString &service,
                                   const QString &routeNs, const QString &routeName)
{
    // NGF state/mirror/mirror.go BackendPath
    if (ns)
        return QStringLiteral("/_ngf-internal-mirror-%1/%2-%3/%4-%5")
            .arg(*ns, service, routeNs, routeName)
            .arg(ruleIndex);
    return QStringLiteral("/_ngf-internal-mirror-%1-%2/%3-%4")
        .arg(service, routeNs, routeName)
        .arg(ruleIndex);
}

void RouteProcessor::processExtensionRef(const GraphRoute &route, const RouteFilter &f, const QString &fp,
                                         RouteFilters &out, FieldErrors &errors, FieldErrors &resolveErrors,
                                         std::vector<Diagnostic> &notes) const
{
    const QString refPath = child(fp, u"extensionRef");
    if (!f.extensionRef) {
        errors.push_back(FieldError::required(refPath, QStringLiteral("cannot be nil")));
        return;
    }
    const ObjectReference &ref = *f.extensionRef;
    // validateExtensionRefFilter
    const size_t before = errors.size();
    if (ref.name.isEmpty())
        errors.push_back(FieldError::required(refPath, QStringLiteral("name cannot be empty")));
    if (ref.group != ngfGroup)
        errors.push_back(FieldError::notSupported(refPath, jsonQuote(ref.group), {ngfGroup}));
    const bool snippets = ref.kind == u"SnippetsFilter";
    const bool auth = ref.kind == u"AuthenticationFilter";
    if (!snippets && !auth)
        errors.push_back(FieldError::notSupported(
            refPath, jsonQuote(ref.kind),
            {QStringLiteral("SnippetsFilter"), QStringLiteral("AuthenticationFilter")}));
    if (errors.size() != before)
        return;
    // The resolvers: a filter of the route's namespace, marked referenced when found.
    int index = -1;
    if (m_filters && snippets)
        index = FilterProcessor::findSnippetsFilter(*m_filters, route.ns(), ref.name);
    else if (m_filters)
        index = FilterProcessor::findAuthenticationFilter(*m_filters, route.ns(), ref.name);
    if (index < 0) {
        resolveErrors.push_back(FieldError::notFound(refPath, localRefJson(ref)));
        if (snippets && !m_profile.snippets)
            notes.push_back(
                note(m_design, *route.resource, refPath,
                     Tr::tr("NGF runs without snippets (--snippets): it does not watch SnippetsFilters, "
                            "so this reference is not found and the rule answers 500")));
        return;
    }
    bool valid = false;
    if (snippets) {
        GraphSnippetsFilter &sf = m_filters->snippetsFilters[size_t(index)];
        sf.referenced = true;
        valid = sf.valid;
    } else {
        GraphAuthenticationFilter &af = m_filters->authenticationFilters[size_t(index)];
        af.referenced = true;
        valid = af.valid;
    }
    if (!valid) {
        resolveErrors.push_back(FieldError::invalid(
            refPath, localRefJson(ref),
            QStringLiteral("referenced filter is invalid. See filter status for more details.")));
        return;
    }
    out.extensionRefSource = sourceOf(*route.resource, fp);
    if (snippets) {
        // convertSnippetsFilter: the http.server and http.server.location snippets, in filter order.
        const GraphSnippetsFilter &sf = m_filters->snippetsFilters[size_t(index)];
        out.snippetsFilters.push_back(index);
        const auto add = [&](const QString &context, std::vector<SnippetInclude> &to) {
            const auto it = sf.snippets.find(context);
            if (it == sf.snippets.end())
                return;
            const QString field = QStringLiteral("spec.snippets[%1].value").arg(sf.snippetIndex.at(context));
            to.push_back({sf.includeFile(context), it->second.value, sourceOf(*sf.resource, field)});
        };
        add(QStringLiteral("http.server"), out.serverSnippets);
        add(QStringLiteral("http.server.location"), out.locationSnippets);
        return;
    }
    // convertAuthenticationFilter: the last AuthenticationFilter of the rule (there is at most one).
    const Resource &filter = *m_filters->authenticationFilters[size_t(index)].resource;
    const AuthenticationFilter &spec = *filter.as<AuthenticationFilter>();
    out.basicAuth.reset();
    out.jwtAuth.reset();
    out.oidcFilter = -1;
    out.oidcResource = nullptr;
    if (spec.type == u"Basic" && spec.basic) {
        BasicAuthConfig b;
        b.realm = spec.basic->realm;
        b.file = GraphAuthenticationFilter::basicAuthFile(filter.meta.ns, spec.basic->secretName);
        b.source = sourceOf(filter, QStringLiteral("spec.basic"));
        out.basicAuth = b;
    } else if (spec.type == u"JWT" && spec.jwt) {
        // convertAuthenticationFilterJwtAuth, convertRemoteJWTJwtAuthFilter
        const JwtAuth &jwt = *spec.jwt;
        JwtAuthConfig j;
        j.realm = jwt.realm;
        j.keyCache = jwt.keyCache;
        j.source = sourceOf(filter, QStringLiteral("spec.jwt"));
        if (jwt.source == u"Remote" && jwt.remote) {
            j.jwksUri = jwt.remote->uri;
            j.jwksPath = GraphAuthenticationFilter::jwksLocation(filter.meta.ns, filter.meta.name);
            j.trustedCertificate = QStringLiteral("/etc/ssl/cert.pem"); // dataplane.AlpineSSLRootCAPath
            for (const QString &ref : jwt.remote->caCertificateRefs) {
                const Resource *s = m_design.find(Kind::Secret, filter.meta.ns, ref);
                if (s && !s->as<Secret>()->data.value(QStringLiteral("ca.crt")).isEmpty()) {
                    j.trustedCertificate = GraphAuthenticationFilter::jwtRemoteCaFile(filter.meta.ns, ref);
                    break;
                }
            }
        } else if (jwt.fileSecretName) {
            j.keyFile = GraphAuthenticationFilter::jwtKeyFile(filter.meta.ns, *jwt.fileSecretName);
        }
        out.jwtAuth = j;
    } else if (spec.type == u"OIDC" && spec.oidc) {
        out.oidcFilter = index;
        out.oidcResource = &filter;
        out.oidcProvider = GraphAuthenticationFilter::oidcProviderName(filter.meta.ns, filter.meta.name);
        out.oidcSource = sourceOf(filter, QStringLiteral("spec.oidc"));
    }
}

void RouteProcessor::validateFilterHostname(const QString &hostname, const QString &path,
                                            FieldErrors &errors) const
{
    if (hostname.toUtf8().size() > maxHostnameLength)
        errors.push_back(FieldError::tooLong(path, maxHostnameLength));
    else if (const QString e = validation::filterHostname(hostname); !e.isEmpty())
        errors.push_back(FieldError::invalid(path, jsonQuote(hostname), e));
}

void RouteProcessor::validateFilterPath(const PathModifier &modifier, const QString &value,
                                        const QString &path, FieldErrors &errors) const
{
    if (value.toUtf8().size() > maxPathLength)
        errors.push_back(FieldError::tooLong(path, maxPathLength));
    else if (const QString e = validation::filterPath(value); !e.isEmpty())
        errors.push_back(FieldError::invalid(path, pathModifierJson(modifier), e));
    else if (const QString e = unreadableInRewrite(value); !e.isEmpty())
        errors.push_back(FieldError::invalid(path, pathModifierJson(modifier), e));
}

void RouteProcessor::validateHostAndPath(const std::optional<QString> &hostname,
                                         const std::optional<PathModifier> &path, const QString &filterPath,
                                         const QString &filterName, FieldErrors &errors) const
{
    if (hostname)
        validateFilterHostname(*hostname, child(filterPath, u"hostname"), errors);
    if (!path)
        return;
    const auto value = modifierValue(*path);
    if (!value)
        errors.push_back(
            FieldError::invalid(child(filterPath, u"path"), pathModifierJson(*path),
                                QStringLiteral("%1 path type %2 not supported").arg(filterName, path->type)));
    else
        validateFilterPath(*path, *value, child(filterPath, u"path"), errors);
}

void RouteProcessor::validateHeaderModifier(const HeaderModifier &m, const QString &path,
                                            FieldErrors &errors) const
{
    const auto checkList = [&](const std::vector<HeaderValue> &list, const char16_t *key) {
        for (int i = 0; i < int(list.size()); ++i) {
            const QString hp = idx(path, key, i);
            const HeaderValue &h = list[size_t(i)];
            if (const QString e = validation::filterHeaderName(h.name); !e.isEmpty())
                errors.push_back(FieldError::invalid(child(hp, u"name"), jsonQuote(h.name), e));
            if (h.value.toUtf8().size() > maxHeaderValueLength)
                errors.push_back(FieldError::tooLong(child(hp, u"value"), maxHeaderValueLength));
            else if (const QString e = validation::filterHeaderValue(h.value); !e.isEmpty())
                errors.push_back(FieldError::invalid(child(hp, u"value"), goQuote(h.value), e));
        }
    };
    checkList(m.set, u"set");
    checkList(m.add, u"add");
    for (int i = 0; i < int(m.remove.size()); ++i) {
        if (const QString e = validation::filterHeaderName(m.remove[size_t(i)]); !e.isEmpty())
            errors.push_back(FieldError::invalid(idx(path, u"remove", i), goQuote(m.remove[size_t(i)]), e));
    }
}

void RouteProcessor::processSessionPersistence(const GraphRoute &route, const RouteRule &spec,
                                               GraphRule &rule, RuleErrors &errors) const
{
    const SessionPersistence &sp = *spec.sessionPersistence;
    const QString spPath = QStringLiteral("spec.rules[%1].sessionPersistence").arg(rule.index);
    FieldErrors spErrors;
    const QString type = sp.type.value_or(QStringLiteral("Cookie"));
    if (type != u"Cookie")
        spErrors.push_back(
            FieldError::notSupported(child(spPath, u"type"), jsonQuote(type), {QStringLiteral("Cookie")}));
    if (sp.idleTimeout && m_profile.version.idleTimeoutChecked())
        spErrors.push_back(
            FieldError::forbidden(child(spPath, u"idleTimeout"), QStringLiteral("IdleTimeout")));
    QString expiry;
    if (sp.absoluteTimeout) {
        QString error;
        if (const auto converted = validation::convertDuration(*sp.absoluteTimeout, &error))
            expiry = *converted;
        else
            spErrors.push_back(FieldError::invalid(child(spPath, u"absoluteTimeout"),
                                                   jsonQuote(*sp.absoluteTimeout), error));
    }
    // NGF does not check sessionName; the preview refuses names nginx would not read back as one
    // cookie-name token (docs/ngf.md, "Injection").
    if (sp.sessionName && !sp.sessionName->isEmpty()) {
        if (const QString e = validation::cookieName(*sp.sessionName); !e.isEmpty())
            spErrors.push_back(
                FieldError::invalid(child(spPath, u"sessionName"), goQuote(*sp.sessionName), e));
    }
    if (!spErrors.empty()) {
        spErrors.push_back(FieldError::invalid(
            spPath, goQuote(spPath),
            QStringLiteral("session persistence is ignored because there are errors in the configuration")));
        errors.warn.insert(errors.warn.end(), spErrors.begin(), spErrors.end());
        return;
    }
    SessionPersistenceConfig config;
    config.key = route.name() + u'_' + route.ns() + u'_' + QString::number(rule.index);
    config.name = sp.sessionName && !sp.sessionName->isEmpty() ? *sp.sessionName : u"sp_" + config.key;
    if (!(sp.cookieConfig && sp.cookieConfig->lifetimeType == u"Session"))
        config.expiry = expiry;
    if (!route.grpc)
        config.path = cookiePathForMatches(spec.matches);
    config.source = sourceOf(*route.resource, spPath);
    rule.sessionPersistence = config;
}

void RouteProcessor::resolveBackendRefs(GraphRoute &route) const
{
    if (m_backends)
        m_backends->resolve(route);
}

} // namespace gw::ngf
