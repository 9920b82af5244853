// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/resource.h"

#include <QString>
#include <vector>

namespace gw {

class Design;

/**
 * Labels that name a resource, carried along when it is renamed: a Deployment `coffee` usually
 * labels its Pods `app: coffee`, and its Service selects `app: coffee`. After renaming the
 * Deployment (or the Service) to `mocha`, find() lists the label values `coffee` in the
 * Deployment's selector and Pod template and in the selectors of the Services that selected those
 * Pods (or, for a Service, in its selector and in the Deployments it selected), and apply() changes
 * them to `mocha` in one undo step.
 */
class LabelCarrier
{
public:
    struct Edit
    {
        ResourceId resource = 0;
        yaml::Path field; ///< spec.selector.matchLabels.app, spec.template.metadata.labels.app...
    };

    /** The labels to carry along after \a renamed (now named otherwise) was called \a oldName. */
    static std::vector<Edit> find(const Design &design, const Resource &renamed, const QString &oldName);
    /** "app" and the resources touched, for the question ("app=coffee in Deployment coffee, Service coffee").
     */
    static QString describe(const Design &design, const std::vector<Edit> &edits, const QString &oldName);
    /** Sets every label of \a edits to \a newName, as one undo step; false (nothing changed) on failure. */
    static bool apply(Design *design, const std::vector<Edit> &edits, const QString &oldName,
                      const QString &newName);
};

} // namespace gw
