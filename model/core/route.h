// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/objectmeta.h"

#include <optional>
#include <vector>

namespace gw {

/** A route's reference to its parent (a Gateway, or a listener of it). */
struct ParentReference
{
    QString group; ///< defaults to gateway.networking.k8s.io
    QString kind; ///< defaults to Gateway
    std::optional<QString> ns;
    QString name;
    std::optional<QString> sectionName;
    std::optional<int> port;
};

struct HTTPPathMatch
{
    QString type; ///< "Exact", "PathPrefix" (default), "RegularExpression"
    QString value; ///< defaults to "/"
};

/** Header or query-parameter match. */
struct ValueMatch
{
    QString type; ///< "Exact" (default) or "RegularExpression"
    QString name;
    QString value;
};

struct HTTPRouteMatch
{
    std::optional<HTTPPathMatch> path; ///< absent: the CRD default, PathPrefix "/"
    std::vector<ValueMatch> headers;
    std::vector<ValueMatch> queryParams;
    std::optional<QString> method;
};

struct GRPCMethodMatch
{
    QString type; ///< "Exact" (default) or "RegularExpression"
    std::optional<QString> service;
    std::optional<QString> method;
};

struct GRPCRouteMatch
{
    std::optional<GRPCMethodMatch> method;
    std::vector<ValueMatch> headers;
};

struct HeaderValue
{
    QString name;
    QString value;
};

struct HeaderModifier
{
    std::vector<HeaderValue> set;
    std::vector<HeaderValue> add;
    std::vector<QString> remove;
};

struct PathModifier
{
    QString type; ///< "ReplaceFullPath" or "ReplacePrefixMatch"
    std::optional<QString> replaceFullPath;
    std::optional<QString> replacePrefixMatch;
};

struct RequestRedirect
{
    std::optional<QString> scheme;
    std::optional<QString> hostname;
    std::optional<PathModifier> path;
    std::optional<int> port;
    std::optional<int> statusCode;
};

struct URLRewrite
{
    std::optional<QString> hostname;
    std::optional<PathModifier> path;
};

struct BackendObjectReference
{
    QString group; ///< "" (core) by default
    QString kind; ///< "Service" by default
    QString name;
    std::optional<QString> ns;
    std::optional<int> port;
};

/** Gateway API Fraction (a RequestMirror's share of requests). */
struct Fraction
{
    int numerator = 0;
    std::optional<int> denominator; ///< absent: 100
};

struct RequestMirror
{
    BackendObjectReference backendRef;
    std::optional<int> percent;
    std::optional<Fraction> fraction;
};

/** Gateway API HTTPCORSFilter. */
struct CORSFilter
{
    std::vector<QString> allowOrigins;
    std::vector<QString> allowMethods;
    std::vector<QString> allowHeaders;
    std::vector<QString> exposeHeaders;
    std::optional<bool> allowCredentials;
    std::optional<int> maxAge; ///< absent: the CRD's default, 5
};

struct RouteFilter
{
    QString type; ///< RequestHeaderModifier, ResponseHeaderModifier, RequestRedirect, URLRewrite,
                  ///< RequestMirror, ExtensionRef, CORS, ...
    std::optional<HeaderModifier> requestHeaderModifier;
    std::optional<HeaderModifier> responseHeaderModifier;
    std::optional<RequestRedirect> requestRedirect;
    std::optional<URLRewrite> urlRewrite;
    std::optional<RequestMirror> requestMirror;
    std::optional<ObjectReference> extensionRef;
    std::optional<CORSFilter> cors;
};

struct BackendRef
{
    BackendObjectReference ref;
    std::optional<int> weight; ///< absent: 1
    std::vector<RouteFilter> filters;
};

struct CookieConfig
{
    std::optional<QString> lifetimeType; ///< "Permanent" or "Session"
};

/** Gateway API SessionPersistence (experimental channel). */
struct SessionPersistence
{
    std::optional<QString> sessionName;
    std::optional<QString> absoluteTimeout;
    std::optional<QString> idleTimeout;
    std::optional<QString> type; ///< "Cookie" (CRD default) or "Header"
    std::optional<CookieConfig> cookieConfig;
};

struct RouteTimeouts
{
    std::optional<QString> request;
    std::optional<QString> backendRequest;
};

struct RouteRule
{
    std::optional<QString> name;
    std::vector<HTTPRouteMatch> matches; ///< HTTPRoute
    std::vector<GRPCRouteMatch> grpcMatches; ///< GRPCRoute
    std::vector<RouteFilter> filters;
    std::vector<BackendRef> backendRefs;
    std::optional<RouteTimeouts> timeouts;
    bool hasRetry = false;
    std::optional<SessionPersistence> sessionPersistence;
};

/** An HTTPRoute or a GRPCRoute (the Resource's kind tells which). */
struct Route
{
    std::vector<ParentReference> parentRefs;
    std::vector<QString> hostnames;
    std::vector<RouteRule> rules;
};

} // namespace gw
