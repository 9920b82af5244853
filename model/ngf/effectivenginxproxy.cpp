// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/effectivenginxproxy.h"

#include <algorithm>

namespace gw::ngf {

namespace {

/**
 * Merges one NginxProxy spec over another the way NGF's JSON round trip does
 * (graph/nginxproxy.go, buildEffectiveNginxProxy and cleanupEffectiveNginxProxy) and records
 * which resource set each leaf.
 */
class Merger
{
public:
    Merger(const Resource *global, const Resource *local, EffectiveNginxProxy &out)
        : m_global(global)
        , m_local(local)
        , m_out(out)
    { }

    /** A scalar: the local value wins when written. */
    template<class T>
    void leaf(std::optional<T> &out, const std::optional<T> *g, const std::optional<T> *l, const char *field)
    {
        if (l && l->has_value()) {
            out = *l;
            record(field, m_local);
        } else if (g && g->has_value()) {
            out = *g;
            record(field, m_global);
        }
    }

    /** A list: replaced by a non-empty local list, or cleared by an empty one where NGF cleans up. */
    template<class T>
    void list(std::vector<T> &out, const std::vector<T> *g, const std::vector<T> *l, bool localWrittenEmpty,
              const char *field)
    {
        if (l && (!l->empty() || localWrittenEmpty)) {
            out = *l;
            record(field, m_local);
        } else if (g && !g->empty()) {
            out = *g;
            record(field, m_global);
        }
    }

    /** An object: present when either side writes it; its fields merge one by one. */
    template<class T, class F>
    void object(std::optional<T> &out, const std::optional<T> *g, const std::optional<T> *l, F &&fields)
    {
        const T *gv = g && g->has_value() ? &**g : nullptr;
        const T *lv = l && l->has_value() ? &**l : nullptr;
        if (!gv && !lv)
            return;
        // `out` is always empty here (a field of a new object); saying so spares GCC 14 a false
        // -Wmaybe-uninitialized on the reset that emplace() would otherwise do.
        if (!out)
            out.emplace();
        fields(*out, gv, lv);
    }

