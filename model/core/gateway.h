// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/objectmeta.h"

#include <optional>
#include <vector>

namespace gw {

struct GatewayClass
{
    QString controllerName;
    std::optional<ObjectReference> parametersRef;
    QString description;
};

struct SecretObjectReference
{
    QString group; ///< "" (core) by default
    QString kind; ///< "Secret" by default
    QString name;
    std::optional<QString> ns;
};

struct GatewayTLSConfig
{
    QString mode; ///< "Terminate" (default) or "Passthrough"
    std::vector<SecretObjectReference> certificateRefs;
    QMap<QString, QString> options;
};

struct RouteGroupKind
{
    QString group; ///< defaults to gateway.networking.k8s.io
    QString kind;
};

struct AllowedRoutes
{
    QString namespacesFrom; ///< "Same" (default), "All" or "Selector"
    std::optional<LabelSelector> namespaceSelector;
    std::vector<RouteGroupKind> kinds;
};

struct Listener
{
    QString name;
    std::optional<QString> hostname;
    int port = 0;
    QString protocol;
    std::optional<GatewayTLSConfig> tls;
    std::optional<AllowedRoutes> allowedRoutes;
};

/** spec.tls.frontend...validation: client-certificate validation of HTTPS listeners. */
struct FrontendTLSValidation
{
    std::vector<ObjectReference> caCertificateRefs;
    QString mode; ///< "AllowValidOnly" (CRD default) or "AllowInsecureFallback"
};

/** spec.tls.frontend.perPort[i]: the validation of the HTTPS listeners on one port. */
struct FrontendTLSPortConfig
{
    int port = 0;
    std::optional<FrontendTLSValidation> validation;
};

/** spec.tls.frontend of a Gateway. */
struct FrontendTLSConfig
{
    std::optional<FrontendTLSValidation> defaultValidation; ///< spec.tls.frontend.default.validation
    std::vector<FrontendTLSPortConfig> perPort;
};

struct GatewayAddress
{
    QString type;
    QString value;
};

/** spec.allowedListeners of a Gateway: which ListenerSets may attach (Gateway API v1.5.1 apis/v1). */
struct AllowedListeners
{
    bool hasNamespaces = false; ///< spec.allowedListeners.namespaces is written (CRD default {from: None})
    QString namespacesFrom; ///< "None" (default), "Same", "All" or "Selector"
    std::optional<LabelSelector> namespaceSelector;
};

struct Gateway
{
    QString gatewayClassName;
    std::vector<Listener> listeners;
    std::vector<GatewayAddress> addresses;
    std::optional<ObjectReference> infrastructureParametersRef;
    /// spec.tls.backend.clientCertificateRef: the certificate the Gateway shows to backends
    std::optional<SecretObjectReference> backendClientCertificateRef;
    std::optional<FrontendTLSConfig> frontendTls; ///< spec.tls.frontend
    Labels infrastructureLabels;
    Labels infrastructureAnnotations;
    std::optional<AllowedListeners> allowedListeners; ///< spec.allowedListeners
};

/** spec.parentRef of a ListenerSet (Gateway API v1.5.1 ParentGatewayReference). */
struct ParentGatewayReference
{
    QString group; ///< gateway.networking.k8s.io by default
    QString kind; ///< Gateway by default
    QString name;
    std::optional<QString> ns; ///< the ListenerSet's namespace by default
};

/** A ListenerSet (Gateway API v1.5.1 apis/v1/listenerset_types.go): listeners added to a Gateway. */
struct ListenerSet
{
    ParentGatewayReference parentRef;
    std::vector<Listener> listeners; ///< ListenerEntry has the fields of a Gateway's Listener
};

} // namespace gw
