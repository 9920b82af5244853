// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/fielderror.h"
#include "ngf/graph.h"

namespace gw {
class Design;
}

namespace gw::ngf {

/**
 * Validates one HTTPRoute or GRPCRoute as NGF's graph does (`httproute.go`, `grpcroute.go`,
 * `route_common.go`, `backend_refs.go`): hostnames, rule matches, filters, sessionPersistence
 * and backendRefs, producing the route's rules and conditions. Attachment to listeners is done
 * afterwards by GraphBuilder.
 */
class BackendRefResolver;

class RouteProcessor
{
public:
    /** \a backends resolves the backendRefs (BackendRefResolver); without one they stay unresolved. */
    RouteProcessor(const Design &design, const Profile &profile, const BackendRefResolver *backends);

    /**
     * The SnippetsFilters and AuthenticationFilters ExtensionRefs resolve to (FilterProcessor has
     * filled them); resolving marks them referenced. Without, every ExtensionRef is not found.
     */
    void setExtensionFilters(Graph *graph) { m_filters = graph; }

    /** Fills \a route (resource and grpc already set) with rules and conditions. */
    void process(GraphRoute &route, std::vector<Diagnostic> &notes) const;

    /** The internal location of a RequestMirror filter (NGF state/mirror/mirror.go BackendPath). */
    static QString mirrorPath(int ruleIndex, const std::optional<QString> &ns, const QString &service,
                              const QString &routeNs, const QString &routeName);

private:
    struct RuleErrors
    {
        FieldErrors warn;
        FieldErrors invalid;
        FieldErrors resolve; ///< unresolvable or invalid ExtensionRef filters (ResolvedRefs=False)
    };

    void processRule(const GraphRoute &route, const RouteRule &spec, GraphRule &rule, RuleErrors &errors,
                     std::vector<Diagnostic> &notes) const;
    void validateHttpMatch(const HTTPRouteMatch &match, const QString &path, FieldErrors &errors) const;
    void convertGrpcMatches(const RouteRule &spec, const QString &rulePath, GraphRule &rule,
                            FieldErrors &errors) const;
    void validateValueMatch(const ValueMatch &match, const QString &path, bool header,
                            FieldErrors &errors) const;
    void processFilters(const GraphRoute &route, const RouteRule &spec, const QString &rulePath,
                        GraphRule &rule, FieldErrors &errors, FieldErrors &resolveErrors,
                        std::vector<Diagnostic> &notes) const;
    /** An ExtensionRef filter (extension_ref_filter.go, common_filter.go processRouteRuleFilters). */
    void processExtensionRef(const GraphRoute &route, const RouteFilter &filter, const QString &filterPath,
                             RouteFilters &out, FieldErrors &errors, FieldErrors &resolveErrors,
                             std::vector<Diagnostic> &notes) const;
    /** A RequestMirror filter (common_filter.go validateFilterMirror, convert.go
     * convertHTTPRequestMirrorFilter). */
    void processMirror(const GraphRoute &route, const RouteFilter &filter, const QString &filterPath,
                       int ruleIndex, RouteFilters &out, FieldErrors &errors) const;
    /** The internal routes of the RequestMirror filters (httproute.go buildHTTPMirrorRoutes). */
    void buildMirrorRoutes(GraphRoute &route) const;
    void validateHeaderModifier(const HeaderModifier &m, const QString &path, FieldErrors &errors) const;
    void validateFilterHostname(const QString &hostname, const QString &path, FieldErrors &errors) const;
    void validateFilterPath(const PathModifier &modifier, const QString &value, const QString &path,
                            FieldErrors &errors) const;
    /** The hostname and path of a RequestRedirect or URLRewrite filter. */
    void validateHostAndPath(const std::optional<QString> &hostname, const std::optional<PathModifier> &path,
                             const QString &filterPath, const QString &filterName, FieldErrors &errors) const;
    void processSessionPersistence(const GraphRoute &route, const RouteRule &spec, GraphRule &rule,
                                   RuleErrors &errors) const;
    void resolveBackendRefs(GraphRoute &route) const;

    const Design &m_design;
    const Profile &m_profile;
    const BackendRefResolver *m_backends;
    Graph *m_filters = nullptr;
};

/**
 * The cookie path NGF derives from a rule's matches (NGF internal/controller/state/graph/route_common.go
 * getCookiePath, longestCommonPathPrefix).
 */
QString cookiePathForMatches(const std::vector<HTTPRouteMatch> &matches);

} // namespace gw::ngf
