// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrationreport.h"
#include "yaml/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace gw {
class Design;
}

namespace gw::migrate {

/** What the conversion targets: NGF's edition and channel, and the Gateway to create. */
struct ConversionOptions
{
    bool plus = false; ///< NGINX Plus (sessionPersistence, least_time)
    bool experimental = false; ///< NGF's experimental features (sessionPersistence)
    QString gatewayName = QStringLiteral("gateway");
    QString gatewayClassName = QStringLiteral("nginx");
};

/** The converted manifests and the report; errors when the input could not be read. */
struct ConversionResult
{
    bool ok = false; ///< false: input errors (in diagnostics), nothing converted
    QByteArray yaml; ///< the passed-through documents byte for byte, then the generated resources
    MigrationReport report;
    Diagnostics diagnostics; ///< errors and warnings of reading the Ingresses
    QString gatewayNamespace; ///< where the Gateway was created (the first Ingress's namespace)
    /** "ns/name" of each converted Ingress -> the HTTPRoutes made from it (in its namespace). */
    QHash<QString, QStringList> routesOfIngress;
};

/**
 * Converts the ingress-nginx Ingresses of a design (read by ingress::IngressReader) into one Gateway,
 * one HTTPRoute per Ingress and host, and the NGF policies and filters their annotations map to,
 * with a MigrationReport line per annotation (docs/migration.md "Converting"). Every other document
 * of the design (Services, Deployments, EndpointSlices, Secrets, ...) is passed through byte for
 * byte, as Design::exportText() writes it; the Ingresses, IngressClasses and the controller
 * ConfigMap are replaced by the conversion.
 */
class IngressConverter
{
public:
    static ConversionResult convert(const Design &design, const ConversionOptions &options);
};

} // namespace gw::migrate
