// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/objectmeta.h"
#include "core/resource.h"
#include "yaml/path.h"

#include <optional>
#include <vector>

namespace gw::ingress {

/** The annotation prefix of ingress-nginx (its `--annotations-prefix` default). */
inline QString annotationPrefix()
{
    return QStringLiteral("nginx.ingress.kubernetes.io/");
}

/** A backend of an Ingress path or the Ingress's default backend: a Service port. */
struct IngressBackend
{
    QString service; ///< empty when the backend is a `resource` (not modelled)
    std::optional<int> portNumber;
    QString portName;
    bool isResource = false;
    yaml::Path path; ///< where it is written

    /** "80" or "http": the port as ingress-nginx names the backend (`<ns>-<service>-<port>`). */
    QString portText() const { return portNumber ? QString::number(*portNumber) : portName; }
};

/** One `http.paths` entry of a rule. */
struct IngressPath
{
    enum class Type : quint8 { Prefix, Exact, ImplementationSpecific };
    QString path; ///< as written; "/" when absent (ingress-nginx's default)
    Type type = Type::ImplementationSpecific;
    IngressBackend backend;
    yaml::Path yamlPath; ///< spec.rules[i].http.paths[j]
};

/** One `spec.rules` entry. */
struct IngressRule
{
    QString host; ///< empty: every host (ingress-nginx's catch-all server "_")
    std::vector<IngressPath> paths;
    yaml::Path yamlPath;
};

struct IngressTls
{
    std::vector<QString> hosts;
    QString secretName;
};

/** A networking.k8s.io/v1 Ingress, as ingress-nginx reads it. */
struct Ingress
{
    ResourceId resource = 0;
    ObjectMeta meta;
    std::optional<QString> className; ///< spec.ingressClassName
    std::optional<IngressBackend> defaultBackend;
    std::vector<IngressRule> rules;
    std::vector<IngressTls> tls;

    /** The value of annotation \a name (without the prefix), if set. */
    std::optional<QString> annotation(const QString &name) const
    {
        const auto it = meta.annotations.constFind(annotationPrefix() + name);
        if (it == meta.annotations.constEnd())
            return std::nullopt;
        return *it;
    }
    QString qualifiedName() const { return meta.ns + u'/' + meta.name; }
};

/** A networking.k8s.io/v1 IngressClass. */
struct IngressClass
{
    ResourceId resource = 0;
    QString name;
    QString controller; ///< spec.controller, "k8s.io/ingress-nginx" for ingress-nginx
    bool isDefault = false; ///< annotation ingressclass.kubernetes.io/is-default-class: "true"
};

/** The ingress-nginx controller's ConfigMap (its `data`), when the design has one. */
struct ControllerConfig
{
    ResourceId resource = 0;
    QString name; ///< "ns/name"
    Labels data;

    QString value(const QString &key, const QString &fallback = {}) const
    {
        return data.value(key, fallback);
    }
};

} // namespace gw::ingress
