// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/policyprocessor.h"

#include "core/design.h"
#include "ngf/ageorder.h"
#include "ngf/conditions.h"
#include "ngf/fielderror.h"
#include "ngf/validation.h"

#include <algorithm>

namespace gw::ngf {

namespace {

const QStringList ossMethods {QStringLiteral("hash"),
                              QStringLiteral("hash consistent"),
                              QStringLiteral("ip_hash"),
                              QStringLiteral("least_conn"),
                              QStringLiteral("random"),
                              QStringLiteral("random two"),
                              QStringLiteral("random two least_conn"),
                              QStringLiteral("round_robin")};
const QStringList leastTimeMethods {
    QStringLiteral("least_time header"), QStringLiteral("least_time header inflight"),
    QStringLiteral("least_time last_byte"), QStringLiteral("least_time last_byte inflight")};
const QStringList randomLeastTimeMethods {QStringLiteral("random two least_time=header"),
                                          QStringLiteral("random two least_time=last_byte")};

QString ypath(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

PolicyProcessor::PolicyProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

QStringList PolicyProcessor::allowedMethods(const Profile &profile)
{
    QStringList list = ossMethods;
    if (profile.plus || profile.version.leastTimeOnOss())
        list << leastTimeMethods;
    if (profile.plus)
        list << randomLeastTimeMethods;
    list.sort();
    return list;
}

FieldErrors PolicyProcessor::validate(const UpstreamSettingsPolicy &p) const
{
    FieldErrors errors;
    for (int i = 0; i < int(p.targetRefs.size()); ++i) {
        const PolicyTargetReference &t = p.targetRefs[size_t(i)];
        if (!t.group.isEmpty() && t.group != u"core")
            errors.push_back(FieldError::notSupported(QStringLiteral("spec.targetRefs[%1].group").arg(i),
                                                      jsonQuote(t.group),
                                                      {QString(), QStringLiteral("core")}));
        if (t.kind != u"Service")
            errors.push_back(FieldError::notSupported(QStringLiteral("spec.targetRefs[%1].kind").arg(i),
                                                      jsonQuote(t.kind), {QStringLiteral("Service")}));
    }
    if (p.zoneSize) {
        if (const QString e = validation::nginxSize(*p.zoneSize); !e.isEmpty())
            errors.push_back(FieldError::invalid(QStringLiteral("spec.zoneSize"), jsonQuote(*p.zoneSize), e));
    }
    if (p.keepAlive) {
        if (p.keepAlive->time) {
            if (const QString e = validation::nginxDuration(*p.keepAlive->time); !e.isEmpty())
                errors.push_back(FieldError::invalid(QStringLiteral("spec.keepAlive.time"),
                                                     jsonQuote(*p.keepAlive->time), e));
        }
        if (p.keepAlive->timeout) {
            if (const QString e = validation::nginxDuration(*p.keepAlive->timeout); !e.isEmpty())
                errors.push_back(FieldError::invalid(QStringLiteral("spec.keepAlive.timeout"),
                                                     jsonQuote(*p.keepAlive->timeout), e));
        }
        if (p.keepAlive->connections && *p.keepAlive->connections < 0)
            errors.push_back(FieldError::invalid(QStringLiteral("spec.keepAlive.connections"),
                                                 QString::number(*p.keepAlive->connections),
                                                 QStringLiteral("should be greater than or equal to 0")));
        if (p.keepAlive->requests && *p.keepAlive->requests < 0)
            errors.push_back(FieldError::invalid(QStringLiteral("spec.keepAlive.requests"),
                                                 QString::number(*p.keepAlive->requests),
                                                 QStringLiteral("should be greater than or equal to 0")));
    }
    if (m_graph.profile.version.lbMethodSelectable() && p.loadBalancingMethod) {
        const QString &m = *p.loadBalancingMethod;
        const QStringList allowed = allowedMethods(m_graph.profile);
        if (!allowed.contains(m)) {
            const QString who =
                m_graph.profile.plus ? QStringLiteral("NGINX Plus") : QStringLiteral("NGINX OSS");
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec.loadBalancingMethod"), jsonQuote(m),
                                    who + QStringLiteral(" supports the following load balancing methods: ") +
                                        allowed.join(QStringLiteral(", "))));
        }
        if ((m == u"hash" || m == u"hash consistent") && !p.hashMethodKey)
            errors.push_back(
                FieldError::invalid(QStringLiteral("spec"), goQuote(QStringLiteral("object")),
                                    QStringLiteral("hashMethodKey is required when loadBalancingMethod "
                                                   "is 'hash' or 'hash consistent'")));
        if (p.hashMethodKey) {
            if (const QString e = validation::nginxVariable(*p.hashMethodKey); !e.isEmpty())
                errors.push_back(FieldError::invalid(QStringLiteral("spec.hashMethodKey"),
                                                     jsonQuote(*p.hashMethodKey), e));
        }
    }
    return errors;
}

std::vector<std::pair<QString, QString>> PolicyProcessor::fields(const UpstreamSettingsPolicy &spec) const
{
    const bool lbFields = m_graph.profile.version.lbMethodSelectable();
    std::vector<std::pair<QString, QString>> fields;
    if (spec.zoneSize)
        fields.emplace_back(QStringLiteral("zoneSize"), ypath("spec.zoneSize"));
    if (spec.keepAlive) {
        if (spec.keepAlive->connections)
            fields.emplace_back(QStringLiteral("keepAlive.connections"), ypath("spec.keepAlive.connections"));
        if (spec.keepAlive->requests)
            fields.emplace_back(QStringLiteral("keepAlive.requests"), ypath("spec.keepAlive.requests"));
        if (spec.keepAlive->time)
            fields.emplace_back(QStringLiteral("keepAlive.time"), ypath("spec.keepAlive.time"));
        if (spec.keepAlive->timeout)
            fields.emplace_back(QStringLiteral("keepAlive.timeout"), ypath("spec.keepAlive.timeout"));
    }
    if (lbFields && spec.loadBalancingMethod)
        fields.emplace_back(QStringLiteral("loadBalancingMethod"), ypath("spec.loadBalancingMethod"));
    if (lbFields && spec.hashMethodKey)
        fields.emplace_back(QStringLiteral("hashMethodKey"), ypath("spec.hashMethodKey"));
    if (m_graph.profile.version.isEdge() && spec.useClusterIP)
        fields.emplace_back(QStringLiteral("useClusterIP"), ypath("spec.useClusterIP"));
    return fields;
}

void PolicyProcessor::merge(UpstreamSettings &s, const Resource &policy) const
{
    const UpstreamSettingsPolicy &spec = *policy.as<UpstreamSettingsPolicy>();
    const bool lbFields = m_graph.profile.version.lbMethodSelectable();
    for (const auto &[name, path] : fields(spec))
        s.sources[name] = sourceOf(policy, path);
    if (spec.zoneSize)
        s.zoneSize = spec.zoneSize;
    if (spec.keepAlive) {
        if (spec.keepAlive->connections)
            s.keepAliveConnections = spec.keepAlive->connections;
        if (spec.keepAlive->requests)
            s.keepAliveRequests = spec.keepAlive->requests;
        if (spec.keepAlive->time)
            s.keepAliveTime = spec.keepAlive->time;
        if (spec.keepAlive->timeout)
            s.keepAliveTimeout = spec.keepAlive->timeout;
    }
    if (lbFields && spec.loadBalancingMethod)
        s.loadBalancingMethod = spec.loadBalancingMethod;
    if (lbFields && spec.hashMethodKey)
        s.hashMethodKey = spec.hashMethodKey;
    if (m_graph.profile.version.isEdge() && spec.useClusterIP)
        s.useClusterIP = spec.useClusterIP;
}

void PolicyProcessor::attach(GraphPolicy &policy, const ReferencedServices::Map &referenced) const
{
    // attachPolicyToService, once per Service target in spec order: the Service's Gateways by
    // creation time (collectOrderedGatewaysForService), each once; past MaxAncestors a Gateway gets
    // AncestorLimitReached and the policy does not apply there.
    const AgeOrder age(m_design);
    for (const QString &svc : std::as_const(policy.targetServices)) {
        const auto it = referenced.find(svc);
        if (it == referenced.end())
            continue;
        std::vector<int> gateways(it->second.begin(), it->second.end());
        std::stable_sort(gateways.begin(), gateways.end(), [&](int a, int b) {
            return age.older(*m_graph.gateways[size_t(a)].resource, *m_graph.gateways[size_t(b)].resource);
        });
        for (int g : gateways) {
            const auto has = [g](const std::vector<int> &list) {
                return std::find(list.begin(), list.end(), g) != list.end();
            };
            if (has(policy.invalidForGateways) || has(policy.ancestors))
                continue;
            if (policy.ancestors.size() >= conditions::MaxAncestors) {
                conditions::addAncestorLimit(m_graph.gateways[size_t(g)].conditions,
                                             QStringLiteral("UpstreamSettingsPolicy"),
                                             policy.resource->meta.ns + u'/' + policy.resource->meta.name);
                policy.invalidForGateways.push_back(g);
                continue;
            }
            policy.ancestors.push_back(g);
        }
    }
}

void PolicyProcessor::process()
{
    std::vector<const Resource *> resources = m_design.resources(Kind::UpstreamSettingsPolicy);
    std::stable_sort(resources.begin(), resources.end(), AgeOrder(m_design));
    const ReferencedServices::Map referenced = ReferencedServices::build(m_graph);

    // field name -> policy index that owns it, per Service
    std::map<QString, std::map<QString, int>> owners;
    for (const Resource *r : resources) {
        const UpstreamSettingsPolicy &spec = *r->as<UpstreamSettingsPolicy>();
        GraphPolicy policy;
        policy.resource = r;
        for (const PolicyTargetReference &t : spec.targetRefs) {
            if (t.kind == u"Service" && (t.group.isEmpty() || t.group == u"core"))
                policy.targetServices << r->meta.ns + u'/' + t.name;
        }
        attach(policy, referenced);
        const FieldErrors errors = validate(spec);
        if (!errors.empty()) {
            policy.valid = false;
            policy.conditions.push_back(conditions::policyInvalid(aggregate(errors)));
        }
        // A policy whose Services no route of an NGF Gateway uses is skipped: no status, no effect.
        if (policy.valid && !policy.ancestors.empty()) {
            const auto policyFields = fields(spec);
            for (const QString &svc : std::as_const(policy.targetServices)) {
                for (const auto &[name, path] : policyFields) {
                    if (owners[svc].count(name))
                        policy.conflicted = true;
                }
            }
            if (policy.conflicted) {
                policy.conditions.push_back(conditions::policyConflicted(
                    QStringLiteral("Conflicts with another UpstreamSettingsPolicy")));
            } else {
                const int index = int(m_graph.policies.size());
                for (const QString &svc : std::as_const(policy.targetServices)) {
                    for (const auto &[name, path] : policyFields)
                        owners[svc][name] = index;
                    merge(m_graph.upstreamSettings[svc], *r);
                }
            }
        }
        m_graph.policies.push_back(std::move(policy));
    }

    // Where a policy is invalid for a Gateway (the ancestor limit), that Gateway's upstreams merge the
    // Service's other policies only.
    for (const GraphPolicy &p : m_graph.policies) {
        for (int g : p.invalidForGateways) {
            for (const QString &svc : p.targetServices) {
                if (m_graph.gatewayUpstreamSettings.count({g, svc}))
                    continue;
                UpstreamSettings &s = m_graph.gatewayUpstreamSettings[{g, svc}];
                for (const GraphPolicy &q : m_graph.policies) {
                    if (q.valid && !q.conflicted && !q.ancestors.empty() && q.targetServices.contains(svc) &&
                        std::find(q.invalidForGateways.begin(), q.invalidForGateways.end(), g) ==
                            q.invalidForGateways.end())
                        merge(s, *q.resource);
                }
            }
        }
    }
}

} // namespace gw::ngf