    void record(const char *field, const Resource *r)
    {
        m_out.sources[QString::fromLatin1(field)] = sourceOf(*r, QString::fromLatin1(field));
    }

private:
    const Resource *m_global;
    const Resource *m_local;
    EffectiveNginxProxy &m_out;
};

template<class T, class M>
const T *member(const M *object, T M::*field)
{
    return object ? &(object->*field) : nullptr;
}

} // namespace

SourceRef EffectiveNginxProxy::source(const QString &field) const
{
    QString f = field;
    while (!f.isEmpty()) {
        const auto it = sources.find(f);
        if (it != sources.end())
            return it->second;
        // The closest recorded field inside this one (an object asked for as a whole).
        const auto inside = sources.lower_bound(f + u'.');
        if (inside != sources.end() && inside->first.startsWith(f + u'.'))
            return SourceRef {inside->second.resource, f};
        const qsizetype dot = f.lastIndexOf(u'.');
        f = dot < 0 ? QString() : f.left(dot);
    }
    return {};
}

bool EffectiveNginxProxy::telemetryEnabled() const
{
    if (!spec.telemetry || !spec.telemetry->exporter || !spec.telemetry->exporter->endpoint)
        return false;
    const auto &disabled = spec.telemetry->disabledFeatures;
    return std::find(disabled.begin(), disabled.end(), QStringLiteral("DisableTracing")) == disabled.end();
}

std::optional<EffectiveNginxProxy> EffectiveNginxProxy::merge(const Resource *global, const Resource *local)
{
    if (!global && !local)
        return std::nullopt;
    EffectiveNginxProxy e;
    Merger m(global, local, e);
    const NginxProxy *g = global ? global->as<NginxProxy>() : nullptr;
    const NginxProxy *l = local ? local->as<NginxProxy>() : nullptr;
    NginxProxy &o = e.spec;
    using NP = NginxProxy;

    m.leaf(o.ipFamily, member(g, &NP::ipFamily), member(l, &NP::ipFamily), "spec.ipFamily");
    m.leaf(o.disableHTTP2, member(g, &NP::disableHTTP2), member(l, &NP::disableHTTP2), "spec.disableHTTP2");
    m.leaf(o.disableSNIHostValidation, member(g, &NP::disableSNIHostValidation),
           member(l, &NP::disableSNIHostValidation), "spec.disableSNIHostValidation");
    m.leaf(o.workerConnections, member(g, &NP::workerConnections), member(l, &NP::workerConnections),
           "spec.workerConnections");
    m.leaf(o.serverTokens, member(g, &NP::serverTokens), member(l, &NP::serverTokens), "spec.serverTokens");
    m.leaf(o.zoneSize, member(g, &NP::zoneSize), member(l, &NP::zoneSize), "spec.zoneSize");
    m.leaf(o.disableBaseHeaders, member(g, &NP::disableBaseHeaders), member(l, &NP::disableBaseHeaders),
           "spec.disableBaseHeaders");

    m.object(
        o.telemetry, member(g, &NP::telemetry), member(l, &NP::telemetry),
        [&](NginxProxyTelemetry &t, const NginxProxyTelemetry *gt, const NginxProxyTelemetry *lt) {
            using T = NginxProxyTelemetry;
            m.list(t.disabledFeatures, member(gt, &T::disabledFeatures), member(lt, &T::disabledFeatures),
                   lt && lt->disabledFeaturesWritten, "spec.telemetry.disabledFeatures");
            m.leaf(t.serviceName, member(gt, &T::serviceName), member(lt, &T::serviceName),
                   "spec.telemetry.serviceName");
            m.list(t.spanAttributes, member(gt, &T::spanAttributes), member(lt, &T::spanAttributes),
                   lt && lt->spanAttributesWritten, "spec.telemetry.spanAttributes");
            m.object(t.exporter, member(gt, &T::exporter), member(lt, &T::exporter),
                     [&](TelemetryExporter &x, const TelemetryExporter *gx, const TelemetryExporter *lx) {
                         using X = TelemetryExporter;
                         m.leaf(x.interval, member(gx, &X::interval), member(lx, &X::interval),
                                "spec.telemetry.exporter.interval");
                         m.leaf(x.batchSize, member(gx, &X::batchSize), member(lx, &X::batchSize),
                                "spec.telemetry.exporter.batchSize");
                         m.leaf(x.batchCount, member(gx, &X::batchCount), member(lx, &X::batchCount),
                                "spec.telemetry.exporter.batchCount");
                         m.leaf(x.endpoint, member(gx, &X::endpoint), member(lx, &X::endpoint),
                                "spec.telemetry.exporter.endpoint");
                     });
        });
    m.object(o.metrics, member(g, &NP::metrics), member(l, &NP::metrics),
             [&](NginxProxyMetrics &x, const NginxProxyMetrics *gx, const NginxProxyMetrics *lx) {
                 m.leaf(x.port, member(gx, &NginxProxyMetrics::port), member(lx, &NginxProxyMetrics::port),
                        "spec.metrics.port");
                 m.leaf(x.disable, member(gx, &NginxProxyMetrics::disable),
                        member(lx, &NginxProxyMetrics::disable), "spec.metrics.disable");
             });
    m.object(o.rewriteClientIP, member(g, &NP::rewriteClientIP), member(l, &NP::rewriteClientIP),
             [&](RewriteClientIP &x, const RewriteClientIP *gx, const RewriteClientIP *lx) {
                 using R = RewriteClientIP;
                 m.leaf(x.mode, member(gx, &R::mode), member(lx, &R::mode), "spec.rewriteClientIP.mode");
                 m.leaf(x.setIPRecursively, member(gx, &R::setIPRecursively),
                        member(lx, &R::setIPRecursively), "spec.rewriteClientIP.setIPRecursively");
                 m.list(x.trustedAddresses, member(gx, &R::trustedAddresses),
                        member(lx, &R::trustedAddresses), lx && lx->trustedAddressesWritten,
                        "spec.rewriteClientIP.trustedAddresses");
             });
    m.object(o.logging, member(g, &NP::logging), member(l, &NP::logging),
             [&](NginxProxyLogging &x, const NginxProxyLogging *gx, const NginxProxyLogging *lx) {
                 using L = NginxProxyLogging;
                 m.leaf(x.errorLevel, member(gx, &L::errorLevel), member(lx, &L::errorLevel),
                        "spec.logging.errorLevel");
                 m.leaf(x.agentLevel, member(gx, &L::agentLevel), member(lx, &L::agentLevel),
                        "spec.logging.agentLevel");
                 m.object(x.accessLog, member(gx, &L::accessLog), member(lx, &L::accessLog),
                          [&](NginxAccessLog &a, const NginxAccessLog *ga, const NginxAccessLog *la) {
                              using A = NginxAccessLog;
                              m.leaf(a.disable, member(ga, &A::disable), member(la, &A::disable),
                                     "spec.logging.accessLog.disable");
                              m.leaf(a.format, member(ga, &A::format), member(la, &A::format),
                                     "spec.logging.accessLog.format");
                              m.leaf(a.escape, member(ga, &A::escape), member(la, &A::escape),
                                     "spec.logging.accessLog.escape");
                          });
             });
    // nginxPlus.allowedAddresses: a written list replaces; merged through JSON, an empty list is
    // left out (omitempty) and the class's list stays.
    {
        auto lp = member(l, &NP::nginxPlusAllowedAddresses);
        if (g && lp && lp->has_value() && (*lp)->empty())
            lp = nullptr;
        m.leaf(o.nginxPlusAllowedAddresses, member(g, &NP::nginxPlusAllowedAddresses), lp,
               "spec.nginxPlus.allowedAddresses");
    }
    o.nginxPlusWritten = (g && g->nginxPlusWritten) || (l && l->nginxPlusWritten);
    m.object(o.kubernetes, member(g, &NP::kubernetes), member(l, &NP::kubernetes),
             [&](NginxProxyKubernetes &k, const NginxProxyKubernetes *gk, const NginxProxyKubernetes *lk) {
                 using K = NginxProxyKubernetes;
                 k.deployment = (gk && gk->deployment) || (lk && lk->deployment);
                 k.daemonSet = (gk && gk->daemonSet) || (lk && lk->daemonSet);
                 const auto probe =
                     [&](std::optional<ReadinessProbe> &out, const std::optional<ReadinessProbe> *gp,
                         const std::optional<ReadinessProbe> *lp, const char *port, const char *path) {
                         m.object(out, gp, lp,
                                  [&](ReadinessProbe &r, const ReadinessProbe *gr, const ReadinessProbe *lr) {
                                      m.leaf(r.port, member(gr, &ReadinessProbe::port),
                                             member(lr, &ReadinessProbe::port), port);
                                      m.leaf(r.path, member(gr, &ReadinessProbe::path),
                                             member(lr, &ReadinessProbe::path), path);
                                  });
                     };
                 probe(k.deploymentProbe, member(gk, &K::deploymentProbe), member(lk, &K::deploymentProbe),
                       "spec.kubernetes.deployment.container.readinessProbe.port",
                       "spec.kubernetes.deployment.container.readinessProbe.path");
                 probe(k.daemonSetProbe, member(gk, &K::daemonSetProbe), member(lk, &K::daemonSetProbe),
                       "spec.kubernetes.daemonSet.container.readinessProbe.port",
                       "spec.kubernetes.daemonSet.container.readinessProbe.path");
                 // cleanupKubernetes: the Gateway's DaemonSet removes the class's Deployment and the
                 // other way round.
                 if (lk && gk) {
                     if (lk->daemonSet && gk->deployment && !lk->deployment) {
                         k.deployment = false;
                         k.deploymentProbe.reset();
                     } else if (lk->deployment && gk->daemonSet && !lk->daemonSet) {
                         k.daemonSet = false;
                         k.daemonSetProbe.reset();
                     }
                 }
             });
    m.object(o.dnsResolver, member(g, &NP::dnsResolver), member(l, &NP::dnsResolver),
             [&](DnsResolver &d, const DnsResolver *gd, const DnsResolver *ld) {
                 using D = DnsResolver;
                 m.leaf(d.timeout, member(gd, &D::timeout), member(ld, &D::timeout),
                        "spec.dnsResolver.timeout");
                 m.leaf(d.cacheTTL, member(gd, &D::cacheTTL), member(ld, &D::cacheTTL),
                        "spec.dnsResolver.cacheTTL");
                 m.leaf(d.disableIPv6, member(gd, &D::disableIPv6), member(ld, &D::disableIPv6),
                        "spec.dnsResolver.disableIPv6");
                 m.list(d.addresses, member(gd, &D::addresses), member(ld, &D::addresses), false,
                        "spec.dnsResolver.addresses");
             });
    m.object(o.waf, member(g, &NP::waf), member(l, &NP::waf),
             [&](NginxProxyWaf &w, const NginxProxyWaf *gw, const NginxProxyWaf *lw) {
                 using W = NginxProxyWaf;
                 m.leaf(w.enable, member(gw, &W::enable), member(lw, &W::enable), "spec.waf.enable");
                 m.leaf(w.disableCookieSeed, member(gw, &W::disableCookieSeed),
                        member(lw, &W::disableCookieSeed), "spec.waf.disableCookieSeed");
                 m.leaf(w.bundleFailOpen, member(gw, &W::bundleFailOpen), member(lw, &W::bundleFailOpen),
                        "spec.waf.bundleFailOpen");
             });
    return e;
}

} // namespace gw::ngf
