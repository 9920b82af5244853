// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

namespace gw {

/** A Pod that a Deployment of the design runs (derived, never written to the manifests). */
struct Pod
{
    QString name; ///< "coffee-5b9c74f9d9-2zlqq"
    QString ns;
    QString ip; ///< "10.244.0.94"
    Labels labels;
    QString deployment; ///< owner Deployment name
    ResourceId owner = 0;
    QString templateHash;
    int ordinal = 0; ///< index among the replicas of its template
    int incarnation = 0; ///< 0 for the first Pod of a slot; replacements count up
    bool ready = true;
    std::vector<ContainerPort> ports; ///< container ports of all containers
};

/**
 * A Pod pinned to a name and address, as `kubectl get pods -o wide` shows it: a scenario's
 * `spec.pods` entry. The pinned Pods of a Deployment replace the ones PodPlanner would make, in the
 * canvas, the preview and the simulator alike (Design::pods()).
 */
struct PodPin
{
    QString ns = QStringLiteral("default");
    QString deployment;
    QString name;
    QString ip;

    friend bool operator==(const PodPin &, const PodPin &) = default;
};

} // namespace gw
