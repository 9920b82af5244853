// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/ingress.h"
#include "yaml/diagnostic.h"

namespace gw {
class Design;
}

namespace gw::ingress {

/** What a design holds for ingress-nginx: its Ingresses, IngressClasses and controller ConfigMap. */
struct IngressSet
{
    std::vector<Ingress> ingresses; ///< those ingress-nginx would serve, in document order
    std::vector<IngressClass> classes;
    std::optional<ControllerConfig> config;
    /// Ingresses of the design that belong to another controller's class (never served, never converted).
    std::vector<QString> otherClasses;

    const Ingress *find(const QString &ns, const QString &name) const;
};

/**
 * Reads the Ingress (networking.k8s.io/v1), IngressClass and ingress-nginx ConfigMap documents of a
 * Design. Gateway Studio keeps these kinds as written (the core model does not type them), so this
 * reader parses their YAML with the same ObjectReader as the core kinds: every problem is a
 * Diagnostic with file, line, column, resource and field.
 *
 * Which Ingresses ingress-nginx serves: those whose `spec.ingressClassName` (or the legacy
 * `kubernetes.io/ingress.class` annotation) names a class of controller `k8s.io/ingress-nginx`, or a
 * class the design does not define (taken to be ingress-nginx's, the migration's input), or no class
 * at all (as with `--watch-ingress-without-class` or a default IngressClass). An Ingress whose class
 * the design defines for another controller is left out and named in IngressSet::otherClasses.
 *
 * The controller ConfigMap is the ConfigMap named `ingress-nginx-controller` (the Helm chart's name)
 * or `nginx-configuration`, or labelled `app.kubernetes.io/name: ingress-nginx`.
 */
class IngressReader
{
public:
    static IngressSet read(const Design &design, Diagnostics &diagnostics);

    /** True for a resource this reader reads (Ingress, IngressClass, the controller's ConfigMap). */
    static bool isIngressKind(const Resource &resource);
    static bool isControllerConfigMap(const Resource &resource);
};

} // namespace gw::ingress
