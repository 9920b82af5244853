// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/kind.h"
#include "yaml/value.h"

#include <QList>

namespace gw {
class Design;
class Resource;
} // namespace gw

namespace gw::views {

/**
 * New resources as the Add menu creates them: a small, valid skeleton per kind that already
 * fits the design (a new HTTPRoute attaches to the first Gateway and sends to the first Service,
 * a new policy targets the first Service, a new Service selects a Deployment's Pods and a new
 * Deployment labels its Pods as a Service selects them), so that it shows up connected on the
 * canvas.
 */
class ResourceTemplates
{
public:
    /** The kinds the Add menu offers, in menu order. */
    static QList<Kind> addableKinds();
    /**
     * A new object of \a kind named \a name in namespace \a ns ("" for the default). \a partner: the
     * Deployment a new Service selects (its Pods' labels, its container port as target port), or
     * the Service a new Deployment's Pods are for (its selector as labels, its target port).
     */
    static yaml::Value create(Kind kind, const QString &name, const QString &ns, const Design &design,
                              const Resource *partner = nullptr);
    /**
     * The resource a new \a kind should fit: for a Service, a Deployment whose Pods no Service
     * selects — \a selected when it is one, else the first in \a ns; for a Deployment, likewise a
     * Service that selects no Deployment's Pods. \a explicitly ("Add Service for this Deployment"):
     * \a selected, whatever else selects it. nullptr when nothing fits.
     */
    static const Resource *partnerFor(const Design &design, Kind kind, const QString &ns,
                                      const Resource *selected, bool explicitly = false);
    /** \a base, or base-2, base-3... whichever is not yet used by a \a kind in \a ns. */
    static QString uniqueName(const Design &design, Kind kind, const QString &ns, const QString &base);
    /** The name a new resource of \a kind starts with ("route", "service"...). */
    static QString baseName(Kind kind);
};

} // namespace gw::views
