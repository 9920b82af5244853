// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/listenertls.h"

#include "core/design.h"
#include "ngf/backendconditions.h"
#include "ngf/fielderror.h"
#include "ngf/refresolver.h"

#include <QRegularExpression>

namespace gw::ngf {

namespace {

// gateway_listener.go: SSLProtocolsKey, SSLCiphersKey, SSLPreferServerCiphersKey
const QString protocolsKey = QStringLiteral("nginx.org/ssl-protocols");
const QString ciphersKey = QStringLiteral("nginx.org/ssl-ciphers");
const QString preferKey = QStringLiteral("nginx.org/ssl-prefer-server-ciphers");

const QString allowInsecureFallback = QStringLiteral("AllowInsecureFallback");

QString capitalize(QString s)
{
    // helpers.CapitalizeString
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

Condition resolvedRefs(const QString &reason, const QString &message)
{
    return {QStringLiteral("ResolvedRefs"), false, reason, message};
}

} // namespace

void ListenerTls::resolveFrontend(GraphGateway &gw, GraphListener &l) const
{
    const Gateway &spec = *gw.resource->as<Gateway>();
    if (!spec.frontendTls)
        return;
    const FrontendTLSConfig &frontend = *spec.frontendTls;
    const FrontendTLSValidation *validation = nullptr;
    QString path;
    for (int i = 0; i < int(frontend.perPort.size()); ++i) {
        const FrontendTLSPortConfig &port = frontend.perPort[size_t(i)];
        if (!port.validation || port.validation->caCertificateRefs.empty())
            continue;
        if (port.port == l.port) {
            validation = &*port.validation;
            path = QStringLiteral("spec.tls.frontend.perPort[%1].tls.validation").arg(i);
            break;
        }
    }
    if (!validation && frontend.defaultValidation && !frontend.defaultValidation->caCertificateRefs.empty()) {
        validation = &*frontend.defaultValidation;
        path = QStringLiteral("spec.tls.frontend.default.validation");
    }
    if (!validation)
        return;

    // validateFrontendTLS
    const RefResolver resolver(m_design);
    Conditions conds;
    int notPermitted = 0;
    for (const ObjectReference &ref : validation->caCertificateRefs) {
        if (ref.kind != u"Secret" && ref.kind != u"ConfigMap") {
            conds.push_back(resolvedRefs(
                QStringLiteral("InvalidCACertificateKind"),
                capitalize(FieldError::notSupported(path, jsonQuote(ref.kind),
                                                    {QStringLiteral("Secret"), QStringLiteral("ConfigMap")})
                               .toString())));
            continue;
        }
        if (!ref.group.isEmpty() && ref.group != u"core") {
            conds.push_back(
                resolvedRefs(QStringLiteral("InvalidCACertificateKind"),
                             capitalize(FieldError::notSupported(path, jsonQuote(ref.group),
                                                                 {QStringLiteral("core"), QString()})
                                            .toString())));
            continue;
        }
        const QString ns = ref.ns.value_or(gw.ns);
        if (ns != gw.ns &&
            !resolver.referenceAllowed(QStringLiteral("Gateway"), gw.ns, ref.kind, ns, ref.name)) {
            // resolveCrossNamespaceRefGrant: on the Gateway
            gw.conditions.push_back(conditions::gatewayRefNotPermitted(
                QStringLiteral("%1 ref %2/%3 not permitted by any ReferenceGrant")
                    .arg(ref.kind == u"Secret" ? QStringLiteral("secret") : QStringLiteral("configmap"), ns,
                         ref.name)));
            ++notPermitted;
            continue;
        }
        const QString error = ref.kind == u"Secret" ? resolver.secret(ns, ref.name, QStringLiteral("ca.crt"))
                                                    : resolver.configMap(ns, ref.name);
        if (!error.isEmpty()) {
            const QString value =
                QStringLiteral("{\"Namespace\":%1,\"Name\":%2}").arg(jsonQuote(ns), jsonQuote(ref.name));
            conds.push_back(resolvedRefs(
                QStringLiteral("InvalidCACertificateRef"),
                capitalize(FieldError::invalid(path + QStringLiteral(".caCertificateRefs"), value, error)
                               .toString())));
        }
    }
    const int total = int(conds.size()) + notPermitted;
    if (notPermitted > 0)
        conds.push_back(
            resolvedRefs(QStringLiteral("RefNotPermitted"),
                         QStringLiteral("Frontend TLS CA certificate refs are not permitted by any "
                                        "ReferenceGrant")));
    if (total > 0 && total == int(validation->caCertificateRefs.size())) {
        const QString msg =
            QStringLiteral("All frontend TLS CA certificate refs are invalid for this listener");
        conds.push_back({QStringLiteral("Accepted"), false, QStringLiteral("NoValidCACertificate"), msg});
        conds.push_back({QStringLiteral("Programmed"), false, QStringLiteral("Invalid"), msg});
        l.valid = false;
    }
    conditions::append(l.conditions, conds);
    l.frontendCaRefs = int(validation->caCertificateRefs.size());
    l.frontendValidationMode = validation->mode;
    l.ssl.frontendSource = sourceOf(*gw.resource, path);
    if (validation->mode == allowInsecureFallback)
        gw.conditions.push_back(
            {QStringLiteral("InsecureFrontendValidationMode"), true, QStringLiteral("ConfigurationChanged"),
             QStringLiteral("Validation Mode: AllowInsecureFallback is set for at least one "
                            "listener")});
}

std::optional<ListenerSsl> ListenerTls::clientSettings(const GraphGateway &gw, int port)
{
    // buildFrontendTLSCertBundles: every HTTPS listener with CA refs, the last one of a port wins
    // (a Go map keyed by port); the bundle is named after the Gateway and the port.
    const GraphListener *chosen = nullptr;
    for (const GraphListener &l : gw.listeners) {
        if (l.isHttps() && l.port == port && l.frontendCaRefs > 0)
            chosen = &l;
    }
    if (!chosen)
        return std::nullopt;
    ListenerSsl s;
    s.frontendSource = chosen->ssl.frontendSource;
    if (chosen->frontendValidationMode == allowInsecureFallback) {
        s.verifyClient = QStringLiteral("optional_no_ca");
    } else {
        s.clientCertificate =
            QStringLiteral("/etc/nginx/secrets/cert_bundle_%1_%2_%3.crt").arg(gw.ns, gw.name).arg(port);
        s.verifyClient = QStringLiteral("on");
        s.requireVerifiedCert = true;
    }
    return s;
}

Conditions ListenerTls::validateCertificateRefs(const GatewayTLSConfig &tls)
{
    Conditions out;
    const auto fail = [&](const QString &msg) {
        // NewListenerInvalidCertificateRefNotAccepted
        conditions::append(out, conditions::listenerInvalidCertificateRef(msg));
    };
    if (tls.certificateRefs.empty()) {
        fail(FieldError::required(QStringLiteral("tls.certificateRefs"),
                                  QStringLiteral("certificateRefs must be defined for TLS mode terminate"))
                 .toString());
        return out;
    }
    for (int i = 0; i < int(tls.certificateRefs.size()); ++i) {
        const SecretObjectReference &ref = tls.certificateRefs[size_t(i)];
        const QString path = QStringLiteral("tls.certificateRefs[%1]").arg(i);
        if (ref.kind != u"Secret")
            fail(FieldError::notSupported(path + QStringLiteral(".kind"), jsonQuote(ref.kind),
                                          {QStringLiteral("Secret")})
                     .toString());
        if (!ref.group.isEmpty())
            fail(FieldError::notSupported(path + QStringLiteral(".group"), jsonQuote(ref.group), {QString()})
                     .toString());
    }
    return out;
}

Conditions ListenerTls::validateOptions(const QMap<QString, QString> &options, const Resource &gateway,
                                        const QString &listenerField, ListenerSsl &ssl)
{
    // gateway_listener.go sslProtocolsValues, sslPreferServerCiphersValues, sslCiphersRegx
    static const QStringList protocols = {QStringLiteral("SSLv2"),   QStringLiteral("SSLv3"),
                                          QStringLiteral("TLSv1"),   QStringLiteral("TLSv1.1"),
                                          QStringLiteral("TLSv1.2"), QStringLiteral("TLSv1.3")};
    static const QRegularExpression ciphers(QStringLiteral("^!?[A-Za-z0-9\\-+_]+(:!?[A-Za-z0-9\\-+_]+)*$"));
    Conditions out;
    const auto fail = [&](const FieldError &e) {
        conditions::append(out, conditions::listenerUnsupportedValue(e.toString()));
    };
    for (auto it = options.begin(); it != options.end(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        const QString path = QStringLiteral("tls.options[%1]").arg(key);
        QString escaped = key;
        escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        const QString field = listenerField + QStringLiteral(".tls.options[\"%1\"]").arg(escaped);
        if (key == protocolsKey) {
            const QStringList list =
                value.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            if (list.isEmpty())
                fail(FieldError::notSupported(path, goQuote(QString()), protocols));
            bool ok = !list.isEmpty();
            for (const QString &p : list) {
                if (!protocols.contains(p)) {
                    fail(FieldError::notSupported(path, goQuote(p), protocols));
                    ok = false;
                }
            }
            if (ok) {
                ssl.protocols = value;
                ssl.protocolsSource = sourceOf(gateway, field);
            }
        } else if (key == preferKey) {
            if (value != u"on" && value != u"off") {
                fail(FieldError::notSupported(path, goQuote(value),
                                              {QStringLiteral("on"), QStringLiteral("off")}));
            } else {
                ssl.preferServerCiphers = value == u"on";
                ssl.preferServerCiphersSource = sourceOf(gateway, field);
            }
        } else if (key == ciphersKey) {
            if (!ciphers.match(value).hasMatch()) {
                fail(FieldError::invalid(path, goQuote(value), QStringLiteral("invalid ssl ciphers")));
            } else {
                ssl.ciphers = value;
                ssl.ciphersSource = sourceOf(gateway, field);
            }
        } else {
            fail(FieldError::notSupported(path, jsonQuote(key), {protocolsKey, ciphersKey, preferKey}));
        }
    }
    return out;
}

} // namespace gw::ngf
