// Copyright (C) Gateway Studio developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ngf/wafpolicyprocessor.h"

#include "core/design.h"
#include "ngf/fielderror.h"
#include "ngf/note.h"
#include "ngf/wafpolicyhandler.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace gw::ngf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(gw::ngf::WafPolicyProcessor)
};

/** The conditions.NewPolicyRefsNotResolved* conditions: ResolvedRefs=False/InvalidRef. */
Condition invalidRef(const QString &message)
{
    return {QStringLiteral("ResolvedRefs"), false, QStringLiteral("InvalidRef"), message};
}

/** How a bundle's source reads in a note: its URL, and the NIM/N1C policy or profile. */
QString describe(const WafBundleSource &s)
{
    if (s.nim) {
        const QString what = s.nim->policyName.value_or(s.nim->policyUID.value_or(s.nim->profileName));
        return Tr::tr("NGINX Instance Manager %1 (%2)").arg(s.nim->url, what);
    }
    if (s.n1c) {
        const QString what = s.n1c->policyName.value_or(s.n1c->policyObjectID.value_or(
            s.n1c->profileName.value_or(s.n1c->profileObjectID.value_or(QString()))));
        return Tr::tr("NGINX One Console %1 (namespace %2, %3)").arg(s.n1c->url, s.n1c->ns, what);
    }
    return s.httpUrl.value_or(QString());
}

} // namespace

WafPolicyProcessor::WafPolicyProcessor(const Design &design, Graph &graph)
    : m_design(design)
    , m_graph(graph)
{ }

std::optional<Condition> WafPolicyProcessor::resolveSecrets(const Resource &policy,
                                                            const WafBundleSource &source) const
{
    const QString ns = policy.meta.ns;
    if (source.authSecret) {
        // resolveBundleAuth: a token, or both username and password (trimmed, not empty).
        const QString name = goQuote(ns + u'/' + *source.authSecret);
        const Resource *r = m_design.find(Kind::Secret, ns, *source.authSecret);
        const Secret *secret = r ? r->as<Secret>() : nullptr;
        if (!secret)
            return invalidRef(QStringLiteral("auth secret %1 not found").arg(name));
        if (secret->data.contains(QStringLiteral("token"))) {
            if (secret->data.value(QStringLiteral("token")).trimmed().isEmpty())
                return invalidRef(QStringLiteral("auth secret %1 has empty \"token\" key").arg(name));
        } else if (secret->data.value(QStringLiteral("username")).trimmed().isEmpty() ||
                   secret->data.value(QStringLiteral("password")).trimmed().isEmpty()) {
            return invalidRef(
                QStringLiteral("auth secret %1 must contain either \"token\" or both \"username\" "
                               "and \"password\"")
                    .arg(name));
        }
    }
    if (source.tlsSecret) {
        // resolveTLSCA: the ca.crt key, not empty.
        const QString name = goQuote(ns + u'/' + *source.tlsSecret);
        const Resource *r = m_design.find(Kind::Secret, ns, *source.tlsSecret);
        const Secret *secret = r ? r->as<Secret>() : nullptr;
        if (!secret)
            return invalidRef(QStringLiteral("TLS CA secret %1 not found").arg(name));
        if (!secret->data.contains(QStringLiteral("ca.crt")))
            return invalidRef(QStringLiteral("TLS CA secret %1 missing \"ca.crt\" key").arg(name));
        if (secret->data.value(QStringLiteral("ca.crt")).trimmed().isEmpty())
            return invalidRef(QStringLiteral("TLS CA secret %1 has empty \"ca.crt\" key").arg(name));
    }
    return std::nullopt;
}

void WafPolicyProcessor::noteBundles(const Resource &policy)
{
    const WAFPolicy &p = *policy.as<WAFPolicy>();
    if (p.policySource.fetched())
        m_graph.notes.push_back(note(
            m_design, policy, QStringLiteral("spec.policySource"),
            Tr::tr("NGF fetches the policy bundle from %1 at runtime and writes it to %2; the preview cannot "
                   "fetch it: the configuration names that path and the status assumes the fetch succeeds "
                   "(if it fails, NGF reports Programmed=False/Pending \"Waiting for WAF bundle; last fetch "
                   "error: ...\" and leaves the policy out)")
                .arg(describe(p.policySource), WafPolicyHandler::policyBundlePath(policy))));
    for (int i = 0; i < int(p.securityLogs.size()); ++i) {
        const WafSecurityLog &log = p.securityLogs[size_t(i)];
        if (!log.source.fetched())
            continue;
        m_graph.notes.push_back(
            note(m_design, policy, QStringLiteral("spec.securityLogs[%1].logSource").arg(i),
                 Tr::tr("NGF fetches this log profile bundle from %1 at runtime and writes it to %2; the "
                        "preview cannot fetch it and assumes the fetch succeeds")
                     .arg(describe(log.source), WafPolicyHandler::logBundlePath(policy, log.source))));
    }
}

