// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingress/ingressreader.h"

#include "core/design.h"
#include "core/objectreader.h"

#include <QCoreApplication>

namespace gw::ingress {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ingress::IngressReader)
};

using yaml::Path;
using Node = yaml::Node;

const QString IngressController = QStringLiteral("k8s.io/ingress-nginx");

bool isNetworkingV1(const Resource &r)
{
    return r.apiVersion == u"networking.k8s.io/v1";
}

/** The object's root mapping inside its document (a `kind: List` item or the document). */
const Node *objectRoot(ObjectReader &r, const Resource &res)
{
    const Node *root = r.deref(r.document().root());
    if (!res.basePath.isEmpty())
        root = r.deref(r.document().find(res.basePath));
    return root;
}

std::optional<IngressBackend> readBackend(ObjectReader &r, const Node *map, const Path &path)
{
    const Node *backend = r.mapping(map, "backend", path / "backend");
    if (!backend)
        return std::nullopt;
    IngressBackend b;
    b.path = path / "backend";
    const Node *service = r.mapping(backend, "service", b.path / "service");
    if (r.has(backend, "resource")) {
        b.isResource = true;
        if (service)
            r.error(r.get(backend, "resource"), b.path / "resource",
                    Tr::tr("a backend is either a service or a resource, not both"));
        return b;
    }
    if (!service) {
        r.error(backend, b.path / "service", Tr::tr("required: the Service this path sends traffic to"));
        return b;
    }
    b.service = r.string(service, "name", b.path / "service" / "name", true).value_or(QString());
    const Node *port = r.mapping(service, "port", b.path / "service" / "port");
    if (!port) {
        r.error(service, b.path / "service" / "port",
                Tr::tr("required: the Service port, by number or name"));
        return b;
    }
    b.portNumber = r.integer(port, "number", b.path / "service" / "port" / "number");
    b.portName = r.string(port, "name", b.path / "service" / "port" / "name").value_or(QString());
    if (b.portNumber && !b.portName.isEmpty())
        r.error(port, b.path / "service" / "port", Tr::tr("give the port's number or its name, not both"));
    else if (!b.portNumber && b.portName.isEmpty())
        r.error(port, b.path / "service" / "port", Tr::tr("required: the port's number or name"));
    return b;
}

std::optional<IngressBackend> readDefaultBackend(ObjectReader &r, const Node *spec, const Path &specPath)
{
    if (!r.has(spec, "defaultBackend"))
        return std::nullopt;
    const Node *node = r.mapping(spec, "defaultBackend", specPath / "defaultBackend");
    if (!node)
        return std::nullopt;
    IngressBackend b;
    b.path = specPath / "defaultBackend";
    const Node *service = r.mapping(node, "service", b.path / "service");
    if (r.has(node, "resource")) {
        b.isResource = true;
        return b;
    }
    if (!service)
        return b;
    b.service = r.string(service, "name", b.path / "service" / "name", true).value_or(QString());
    const Node *port = r.mapping(service, "port", b.path / "service" / "port");
    b.portNumber = r.integer(port, "number", b.path / "service" / "port" / "number");
    b.portName = r.string(port, "name", b.path / "service" / "port" / "name").value_or(QString());
    return b;
}

void readIngress(ObjectReader &r, const Node *root, Ingress &ing)
{
    const Path specPath = Path::of("spec");
    const Node *spec = r.mapping(root, "spec", specPath);
    ing.className = r.string(spec, "ingressClassName", specPath / "ingressClassName");
    ing.defaultBackend = readDefaultBackend(r, spec, specPath);
    r.forEach(spec, "rules", specPath / "rules", [&](const Node *item, const Path &rulePath) {
        IngressRule rule;
        rule.yamlPath = rulePath;
        rule.host = r.string(item, "host", rulePath / "host").value_or(QString());
        if (rule.host.contains(u':') || rule.host.contains(u'/'))
            r.error(
                r.get(item, "host"), rulePath / "host",
                Tr::tr(
                    "a host is a DNS name without port or path (\"shop.example.com\", \"*.example.com\")"));
        const Node *http = r.mapping(item, "http", rulePath / "http");
        r.forEach(http, "paths", rulePath / "http" / "paths", [&](const Node *p, const Path &pathPath) {
            IngressPath ip;
            ip.yamlPath = pathPath;
            ip.path = r.string(p, "path", pathPath / "path").value_or(QStringLiteral("/"));
            const auto type = r.string(p, "pathType", pathPath / "pathType");
            if (!type) {
                r.error(p, pathPath / "pathType",
                        Tr::tr("required: Prefix, Exact or ImplementationSpecific (networking.k8s.io/v1)"));
            } else if (*type == u"Prefix") {
                ip.type = IngressPath::Type::Prefix;
            } else if (*type == u"Exact") {
                ip.type = IngressPath::Type::Exact;
            } else if (*type == u"ImplementationSpecific") {
                ip.type = IngressPath::Type::ImplementationSpecific;
            } else {
                r.error(
                    r.get(p, "pathType"), pathPath / "pathType",
                    Tr::tr("unknown pathType \"%1\": Prefix, Exact or ImplementationSpecific").arg(*type));
            }
            if (!ip.path.startsWith(u'/'))
                r.error(r.get(p, "path"), pathPath / "path", Tr::tr("a path must start with \"/\""));
            if (const auto backend = readBackend(r, p, pathPath))
                ip.backend = *backend;
            else
                r.error(p, pathPath / "backend", Tr::tr("required: the Service this path sends traffic to"));
            rule.paths.push_back(ip);
        });
        ing.rules.push_back(rule);
    });
    r.forEach(spec, "tls", specPath / "tls", [&](const Node *item, const Path &tlsPath) {
        IngressTls t;
        t.hosts = r.stringList(item, "hosts", tlsPath / "hosts");
        t.secretName = r.string(item, "secretName", tlsPath / "secretName").value_or(QString());
        ing.tls.push_back(t);
    });
    if (ing.rules.empty() && !ing.defaultBackend)
        r.error(spec ? spec : root, specPath,
                Tr::tr("an Ingress needs rules or a defaultBackend (the API server refuses it otherwise)"));
}

} // namespace

