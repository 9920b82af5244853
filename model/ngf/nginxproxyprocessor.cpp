// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/nginxproxyprocessor.h"

#include "core/design.h"
#include "ngf/backendconditions.h"
#include "ngf/note.h"
#include "ngf/refresolver.h"
#include "ngf/validation.h"

#include <QCoreApplication>

namespace gw::ngf {

namespace {

const QString ngfGroup = QStringLiteral("gateway.nginx.org");
const QString cidrMessage = QStringLiteral("must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)");
const QString ipMessage = QStringLiteral("must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::NginxProxyProcessor)
};

/** helpers.CapitalizeString */
QString capitalize(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

void validateTelemetry(const NginxProxyTelemetry &t, FieldErrors &errors)
{
    if (t.serviceName) {
        if (const QString e = validation::serviceName(*t.serviceName); !e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.telemetry.serviceName"),
                                                 goQuote(*t.serviceName), e));
    }
    if (t.exporter) {
        const TelemetryExporter &x = *t.exporter;
        if (x.endpoint) {
            if (const QString e = validation::telemetryEndpoint(*x.endpoint); !e.isEmpty())
                errors.push_back(FieldError::invalid(QStringLiteral("spec.telemetry.exporter.endpoint"),
                                                     jsonQuote(*x.endpoint), e));
        }
        if (x.interval) {
            if (const QString e = validation::nginxDuration(*x.interval); !e.isEmpty())
                errors.push_back(FieldError::invalid(QStringLiteral("spec.telemetry.exporter.interval"),
                                                     jsonQuote(*x.interval), e));
        }
    }
    for (const SpanAttribute &a : t.spanAttributes) {
        if (const QString e = validation::escapedStringNoVarExpansion(a.key); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.telemetry.spanAttributes.key"), goQuote(a.key), e));
        if (const QString e = validation::escapedStringNoVarExpansion(a.value); !e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.telemetry.spanAttributes.value"),
                                                 goQuote(a.value), e));
    }
}

void validateLogging(const NginxProxyLogging &l, FieldErrors &errors)
{
    static const QStringList levels {
        QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("notice"), QStringLiteral("warn"),
        QStringLiteral("error"), QStringLiteral("crit"), QStringLiteral("alert"),  QStringLiteral("emerg")};
    if (l.errorLevel && !levels.contains(*l.errorLevel))
        errors.push_back(FieldError::notSupported(QStringLiteral("spec.logging.errorLevel"),
                                                  jsonQuote(*l.errorLevel), levels));
    if (l.accessLog && l.accessLog->format) {
        const QString &format = *l.accessLog->format;
        const QString e = validation::singleQuotedString(
            format,
            {QStringLiteral(R"($remote_addr - $remote_user [$time_local] "$request" $status)"),
             QStringLiteral(R"({"remote_addr": "$remote_addr", "status": "$status"})")});
        if (!e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.logging.accessLog.format"), goQuote(format), e));
    }
}

void validateDnsResolver(const DnsResolver &d, FieldErrors &errors)
{
    if (d.timeout) {
        if (const QString e = validation::nginxDuration(*d.timeout); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.dnsResolver.timeout"), jsonQuote(*d.timeout), e));
    }
    if (d.cacheTTL) {
        // NGF names the field after the nginx parameter it becomes (`valid=`).
        if (const QString e = validation::nginxDuration(*d.cacheTTL); !e.isEmpty())
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.dnsResolver.valid"), jsonQuote(*d.cacheTTL), e));
    }
    for (int i = 0; i < int(d.addresses.size()); ++i) {
        const NginxProxyAddress &a = d.addresses[size_t(i)];
        const QString path = QStringLiteral("spec.dnsResolver.addresses[%1].value").arg(i);
        if (a.type == u"IPAddress" && !validation::isIpAddress(a.value))
            errors.push_back(
                FieldError::invalid(path, goQuote(a.value), QStringLiteral("must be a valid IP address")));
        if (a.type == u"Hostname") {
            for (const QString &e : validation::dns1123Subdomain(a.value))
                errors.push_back(FieldError::invalid(path, goQuote(a.value), e));
        }
    }
    if (d.addresses.empty())
        errors.push_back(FieldError::required(QStringLiteral("spec.dnsResolver.addresses"),
                                              QStringLiteral("addresses field is required")));
}

void validateAddress(const NginxProxyAddress &a, const QString &valuePath, FieldErrors &errors)
{
    if (a.type == u"CIDR" && !validation::isCidr(a.value))
        errors.push_back(FieldError::invalid(valuePath, goQuote(a.value), cidrMessage));
    else if (a.type == u"IPAddress" && !validation::isIpAddress(a.value))
        errors.push_back(FieldError::invalid(valuePath, goQuote(a.value), ipMessage));
}

void validateRewriteClientIP(const RewriteClientIP &r, FieldErrors &errors)
{
    const QString base = QStringLiteral("spec.rewriteClientIP");
    if (r.mode) {
        if (r.trustedAddresses.empty())
            errors.push_back(FieldError::required(
                base, QStringLiteral("trustedAddresses field required when mode is set")));
        if (*r.mode != u"ProxyProtocol" && *r.mode != u"XForwardedFor")
            errors.push_back(
                FieldError::notSupported(base + QStringLiteral(".mode"), jsonQuote(*r.mode),
                                         {QStringLiteral("ProxyProtocol"), QStringLiteral("XForwardedFor")}));
    }
    if (r.trustedAddresses.size() > 64)
        errors.push_back(FieldError::tooMany(base + QStringLiteral(".trustedAddresses"),
                                             int(r.trustedAddresses.size()), 64));
    const QString valuePath = base + QStringLiteral(".trustedAddresses.value");
    for (const NginxProxyAddress &a : r.trustedAddresses) {
        if (a.type == u"CIDR" || a.type == u"IPAddress") {
            validateAddress(a, valuePath, errors);
        } else if (a.type == u"Hostname") {
            for (const QString &e : validation::dns1123Subdomain(a.value))
                errors.push_back(FieldError::invalid(valuePath, goQuote(a.value), e));
        } else {
            errors.push_back(FieldError::notSupported(
                base + QStringLiteral(".trustedAddresses.type"), jsonQuote(a.type),
                {QStringLiteral("CIDR"), QStringLiteral("IPAddress"), QStringLiteral("Hostname")}));
        }
    }
}

void validateNginxPlus(const std::vector<NginxProxyAddress> &addresses, FieldErrors &errors)
{
    for (const NginxProxyAddress &a : addresses) {
        if (a.type == u"CIDR" || a.type == u"IPAddress")
            validateAddress(a, QStringLiteral("spec.nginxPlus.value"), errors);
        else
            errors.push_back(FieldError::notSupported(QStringLiteral("spec.nginxPlus.type"),
                                                      jsonQuote(a.type),
                                                      {QStringLiteral("CIDR"), QStringLiteral("IPAddress")}));
    }
}

void validateServerTokens(const QString &tokens, bool plus, FieldErrors &errors)
{
    if (tokens == u"off" || tokens == u"on" || tokens == u"build")
        return;
    const QString path = QStringLiteral("spec.serverTokens");
    if (!plus) {
        errors.push_back(FieldError::invalid(
            path, goQuote(tokens),
            QStringLiteral(
                "custom string values for serverTokens are only allowed with NGINX Plus. For NGINX OSS, "
                "allowed values are 'off', 'on', and 'build'.")));
        return;
    }
    if (const QString e =
            validation::escapedString(tokens, {QStringLiteral("my-server"), QStringLiteral("nginx")});
        !e.isEmpty())
        errors.push_back(FieldError::invalid(path, goQuote(tokens), e));
}

} // namespace

NginxProxyProcessor::NginxProxyProcessor(const Design &design, const Profile &profile)
    : m_design(design)
    , m_profile(profile)
{ }

FieldErrors NginxProxyProcessor::validate(const NginxProxy &np, bool plus)
{
    FieldErrors errors;
    if (np.telemetry)
        validateTelemetry(*np.telemetry, errors);
    if (np.ipFamily && *np.ipFamily != u"dual" && *np.ipFamily != u"ipv4" && *np.ipFamily != u"ipv6")
        errors.push_back(FieldError::notSupported(
            QStringLiteral("spec.ipFamily"), jsonQuote(*np.ipFamily),
            {QStringLiteral("dual"), QStringLiteral("ipv4"), QStringLiteral("ipv6")}));
    if (np.logging)
        validateLogging(*np.logging, errors);
    if (np.dnsResolver)
        validateDnsResolver(*np.dnsResolver, errors);
    if (np.rewriteClientIP)
        validateRewriteClientIP(*np.rewriteClientIP, errors);
    if (np.nginxPlusAllowedAddresses)
        validateNginxPlus(*np.nginxPlusAllowedAddresses, errors);
    if (np.serverTokens)
        validateServerTokens(*np.serverTokens, plus, errors);
    return errors;
}

GraphGatewayClass NginxProxyProcessor::gatewayClass(const Resource *resource) const
{
    GraphGatewayClass c;
    c.resource = resource;
    const GatewayClass &spec = *resource->as<GatewayClass>();
    if (!spec.parametersRef)
        return c;
    // gatewayclass.go: validateGatewayClass, validateGatewayClassParametersRef
    const ObjectReference &ref = *spec.parametersRef;
    FieldErrors errors;
    if (ref.kind != u"NginxProxy")
        errors.push_back(FieldError::notSupported(QStringLiteral("spec.parametersRef.kind"),
                                                  goQuote(ref.kind), {QStringLiteral("NginxProxy")}));
    if (!ref.ns)
        errors.push_back(FieldError::required(QStringLiteral("spec.parametersRef.namespace"),
                                              QStringLiteral("ParametersRef must specify Namespace")));
    if (!errors.empty()) {
        const QString msg = capitalize(aggregate(errors));
        c.conditions = {conditions::gatewayClassRefInvalid(msg),
                        conditions::gatewayClassInvalidParameters(msg)};
        return c;
    }
    const Resource *np = ref.group == ngfGroup ? m_design.find(Kind::NginxProxy, *ref.ns, ref.name) : nullptr;
    if (!np) {
        c.conditions = {conditions::gatewayClassRefNotFound(),
                        conditions::gatewayClassInvalidParameters(
                            FieldError::notFound(QStringLiteral("spec.parametersRef.name"), goQuote(ref.name))
                                .toString())};
        return c;
    }
    if (const FieldErrors npErrors = validate(*np->as<NginxProxy>(), m_profile.plus); !npErrors.empty()) {
        const QString msg = capitalize(aggregate(npErrors));
        c.conditions = {conditions::gatewayClassRefInvalid(msg),
                        conditions::gatewayClassInvalidParameters(msg)};
        return c;
    }
    c.conditions = {conditions::gatewayClassResolvedRefs()};
    c.nginxProxy = np;
    return c;
}

std::optional<Condition> NginxProxyProcessor::tlsBackend(GraphGateway &gw) const
{
    // gateway.go: validateGatewayTLSBackend
    const Gateway &spec = *gw.resource->as<Gateway>();
    const SecretObjectReference &ref = *spec.backendClientCertificateRef;
    const QString path = QStringLiteral("spec.tls.backend.clientCertificateRef");
    if (ref.kind != u"Secret")
        return conditions::gatewaySecretRefInvalid(
            capitalize(FieldError::notSupported(path + QStringLiteral(".kind"), jsonQuote(ref.kind),
                                                {QStringLiteral("Secret")})
                           .toString()));
    if (!ref.group.isEmpty() && ref.group != u"core")
        return conditions::gatewaySecretRefInvalid(
            capitalize(FieldError::notSupported(path + QStringLiteral(".group"), jsonQuote(ref.group),
                                                {QStringLiteral("core"), QString()})
                           .toString()));
    const QString ns = ref.ns.value_or(gw.ns);
    const RefResolver resolver(m_design);
    if (const QString e = resolver.secret(ns, ref.name); !e.isEmpty())
        return conditions::gatewaySecretRefInvalid(capitalize(
            FieldError::invalid(
                path,
                QStringLiteral("{\"Namespace\":%1,\"Name\":%2}").arg(jsonQuote(ns), jsonQuote(ref.name)), e)
                .toString()));
    if (ns != gw.ns &&
        !resolver.referenceAllowed(QStringLiteral("Gateway"), gw.ns, QStringLiteral("Secret"), ns, ref.name))
        return conditions::gatewayRefNotPermitted(
            QStringLiteral("secret ref %1/%2 not permitted by any ReferenceGrant").arg(ns, ref.name));
    CertificateRef cert;
    cert.ns = ns;
    cert.name = ref.name;
    cert.file = QStringLiteral("/etc/nginx/secrets/ssl_keypair_%1_%2.pem").arg(ns, ref.name);
    cert.source = sourceOf(*gw.resource, path);
    gw.backendClientCertificate = cert;
    return std::nullopt;
}

void NginxProxyProcessor::gateway(GraphGateway &gw, const GraphGatewayClass *cls,
                                  std::vector<Diagnostic> &notes) const
{
    const Gateway &spec = *gw.resource->as<Gateway>();
    const Resource *gatewayProxy = nullptr;
    // gateway.go: validateGatewayRefs, validateParametersRef
    if (spec.infrastructureParametersRef || spec.backendClientCertificateRef) {
        QString paramsError;
        if (spec.infrastructureParametersRef) {
            const ObjectReference &ref = *spec.infrastructureParametersRef;
            const QString path = QStringLiteral("spec.infrastructure.parametersRef");
            const Resource *np = ref.group == ngfGroup && ref.kind == u"NginxProxy"
                ? m_design.find(Kind::NginxProxy, gw.ns, ref.name)
                : nullptr;
            if (ref.kind != u"NginxProxy") {
                paramsError =
                    capitalize(FieldError::notSupported(path + QStringLiteral(".kind"), goQuote(ref.kind),
                                                        {QStringLiteral("NginxProxy")})
                                   .toString());
            } else if (!np) {
                paramsError = capitalize(
                    FieldError::notFound(path + QStringLiteral(".name"), goQuote(ref.name)).toString());
            } else if (const FieldErrors errors = validate(*np->as<NginxProxy>(), m_profile.plus);
                       !errors.empty()) {
                paramsError = capitalize(aggregate(errors));
            } else {
                gatewayProxy = np;
            }
            if (!paramsError.isEmpty())
                gw.conditions.push_back(conditions::gatewayInvalidParameters(paramsError));
        }
        std::optional<Condition> tlsCondition;
        if (spec.backendClientCertificateRef)
            tlsCondition = tlsBackend(gw);
        if (paramsError.isEmpty() && !tlsCondition)
            gw.conditions.push_back(conditions::gatewayResolvedRefs());
        else if (tlsCondition)
            gw.conditions.push_back(*tlsCondition);
        else
            gw.conditions.push_back(conditions::gatewayRefInvalid(paramsError));
    }
    gw.nginxProxy = EffectiveNginxProxy::merge(cls ? cls->nginxProxy : nullptr, gatewayProxy);
    if (gw.nginxProxy) {
        // Fields the CRD of older releases does not have (the API server prunes them).
        if (!m_profile.version.atLeast(2, 2))
            gw.nginxProxy->spec.dnsResolver.reset();
        if (!m_profile.version.listenerIdMaps())
            gw.nginxProxy->spec.disableSNIHostValidation.reset();
    }
    applySettings(gw);
    noteUnmodelled(gw, notes);
}

void NginxProxyProcessor::applySettings(GraphGateway &gw) const
{
    if (!gw.nginxProxy)
        return;
    const EffectiveNginxProxy &np = *gw.nginxProxy;
    const NginxProxy &p = np.spec;
    if (p.ipFamily == u"ipv4")
        gw.ipFamily = IpFamily::IPv4;
    else if (p.ipFamily == u"ipv6")
        gw.ipFamily = IpFamily::IPv6;
    gw.http2 = !p.disableHTTP2.value_or(false);
    if (m_profile.version.isEdge() && p.zoneSize) {
        if (validation::nginxSize(*p.zoneSize).isEmpty()) {
            gw.zoneSize = p.zoneSize;
            gw.zoneSizeSource = np.source(QStringLiteral("spec.zoneSize"));
        }
    }
    if (p.metrics) {
        if (p.metrics->disable.value_or(false))
            gw.metricsPort.reset();
        else if (p.metrics->port)
            gw.metricsPort = *p.metrics->port;
    }
    // dataplane buildRewriteClientIPConfig: trusted addresses and recursion apply without a mode too.
    if (p.rewriteClientIP) {
        const RewriteClientIP &rc = *p.rewriteClientIP;
        gw.proxyProtocol = rc.mode == u"ProxyProtocol";
        if (rc.mode == u"ProxyProtocol")
            gw.realIpHeader = QStringLiteral("proxy_protocol");
        else if (rc.mode == u"XForwardedFor")
            gw.realIpHeader = QStringLiteral("X-Forwarded-For");
        gw.realIpFrom.clear();
        for (const NginxProxyAddress &a : rc.trustedAddresses)
            gw.realIpFrom << a.value;
        gw.realIpRecursive = rc.setIPRecursively.value_or(false);
        gw.realIpSource = np.source(QStringLiteral("spec.rewriteClientIP"));
    }
}

void NginxProxyProcessor::noteUnmodelled(const GraphGateway &gw, std::vector<Diagnostic> &notes) const
{
    if (!gw.nginxProxy)
        return;
    const NginxProxy &p = gw.nginxProxy->spec;
    if (p.dnsResolver) {
        // config.buildDNSResolver keeps IP addresses only: said, since it surprises.
        const SourceRef source = gw.nginxProxy->source(QStringLiteral("spec.dnsResolver.addresses"));
        const Resource *np = m_design.resource(source.resource);
        for (int i = 0; np && i < int(p.dnsResolver->addresses.size()); ++i) {
            if (p.dnsResolver->addresses[size_t(i)].type != u"Hostname")
                continue;
            notes.push_back(
                note(m_design, *np, QStringLiteral("spec.dnsResolver.addresses[%1]").arg(i),
                     Tr::tr("NGINX Gateway Fabric writes only the IPAddress entries of dnsResolver "
                            "addresses into the resolver directive; this Hostname is left out")));
        }
    }
    if (p.disableBaseHeaders && m_profile.version.isEdge()) {
        const SourceRef source = gw.nginxProxy->source(QStringLiteral("spec.disableBaseHeaders"));
        const Resource *np = m_design.resource(source.resource);
        notes.push_back(note(m_design, np ? *np : *gw.resource, QStringLiteral("spec.disableBaseHeaders"),
                             Tr::tr("the preview does not model disableBaseHeaders (edge): the base "
                                    "proxy_set_header lines are still shown")));
    }
}

} // namespace gw::ngf
