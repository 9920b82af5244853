// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/objectmeta.h"

#include <optional>
#include <vector>

namespace gw {

struct ServicePort
{
    QString name;
    int port = 0;
    std::optional<IntOrString> targetPort; ///< absent: same as port
    QString protocol; ///< TCP by default
    std::optional<QString> appProtocol;
};

struct Service
{
    QString type; ///< ClusterIP by default
    std::optional<QString> clusterIP;
    std::optional<QString> externalName;
    Labels selector;
    std::vector<ServicePort> ports;
};

struct ContainerPort
{
    QString name;
    int containerPort = 0;
    QString protocol;
};

struct Container
{
    QString name;
    QString image;
    std::vector<ContainerPort> ports;
};

struct Deployment
{
    int replicas = 1;
    LabelSelector selector;
    Labels templateLabels;
    std::vector<Container> containers;
    QString strategyType; ///< RollingUpdate (default) or Recreate
    std::optional<IntOrString> maxSurge; ///< default 25%
    std::optional<IntOrString> maxUnavailable; ///< default 25%
    /// Hash of the Pod template (as Kubernetes' pod-template-hash label), e.g. "5b9c74f9d9".
    QString podTemplateHash;
};

struct EndpointConditions
{
    std::optional<bool> ready;
    std::optional<bool> serving;
    std::optional<bool> terminating;
};

struct Endpoint
{
    std::vector<QString> addresses;
    EndpointConditions conditions;
    std::optional<QString> hostname;
    std::optional<QString> nodeName;
    std::optional<ObjectReference> targetRef;
};

struct EndpointPort
{
    std::optional<QString> name;
    std::optional<int> port;
    QString protocol;
    std::optional<QString> appProtocol;
};

struct EndpointSlice
{
    QString addressType; ///< IPv4, IPv6 or FQDN
    std::vector<Endpoint> endpoints;
    std::vector<EndpointPort> ports;
    /// metadata.labels["kubernetes.io/service-name"]
    QString serviceName;
};

struct Secret
{
    QString type;
    std::vector<QString> dataKeys; ///< keys present in data or stringData
    QMap<QString, QByteArray>
        data; ///< data (base64-decoded) merged with stringData, as the API server stores it
};

} // namespace gw
