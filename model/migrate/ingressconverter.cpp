// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/ingressconverter.h"

#include "core/design.h"
#include "ingress/annotations.h"
#include "ingress/ingressreader.h"
#include "migrate/annotationmapper.h"
#include "migrate/conversioncontext.h"
#include "migrate/routebuilder.h"
#include "yaml/emitter.h"

#include <QCoreApplication>

namespace gw::migrate {

using ingress::Annotations;
using ingress::Ingress;
using ingress::IngressReader;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::migrate::IngressConverter)
};

void appendText(QByteArray &out, const QByteArray &text)
{
    if (text.trimmed().isEmpty())
        return;
    if (!out.isEmpty() && !text.startsWith("---"))
        out += "---\n";
    out += text;
    if (!out.endsWith('\n'))
        out += '\n';
}

} // namespace

yaml::Value newResource(const char *apiVersion, const char *kind, const QString &ns, const QString &name)
{
    yaml::Value v = yaml::Value::mapping();
    v.set("apiVersion", apiVersion);
    v.set("kind", kind);
    v.set("metadata", yaml::Value::mapping().set("name", name).set("namespace", ns));
    return v;
}

QString hostSlug(const QString &host)
{
    if (host.isEmpty())
        return QStringLiteral("all-hosts");
    QString slug = host.toLower();
    slug.replace(QStringLiteral("*."), QStringLiteral("wildcard-"));
    slug.replace(u'.', u'-');
    return slug;
}