const Ingress *IngressSet::find(const QString &ns, const QString &name) const
{
    for (const Ingress &i : ingresses) {
        if (i.meta.ns == ns && i.meta.name == name)
            return &i;
    }
    return nullptr;
}

bool IngressReader::isControllerConfigMap(const Resource &r)
{
    if (r.kindName != u"ConfigMap" || r.apiVersion != u"v1")
        return false;
    return r.meta.name == u"ingress-nginx-controller" || r.meta.name == u"nginx-configuration" ||
        r.meta.labels.value(QStringLiteral("app.kubernetes.io/name")) == u"ingress-nginx";
}

bool IngressReader::isIngressKind(const Resource &r)
{
    return ((r.kindName == u"Ingress" || r.kindName == u"IngressClass") &&
            r.apiVersion.startsWith(u"networking.k8s.io/")) ||
        isControllerConfigMap(r);
}

IngressSet IngressReader::read(const Design &design, Diagnostics &diagnostics)
{
    IngressSet set;
    std::vector<Ingress> all;
    for (const Resource *res : design.resources()) {
        if (!isIngressKind(*res))
            continue;
        const DesignDocument *doc = design.document(res->document);
        if (!doc || !doc->yaml)
            continue;
        ObjectReader r(*doc->yaml, diagnostics, design.limits());
        r.setResource(res->kindName + u' ' +
                      (res->meta.ns.isEmpty() ? res->meta.name : res->meta.ns + u'/' + res->meta.name));
        const Node *root = objectRoot(r, *res);
        if (!root)
            continue;
        if (res->kindName == u"ConfigMap") {
            ControllerConfig c;
            c.resource = res->id;
            c.name =
                (res->meta.ns.isEmpty() ? QStringLiteral("default") : res->meta.ns) + u'/' + res->meta.name;
            c.data = r.stringMap(root, "data", Path::of("data"));
            if (set.config)
                r.warning(root, Path::of("metadata.name"),
                          Tr::tr("a second ingress-nginx ConfigMap: %1 is used").arg(c.name));
            else
                set.config = c;
            continue;
        }
        if (!isNetworkingV1(*res)) {
            r.error(
                root, Path::of("apiVersion"),
                Tr::tr("%1 %2 was removed in Kubernetes 1.22; ingress-nginx v1.15 reads networking.k8s.io/v1")
                    .arg(res->apiVersion, res->kindName));
            continue;
        }
        if (res->kindName == u"IngressClass") {
            IngressClass c;
            c.resource = res->id;
            c.name = res->meta.name;
            const Node *spec = r.mapping(root, "spec", Path::of("spec"));
            c.controller = r.string(spec, "controller", Path::of("spec.controller")).value_or(QString());
            c.isDefault = res->meta.annotations.value(
                              QStringLiteral("ingressclass.kubernetes.io/is-default-class")) == u"true";
            set.classes.push_back(c);
            continue;
        }
        Ingress ing;
        ing.resource = res->id;
        ing.meta = res->meta;
        if (!ing.meta.namespaceWritten || ing.meta.ns.isEmpty())
            ing.meta.ns = QStringLiteral("default");
        readIngress(r, root, ing);
        if (!ing.className) {
            const auto legacy = ing.meta.annotations.constFind(QStringLiteral("kubernetes.io/ingress.class"));
            if (legacy != ing.meta.annotations.constEnd())
                ing.className = *legacy;
        }
        all.push_back(std::move(ing));
    }
    for (Ingress &ing : all) {
        bool other = false;
        if (ing.className) {
            for (const IngressClass &c : set.classes) {
                if (c.name == *ing.className && c.controller != IngressController)
                    other = true;
            }
        }
        if (other)
            set.otherClasses.push_back(ing.qualifiedName());
        else
            set.ingresses.push_back(std::move(ing));
    }
    return set;
}

} // namespace gw::ingress
