// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/resourceparser.h"

#include "core/backendtlsparser.h"
#include "core/filterparser.h"
#include "core/gatewayparser.h"
#include "core/ngfpolicyparser.h"
#include "core/nginxproxyparser.h"
#include "core/objectreader.h"
#include "core/wafpolicyparser.h"
#include "yaml/aliasexpansion.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace gw {

using yaml::Node;
using yaml::Path;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ResourceParser)
};

} // namespace

QString ResourceParser::encodeHash(quint32 hash)
{
    // k8s.io/apimachinery/pkg/util/rand.SafeEncodeString(fmt.Sprint(hash))
    static const char alphanums[] = "bcdfghjklmnpqrstvwxz2456789";
    const QByteArray digits = QByteArray::number(hash);
    QString out;
    for (char c : digits)
        out += QLatin1Char(alphanums[static_cast<unsigned char>(c) % 27]);
    return out;
}

ResourceParser::Result ResourceParser::parse(const yaml::Document &document, DocumentId id,
                                             const yaml::Limits &limits)
{
    Result result;
    ObjectReader r(document, result.diagnostics, limits);
    r.setResource(Tr::tr("document"));
    // Before the kind is known, as kubectl refuses "excessive aliasing" whatever the kind: an
    // unknown kind's document is kept as text and would otherwise be exported as the bomb it is.
    if (yaml::aliasExpansion(document, limits.maxAliasExpansion) > limits.maxAliasExpansion) {
        const Node *at = yaml::firstAlias(document);
        r.error(at, document.pathOf(at),
                Tr::tr("excessive aliasing: resolving the document's aliases gives more than %1 nodes (an "
                       "alias bomb); kubectl refuses such a document")
                    .arg(limits.maxAliasExpansion));
        return result;
    }
    const Node *root = r.deref(document.root());
    if (!root || root->isNull())
        return result; // only comments: kept in the file, no resource
    if (!root->isMapping()) {
        r.error(root, {}, Tr::tr("a manifest must be a mapping with apiVersion, kind and metadata"));
        return result;
    }
    const auto kind = r.string(root, "kind", Path::of("kind"));
    const auto apiVersion = r.string(root, "apiVersion", Path::of("apiVersion"));
    if (kind && *kind == u"List" && apiVersion && *apiVersion == u"v1") {
        int i = 0;
        r.forEach(root, "items", Path::of("items"), [&](const Node *item, const Path &path) {
            Resource res;
            res.id = makeResourceId(id, i++);
            res.document = id;
            res.basePath = path;
            parseObject(r, item, path, res);
            result.resources.push_back(std::move(res));
        });
        return result;
    }
    Resource res;
    res.id = makeResourceId(id, 0);
    res.document = id;
    parseObject(r, root, {}, res);
    result.resources.push_back(std::move(res));
    return result;
}

