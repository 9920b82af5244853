// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace gw::ngf {

/** One status condition as NGF writes it (lastTransitionTime and observedGeneration are added on output). */
struct Condition
{
    QString type;
    bool status = true;
    QString reason;
    QString message;
    /// Where in the resource the problem is, when NGF's message does not name the field
    /// (spec.rules[0].backendRefs[1] for "No matching port ..."). Not part of the status.
    QString field = {}; // (an initializer: the aggregates written without it need no change)

    friend bool operator==(const Condition &a, const Condition &b)
    {
        return a.type == b.type && a.status == b.status && a.reason == b.reason && a.message == b.message;
    }
};

using Conditions = std::vector<Condition>;

/**
 * NGF's condition constructors (`state/conditions/conditions.go`) with their exact types, reasons
 * and messages, and DeduplicateConditions. Lists are returned where NGF adds several conditions
 * for one problem (an invalid listener is also not Programmed).
 */
namespace conditions {

/** Keeps the last condition of each type, in the order of those last occurrences. */
Conditions deduplicate(const Conditions &list);
void append(Conditions &to, const Conditions &more);

/// @name GatewayClass
Conditions gatewayClassDefaults();

/// @name Gateway
Conditions gatewayDefaults();
Condition gatewayAcceptedListenersNotValid();
Conditions gatewayNoValidListeners();
Condition gatewayUnsupportedField(const QString &message);

/// @name Listener
Conditions listenerDefaults(); ///< Programmed, Accepted, ResolvedRefs, Conflicted=False
Conditions listenerUnsupportedProtocol(const QString &message);
Conditions listenerUnsupportedValue(const QString &message);
/** NewListenerInvalidRouteKinds: ResolvedRefs and Programmed false; the listener is invalid. */
Conditions listenerInvalidRouteKinds(const QString &message);
Conditions listenerProtocolConflict(int port);
Conditions listenerHostnameConflict(int port, const QString &protocol);
/** NewListenerProtocolConflict and NewListenerHostnameConflict with the message NGF formats. */
Conditions listenerProtocolConflictMessage(const QString &message);
Conditions listenerHostnameConflictMessage(const QString &message);
Conditions listenerInvalidCertificateRef(const QString &message);
Conditions listenerRefNotPermitted(const QString &message);
Condition listenerResolvedRefsInvalidCertificate(const QString &message);

/// @name Routes
Conditions routeDefaults(); ///< Accepted, ResolvedRefs
Condition routeNotAllowedByListeners();
Condition routeNoMatchingListenerHostname();
Condition routeNoMatchingParent();
Condition routeInvalidListener();
Condition routeInvalidGateway();
/** NewRouteInvalidListenerSet: the parentRef's ListenerSet is not accepted. */
Condition routeInvalidListenerSet();
/** NewRouteHostnameConflict: a TLSRoute hostname another TLSRoute serves on the same port. */
Condition routeHostnameConflict();
/** NewRouteMultipleRoutesOnListener: a second TCPRoute or UDPRoute on one listener. */
Condition routeMultipleRoutesOnListener();
Condition routeUnsupportedConfiguration(const QString &message);
Condition routeAcceptedUnsupportedField(const QString &message);
Condition routePartiallyInvalid(const QString &message);
Condition routeUnsupportedValue(const QString &message);
Condition routeBackendNotFound(const QString &message);
Condition routeRefNotPermitted(const QString &message);
Condition routeInvalidKind(const QString &message);
Condition routeResolvedRefsUnsupportedValue(const QString &message);
Condition routeUnsupportedProtocol(const QString &message);
Condition routeInvalidFilter(const QString &message);

/// @name ListenerSet
Conditions listenerSetDefaults(); ///< Accepted, Programmed
Condition listenerSetAccepted();
Condition listenerSetNotAllowed(const QString &message);
Condition listenerSetParentNotAccepted(const QString &message);
Condition listenerSetListenersNotValid(const QString &message);
/** The Programmed=False NGF's PrepareListenerSetRequests adds for an Accepted=False condition. */
std::vector<Condition> listenerSetNotProgrammed(const Condition &accepted);

/// @name Policies
Condition policyAccepted();
Condition policyInvalid(const QString &message);
Condition policyConflicted(const QString &message);
Condition policyTargetNotFound(const QString &message);
/**
 * addPolicyAncestorLimitCondition (graph/backend_tls_policy.go): the target a policy could not name
 * as an ancestor (its status.ancestors holds NGF's maximum of 16) gets, or extends,
 * `Accepted=False/AncestorLimitReached` ("… The following policies have been ignored: <Kind> <ns/name>",
 * more policies appended as ", <Kind> <ns/name>"; the name test is a substring test, as NGF's
 * strings.Contains). Deduplication puts it in place of the target's own Accepted condition.
 */
void addAncestorLimit(Conditions &conditions, const QString &policyKind, const QString &policyName);
/// graph/policy_ancestor.go maxAncestors: the Gateway API's limit of a policy's status.ancestors. A
/// design carries no status of other controllers, so all 16 entries are NGF's.
inline constexpr size_t MaxAncestors = 16;
Condition policyProgrammed();
/// conditions.NewPolicyResolvedRefs: the default ResolvedRefs=True of a WAFPolicy.
Condition policyResolvedRefs();
Condition policyOverridden();
Condition policyNotProgrammed();

} // namespace conditions
} // namespace gw::ngf
