// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ingress/ingress.h"
#include "migrate/ingressconverter.h"
#include "yaml/value.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <map>

namespace gw {
class Design;
}

namespace gw::migrate {

/** The load-balancing settings of one Service, first Ingress wins (ingress-nginx controller.go). */
struct ServiceSettings
{
    QString ns;
    QString name;
    QString method; ///< USP loadBalancingMethod; empty: nothing set
    QString hashKey; ///< USP hashMethodKey with "hash consistent"
    QString source; ///< "ns/ingress" that set it
};

/** State shared by the parts of one conversion (IngressConverter, RouteBuilder, AnnotationMapper). */
struct ConversionContext
{
    const Design &design;
    const ConversionOptions &options;
    MigrationReport &report;
    const ingress::ControllerConfig *config = nullptr; ///< the controller ConfigMap, if given
    QString gatewayNs;
    QHash<QString, QString> listenerOfHost; ///< host -> HTTPS listener name (hosts with TLS)
    QSet<QString> regexHosts; ///< hosts where ingress-nginx uses regex locations
    QSet<QString> reported; ///< "ns/name|annotation" already in the report
    std::map<QString, ServiceSettings> services; ///< "ns/name" -> settings, in name order
    QHash<QString, QStringList> routesOfIngress; ///< "ns/name" -> its HTTPRoutes' names
    QHash<QString, QStringList> servicesOfIngress; ///< "ns/name" -> the Services it routes to
    std::vector<yaml::Value> routes;
    std::vector<yaml::Value> extras; ///< policies and filters, in the order they were made

    void markReported(const ingress::Ingress &ing, const QString &annotation)
    {
        reported.insert(ing.qualifiedName() + u'|' + annotation);
    }
    bool isReported(const ingress::Ingress &ing, const QString &annotation) const
    {
        return reported.contains(ing.qualifiedName() + u'|' + annotation);
    }
};

/** `{apiVersion, kind, metadata: {name, namespace}}` */
yaml::Value newResource(const char *apiVersion, const char *kind, const QString &ns, const QString &name);
/** A MigrationReport::ResourceRef to a resource the conversion makes. */
inline MigrationReport::ResourceRef resourceRef(const char *kind, const QString &ns, const QString &name,
                                                const QString &section = {})
{
    return {QLatin1String(kind), ns, name, section};
}
/** A DNS-label form of a host for names: "cafe.example.com" -> "cafe-example-com", "" -> "all-hosts". */
QString hostSlug(const QString &host);

} // namespace gw::migrate
