// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <optional>
#include <vector>

namespace gw {

/** A policy target with an optional sectionName (LocalPolicyTargetReferenceWithSectionName). */
struct PolicyTargetReferenceWithSectionName
{
    QString group;
    QString kind;
    QString name;
    std::optional<QString> sectionName;
};

/** A reference to a ConfigMap or Secret in the policy's namespace (LocalObjectReference). */
struct LocalObjectReference
{
    QString group;
    QString kind;
    QString name;
};

struct SubjectAltName
{
    QString type; ///< Hostname or URI
    QString hostname;
    QString uri;
};

struct BackendTLSPolicyValidation
{
    std::vector<LocalObjectReference> caCertificateRefs;
    std::optional<QString> wellKnownCACertificates; ///< "System"
    QString hostname;
    std::vector<SubjectAltName> subjectAltNames;
};

/** Gateway API BackendTLSPolicy (gateway.networking.k8s.io/v1): TLS from the Gateway to a Service. */
struct BackendTLSPolicy
{
    std::vector<PolicyTargetReferenceWithSectionName> targetRefs;
    BackendTLSPolicyValidation validation;
    QMap<QString, QString> options;
};

/** A ConfigMap; only its data matters (CA bundles under `ca.crt`). */
struct ConfigMap
{
    QMap<QString, QString> data;
    QMap<QString, QByteArray> binaryData; ///< base64-decoded
};

} // namespace gw
