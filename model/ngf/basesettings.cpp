// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/basesettings.h"

#include "ngf/validation.h"

#include <QCryptographicHash>
#include <QUuid>

namespace gw::ngf {

namespace {

/**
 * The Gateway's UID, which NGF uses as the WAF cookie seed: metadata.uid is not part of a
 * design, so a stable UUID derived from namespace/name stands for it (docs/ngf.md, "Choices").
 */
QString gatewayUid(const GraphGateway &gw)
{
    return QUuid::createUuidV5(QUuid(), QString(gw.ns + u'/' + gw.name)).toString(QUuid::WithoutBraces);
}

} // namespace

BaseSettings BaseSettings::of(const GraphGateway &gw)
{
    BaseSettings b;
    b.backendClientCertificate = gw.backendClientCertificate;
    if (!gw.nginxProxy)
        return b;
    const EffectiveNginxProxy &np = *gw.nginxProxy;
    const NginxProxy &p = np.spec;

    // dataplane buildLogging, buildAccessLog
    if (p.logging) {
        if (p.logging->errorLevel) {
            b.errorLevel = *p.logging->errorLevel;
            b.errorLevelSource = np.source(QStringLiteral("spec.logging.errorLevel"));
        }
        if (const auto &a = p.logging->accessLog) {
            if (a->disable.value_or(false)) {
                b.accessLog = AccessLogSettings {
                    true, {}, {}, np.source(QStringLiteral("spec.logging.accessLog.disable"))};
            } else if (a->format && !a->format->isEmpty()) {
                b.accessLog = AccessLogSettings {false, *a->format, a->escape.value_or(QString()),
                                                 np.source(QStringLiteral("spec.logging.accessLog"))};
            }
        }
    }
    if (p.workerConnections) {
        b.workerConnections = *p.workerConnections;
        b.workerConnectionsSource = np.source(QStringLiteral("spec.workerConnections"));
    }
    // GetNginxReadinessProbePort/Path: the Deployment's container, else the DaemonSet's.
    if (p.kubernetes) {
        const NginxProxyKubernetes &k = *p.kubernetes;
        const std::optional<ReadinessProbe> *probe = k.deployment ? &k.deploymentProbe
            : k.daemonSet                                         ? &k.daemonSetProbe
                                                                  : nullptr;
        const QString base = k.deployment
            ? QStringLiteral("spec.kubernetes.deployment.container.readinessProbe")
            : QStringLiteral("spec.kubernetes.daemonSet.container.readinessProbe");
        if (probe && probe->has_value()) {
            if ((*probe)->port)
                b.readinessPort = *(*probe)->port;
            if ((*probe)->path)
                b.readinessPath = *(*probe)->path;
            b.readinessSource = np.source(base);
        }
    }
    // buildDNSResolverConfig and config.buildDNSResolver: only IP addresses are printed.
    if (p.dnsResolver) {
        ResolverSettings r;
        for (const NginxProxyAddress &a : p.dnsResolver->addresses) {
            if (!validation::isIpAddress(a.value))
                continue;
            r.addresses << (a.value.contains(u':') ? u'[' + a.value + u']' : a.value);
        }
        r.valid = p.dnsResolver->cacheTTL.value_or(QString());
        r.ipv6Off = p.dnsResolver->disableIPv6.value_or(false);
        r.timeout = p.dnsResolver->timeout.value_or(QString());
        r.source = np.source(QStringLiteral("spec.dnsResolver"));
        b.resolver = r;
    }
    // buildServerTokens: keywords as they are, anything else quoted.
    if (p.serverTokens) {
        const QString &t = *p.serverTokens;
        b.serverTokens = t == u"on" || t == u"off" || t == u"build" ? t : u'"' + t + u'"';
        b.serverTokensSource = np.source(QStringLiteral("spec.serverTokens"));
    }
    // buildTelemetry
    if (np.telemetryEnabled()) {
        const NginxProxyTelemetry &t = *p.telemetry;
        TelemetrySettings tel;
        tel.endpoint = *t.exporter->endpoint;
        tel.serviceName = QStringLiteral("ngf:%1:%2").arg(gw.ns, gw.name);
        if (t.serviceName)
            tel.serviceName += u':' + *t.serviceName;
        tel.interval = t.exporter->interval.value_or(QString());
        tel.batchSize = t.exporter->batchSize.value_or(0);
        tel.batchCount = t.exporter->batchCount.value_or(0);
        for (const SpanAttribute &a : t.spanAttributes)
            tel.spanAttributes.emplace_back(a.key, a.value);
        tel.source = np.source(QStringLiteral("spec.telemetry"));
        b.telemetry = std::move(tel);
    }
    if (p.disableSNIHostValidation.value_or(false)) {
        b.disableSNIHostValidation = true;
        b.disableSNIHostValidationSource = np.source(QStringLiteral("spec.disableSNIHostValidation"));
    }
    // buildNginxPlus: a written list replaces the default 127.0.0.1.
    if (p.nginxPlusAllowedAddresses) {
        b.plusAllowedAddresses.clear();
        for (const NginxProxyAddress &a : *p.nginxPlusAllowedAddresses)
            b.plusAllowedAddresses << a.value;
        b.plusAllowedAddressesSource = np.source(QStringLiteral("spec.nginxPlus.allowedAddresses"));
    }
    // buildWAF
    if (p.waf && p.waf->enable.value_or(false)) {
        b.waf = true;
        b.wafSource = np.source(QStringLiteral("spec.waf.enable"));
        if (!p.waf->disableCookieSeed.value_or(false))
            b.wafCookieSeed = gatewayUid(gw);
    }
    return b;
}

} // namespace gw::ngf