void ResourceParser::parseObject(ObjectReader &r, const Node *root, const Path &base, Resource &res)
{
    root = r.mapping(root, base);
    if (!root) {
        r.error(r.document().root(), base,
                Tr::tr("a manifest must be a mapping with apiVersion, kind and metadata"));
        return;
    }
    r.setResource(Tr::tr("document"));
    const auto apiVersion = r.string(root, "apiVersion", Path::of("apiVersion"));
    const auto kind = r.string(root, "kind", Path::of("kind"));
    if (!apiVersion || apiVersion->isEmpty())
        r.error(root, Path::of("apiVersion"),
                Tr::tr("apiVersion is missing: every manifest needs apiVersion and kind"));
    if (!kind || kind->isEmpty())
        r.error(root, Path::of("kind"), Tr::tr("kind is missing: every manifest needs apiVersion and kind"));
    res.apiVersion = apiVersion.value_or(QString());
    res.kindName = kind.value_or(QString());
    res.kind = kindFromApiVersion(res.apiVersion, res.kindName);
    checkApiVersion(r, root, res);
    parseMeta(r, root, res);

    const Node *spec = r.mapping(root, "spec", Path::of("spec"));
    switch (res.kind) {
    case Kind::GatewayClass:
        GatewayParser::parseGatewayClass(r, spec, res.data.emplace<GatewayClass>());
        break;
    case Kind::Gateway:
        GatewayParser::parseGateway(r, spec, res.data.emplace<Gateway>());
        break;
    case Kind::ListenerSet:
        GatewayParser::parseListenerSet(r, spec, res.data.emplace<ListenerSet>());
        break;
    case Kind::HTTPRoute:
    case Kind::GRPCRoute:
        GatewayParser::parseRoute(r, spec, res.kind == Kind::GRPCRoute, res.data.emplace<Route>());
        break;
    case Kind::TLSRoute:
    case Kind::TCPRoute:
    case Kind::UDPRoute:
        GatewayParser::parseL4Route(r, spec, res.kind == Kind::TLSRoute, res.data.emplace<Route>());
        break;
    case Kind::ReferenceGrant:
        parseReferenceGrant(r, spec, res.data.emplace<ReferenceGrant>());
        break;
    case Kind::Service:
        parseService(r, spec, res.data.emplace<Service>());
        break;
    case Kind::Deployment:
        parseDeployment(r, spec, res.data.emplace<Deployment>());
        break;
    case Kind::EndpointSlice:
        parseEndpointSlice(r, root, res.data.emplace<EndpointSlice>());
        std::get<EndpointSlice>(res.data).serviceName =
            res.meta.labels.value(QStringLiteral("kubernetes.io/service-name"));
        break;
    case Kind::Secret:
        parseSecret(r, root, res.data.emplace<Secret>());
        break;
    case Kind::UpstreamSettingsPolicy:
        parseUpstreamSettingsPolicy(r, spec, res.data.emplace<UpstreamSettingsPolicy>());
        break;
    case Kind::NginxProxy:
        NginxProxyParser::parse(r, spec, res.data.emplace<NginxProxy>());
        break;
    case Kind::ConfigMap:
        BackendTlsParser::parseConfigMap(r, root, res.data.emplace<ConfigMap>());
        break;
    case Kind::BackendTLSPolicy:
        BackendTlsParser::parsePolicy(r, spec, res.data.emplace<BackendTLSPolicy>());
        break;
    case Kind::ClientSettingsPolicy:
        NgfPolicyParser::parseClientSettings(r, spec, res.data.emplace<ClientSettingsPolicy>());
        break;
    case Kind::ProxySettingsPolicy:
        NgfPolicyParser::parseProxySettings(r, spec, res.data.emplace<ProxySettingsPolicy>());
        break;
    case Kind::RateLimitPolicy:
        NgfPolicyParser::parseRateLimit(r, spec, res.data.emplace<RateLimitPolicy>());
        break;
    case Kind::SnippetsFilter:
        FilterParser::parseSnippetsFilter(r, spec, res.data.emplace<SnippetsFilter>());
        break;
    case Kind::AuthenticationFilter:
        FilterParser::parseAuthenticationFilter(r, spec, res.data.emplace<AuthenticationFilter>());
        break;
    case Kind::SnippetsPolicy:
        NgfPolicyParser::parseSnippetsPolicy(r, spec, res.data.emplace<SnippetsPolicy>());
        break;
    case Kind::ObservabilityPolicy:
        NgfPolicyParser::parseObservability(r, spec, res.data.emplace<ObservabilityPolicy>());
        break;
    case Kind::WAFPolicy:
        WafPolicyParser::parse(r, spec, res.data.emplace<WAFPolicy>());
        break;
    case Kind::Namespace:
        break; // only its labels matter (allowedRoutes.namespaces.selector)
    case Kind::ToolDocument:
    case Kind::Unknown:
        break; // kept as written
    }
}

void ResourceParser::checkApiVersion(ObjectReader &r, const Node *root, const Resource &res)
{
    if (res.apiVersion.isEmpty() || res.kindName.isEmpty())
        return;
    static const QRegularExpression format(
        QStringLiteral("^([a-z0-9]([-a-z0-9.]*[a-z0-9])?/)?v[0-9]+((alpha|beta)[0-9]+)?$"));
    if (!format.match(res.apiVersion).hasMatch()) {
        r.error(
            r.get(root, "apiVersion"), Path::of("apiVersion"),
            Tr::tr("\"%1\" is not an API version (GROUP/VERSION, such as apps/v1, or VERSION, such as v1)")
                .arg(res.apiVersion));
        return;
    }
    if (res.kind != Kind::Unknown)
        return;
    // A kind Gateway Studio knows, in an API group it knows, but not the group the kind is in
    // ("apiVersion: v1" with "kind: Deployment"): kubectl says no matches for kind ... in version ....
    const qsizetype slash = res.apiVersion.indexOf(u'/');
    const QString group = slash < 0 ? QString() : res.apiVersion.left(slash);
    static const QStringList knownGroups = {
        QString(), QStringLiteral("apps"), QStringLiteral("discovery.k8s.io"),
        QStringLiteral("gateway.networking.k8s.io"), QStringLiteral("gateway.nginx.org")};
    if (!knownGroups.contains(group))
        return;
    for (int k = 0; k < int(Kind::ToolDocument); ++k) {
        if (kindName(Kind(k)) == res.kindName)
            r.error(r.get(root, "apiVersion"), Path::of("apiVersion"),
                    Tr::tr("kubectl finds no %1 in %2: %1 is served as %3")
                        .arg(res.kindName, res.apiVersion, kindApiVersion(Kind(k))));
    }
}

