// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/conditions.h"

namespace gw::ngf::conditions {

namespace {

Condition make(const char16_t *type, bool status, const char16_t *reason, const QString &message)
{
    return Condition {QString::fromUtf16(type), status, QString::fromUtf16(reason), message};
}

} // namespace

Conditions deduplicate(const Conditions &list)
{
    Conditions out;
    for (size_t i = 0; i < list.size(); ++i) {
        bool later = false;
        for (size_t j = i + 1; j < list.size(); ++j) {
            if (list[j].type == list[i].type) {
                later = true;
                break;
            }
        }
        if (!later)
            out.push_back(list[i]);
    }
    return out;
}

void append(Conditions &to, const Conditions &more)
{
    to.insert(to.end(), more.begin(), more.end());
}

Conditions gatewayClassDefaults()
{
    return {make(u"Accepted", true, u"Accepted", QStringLiteral("The GatewayClass is accepted")),
            make(u"SupportedVersion", true, u"SupportedVersion",
                 QStringLiteral("The Gateway API CRD versions are supported"))};
}

Conditions gatewayDefaults()
{
    return {make(u"Accepted", true, u"Accepted", QStringLiteral("The Gateway is accepted")),
            make(u"Programmed", true, u"Programmed", QStringLiteral("The Gateway is programmed"))};
}

Condition gatewayAcceptedListenersNotValid()
{
    return make(u"Accepted", true, u"ListenersNotValid",
                QStringLiteral("The Gateway has at least one valid listener"));
}

Conditions gatewayNoValidListeners()
{
    const QString msg = QStringLiteral("The Gateway has no valid listeners");
    return {make(u"Accepted", false, u"ListenersNotValid", msg), make(u"Programmed", false, u"Invalid", msg)};
}

Condition gatewayUnsupportedField(const QString &message)
{
    return make(
        u"Accepted", true, u"UnsupportedField",
        QStringLiteral("The Gateway is accepted but the following unsupported parameters were ignored: ") +
            message);
}

Conditions listenerDefaults()
{
    return {make(u"Programmed", true, u"Programmed", QStringLiteral("The Listener is programmed")),
            make(u"Accepted", true, u"Accepted", QStringLiteral("The Listener is accepted")),
            make(u"ResolvedRefs", true, u"ResolvedRefs", QStringLiteral("All references are resolved")),
            make(u"Conflicted", false, u"NoConflicts", QStringLiteral("No conflicts"))};
}

Conditions listenerUnsupportedProtocol(const QString &message)
{
    return {make(u"Accepted", false, u"UnsupportedProtocol", message),
            make(u"Programmed", false, u"Invalid", message)};
}

Conditions listenerUnsupportedValue(const QString &message)
{
    return {make(u"Accepted", false, u"UnsupportedValue", message),
            make(u"Programmed", false, u"Invalid", message)};
}

Conditions listenerInvalidRouteKinds(const QString &message)
{
    return {make(u"ResolvedRefs", false, u"InvalidRouteKinds", message),
            make(u"Programmed", false, u"Invalid", message)};
}

Conditions listenerProtocolConflict(int port)
{
    const QString msg =
        QStringLiteral("Multiple listeners for the same port %1 specify incompatible protocols; "
                       "ensure only one protocol per port")
            .arg(port);
    return {make(u"Accepted", false, u"ProtocolConflict", msg),
            make(u"Conflicted", true, u"ProtocolConflict", msg),
            make(u"Programmed", false, u"ProtocolConflict", msg)};
}

Conditions listenerHostnameConflict(int port, const QString &protocol)
{
    const QString msg =
        QStringLiteral("Multiple listeners with the same port %1 and protocol %2 have overlapping hostnames")
            .arg(port)
            .arg(protocol);
    return {make(u"Accepted", false, u"HostnameConflict", msg),
            make(u"Conflicted", true, u"HostnameConflict", msg),
            make(u"Programmed", false, u"HostnameConflict", msg)};
}

Conditions listenerProtocolConflictMessage(const QString &msg)
{
    return {make(u"Accepted", false, u"ProtocolConflict", msg),
            make(u"Conflicted", true, u"ProtocolConflict", msg),
            make(u"Programmed", false, u"ProtocolConflict", msg)};
}

Conditions listenerHostnameConflictMessage(const QString &msg)
{
    return {make(u"Accepted", false, u"HostnameConflict", msg),
            make(u"Conflicted", true, u"HostnameConflict", msg),
            make(u"Programmed", false, u"HostnameConflict", msg)};
}

Conditions listenerInvalidCertificateRef(const QString &message)
{
    return {make(u"Accepted", false, u"InvalidCertificateRef", message),
            make(u"ResolvedRefs", false, u"InvalidCertificateRef", message),
            make(u"Programmed", false, u"Invalid", message)};
}

Conditions listenerRefNotPermitted(const QString &message)
{
    return {make(u"Accepted", false, u"RefNotPermitted", message),
            make(u"ResolvedRefs", false, u"RefNotPermitted", message),
            make(u"Programmed", false, u"Invalid", message)};
}

Condition listenerResolvedRefsInvalidCertificate(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidCertificateRef", message);
}

Conditions routeDefaults()
{
    return {make(u"Accepted", true, u"Accepted", QStringLiteral("The Route is accepted")),
            make(u"ResolvedRefs", true, u"ResolvedRefs", QStringLiteral("All references are resolved"))};
}

Condition routeNotAllowedByListeners()
{
    return make(u"Accepted", false, u"NotAllowedByListeners",
                QStringLiteral("The Route is not allowed by any listener"));
}

Condition routeNoMatchingListenerHostname()
{
    return make(u"Accepted", false, u"NoMatchingListenerHostname",
                QStringLiteral("The Listener hostname does not match the Route hostnames"));
}

Condition routeNoMatchingParent()
{
    return make(u"Accepted", false, u"NoMatchingParent",
                QStringLiteral("The Listener is not found for this parent ref"));
}

Condition routeInvalidListener()
{
    return make(u"Accepted", false, u"InvalidListener",
                QStringLiteral("The Listener is invalid for this parent ref"));
}

Condition routeInvalidGateway()
{
    return make(u"Accepted", false, u"InvalidGateway", QStringLiteral("The Gateway is invalid"));
}

Condition routeInvalidListenerSet()
{
    return make(u"Accepted", false, u"InvalidListenerSet", QStringLiteral("The ListenerSet is invalid"));
}

Conditions listenerSetDefaults()
{
    return {listenerSetAccepted(),
            make(u"Programmed", true, u"Programmed", QStringLiteral("The ListenerSet is programmed"))};
}

Condition listenerSetAccepted()
{
    return make(u"Accepted", true, u"Accepted", QStringLiteral("The ListenerSet is accepted"));
}

Condition listenerSetNotAllowed(const QString &message)
{
    return make(u"Accepted", false, u"NotAllowed", message);
}

Condition listenerSetParentNotAccepted(const QString &message)
{
    return make(u"Accepted", false, u"ParentNotAccepted", message);
}

Condition listenerSetListenersNotValid(const QString &message)
{
    return make(u"Accepted", false, u"ListenersNotValid", message);
}

std::vector<Condition> listenerSetNotProgrammed(const Condition &accepted)
{
    // status/prepare_requests.go PrepareListenerSetRequests: the reason carries over, except
    // ParentNotAccepted, which becomes ParentNotProgrammed (NewListenerSetNotProgrammedParentNotAccepted).
    if (accepted.reason == u"Invalid" || accepted.reason == u"ListenersNotValid" ||
        accepted.reason == u"NotAllowed")
        return {Condition {QStringLiteral("Programmed"), false, accepted.reason, accepted.message}};
    if (accepted.reason == u"ParentNotAccepted")
        return {make(u"Programmed", false, u"ParentNotProgrammed", accepted.message)};
    return {};
}

Condition routeHostnameConflict()
{
    return make(u"Accepted", false, u"HostnameConflict",
                QStringLiteral("Hostname(s) conflict with another Route of the same kind on the same port"));
}

Condition routeMultipleRoutesOnListener()
{
    return make(
        u"Accepted", false, u"MultipleRoutesOnListener",
        QStringLiteral("Multiple L4 Routes are attached to the same listener, which is not supported"));
}

Condition routeUnsupportedConfiguration(const QString &message)
{
    return make(u"Accepted", false, u"UnsupportedConfiguration", message);
}

Condition routeAcceptedUnsupportedField(const QString &message)
{
    return make(u"Accepted", true, u"UnsupportedField",
                QStringLiteral("The following unsupported parameters were ignored: ") + message);
}

Condition routePartiallyInvalid(const QString &message)
{
    return make(u"PartiallyInvalid", true, u"UnsupportedValue",
                QStringLiteral("Dropped Rule(s): ") + message);
}

Condition routeUnsupportedValue(const QString &message)
{
    return make(u"Accepted", false, u"UnsupportedValue", message);
}

Condition routeBackendNotFound(const QString &message)
{
    return make(u"ResolvedRefs", false, u"BackendNotFound", message);
}

Condition routeRefNotPermitted(const QString &message)
{
    return make(u"ResolvedRefs", false, u"RefNotPermitted", message);
}

Condition routeInvalidKind(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidKind", message);
}

Condition routeResolvedRefsUnsupportedValue(const QString &message)
{
    return make(u"ResolvedRefs", false, u"UnsupportedValue", message);
}

Condition routeUnsupportedProtocol(const QString &message)
{
    return make(u"ResolvedRefs", false, u"UnsupportedProtocol", message);
}

Condition routeInvalidFilter(const QString &message)
{
    return make(u"ResolvedRefs", false, u"InvalidFilter", message);
}

Condition policyAccepted()
{
    return make(u"Accepted", true, u"Accepted", QStringLiteral("The Policy is accepted"));
}

Condition policyInvalid(const QString &message)
{
    return make(u"Accepted", false, u"Invalid", message);
}

Condition policyConflicted(const QString &message)
{
    return make(u"Accepted", false, u"Conflicted", message);
}

Condition policyTargetNotFound(const QString &message)
{
    return make(u"Accepted", false, u"TargetNotFound", message);
}

void addAncestorLimit(Conditions &conditions, const QString &policyKind, const QString &policyName)
{
    for (Condition &c : conditions) {
        if (c.reason == u"AncestorLimitReached") {
            if (!c.message.contains(policyName))
                c.message += QStringLiteral(", %1 %2").arg(policyKind, policyName);
            return;
        }
    }
    conditions.push_back(
        make(u"Accepted", false, u"AncestorLimitReached",
             QStringLiteral("Policies cannot be applied because the ancestor status list has "
                            "reached the maximum size. The following policies have been "
                            "ignored: %1 %2")
                 .arg(policyKind, policyName)));
}

Condition policyProgrammed()
{
    return make(u"Programmed", true, u"Programmed", QStringLiteral("Policy is programmed in the data plane"));
}

Condition policyResolvedRefs()
{
    return make(u"ResolvedRefs", true, u"ResolvedRefs", QStringLiteral("All references are resolved"));
}

Condition policyOverridden()
{
    return make(u"Programmed", false, u"Overridden",
                QStringLiteral("Policy is overridden by a conflicting policy of greater precedence"));
}

Condition policyNotProgrammed()
{
    return make(u"Programmed", false, u"Reconciling",
                QStringLiteral("Policy is not programmed in the data plane"));
}

} // namespace gw::ngf::conditions
