// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/policy.h"

#include <optional>
#include <vector>

namespace gw {

/** policySource.nimSource / logSource.nimSource (NIM bundles API). */
struct WafNimSource
{
    QString url;
    std::optional<QString> policyName; ///< policySource: exactly one of policyName, policyUID
    std::optional<QString> policyUID;
    QString profileName; ///< logSource only
};

/** policySource.n1cSource / logSource.n1cSource (NGINX One Console). */
struct WafN1cSource
{
    QString url;
    QString ns; ///< the N1C namespace (`namespace`)
    std::optional<QString> policyName; ///< policySource: exactly one of policyName, policyObjectID
    std::optional<QString> policyObjectID;
    std::optional<QString> policyVersionID;
    std::optional<QString> profileName; ///< logSource: exactly one of profileName, profileObjectID
    std::optional<QString> profileObjectID;
};

/**
 * Where NGF fetches a bundle from and how (PolicySource and the fetch fields of LogSource,
 * apis/v1alpha1/wafpolicy_types.go). The fetch settings are kept for the notes; no line of nginx
 * configuration depends on them.
 */
struct WafBundleSource
{
    std::optional<QString> httpUrl; ///< httpSource.url
    std::optional<WafNimSource> nim;
    std::optional<WafN1cSource> n1c;
    std::optional<QString> authSecret; ///< auth.secretRef.name (the policy's namespace)
    std::optional<QString> tlsSecret; ///< tlsSecret.name (key ca.crt)
    std::optional<QString> expectedChecksum;
    bool verifyChecksum = false;
    bool polling = false;
    bool insecureSkipVerify = false;

    bool fetched() const { return httpUrl || nim || n1c; }
};

/** One spec.securityLogs entry. */
struct WafSecurityLog
{
    std::optional<QString> defaultProfile; ///< log_default, log_all, ...
    WafBundleSource source; ///< the log profile bundle, unless defaultProfile
    QString destinationType = QStringLiteral("stderr"); ///< stderr, file, syslog
    std::optional<QString> filePath; ///< destination.file.path
    std::optional<QString> syslogServer; ///< destination.syslog.server
};

/** NGF's WAFPolicy (gateway.nginx.org/v1alpha1, apis/v1alpha1/wafpolicy_types.go). */
struct WAFPolicy
{
    std::vector<PolicyTargetReference> targetRefs; ///< all of one kind: Gateways, HTTPRoutes or GRPCRoutes
    QString type; ///< HTTP, NIM or N1C
    WafBundleSource policySource;
    std::vector<WafSecurityLog> securityLogs;
};

} // namespace gw
