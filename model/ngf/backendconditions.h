// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ngf/conditions.h"

/**
 * NGF's conditions for the parametersRef of GatewayClasses and Gateways, the Gateway's backend
 * client certificate and BackendTLSPolicies (`state/conditions/conditions.go`), with their exact
 * types, reasons and messages.
 */
namespace gw::ngf::conditions {

/// @name GatewayClass parametersRef
Condition gatewayClassResolvedRefs();
Condition gatewayClassRefNotFound();
Condition gatewayClassRefInvalid(const QString &message);
Condition gatewayClassInvalidParameters(const QString &message);

/// @name Gateway references (parametersRef, spec.tls.backend)
Condition gatewayResolvedRefs();
Condition gatewayRefInvalid(const QString &message);
Condition gatewayInvalidParameters(const QString &message);
Condition gatewaySecretRefInvalid(const QString &message);
Condition gatewayRefNotPermitted(const QString &message);

/// @name BackendTLSPolicy
Condition backendTlsPolicyResolvedRefs();
Condition backendTlsPolicyInvalidCaCertificateRef(const QString &message);
Condition backendTlsPolicyInvalidKind(const QString &message);
Condition backendTlsPolicyNoValidCaCertificate(const QString &message);

} // namespace gw::ngf::conditions