ConversionResult IngressConverter::convert(const Design &design, const ConversionOptions &options)
{
    ConversionResult result;
    const ingress::IngressSet set = IngressReader::read(design, result.diagnostics);
    if (hasErrors(result.diagnostics))
        return result;
    if (set.ingresses.empty()) {
        Diagnostic d;
        d.message = set.otherClasses.empty()
            ? Tr::tr("the input has no Ingress (networking.k8s.io/v1) to convert")
            : Tr::tr("the input has no Ingress of ingress-nginx to convert (%1 belong to other controllers)")
                  .arg(QStringList(set.otherClasses.begin(), set.otherClasses.end())
                           .join(QStringLiteral(", ")));
        result.diagnostics.push_back(d);
        return result;
    }
    for (const QString &other : set.otherClasses)
        result.report.converted(other, QStringLiteral("spec.ingressClassName"), QString(),
                                Tr::tr("another controller's class: left out, as ingress-nginx leaves it"));

    // Pass through every document that is not ingress-nginx's input (Design::exportText's rules).
    QByteArray out;
    for (DocumentId id : design.documents()) {
        const DesignDocument *doc = design.document(id);
        bool ingressKind = false;
        bool toolOnly = false;
        int others = 0;
        for (const Resource &r : doc->resources) {
            toolOnly = toolOnly || r.isToolOnly();
            if (IngressReader::isIngressKind(r))
                ingressKind = true;
            else
                ++others;
        }
        if (toolOnly)
            continue;
        if (!ingressKind) {
            appendText(out, QByteArray::fromStdString(std::string(doc->yaml->text())));
        } else if (others > 0) {
            result.report.notConvertible(
                design.fileOf(id) >= 0 ? design.file(design.fileOf(id)).path : QString(),
                QStringLiteral("List"), QString(),
                Tr::tr("a List mixes Ingresses with %n other resource(s); they are not written, export them "
                       "separately",
                       nullptr, others));
        }
    }

    ConversionContext ctx {design, options, result.report};
    ctx.config = set.config ? &*set.config : nullptr;
    ctx.gatewayNs = set.ingresses.front().meta.ns;
    bool manyNamespaces = false;
    for (const Ingress &ing : set.ingresses)
        manyNamespaces = manyNamespaces || ing.meta.ns != ctx.gatewayNs;

    // Listeners: "http" on 80 for every host, one HTTPS listener per host with a TLS secret.
    yaml::Value listeners = yaml::Value::sequence();
    auto allowed = [&](yaml::Value listener) {
        if (manyNamespaces)
            listener.set("allowedRoutes",
                         yaml::Value::mapping().set("namespaces", yaml::Value::mapping().set("from", "All")));
        return listener;
    };
    listeners.append(
        allowed(yaml::Value::mapping().set("name", "http").set("port", 80).set("protocol", "HTTP")));
    std::vector<yaml::Value> grants;
    QSet<QString> granted;
    for (const Ingress &ing : set.ingresses) {
        for (size_t t = 0; t < ing.tls.size(); ++t) {
            const auto &tls = ing.tls[t];
            const QString field = QStringLiteral("spec.tls[%1]").arg(t);
            if (tls.secretName.isEmpty()) {
                result.report.notConvertible(
                    ing.qualifiedName(), field, QString(),
                    Tr::tr("no secretName: ingress-nginx served its default certificate; "
                           "a Gateway listener needs a certificate Secret"));
                continue;
            }
            if (tls.hosts.empty()) {
                result.report.notConvertible(
                    ing.qualifiedName(), field, tls.secretName,
                    Tr::tr("no hosts: the certificate is not attached to any listener"));
                continue;
            }
            for (const QString &host : tls.hosts) {
                if (ctx.listenerOfHost.contains(host))
                    continue;
                const size_t mark = result.report.size();
                if (!design.find(Kind::Secret, ing.meta.ns, tls.secretName)) {
                    result.report.difference(
                        ing.qualifiedName(), field, tls.secretName,
                        Tr::tr("the Secret %1/%2 is not in the input: NGF keeps the HTTPS "
                               "listener invalid until it exists, where ingress-nginx served "
                               "its default certificate")
                            .arg(ing.meta.ns, tls.secretName));
                }
                const QString name = QStringLiteral("https-") + hostSlug(host);
                ctx.listenerOfHost.insert(host, name);
                yaml::Value ref = yaml::Value::mapping().set("kind", "Secret").set("name", tls.secretName);
                if (ing.meta.ns != ctx.gatewayNs) {
                    ref.set("namespace", ing.meta.ns);
                    if (!granted.contains(ing.meta.ns)) {
                        granted.insert(ing.meta.ns);
                        yaml::Value g =
                            newResource("gateway.networking.k8s.io/v1beta1", "ReferenceGrant", ing.meta.ns,
                                        options.gatewayName + QStringLiteral("-certificates"));
                        g.set("spec",
                              yaml::Value::mapping()
                                  .set("from",
                                       yaml::Value::sequence().append(
                                           yaml::Value::mapping()
                                               .set("group", "gateway.networking.k8s.io")
                                               .set("kind", "Gateway")
                                               .set("namespace", ctx.gatewayNs)))
                                  .set("to",
                                       yaml::Value::sequence().append(
                                           yaml::Value::mapping().set("group", "").set("kind", "Secret"))));
                        grants.push_back(g);
                    }
                }
                listeners.append(
                    allowed(yaml::Value::mapping()
                                .set("name", name)
                                .set("hostname", host)
                                .set("port", 443)
                                .set("protocol", "HTTPS")
                                .set("tls",
                                     yaml::Value::mapping()
                                         .set("mode", "Terminate")
                                         .set("certificateRefs", yaml::Value::sequence().append(ref)))));
                result.report.link(mark, resourceRef("Gateway", ctx.gatewayNs, options.gatewayName, name));
            }
        }
    }
    // Regex hosts (template.go buildLocation / controller location.go): use-regex or rewrite-target on
    // any Ingress of the host.
    for (const Ingress &ing : set.ingresses) {
        const Annotations a(ing);
        if (a.boolean(QStringLiteral("use-regex")).value_or(false) ||
            a.string(QStringLiteral("rewrite-target"))) {
            for (const auto &rule : ing.rules)
                ctx.regexHosts.insert(rule.host);
        }
    }

    RouteBuilder routes(ctx, set.ingresses);
    std::vector<const Ingress *> order;
    for (const Ingress &ing : set.ingresses) {
        if (!Annotations(ing).boolean(QStringLiteral("canary")).value_or(false))
            routes.build(ing);
    }
    routes.reportUnmatchedCanaries();
    for (const Ingress &ing : set.ingresses)
        AnnotationMapper::map(ctx, ing);
    AnnotationMapper::finish(ctx);

    yaml::Value gateway =
        newResource("gateway.networking.k8s.io/v1", "Gateway", ctx.gatewayNs, options.gatewayName);
    gateway.set(
        "spec",
        yaml::Value::mapping().set("gatewayClassName", options.gatewayClassName).set("listeners", listeners));

    std::vector<yaml::Value> generated;
    generated.push_back(gateway);
    generated.insert(generated.end(), grants.begin(), grants.end());
    generated.insert(generated.end(), ctx.routes.begin(), ctx.routes.end());
    generated.insert(generated.end(), ctx.extras.begin(), ctx.extras.end());
    const yaml::Emitter::Style style;
    for (const yaml::Value &v : generated)
        appendText(out, QByteArray::fromStdString(yaml::Emitter::block(v, 0, style)) + '\n');
    result.yaml = out;
    result.gatewayNamespace = ctx.gatewayNs;
    result.routesOfIngress = ctx.routesOfIngress;
    result.ok = true;
    return result;
}

} // namespace gw::migrate