void WafPolicyProcessor::resolve()
{
    for (GraphNgfPolicy &gp : m_graph.ngfPolicies) {
        if (gp.resource->kind != Kind::WAFPolicy || !gp.valid)
            continue; // processWAFPolicies: valid WAFPolicies only
        const WAFPolicy &p = *gp.resource->as<WAFPolicy>();
        // fetchPolicyBundle returns at the first unresolved reference; fetchSecurityLogBundles goes on
        // with the next entry. Either makes the policy invalid.
        if (const auto c = resolveSecrets(*gp.resource, p.policySource)) {
            gp.conditions.push_back(*c);
            gp.valid = false;
        } else {
            noteBundles(*gp.resource);
        }
        for (const WafSecurityLog &log : p.securityLogs) {
            if (!log.source.fetched())
                continue;
            if (const auto c = resolveSecrets(*gp.resource, log.source)) {
                gp.conditions.push_back(*c);
                gp.valid = false;
            }
        }
    }
}

void WafPolicyProcessor::noteAttachments()
{
    // NGF v2.6.7 has no OSS check for WAF: the policy is accepted and its include written, but only
    // NGF's NGINX Plus images carry F5 WAF for NGINX (the App Protect module and its enforcer).
    if (!m_graph.profile.plus) {
        for (int i = 0; i < int(m_graph.ngfPolicies.size()); ++i) {
            const GraphNgfPolicy &gp = m_graph.ngfPolicies[size_t(i)];
            if (gp.resource->kind != Kind::WAFPolicy || !gp.valid)
                continue;
            bool attached = false;
            for (const GraphGateway &gw : m_graph.gateways)
                attached = attached ||
                    std::find(gw.ngfPolicies.begin(), gw.ngfPolicies.end(), i) != gw.ngfPolicies.end();
            for (const GraphRoute &r : m_graph.routes)
                attached = attached ||
                    std::find(r.ngfPolicies.begin(), r.ngfPolicies.end(), i) != r.ngfPolicies.end();
            if (attached)
                m_graph.notes.push_back(note(
                    m_design, *gp.resource, QStringLiteral("kind"),
                    Tr::tr("F5 WAF for NGINX needs NGINX Plus: NGF does not check the edition and accepts "
                           "this policy, but NGINX OSS has no App Protect module "
                           "(ngx_http_app_protect_module.so), so nginx cannot load the configuration "
                           "(render with --plus)")));
        }
    }
    // Conflicts is always false: every WAFPolicy on a Gateway (or a route) writes its own include into
    // the same server block (or location), each with app_protect_enable.
    std::map<std::pair<bool, int>, QStringList> byTarget;
    for (int i = 0; i < int(m_graph.ngfPolicies.size()); ++i) {
        const GraphNgfPolicy &gp = m_graph.ngfPolicies[size_t(i)];
        if (gp.resource->kind != Kind::WAFPolicy || !gp.valid)
            continue;
        for (const GraphNgfPolicy::Target &t : gp.targets) {
            const std::vector<int> &attached = t.gateway ? m_graph.gateways[size_t(t.index)].ngfPolicies
                                                         : m_graph.routes[size_t(t.index)].ngfPolicies;
            if (std::find(attached.begin(), attached.end(), i) != attached.end())
                byTarget[{t.gateway, t.index}] << gp.resource->meta.name;
        }
    }
    for (const auto &[target, names] : byTarget) {
        if (names.size() < 2)
            continue;
        const QString targetName = target.first
            ? QStringLiteral("Gateway %1").arg(m_graph.gateways[size_t(target.second)].name)
            : QStringLiteral("%1 %2").arg(m_graph.routes[size_t(target.second)].grpc
                                              ? QStringLiteral("GRPCRoute")
                                              : QStringLiteral("HTTPRoute"),
                                          m_graph.routes[size_t(target.second)].name());
        for (const GraphNgfPolicy &gp : m_graph.ngfPolicies) {
            if (gp.resource->kind == Kind::WAFPolicy && names.contains(gp.resource->meta.name))
                m_graph.notes.push_back(note(
                    m_design, *gp.resource, QStringLiteral("spec.targetRefs"),
                    Tr::tr("%1 has %2 WAFPolicies (%3): NGF neither merges nor rejects them and includes "
                           "each file in the same block, so app_protect_enable and app_protect_policy_file "
                           "appear more than once there; whether nginx accepts that, and which bundle "
                           "then applies, the preview cannot tell")
                        .arg(targetName)
                        .arg(names.size())
                        .arg(names.join(QStringLiteral(", ")))));
        }
    }
}

} // namespace gw::ngf