void ResourceParser::checkName(ObjectReader &r, const Node *at, const Path &path, const QString &name,
                               bool label, bool startWithLetter)
{
    // RFC 1123 subdomains and labels (RFC 1035 labels for Services), as the API server validates them.
    static const QRegularExpression subdomain(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    static const QRegularExpression dnsLabel(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    static const QRegularExpression rfc1035(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    const QRegularExpression &re = startWithLetter ? rfc1035 : label ? dnsLabel : subdomain;
    const int max = label || startWithLetter ? 63 : 253;
    if (name.size() > max)
        r.error(at, path, Tr::tr("\"%1\" is longer than %2 characters").arg(name).arg(max));
    else if (!re.match(name).hasMatch())
        r.error(
            at, path,
            startWithLetter
                ? Tr::tr(
                      "\"%1\" is not a valid name: use lower case letters, digits and '-', starting with a "
                      "letter and ending with a letter or digit (RFC 1035)")
                      .arg(name)
                : label
                ? Tr::tr("\"%1\" is not a valid name: use lower case letters, digits and '-', starting and "
                         "ending "
                         "with a letter or digit (RFC 1123)")
                      .arg(name)
                : Tr::tr(
                      "\"%1\" is not a valid name: use lower case letters, digits, '-' and '.', starting and "
                      "ending with a letter or digit (RFC 1123)")
                      .arg(name));
}

void ResourceParser::parseMeta(ObjectReader &r, const Node *root, Resource &res)
{
    const Path metaPath = Path::of("metadata");
    const Node *meta = r.mapping(root, "metadata", metaPath);
    ObjectMeta &m = res.meta;
    if (const auto name = r.string(meta, "name", metaPath / "name"))
        m.name = *name;
    if (const auto ns = r.string(meta, "namespace", metaPath / "namespace")) {
        m.ns = *ns;
        m.namespaceWritten = true;
    }
    if (m.ns.isEmpty() && isNamespaced(res.kind))
        m.ns = QStringLiteral("default");
    r.setResource(res.kindName.isEmpty() ? Tr::tr("document") : res.displayName());
    if (!m.name.isEmpty() && res.kind != Kind::Unknown && res.kind != Kind::ToolDocument)
        checkName(r, r.get(meta, "name"), metaPath / "name", m.name, false, res.kind == Kind::Service);
    if (m.namespaceWritten && !m.ns.isEmpty())
        checkName(r, r.get(meta, "namespace"), metaPath / "namespace", m.ns, true, false);
    if (m.name.isEmpty()) {
        if (r.has(meta, "generateName"))
            r.error(r.get(meta, "generateName"), metaPath / "generateName",
                    Tr::tr("generateName is not supported: give the object a name"));
        else
            r.error(meta ? meta : root, metaPath / "name", Tr::tr("required: every object needs a name"));
    }
    m.labels = r.stringMap(meta, "labels", metaPath / "labels");
    m.annotations = r.stringMap(meta, "annotations", metaPath / "annotations");
    if (const auto ts = r.string(meta, "creationTimestamp", metaPath / "creationTimestamp")) {
        const QDateTime dt = QDateTime::fromString(*ts, Qt::ISODate);
        if (dt.isValid())
            m.creationTimestamp = dt;
        else
            r.error(r.get(meta, "creationTimestamp"), metaPath / "creationTimestamp",
                    Tr::tr("expected an RFC 3339 time such as 2025-12-09T23:51:52Z"));
    }
    if (const auto gen = r.integer(meta, "generation", metaPath / "generation"))
        m.generation = *gen;
    r.setResource(res.displayName());
}

void ResourceParser::parseService(ObjectReader &r, const Node *spec, Service &out)
{
    const Path p = Path::of("spec");
    out.type = r.string(spec, "type", p / "type").value_or(QStringLiteral("ClusterIP"));
    out.clusterIP = r.string(spec, "clusterIP", p / "clusterIP");
    out.externalName = r.string(spec, "externalName", p / "externalName");
    if (out.type == u"ExternalName") {
        // The API server's ValidateService: a DNS-1123 subdomain, a trailing dot allowed.
        static const QRegularExpression subdomain(
            QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
        QString name = out.externalName.value_or(QString());
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.isEmpty())
            r.error(spec, p / "externalName",
                    Tr::tr("required: a Service of type ExternalName needs externalName"));
        else if (name.size() > 253 || !subdomain.match(name).hasMatch())
            r.error(
                r.get(spec, "externalName"), p / "externalName",
                Tr::tr("\"%1\" is not a DNS name: use lower case letters, digits, '-' and '.', starting and "
                       "ending with a letter or digit (RFC 1123)")
                    .arg(*out.externalName));
    }
    out.selector = r.stringMap(spec, "selector", p / "selector");
    r.forEach(spec, "ports", p / "ports", [&](const Node *item, const Path &ip) {
        ServicePort port;
        port.name = r.string(item, "name", ip / "name").value_or(QString());
        port.port = r.integer(item, "port", ip / "port", true).value_or(0);
        port.targetPort = r.intOrString(item, "targetPort", ip / "targetPort");
        port.protocol = r.string(item, "protocol", ip / "protocol").value_or(QStringLiteral("TCP"));
        port.appProtocol = r.string(item, "appProtocol", ip / "appProtocol");
        out.ports.push_back(std::move(port));
    });
}

void ResourceParser::parseDeployment(ObjectReader &r, const Node *spec, Deployment &out)
{
    const Path p = Path::of("spec");
    out.replicas = r.integer(spec, "replicas", p / "replicas").value_or(1);
    if (out.replicas < 0) {
        r.error(r.get(spec, "replicas"), p / "replicas", Tr::tr("must be greater than or equal to 0"));
        out.replicas = 0;
    }
    out.selector = r.labelSelector(spec, "selector", p / "selector").value_or(LabelSelector());
    const Path tp = p / "template";
    const Node *tmpl = r.mapping(spec, "template", tp);
    const Node *tmeta = r.mapping(tmpl, "metadata", tp / "metadata");
    out.templateLabels = r.stringMap(tmeta, "labels", tp / "metadata" / "labels");
    const Node *podSpec = r.mapping(tmpl, "spec", tp / "spec");
    r.forEach(podSpec, "containers", tp / "spec" / "containers", [&](const Node *item, const Path &cp) {
        Container c;
        c.name = r.string(item, "name", cp / "name").value_or(QString());
        c.image = r.string(item, "image", cp / "image").value_or(QString());
        r.forEach(item, "ports", cp / "ports", [&](const Node *pi, const Path &pp) {
            ContainerPort port;
            port.name = r.string(pi, "name", pp / "name").value_or(QString());
            port.containerPort = r.integer(pi, "containerPort", pp / "containerPort", true).value_or(0);
            port.protocol = r.string(pi, "protocol", pp / "protocol").value_or(QStringLiteral("TCP"));
            c.ports.push_back(std::move(port));
        });
        out.containers.push_back(std::move(c));
    });
    const Node *strategy = r.mapping(spec, "strategy", p / "strategy");
    out.strategyType =
        r.string(strategy, "type", p / "strategy" / "type").value_or(QStringLiteral("RollingUpdate"));
    const Node *rolling = r.mapping(strategy, "rollingUpdate", p / "strategy" / "rollingUpdate");
    out.maxSurge = r.intOrString(rolling, "maxSurge", p / "strategy" / "rollingUpdate" / "maxSurge");
    out.maxUnavailable =
        r.intOrString(rolling, "maxUnavailable", p / "strategy" / "rollingUpdate" / "maxUnavailable");
    out.podTemplateHash = encodeHash(r.valueHash(tmpl));
}

void ResourceParser::parseEndpointSlice(ObjectReader &r, const Node *root, EndpointSlice &out)
{
    out.addressType = r.string(root, "addressType", Path::of("addressType"), true).value_or(QString());
    r.forEach(root, "endpoints", Path::of("endpoints"), [&](const Node *item, const Path &ep) {
        Endpoint e;
        e.addresses = r.stringList(item, "addresses", ep / "addresses");
        const Node *cond = r.mapping(item, "conditions", ep / "conditions");
        e.conditions.ready = r.boolean(cond, "ready", ep / "conditions" / "ready");
        e.conditions.serving = r.boolean(cond, "serving", ep / "conditions" / "serving");
        e.conditions.terminating = r.boolean(cond, "terminating", ep / "conditions" / "terminating");
        e.hostname = r.string(item, "hostname", ep / "hostname");
        e.nodeName = r.string(item, "nodeName", ep / "nodeName");
        if (const Node *t = r.mapping(item, "targetRef", ep / "targetRef")) {
            ObjectReference ref;
            ref.kind = r.string(t, "kind", ep / "targetRef" / "kind").value_or(QString());
            ref.name = r.string(t, "name", ep / "targetRef" / "name").value_or(QString());
            ref.ns = r.string(t, "namespace", ep / "targetRef" / "namespace");
            e.targetRef = ref;
        }
        out.endpoints.push_back(std::move(e));
    });
    r.forEach(root, "ports", Path::of("ports"), [&](const Node *item, const Path &pp) {
        EndpointPort port;
        port.name = r.string(item, "name", pp / "name");
        port.port = r.integer(item, "port", pp / "port");
        port.protocol = r.string(item, "protocol", pp / "protocol").value_or(QStringLiteral("TCP"));
        port.appProtocol = r.string(item, "appProtocol", pp / "appProtocol");
        out.ports.push_back(std::move(port));
    });
}

void ResourceParser::parseSecret(ObjectReader &r, const Node *root, Secret &out)
{
    out.type = r.string(root, "type", Path::of("type")).value_or(QStringLiteral("Opaque"));
    for (const char *field : {"data", "stringData"}) {
        const Labels data = r.stringMap(root, field, Path::of(field));
        const bool base64 = field[0] == 'd';
        for (auto it = data.cbegin(); it != data.cend(); ++it) {
            if (!it.value().isEmpty())
                out.dataKeys.push_back(it.key());
            // The API server decodes data and merges stringData over it. Values that are not
            // base64 are kept as written (designs often carry placeholders).
            out.data.insert(it.key(),
                            base64 ? QByteArray::fromBase64(it.value().toLatin1()) : it.value().toUtf8());
        }
    }
}

void ResourceParser::parseUpstreamSettingsPolicy(ObjectReader &r, const Node *spec,
                                                 UpstreamSettingsPolicy &out)
{
    const Path p = Path::of("spec");
    r.forEach(spec, "targetRefs", p / "targetRefs", [&](const Node *item, const Path &tp) {
        PolicyTargetReference t;
        t.group = r.string(item, "group", tp / "group").value_or(QString());
        t.kind = r.string(item, "kind", tp / "kind", true).value_or(QString());
        t.name = r.string(item, "name", tp / "name", true).value_or(QString());
        out.targetRefs.push_back(std::move(t));
    });
    out.zoneSize = r.string(spec, "zoneSize", p / "zoneSize");
    if (const Node *ka = r.mapping(spec, "keepAlive", p / "keepAlive")) {
        UpstreamKeepAlive k;
        k.connections = r.integer(ka, "connections", p / "keepAlive" / "connections");
        k.requests = r.integer(ka, "requests", p / "keepAlive" / "requests");
        k.time = r.string(ka, "time", p / "keepAlive" / "time");
        k.timeout = r.string(ka, "timeout", p / "keepAlive" / "timeout");
        out.keepAlive = k;
    }
    out.loadBalancingMethod = r.string(spec, "loadBalancingMethod", p / "loadBalancingMethod");
    out.hashMethodKey = r.string(spec, "hashMethodKey", p / "hashMethodKey");
    out.useClusterIP = r.boolean(spec, "useClusterIP", p / "useClusterIP");
}

void ResourceParser::parseReferenceGrant(ObjectReader &r, const Node *spec, ReferenceGrant &out)
{
    const Path p = Path::of("spec");
    r.forEach(spec, "from", p / "from", [&](const Node *item, const Path &fp) {
        ReferenceGrantFrom f;
        f.group = r.string(item, "group", fp / "group", true).value_or(QString());
        f.kind = r.string(item, "kind", fp / "kind", true).value_or(QString());
        f.ns = r.string(item, "namespace", fp / "namespace", true).value_or(QString());
        out.from.push_back(std::move(f));
    });
    r.forEach(spec, "to", p / "to", [&](const Node *item, const Path &tp) {
        ReferenceGrantTo t;
        t.group = r.string(item, "group", tp / "group", true).value_or(QString());
        t.kind = r.string(item, "kind", tp / "kind", true).value_or(QString());
        t.name = r.string(item, "name", tp / "name");
        out.to.push_back(std::move(t));
    });
}

} // namespace gw
