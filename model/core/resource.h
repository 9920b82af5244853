// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backendtls.h"
#include "core/filter.h"
#include "core/gateway.h"
#include "core/kind.h"
#include "core/objectmeta.h"
#include "core/policy.h"
#include "core/route.h"
#include "core/wafpolicy.h"
#include "core/workload.h"
#include "yaml/path.h"

#include <variant>

namespace gw {

/** Identifies a document of a Design for its whole life (also across undo and redo). */
using DocumentId = quint32;
/** Identifies a resource: its document and its position in it (a `kind: List` holds several). */
using ResourceId = quint64;

inline ResourceId makeResourceId(DocumentId document, int item)
{
    return (ResourceId(document) << 20) | ResourceId(item);
}
inline DocumentId documentOf(ResourceId id)
{
    return DocumentId(id >> 20);
}

/**
 * One Kubernetes object of a design, as read from its YAML document. A plain value: the Design
 * re-reads the document after every edit and replaces its resources.
 */
class Resource
{
public:
    using Data =
        std::variant<std::monostate, GatewayClass, Gateway, Route, Service, Deployment, EndpointSlice,
                     ReferenceGrant, Secret, UpstreamSettingsPolicy, NginxProxy, ConfigMap, BackendTLSPolicy,
                     ClientSettingsPolicy, ProxySettingsPolicy, RateLimitPolicy, SnippetsFilter,
                     AuthenticationFilter, SnippetsPolicy, ObservabilityPolicy, ListenerSet, WAFPolicy>;

    ResourceId id = 0;
    DocumentId document = 0;
    yaml::Path basePath; ///< where the object sits in its document: empty, or items[i] of a List

    Kind kind = Kind::Unknown;
    QString apiVersion;
    QString kindName; ///< as written (the only way to know the kind of an unknown resource)
    ObjectMeta meta;
    Data data;

    template<class T>
    const T *as() const
    {
        return std::get_if<T>(&data);
    }

    /** "default/coffee", or "nginx" for a cluster-scoped object. */
    QString qualifiedName() const;
    /** "HTTPRoute default/coffee" */
    QString displayName() const;
    bool isRoute() const { return kind == Kind::HTTPRoute || kind == Kind::GRPCRoute; }
    /** TLSRoute, TCPRoute or UDPRoute (data: a Route with parentRefs, hostnames and rules' backendRefs). */
    bool isL4Route() const
    {
        return kind == Kind::TLSRoute || kind == Kind::TCPRoute || kind == Kind::UDPRoute;
    }
    /** Documents that are saved with the design but never exported to a cluster. */
    bool isToolOnly() const { return kind == Kind::ToolDocument; }
};

} // namespace gw
